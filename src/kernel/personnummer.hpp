#pragma once
// Swedish personnummer and samordningsnummer (Skatteverket SKV 704): parsing and validation.
// Accepted input: YYMMDD-NNNC, YYMMDD+NNNC (100 years or older), YYMMDDNNNC, YYYYMMDDNNNC, YYYYMMDD-NNNC.
// A samordningsnummer has 60 added to the day (61–91).
#include <string>
#include <string_view>

#include "kernel/civil_date.hpp"
#include "kernel/error.hpp"
#include "kernel/gender.hpp"

namespace samordna::core {

class Personnummer {
 public:
  // Error codes (Error::fields[0].code, field "personnummer"): personnummer_required, personnummer_format,
  // personnummer_date, personnummer_checksum, personnummer_future.
  static Result<Personnummer> parse(std::string_view input, CivilDate today);

  [[nodiscard]] const std::string& canonical() const { return digits_; }  // YYYYMMDDNNNC
  [[nodiscard]] CivilDate birth_date() const { return birth_date_; }
  [[nodiscard]] bool is_samordningsnummer() const { return samordningsnummer_; }
  [[nodiscard]] Gender legal_gender() const;  // odd third serial digit = man
  [[nodiscard]] std::string masked() const;   // "19121212-****"

 private:
  Personnummer(std::string digits, CivilDate birth, bool samordning)
      : digits_(std::move(digits)), birth_date_(birth), samordningsnummer_(samordning) {}
  std::string digits_;
  CivilDate birth_date_;
  bool samordningsnummer_ = false;
};

// Luhn check digit of the nine digits YYMMDDNNN.
int luhn_check_digit(std::string_view nine_digits);

}  // namespace samordna::core

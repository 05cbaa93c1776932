#include "kernel/personnummer.hpp"

namespace samordna::core {
namespace {
constexpr std::string_view kField = "personnummer";

Error fail(const char* code) { return Error::invalid(std::string(kField), code); }

int two(std::string_view s, std::size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }
}  // namespace

int luhn_check_digit(std::string_view nine) {
  int sum = 0;
  for (std::size_t i = 0; i < nine.size(); ++i) {
    int d = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return (10 - sum % 10) % 10;
}

Result<Personnummer> Personnummer::parse(std::string_view input, CivilDate today) {
  while (!input.empty() && input.front() == ' ') input.remove_prefix(1);
  while (!input.empty() && input.back() == ' ') input.remove_suffix(1);
  if (input.empty()) return unexpected(fail("personnummer_required"));

  std::string digits;
  char separator = 0;
  for (std::size_t i = 0; i < input.size(); ++i) {
    char c = input[i];
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if ((c == '-' || c == '+') && separator == 0 && input.size() - i == 5) {
      separator = c;
    } else {
      return unexpected(fail("personnummer_format"));
    }
  }
  if (digits.size() != 10 && digits.size() != 12) return unexpected(fail("personnummer_format"));
  if (digits.size() == 12 && separator == '+') return unexpected(fail("personnummer_format"));

  std::string_view ten = std::string_view(digits).substr(digits.size() - 10);
  int month = two(ten, 2);
  int day = two(ten, 4);
  bool samordning = day > 60;
  if (samordning) day -= 60;

  int year = 0;
  if (digits.size() == 12) {
    year = two(digits, 0) * 100 + two(digits, 2);
  } else {
    // The latest century that puts the birth date on or before today; '+' means a further hundred years back.
    int yy = two(ten, 0);
    year = (today.year() / 100) * 100 + yy;
    auto candidate = CivilDate::from_ymd(year, month, day);
    if (year > today.year() || (candidate && *candidate > today)) year -= 100;
    if (separator == '+') year -= 100;
  }
  auto birth = CivilDate::from_ymd(year, month, day);
  if (!birth) return unexpected(fail("personnummer_date"));
  if (*birth > today) return unexpected(fail("personnummer_future"));
  if (luhn_check_digit(ten.substr(0, 9)) != ten[9] - '0') return unexpected(fail("personnummer_checksum"));

  std::string canonical = std::to_string(year) + std::string(ten.substr(2));
  if (canonical.size() != 12) return unexpected(fail("personnummer_date"));
  return Personnummer(std::move(canonical), *birth, samordning);
}

Gender Personnummer::legal_gender() const { return (digits_[10] - '0') % 2 == 1 ? Gender::man : Gender::woman; }

std::string Personnummer::masked() const { return digits_.substr(0, 8) + "-****"; }

}  // namespace samordna::core

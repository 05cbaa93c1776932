#pragma once
// The list of a förbund's members as answered ({"items": [...]}), kept per förbund while the members version
// (migration 0030) and the day are the same (platform/http/kept_answers.hpp): most pages read it, and it changes a
// few times a year.
#include <cstdint>
#include <string>

#include "kernel/civil_date.hpp"
#include "membership/membership_service.hpp"
#include "membership/ports.hpp"
#include "platform/http/kept_answers.hpp"

namespace samordna::http {

class MembersAnswers {
 public:
  MembersAnswers(core::MembershipService& membership, core::MembersVersion& version)
      : membership_(membership), version_(version) {}

  // The list's JSON text, kept or read now.
  std::string text(std::int64_t association_id, core::CivilDate today);
  [[nodiscard]] std::size_t kept() const { return kept_.kept(); }

 private:
  core::MembershipService& membership_;
  core::MembersVersion& version_;
  KeptAnswers kept_;
};

}  // namespace samordna::http

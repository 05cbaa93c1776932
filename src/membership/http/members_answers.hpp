#pragma once
// The list of a förbund's members as answered ({"items": [...]}), kept per förbund while the members version
// (migration 0030) and the day are the same: most pages read it, and it changes a few times a year. The version is
// read before the rows, so nothing is kept at a number older than what it was read from. Safe from many threads.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "kernel/civil_date.hpp"
#include "membership/membership_service.hpp"
#include "membership/ports.hpp"

namespace samordna::http {

class MembersAnswers {
 public:
  MembersAnswers(core::MembershipService& membership, core::MembersVersion& version)
      : membership_(membership), version_(version) {}

  // The list's JSON text, kept or read now.
  std::string text(std::int64_t association_id, core::CivilDate today);
  [[nodiscard]] std::size_t kept() const;

 private:
  struct Kept {
    std::int64_t version = 0;
    core::CivilDate day;
    std::shared_ptr<const std::string> text;
  };
  core::MembershipService& membership_;
  core::MembersVersion& version_;
  mutable std::mutex mutex_;
  std::unordered_map<std::int64_t, Kept> kept_;
};

}  // namespace samordna::http

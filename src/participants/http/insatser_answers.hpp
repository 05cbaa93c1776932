#pragma once
// The list of a förbund's insatser as answered ({"items": [...]}), kept per förbund while the insatser version
// (migration 0031) is the same (platform/http/kept_answers.hpp): the insatser page, referrals and statistics read
// it, and it changes when an insats or its budget does.
#include <cstdint>
#include <string>

#include "participants/insats_service.hpp"
#include "participants/ports.hpp"
#include "platform/http/kept_answers.hpp"

namespace samordna::http {

class InsatserAnswers {
 public:
  InsatserAnswers(core::InsatsService& insatser, core::InsatserVersion& version)
      : insatser_(insatser), version_(version) {}

  // The list's JSON text, kept or read now.
  std::string text(std::int64_t association_id);
  [[nodiscard]] std::size_t kept() const { return kept_.kept(); }

 private:
  core::InsatsService& insatser_;
  core::InsatserVersion& version_;
  KeptAnswers kept_;
};

}  // namespace samordna::http

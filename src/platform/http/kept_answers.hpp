#pragma once
// Answers kept per key (a förbund) at the number of a counter that triggers move with every change to what they
// are made from (members_version, insatser_version: migrations 0030 and 0031), and at the day, which some answers
// depend on. The caller reads the number before it reads what the answer is made of, so nothing is kept at a
// number older than what it was made from; an answer kept at another number or day is made again. Safe from many
// threads; an answer is made outside the lock.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "kernel/civil_date.hpp"

namespace samordna::http {

class KeptAnswers {
 public:
  // The answer kept for `key` at `version` and `day`, else the one `make` makes now (then kept).
  std::string text(std::int64_t key, std::int64_t version, core::CivilDate day,
                   const std::function<std::string()>& make);
  [[nodiscard]] std::size_t kept() const;

 private:
  struct Kept {
    std::int64_t version = 0;
    core::CivilDate day;
    std::shared_ptr<const std::string> text;
  };
  mutable std::mutex mutex_;
  std::unordered_map<std::int64_t, Kept> kept_;
};

}  // namespace samordna::http

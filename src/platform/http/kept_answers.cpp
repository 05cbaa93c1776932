#include "platform/http/kept_answers.hpp"

namespace samordna::http {

std::string KeptAnswers::text(std::int64_t key, std::int64_t version, core::CivilDate day,
                              const std::function<std::string()>& make) {
  std::shared_ptr<const std::string> kept;
  {
    std::lock_guard lock(mutex_);
    if (auto it = kept_.find(key); it != kept_.end() && it->second.version == version && it->second.day == day) {
      kept = it->second.text;
    }
  }
  if (kept) return *kept;  // copied outside the lock
  auto made = std::make_shared<const std::string>(make());
  std::lock_guard lock(mutex_);
  auto it = kept_.find(key);
  // A slower request that read at an older number leaves a newer answer where it is.
  if (it == kept_.end() || it->second.day != day || it->second.version <= version) {
    kept_.insert_or_assign(key, Kept{version, day, made});
  }
  return *made;
}

std::size_t KeptAnswers::kept() const {
  std::lock_guard lock(mutex_);
  return kept_.size();
}

}  // namespace samordna::http

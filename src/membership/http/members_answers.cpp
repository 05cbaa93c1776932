#include "membership/http/members_answers.hpp"

#include "membership/http/membership_json.hpp"

namespace samordna::http {

std::string MembersAnswers::text(std::int64_t association_id, core::CivilDate today) {
  const std::int64_t version = version_.members_version();  // first: the rows read after it are at least as new
  std::shared_ptr<const std::string> kept;
  {
    std::lock_guard lock(mutex_);
    if (auto it = kept_.find(association_id);
        it != kept_.end() && it->second.version == version && it->second.day == today) {
      kept = it->second.text;
    }
  }
  if (kept) return *kept;  // copied outside the lock
  auto text = std::make_shared<const std::string>(members_json_text(membership_.members(association_id), today));
  std::lock_guard lock(mutex_);
  kept_.insert_or_assign(association_id, Kept{version, today, text});
  return *text;
}

std::size_t MembersAnswers::kept() const {
  std::lock_guard lock(mutex_);
  return kept_.size();
}

}  // namespace samordna::http

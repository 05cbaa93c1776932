#include "privacy/domain/participation_export.hpp"

#include "membership/domain/membership.hpp"

namespace samordna::core {

Result<void> validate_export_period(CivilDate from, CivilDate to, CivilDate formed_on, CivilDate today) {
  FieldErrors errors;
  if (to < from) errors.add("to", "before_from");
  if (from < formed_on) errors.add("from", "before_data");
  if (to > *CivilDate::from_ymd(today.year(), 12, 31)) errors.add("to", "after_data");
  return errors.result();
}

std::vector<ParticipationRecord> ParticipationExport::next() {
  std::vector<ParticipationRecord> out;
  while (out.empty() && !done_) {
    auto page = repository_.participation_page(association_id_, from_, to_, after_id_, page_size_);
    done_ = int(page.size()) < page_size_;
    if (!page.empty()) after_id_ = page.back().id;
    for (auto& record : page) {
      if (scope_.covers(record.insats_id, record.referrer_user_id.value_or(0))) out.push_back(std::move(record));
    }
  }
  rows_ += std::int64_t(out.size());
  return out;
}

}  // namespace samordna::core

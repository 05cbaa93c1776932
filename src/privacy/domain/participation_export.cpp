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

std::size_t ParticipationExport::page_count() {
  if (!ends_) ends_ = repository_.page_ends(association_id_, from_, to_, page_size_);
  return ends_->size();
}

std::vector<ParticipationRecord> ParticipationExport::page(std::size_t index) {
  const auto& ends = *ends_;
  const std::int64_t after = index == 0 ? 0 : ends.at(index - 1);
  const std::int64_t until = ends.at(index);
  auto page = repository_.participation_page(association_id_, from_, to_, after, until);
  std::vector<ParticipationRecord> out;
  out.reserve(page.size());
  for (auto& record : page) {
    if (scope_.covers(record.insats_id, record.referrer_user_id.value_or(0))) out.push_back(std::move(record));
  }
  rows_ += std::int64_t(out.size());
  return out;
}

}  // namespace samordna::core

#pragma once
#include "participants/ports.hpp"
#include "platform/database/database.hpp"

namespace samordna::storage {

// The catalogue: target groups, insatser with their parties, kommuner, target groups and budgets,
// attendance, and who works in which insats.
class InsatsStore final : public core::InsatsRepository, public core::InsatserVersion {
 public:
  explicit InsatsStore(Database& db) : db_(db) {}
  std::int64_t insatser_version() override;
  std::vector<core::TargetGroup> target_groups(std::int64_t association_id) override;
  std::int64_t add_target_group(const core::TargetGroup& group) override;
  std::vector<core::Insats> list_insatser(std::int64_t association_id) override;
  std::optional<core::Insats> find_insats(std::int64_t id) override;
  std::int64_t add_insats(const core::Insats& insats) override;
  bool update_insats(const core::Insats& insats, std::int64_t expected_version) override;
  std::vector<core::Attendance> attendance(std::int64_t insats_id) override;
  std::int64_t add_attendance(const core::Attendance& attendance) override;
  bool update_attendance(const core::Attendance& attendance, std::int64_t expected_version) override;
  std::vector<std::int64_t> staffed_insatser(std::int64_t user_id) override;
  std::vector<core::StaffedInsats> staffed_with_lead(std::int64_t user_id) override;
  std::vector<std::int64_t> insats_staff(std::int64_t insats_id) override;
  void set_insats_staff(std::int64_t insats_id, const std::vector<std::int64_t>& user_ids) override;
  std::int64_t insats_staff_version(std::int64_t insats_id) override;
  bool next_staff_version(std::int64_t insats_id, std::int64_t expected_version) override;

 private:
  std::vector<core::Insats> insatser_where(const std::string& condition, std::int64_t id);
  void write_lists(const core::Insats& insats, std::int64_t id);
  Database& db_;
};

}  // namespace samordna::storage

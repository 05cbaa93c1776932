#pragma once
#include "participants/ports.hpp"
#include "platform/database/database.hpp"

namespace samordna::storage {

// Referrals with their sealed reason and their events, and the persons they concern.
class ReferralStore final : public core::ReferralRepository, public core::PersonRepository {
 public:
  explicit ReferralStore(Database& db) : db_(db) {}
  std::int64_t add_referral(const core::Referral& referral, const std::string& sealed_reason) override;
  std::optional<core::Referral> find_referral(std::int64_t id) override;
  std::optional<std::string> sealed_reason(std::int64_t referral_id) override;
  void set_return_note(std::int64_t referral_id, const std::string& sealed) override;
  std::string sealed_return_note(std::int64_t referral_id) override;
  std::vector<core::Referral> find_referrals(const core::ReferralFilter& filter) override;
  bool set_state(const core::Referral& referral, std::int64_t expected_version) override;
  void add_event(const core::ReferralEvent& event) override;
  std::vector<core::ReferralEvent> events(std::int64_t referral_id) override;
  std::vector<int> waiting_days(std::int64_t insats_id, core::CivilDate from, core::CivilDate to) override;

  std::optional<core::Person> find_person(std::int64_t id) override;
  std::optional<core::Person> find_person_by_key(std::int64_t association_id, const std::string& person_key) override;
  std::unordered_map<std::string, std::int64_t> person_ids_by_key(std::int64_t association_id) override;
  std::int64_t add_person(const core::Person& person) override;
  void set_kommun(std::int64_t person_id, const std::string& kommun_code) override;
  void set_restricted(std::int64_t person_id, bool restricted) override;
  void set_sealed_identity(std::int64_t person_id, const std::optional<std::string>& sealed) override;
  void remove_person(std::int64_t person_id) override;
  void remove_identity_and_plan(std::int64_t person_id, const std::string& unlinked_key) override;
  std::vector<core::RetentionFacts> retention_facts(std::int64_t association_id) override;

 private:
  void clear_correction_reasons(std::int64_t person_id);
  std::optional<core::Person> person_where(const std::string& condition, const std::vector<Value>& params);
  Database& db_;
};

}  // namespace samordna::storage

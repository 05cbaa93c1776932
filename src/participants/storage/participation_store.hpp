#pragma once
#include "participants/ports.hpp"
#include "platform/database/database.hpp"

namespace samordna::storage {

// Participations with their follow-up data, consents, and joint plans (texts stored sealed, as given).
class ParticipationStore final : public core::ParticipationRepository {
 public:
  explicit ParticipationStore(Database& db) : db_(db) {}
  std::int64_t add_participation(const core::Participation& participation) override;
  std::optional<core::Participation> find_participation(std::int64_t id) override;
  std::vector<core::Participation> participations_of_person(std::int64_t person_id) override;
  std::vector<core::Participation> ongoing_participations(std::int64_t insats_id) override;
  int count_active(std::int64_t insats_id, core::CivilDate day) override;
  int count_started(std::int64_t insats_id, core::CivilDate from, core::CivilDate to) override;
  bool save_participation(const core::Participation& participation, std::int64_t expected_version) override;
  bool set_responsible(std::int64_t participation_id, std::optional<std::int64_t> user_id,
                       std::int64_t expected_version) override;
  std::vector<core::Consent> consents(std::int64_t participation_id) override;
  std::int64_t add_consent(const core::Consent& consent) override;
  std::int64_t add_correction(const core::CorrectionNote& sealed_note) override;
  std::vector<core::CorrectionNote> corrections(std::int64_t participation_id) override;
  void withdraw_consent(std::int64_t consent_id, core::CivilDate on) override;
  std::optional<core::JointPlan> find_plan(std::int64_t person_id) override;
  bool save_plan(const core::JointPlan& sealed_plan, std::int64_t expected_version) override;

 private:
  std::vector<core::Participation> participations_where(const std::string& condition, std::int64_t id);
  void write_status(std::int64_t participation_id, const char* phase, const std::optional<core::StatusSnapshot>& s);
  Database& db_;
};

}  // namespace samordna::storage

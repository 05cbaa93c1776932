#pragma once
// JSON for the catalogue, referrals, queues, participations, consents, joint plans and the participant page.
// Personnummer appear masked ("19121212-****"); the full number only in the answer to the explicit reveal.
#include <nlohmann/json.hpp>

#include "participants/participant_service.hpp"
#include "participants/referral_service.hpp"

namespace samordna::http {

nlohmann::json target_group_json(const core::TargetGroup& g);
nlohmann::json insats_json(const core::Insats& i);
nlohmann::json attendance_json(const core::Attendance& a);
nlohmann::json referral_json(const core::Referral& r);
nlohmann::json queue_row_json(const core::QueueRow& row);
nlohmann::json referral_detail_json(const core::ReferralDetail& d);
nlohmann::json snapshot_json(const std::optional<core::StatusSnapshot>& s);
nlohmann::json participation_json(const core::Participation& p);
nlohmann::json consent_json(const core::Consent& c);
nlohmann::json plan_json(const core::JointPlan& plan);
nlohmann::json person_view_json(const core::PersonView& v);
nlohmann::json wait_stats_json(const core::WaitStats& w);

}  // namespace samordna::http

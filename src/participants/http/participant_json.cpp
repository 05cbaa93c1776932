#include "participants/http/participant_json.hpp"

#include "platform/http/json/json_values.hpp"

namespace samordna::http {
namespace {
using nlohmann::json;

}  // namespace

json target_group_json(const core::TargetGroup& g) { return {{"id", g.id}, {"name", g.name}}; }

json insats_json(const core::Insats& i) {
  json budget = json::object();
  for (const auto& [year, amount] : i.budget) budget[std::to_string(year)] = amount.in_ore();
  return {{"id", i.id},
          {"associationId", i.association_id},
          {"name", i.name},
          {"description", i.description},
          {"kind", core::to_string(i.kind)},
          {"targetGroupIds", i.target_group_ids},
          {"minAge", i.min_age},
          {"maxAge", i.max_age},
          {"referralRequired", i.referral_required},
          {"extensive", i.extensive},
          {"durationWeeks", or_null(i.duration_weeks)},
          {"leadMemberId", i.lead_member_id},
          {"cooperatingMemberIds", i.cooperating_member_ids},
          {"kommunCodes", i.kommun_codes},
          {"capacity", i.capacity},
          {"startsOn", i.starts_on.iso()},
          {"endsOn", date_or_null(i.ends_on)},
          {"budget", budget},
          {"version", i.version}};
}

json attendance_json(const core::Attendance& a) {
  return {{"id", a.id},   {"insatsId", a.insats_id}, {"on", a.on.iso()},    {"women", a.women},
          {"men", a.men}, {"note", a.note},          {"version", a.version}};
}

json referral_json(const core::Referral& r) {
  return {{"id", r.id},
          {"insatsId", r.insats_id},
          {"personId", r.person_id == 0 ? json(nullptr) : json(r.person_id)},
          {"referringMemberId", r.referring_member_id},
          {"referrerUserId", r.referrer_user_id},
          {"referredOn", r.referred_on.iso()},
          {"targetGroupId", r.target_group_id},
          {"priority", r.priority},
          {"state", core::to_string(r.state)},
          {"returnReason", name_or_null(r.return_reason)},
          {"eligibilityProblems", r.eligibility_problems},
          {"eligibilityOverridden", r.eligibility_overridden},
          {"decidedOn", date_or_null(r.decided_on)},
          {"version", r.version}};
}

json queue_row_json(const core::QueueRow& row) {
  json out = referral_json(row.referral);
  out["maskedPersonnummer"] = row.masked_personnummer.empty() ? json(nullptr) : json(row.masked_personnummer);
  out["name"] = row.name.empty() ? json(nullptr) : json(row.name);
  if (row.position.position > 0) {
    out["position"] = row.position.position;
    out["daysWaited"] = row.position.days_waited;
    out["expectedStart"] = date_or_null(row.position.expected_start);
  }
  if (!row.return_note.empty()) out["returnNote"] = row.return_note;
  return out;
}

json referral_detail_json(const core::ReferralDetail& d) {
  json out = queue_row_json({d.referral, {}, d.masked_personnummer, d.name, ""});
  out["reason"] = d.reason;
  out["returnNote"] = d.return_note;
  json events = json::array();
  for (const auto& e : d.events) {
    events.push_back({{"at", e.at},
                      {"userId", e.user_id},
                      {"from", core::to_string(e.from)},
                      {"to", core::to_string(e.to)},
                      {"reason", name_or_null(e.reason)}});
  }
  out["events"] = events;
  return out;
}

json snapshot_json(const std::optional<core::StatusSnapshot>& s) {
  if (!s) return nullptr;
  json support = json::array();
  for (auto x : s->support) support.push_back(core::to_string(x));
  return {{"support", support},
          {"monthsOnSupport", or_null(s->months_on_support)},
          {"education", core::to_string(s->education)},
          {"occupation", core::to_string(s->occupation)},
          {"extentPercent", s->extent_percent}};
}

json participation_json(const core::Participation& p) {
  return {{"id", p.id},
          {"insatsId", p.insats_id},
          {"personId", or_null(p.person_id)},
          {"anonymous", !p.person_id.has_value()},
          {"referralId", or_null(p.referral_id)},
          {"gender", core::to_string(p.gender)},
          {"startYear", p.start_year},
          {"startedOn", p.started_on.iso()},
          {"endedOn", date_or_null(p.ended_on)},
          {"atStart", snapshot_json(p.at_start)},
          {"atEnd", snapshot_json(p.at_end)},
          {"exitReason", name_or_null(p.exit_reason)},
          {"responsibleUserId", p.responsible_user_id ? json(*p.responsible_user_id) : json(nullptr)},
          {"version", p.version}};
}

json consent_json(const core::Consent& c) {
  return {{"id", c.id},
          {"participationId", c.participation_id},
          {"purpose", core::to_string(c.purpose)},
          {"partyMemberId", or_null(c.party_member_id)},
          {"givenOn", c.given_on.iso()},
          {"formReference", c.form_reference},
          {"withdrawnOn", date_or_null(c.withdrawn_on)}};
}

json plan_json(const core::JointPlan& plan) {
  json actions = json::array();
  for (const auto& a : plan.actions) {
    actions.push_back({{"id", a.id},
                       {"description", a.description},
                       {"responsibleMemberId", a.responsible_member_id},
                       {"dueOn", date_or_null(a.due_on)},
                       {"doneOn", date_or_null(a.done_on)}});
  }
  return {{"id", plan.id},
          {"personId", plan.person_id},
          {"needs", plan.needs},
          {"ownGoals", plan.own_goals},
          {"professionalGoals", plan.professional_goals},
          {"overallMemberId", plan.overall_member_id},
          {"nextFollowUpOn", date_or_null(plan.next_follow_up_on)},
          {"actions", actions},
          {"version", plan.version}};
}

json person_view_json(const core::PersonView& v) {
  json participations = json::array();
  for (const auto& p : v.participations) {
    json item = participation_json(p);
    json consents = json::array();
    if (auto it = v.consents.find(p.id); it != v.consents.end()) {
      for (const auto& c : it->second) consents.push_back(consent_json(c));
    }
    item["consents"] = consents;
    json corrections = json::array();
    if (auto it = v.corrections.find(p.id); it != v.corrections.end()) {
      for (const auto& c : it->second) {
        corrections.push_back({{"id", c.id}, {"correctedOn", c.corrected_on.iso()}, {"reason", c.reason}});
      }
    }
    item["corrections"] = corrections;
    participations.push_back(item);
  }
  json referrals = json::array();
  for (const auto& r : v.referrals) referrals.push_back(referral_json(r));
  return {{"id", v.person.id},
          {"maskedPersonnummer", v.person.masked},
          {"name", v.name},
          {"gender", core::to_string(v.person.gender)},
          {"birthYear", v.person.birth_year},
          {"kommunCode", v.person.kommun_code},
          {"restricted", v.person.restricted},
          {"participations", participations},
          {"referrals", referrals},
          {"plan", v.plan ? plan_json(*v.plan) : json(nullptr)}};
}

json wait_stats_json(const core::WaitStats& w) {
  return {{"count", w.count}, {"medianDays", or_null(w.median)}, {"p90Days", or_null(w.p90)}};
}

}  // namespace samordna::http

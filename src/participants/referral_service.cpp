#include "participants/referral_service.hpp"

#include <algorithm>
#include <map>

#include "kernel/area_code.hpp"
#include "membership/domain/membership.hpp"
#include "membership/membership_service.hpp"
#include "participants/domain/eligibility.hpp"
#include "participants/person_registry.hpp"

namespace samordna::core {

Result<Insats> ReferralService::insats_of(std::int64_t association_id, std::int64_t insats_id) {
  auto insats = insatser_.find_insats(insats_id);
  if (!insats || insats->association_id != association_id) return unexpected(Error::invalid("insatsId", "unknown"));
  return *insats;
}

Result<Eligibility> ReferralService::check(const ReferralInput& in, const PersonalScope& scope) {
  FieldErrors errors;
  auto pnr = Personnummer::parse(in.personnummer, clock_.today());
  if (!pnr) errors.add("personnummer", pnr.error().fields.at(0).code);
  auto insats = insats_of(in.association_id, in.insats_id);
  if (!insats) errors.add("insatsId", "unknown");
  if (!is_kommun_code(in.kommun_code)) errors.add("kommunCode", "invalid");
  auto groups = insatser_.target_groups(in.association_id);
  if (std::none_of(groups.begin(), groups.end(), [&](const TargetGroup& g) { return g.id == in.target_group_id; })) {
    errors.add("targetGroupId", "unknown");
  }
  if (!errors.empty()) return unexpected(errors.error());
  EligibilityInput e{in.referred_on, pnr->birth_date(), in.kommun_code, in.target_group_id, {}};
  for (const auto& m : associations_.list_members(in.association_id)) {
    if (m.kind == PartyKind::kommun && member_on(m, in.referred_on)) e.area_kommuner.push_back(m.area_code);
  }
  return Eligibility{eligibility_problems(*insats, e), age_on(pnr->birth_date(), in.referred_on),
                     open_duplicates(scope, in, *pnr)};
}

Result<Referral> ReferralService::create(const Actor& actor, const ReferralInput& in, const PersonalScope& scope) {
  auto eligibility = check(in, scope);
  FieldErrors errors;
  if (!eligibility) {
    for (const auto& f : eligibility.error().fields) errors.add(f.field, f.code);
  }
  if (in.name.empty() && !in.protected_identity) errors.add("name", "required");
  auto members = associations_.list_members(in.association_id);
  if (std::none_of(members.begin(), members.end(),
                   [&](const Member& m) { return m.id == in.referring_member_id && member_on(m, in.referred_on); })) {
    errors.add("referringMemberId", "unknown");
  }
  if (auto insats = insatser_.find_insats(in.insats_id); insats && insats->kind != InsatsKind::individual) {
    errors.add("insatsId", "not_individual");
  } else if (insats &&
             !agreement_in_force(agreements_.agreements(in.association_id), insats->lead_member_id, clock_.today())) {
    errors.add("insatsId", "no_processing_agreement");
  }
  if (in.referred_on > clock_.today()) errors.add("referredOn", "future");
  if (auto pnr = Personnummer::parse(in.personnummer, clock_.today());
      pnr && is_restricted(persons_, vault_, in.association_id, *pnr)) {
    errors.add("personnummer", "restricted");
  }
  if (eligibility && !in.override_eligibility) {
    for (const auto& p : eligibility->problems) errors.add("eligibility", p);
  }
  if (eligibility && !eligibility->duplicates.empty() && !in.confirm_duplicate) {
    errors.add("duplicate",
               eligibility->duplicates.front().kind == "participation" ? "participating" : "open_referral");
  }
  if (!errors.empty()) return unexpected(errors.error());

  Referral r;
  r.association_id = in.association_id;
  r.insats_id = in.insats_id;
  r.referring_member_id = in.referring_member_id;
  r.referrer_user_id = actor.user_id;
  r.referred_on = in.referred_on;
  r.target_group_id = in.target_group_id;
  r.priority = in.priority;
  r.eligibility_problems = eligibility->problems;
  r.eligibility_overridden = in.override_eligibility && !eligibility->problems.empty();
  transactions_.run([&] {
    auto pnr = *Personnummer::parse(in.personnummer, clock_.today());
    auto person =
        register_person(persons_, vault_, {in.association_id, pnr, in.name, in.kommun_code, in.protected_identity});
    r.person_id = person.value_or(0);
    r.id = referrals_.add_referral(r, vault_.seal(in.reason));
    referrals_.add_event(
        {0, r.id, clock_.now_unix(), actor.user_id, ReferralState::received, ReferralState::received, {}});
    std::string problems;
    for (const auto& p : r.eligibility_problems) problems += (problems.empty() ? "" : ",") + p;
    audit_.record(actor, in.association_id, "create", "referral", std::to_string(r.id),
                  {{"insatsId", std::to_string(in.insats_id)},
                   {"personId", person ? std::to_string(*person) : "anonymous"},
                   {"personnummer", std::nullopt},
                   {"name", std::nullopt},
                   {"reason", std::nullopt},
                   {"eligibilityOverridden", r.eligibility_overridden ? problems : ""}});
  });
  return *referrals_.find_referral(r.id);
}

Result<Referral> ReferralService::in_scope(const PersonalScope& scope, std::int64_t association_id,
                                           std::int64_t referral_id) {
  auto r = referrals_.find_referral(referral_id);
  if (!r || r->association_id != association_id || !scope.covers(r->insats_id, r->referrer_user_id)) {
    return unexpected(not_found());
  }
  return *r;
}

Result<Referral> ReferralService::transition(const Actor& actor, const PersonalScope& scope,
                                             std::int64_t association_id, std::int64_t referral_id, ReferralState to,
                                             std::optional<ReturnReason> reason, std::int64_t expected_version,
                                             const std::string& explanation) {
  auto r = in_scope(scope, association_id, referral_id);
  if (!r) return r;
  if (!scope.covers_insats(r->insats_id)) return unexpected(Error::of(ErrorKind::forbidden, "forbidden"));
  if (r->version != expected_version) return unexpected(version_conflict());
  if (to == ReferralState::started) return unexpected(Error::invalid("state", "start_with_participation"));
  const bool explained = std::any_of(explanation.begin(), explanation.end(), [](unsigned char c) { return c > ' '; });
  if (auto ok = validate_transition(*r, to, reason, explained); !ok) return unexpected(ok.error());
  Referral next = *r;
  const ReferralState from = r->state;
  next.state = to;
  next.return_reason = reason;
  if (to != ReferralState::queued) next.decided_on = clock_.today();
  bool saved = false;
  transactions_.run([&] {
    saved = referrals_.set_state(next, expected_version);
    if (!saved) return;
    referrals_.add_event({0, next.id, clock_.now_unix(), actor.user_id, from, to, reason});
    if (explained) referrals_.set_return_note(next.id, vault_.seal(explanation));
    std::vector<AuditField> fields{{"state", std::string(to_string(to))},
                                   {"reason", reason ? std::string(to_string(*reason)) : ""}};
    if (explained) fields.push_back({"explanation", std::nullopt});  // free text about a person: by name only
    audit_.record(actor, association_id, "update", "referral", std::to_string(next.id), fields);
  });
  if (!saved) return unexpected(version_conflict());
  return *referrals_.find_referral(next.id);
}

void ReferralService::record_reads(const Actor& actor, std::int64_t association_id, const std::vector<QueueRow>& rows,
                                   const std::string& view) {
  // One event per person shown, so each participant's access history is complete.
  transactions_.run([&] {
    for (const auto& row : rows) {
      if (row.referral.person_id == 0) continue;
      audit_.record(actor, association_id, "read_personal", "person", std::to_string(row.referral.person_id),
                    {{"view", view}, {"name", std::nullopt}});
    }
  });
}

void ReferralService::fill_identity(QueueRow& row) {
  if (row.referral.person_id == 0) return;
  auto person = persons_.find_person(row.referral.person_id);
  if (!person) return;
  row.masked_personnummer = person->masked;
  if (auto identity = open_identity(vault_, *person)) row.name = identity->name;
}

std::vector<QueuePosition> ReferralService::positions_in(const Insats& insats, std::vector<Referral>& waiting) {
  waiting = referrals_.find_referrals({insats.association_id,
                                       insats.id,
                                       {ReferralState::received, ReferralState::queued},
                                       std::nullopt,
                                       std::nullopt,
                                       std::nullopt});
  std::vector<QueueEntry> entries;
  for (const auto& r : waiting) entries.push_back({r.id, r.referred_on, r.priority});
  const CivilDate today = clock_.today();
  QueueForecast forecast{insats.capacity, participations_.count_active(insats.id, today),
                         participations_.count_started(insats.id, today.add_days(-180), today), 180};
  return queue_positions(entries, today, forecast);
}

Result<std::vector<QueueRow>> ReferralService::queue(const PersonalScope& scope, std::int64_t association_id,
                                                     std::int64_t insats_id) {
  auto insats = insatser_.find_insats(insats_id);
  if (!insats || insats->association_id != association_id || !scope.covers_insats(insats_id)) {
    return unexpected(not_found());
  }
  std::vector<Referral> waiting;
  std::vector<QueueRow> rows;
  for (const auto& p : positions_in(*insats, waiting)) {
    QueueRow row{
        *std::find_if(waiting.begin(), waiting.end(), [&](const Referral& r) { return r.id == p.referral_id; }), p, "",
        "", ""};
    fill_identity(row);
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<ReferralCount> ReferralService::summary(const PersonalScope& scope, std::int64_t association_id) {
  ReferralFilter filter{association_id, std::nullopt, {}, scope.insatser, scope.own_referrals_of, std::nullopt};
  std::map<std::pair<std::int64_t, ReferralState>, ReferralCount> counts;
  for (const auto& r : referrals_.find_referrals(filter)) {
    auto [it, fresh] =
        counts.try_emplace({r.insats_id, r.state}, ReferralCount{r.insats_id, r.state, 0, r.referred_on});
    ++it->second.count;
    it->second.oldest_referred_on = std::min(it->second.oldest_referred_on, r.referred_on);
  }
  std::vector<ReferralCount> out;
  for (auto& [key, c] : counts) out.push_back(c);
  return out;
}

Result<WaitStats> ReferralService::waits(std::int64_t association_id, std::int64_t insats_id, CivilDate from,
                                         CivilDate to) {
  auto insats = insatser_.find_insats(insats_id);
  if (!insats || insats->association_id != association_id) return unexpected(not_found());
  if (to < from) return unexpected(Error::invalid("to", "before_from"));
  return wait_stats(referrals_.waiting_days(insats_id, from, to));
}

std::vector<QueueRow> ReferralService::referrals(const Actor& actor, const PersonalScope& scope,
                                                 std::int64_t association_id, std::optional<ReferralState> state) {
  ReferralFilter filter{association_id, std::nullopt, {}, scope.insatser, scope.own_referrals_of, std::nullopt};
  if (state) filter.states = {*state};
  std::vector<QueueRow> rows;
  // A waiting referral's place in its insats's queue and expected start (the remittent's Mina remisser): the
  // queue is ranked whole, but only the caller's own referrals are shown.
  std::map<std::int64_t, std::vector<QueuePosition>> positions;
  for (const auto& r : referrals_.find_referrals(filter)) {
    QueueRow row{r, {}, "", "", ""};
    if (r.return_reason == ReturnReason::other) {
      if (auto note = referrals_.sealed_return_note(r.id); !note.empty())
        row.return_note = vault_.open(note).value_or("");
    }
    if (r.state == ReferralState::received || r.state == ReferralState::queued) {
      auto known = positions.find(r.insats_id);
      if (known == positions.end()) {
        std::vector<Referral> waiting;
        auto insats = insatser_.find_insats(r.insats_id);
        known = positions.emplace(r.insats_id, insats ? positions_in(*insats, waiting) : std::vector<QueuePosition>{})
                    .first;
      }
      for (const auto& p : known->second) {
        if (p.referral_id == r.id) row.position = p;
      }
    }
    fill_identity(row);
    rows.push_back(std::move(row));
  }
  record_reads(actor, association_id, rows, "referrals");
  return rows;
}

Result<ReferralDetail> ReferralService::detail(const Actor& actor, const PersonalScope& scope,
                                               std::int64_t association_id, std::int64_t referral_id) {
  auto r = in_scope(scope, association_id, referral_id);
  if (!r) return unexpected(r.error());
  QueueRow row{*r, {}, "", "", ""};
  fill_identity(row);
  ReferralDetail d{*r, "", referrals_.events(referral_id), row.masked_personnummer, row.name, ""};
  if (auto sealed = referrals_.sealed_reason(referral_id)) d.reason = vault_.open(*sealed).value_or("");
  if (auto note = referrals_.sealed_return_note(referral_id); !note.empty()) {
    d.return_note = vault_.open(note).value_or("");
  }
  if (r->person_id != 0) {
    audit_.record(
        actor, association_id, "read_personal", "person", std::to_string(r->person_id),
        {{"view", "referral " + std::to_string(referral_id)}, {"name", std::nullopt}, {"reason", std::nullopt}});
  }
  return d;
}

}  // namespace samordna::core

#pragma once
// The participants ports in memory: insatser (with target groups, attendance and staff), referrals (filtered
// as the SQL store filters them), pseudonymous persons, participations with consents and joint plans, and a
// fake identity vault, for testing the services without a database. Versions behave as in the stores: a
// write with a stale expected version changes nothing and returns false.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "participants/ports.hpp"

namespace samordna::core::testing {

// The in-memory tables: the rows that match, in order; a row added gets the next id.
template <typename Row, typename Keep>
std::vector<Row> rows_where(const std::vector<Row>& rows, Keep keep) {
  std::vector<Row> out;
  std::copy_if(rows.begin(), rows.end(), std::back_inserter(out), keep);
  return out;
}
template <typename Row>
std::int64_t append_with_id(std::vector<Row>& rows, Row row) {
  row.id = std::int64_t(rows.size()) + 1;
  rows.push_back(row);
  return row.id;
}

// Seals by hex-encoding behind a mark (so a sealed text never shows its plain text), and opens only what it
// sealed; the pseudonym is a hash of the förbund and the personnummer, so the same number gives another key in
// another förbund.
struct FakeVault : IdentityVault {
  mutable int unlinked = 0;
  [[nodiscard]] std::string pseudonym(std::int64_t association_id, const std::string& personnummer) const override {
    return "key:" + std::to_string(association_id) + ":" +
           std::to_string(std::hash<std::string>{}(std::to_string(association_id) + "/" + personnummer));
  }
  [[nodiscard]] std::string unlinked_pseudonym() const override { return "unlinked:" + std::to_string(++unlinked); }
  [[nodiscard]] std::string seal(const std::string& plaintext) const override {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = kMark;
    for (char ch : plaintext) {
      const auto c = static_cast<std::size_t>(static_cast<unsigned char>(ch));
      out += kHex[c / 16];
      out += kHex[c % 16];
    }
    return out;
  }
  [[nodiscard]] std::optional<std::string> open(const std::string& sealed) const override {
    if (sealed.rfind(kMark, 0) != 0) return std::nullopt;
    const std::string hex = sealed.substr(std::string(kMark).size());
    if (hex.size() % 2 != 0) return std::nullopt;
    auto value = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      return -1;
    };
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
      const int high = value(hex[i]);
      const int low = value(hex[i + 1]);
      if (high < 0 || low < 0) return std::nullopt;
      out += static_cast<char>(high * 16 + low);
    }
    return out;
  }

 private:
  static constexpr const char* kMark = "sealed:";
};

struct MemoryInsatser : InsatsRepository, InsatserVersion {
  std::int64_t insatser_changes = 1;  // moved by every change to an insats, as the triggers of migration 0031 do
  std::vector<TargetGroup> groups;
  std::vector<Insats> insatser;
  std::vector<Attendance> attendances;
  std::map<std::int64_t, std::vector<std::int64_t>> staff;  // insats id → user ids (ascending)
  std::map<std::int64_t, std::int64_t> staff_versions;      // insats id → the staff list's version (1 when absent)

  std::vector<TargetGroup> target_groups(std::int64_t association_id) override {
    return rows_where(groups, [&](const TargetGroup& g) { return g.association_id == association_id; });
  }
  std::int64_t add_target_group(const TargetGroup& group) override { return append_with_id(groups, group); }
  // Sorted by name, then id, as the store lists them.
  std::vector<Insats> list_insatser(std::int64_t association_id) override {
    std::vector<Insats> out;
    std::copy_if(insatser.begin(), insatser.end(), std::back_inserter(out),
                 [&](const Insats& i) { return i.association_id == association_id; });
    std::sort(out.begin(), out.end(),
              [](const Insats& a, const Insats& b) { return a.name != b.name ? a.name < b.name : a.id < b.id; });
    return out;
  }
  std::optional<Insats> find_insats(std::int64_t id) override {
    for (const auto& i : insatser) {
      if (i.id == id) return i;
    }
    return std::nullopt;
  }
  static Insats stored_form(const Insats& insats) {
    auto i = insats;
    std::erase(i.cooperating_member_ids, i.lead_member_id);
    std::sort(i.cooperating_member_ids.begin(), i.cooperating_member_ids.end());
    i.cooperating_member_ids.erase(std::unique(i.cooperating_member_ids.begin(), i.cooperating_member_ids.end()),
                                   i.cooperating_member_ids.end());
    return i;
  }
  std::int64_t add_insats(const Insats& insats) override {
    auto i = stored_form(insats);
    i.id = std::int64_t(insatser.size()) + 1;
    i.version = 1;
    insatser.push_back(i);
    ++insatser_changes;
    return i.id;
  }
  bool update_insats(const Insats& insats, std::int64_t expected_version) override {
    for (auto& i : insatser) {
      if (i.id != insats.id) continue;
      if (i.version != expected_version) return false;
      const auto association_id = i.association_id;
      i = stored_form(insats);
      i.association_id = association_id;  // the store never moves an insats to another förbund
      i.version = expected_version + 1;
      ++insatser_changes;
      return true;
    }
    return false;
  }
  std::int64_t insatser_version() override { return insatser_changes; }
  std::vector<Attendance> attendance(std::int64_t insats_id) override {
    std::vector<Attendance> out;
    std::copy_if(attendances.begin(), attendances.end(), std::back_inserter(out),
                 [&](const Attendance& a) { return a.insats_id == insats_id; });
    std::stable_sort(out.begin(), out.end(), [](const Attendance& a, const Attendance& b) { return a.on < b.on; });
    return out;
  }
  std::int64_t add_attendance(const Attendance& attendance) override { return append_with_id(attendances, attendance); }
  bool update_attendance(const Attendance& attendance, std::int64_t expected_version) override {
    for (auto& a : attendances) {
      if (a.id != attendance.id || a.version != expected_version) continue;
      a = attendance;
      a.version = expected_version + 1;
      return true;
    }
    return false;
  }
  std::vector<std::int64_t> staffed_insatser(std::int64_t user_id) override {
    std::vector<std::int64_t> out;
    for (const auto& [insats_id, users] : staff) {
      if (std::find(users.begin(), users.end(), user_id) != users.end()) out.push_back(insats_id);
    }
    return out;
  }
  std::vector<StaffedInsats> staffed_with_lead(std::int64_t user_id) override {
    std::vector<StaffedInsats> out;
    for (auto id : staffed_insatser(user_id)) {
      if (auto i = find_insats(id)) out.push_back({id, i->lead_member_id});
    }
    return out;
  }
  std::vector<std::int64_t> insats_staff(std::int64_t insats_id) override {
    auto it = staff.find(insats_id);
    return it == staff.end() ? std::vector<std::int64_t>{} : it->second;
  }
  void set_insats_staff(std::int64_t insats_id, const std::vector<std::int64_t>& user_ids) override {
    std::set<std::int64_t> unique(user_ids.begin(), user_ids.end());
    staff[insats_id] = {unique.begin(), unique.end()};
  }
  std::int64_t insats_staff_version(std::int64_t insats_id) override {
    if (!find_insats(insats_id)) return 0;
    auto it = staff_versions.find(insats_id);
    return it == staff_versions.end() ? 1 : it->second;
  }
  bool next_staff_version(std::int64_t insats_id, std::int64_t expected_version) override {
    if (insats_staff_version(insats_id) != expected_version) return false;
    staff_versions[insats_id] = expected_version + 1;
    return true;
  }
};

struct MemoryReferrals : ReferralRepository {
  std::vector<Referral> referrals;
  std::map<std::int64_t, std::string> reasons;       // referral id → sealed reason
  std::map<std::int64_t, std::string> return_notes;  // referral id → sealed explanation of a return
  std::vector<ReferralEvent> referral_events;

  std::int64_t add_referral(const Referral& referral, const std::string& sealed) override {
    auto r = referral;
    r.id = std::int64_t(referrals.size()) + 1;
    r.version = 1;
    r.return_reason.reset();
    r.decided_on.reset();
    referrals.push_back(r);
    reasons[r.id] = sealed;
    return r.id;
  }
  std::optional<Referral> find_referral(std::int64_t id) override {
    for (const auto& r : referrals) {
      if (r.id == id) return r;
    }
    return std::nullopt;
  }
  std::optional<std::string> sealed_reason(std::int64_t referral_id) override {
    auto it = reasons.find(referral_id);
    return it == reasons.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  void set_return_note(std::int64_t referral_id, const std::string& sealed) override {
    return_notes[referral_id] = sealed;
  }
  std::string sealed_return_note(std::int64_t referral_id) override {
    auto it = return_notes.find(referral_id);
    return it == return_notes.end() ? std::string() : it->second;
  }
  // As the SQL: the förbund, then the insats, person and states when given; with a scope (insatser or a
  // referrer) only referrals of those insatser or sent by that referrer (an empty scope: none); ordered by
  // referral date, then id.
  std::vector<Referral> find_referrals(const ReferralFilter& f) override {
    std::vector<Referral> out;
    for (const auto& r : referrals) {
      if (r.association_id != f.association_id) continue;
      if (f.insats_id && r.insats_id != *f.insats_id) continue;
      if (f.person_id && r.person_id != *f.person_id) continue;
      if (!f.states.empty() && std::find(f.states.begin(), f.states.end(), r.state) == f.states.end()) continue;
      if (f.insatser || f.referrer_user_id) {
        const bool by_insats =
            f.insatser && std::find(f.insatser->begin(), f.insatser->end(), r.insats_id) != f.insatser->end();
        const bool by_referrer = f.referrer_user_id && r.referrer_user_id == *f.referrer_user_id;
        if (!by_insats && !by_referrer) continue;
      }
      out.push_back(r);
    }
    std::stable_sort(out.begin(), out.end(), [](const Referral& a, const Referral& b) {
      return a.referred_on != b.referred_on ? a.referred_on < b.referred_on : a.id < b.id;
    });
    return out;
  }
  bool set_state(const Referral& referral, std::int64_t expected_version) override {
    for (auto& r : referrals) {
      if (r.id != referral.id) continue;
      if (r.version != expected_version) return false;
      r.state = referral.state;
      r.return_reason = referral.return_reason;
      r.decided_on = referral.decided_on;
      r.person_id = referral.person_id;
      r.version = expected_version + 1;
      return true;
    }
    return false;
  }
  void add_event(const ReferralEvent& event) override {
    auto e = event;
    e.id = std::int64_t(referral_events.size()) + 1;
    referral_events.push_back(e);
  }
  std::vector<ReferralEvent> events(std::int64_t referral_id) override {
    return rows_where(referral_events, [&](const ReferralEvent& e) { return e.referral_id == referral_id; });
  }
  std::vector<int> waiting_days(std::int64_t insats_id, CivilDate from, CivilDate to) override {
    std::vector<int> out;
    for (const auto& r : referrals) {
      if (r.insats_id == insats_id && r.state == ReferralState::started && r.decided_on && from <= *r.decided_on &&
          *r.decided_on <= to) {
        out.push_back(days_between(r.referred_on, *r.decided_on));
      }
    }
    return out;
  }
};

struct MemoryParticipations : ParticipationRepository {
  std::vector<Participation> participations;
  std::vector<Consent> consent_list;
  std::vector<CorrectionNote> correction_notes;  // reasons as given: sealed
  std::map<std::int64_t, JointPlan> plans;       // person id → plan (texts as given: sealed)
  std::int64_t next_plan_id = 1;
  std::int64_t next_action_id = 1;

  std::int64_t add_participation(const Participation& participation) override {
    auto p = participation;
    p.id = std::int64_t(participations.size()) + 1;
    p.version = 1;
    participations.push_back(p);
    return p.id;
  }
  std::optional<Participation> find_participation(std::int64_t id) override {
    for (const auto& p : participations) {
      if (p.id == id) return p;
    }
    return std::nullopt;
  }
  // Ordered by start date, then id.
  std::vector<Participation> participations_of_person(std::int64_t person_id) override {
    std::vector<Participation> out;
    std::copy_if(participations.begin(), participations.end(), std::back_inserter(out),
                 [&](const Participation& p) { return p.person_id == person_id; });
    std::stable_sort(out.begin(), out.end(),
                     [](const Participation& a, const Participation& b) { return a.started_on < b.started_on; });
    return out;
  }
  std::vector<Participation> ongoing_participations(std::int64_t insats_id) override {
    std::vector<Participation> out;
    std::copy_if(participations.begin(), participations.end(), std::back_inserter(out),
                 [&](const Participation& p) { return p.insats_id == insats_id && !p.ended_on; });
    std::stable_sort(out.begin(), out.end(),
                     [](const Participation& a, const Participation& b) { return a.started_on < b.started_on; });
    return out;
  }
  int count_active(std::int64_t insats_id, CivilDate day) override {
    return int(std::count_if(participations.begin(), participations.end(), [&](const Participation& p) {
      return p.insats_id == insats_id && p.started_on <= day && (!p.ended_on || day <= *p.ended_on);
    }));
  }
  int count_started(std::int64_t insats_id, CivilDate from, CivilDate to) override {
    return int(std::count_if(participations.begin(), participations.end(), [&](const Participation& p) {
      return p.insats_id == insats_id && from <= p.started_on && p.started_on <= to;
    }));
  }
  // Writes the person, the end and exit reason and both snapshots, as the store does.
  bool set_responsible(std::int64_t participation_id, std::optional<std::int64_t> user_id,
                       std::int64_t expected_version) override {
    for (auto& p : participations) {
      if (p.id != participation_id || p.version != expected_version) continue;
      p.responsible_user_id = user_id;
      p.version = expected_version + 1;
      return true;
    }
    return false;
  }
  bool save_participation(const Participation& participation, std::int64_t expected_version) override {
    for (auto& p : participations) {
      if (p.id != participation.id) continue;
      if (p.version != expected_version) return false;
      p.person_id = participation.person_id;
      p.started_on = participation.started_on;  // a correction of the start date
      p.start_year = participation.start_year;
      p.ended_on = participation.ended_on;
      p.exit_reason = participation.exit_reason;
      p.at_start = participation.at_start;
      p.at_end = participation.at_end;
      p.version = expected_version + 1;
      return true;
    }
    return false;
  }
  std::vector<Consent> consents(std::int64_t participation_id) override {
    return rows_where(consent_list, [&](const Consent& c) { return c.participation_id == participation_id; });
  }
  std::int64_t add_correction(const CorrectionNote& sealed_note) override {
    return append_with_id(correction_notes, sealed_note);
  }
  std::vector<CorrectionNote> corrections(std::int64_t participation_id) override {
    return rows_where(correction_notes,
                      [&](const CorrectionNote& n) { return n.participation_id == participation_id; });
  }
  bool is_of_person(const CorrectionNote& note, std::int64_t person_id) const {
    return std::any_of(participations.begin(), participations.end(), [&](const Participation& p) {
      return p.id == note.participation_id && p.person_id == person_id;
    });
  }
  // The reasons of a person's corrections go with their identity, as in the store.
  void clear_correction_reasons(std::int64_t person_id) {
    for (auto& n : correction_notes) {
      if (is_of_person(n, person_id)) n.reason.clear();
    }
  }
  std::int64_t add_consent(const Consent& consent) override {
    auto c = consent;
    c.id = std::int64_t(consent_list.size()) + 1;
    c.withdrawn_on.reset();
    consent_list.push_back(c);
    return c.id;
  }
  void withdraw_consent(std::int64_t consent_id, CivilDate on) override {
    for (auto& c : consent_list) {
      if (c.id == consent_id && !c.withdrawn_on) c.withdrawn_on = on;
    }
  }
  std::optional<JointPlan> find_plan(std::int64_t person_id) override {
    auto it = plans.find(person_id);
    return it == plans.end() ? std::nullopt : std::optional<JointPlan>(it->second);
  }
  // Expected version 0 creates the plan (false if one exists); otherwise replaces it and its actions (new
  // action ids) when the version matches.
  bool save_plan(const JointPlan& sealed_plan, std::int64_t expected_version) override {
    auto it = plans.find(sealed_plan.person_id);
    JointPlan stored = sealed_plan;
    if (expected_version == 0) {
      if (it != plans.end()) return false;
      stored.id = next_plan_id++;
      stored.version = 1;
    } else {
      if (it == plans.end() || it->second.version != expected_version) return false;
      stored.id = it->second.id;
      stored.association_id = it->second.association_id;
      stored.version = expected_version + 1;
    }
    for (auto& a : stored.actions) a.id = next_action_id++;
    plans[sealed_plan.person_id] = stored;
    return true;
  }
};

// Persons; removing one unlinks its participations and referrals (and drops its plan) as the store does, so it
// works on the referrals and participations in memory.
struct MemoryPersons : PersonRepository {
  MemoryPersons(MemoryReferrals& referral_store, MemoryParticipations& participation_store)
      : referral_store_(referral_store), participation_store_(participation_store) {}

  std::vector<Person> persons;
  std::set<std::int64_t> identity_removed;
  int key_lookups = 0;  // find_person_by_key asked

  std::optional<Person> find_person(std::int64_t id) override {
    for (const auto& p : persons) {
      if (p.id == id) return p;
    }
    return std::nullopt;
  }
  std::optional<Person> find_person_by_key(std::int64_t association_id, const std::string& person_key) override {
    ++key_lookups;
    for (const auto& p : persons) {
      if (p.association_id == association_id && p.person_key == person_key) return p;
    }
    return std::nullopt;
  }
  std::unordered_map<std::string, std::int64_t> person_ids_by_key(std::int64_t association_id) override {
    std::unordered_map<std::string, std::int64_t> ids;
    for (const auto& p : persons) {
      if (p.association_id == association_id) ids.emplace(p.person_key, p.id);
    }
    return ids;
  }
  std::int64_t add_person(const Person& person) override {
    auto p = person;
    p.id = persons.empty() ? 1 : persons.back().id + 1;
    p.restricted = false;
    persons.push_back(p);
    return p.id;
  }
  Person* stored(std::int64_t id) {
    for (auto& p : persons) {
      if (p.id == id) return &p;
    }
    return nullptr;
  }
  void set_sealed_identity(std::int64_t person_id, const std::optional<std::string>& sealed) override {
    if (auto* p = stored(person_id)) p->sealed_identity = sealed;
  }
  void set_kommun(std::int64_t person_id, const std::string& kommun_code) override {
    if (auto* p = stored(person_id)) p->kommun_code = kommun_code;
  }
  void set_restricted(std::int64_t person_id, bool restricted) override {
    if (auto* p = stored(person_id)) p->restricted = restricted;
  }
  void remove_person(std::int64_t person_id) override {
    participation_store_.plans.erase(person_id);
    participation_store_.clear_correction_reasons(person_id);
    for (auto& p : participation_store_.participations) {
      if (p.person_id != person_id) continue;
      p.person_id.reset();
      p.at_start.reset();
      p.at_end.reset();
    }
    for (auto& r : referral_store_.referrals) {
      if (r.person_id != person_id) continue;
      r.person_id = 0;
      referral_store_.reasons[r.id] = "";
      referral_store_.return_notes.erase(r.id);
    }
    std::erase_if(persons, [&](const Person& p) { return p.id == person_id; });
  }
  void remove_identity_and_plan(std::int64_t person_id, const std::string& unlinked_key) override {
    participation_store_.plans.erase(person_id);
    participation_store_.clear_correction_reasons(person_id);
    for (const auto& r : referral_store_.referrals) {
      if (r.person_id != person_id) continue;
      referral_store_.reasons[r.id] = "";
      referral_store_.return_notes.erase(r.id);
    }
    if (auto* p = stored(person_id)) {
      p->sealed_identity.reset();
      p->masked.clear();
      p->person_key = unlinked_key;
      identity_removed.insert(person_id);
    }
  }
  std::vector<RetentionFacts> retention_facts(std::int64_t association_id) override {
    std::vector<RetentionFacts> out;
    for (const auto& pe : persons) {
      if (pe.association_id != association_id) continue;
      RetentionFacts facts;
      facts.person_id = pe.id;
      facts.has_identity_or_plan = !identity_removed.contains(pe.id) || pe.sealed_identity.has_value() ||
                                   participation_store_.plans.contains(pe.id);
      for (const auto& n : participation_store_.correction_notes) {  // a reason written after the identity went
        if (!n.reason.empty() && participation_store_.is_of_person(n, pe.id)) facts.has_identity_or_plan = true;
      }
      auto later = [&](const std::optional<CivilDate>& day) {
        if (day && (!facts.last_activity || *facts.last_activity < *day)) facts.last_activity = day;
      };
      for (const auto& p : participation_store_.participations) {
        if (p.person_id != pe.id) continue;
        if (!p.ended_on) facts.active = true;
        later(p.ended_on);
      }
      for (const auto& r : referral_store_.referrals) {
        if (r.person_id != pe.id) continue;
        if (r.state == ReferralState::received || r.state == ReferralState::queued) facts.active = true;
        later(r.decided_on);
      }
      out.push_back(facts);
    }
    return out;
  }

 private:
  MemoryReferrals& referral_store_;
  MemoryParticipations& participation_store_;
};

}  // namespace samordna::core::testing

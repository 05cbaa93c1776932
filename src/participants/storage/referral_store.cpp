#include "participants/storage/referral_store.hpp"

namespace samordna::storage {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, association_id, insats_id, person_id, referring_member_id, referrer_user_id, referred_on, "
    "target_group_id, priority, state, return_reason, eligibility_problems, eligibility_overridden, decided_on, "
    "version FROM referral";

std::vector<std::string> split(const std::string& list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < list.size()) {
    auto comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    out.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ",") + i;
  return out;
}

core::Referral to_referral(const Row& r) {
  core::Referral x;
  x.id = as_int(r[0]);
  x.association_id = as_int(r[1]);
  x.insats_id = as_int(r[2]);
  x.person_id = as_optional_int(r[3]).value_or(0);
  x.referring_member_id = as_int(r[4]);
  x.referrer_user_id = as_int(r[5]);
  x.referred_on = as_date(r[6]);
  x.target_group_id = as_int(r[7]);
  x.priority = int(as_int(r[8]));
  x.state = core::parse_referral_state(as_text(r[9])).value_or(core::ReferralState::received);
  if (auto reason = as_optional_text(r[10])) x.return_reason = core::parse_return_reason(*reason);
  x.eligibility_problems = split(as_text(r[11]));
  x.eligibility_overridden = as_int(r[12]) != 0;
  x.decided_on = as_optional_date(r[13]);
  x.version = as_int(r[14]);
  return x;
}

Value optional_id(std::int64_t id) { return id == 0 ? Value(nullptr) : Value(id); }

}  // namespace

std::int64_t ReferralStore::add_referral(const core::Referral& r, const std::string& sealed_reason) {
  return as_int(db_.query("INSERT INTO referral (association_id, insats_id, person_id, referring_member_id, "
                          "referrer_user_id, referred_on, target_group_id, priority, state, eligibility_problems, "
                          "eligibility_overridden, sealed_reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, "
                          "$11, $12) RETURNING id",
                          {r.association_id, r.insats_id, optional_id(r.person_id), r.referring_member_id,
                           r.referrer_user_id, r.referred_on.iso(), r.target_group_id, std::int64_t(r.priority),
                           std::string(core::to_string(r.state)), join(r.eligibility_problems),
                           std::int64_t(r.eligibility_overridden), sealed_reason})
                    .at(0)
                    .at(0));
}

std::optional<core::Referral> ReferralStore::find_referral(std::int64_t id) {
  auto rows = db_.query(std::string(kColumns) + " WHERE id = $1", {id});
  if (rows.empty()) return std::nullopt;
  return to_referral(rows.front());
}

void ReferralStore::set_return_note(std::int64_t referral_id, const std::string& sealed) {
  db_.execute("UPDATE referral SET sealed_return_note = $1 WHERE id = $2", {sealed, referral_id});
}

std::string ReferralStore::sealed_return_note(std::int64_t referral_id) {
  auto rows = db_.query("SELECT sealed_return_note FROM referral WHERE id = $1", {referral_id});
  return rows.empty() ? std::string() : as_text(rows[0][0]);
}

std::optional<std::string> ReferralStore::sealed_reason(std::int64_t referral_id) {
  auto rows = db_.query("SELECT sealed_reason FROM referral WHERE id = $1", {referral_id});
  if (rows.empty()) return std::nullopt;
  return as_text(rows[0][0]);
}

std::vector<core::Referral> ReferralStore::find_referrals(const core::ReferralFilter& f) {
  std::vector<Value> params{f.association_id};
  std::string sql = std::string(kColumns) + " WHERE association_id = $1";
  auto param = [&](Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  };
  if (f.insats_id) sql += " AND insats_id = " + param(*f.insats_id);
  if (f.person_id) sql += " AND person_id = " + param(*f.person_id);
  if (!f.states.empty()) {
    std::string in;
    for (auto s : f.states) in += (in.empty() ? "" : ", ") + param(std::string(core::to_string(s)));
    sql += " AND state IN (" + in + ")";
  }
  if (f.insatser || f.referrer_user_id) {
    std::string scope = "0 = 1";
    if (f.insatser && !f.insatser->empty()) {
      std::string in;
      for (auto id : *f.insatser) in += (in.empty() ? "" : ", ") + param(id);
      scope += " OR insats_id IN (" + in + ")";
    }
    if (f.referrer_user_id) scope += " OR referrer_user_id = " + param(*f.referrer_user_id);
    sql += " AND (" + scope + ")";
  }
  sql += " ORDER BY referred_on, id";
  std::vector<core::Referral> out;
  for (const auto& r : db_.query(sql, params)) out.push_back(to_referral(r));
  return out;
}

bool ReferralStore::set_state(const core::Referral& r, std::int64_t expected_version) {
  return db_.execute(
             "UPDATE referral SET state = $1, return_reason = $2, decided_on = $3, person_id = $4, "
             "version = version + 1 WHERE id = $5 AND version = $6",
             {std::string(core::to_string(r.state)),
              r.return_reason ? Value(std::string(core::to_string(*r.return_reason))) : Value(nullptr),
              optional_date(r.decided_on), optional_id(r.person_id), r.id, expected_version}) == 1;
}

void ReferralStore::add_event(const core::ReferralEvent& e) {
  db_.execute(
      "INSERT INTO referral_event (referral_id, at, user_id, from_state, to_state, reason) VALUES "
      "($1, $2, $3, $4, $5, $6)",
      {e.referral_id, e.at, e.user_id, std::string(core::to_string(e.from)), std::string(core::to_string(e.to)),
       e.reason ? Value(std::string(core::to_string(*e.reason))) : Value(nullptr)});
}

std::vector<core::ReferralEvent> ReferralStore::events(std::int64_t referral_id) {
  std::vector<core::ReferralEvent> out;
  for (const auto& r : db_.query("SELECT id, at, user_id, from_state, to_state, reason FROM referral_event WHERE "
                                 "referral_id = $1 ORDER BY id",
                                 {referral_id})) {
    core::ReferralEvent e;
    e.id = as_int(r[0]);
    e.referral_id = referral_id;
    e.at = as_int(r[1]);
    e.user_id = as_int(r[2]);
    e.from = core::parse_referral_state(as_text(r[3])).value_or(core::ReferralState::received);
    e.to = core::parse_referral_state(as_text(r[4])).value_or(core::ReferralState::received);
    if (auto reason = as_optional_text(r[5])) e.reason = core::parse_return_reason(*reason);
    out.push_back(e);
  }
  return out;
}

std::vector<int> ReferralStore::waiting_days(std::int64_t insats_id, core::CivilDate from, core::CivilDate to) {
  std::vector<int> out;
  for (const auto& r : db_.query("SELECT referred_on, decided_on FROM referral WHERE insats_id = $1 AND state = "
                                 "'started' AND decided_on >= $2 AND decided_on <= $3",
                                 {insats_id, from.iso(), to.iso()})) {
    out.push_back(core::days_between(as_date(r[0]), as_date(r[1])));
  }
  return out;
}

std::optional<core::Person> ReferralStore::person_where(const std::string& condition,
                                                        const std::vector<Value>& params) {
  auto rows = db_.query(
      "SELECT id, association_id, person_key, gender, birth_year, kommun_code, masked, "
      "sealed_identity, restricted FROM person WHERE " +
          condition,
      params);
  if (rows.empty()) return std::nullopt;
  const auto& r = rows.front();
  core::Person p;
  p.id = as_int(r[0]);
  p.association_id = as_int(r[1]);
  p.person_key = as_text(r[2]);
  p.gender = core::parse_gender(as_text(r[3])).value_or(core::Gender::woman);
  p.birth_year = int(as_int(r[4]));
  p.kommun_code = as_text(r[5]);
  p.masked = as_text(r[6]);
  p.sealed_identity = as_optional_text(r[7]);
  p.restricted = as_int(r[8]) != 0;
  return p;
}

std::optional<core::Person> ReferralStore::find_person(std::int64_t id) { return person_where("id = $1", {id}); }

std::optional<core::Person> ReferralStore::find_person_by_key(std::int64_t association_id, const std::string& key) {
  return person_where("association_id = $1 AND person_key = $2", {association_id, key});
}

std::unordered_map<std::string, std::int64_t> ReferralStore::person_ids_by_key(std::int64_t association_id) {
  std::unordered_map<std::string, std::int64_t> ids;
  for (const auto& r : db_.query("SELECT person_key, id FROM person WHERE association_id = $1", {association_id})) {
    ids.emplace(as_text(r[0]), as_int(r[1]));
  }
  return ids;
}

std::int64_t ReferralStore::add_person(const core::Person& p) {
  return as_int(db_.query("INSERT INTO person (association_id, person_key, gender, birth_year, kommun_code, masked, "
                          "sealed_identity) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                          {p.association_id, p.person_key, std::string(core::to_string(p.gender)),
                           std::int64_t(p.birth_year), p.kommun_code, p.masked, optional_text(p.sealed_identity)})
                    .at(0)
                    .at(0));
}

void ReferralStore::set_kommun(std::int64_t person_id, const std::string& kommun_code) {
  db_.execute("UPDATE person SET kommun_code = $1 WHERE id = $2", {kommun_code, person_id});
}

void ReferralStore::set_restricted(std::int64_t person_id, bool restricted) {
  db_.execute("UPDATE person SET restricted = $1 WHERE id = $2", {std::int64_t(restricted ? 1 : 0), person_id});
}

void ReferralStore::set_sealed_identity(std::int64_t person_id, const std::optional<std::string>& sealed) {
  db_.execute("UPDATE person SET sealed_identity = $1 WHERE id = $2", {optional_text(sealed), person_id});
}

void ReferralStore::remove_person(std::int64_t person_id) {
  db_.transaction([&] {
    db_.execute("DELETE FROM joint_plan_action WHERE plan_id IN (SELECT id FROM joint_plan WHERE person_id = $1)",
                {person_id});
    db_.execute("DELETE FROM joint_plan WHERE person_id = $1", {person_id});
    db_.execute(
        "DELETE FROM participation_status WHERE participation_id IN (SELECT id FROM participation WHERE "
        "person_id = $1)",
        {person_id});
    clear_correction_reasons(person_id);
    db_.execute("UPDATE participation SET person_id = NULL WHERE person_id = $1", {person_id});
    // Protected identity: the free texts about the person go with the link to them.
    db_.execute(
        "UPDATE referral SET person_id = NULL, sealed_reason = '', sealed_return_note = '' WHERE person_id = $1",
        {person_id});
    db_.execute("DELETE FROM person WHERE id = $1", {person_id});
  });
}

// The reasons of the person's corrections are free texts about them: they go with the identity (the rows stay, so
// the audit events that name them still resolve to a day).
void ReferralStore::clear_correction_reasons(std::int64_t person_id) {
  db_.execute(
      "UPDATE participation_correction SET sealed_reason = '' WHERE participation_id IN (SELECT id FROM "
      "participation WHERE person_id = $1)",
      {person_id});
}

void ReferralStore::remove_identity_and_plan(std::int64_t person_id, const std::string& unlinked_key) {
  db_.transaction([&] {
    db_.execute("DELETE FROM joint_plan_action WHERE plan_id IN (SELECT id FROM joint_plan WHERE person_id = $1)",
                {person_id});
    db_.execute("DELETE FROM joint_plan WHERE person_id = $1", {person_id});
    db_.execute("UPDATE referral SET sealed_reason = '', sealed_return_note = '' WHERE person_id = $1", {person_id});
    clear_correction_reasons(person_id);
    db_.execute(
        "UPDATE person SET sealed_identity = NULL, masked = '', person_key = $2, identity_removed = 1 WHERE id = $1",
        {person_id, unlinked_key});
  });
}

std::vector<core::RetentionFacts> ReferralStore::retention_facts(std::int64_t association_id) {
  std::vector<core::RetentionFacts> out;
  for (const auto& r : db_.query(
           "SELECT pe.id, "
           "CASE WHEN pe.identity_removed = 0 OR pe.sealed_identity IS NOT NULL OR "
           "EXISTS (SELECT 1 FROM joint_plan j WHERE j.person_id = pe.id) OR "
           // a correction made after the identity went still has its reason to remove
           "EXISTS (SELECT 1 FROM participation_correction c JOIN participation p ON p.id = c.participation_id "
           "WHERE p.person_id = pe.id AND c.sealed_reason <> '') THEN 1 ELSE 0 END, "
           "CASE WHEN EXISTS (SELECT 1 FROM participation p WHERE p.person_id = pe.id AND p.ended_on IS NULL) OR "
           "EXISTS (SELECT 1 FROM referral r WHERE r.person_id = pe.id AND r.state IN ('received', 'queued')) THEN 1 "
           "ELSE 0 END, "
           "(SELECT max(last) FROM (SELECT max(ended_on) AS last FROM participation WHERE person_id = pe.id UNION ALL "
           "SELECT max(decided_on) FROM referral WHERE person_id = pe.id) AS activity) "
           "FROM person pe WHERE pe.association_id = $1 ORDER BY pe.id",
           {association_id})) {
    out.push_back({as_int(r[0]), as_int(r[1]) != 0, as_int(r[2]) != 0, as_optional_date(r[3])});
  }
  return out;
}

}  // namespace samordna::storage

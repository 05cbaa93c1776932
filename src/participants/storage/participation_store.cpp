#include "participants/storage/participation_store.hpp"

#include <map>

namespace samordna::storage {
namespace {

std::string support_list(const std::vector<core::SupportSource>& support) {
  std::string out;
  for (auto s : support) out += (out.empty() ? "" : ",") + std::string(core::to_string(s));
  return out;
}

std::vector<core::SupportSource> parse_support_list(const std::string& text) {
  std::vector<core::SupportSource> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    if (auto s = core::parse_support_source(text.substr(start, comma - start))) out.push_back(*s);
    start = comma + 1;
  }
  return out;
}

}  // namespace

std::vector<core::Participation> ParticipationStore::participations_where(const std::string& condition,
                                                                          std::int64_t id) {
  std::vector<core::Participation> out;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r :
       db_.query("SELECT id, association_id, insats_id, person_id, referral_id, gender, start_year, "
                 "started_on, ended_on, exit_reason, version, responsible_user_id FROM participation WHERE " +
                     condition + " ORDER BY started_on, id",
                 {id})) {
    core::Participation p;
    p.id = as_int(r[0]);
    p.association_id = as_int(r[1]);
    p.insats_id = as_int(r[2]);
    p.person_id = as_optional_int(r[3]);
    p.referral_id = as_optional_int(r[4]);
    p.gender = core::parse_gender(as_text(r[5])).value_or(core::Gender::woman);
    p.start_year = int(as_int(r[6]));
    p.started_on = as_date(r[7]);
    p.ended_on = as_optional_date(r[8]);
    if (auto reason = as_optional_text(r[9])) p.exit_reason = core::parse_exit_reason(*reason);
    p.version = as_int(r[10]);
    p.responsible_user_id = as_optional_int(r[11]);
    index[p.id] = out.size();
    out.push_back(std::move(p));
  }
  if (out.empty()) return out;
  for (const auto& r : db_.query("SELECT participation_id, phase, support, months_on_support, education, occupation, "
                                 "extent_percent FROM participation_status WHERE participation_id IN (SELECT id FROM "
                                 "participation WHERE " +
                                     condition + ")",
                                 {id})) {
    core::StatusSnapshot s;
    s.support = parse_support_list(as_text(r[2]));
    if (auto m = as_optional_int(r[3])) s.months_on_support = int(*m);
    s.education = core::parse_education_level(as_text(r[4])).value_or(core::EducationLevel::unknown);
    s.occupation = core::parse_occupation(as_text(r[5])).value_or(core::Occupation::other);
    s.extent_percent = int(as_int(r[6]));
    auto& p = out[index.at(as_int(r[0]))];
    (as_text(r[1]) == "start" ? p.at_start : p.at_end) = s;
  }
  return out;
}

void ParticipationStore::write_status(std::int64_t id, const char* phase,
                                      const std::optional<core::StatusSnapshot>& s) {
  db_.execute("DELETE FROM participation_status WHERE participation_id = $1 AND phase = $2", {id, std::string(phase)});
  if (!s) return;
  db_.execute(
      "INSERT INTO participation_status (participation_id, phase, support, months_on_support, education, "
      "occupation, extent_percent) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {id, std::string(phase), support_list(s->support),
       s->months_on_support ? Value(std::int64_t(*s->months_on_support)) : Value(nullptr),
       std::string(core::to_string(s->education)), std::string(core::to_string(s->occupation)),
       std::int64_t(s->extent_percent)});
}

std::int64_t ParticipationStore::add_participation(const core::Participation& p) {
  std::int64_t id = 0;
  db_.transaction([&] {
    id = as_int(db_.query("INSERT INTO participation (association_id, insats_id, person_id, referral_id, gender, "
                          "start_year, started_on, ended_on, exit_reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
                          "RETURNING id",
                          {p.association_id, p.insats_id, optional_int(p.person_id), optional_int(p.referral_id),
                           std::string(core::to_string(p.gender)), std::int64_t(p.start_year), p.started_on.iso(),
                           optional_date(p.ended_on),
                           p.exit_reason ? Value(std::string(core::to_string(*p.exit_reason))) : Value(nullptr)})
                    .at(0)
                    .at(0));
    write_status(id, "start", p.at_start);
    write_status(id, "end", p.at_end);
  });
  return id;
}

std::optional<core::Participation> ParticipationStore::find_participation(std::int64_t id) {
  auto found = participations_where("id = $1", id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<core::Participation> ParticipationStore::participations_of_person(std::int64_t person_id) {
  return participations_where("person_id = $1", person_id);
}

std::vector<core::Participation> ParticipationStore::ongoing_participations(std::int64_t insats_id) {
  return participations_where("insats_id = $1 AND ended_on IS NULL", insats_id);
}

int ParticipationStore::count_active(std::int64_t insats_id, core::CivilDate day) {
  return int(as_int(db_.query("SELECT count(*) FROM participation WHERE insats_id = $1 AND started_on <= $2 AND "
                              "(ended_on IS NULL OR ended_on >= $2)",
                              {insats_id, day.iso()})
                        .at(0)
                        .at(0)));
}

int ParticipationStore::count_started(std::int64_t insats_id, core::CivilDate from, core::CivilDate to) {
  return int(as_int(db_.query("SELECT count(*) FROM participation WHERE insats_id = $1 AND started_on >= $2 AND "
                              "started_on <= $3",
                              {insats_id, from.iso(), to.iso()})
                        .at(0)
                        .at(0)));
}

bool ParticipationStore::save_participation(const core::Participation& p, std::int64_t expected_version) {
  bool saved = false;
  db_.transaction([&] {
    saved = db_.execute(
                "UPDATE participation SET person_id = $1, ended_on = $2, exit_reason = $3, started_on = $4, "
                "start_year = $5, version = version + 1 WHERE id = $6 AND version = $7",
                {optional_int(p.person_id), optional_date(p.ended_on),
                 p.exit_reason ? Value(std::string(core::to_string(*p.exit_reason))) : Value(nullptr),
                 p.started_on.iso(), std::int64_t(p.start_year), p.id, expected_version}) == 1;
    if (!saved) return;
    write_status(p.id, "start", p.at_start);
    write_status(p.id, "end", p.at_end);
  });
  return saved;
}

bool ParticipationStore::set_responsible(std::int64_t participation_id, std::optional<std::int64_t> user_id,
                                         std::int64_t expected_version) {
  return db_.execute(
             "UPDATE participation SET responsible_user_id = $1, version = version + 1 WHERE id = $2 AND "
             "version = $3",
             {optional_int(user_id), participation_id, expected_version}) == 1;
}

std::vector<core::Consent> ParticipationStore::consents(std::int64_t participation_id) {
  std::vector<core::Consent> out;
  for (const auto& r : db_.query("SELECT id, purpose, party_member_id, given_on, form_reference, withdrawn_on FROM "
                                 "consent WHERE participation_id = $1 ORDER BY id",
                                 {participation_id})) {
    out.push_back({as_int(r[0]), participation_id,
                   core::parse_consent_purpose(as_text(r[1])).value_or(core::ConsentPurpose::follow_up),
                   as_optional_int(r[2]), as_date(r[3]), as_text(r[4]), as_optional_date(r[5])});
  }
  return out;
}

std::int64_t ParticipationStore::add_consent(const core::Consent& c) {
  return as_int(db_.query("INSERT INTO consent (participation_id, purpose, party_member_id, given_on, form_reference) "
                          "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                          {c.participation_id, std::string(core::to_string(c.purpose)), optional_int(c.party_member_id),
                           c.given_on.iso(), c.form_reference})
                    .at(0)
                    .at(0));
}

std::int64_t ParticipationStore::add_correction(const core::CorrectionNote& n) {
  return as_int(db_.query("INSERT INTO participation_correction (participation_id, corrected_on, sealed_reason) "
                          "VALUES ($1, $2, $3) RETURNING id",
                          {n.participation_id, n.corrected_on.iso(), n.reason})
                    .at(0)
                    .at(0));
}

std::vector<core::CorrectionNote> ParticipationStore::corrections(std::int64_t participation_id) {
  std::vector<core::CorrectionNote> out;
  for (const auto& r : db_.query("SELECT id, corrected_on, sealed_reason FROM participation_correction "
                                 "WHERE participation_id = $1 ORDER BY id",
                                 {participation_id})) {
    out.push_back({as_int(r[0]), participation_id, as_date(r[1]), as_text(r[2])});
  }
  return out;
}

void ParticipationStore::withdraw_consent(std::int64_t consent_id, core::CivilDate on) {
  db_.execute("UPDATE consent SET withdrawn_on = $1 WHERE id = $2 AND withdrawn_on IS NULL", {on.iso(), consent_id});
}

std::optional<core::JointPlan> ParticipationStore::find_plan(std::int64_t person_id) {
  auto rows = db_.query(
      "SELECT id, association_id, sealed_needs, sealed_own_goals, sealed_professional_goals, "
      "overall_member_id, next_follow_up_on, version FROM joint_plan WHERE person_id = $1",
      {person_id});
  if (rows.empty()) return std::nullopt;
  const auto& r = rows.front();
  core::JointPlan plan;
  plan.id = as_int(r[0]);
  plan.association_id = as_int(r[1]);
  plan.person_id = person_id;
  plan.needs = as_text(r[2]);
  plan.own_goals = as_text(r[3]);
  plan.professional_goals = as_text(r[4]);
  plan.overall_member_id = as_int(r[5]);
  plan.next_follow_up_on = as_optional_date(r[6]);
  plan.version = as_int(r[7]);
  for (const auto& a : db_.query("SELECT id, sealed_description, responsible_member_id, due_on, done_on FROM "
                                 "joint_plan_action WHERE plan_id = $1 ORDER BY position",
                                 {plan.id})) {
    plan.actions.push_back({as_int(a[0]), as_text(a[1]), as_int(a[2]), as_optional_date(a[3]), as_optional_date(a[4])});
  }
  return plan;
}

bool ParticipationStore::save_plan(const core::JointPlan& p, std::int64_t expected_version) {
  bool saved = false;
  db_.transaction([&] {
    auto existing = db_.query("SELECT id, version FROM joint_plan WHERE person_id = $1", {p.person_id});
    std::int64_t id = 0;
    if (expected_version == 0) {
      if (!existing.empty()) return;
      id = as_int(db_.query("INSERT INTO joint_plan (association_id, person_id, sealed_needs, sealed_own_goals, "
                            "sealed_professional_goals, overall_member_id, next_follow_up_on) VALUES ($1, $2, $3, $4, "
                            "$5, $6, $7) RETURNING id",
                            {p.association_id, p.person_id, p.needs, p.own_goals, p.professional_goals,
                             p.overall_member_id, optional_date(p.next_follow_up_on)})
                      .at(0)
                      .at(0));
    } else {
      if (existing.empty() ||
          db_.execute("UPDATE joint_plan SET sealed_needs = $1, sealed_own_goals = $2, sealed_professional_goals = "
                      "$3, overall_member_id = $4, next_follow_up_on = $5, version = version + 1 WHERE person_id = $6 "
                      "AND version = $7",
                      {p.needs, p.own_goals, p.professional_goals, p.overall_member_id,
                       optional_date(p.next_follow_up_on), p.person_id, expected_version}) != 1) {
        return;
      }
      id = as_int(existing[0][0]);
      db_.execute("DELETE FROM joint_plan_action WHERE plan_id = $1", {id});
    }
    std::int64_t position = 0;
    for (const auto& a : p.actions) {
      db_.execute(
          "INSERT INTO joint_plan_action (plan_id, position, sealed_description, responsible_member_id, "
          "due_on, done_on) VALUES ($1, $2, $3, $4, $5, $6)",
          {id, position++, a.description, a.responsible_member_id, optional_date(a.due_on), optional_date(a.done_on)});
    }
    saved = true;
  });
  return saved;
}

}  // namespace samordna::storage

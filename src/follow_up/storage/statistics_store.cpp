#include "follow_up/storage/statistics_store.hpp"

#include <future>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>

namespace samordna::storage {

namespace {

// `parts` one after the other, in their order, appended to the first: moved once, and not at all when the first
// was reserved with room for the others.
std::vector<core::Fact> joined(std::initializer_list<std::vector<core::Fact>*> parts) {
  std::size_t total = 0;
  for (const auto* part : parts) total += part->size();
  std::vector<core::Fact> out = std::move(**parts.begin());
  out.reserve(total);
  for (auto* part : parts) {
    if (part != *parts.begin()) std::move(part->begin(), part->end(), std::back_inserter(out));
  }
  return out;
}

// The start and end data, at most one of each phase (the key). On SQLite plain joins: they cost a third less than
// three subqueries. On PostgreSQL they are read apart (phases_of, below): PostgreSQL planned those joins as two
// scans of every förbund's statuses (142 ms of the largest förbund's 150); a lateral lookup per participation in
// the same query took 25 ms, and the participations without them 11 ms beside 8 ms for the statuses on their own.
std::string status_columns(std::string_view dialect) {
  return dialect == "sqlite" ? "s1.occupation, s0.support, s1.support" : "NULL::text, NULL::text, NULL::text";
}
std::string status_joins(std::string_view dialect) {
  if (dialect != "sqlite") return "";
  return "LEFT JOIN participation_status s0 ON s0.participation_id = p.id AND s0.phase = 'start' "
         "LEFT JOIN participation_status s1 ON s1.participation_id = p.id AND s1.phase = 'end' ";
}

// A participation's start and end data, as far as the outcomes need them.
struct Phases {
  std::optional<std::string> start_support;
  std::optional<std::string> end_support;
  std::optional<std::string> end_occupation;
};

// The outcomes: work or studies at the end; support at the start and none at the end.
void set_outcomes(core::Fact& f, const Phases& phases) {
  const auto occupation = phases.end_occupation.value_or("");
  f.work_or_studies_after = occupation == "work" || occupation == "studies";
  f.left_support = phases.start_support && *phases.start_support != "none" && phases.end_support.value_or("") == "none";
}

// PostgreSQL: the phases of a förbund's participations, by participation id (LIMIT 2, the phases there are, keeps
// the lookups a loop over the förbund's participations rather than a scan of every förbund's statuses).
std::unordered_map<std::int64_t, Phases> phases_of(Database& db, std::int64_t association_id) {
  std::unordered_map<std::int64_t, Phases> out;
  db.each(
      "SELECT p.id, s.phase, s.support, s.occupation FROM participation p JOIN LATERAL (SELECT phase, support, "
      "occupation FROM participation_status WHERE participation_id = p.id LIMIT 2) s ON true "
      "WHERE p.association_id = $1",
      {association_id}, [&out](const Row& r) {
        auto& phases = out[as_int(r[0])];
        if (as_text(r[1]) == "start") {
          phases.start_support = as_text(r[2]);
        } else {
          phases.end_support = as_text(r[2]);
          phases.end_occupation = as_text(r[3]);
        }
      });
  return out;
}

}  // namespace

std::vector<core::Fact> StatisticsStore::facts(std::int64_t association_id, bool at_once) {
  std::vector<core::Fact> out;
  // A fact is a few hundred bytes: each part is reserved for about as many facts as the förbund has
  // participations (referrals are about as many), so that none is moved while it grows.
  const auto bounds =
      db_.query("SELECT min(id), max(id), count(*) FROM participation WHERE association_id = $1", {association_id});
  const auto count = std::size_t(as_int(bounds.at(0).at(2)));
  if (!at_once) {
    out.reserve(2 * count + 64);
    participation_facts(association_id, std::nullopt, out, false);
    referral_facts(association_id, out);
    attendance_facts(association_id, out);
    return out;
  }
  // Each query always ran on its own (no shared snapshot), so they can run at once: the referrals and the
  // attendance on a thread of their own, and on SQLite a large förbund's participations in two halves by id, the
  // upper on another thread. A förbund's first pivot waits for the longest of them instead of all of them. On
  // PostgreSQL its own processes do the reading on the same cores: halves cost a round trip and gained nothing
  // (52 → 56–70 ms for the national data's first pivot).
  auto others = std::async(std::launch::async, [this, association_id, count] {
    std::vector<core::Fact> rest;
    rest.reserve(count + 64);
    referral_facts(association_id, rest);
    attendance_facts(association_id, rest);
    return rest;
  });
  if (db_.dialect() != "sqlite" || count <= std::size_t(split_above_)) {  // a second thread would cost more
    out.reserve(2 * count + 64);
    participation_facts(association_id, std::nullopt, out, true);
    auto rest = others.get();
    return joined({&out, &rest});
  }
  const std::int64_t first = as_int(bounds[0][0]);
  const std::int64_t last = as_int(bounds[0][1]);
  const std::int64_t middle = first + (last - first) / 2;
  auto upper = std::async(std::launch::async, [this, association_id, middle, last, count] {
    std::vector<core::Fact> half;
    half.reserve(count / 2 + 1);
    participation_facts(association_id, IdRange{middle + 1, last}, half, true);
    return half;
  });
  out.reserve(2 * count + 64);
  participation_facts(association_id, IdRange{first, middle}, out, true);
  auto upper_half = upper.get();
  auto rest = others.get();
  return joined({&out, &upper_half, &rest});
}

void StatisticsStore::participation_facts(std::int64_t association_id, std::optional<IdRange> ids,
                                          std::vector<core::Fact>& out, bool at_once) {
  const bool apart = db_.dialect() != "sqlite";
  // On PostgreSQL the phases are read apart: beside the participations when at once, otherwise after them. No
  // thread waits for the other while it holds a connection, so a full pool only delays.
  std::future<std::unordered_map<std::int64_t, Phases>> phases;
  if (apart) {
    phases = std::async(at_once ? std::launch::async : std::launch::deferred,
                        [this, association_id] { return phases_of(db_, association_id); });
  }
  // The whole förbund without an id range: PostgreSQL plans "id between 0 and the largest" as a walk of the
  // table's key, and the national view reads every förbund this way.
  const std::string sql =
      std::string(
          "SELECT p.id, p.insats_id, i.name, i.kind, p.gender, pe.kommun_code, m.name, tg.name, pe.birth_year, "
          "p.started_on, p.ended_on, 'person:' || pe.id, r.referred_on, " +
          status_columns(db_.dialect()) +
          ", i.extensive, p.exit_reason "
          // People and referrals belong to the förbund, said outright so that PostgreSQL reads the
          // förbund's rows once instead of looking each up (a third of the time) or scanning every person.
          "FROM participation p JOIN insats i ON i.id = p.insats_id "
          "LEFT JOIN person pe ON pe.id = p.person_id AND pe.association_id = p.association_id "
          "LEFT JOIN referral r ON r.id = p.referral_id AND r.association_id = p.association_id "
          "LEFT JOIN member m ON m.id = r.referring_member_id "
          "LEFT JOIN target_group tg ON tg.id = r.target_group_id " +
          status_joins(db_.dialect()) + "WHERE p.association_id = $1") +
      (ids ? " AND p.id >= $2 AND p.id <= $3" : "");
  std::vector<Value> params{association_id};
  if (ids) {
    params.emplace_back(ids->first);
    params.emplace_back(ids->last);
  }
  const std::size_t first = out.size();
  std::vector<std::int64_t> participation_ids;  // of the facts from `first` on, when the phases come apart
  db_.each(sql, params, [&out, &participation_ids, apart](const Row& r) {
    core::Fact f;
    f.kind = core::FactKind::participation;
    f.insats_id = as_int(r[1]);
    f.insats_name = as_text(r[2]);
    f.insats_kind = as_text(r[3]);
    f.gender = as_text(r[4]);
    f.kommun = as_optional_text(r[5]).value_or("unknown");
    f.referrer = as_optional_text(r[6]).value_or("none");
    f.target_group = as_optional_text(r[7]).value_or("none");
    f.on = as_date(r[9]);
    f.ended_on = as_optional_date(r[10]);
    auto birth_year = as_optional_int(r[8]);
    f.age_band = birth_year ? core::age_band(f.on.year() - int(*birth_year)) : "unknown";
    f.person = as_optional_text(r[11]).value_or("anonymous:" + as_text(r[0]));
    if (auto referred = as_optional_date(r[12])) f.wait_days = core::days_between(*referred, f.on);
    if (apart) {
      participation_ids.push_back(as_int(r[0]));
    } else {
      set_outcomes(f, Phases{as_optional_text(r[14]), as_optional_text(r[15]), as_optional_text(r[13])});
    }
    f.extensive = as_int(r[16]) != 0;
    f.reason = as_optional_text(r[17]).value_or("none");
    out.push_back(std::move(f));
  });
  if (!apart) return;
  const auto by_participation = phases.get();
  for (std::size_t k = 0; k < participation_ids.size(); ++k) {
    if (auto found = by_participation.find(participation_ids[k]); found != by_participation.end()) {
      set_outcomes(out[first + k], found->second);
    }
  }
}

void StatisticsStore::referral_facts(std::int64_t association_id, std::vector<core::Fact>& out) {
  db_.each(
      "SELECT r.insats_id, i.name, i.kind, pe.gender, pe.kommun_code, m.name, tg.name, r.referred_on, r.state, "
      "r.decided_on, pe.birth_year, 'person:' || pe.id, r.id, r.return_reason FROM referral r "
      "JOIN insats i ON i.id = r.insats_id "
      "LEFT JOIN person pe ON pe.id = r.person_id AND pe.association_id = r.association_id "
      "JOIN member m ON m.id = r.referring_member_id JOIN target_group tg ON tg.id = r.target_group_id "
      "WHERE r.association_id = $1",
      {association_id}, [&out](const Row& r) {
        core::Fact f;
        f.kind = core::FactKind::referral;
        f.insats_id = as_int(r[0]);
        f.insats_name = as_text(r[1]);
        f.insats_kind = as_text(r[2]);
        f.gender = as_optional_text(r[3]).value_or("unknown");
        f.kommun = as_optional_text(r[4]).value_or("unknown");
        f.referrer = as_text(r[5]);
        f.target_group = as_text(r[6]);
        f.on = as_date(r[7]);
        f.returned = as_text(r[8]) == "returned";
        f.decided_on = as_optional_date(r[9]);
        auto birth_year = as_optional_int(r[10]);
        f.age_band = birth_year ? core::age_band(f.on.year() - int(*birth_year)) : "unknown";
        // The person referred (for suppression, unique counts and cell keys); a referral without one counts as its
        // own. People are counted on their row, which stays when retention removes the identity.
        f.person = as_optional_text(r[11]).value_or("referral:" + std::to_string(as_int(r[12])));
        f.reason = as_optional_text(r[13]).value_or("none");
        out.push_back(std::move(f));
      });
}

void StatisticsStore::attendance_facts(std::int64_t association_id, std::vector<core::Fact>& out) {
  db_.each(
      "SELECT a.insats_id, i.name, a.on_date, a.women, a.men, a.id FROM attendance a JOIN insats "
      "i ON i.id = a.insats_id WHERE i.association_id = $1",
      {association_id}, [&out](const Row& r) {
        for (const char* gender : {"woman", "man"}) {
          core::Fact f;
          f.kind = core::FactKind::attendance;
          f.insats_id = as_int(r[0]);
          f.insats_name = as_text(r[1]);
          f.insats_kind = "structural";
          f.gender = gender;
          f.kommun = "unknown";
          f.referrer = "none";
          f.target_group = "none";
          f.age_band = "unknown";
          f.on = as_date(r[2]);
          f.weight = int(as_int(r[std::string(gender) == "woman" ? 3 : 4]));
          f.person = "attendance:" + std::to_string(as_int(r[5])) + ":" + gender;  // a record of its own
          if (f.weight > 0) out.push_back(std::move(f));
        }
      });
}

std::int64_t StatisticsStore::facts_version(std::int64_t association_id) {
  auto rows = db_.query("SELECT version FROM statistics_version WHERE association_id = $1", {association_id});
  return rows.empty() ? 0 : as_int(rows[0][0]);
}

std::map<std::pair<std::int64_t, int>, core::Money> StatisticsStore::insats_budgets(std::int64_t association_id) {
  std::map<std::pair<std::int64_t, int>, core::Money> out;
  for (const auto& r : db_.query("SELECT b.insats_id, b.year, b.amount_ore FROM insats_budget b JOIN insats i ON i.id "
                                 "= b.insats_id WHERE i.association_id = $1",
                                 {association_id})) {
    out[{as_int(r[0]), int(as_int(r[1]))}] = core::Money::ore(as_int(r[2]));
  }
  return out;
}

std::map<std::string, std::string> StatisticsStore::kommun_names() {
  std::map<std::string, std::string> out;
  for (const auto& r : db_.query("SELECT code, name FROM kommun", {})) out[as_text(r[0])] = as_text(r[1]);
  return out;
}

}  // namespace samordna::storage

#include "membership/storage/association_store.hpp"

namespace samordna::storage {
namespace {
core::Association to_association(const Row& r) {
  return core::Association{as_int(r[0]), as_text(r[1]), as_text(r[2]),     as_text(r[3]),    as_date(r[4]),
                           as_int(r[5]), as_int(r[6]),  int(as_int(r[7])), int(as_int(r[8]))};
}
constexpr std::string_view kAssociationColumns =
    "SELECT id, name, org_number, seat, formed_on, equity_limit_bp, version, retention_years, disclosure_threshold "
    "FROM association";

// A member with its latest notice, if any.
constexpr std::string_view kMemberColumns =
    "SELECT m.id, m.association_id, m.name, m.party_kind, m.area_code, m.joined_on, m.version, n.given_on, "
    "n.decided_by, n.reference, n.ends_on, n.revoked_on, n.revoked_reference FROM member m "
    "LEFT JOIN member_notice n ON n.id = (SELECT max(id) FROM member_notice WHERE member_id = m.id) ";

core::Member to_member(const Row& r) {
  core::Member m;
  m.id = as_int(r[0]);
  m.association_id = as_int(r[1]);
  m.name = as_text(r[2]);
  m.kind = core::parse_party_kind(as_text(r[3])).value_or(core::PartyKind::kommun);
  m.area_code = as_text(r[4]);
  m.joined_on = as_date(r[5]);
  m.version = as_int(r[6]);
  if (auto given = as_optional_date(r[7])) {
    m.notice =
        core::Notice{*given, as_text(r[8]), as_text(r[9]), as_date(r[10]), as_optional_date(r[11]), as_text(r[12])};
  }
  return m;
}
}  // namespace

std::vector<core::Association> AssociationStore::list_associations() {
  std::vector<core::Association> out;
  for (const auto& r : db_.query(std::string(kAssociationColumns) + " ORDER BY name")) out.push_back(to_association(r));
  return out;
}

std::optional<core::Association> AssociationStore::find_association(std::int64_t id) {
  auto rows = db_.query(std::string(kAssociationColumns) + " WHERE id = $1", {id});
  if (rows.empty()) return std::nullopt;
  return to_association(rows.front());
}

std::vector<core::Member> AssociationStore::members_where(const std::string& condition, std::int64_t id) {
  std::vector<core::Member> out;
  auto rows = db_.query(std::string(kMemberColumns) + "WHERE " + condition +
                            " ORDER BY CASE m.party_kind WHEN 'fk' THEN 1 WHEN 'af' THEN 2 WHEN 'region' THEN 3 "
                            "ELSE 4 END, m.id",
                        {id});
  for (const auto& r : rows) out.push_back(to_member(r));
  return out;
}

std::vector<core::Member> AssociationStore::list_members(std::int64_t association_id) {
  return members_where("m.association_id = $1", association_id);
}

std::optional<core::Member> AssociationStore::find_member(std::int64_t id) {
  auto found = members_where("m.id = $1", id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::optional<std::int64_t> AssociationStore::add_association(const core::Association& a) {
  try {
    auto rows = db_.query(
        "INSERT INTO association (name, org_number, seat, formed_on, equity_limit_bp, retention_years, "
        "disclosure_threshold) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        {a.name, a.org_number, a.seat, a.formed_on.iso(), a.equity_limit_bp, std::int64_t(a.retention_years),
         std::int64_t(a.disclosure_threshold)});
    return as_int(rows.at(0).at(0));
  } catch (const ConstraintError&) {
    return std::nullopt;
  }
}

bool AssociationStore::update_association(const core::Association& a, std::int64_t expected_version) {
  return db_.execute(
             "UPDATE association SET name = $1, org_number = $2, seat = $3, formed_on = $4, equity_limit_bp = $5, "
             "retention_years = $8, disclosure_threshold = $9, version = version + 1 WHERE id = $6 AND version = $7",
             {a.name, a.org_number, a.seat, a.formed_on.iso(), a.equity_limit_bp, a.id, expected_version,
              std::int64_t(a.retention_years), std::int64_t(a.disclosure_threshold)}) == 1;
}

std::int64_t AssociationStore::add_member(const core::Member& m) {
  std::int64_t id = 0;
  db_.transaction([&] {
    auto rows = db_.query(
        "INSERT INTO member (association_id, name, party_kind, area_code, joined_on) VALUES ($1, $2, $3, $4, $5) "
        "RETURNING id",
        {m.association_id, m.name, std::string(core::to_string(m.kind)),
         m.area_code.empty() ? Value(nullptr) : Value(m.area_code), m.joined_on.iso()});
    id = as_int(rows.at(0).at(0));
    if (m.notice) save_notice(id, *m.notice, 1);
  });
  return id;
}

bool AssociationStore::save_notice(std::int64_t member_id, const core::Notice& n, std::int64_t expected_version) {
  bool saved = false;
  db_.transaction([&] {
    if (db_.execute("UPDATE member SET version = version + 1 WHERE id = $1 AND version = $2",
                    {member_id, expected_version}) != 1) {
      return;
    }
    auto latest = db_.query("SELECT max(id) FROM member_notice WHERE member_id = $1", {member_id});
    auto latest_id = as_optional_int(latest.at(0).at(0));
    if (n.revoked_on && latest_id) {
      db_.execute("UPDATE member_notice SET revoked_on = $1, revoked_reference = $2 WHERE id = $3",
                  {n.revoked_on->iso(), n.revoked_reference, *latest_id});
    } else {
      db_.execute(
          "INSERT INTO member_notice (member_id, given_on, decided_by, reference, ends_on, revoked_on, "
          "revoked_reference) VALUES ($1, $2, $3, $4, $5, $6, $7)",
          {member_id, n.given_on.iso(), n.decided_by, n.reference, n.ends_on.iso(), optional_date(n.revoked_on),
           n.revoked_reference});
    }
    saved = true;
  });
  return saved;
}

core::KnownAreas AssociationStore::known_areas() { return {known_region_codes(), known_kommun_codes()}; }

std::map<std::string, std::int64_t> AssociationStore::population_16_64(int year) {
  std::map<std::string, std::int64_t> out;
  for (const auto& r :
       db_.query("SELECT kommun_code, age_16_64 FROM population WHERE year = $1", {std::int64_t(year)})) {
    out[as_text(r[0])] = as_int(r[1]);
  }
  return out;
}

std::optional<int> AssociationStore::population_year_on_or_before(int year) {
  auto rows = db_.query("SELECT max(year) FROM population WHERE year <= $1", {std::int64_t(year)});
  auto y = as_optional_int(rows.at(0).at(0));
  if (!y) return std::nullopt;
  return int(*y);
}

std::int64_t AssociationStore::members_version() {
  auto rows = db_.query("SELECT version FROM members_version WHERE id = 1");
  return rows.empty() ? 0 : as_int(rows[0][0]);
}

std::map<std::string, std::string> AssociationStore::kommun_regions() {
  std::map<std::string, std::string> out;
  for (const auto& r : db_.query("SELECT code, region_code FROM kommun")) out[as_text(r[0])] = as_text(r[1]);
  return out;
}

void AssociationStore::import_reference_data(const std::vector<core::Region>& regions,
                                             const std::vector<core::Municipality>& municipalities,
                                             const std::vector<core::Population>& population) {
  db_.transaction([&] {
    for (const auto& r : regions) {
      db_.execute(
          "INSERT INTO region (code, name, short_name) VALUES ($1, $2, $3) "
          "ON CONFLICT (code) DO UPDATE SET name = excluded.name, short_name = excluded.short_name",
          {r.code, r.name, r.short_name});
    }
    for (const auto& m : municipalities) {
      db_.execute(
          "INSERT INTO kommun (code, name, official_name, region_code) VALUES ($1, $2, $3, $4) "
          "ON CONFLICT (code) DO UPDATE SET name = excluded.name, official_name = excluded.official_name, "
          "region_code = excluded.region_code",
          {m.code, m.name, m.official_name, m.region_code});
    }
    for (const auto& p : population) {
      db_.execute(
          "INSERT INTO population (kommun_code, year, total, age_16_64, age_16_64_men, age_16_64_women, age_0_15, "
          "age_65_plus, age_20_64) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
          "ON CONFLICT (kommun_code, year) DO UPDATE SET total = excluded.total, age_16_64 = excluded.age_16_64, "
          "age_16_64_men = excluded.age_16_64_men, age_16_64_women = excluded.age_16_64_women, "
          "age_0_15 = excluded.age_0_15, age_65_plus = excluded.age_65_plus, age_20_64 = excluded.age_20_64",
          {p.kommun_code, std::int64_t(p.year), p.total, p.age_16_64, p.age_16_64_men, p.age_16_64_women, p.age_0_15,
           p.age_65_plus, p.age_20_64});
    }
  });
}

std::vector<std::string> AssociationStore::known_region_codes() {
  std::vector<std::string> out;
  for (const auto& r : db_.query("SELECT code FROM region ORDER BY code")) out.push_back(as_text(r[0]));
  return out;
}

std::vector<std::string> AssociationStore::known_kommun_codes() {
  std::vector<std::string> out;
  for (const auto& r : db_.query("SELECT code FROM kommun ORDER BY code")) out.push_back(as_text(r[0]));
  return out;
}

}  // namespace samordna::storage

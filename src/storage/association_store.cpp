#include "storage/association_store.hpp"

namespace samordna::storage {
namespace {
core::CivilDate date(const Value& v) {
  auto d = core::CivilDate::parse(as_text(v));
  if (!d) throw std::runtime_error("bad date in database: " + as_text(v));
  return *d;
}
std::optional<core::CivilDate> optional_date(const Value& v) {
  if (std::holds_alternative<std::nullptr_t>(v)) return std::nullopt;
  return date(v);
}
Value optional_iso(const std::optional<core::CivilDate>& d) { return d ? Value(d->iso()) : Value(nullptr); }

core::Association to_association(const Row& r) {
  return core::Association{as_int(r[0]), as_text(r[1]), as_text(r[2]), as_text(r[3]), date(r[4])};
}
constexpr std::string_view kAssociationColumns = "SELECT id, name, org_number, seat, formed_on FROM association";
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

std::vector<core::Member> AssociationStore::list_members(std::int64_t association_id) {
  std::vector<core::Member> out;
  auto rows = db_.query(
      "SELECT id, association_id, name, party_kind, area_code, joined_on, notice_given_on, left_on FROM member "
      "WHERE association_id = $1 ORDER BY CASE party_kind WHEN 'fk' THEN 1 WHEN 'af' THEN 2 WHEN 'region' THEN 3 "
      "ELSE 4 END, id",
      {association_id});
  for (const auto& r : rows) {
    core::Member m;
    m.id = as_int(r[0]);
    m.association_id = as_int(r[1]);
    m.name = as_text(r[2]);
    m.kind = core::parse_party_kind(as_text(r[3])).value_or(core::PartyKind::kommun);
    m.area_code = as_text(r[4]);
    m.joined_on = date(r[5]);
    m.notice_given_on = optional_date(r[6]);
    m.left_on = optional_date(r[7]);
    out.push_back(std::move(m));
  }
  return out;
}

std::int64_t AssociationStore::add_association(const core::Association& a) {
  auto rows =
      db_.query("INSERT INTO association (name, org_number, seat, formed_on) VALUES ($1, $2, $3, $4) RETURNING id",
                {a.name, a.org_number, a.seat, a.formed_on.iso()});
  return as_int(rows.at(0).at(0));
}

std::int64_t AssociationStore::add_member(const core::Member& m) {
  auto rows = db_.query(
      "INSERT INTO member (association_id, name, party_kind, area_code, joined_on, notice_given_on, left_on) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
      {m.association_id, m.name, std::string(core::to_string(m.kind)),
       m.area_code.empty() ? Value(nullptr) : Value(m.area_code), m.joined_on.iso(), optional_iso(m.notice_given_on),
       optional_iso(m.left_on)});
  return as_int(rows.at(0).at(0));
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

#include "privacy/storage/participation_export_store.hpp"

namespace samordna::storage {
namespace {

constexpr const char* kRunning =
    "p.association_id = $1 AND p.started_on <= $3 AND (p.ended_on IS NULL OR p.ended_on >= $2)";

std::optional<core::RecordedStatus> status_of(const Row& r, std::size_t at) {
  auto support = as_optional_text(r[at]);
  if (!support) return std::nullopt;
  core::RecordedStatus s;
  s.support = *support;
  if (auto months = as_optional_int(r[at + 1])) s.months_on_support = int(*months);
  s.education = as_text(r[at + 2]);
  s.occupation = as_text(r[at + 3]);
  s.extent_percent = int(as_int(r[at + 4]));
  return s;
}

}  // namespace

std::vector<std::int64_t> ParticipationExportStore::page_ends(std::int64_t association_id, core::CivilDate from,
                                                              core::CivilDate to, int page_size) {
  // Every page is bounded: an open-ended last page (id > x) lets PostgreSQL walk the whole table's key from x.
  const std::string sql =
      std::string(
          "SELECT id FROM (SELECT p.id, row_number() OVER (ORDER BY p.id) AS n, count(*) OVER () AS total "
          "FROM participation p WHERE ") +
      kRunning + ") AS numbered WHERE n % $4 = 0 OR n = total ORDER BY id";
  std::vector<std::int64_t> ends;
  db_.each(sql, {association_id, from.iso(), to.iso(), std::int64_t(page_size)},
           [&](const Row& r) { ends.push_back(as_int(r[0])); });
  return ends;
}

std::vector<core::ParticipationRecord> ParticipationExportStore::participation_page(std::int64_t association_id,
                                                                                    core::CivilDate from,
                                                                                    core::CivilDate to,
                                                                                    std::int64_t after_id,
                                                                                    std::int64_t until_id) {
  std::vector<core::ParticipationRecord> out;
  const std::string sql =
      std::string(
          "SELECT p.id, p.insats_id, i.name, p.person_id, p.gender, pe.birth_year, k.name, m.name, "
          "r.referrer_user_id, tg.name, r.referred_on, p.started_on, p.ended_on, p.exit_reason, "
          "s0.support, s0.months_on_support, s0.education, s0.occupation, s0.extent_percent, "
          "s1.support, s1.months_on_support, s1.education, s1.occupation, s1.extent_percent "
          "FROM participation p JOIN insats i ON i.id = p.insats_id LEFT JOIN person pe ON pe.id = p.person_id "
          "LEFT JOIN kommun k ON k.code = pe.kommun_code LEFT JOIN referral r ON r.id = p.referral_id "
          "LEFT JOIN member m ON m.id = r.referring_member_id LEFT JOIN target_group tg ON tg.id = r.target_group_id "
          "LEFT JOIN participation_status s0 ON s0.participation_id = p.id AND s0.phase = 'start' "
          "LEFT JOIN participation_status s1 ON s1.participation_id = p.id AND s1.phase = 'end' WHERE ") +
      kRunning + " AND p.id > $4 AND p.id <= $5 ORDER BY p.id";
  db_.each(sql, {association_id, from.iso(), to.iso(), after_id, until_id}, [&](const Row& r) {
    core::ParticipationRecord p;
    p.id = as_int(r[0]);
    p.insats_id = as_int(r[1]);
    p.insats = as_text(r[2]);
    p.person_id = as_optional_int(r[3]);
    p.gender = as_text(r[4]);
    if (auto year = as_optional_int(r[5])) p.birth_year = int(*year);
    p.kommun = as_optional_text(r[6]).value_or("");
    p.referrer = as_optional_text(r[7]).value_or("");
    p.referrer_user_id = as_optional_int(r[8]);
    p.target_group = as_optional_text(r[9]).value_or("");
    p.referred_on = as_optional_date(r[10]);
    p.started_on = as_date(r[11]);
    p.ended_on = as_optional_date(r[12]);
    p.exit_reason = as_optional_text(r[13]).value_or("");
    p.at_start = status_of(r, 14);
    p.at_end = status_of(r, 19);
    out.push_back(std::move(p));
  });
  return out;
}

}  // namespace samordna::storage

#include "participants/storage/insats_store.hpp"

#include <map>

namespace samordna::storage {

std::vector<core::TargetGroup> InsatsStore::target_groups(std::int64_t association_id) {
  std::vector<core::TargetGroup> out;
  for (const auto& r :
       db_.query("SELECT id, name FROM target_group WHERE association_id = $1 ORDER BY id", {association_id})) {
    out.push_back({as_int(r[0]), association_id, as_text(r[1])});
  }
  return out;
}

std::int64_t InsatsStore::add_target_group(const core::TargetGroup& g) {
  return as_int(db_.query("INSERT INTO target_group (association_id, name) VALUES ($1, $2) RETURNING id",
                          {g.association_id, g.name})
                    .at(0)
                    .at(0));
}

std::vector<core::Insats> InsatsStore::insatser_where(const std::string& condition, std::int64_t id) {
  std::vector<core::Insats> out;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : db_.query(
           "SELECT id, association_id, name, description, kind, min_age, max_age, referral_required, duration_weeks, "
           "lead_member_id, capacity, starts_on, ends_on, version, extensive FROM insats WHERE " +
               condition + " ORDER BY name, id",
           {id})) {
    core::Insats i;
    i.id = as_int(r[0]);
    i.association_id = as_int(r[1]);
    i.name = as_text(r[2]);
    i.description = as_text(r[3]);
    i.kind = core::parse_insats_kind(as_text(r[4])).value_or(core::InsatsKind::individual);
    i.min_age = int(as_int(r[5]));
    i.max_age = int(as_int(r[6]));
    i.referral_required = as_int(r[7]) != 0;
    if (auto w = as_optional_int(r[8])) i.duration_weeks = int(*w);
    i.lead_member_id = as_int(r[9]);
    i.capacity = int(as_int(r[10]));
    i.starts_on = as_date(r[11]);
    i.ends_on = as_optional_date(r[12]);
    i.version = as_int(r[13]);
    i.extensive = as_int(r[14]) != 0;
    index[i.id] = out.size();
    out.push_back(std::move(i));
  }
  if (out.empty()) return out;
  // One query per list for all the insatser (no query per insats).
  const std::string in = "(SELECT id FROM insats WHERE " + condition + ")";
  for (const auto& r : db_.query(
           "SELECT insats_id, member_id FROM insats_party WHERE insats_id IN " + in + " ORDER BY member_id", {id})) {
    auto& i = out[index.at(as_int(r[0]))];
    if (as_int(r[1]) != i.lead_member_id) i.cooperating_member_ids.push_back(as_int(r[1]));
  }
  for (const auto& r :
       db_.query("SELECT insats_id, kommun_code FROM insats_kommun WHERE insats_id IN " + in + " ORDER BY kommun_code",
                 {id})) {
    out[index.at(as_int(r[0]))].kommun_codes.push_back(as_text(r[1]));
  }
  for (const auto& r : db_.query("SELECT insats_id, target_group_id FROM insats_target_group WHERE insats_id IN " + in +
                                     " ORDER BY target_group_id",
                                 {id})) {
    out[index.at(as_int(r[0]))].target_group_ids.push_back(as_int(r[1]));
  }
  for (const auto& r :
       db_.query("SELECT insats_id, year, amount_ore FROM insats_budget WHERE insats_id IN " + in, {id})) {
    out[index.at(as_int(r[0]))].budget[int(as_int(r[1]))] = core::Money::ore(as_int(r[2]));
  }
  return out;
}

std::int64_t InsatsStore::insatser_version() {
  auto rows = db_.query("SELECT version FROM insatser_version WHERE id = 1");
  return rows.empty() ? 0 : as_int(rows[0][0]);
}

std::vector<core::Insats> InsatsStore::list_insatser(std::int64_t association_id) {
  return insatser_where("association_id = $1", association_id);
}

std::optional<core::Insats> InsatsStore::find_insats(std::int64_t id) {
  auto found = insatser_where("id = $1", id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

void InsatsStore::write_lists(const core::Insats& i, std::int64_t id) {
  for (auto table : {"insats_party", "insats_kommun", "insats_target_group", "insats_budget"}) {
    db_.execute(std::string("DELETE FROM ") + table + " WHERE insats_id = $1", {id});
  }
  db_.execute("INSERT INTO insats_party (insats_id, member_id) VALUES ($1, $2)", {id, i.lead_member_id});
  for (auto m : i.cooperating_member_ids) {
    if (m == i.lead_member_id) continue;
    db_.execute("INSERT INTO insats_party (insats_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", {id, m});
  }
  for (const auto& k : i.kommun_codes) {
    db_.execute("INSERT INTO insats_kommun (insats_id, kommun_code) VALUES ($1, $2) ON CONFLICT DO NOTHING", {id, k});
  }
  for (auto g : i.target_group_ids) {
    db_.execute("INSERT INTO insats_target_group (insats_id, target_group_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                {id, g});
  }
  for (const auto& [year, amount] : i.budget) {
    db_.execute("INSERT INTO insats_budget (insats_id, year, amount_ore) VALUES ($1, $2, $3)",
                {id, std::int64_t(year), amount.in_ore()});
  }
}

std::int64_t InsatsStore::add_insats(const core::Insats& i) {
  std::int64_t id = 0;
  db_.transaction([&] {
    id = as_int(
        db_.query("INSERT INTO insats (association_id, name, description, kind, min_age, max_age, "
                  "referral_required, duration_weeks, lead_member_id, capacity, starts_on, ends_on, extensive) VALUES "
                  "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
                  {i.association_id, i.name, i.description, std::string(core::to_string(i.kind)),
                   std::int64_t(i.min_age), std::int64_t(i.max_age), std::int64_t(i.referral_required),
                   i.duration_weeks ? Value(std::int64_t(*i.duration_weeks)) : Value(nullptr), i.lead_member_id,
                   std::int64_t(i.capacity), i.starts_on.iso(), optional_date(i.ends_on), std::int64_t(i.extensive)})
            .at(0)
            .at(0));
    write_lists(i, id);
  });
  return id;
}

bool InsatsStore::update_insats(const core::Insats& i, std::int64_t expected_version) {
  bool saved = false;
  db_.transaction([&] {
    saved = db_.execute(
                "UPDATE insats SET name = $1, description = $2, kind = $3, min_age = $4, max_age = $5, "
                "referral_required = $6, duration_weeks = $7, lead_member_id = $8, capacity = $9, "
                "starts_on = $10, ends_on = $11, extensive = $14, version = version + 1 WHERE id = $12 AND "
                "version = $13",
                {i.name, i.description, std::string(core::to_string(i.kind)), std::int64_t(i.min_age),
                 std::int64_t(i.max_age), std::int64_t(i.referral_required),
                 i.duration_weeks ? Value(std::int64_t(*i.duration_weeks)) : Value(nullptr), i.lead_member_id,
                 std::int64_t(i.capacity), i.starts_on.iso(), optional_date(i.ends_on), i.id, expected_version,
                 std::int64_t(i.extensive)}) == 1;
    if (saved) write_lists(i, i.id);
  });
  return saved;
}

std::vector<core::Attendance> InsatsStore::attendance(std::int64_t insats_id) {
  std::vector<core::Attendance> out;
  for (const auto& r :
       db_.query("SELECT id, on_date, women, men, note, version FROM attendance WHERE insats_id = $1 ORDER BY "
                 "on_date, id",
                 {insats_id})) {
    out.push_back(
        {as_int(r[0]), insats_id, as_date(r[1]), int(as_int(r[2])), int(as_int(r[3])), as_text(r[4]), as_int(r[5])});
  }
  return out;
}

std::int64_t InsatsStore::add_attendance(const core::Attendance& a) {
  return as_int(db_.query("INSERT INTO attendance (insats_id, on_date, women, men, note) VALUES ($1, $2, $3, $4, $5) "
                          "RETURNING id",
                          {a.insats_id, a.on.iso(), std::int64_t(a.women), std::int64_t(a.men), a.note})
                    .at(0)
                    .at(0));
}

bool InsatsStore::update_attendance(const core::Attendance& a, std::int64_t expected_version) {
  return db_.execute(
             "UPDATE attendance SET on_date = $1, women = $2, men = $3, note = $4, version = version + 1 "
             "WHERE id = $5 AND insats_id = $6 AND version = $7",
             {a.on.iso(), std::int64_t(a.women), std::int64_t(a.men), a.note, a.id, a.insats_id, expected_version}) ==
         1;
}

std::vector<std::int64_t> InsatsStore::staffed_insatser(std::int64_t user_id) {
  std::vector<std::int64_t> out;
  for (const auto& r :
       db_.query("SELECT insats_id FROM insats_staff WHERE user_id = $1 ORDER BY insats_id", {user_id})) {
    out.push_back(as_int(r[0]));
  }
  return out;
}

std::vector<core::StaffedInsats> InsatsStore::staffed_with_lead(std::int64_t user_id) {
  std::vector<core::StaffedInsats> out;
  for (const auto& r : db_.query("SELECT s.insats_id, i.lead_member_id FROM insats_staff s JOIN insats i ON i.id = "
                                 "s.insats_id WHERE s.user_id = $1 ORDER BY s.insats_id",
                                 {user_id})) {
    out.push_back({as_int(r[0]), as_int(r[1])});
  }
  return out;
}

std::vector<std::int64_t> InsatsStore::insats_staff(std::int64_t insats_id) {
  std::vector<std::int64_t> out;
  for (const auto& r :
       db_.query("SELECT user_id FROM insats_staff WHERE insats_id = $1 ORDER BY user_id", {insats_id})) {
    out.push_back(as_int(r[0]));
  }
  return out;
}

void InsatsStore::set_insats_staff(std::int64_t insats_id, const std::vector<std::int64_t>& user_ids) {
  db_.transaction([&] {
    db_.execute("DELETE FROM insats_staff WHERE insats_id = $1", {insats_id});
    for (auto u : user_ids) {
      db_.execute("INSERT INTO insats_staff (insats_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                  {insats_id, u});
    }
  });
}

std::int64_t InsatsStore::insats_staff_version(std::int64_t insats_id) {
  auto rows = db_.query("SELECT staff_version FROM insats WHERE id = $1", {insats_id});
  return rows.empty() ? 0 : as_int(rows[0][0]);
}

bool InsatsStore::next_staff_version(std::int64_t insats_id, std::int64_t expected_version) {
  return db_.execute("UPDATE insats SET staff_version = staff_version + 1 WHERE id = $1 AND staff_version = $2",
                     {insats_id, expected_version}) == 1;
}

}  // namespace samordna::storage

#include "access/storage/access_store.hpp"

namespace samordna::storage {

// One query: each assignment with the other controllers' confirmations (a row per confirmation, or one row
// with none), as every authenticated request asks for the caller's.
std::vector<core::RoleAssignment> AccessStore::assignments_where(const std::string& column, std::int64_t id) {
  std::vector<core::RoleAssignment> out;
  db_.each(
      "SELECT a.id, a.user_id, a.association_id, a.role, a.organisation_member_id, a.valid_from, a.valid_to, "
      "a.requested_by, a.confirmed_by, a.confirmed_at, c.member_id FROM role_assignment a "
      "LEFT JOIN role_confirmation c ON c.assignment_id = a.id WHERE " +
          (column == "1" ? column : "a." + column) + " = $1 ORDER BY a.id, c.member_id",
      {id}, [&](const Row& r) {
        if (out.empty() || out.back().id != as_int(r[0])) {
          out.push_back({as_int(r[0]),
                         as_int(r[1]),
                         as_int(r[2]),
                         core::parse_role(as_text(r[3])).value_or(core::Role::remittent),
                         as_optional_int(r[4]),
                         as_date(r[5]),
                         as_optional_date(r[6]),
                         as_optional_int(r[7]),
                         as_optional_int(r[8]),
                         as_optional_int(r[9]),
                         {}});
        }
        if (auto confirmed_for = as_optional_int(r[10])) out.back().confirmed_for.push_back(*confirmed_for);
      });
  return out;
}

std::vector<core::RoleAssignment> AccessStore::assignments_of_user(std::int64_t user_id) {
  return assignments_where("user_id", user_id);
}

std::vector<core::RoleAssignment> AccessStore::assignments_in(std::int64_t association_id) {
  return assignments_where("association_id", association_id);
}

std::vector<core::RoleAssignment> AccessStore::assignments_in_all() { return assignments_where("1", 1); }

std::int64_t AccessStore::add_assignment(const core::RoleAssignment& a) {
  auto rows = db_.query(
      "INSERT INTO role_assignment (user_id, association_id, role, organisation_member_id, valid_from, valid_to, "
      "requested_by, confirmed_by, confirmed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
      {a.user_id, a.association_id, std::string(core::to_string(a.role)), optional_int(a.organisation_member_id),
       a.valid_from.iso(), optional_date(a.valid_to), optional_int(a.requested_by), optional_int(a.confirmed_by),
       optional_int(a.confirmed_at)});
  return as_int(rows.at(0).at(0));
}

void AccessStore::remove_assignment(std::int64_t id) {
  db_.transaction([&] {
    db_.execute("DELETE FROM role_confirmation WHERE assignment_id = $1", {id});
    db_.execute("DELETE FROM role_assignment WHERE id = $1", {id});
  });
}

bool AccessStore::confirm_for_party(std::int64_t id, std::int64_t member_id, std::int64_t confirmed_by,
                                    std::int64_t at) {
  return db_.execute(
             "INSERT INTO role_confirmation (assignment_id, member_id, confirmed_by, confirmed_at) VALUES "
             "($1, $2, $3, $4) ON CONFLICT DO NOTHING",
             {id, member_id, confirmed_by, at}) == 1;
}

bool AccessStore::confirm_assignment(std::int64_t id, std::int64_t confirmed_by, std::int64_t at) {
  return db_.execute(
             "UPDATE role_assignment SET confirmed_by = $2, confirmed_at = $3 WHERE id = $1 AND confirmed_by IS "
             "NULL",
             {id, confirmed_by, at}) == 1;
}

bool AccessStore::reserve(const std::vector<core::AttemptLimit>& limits, std::int64_t since, std::int64_t at) {
  bool admitted = true;
  // One write transaction: the check and the records are one step for every thread and process.
  db_.transaction([&] {
    for (const auto& l : limits) {
      auto n = as_int(
          db_.query("SELECT count(*) FROM login_failure WHERE scope_key = $1 AND at > $2", {l.key, since}).at(0).at(0));
      if (n >= l.limit) admitted = false;
    }
    if (!admitted) return;
    for (const auto& l : limits) {
      db_.execute("INSERT INTO login_failure (scope_key, at) VALUES ($1, $2)", {l.key, at});
      // Keep the table small: a day of history is more than any window needs.
      db_.execute("DELETE FROM login_failure WHERE scope_key = $1 AND at < $2", {l.key, at - 86'400});
    }
  });
  return admitted;
}

void AccessStore::clear_failures(const std::string& key) {
  db_.execute("DELETE FROM login_failure WHERE scope_key = $1", {key});
}

}  // namespace samordna::storage

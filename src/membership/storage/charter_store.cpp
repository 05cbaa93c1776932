#include "membership/storage/charter_store.hpp"

namespace samordna::storage {

std::vector<core::Charter> CharterStore::list_charters(std::int64_t association_id) {
  std::vector<core::Charter> out;
  auto rows = db_.query(
      "SELECT id, effective_from, notice_years, notice_counting, split_key, reference_year FROM charter "
      "WHERE association_id = $1 ORDER BY effective_from DESC",
      {association_id});
  for (const auto& r : rows) {
    core::Charter c;
    c.id = as_int(r[0]);
    c.association_id = association_id;
    c.effective_from = as_date(r[1]);
    c.notice.years = int(as_int(r[2]));
    c.notice.counting = core::parse_notice_counting(as_text(r[3])).value_or(core::NoticeCounting::calendar_years);
    c.split_key.kind = core::parse_split_key_kind(as_text(r[4])).value_or(core::SplitKeyKind::population);
    if (auto y = as_optional_int(r[5])) c.split_key.reference_year = int(*y);
    out.push_back(std::move(c));
  }
  // Two queries for all seats and matters of the association, not one per charter.
  auto seats = db_.query(
      "SELECT s.charter_id, s.member_id, s.members, s.deputies FROM charter_board_seat s "
      "JOIN charter c ON c.id = s.charter_id WHERE c.association_id = $1 ORDER BY s.member_id",
      {association_id});
  auto matters = db_.query(
      "SELECT q.charter_id, q.matter FROM charter_qualified_matter q JOIN charter c ON c.id = q.charter_id "
      "WHERE c.association_id = $1 ORDER BY q.position",
      {association_id});
  for (auto& c : out) {
    for (const auto& s : seats) {
      if (as_int(s[0]) == c.id) c.board_seats.push_back({as_int(s[1]), int(as_int(s[2])), int(as_int(s[3]))});
    }
    for (const auto& q : matters) {
      if (as_int(q[0]) == c.id) c.qualified_majority.push_back(as_text(q[1]));
    }
  }
  return out;
}

std::int64_t CharterStore::add_charter(const core::Charter& c) {
  std::int64_t id = 0;
  db_.transaction([&] {
    auto rows = db_.query(
        "INSERT INTO charter (association_id, effective_from, notice_years, notice_counting, split_key, "
        "reference_year) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        {c.association_id, c.effective_from.iso(), std::int64_t(c.notice.years),
         std::string(core::to_string(c.notice.counting)), std::string(core::to_string(c.split_key.kind)),
         c.split_key.reference_year ? Value(std::int64_t(*c.split_key.reference_year)) : Value(nullptr)});
    id = as_int(rows.at(0).at(0));
    for (const auto& s : c.board_seats) {
      db_.execute("INSERT INTO charter_board_seat (charter_id, member_id, members, deputies) VALUES ($1, $2, $3, $4)",
                  {id, s.member_id, std::int64_t(s.members), std::int64_t(s.deputies)});
    }
    std::int64_t position = 0;
    for (const auto& m : c.qualified_majority) {
      db_.execute("INSERT INTO charter_qualified_matter (charter_id, position, matter) VALUES ($1, $2, $3)",
                  {id, position++, m});
    }
  });
  return id;
}

}  // namespace samordna::storage

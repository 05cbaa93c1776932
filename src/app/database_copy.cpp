#include "app/database_copy.hpp"

#include <sodium.h>

#include <algorithm>

namespace samordna::app {
namespace {

// The columns of a table, in the order of its definition, and the ones that order its rows.
struct Columns {
  std::vector<std::string> names;
  std::vector<std::string> key;
};

Columns columns_of(storage::Database& db, const std::string& table) {
  Columns c;
  if (db.dialect() == "sqlite") {
    for (const auto& r : db.query("SELECT name, pk FROM pragma_table_info($1) ORDER BY cid", {table})) {
      c.names.push_back(storage::as_text(r[0]));
      if (storage::as_int(r[1]) > 0) c.key.push_back(storage::as_text(r[0]));
    }
  } else {
    for (const auto& r : db.query("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                  "current_schema() AND table_name = $1 ORDER BY ordinal_position",
                                  {table})) {
      c.names.push_back(storage::as_text(r[0]));
    }
    for (const auto& r : db.query("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                                  "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = to_regclass($1) AND "
                                  "i.indisprimary ORDER BY array_position(i.indkey, a.attnum)",
                                  {table})) {
      c.key.push_back(storage::as_text(r[0]));
    }
  }
  if (c.names.empty()) throw CopyError("table " + table + " is missing");
  if (c.key.empty()) c.key = c.names;  // no primary key: every column orders the rows
  return c;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "\"" : ", \"") + n + "\"";
  return out;
}

// Rows in key order, a page at a time, so that a large table is never held whole.
template <class Visit>
void each_row(storage::Database& db, const std::string& table, const Columns& c, Visit visit) {
  const std::string sql =
      "SELECT " + joined(c.names) + " FROM \"" + table + "\" ORDER BY " + joined(c.key) + " LIMIT $1 OFFSET $2";
  constexpr std::int64_t kPage = 5000;
  for (std::int64_t offset = 0;; offset += kPage) {
    auto rows = db.query(sql, {kPage, offset});
    for (const auto& row : rows) visit(row);
    if (std::int64_t(rows.size()) < kPage) return;
  }
}

// Rows inserted many to a statement (a round trip to PostgreSQL per row made a national copy take 5 minutes),
// within both databases' limits on parameters.
class RowBatch {
 public:
  RowBatch(storage::Database& to, const std::string& table, const std::vector<std::string>& names)
      : to_(to),
        head_("INSERT INTO \"" + table + "\" (" + joined(names) + ") VALUES "),
        columns_(names.size()),
        capacity_(std::max<std::size_t>(1, std::min<std::size_t>(500, 30'000 / std::max<std::size_t>(1, columns_)))) {}
  void add(const storage::Row& row) {
    params_.insert(params_.end(), row.begin(), row.end());
    if (++rows_ == capacity_) flush();
  }
  void flush() {
    if (rows_ == 0) return;
    std::string sql = head_;
    std::size_t n = 0;
    for (std::size_t r = 0; r < rows_; ++r) {
      sql += r ? ", (" : "(";
      for (std::size_t c = 0; c < columns_; ++c) sql += (c ? ", $" : "$") + std::to_string(++n);
      sql += ")";
    }
    to_.execute(sql, params_);
    params_.clear();
    rows_ = 0;
  }

 private:
  storage::Database& to_;
  std::string head_;
  std::size_t columns_;
  std::size_t capacity_;
  std::size_t rows_ = 0;
  std::vector<storage::Value> params_;
};

void hash_value(crypto_generichash_state& state, const storage::Value& v) {
  std::string text;
  if (std::holds_alternative<std::nullptr_t>(v)) {
    text = "N";
  } else if (const auto* n = std::get_if<std::int64_t>(&v)) {
    text = "I" + std::to_string(*n);
  } else {
    const auto& s = std::get<std::string>(v);
    text = "T" + std::to_string(s.size()) + ":" + s;
  }
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(text.data()), text.size());
}

// A table's row count and checksum, fed one row at a time.
class Checksum {
 public:
  explicit Checksum(std::string table) : copy_{std::move(table), 0, ""} {
    crypto_generichash_init(&state_, nullptr, 0, crypto_generichash_BYTES);
  }
  void add(const storage::Row& row) {
    ++copy_.rows;
    for (const auto& v : row) hash_value(state_, v);
  }
  TableCopy done() {
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash_final(&state_, out, sizeof out);
    static constexpr char kHex[] = "0123456789abcdef";
    for (unsigned char b : out) {
      copy_.checksum += kHex[b >> 4];
      copy_.checksum += kHex[b & 15];
    }
    return copy_;
  }

 private:
  crypto_generichash_state state_;
  TableCopy copy_;
};

TableCopy checksum(storage::Database& db, const std::string& table) {
  Checksum sum(table);
  each_row(db, table, columns_of(db, table), [&](const storage::Row& row) { sum.add(row); });
  return sum.done();
}

}  // namespace

const std::vector<std::string>& copy_order() {
  static const std::vector<std::string> order{"installation_setting",
                                              "region",
                                              "kommun",
                                              "population",
                                              "association",
                                              "member",
                                              "member_notice",
                                              "charter",
                                              "charter_board_seat",
                                              "charter_qualified_matter",
                                              "budget",
                                              "budget_key_input",
                                              "contribution_payment",
                                              "equity_year",
                                              "app_user",
                                              "user_role",
                                              "session",
                                              "invitation",
                                              "role_assignment",
                                              "role_confirmation",
                                              "login_failure",
                                              "audit_event",
                                              "audit_head",
                                              "processing_agreement",
                                              "target_group",
                                              "insats",
                                              "insats_party",
                                              "insats_kommun",
                                              "insats_target_group",
                                              "insats_budget",
                                              "insats_staff",
                                              "attendance",
                                              "person",
                                              "referral",
                                              "referral_event",
                                              "participation",
                                              "participation_status",
                                              "participation_correction",
                                              "consent",
                                              "joint_plan",
                                              "joint_plan_action",
                                              "import_mapping",
                                              "imported_row"};
  return order;
}

std::vector<TableCopy> table_checksums(storage::Database& db) {
  std::vector<TableCopy> out;
  db.read_transaction([&] {
    for (const auto& table : copy_order()) out.push_back(checksum(db, table));
  });
  return out;
}

std::vector<TableCopy> copy_database(storage::Database& from, storage::Database& to) {
  // The order must name every table: a table added by a migration and not here would be left behind.
  // statistics_version is derived: the target's triggers count the rows as they arrive. statistics_kept_facts is
  // derived too: the target's fact keeper keeps them again.
  auto expected = copy_order();
  expected.push_back("access_version");    // derived: the target's own count
  expected.push_back("members_version");   // derived too
  expected.push_back("insatser_version");  // and this
  expected.push_back("schema_migrations");
  expected.push_back("statistics_kept_facts");
  expected.push_back("statistics_version");
  std::sort(expected.begin(), expected.end());
  for (auto* db : {&from, &to}) {
    if (storage::table_names(*db) != expected) {
      throw CopyError(std::string("the ") + (db == &from ? "source" : "target") +
                      "'s tables are not those of this version: migrate it first");
    }
  }
  std::vector<TableCopy> source;
  to.transaction([&] {
    for (const auto& table : copy_order()) {
      if (!to.query("SELECT 1 FROM \"" + table + "\" LIMIT 1", {}).empty()) {
        throw CopyError("the target holds data (table " + table + "): copy only into an empty database");
      }
    }
    from.read_transaction([&] {  // one snapshot of the source, even while it serves
      for (const auto& table : copy_order()) {
        const auto c = columns_of(from, table);
        RowBatch batch(to, table, c.names);
        Checksum sum(table);  // of the rows as read and copied, so the source is read once
        each_row(from, table, c, [&](const storage::Row& row) {
          batch.add(row);
          sum.add(row);
        });
        batch.flush();
        source.push_back(sum.done());
      }
    });
    if (to.dialect() == "postgresql") {  // identity columns continue after the copied ids
      for (const auto& table : copy_order()) {
        const auto names = columns_of(to, table).names;
        if (std::find(names.begin(), names.end(), "id") == names.end()) continue;
        to.query("SELECT setval(pg_get_serial_sequence($1, 'id'), max(id)) FROM \"" + table +
                     "\" HAVING max(id) IS NOT NULL",
                 {table});
      }
    }
    for (const auto& s : source) {
      const auto t = checksum(to, s.table);
      if (t.rows != s.rows || t.checksum != s.checksum) {
        throw CopyError("table " + s.table + " differs after the copy (" + std::to_string(s.rows) + " rows, " +
                        std::to_string(t.rows) + " copied): nothing was kept");
      }
    }
  });
  return source;
}

}  // namespace samordna::app

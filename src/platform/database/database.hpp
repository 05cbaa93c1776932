#pragma once
// The storage interface every backend implements (SQLite now, PostgreSQL next). SQL is written once with
// $1..$n placeholders and RETURNING, which both databases accept; DDL is per backend (migrations/<dialect>/).
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "kernel/civil_date.hpp"
#include "kernel/error.hpp"

namespace samordna::storage {

using Value = std::variant<std::nullptr_t, std::int64_t, std::string>;
using Row = std::vector<Value>;

// The database is locked by another process or connection beyond the busy timeout.
struct BusyError : core::Unavailable {
  using core::Unavailable::Unavailable;
};

// A UNIQUE, FOREIGN KEY or CHECK constraint refused a write.
struct ConstraintError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Database {
 public:
  virtual ~Database() = default;
  virtual std::vector<Row> query(std::string_view sql, const std::vector<Value>& params = {}) = 0;
  // Calls `visit` with each row as it is read, so that a large result is not held whole. The row is reused between
  // calls (copy what is kept), and `visit` must not use the database. By default, over query().
  virtual void each(std::string_view sql, const std::vector<Value>& params,
                    const std::function<void(const Row&)>& visit) {
    for (const auto& row : query(sql, params)) visit(row);
  }
  // Returns the number of rows changed.
  virtual std::int64_t execute(std::string_view sql, const std::vector<Value>& params = {}) = 0;
  // Runs a multi-statement script without parameters (migrations).
  virtual void execute_script(std::string_view sql) = 0;
  // Runs `work` in one write transaction; rolls back if it throws. Nested calls join the outer one.
  virtual void transaction(const std::function<void()>& work) = 0;
  // Runs `work`'s reads against one snapshot of the database (what writers commit meanwhile is not seen).
  virtual void read_transaction(const std::function<void()>& work) { transaction(work); }
  [[nodiscard]] virtual std::string_view dialect() const = 0;
};

// Every table of the database's schema (SQLite's own tables left out), sorted by name.
std::vector<std::string> table_names(Database& db);

// Typed access to a column of a row.
std::int64_t as_int(const Value& v);
std::string as_text(const Value& v);
std::optional<std::string> as_optional_text(const Value& v);
Value optional_text(const std::optional<std::string>& s);
std::optional<std::int64_t> as_optional_int(const Value& v);
Value optional_int(const std::optional<std::int64_t>& i);
// Dates are stored as ISO text (YYYY-MM-DD) in every dialect.
core::CivilDate as_date(const Value& v);
std::optional<core::CivilDate> as_optional_date(const Value& v);
Value optional_date(const std::optional<core::CivilDate>& d);

}  // namespace samordna::storage

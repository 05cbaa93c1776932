#pragma once
// The one error type of the domain. `code` is a stable machine code the UI translates; `field` names the
// input at fault when there is one. The http layer maps `kind` to a status in one place.
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <tl/expected.hpp>

namespace samordna::core {

// stale: the record changed since the caller read it (optimistic concurrency); the answer carries it as it is now.
enum class ErrorKind { invalid_input, not_found, conflict, stale, unauthenticated, forbidden, too_many, internal };

struct FieldError {
  std::string field;
  std::string code;
};

struct Error {
  ErrorKind kind = ErrorKind::invalid_input;
  std::string code;
  std::vector<FieldError> fields;

  static Error invalid(std::string field, std::string code) {
    return Error{ErrorKind::invalid_input, "validation_failed", {{std::move(field), std::move(code)}}};
  }
  static Error of(ErrorKind kind, std::string code) { return Error{kind, std::move(code), {}}; }
};

// Thrown by a store that cannot answer now (the database is locked by another process), or by a pool whose
// queue is full (password hashing): the request may be tried again shortly. The http layer answers 503 with
// Retry-After and `code` (database_busy unless said otherwise), never 500.
struct Unavailable : std::runtime_error {
  explicit Unavailable(const std::string& what, std::string code = "database_busy")
      : std::runtime_error(what), code_(std::move(code)) {}
  [[nodiscard]] const std::string& code() const { return code_; }

 private:
  std::string code_;
};

template <class T>
using Result = tl::expected<T, Error>;
using tl::unexpected;

// Collects field errors into one validation error.
class FieldErrors {
 public:
  void add(std::string field, std::string code) { fields_.push_back({std::move(field), std::move(code)}); }
  [[nodiscard]] bool empty() const { return fields_.empty(); }
  [[nodiscard]] Error error() const { return Error{ErrorKind::invalid_input, "validation_failed", fields_}; }
  [[nodiscard]] Result<void> result() const {
    if (fields_.empty()) return {};
    return unexpected(error());
  }

 private:
  std::vector<FieldError> fields_;
};

inline Error version_conflict() { return Error::of(ErrorKind::stale, "version_conflict"); }
inline Error not_found() { return Error::of(ErrorKind::not_found, "not_found"); }

}  // namespace samordna::core

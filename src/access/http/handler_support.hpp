#pragma once
// Small helpers shared by the handlers: read path ids, turn a Result into a response (RequestBody reads the
// JSON body).
#include <nlohmann/json.hpp>

#include "access/http/router.hpp"
#include "kernel/error.hpp"
#include "platform/http/body_reader.hpp"
#include "platform/http/json/json_body.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/request_body.hpp"

namespace samordna::http {

// The {name} path parameter as a positive integer, or nullopt (the handler answers 404).
inline std::optional<std::int64_t> path_id(const Context& c, const char* name) {
  auto it = c.params.find(name);
  return it == c.params.end() ? std::nullopt : positive_integer(it->second);
}

// The query parameter `name`, or "" when it is absent.
inline std::string query_text(const Request& r, const char* name) {
  auto it = r.query.find(name);
  return it == r.query.end() ? std::string() : it->second;
}

// A period of civil dates given by the query's `from` and `to` (both required, YYYY-MM-DD), or the field
// errors from|to required|invalid in `errors`.
struct QueryPeriod {
  core::CivilDate from;
  core::CivilDate to;
};
inline std::optional<QueryPeriod> query_period(const Request& r, core::FieldErrors& errors) {
  auto from = core::CivilDate::parse(query_text(r, "from"));
  auto to = core::CivilDate::parse(query_text(r, "to"));
  if (!from) errors.add("from", query_text(r, "from").empty() ? "required" : "invalid");
  if (!to) errors.add("to", query_text(r, "to").empty() ? "required" : "invalid");
  if (!from || !to) return std::nullopt;
  return QueryPeriod{*from, *to};
}

// The förbund's {id} and a second path id (`{referralId}`, `{insatsId}`, ...), or nullopt (the handler answers
// 404).
struct PathIds {
  std::int64_t association = 0;
  std::int64_t id = 0;
};
inline std::optional<PathIds> path_ids(const Context& c, const char* second) {
  auto association = path_id(c, "id");
  auto id = path_id(c, second);
  if (!association || !id) return std::nullopt;
  return PathIds{*association, *id};
}

template <class T, class ToJson>
Response reply(const core::Result<T>& result, ToJson&& to_json, int status = 200) {
  if (!result) return problem(result.error());
  return json_response(to_json(*result), status);
}

// As reply; a stale write (ErrorKind::stale: the record changed since the caller read it) answers 409 with the
// record as it is now, from `current()`, so the client can show it and try again.
template <class T, class ToJson, class Current>
Response reply_or_current(const core::Result<T>& result, ToJson&& to_json, Current&& current, int status = 200) {
  if (!result && result.error().kind == core::ErrorKind::stale) return problem(result.error(), current());
  return reply(result, to_json, status);
}

}  // namespace samordna::http

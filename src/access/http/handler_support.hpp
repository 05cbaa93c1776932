#pragma once
// Small helpers shared by the handlers: read a JSON body, read path ids, turn a Result into a response.
#include <nlohmann/json.hpp>

#include "access/http/router.hpp"
#include "kernel/error.hpp"
#include "platform/http/body_reader.hpp"
#include "platform/http/json_body.hpp"
#include "platform/http/problem.hpp"

namespace samordna::http {

// The {name} path parameter as a positive integer, or nullopt (the handler answers 404).
inline std::optional<std::int64_t> path_id(const Context& c, const char* name) {
  auto it = c.params.find(name);
  return it == c.params.end() ? std::nullopt : positive_integer(it->second);
}

template <class T, class ToJson>
Response reply(const core::Result<T>& result, ToJson&& to_json, int status = 200) {
  if (!result) return problem(result.error());
  return json_response(to_json(*result), status);
}

}  // namespace samordna::http

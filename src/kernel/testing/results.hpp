#pragma once
// Reading a Result in a test without undefined behaviour when the expectation fails: "ok" for a value,
// otherwise the error's code, or its first field's name or code ("" when it has no field).
#include <string>

#include "kernel/error.hpp"

namespace samordna::core::testing {

template <class T>
std::string code_of(const Result<T>& result) {
  return result ? "ok" : result.error().code;
}

template <class T>
std::string field_of(const Result<T>& result) {
  if (result) return "ok";
  return result.error().fields.empty() ? "" : result.error().fields.front().field;
}

template <class T>
std::string field_code_of(const Result<T>& result) {
  if (result) return "ok";
  return result.error().fields.empty() ? "" : result.error().fields.front().code;
}

}  // namespace samordna::core::testing

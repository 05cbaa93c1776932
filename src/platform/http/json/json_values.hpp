#pragma once
// JSON for optional values: null when absent; dates as YYYY-MM-DD, enums by their names.
#include <optional>

#include <nlohmann/json.hpp>

#include "kernel/civil_date.hpp"

namespace samordna::http {

inline nlohmann::json date_or_null(const std::optional<core::CivilDate>& d) {
  return d ? nlohmann::json(d->iso()) : nlohmann::json(nullptr);
}

template <class T>
nlohmann::json or_null(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

template <class E>
nlohmann::json name_or_null(const std::optional<E>& v) {
  return v ? nlohmann::json(to_string(*v)) : nlohmann::json(nullptr);
}

}  // namespace samordna::http

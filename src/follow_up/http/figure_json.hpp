#pragma once
// One figure of a report as JSON: {measure, measureLabel, rowsDimension, columnsDimension, columns: [{key,
// label}], columnTotals: [{value|null, hidden}], rows: [{key, label, values: [{value|null, hidden}],
// total|null, totalHidden}], total|null, totalHidden}. Hidden (suppressed) figures are null with hidden true.
#include <nlohmann/json.hpp>

#include "follow_up/statistics_service.hpp"

namespace samordna::http {

nlohmann::json figure_json(const core::Figure& f);

}  // namespace samordna::http

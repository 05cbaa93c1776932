#pragma once
// A report figure as the rows of a PDF table: hidden (suppressed) figures as "..", missing ones as "–",
// money in kronor.
#include <string>
#include <vector>

#include "follow_up/statistics_service.hpp"

namespace samordna::report {

std::string figure_text(const std::optional<std::int64_t>& value, bool hidden, bool money = false);
// The row label, each column (unless the only column is the total), and the row total; with columns, a
// last row of the column totals.
std::vector<std::vector<std::string>> rows_of(const core::StatisticsResult& result, bool money = false);
std::vector<std::string> header_of(const core::Figure& figure);
std::string total_of(const core::Figure& figure);

}  // namespace samordna::report

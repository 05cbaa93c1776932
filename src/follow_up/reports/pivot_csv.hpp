#pragma once
// A statistics pivot as CSV for Swedish Excel: the row dimension and each column, then "Totalt"; hidden
// (suppressed) figures as "..", empty cells empty, amounts in kronor with a decimal comma.
#include <string>

#include "follow_up/statistics_service.hpp"
#include "platform/report/csv_writer.hpp"

namespace samordna::report {

std::string pivot_csv(const core::StatisticsResult& result, const core::PivotRequest& request);
// The same rows appended to a CSV that holds more (the Uppföljning Finsam file).
void write_pivot(CsvWriter& csv, const core::StatisticsResult& result, const core::PivotRequest& request);

}  // namespace samordna::report

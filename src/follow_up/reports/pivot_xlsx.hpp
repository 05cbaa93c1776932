#pragma once
// A statistics pivot as an Excel workbook: the table (hidden figures as "..") and a native column chart of
// the row totals.
#include <string>

#include "follow_up/statistics_service.hpp"

namespace samordna::report {

// Returns the .xlsx bytes; `scratch_dir` holds the temporary file libxlsxwriter writes.
std::string pivot_xlsx(const core::StatisticsResult& result, const core::PivotRequest& request,
                       const std::string& scratch_dir);

}  // namespace samordna::report

#pragma once
// The register extract (registerutdrag, GDPR art. 15) as a PDF for the person, in Swedish.
#include <string>

#include "privacy/data_subject_service.hpp"

namespace samordna::report {

std::string register_extract_pdf(const core::RegisterExtract& extract);

// "YYYY-MM-DD HH:MM" in Swedish time for unix seconds.
std::string swedish_time(std::int64_t unix);

}  // namespace samordna::report

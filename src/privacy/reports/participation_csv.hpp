#pragma once
// The participant-level export as CSV for Swedish Excel, written a page at a time: the header (with the
// byte-order mark) once, then the rows of each page. Pseudonymised: the person's number in the förbund,
// birth year, gender and kommun, never name or personnummer. Recorded values in Swedish.
#include <string>
#include <vector>

#include "privacy/domain/participation_export.hpp"

namespace samordna::report {

std::string participation_csv_header();
std::string participation_csv_rows(const std::vector<core::ParticipationRecord>& records);
// The Swedish label of a recorded value (support source, education, occupation, exit reason, gender).
std::string recorded_label(const std::string& key);

}  // namespace samordna::report

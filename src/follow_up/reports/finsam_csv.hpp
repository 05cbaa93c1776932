#pragma once
// The Uppföljning Finsam figures as one CSV for Swedish Excel: participants by gender per individual
// insats, attendance by gender per structural insats, funds by party and equity, with a note on hidden
// figures when the file is suppressed.
#include <string>

#include "follow_up/finsam_figures.hpp"

namespace samordna::report {

std::string finsam_csv(const core::FinsamFigures& figures, const std::string& association_name);

}  // namespace samordna::report

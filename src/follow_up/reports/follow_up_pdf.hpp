#pragma once
// The yearly follow-up report as an A4 PDF in Swedish with vector charts: key figures with the shares that
// led to work or studies and off public support, Uppföljning Finsam's tables, the breakdowns, funds and
// equity. Suppressed figures print as "..".
#include <string>

#include "follow_up/follow_up_report.hpp"

namespace samordna::report {

std::string follow_up_pdf(const core::FollowUpReport& report);

}  // namespace samordna::report

#pragma once
// The member value report as a PDF (A4, vector chart, Swedish text), for a kommun strategist to print for the
// council.
#include <string>

#include "follow_up/member_value.hpp"

namespace samordna::report {

std::string member_value_pdf(const core::MemberValue& value, const std::string& association_name);

}  // namespace samordna::report

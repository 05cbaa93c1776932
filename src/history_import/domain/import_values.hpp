#pragma once
// Cell values as förbund type them in Excel: dates (2019-03-04, 20190304, 2019/03/04, 4.3.2019 or 4/3/2019,
// day first as in Sweden), exit reasons by their Swedish or English name or code, and yes or no.
#include <initializer_list>
#include <optional>
#include <string_view>

#include "kernel/civil_date.hpp"
#include "participants/domain/participation.hpp"

namespace samordna::core {

std::optional<CivilDate> parse_import_date(std::string_view text);
// The text without the spaces, tabs and line breaks around it.
std::string_view trimmed_cell(std::string_view text);
// A number's cell without its unit: trimmed, and without the first of `units` it ends with ("950 000:-" → "950 000").
std::string_view without_unit(std::string_view text, std::initializer_list<std::string_view> units);
std::optional<ExitReason> parse_import_exit_reason(std::string_view text);
// ja/nej, yes/no, x/(empty is no), 1/0, sant/falskt, true/false.
std::optional<bool> parse_import_yes_no(std::string_view text);

}  // namespace samordna::core

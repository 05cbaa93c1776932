#pragma once
// Swedish labels for what the reports print: measures, dimensions and the keys the engine uses (gender,
// unknown, none, total), and amounts in öre as kronor with a decimal comma and an ASCII minus.
#include <map>
#include <string>

#include "follow_up/domain/statistics.hpp"
#include "membership/domain/association.hpp"

namespace samordna::report {

std::string measure_label(core::Measure m);
std::string dimension_label(core::Dimension d);
std::string party_label(core::PartyKind kind);  // "Försäkringskassan", "Arbetsförmedlingen", "Region", "Kommuner"
// The label of a row or column key: kommun names from `names`, Swedish for the engine's own keys.
std::string key_label(const std::string& key, const std::map<std::string, std::string>& names);
// What a reader of protected figures must know (disclosure control), in Swedish, for the threshold applied.
std::string protection_note(int threshold);
// 123456 öre → "1234,56" (for CSV cells; no group separator).
std::string kronor_plain(std::int64_t ore);

}  // namespace samordna::report

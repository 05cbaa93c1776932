#pragma once
// A förbund's facts and budgets as the text kept in statistics_kept_facts, one row per förbund: written by the
// fact keeper, read back by a förbund's first pivot and the national view in place of the joins over its
// participations. Lines, each ended by a newline:
//   samordna-facts 1
//   texts N      then N lines: each distinct text once (\\, \n, \r and \t escaped), numbered from 0
//   facts N      then N lines of 20 tab-separated fields (texts by their number, dates as days since 1970-01-01,
//                an absent value empty)
//   budgets N    then N lines: insats id, year, öre
// The förbund's name is not kept: the service names the facts as it reads them.
#include <optional>
#include <string>
#include <string_view>

#include "follow_up/fact_set.hpp"

namespace samordna::storage {

// The first line, naming the text's form: a row in another form (an older version's) is kept again.
inline constexpr std::string_view kKeptFactsHeader = "samordna-facts 1";

std::string encode_kept_facts(const core::FactSet& set);

// nullopt unless the text is whole and well-formed (the reader then reads the facts afresh).
std::optional<core::FactSet> decode_kept_facts(std::string_view text);

}  // namespace samordna::storage

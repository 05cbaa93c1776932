#pragma once
// Equity (eget kapital) year by year: what was received, what it cost, the result, and the equity carried
// over (Trelleborg's förbund carried 1 373 tkr from 2017 into 2018). Equity above a share of the year's
// contributions is flagged: it reduces later state allocations.
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "kernel/error.hpp"
#include "kernel/money.hpp"

namespace samordna::core {

struct EquityEntry {
  int year = 0;
  std::optional<Money> opening;  // entered for the first year only; later years carry the previous closing
  Money received;                // contributions and other income received in the year
  Money costs;
  std::int64_t version = 1;
};

struct EquityYear {
  int year = 0;
  Money opening;
  Money received;
  Money costs;
  Money result;                          // received − costs
  Money closing;                         // opening + result, the next year's opening
  Money contributions;                   // the year's budgeted member contributions
  std::optional<std::int64_t> share_bp;  // closing / contributions
  bool flagged = false;
  std::int64_t version = 1;
};

// Builds the ledger from entries in any order. `contributions` maps a year to its budget total.
std::vector<EquityYear> equity_ledger(std::vector<EquityEntry> entries, const std::map<int, Money>& contributions,
                                      std::int64_t limit_bp);

// Field errors: receivedOre|costsOre negative; openingOre required (the first year) .
Result<void> validate_equity_entry(const EquityEntry& entry, bool first_year);

}  // namespace samordna::core

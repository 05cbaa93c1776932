#include "finance/domain/equity.hpp"

#include <algorithm>

#include "finance/domain/allocation.hpp"
#include "membership/domain/membership.hpp"

namespace samordna::core {

std::vector<EquityYear> equity_ledger(std::vector<EquityEntry> entries, const std::map<int, Money>& contributions,
                                      std::int64_t limit_bp) {
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.year < b.year; });
  std::vector<EquityYear> out;
  for (const auto& e : entries) {
    EquityYear y;
    y.year = e.year;
    y.opening = out.empty() ? e.opening.value_or(Money()) : out.back().closing;
    y.received = e.received;
    y.costs = e.costs;
    y.result = e.received - e.costs;
    y.closing = y.opening + y.result;
    auto c = contributions.find(e.year);
    y.contributions = c == contributions.end() ? Money() : c->second;
    y.share_bp = equity_share_bp(y.closing, y.contributions);
    y.flagged = y.share_bp && *y.share_bp > limit_bp;
    y.version = e.version;
    out.push_back(y);
  }
  return out;
}

Result<void> validate_equity_entry(const EquityEntry& entry, bool first_year) {
  FieldErrors errors;
  if (entry.received.in_ore() < 0) errors.add("receivedOre", "negative");
  if (entry.costs.in_ore() < 0) errors.add("costsOre", "negative");
  if (first_year && !entry.opening) errors.add("openingOre", "required");
  if (entry.year < 1900 || entry.year > 9999) errors.add("year", "invalid");
  return errors.result();
}

}  // namespace samordna::core

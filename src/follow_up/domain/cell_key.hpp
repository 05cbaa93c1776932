#pragma once
// Disclosure control that survives differencing (issue 11): the cell-key method, as in ABS TableBuilder and
// the R package cellKey. Every record (a person, an anonymous participation, a referral without a person, an
// attendance row) has a random 64-bit record key, kept secret; a figure's cell key is the sum of the keys of
// the records behind it. A protected count is the true count plus a small noise (-2..+2) looked up from the
// cell key and the count, so
// - the same records always give the same figure, whichever request, table, filter or format asks for them
//   (asking again, transposing or filtering to the same people teaches nothing new);
// - a difference of two figures (a total minus a cell, one period minus another) carries the noise of both,
//   so a hidden small count cannot be solved from the published ones;
// - totals are protected the same way as cells (from their own records), so they need not add up.
// Counts of 1..threshold-1 people stay hidden (threshold suppression), and a shown count is never below the
// threshold. See docs/privacy.md for the argument and its limits.
#include <cstdint>
#include <string_view>

namespace samordna::core {

// The secret record keys. Implemented over a key from the installation's key file (security), and by a seeded
// generator in tests.
class RecordKeys {
 public:
  virtual ~RecordKeys() = default;
  [[nodiscard]] virtual std::uint64_t key(std::string_view record) const = 0;
};

constexpr int kMaxNoise = 2;

// The noise (-kMaxNoise..kMaxNoise, each about one in five) for a count with this cell key.
int cell_noise(std::uint64_t cell_key, std::int64_t count);

// The published count: `count` plus its noise, never below `threshold` (a noise that would take it below is
// taken the other way). Only for counts of at least `threshold` people; smaller ones are hidden instead.
std::int64_t protected_count(std::int64_t count, std::uint64_t cell_key, int threshold);

// A published share in whole per cent: rounded to a multiple of 5 and moved by -5, 0 or +5 points by the cell
// key, kept within 0..100.
std::int64_t protected_percent(std::int64_t percent, std::uint64_t cell_key);

}  // namespace samordna::core

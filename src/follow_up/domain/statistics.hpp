#pragma once
// The statistics engine: facts about participations, referrals and attendance, grouped into a pivot of
// rows × columns for one measure, with totals. The same engine feeds the UI, the API, exports and reports.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "follow_up/domain/cell_key.hpp"
#include "kernel/civil_date.hpp"
#include "kernel/error.hpp"
#include "kernel/money.hpp"

namespace samordna::core {

enum class Dimension {
  none,         // a single row or column "Totalt"
  association,  // the förbund (its name), for the national view over every förbund
  insats,
  insats_kind,
  intensity,  // extensive or light
  gender,
  kommun,    // of residence; "unknown" for anonymous participants
  referrer,  // the referring party (member); "none" for open entry
  target_group,
  age_band,  // at start: 16–19, 20–24, 25–29, 30–39, 40–49, 50–64, 65+, unknown
  reason,    // why a participation ended (exit reason) or a referral was returned; "none" otherwise
  year,
  quarter,
  month,
};
std::string_view to_string(Dimension d);
std::optional<Dimension> parse_dimension(std::string_view text);
const std::vector<Dimension>& all_dimensions();

enum class Measure {
  participations,            // started in the period
  unique_persons,            // distinct people by the pseudonymous key; each anonymous participation counts once
  active_persons,            // distinct people with a participation running at some time in the period (started
                             // on or before its end, not ended before its start); placed in period dimensions by
                             // the later of its start and the period's start
  ended,                     // ended in the period
  in_work_or_studies,        // ended in the period with work or studies at end
  left_support,              // ended in the period: on public support at start, none at end
  in_work_or_studies_share,  // of those who ended in the period, the share (whole per cent) in work or studies
  left_support_share,        // of those who ended in the period, the share that left public support
  referrals,                 // received in the period
  returned_referrals,        // returned in the period
  attendance,                // in structural insatser, in the period
  median_wait_days,          // referral to start, started in the period
  p90_wait_days,
  cost_per_participation,  // the insatser's budgets for the period's years / participations (öre)
  cost_per_person,
};
std::string_view to_string(Measure m);
std::optional<Measure> parse_measure(std::string_view text);
const std::vector<Measure>& all_measures();
// Counts add up over rows and columns; the others (distinct people, medians, costs) do not.
bool is_additive(Measure m);
// Whether the value is a share in whole per cent.
bool is_percent(Measure m);
// Whether the value is money in öre.
bool is_money(Measure m);

enum class FactKind { participation, referral, attendance };

// One fact. `on` is the date the measure's period is about (start, referral date, attendance date);
// `ended_on` for participations that ended.
struct Fact {
  FactKind kind = FactKind::participation;
  std::string association;  // the förbund's name
  std::int64_t insats_id = 0;
  std::string insats_name;
  std::string insats_kind;
  bool extensive = false;
  std::string gender;        // woman, man
  std::string kommun;        // code or "unknown"
  std::string referrer;      // member name or "none"
  std::string target_group;  // name or "none"
  std::string age_band;
  std::string reason = "none";  // participations: the exit reason; referrals: the return reason
  CivilDate on;
  std::optional<CivilDate> ended_on;
  std::optional<CivilDate> decided_on;  // referrals: when returned
  std::string person;                   // the record behind it: "person:<id>", "anonymous:<participation id>", …
  int weight = 1;                       // attendance: the number of people
  bool returned = false;
  std::optional<int> wait_days;
  bool work_or_studies_after = false;
  bool left_support = false;
};

std::string age_band(int age);

struct PivotRequest {
  Measure measure = Measure::participations;
  Dimension rows = Dimension::insats;
  Dimension columns = Dimension::gender;
  CivilDate from;
  CivilDate to;
  std::map<Dimension, std::string> filters;  // e.g. kommun = "1489"
};

// Field errors: to before_from; rows|columns invalid (the same dimension twice).
Result<void> validate_pivot(const PivotRequest& request);

struct Pivot {
  std::vector<std::string> rows;  // keys in order
  std::vector<std::string> columns;
  // values[r][c]; nullopt where no fact falls (or, for medians, nothing to take a median of)
  std::vector<std::vector<std::optional<std::int64_t>>> values;
  // The people behind each cell, for suppression: distinct persons (attendance: the people counted).
  std::vector<std::vector<std::int64_t>> counts;
  std::vector<std::optional<std::int64_t>> row_totals;
  std::vector<std::optional<std::int64_t>> column_totals;
  std::optional<std::int64_t> total;
  std::vector<std::int64_t> row_total_counts;
  std::vector<std::int64_t> column_total_counts;
  std::int64_t total_count = 0;
  // The cell keys (sums of the record keys behind each figure), for disclosure control; 0 without record keys.
  std::vector<std::vector<std::uint64_t>> cell_keys;
  std::vector<std::uint64_t> row_total_keys;
  std::vector<std::uint64_t> column_total_keys;
  std::uint64_t total_key = 0;
};

// Builds a pivot from facts added in batches (the national view adds one förbund at a time, so only one
// förbund's facts are in memory). Costs are shared out within each batch, so a batch holds whole insatser.
// People are keyed per förbund, so distinct persons add up across batches.
class PivotBuilder {
 public:
  // `keys` (may be null: every cell key 0) gives each record its secret key, for the cell keys.
  explicit PivotBuilder(PivotRequest request, const RecordKeys* keys = nullptr);
  ~PivotBuilder();
  PivotBuilder(const PivotBuilder&) = delete;
  PivotBuilder& operator=(const PivotBuilder&) = delete;
  void add(const std::vector<Fact>& facts, const std::map<std::pair<std::int64_t, int>, Money>& budgets = {});
  [[nodiscard]] Pivot finish() const;

 private:
  struct State;
  PivotRequest request_;
  const RecordKeys* keys_;
  std::unique_ptr<State> state_;
};

// `budgets` maps an insats id and year to its budget, for the cost measures.
Pivot pivot(const std::vector<Fact>& facts, const PivotRequest& request,
            const std::map<std::pair<std::int64_t, int>, Money>& budgets = {}, const RecordKeys* keys = nullptr);

}  // namespace samordna::core

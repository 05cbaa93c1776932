#pragma once
// The yearly figures a förbund reports to Försäkringskassan's "Uppföljning Finsam": participants by gender
// in each individual insats (people whose participation ran some time in the year, each person once per
// insats and once in the total), attendance by gender in each structural insats, the funds from each kind
// of party (budgeted and received), and equity. Exact for the förbundschef who reports them and for staff
// with personal data; small cells suppressed for everyone else and when marked for publication.
#include <optional>
#include <vector>

#include "finance/domain/equity.hpp"
#include "finance/finance_service.hpp"
#include "follow_up/statistics_service.hpp"

namespace samordna::core {

struct FinsamFunds {
  PartyKind kind = PartyKind::fk;
  Money budgeted;
  Money received;  // contributions marked paid
};

struct FinsamFigures {
  int year = 0;
  StatisticsResult individual;     // active_persons, insats × gender, individual insatser
  StatisticsResult structural;     // attendance, insats × gender, structural insatser
  std::vector<FinsamFunds> funds;  // fk, af, region, kommun; empty without a budget for the year
  Money budgeted;
  Money received;
  std::optional<EquityYear> equity;
};

// The funds by kind of party from a year's contributions and their payments.
std::vector<FinsamFunds> funds_by_party(const BudgetView& budget);

class FinsamService {
 public:
  FinsamService(StatisticsService& statistics, FinanceService& finance, AssociationRepository& associations)
      : statistics_(statistics), finance_(finance), associations_(associations) {}

  // Codes: not_found; field errors: year invalid | before_data (before the förbund was formed) | after_data
  // (after this year); threshold too_low.
  Result<FinsamFigures> figures(std::int64_t association_id, int year, int threshold, bool publish, bool exact_allowed);

  // The pieces, for a report that asks more over the same read of the facts. The year as a period (from
  // the day the förbund was formed, in its first year); codes: not_found, year invalid.
  Result<std::pair<CivilDate, CivilDate>> period(std::int64_t association_id, int year);
  // The two statistics queries: participants (individual insatser) and attendance (structural ones).
  static std::vector<StatisticsQuery> queries(std::pair<CivilDate, CivilDate> period, int threshold, bool publish);
  // The statistics' period errors (from, to) reported on the year.
  static Error on_year(Error error);
  // The figures from the two queries' results, with the year's funds and equity.
  FinsamFigures assemble(std::int64_t association_id, int year, StatisticsResult individual,
                         StatisticsResult structural);

 private:
  StatisticsService& statistics_;
  FinanceService& finance_;
  AssociationRepository& associations_;
};

}  // namespace samordna::core

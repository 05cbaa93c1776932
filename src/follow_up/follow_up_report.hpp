#pragma once
// The yearly follow-up report for the board and the members: what the förbund did in a year (participants,
// referrals, waits, outcomes, costs), for whom (by insats, gender, kommun, referring party), with the year's
// Uppföljning Finsam figures, funds and equity. It leaves the förbund's staff, so small cells are always
// suppressed.
#include <string>
#include <vector>

#include "follow_up/finsam_figures.hpp"

namespace samordna::core {

struct FollowUpReport {
  std::string association_name;
  int year = 0;
  FinsamFigures finsam;
  std::vector<Figure> key_figures;  // one total each: started, people, ended, outcomes, referrals, waits, costs
  std::vector<Figure> figures;      // breakdowns by insats, quarter, kommun, referring party
};

// A share in per cent (rounded half up) of part in whole, when both are known and whole is not zero.
std::optional<std::int64_t> percent_of(const std::optional<std::int64_t>& part,
                                       const std::optional<std::int64_t>& whole);

class FollowUpReportService {
 public:
  FollowUpReportService(StatisticsService& statistics, FinsamService& finsam, AssociationRepository& associations)
      : statistics_(statistics), finsam_(finsam), associations_(associations) {}

  // Codes: not_found; field errors as Uppföljning Finsam (year …, threshold too_low).
  Result<FollowUpReport> report(std::int64_t association_id, int year, int threshold);

 private:
  StatisticsService& statistics_;
  FinsamService& finsam_;
  AssociationRepository& associations_;
};

}  // namespace samordna::core

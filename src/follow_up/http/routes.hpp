#pragma once
// The follow-up context's routes: statistics, Uppföljning Finsam, the follow-up report and member value.
// Handlers receive this context's services (and the few lookups they answer 404 or 409 with), never the whole
// installation; app/api/api.cpp registers every context's routes.
#include "access/http/router.hpp"
#include "audit/audit_trail.hpp"
#include "follow_up/finsam_figures.hpp"
#include "follow_up/follow_up_report.hpp"
#include "follow_up/member_value.hpp"
#include "follow_up/statistics_service.hpp"
#include "membership/membership_service.hpp"

namespace samordna::http {

struct FollowUpRoutes {
  core::MembershipService& membership;
  core::AuditTrail& audit;
  core::FinsamService& finsam;
  core::FollowUpReportService& follow_up;
  core::StatisticsService& statistics;
  core::MemberValueService& member_value;
};

void register_statistics_routes(Router& router, FollowUpRoutes& deps);
void register_report_routes(Router& router, FollowUpRoutes& deps);
void register_finsam_routes(Router& router, FollowUpRoutes& deps);

}  // namespace samordna::http

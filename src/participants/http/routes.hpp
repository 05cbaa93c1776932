#pragma once
// The participants context's routes: insatser and staff, referrals and queues, participants and their
// participations.
// Handlers receive this context's services (and the few lookups they answer 404 or 409 with), never the whole
// installation; app/api/api.cpp registers every context's routes.
#include <memory>

#include "access/http/router.hpp"
#include "access/http/scope.hpp"
#include "access/user_admin_service.hpp"
#include "participants/caseload_service.hpp"
#include "participants/http/insatser_answers.hpp"
#include "participants/insats_service.hpp"
#include "participants/participant_service.hpp"
#include "participants/referral_service.hpp"

namespace samordna::http {

struct ParticipantRoutes {
  core::InsatsService& insatser;
  core::ReferralService& referrals;
  core::ParticipantService& participants;
  core::CaseloadService& caseload;
  core::UserAdminService& user_admin;
  ScopeSources scope;
  std::shared_ptr<InsatserAnswers> insatser_lists;  // the lists of insatser, kept while unchanged
};

void register_insats_routes(Router& router, ParticipantRoutes& deps);
void register_referral_routes(Router& router, ParticipantRoutes& deps);
void register_participant_routes(Router& router, ParticipantRoutes& deps);
void register_caseload_routes(Router& router, ParticipantRoutes& deps);

}  // namespace samordna::http

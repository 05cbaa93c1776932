#pragma once
// The membership context's routes: förbund, members and their notices, charters, processing agreements.
// Handlers receive this context's services (and the few lookups they answer 404 or 409 with), never the whole
// installation; app/api/api.cpp registers every context's routes.
#include <memory>

#include "access/http/router.hpp"
#include "kernel/clock.hpp"
#include "membership/http/members_answers.hpp"
#include "membership/membership_service.hpp"
#include "membership/processing_agreement_service.hpp"

namespace samordna::http {

struct MembershipRoutes {
  core::MembershipService& membership;
  core::ProcessingAgreementService& agreements;
  const core::Clock& clock;
  std::shared_ptr<MembersAnswers> members;  // the lists of members, kept while unchanged
};

void register_association_routes(Router& router, MembershipRoutes& deps);
void register_member_routes(Router& router, MembershipRoutes& deps);
void register_charter_routes(Router& router, MembershipRoutes& deps);
void register_processing_agreement_routes(Router& router, MembershipRoutes& deps);

}  // namespace samordna::http

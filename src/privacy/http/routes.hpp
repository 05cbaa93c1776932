#pragma once
// The privacy context's routes: the data subject's rights, the processing record and the participation
// export.
// Handlers receive this context's services (and the few lookups they answer 404 or 409 with), never the whole
// installation; app/api/api.cpp registers every context's routes.
#include "access/http/router.hpp"
#include "access/http/scope.hpp"
#include "membership/membership_service.hpp"
#include "membership/processing_agreement_service.hpp"
#include "privacy/data_subject_service.hpp"
#include "privacy/participation_export_service.hpp"

namespace samordna::http {

struct PrivacyRoutes {
  core::MembershipService& membership;
  core::ProcessingAgreementService& agreements;
  core::DataSubjectService& data_subjects;
  core::ParticipationExportService& exports;
  ScopeSources scope;
};

void register_data_subject_routes(Router& router, PrivacyRoutes& deps);
void register_participation_export_routes(Router& router, PrivacyRoutes& deps);

}  // namespace samordna::http

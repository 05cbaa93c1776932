#pragma once
// The privacy context's routes: the data subject's rights, the processing record and the participation
// export.
// Handlers receive this context's services (and the few lookups they answer 404 or 409 with), never the whole
// installation; app/api/api.cpp registers every context's routes.
#include "access/http/router.hpp"
#include "access/http/scope.hpp"
#include "audit/audit_trail.hpp"
#include "kernel/clock.hpp"
#include "membership/ports.hpp"
#include "membership/processing_agreement_service.hpp"
#include "participants/ports.hpp"
#include "privacy/data_subject_service.hpp"
#include "privacy/domain/participation_export.hpp"

namespace samordna::http {

struct PrivacyRoutes {
  core::AssociationRepository& associations;
  core::ProcessingAgreementService& agreements;
  core::DataSubjectService& data_subjects;
  core::InsatsRepository& insats_repository;
  core::ParticipationExportRepository& participation_export;
  core::AuditTrail& audit;
  const core::Clock& clock;
  ScopeSources scope;
};

void register_data_subject_routes(Router& router, PrivacyRoutes& deps);
void register_participation_export_routes(Router& router, PrivacyRoutes& deps);

}  // namespace samordna::http

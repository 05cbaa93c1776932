#pragma once
// The history import's routes: the saved column mapping, and an uploaded spreadsheet checked (dry run) or
// imported. app/api/api.cpp registers them with every other context's.
#include "access/http/router.hpp"
#include "access/http/scope.hpp"
#include "history_import/budget_import_service.hpp"
#include "history_import/http/import_stream.hpp"
#include "history_import/insats_import_service.hpp"
#include "history_import/participation_import_service.hpp"

namespace samordna::http {

struct HistoryImportRoutes {
  core::ParticipationImportService& imports;
  core::InsatsImportService& insatser;
  core::BudgetImportService& budgets;
  ScopeSources scope;
  // Imports that stream their progress run here; the last copy of the routes waits for them when it goes.
  std::shared_ptr<ImportRunner> runner = std::make_shared<ImportRunner>();
};

// Whether a request may carry a spreadsheet (a larger body than others): a POST to …/{id}/participation-imports,
// …/{id}/insats-imports or …/{id}/budget-imports.
bool is_import_upload(std::string_view method, std::string_view path);

void register_history_import_routes(Router& router, HistoryImportRoutes& deps);

}  // namespace samordna::http

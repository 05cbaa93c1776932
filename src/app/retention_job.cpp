#include "app/retention_job.hpp"

#include <spdlog/spdlog.h>

#include <chrono>

namespace samordna::app {

int run_retention_everywhere(Installation& installation, bool dry_run, const std::function<bool()>& stopping) {
  const core::Actor system{0, "retention", ""};
  int removed = 0;
  for (const auto& a : installation.associations.list_associations()) {
    if (stopping && stopping()) break;
    auto report = installation.retention.run(system, a.id, installation.clock.today(), dry_run);
    if (report) removed += report->removed;
  }
  return removed;
}

std::unique_ptr<BackgroundJob> start_retention_job(Installation& installation) {
  return std::make_unique<BackgroundJob>(
      "retention run", std::chrono::hours(24), [&installation, first = true](const auto& stopping) mutable {
        if (!first) installation.audit.checkpoint("daily");  // serve writes the one at start
        first = false;
        const int removed = run_retention_everywhere(installation, false, stopping);
        if (removed > 0) spdlog::info("retention: removed {} identities past their förbund's limit", removed);
      });
}

}  // namespace samordna::app

#include "app/fact_keeper_job.hpp"

#include <spdlog/spdlog.h>

namespace samordna::app {

std::unique_ptr<BackgroundJob> start_fact_keeper_job(Installation& installation, std::chrono::seconds interval) {
  return std::make_unique<BackgroundJob>(
      "keeping statistics facts", interval,
      [&installation](const auto& stopping) {
        const auto started = std::chrono::steady_clock::now();
        const int kept = installation.fact_keeper.keep_changed(stopping);
        if (kept > 0) {
          spdlog::info("statistics: kept the facts of {} förbund in {} ms", kept,
                       std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started)
                           .count());
        }
      },
      10);
}

}  // namespace samordna::app

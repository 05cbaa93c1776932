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

RetentionJob::RetentionJob(Installation& installation) : installation_(installation), thread_([this] { loop(); }) {}

RetentionJob::~RetentionJob() { stop(); }

void RetentionJob::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void RetentionJob::loop() {
  std::unique_lock lock(mutex_);
  bool first = true;
  while (!stopping_) {
    lock.unlock();
    try {
      if (!first) installation_.audit.checkpoint("daily");  // serve writes the one at start
      first = false;
      const int removed = run_retention_everywhere(installation_, false, [this] {
        std::lock_guard stopping_lock(mutex_);
        return stopping_;
      });
      if (removed > 0) spdlog::info("retention: removed {} identities past their förbund's limit", removed);
    } catch (const std::exception& e) {
      spdlog::error("retention run failed: {}", e.what());
    }
    lock.lock();
    wake_.wait_for(lock, std::chrono::hours(24), [this] { return stopping_; });
  }
}

}  // namespace samordna::app

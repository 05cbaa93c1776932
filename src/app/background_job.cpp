#include "app/background_job.hpp"

#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <unistd.h>

namespace samordna::app {

BackgroundJob::BackgroundJob(std::string name, std::chrono::seconds interval, Task task, int nice)
    : name_(std::move(name)), interval_(interval), task_(std::move(task)), nice_(nice), thread_([this] { loop(); }) {}

BackgroundJob::~BackgroundJob() { stop(); }

void BackgroundJob::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

bool BackgroundJob::stopping() {
  std::lock_guard lock(mutex_);
  return stopping_;
}

void BackgroundJob::loop() {
  // For this thread only (Linux applies nice per thread); failing to lower it is harmless.
  if (nice_ > 0) (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), nice_);
  const std::function<bool()> asked_to_stop = [this] { return stopping(); };
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    try {
      task_(asked_to_stop);
    } catch (const std::exception& e) {
      spdlog::error("{} failed: {}", name_, e.what());
    }
    lock.lock();
    wake_.wait_for(lock, interval_, [this] { return stopping_; });
  }
}

}  // namespace samordna::app

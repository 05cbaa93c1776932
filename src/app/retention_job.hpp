#pragma once
// Runs retention for every förbund now and then once a day until stopped (the server's daily run).
#include <condition_variable>
#include <mutex>
#include <thread>

#include "app/installation.hpp"

namespace samordna::app {

// Runs retention for every förbund once; returns how many identities were removed.
int run_retention_everywhere(Installation& installation, bool dry_run = false);

class RetentionJob {
 public:
  explicit RetentionJob(Installation& installation);
  ~RetentionJob();  // stops and joins
  RetentionJob(const RetentionJob&) = delete;
  RetentionJob& operator=(const RetentionJob&) = delete;

 private:
  void loop();
  Installation& installation_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace samordna::app

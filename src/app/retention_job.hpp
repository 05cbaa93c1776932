#pragma once
// Runs retention for every förbund now and then once a day until stopped (the server's daily run).
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "app/installation.hpp"

namespace samordna::app {

// Runs retention for every förbund once; returns how many identities were removed. `stopping`, when given, is
// asked before each förbund: true ends the run there.
int run_retention_everywhere(Installation& installation, bool dry_run = false,
                             const std::function<bool()>& stopping = {});

class RetentionJob {
 public:
  explicit RetentionJob(Installation& installation);
  ~RetentionJob();  // stops and joins
  // Ends the run at the next förbund and waits for it; nothing runs after. The server calls it before its
  // shutdown checkpoint, so that checkpoint never waits for a retention pass holding the audit log.
  void stop();
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

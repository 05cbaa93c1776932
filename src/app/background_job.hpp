#pragma once
// A task the server runs on a thread of its own: now, then every `interval`, until stopped. A pass that throws is
// logged, and the next runs as planned. The task is handed `stopping`, to end a long pass early.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace samordna::app {

class BackgroundJob {
 public:
  using Task = std::function<void(const std::function<bool()>& stopping)>;
  // `nice` > 0 lowers the thread's priority (requests first).
  BackgroundJob(std::string name, std::chrono::seconds interval, Task task, int nice = 0);
  ~BackgroundJob();  // stops and joins
  // Asks a running pass to end and waits for it; nothing runs after.
  void stop();
  BackgroundJob(const BackgroundJob&) = delete;
  BackgroundJob& operator=(const BackgroundJob&) = delete;

 private:
  void loop();
  [[nodiscard]] bool stopping();
  std::string name_;
  std::chrono::seconds interval_;
  Task task_;
  int nice_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace samordna::app

#pragma once
// Password hashing on threads of its own. Argon2id takes 70–80 ms of CPU and 64 MiB per hash; on the request
// workers, 20 logins a second made an ordinary read wait 1.4 s. Here hashes run on a few threads of lower
// CPU priority (nice +10, so reads go first), and at most `max_waiting` requests wait for one: the next is
// refused at once with core::Unavailable (code server_busy, 503 with Retry-After) rather than tying up
// the request workers.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "kernel/secrets.hpp"

namespace samordna::security {

class HashingPool final : public core::PasswordHasher {
 public:
  // `inner` does the hashing and must outlive the pool. `threads` ≥ 1 and `max_waiting` ≥ 1 (the hashes
  // queued or running at once).
  HashingPool(const core::PasswordHasher& inner, int threads, std::size_t max_waiting);
  ~HashingPool() override;
  HashingPool(const HashingPool&) = delete;
  HashingPool& operator=(const HashingPool&) = delete;

  [[nodiscard]] std::string hash(const std::string& password) const override;
  [[nodiscard]] bool verify(const std::string& stored_hash, const std::string& password) const override;

  [[nodiscard]] std::size_t waiting() const;  // queued or running now

 private:
  void run(std::function<void()> job) const;  // blocks until `job` has run on a pool thread
  void work();

  const core::PasswordHasher& inner_;
  const std::size_t max_waiting_;
  mutable std::mutex mutex_;
  mutable std::condition_variable ready_;
  mutable std::deque<std::function<void()>> queue_;
  mutable std::size_t waiting_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace samordna::security

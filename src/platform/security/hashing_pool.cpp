#include "platform/security/hashing_pool.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <exception>
#include <future>
#include <memory>
#include <stdexcept>

#include "kernel/error.hpp"

namespace samordna::security {

HashingPool::HashingPool(const core::PasswordHasher& inner, int threads, std::size_t max_waiting)
    : inner_(inner), max_waiting_(max_waiting) {
  if (threads < 1 || max_waiting < 1) throw std::invalid_argument("a hashing pool needs a thread and a place");
  for (int i = 0; i < threads; ++i) threads_.emplace_back([this] { work(); });
}

HashingPool::~HashingPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  for (auto& t : threads_) t.join();
}

void HashingPool::work() {
  // Lower priority for this thread only (Linux applies nice per thread); failing to lower it is harmless.
  (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and nothing left to do
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    job();
  }
}

void HashingPool::run(std::function<void()> job) const {
  auto done = std::make_shared<std::promise<void>>();
  auto finished = done->get_future();
  {
    std::lock_guard lock(mutex_);
    if (waiting_ >= max_waiting_) {
      throw core::Unavailable("password hashing is saturated (" + std::to_string(waiting_) + " waiting)",
                              "server_busy");
    }
    ++waiting_;
    queue_.emplace_back([job = std::move(job), done, this] {
      std::exception_ptr failure;
      try {
        job();
      } catch (...) {
        failure = std::current_exception();
      }
      {
        std::lock_guard inner_lock(mutex_);
        --waiting_;
      }
      if (failure) {
        done->set_exception(failure);
      } else {
        done->set_value();
      }
    });
  }
  ready_.notify_one();
  finished.get();  // rethrows what the hasher threw
}

std::string HashingPool::hash(const std::string& password) const {
  std::string out;
  run([&] { out = inner_.hash(password); });
  return out;
}

bool HashingPool::verify(const std::string& stored_hash, const std::string& password) const {
  bool ok = false;
  run([&] { ok = inner_.verify(stored_hash, password); });
  return ok;
}

std::size_t HashingPool::waiting() const {
  std::lock_guard lock(mutex_);
  return waiting_;
}

}  // namespace samordna::security

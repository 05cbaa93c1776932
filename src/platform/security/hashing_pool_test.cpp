#include "platform/security/hashing_pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "kernel/error.hpp"

namespace samordna::security {
namespace {

// A hasher that holds every call until the test opens the gate, and counts the calls that have begun.
class GatedHasher final : public core::PasswordHasher {
 public:
  [[nodiscard]] std::string hash(const std::string& password) const override {
    wait();
    if (password == "boom") throw std::runtime_error("hasher failed");
    return "h:" + password;
  }
  [[nodiscard]] bool verify(const std::string& stored_hash, const std::string& password) const override {
    wait();
    return stored_hash == "h:" + password;
  }
  void open() {
    {
      std::lock_guard lock(mutex_);
      open_ = true;
    }
    changed_.notify_all();
  }
  void wait_until_begun(int n) const {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return begun_ >= n; });
  }

 private:
  void wait() const {
    std::unique_lock lock(mutex_);
    ++begun_;
    changed_.notify_all();
    changed_.wait(lock, [&] { return open_; });
  }
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  mutable int begun_ = 0;
  bool open_ = false;
};

TEST(HashingPool, HashesAndVerifiesThroughTheInnerHasher) {
  GatedHasher inner;
  inner.open();
  HashingPool pool(inner, 2, 4);
  const std::string stored = pool.hash("secret");
  EXPECT_EQ(stored, "h:secret");
  EXPECT_TRUE(pool.verify(stored, "secret"));
  EXPECT_FALSE(pool.verify(stored, "wrong"));
  EXPECT_EQ(pool.waiting(), 0u);
}

TEST(HashingPool, AFullQueueRefusesAtOnceWithServerBusy) {
  GatedHasher inner;
  HashingPool pool(inner, 1, 3);
  std::vector<std::future<bool>> waiting;
  for (int i = 0; i < 3; ++i) {
    waiting.push_back(std::async(std::launch::async, [&] { return pool.verify("h:pw", "pw"); }));
  }
  inner.wait_until_begun(1);  // one runs on the pool's single thread, two wait in its queue
  while (pool.waiting() < 3) std::this_thread::yield();
  try {
    (void)pool.verify("h:pw", "pw");
    FAIL() << "a fourth hash was accepted with three waiting";
  } catch (const core::Unavailable& e) {
    EXPECT_EQ(e.code(), "server_busy");
  }
  inner.open();
  for (auto& w : waiting) EXPECT_TRUE(w.get());
  EXPECT_EQ(pool.waiting(), 0u);
  EXPECT_TRUE(pool.verify("h:pw", "pw"));  // room again once the queue has drained
}

TEST(HashingPool, AHasherFailureReachesTheCallerAndFreesItsPlace) {
  GatedHasher inner;
  inner.open();
  HashingPool pool(inner, 1, 1);
  EXPECT_THROW((void)pool.hash("boom"), std::runtime_error);
  EXPECT_EQ(pool.waiting(), 0u);
  EXPECT_EQ(pool.hash("ok"), "h:ok");
}

TEST(HashingPool, RunsOnSeveralThreadsAtOnce) {
  GatedHasher inner;
  HashingPool pool(inner, 2, 2);
  auto a = std::async(std::launch::async, [&] { return pool.hash("a"); });
  auto b = std::async(std::launch::async, [&] { return pool.hash("b"); });
  inner.wait_until_begun(2);  // both begun before either may finish: two threads
  inner.open();
  EXPECT_EQ(a.get(), "h:a");
  EXPECT_EQ(b.get(), "h:b");
}

TEST(HashingPool, RefusesAPoolWithoutThreadsOrPlaces) {
  GatedHasher inner;
  EXPECT_THROW(HashingPool(inner, 0, 1), std::invalid_argument);
  EXPECT_THROW(HashingPool(inner, 1, 0), std::invalid_argument);
}

}  // namespace
}  // namespace samordna::security

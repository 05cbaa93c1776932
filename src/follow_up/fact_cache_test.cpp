// FactCache: a förbund's facts are read once per version, a new version reads them again, the least recently used
// are let go to stay within the budget, a set too large for it is never kept, and sets handed out outlive
// their place in the cache.
#include "follow_up/fact_cache.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace samordna::core {
namespace {

FactSet facts(int n, const std::string& insats = "Balder") {
  FactSet set;
  set.facts.reserve(std::size_t(n));  // as kept: no room to grow
  for (int i = 0; i < n; ++i) {
    Fact f;
    f.insats_name = insats;
    f.person = "person:" + std::to_string(i);
    set.facts.push_back(f);
  }
  return set;
}

TEST(FactCache, ReadsOncePerVersion) {
  FactCache cache;
  int reads = 0;
  auto read = [&] {
    ++reads;
    return facts(3);
  };
  auto first = cache.get(1, 7, read);
  auto again = cache.get(1, 7, read);
  EXPECT_EQ(reads, 1);
  EXPECT_EQ(first.get(), again.get());
  auto changed = cache.get(1, 8, read);
  EXPECT_EQ(reads, 2);
  EXPECT_NE(first.get(), changed.get());
  EXPECT_EQ(first->facts.size(), 3U);  // still whole for its holder
  EXPECT_EQ(cache.size(), 1U);
  cache.get(1, 8, read);
  EXPECT_EQ(reads, 2);
}

TEST(FactCache, AnOlderVersionIsReadForItsCallerAndDoesNotPushOutTheNewer) {
  FactCache cache;
  int reads = 0;
  auto read = [&] {
    ++reads;
    return facts(2);
  };
  auto newer = cache.get(1, 8, read);
  auto older = cache.get(1, 7, read);  // a caller behind the change: its own read, not kept
  EXPECT_EQ(reads, 2);
  EXPECT_NE(older.get(), newer.get());
  EXPECT_EQ(cache.get(1, 8, read).get(), newer.get());
  EXPECT_EQ(reads, 2);
}

TEST(FactCache, EachForbundHasItsOwn) {
  FactCache cache;
  auto one = cache.get(1, 1, [] { return facts(1, "Ett"); });
  auto two = cache.get(2, 1, [] { return facts(2, "Två"); });
  EXPECT_EQ(cache.get(1, 1, [] { return facts(0); })->facts.at(0).insats_name, "Ett");
  EXPECT_EQ(cache.get(2, 1, [] { return facts(0); })->facts.at(1).insats_name, "Två");
  EXPECT_EQ(cache.size(), 2U);
}

TEST(FactCache, TheLeastRecentlyUsedGoFirstToStayWithinTheBudget) {
  const std::size_t one = approximate_bytes(facts(100));
  FactCache cache(one * 2 + one / 2);  // room for two
  int reads = 0;
  auto read = [&] {
    ++reads;
    return facts(100);
  };
  cache.get(1, 1, read);
  cache.get(2, 1, read);
  cache.get(1, 1, read);  // 1 is now the more recent
  cache.get(3, 1, read);  // lets 2 go
  EXPECT_EQ(reads, 3);
  EXPECT_EQ(cache.size(), 2U);
  EXPECT_LE(cache.bytes(), one * 2 + one / 2);
  cache.get(1, 1, read);
  cache.get(3, 1, read);
  EXPECT_EQ(reads, 3);
  cache.get(2, 1, read);
  EXPECT_EQ(reads, 4);
}

TEST(FactCache, ASetLargerThanTheBudgetOrNotToBeKeptIsNotKept) {
  FactCache cache(approximate_bytes(facts(10)));
  int reads = 0;
  auto read = [&] {
    ++reads;
    return facts(1000);
  };
  EXPECT_EQ(cache.get(1, 1, read)->facts.size(), 1000U);
  cache.get(1, 1, read);
  EXPECT_EQ(reads, 2);
  EXPECT_EQ(cache.size(), 0U);
  cache.get(
      2, 1, [] { return facts(1); }, false);
  EXPECT_EQ(cache.size(), 0U);
  EXPECT_EQ(cache.bytes(), 0U);
}

TEST(FactCache, TextsBeyondTheInlineSizeCount) {
  EXPECT_GT(approximate_bytes(facts(10, std::string(100, 'x'))), approximate_bytes(facts(10)) + 10 * 100);
}

TEST(FactCache, ManyThreadsAtOnce) {
  FactCache cache(approximate_bytes(facts(50)) * 3);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&cache, t] {
      for (int i = 0; i < 500; ++i) {
        const std::int64_t association = (i + t) % 5;
        auto set = cache.get(association, i / 100, [] { return facts(50); });
        ASSERT_EQ(set->facts.size(), 50U);
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_LE(cache.size(), 3U);
}

}  // namespace
}  // namespace samordna::core

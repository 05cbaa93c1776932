// CounterWatch on its own: unknown until read, unknown from a write or a told change until the read after it, a
// read begun before a write is not kept, and the write wakes whoever reads.
#include "platform/database/counter_watch.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace samordna::storage {
namespace {

TEST(CounterWatch, UnknownUntilTheFirstRead) {
  CounterWatch watch({"access_version", "members_version"});
  EXPECT_FALSE(watch.known(0).has_value());
  EXPECT_FALSE(watch.known(1).has_value());
  EXPECT_TRUE(watch.read(watch.begin_read(), {7, 3}));
  EXPECT_EQ(watch.known(0), 7);
  EXPECT_EQ(watch.known(1), 3);
  EXPECT_FALSE(watch.known(2).has_value());  // no such counter
}

TEST(CounterWatch, AWriteOrAToldChangeMakesThemUnknownUntilTheNextRead) {
  CounterWatch watch({"access_version"});
  int woken = 0;
  watch.on_written([&] { ++woken; });
  ASSERT_TRUE(watch.read(watch.begin_read(), {1}));
  watch.written();
  EXPECT_EQ(woken, 1);
  EXPECT_FALSE(watch.known(0).has_value());
  ASSERT_TRUE(watch.read(watch.begin_read(), {2}));
  EXPECT_EQ(watch.known(0), 2);
  watch.unknown();
  EXPECT_EQ(woken, 1);  // only a write wakes
  EXPECT_FALSE(watch.known(0).has_value());
}

TEST(CounterWatch, AReadBegunBeforeAWriteIsNotKept) {
  CounterWatch watch({"access_version"});
  const auto begun = watch.begin_read();
  watch.written();  // committed while the read ran: what it read may be older
  EXPECT_FALSE(watch.read(begun, {5}));
  EXPECT_FALSE(watch.known(0).has_value());
  EXPECT_TRUE(watch.read(watch.begin_read(), {6}));
  EXPECT_EQ(watch.known(0), 6);
}

TEST(CounterWatch, OneValuePerTable) {
  CounterWatch watch({"access_version", "members_version"});
  EXPECT_THROW(watch.read(watch.begin_read(), {1}), std::invalid_argument);
}

// Writers and a reader at once: a value known after a write has returned is never one read before it.
TEST(CounterWatch, NeverKnowsAValueOlderThanAWriteThatHasReturned) {
  CounterWatch watch({"members_version"});
  std::atomic<std::int64_t> stored{1};
  std::atomic<bool> done{false};
  std::thread reader([&] {  // the listener: reads the stored value again and again
    while (!done) {
      const auto begun = watch.begin_read();
      const auto value = stored.load();
      watch.read(begun, {value});
    }
  });
  int stale = 0;
  for (int i = 0; i < 20'000; ++i) {
    stored.fetch_add(1);  // the commit
    watch.written();      // then the database tells
    const auto after = stored.load();
    if (auto known = watch.known(0); known && *known < after) ++stale;
  }
  done = true;
  reader.join();
  EXPECT_EQ(stale, 0);
}

}  // namespace
}  // namespace samordna::storage

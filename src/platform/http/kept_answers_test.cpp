// KeptAnswers: made once per key while the number and the day stay, made again when either moves, and safe when
// many threads ask at once.
#include "platform/http/kept_answers.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace samordna::http {
namespace {

core::CivilDate d(const char* iso) { return *core::CivilDate::parse(iso); }

TEST(KeptAnswers, MadeOnceWhileTheNumberAndTheDayStay) {
  KeptAnswers kept;
  int made = 0;
  auto make = [&] { return "answer " + std::to_string(++made); };
  EXPECT_EQ(kept.text(1, 7, d("2026-12-05"), make), "answer 1");
  EXPECT_EQ(kept.text(1, 7, d("2026-12-05"), make), "answer 1");
  EXPECT_EQ(kept.text(1, 8, d("2026-12-05"), make), "answer 2");  // a change
  EXPECT_EQ(kept.text(1, 8, d("2026-12-06"), make), "answer 3");  // a new day
  EXPECT_EQ(kept.text(2, 8, d("2026-12-06"), make), "answer 4");  // another förbund
  EXPECT_EQ(kept.text(1, 8, d("2026-12-06"), make), "answer 3");
  EXPECT_EQ(kept.kept(), 2U);
  EXPECT_EQ(made, 4);
}

TEST(KeptAnswers, ASlowerAnswerAtAnOlderNumberLeavesTheNewerOneKept) {
  KeptAnswers kept;
  const auto day = d("2026-12-05");
  EXPECT_EQ(kept.text(1, 8, day, [] { return std::string("after the change"); }), "after the change");
  // A request that read number 7 before the change and finishes after: its own answer, not kept.
  EXPECT_EQ(kept.text(1, 7, day, [] { return std::string("before the change"); }), "before the change");
  int made = 0;
  EXPECT_EQ(kept.text(1, 8, day, [&] { return "made " + std::to_string(++made); }), "after the change");
  EXPECT_EQ(made, 0);
}

TEST(KeptAnswers, AnAnswerThatFailsIsNotKept) {
  KeptAnswers kept;
  EXPECT_THROW(kept.text(1, 1, d("2026-12-05"), []() -> std::string { throw std::runtime_error("database"); }),
               std::runtime_error);
  EXPECT_EQ(kept.kept(), 0U);
  EXPECT_EQ(kept.text(1, 1, d("2026-12-05"), [] { return std::string("ok"); }), "ok");
}

TEST(KeptAnswers, ManyThreadsGetTheAnswerOfTheirNumber) {
  KeptAnswers kept;
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2'000; ++i) {
        const std::int64_t version = (i + t) % 3;
        auto text = kept.text(1, version, d("2026-12-05"), [&] { return "v" + std::to_string(version); });
        if (text != "v" + std::to_string(version)) ++wrong;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_EQ(kept.kept(), 1U);
}

}  // namespace
}  // namespace samordna::http

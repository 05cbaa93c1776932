#include "privacy/domain/participation_export.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace samordna::core {
namespace {

// Participations 1..n; odd ids in insats 1, even in insats 2; id 4 referred by user 7.
class Pages final : public ParticipationExportRepository {
 public:
  explicit Pages(int n) : n_(n) {}
  std::vector<std::int64_t> page_ends(std::int64_t, CivilDate, CivilDate, int page_size) override {
    std::vector<std::int64_t> ends;
    for (std::int64_t id = page_size; id <= n_; id += page_size) ends.push_back(id);
    if (n_ > 0 && (ends.empty() || ends.back() != n_)) ends.push_back(n_);
    return ends;
  }
  std::vector<ParticipationRecord> participation_page(std::int64_t, CivilDate, CivilDate, std::int64_t after_id,
                                                      std::int64_t until_id) override {
    ++calls;
    std::vector<ParticipationRecord> out;
    for (std::int64_t id = after_id + 1; id <= n_ && id <= until_id; ++id) {
      ParticipationRecord r;
      r.id = id;
      r.insats_id = id % 2 == 1 ? 1 : 2;
      if (id == 4) r.referrer_user_id = 7;
      out.push_back(r);
    }
    return out;
  }
  std::atomic<int> calls{0};

 private:
  std::int64_t n_;
};

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

std::vector<std::int64_t> all_ids(ParticipationExport& e) {
  std::vector<std::int64_t> ids;
  const auto count = e.page_count();
  for (std::size_t i = 0; i < count; ++i) {
    auto page = e.page(i);
    EXPECT_LE(page.size(), 3U);  // never more than a page at a time
    for (const auto& r : page) ids.push_back(r.id);
  }
  return ids;
}

TEST(ParticipationExport, WalksEveryPageOnceInOrder) {
  Pages pages(7);
  PersonalScope scope{{1, 2}, std::nullopt};
  ParticipationExport e(pages, 1, d("2025-01-01"), d("2025-12-31"), scope, 3);
  EXPECT_EQ(all_ids(e), (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6, 7}));
  EXPECT_EQ(e.rows(), 7);
  EXPECT_EQ(pages.calls, 3);  // 3 + 3 + 1: the short page is the last
}

TEST(ParticipationExport, PagesReadOutOfOrderAndAtOnceGiveEveryRowOnce) {
  Pages pages(1000);
  ParticipationExport e(pages, 1, d("2025-01-01"), d("2025-12-31"), PersonalScope{{1, 2}, std::nullopt}, 7);
  const auto count = e.page_count();
  ASSERT_EQ(count, 143U);  // 142 full pages and the last six
  std::vector<std::vector<ParticipationRecord>> read(count);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (std::size_t i = count - 1 - t; i < count; i -= 4) read[i] = e.page(i);  // from the end, interleaved
    });
  }
  for (auto& t : threads) t.join();
  std::vector<std::int64_t> ids;
  for (const auto& page : read) {
    for (const auto& r : page) ids.push_back(r.id);
  }
  ASSERT_EQ(ids.size(), 1000U);
  for (std::size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(ids[i], std::int64_t(i) + 1);
  EXPECT_EQ(e.rows(), 1000);
}

TEST(ParticipationExport, KeepsOnlyWhatTheScopeCovers) {
  Pages pages(9);
  PersonalScope staff{{1}, std::nullopt};  // a deltagaransvarig in insats 1
  ParticipationExport e(pages, 1, d("2025-01-01"), d("2025-12-31"), staff, 3);
  EXPECT_EQ(all_ids(e), (std::vector<std::int64_t>{1, 3, 5, 7, 9}));
  Pages again(9);
  PersonalScope remittent{{}, 7};  // only their own referrals
  ParticipationExport mine(again, 1, d("2025-01-01"), d("2025-12-31"), remittent, 3);
  EXPECT_EQ(all_ids(mine), (std::vector<std::int64_t>{4}));
  Pages none(9);
  ParticipationExport nothing(none, 1, d("2025-01-01"), d("2025-12-31"), PersonalScope{}, 3);
  EXPECT_TRUE(all_ids(nothing).empty());
}

TEST(ParticipationExport, ExactPagesAndNoRowsAtAll) {
  Pages pages(6);
  ParticipationExport e(pages, 1, d("2025-01-01"), d("2025-12-31"), PersonalScope{{1, 2}, std::nullopt}, 3);
  EXPECT_EQ(all_ids(e).size(), 6U);
  EXPECT_EQ(pages.calls, 2);
  Pages empty(0);
  ParticipationExport none(empty, 1, d("2025-01-01"), d("2025-12-31"), PersonalScope{{1, 2}, std::nullopt}, 3);
  EXPECT_EQ(none.page_count(), 0U);
}

TEST(ParticipationExport, PeriodEndingBeforeItStartsIsRefused) {
  const auto formed = d("2006-07-01");
  const auto today = d("2026-11-22");
  auto r = validate_export_period(d("2025-02-01"), d("2025-01-31"), formed, today);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at(0).field, "to");
  EXPECT_EQ(r.error().fields.at(0).code, "before_from");
  EXPECT_TRUE(validate_export_period(d("2025-01-01"), d("2025-01-01"), formed, today));
  EXPECT_TRUE(validate_export_period(formed, d("2026-12-31"), formed, today));
  auto early = validate_export_period(d("2006-06-30"), d("2007-01-01"), formed, today);
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().fields.at(0).field + " " + early.error().fields.at(0).code, "from before_data");
  auto late = validate_export_period(d("2026-01-01"), d("2027-01-01"), formed, today);
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().fields.at(0).field + " " + late.error().fields.at(0).code, "to after_data");
}

}  // namespace
}  // namespace samordna::core

#include "privacy/reports/participation_csv_pages.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "privacy/reports/participation_csv.hpp"

namespace samordna::report {
namespace {

using core::CivilDate;
using core::ParticipationRecord;

// Participations 1..n: ids up to `other_until` in insats 2, the rest in insats 1; page `failing` throws.
class Rows final : public core::ParticipationExportRepository {
 public:
  Rows(std::int64_t n, std::int64_t other_until, std::int64_t failing = -1)
      : n_(n), other_until_(other_until), failing_(failing) {}
  std::vector<std::int64_t> page_ends(std::int64_t, CivilDate, CivilDate, int page_size) override {
    std::vector<std::int64_t> ends;
    for (std::int64_t id = page_size; id <= n_; id += page_size) ends.push_back(id);
    if (n_ > 0 && (ends.empty() || ends.back() != n_)) ends.push_back(n_);
    return ends;
  }
  std::vector<ParticipationRecord> participation_page(std::int64_t, CivilDate, CivilDate, std::int64_t after_id,
                                                      std::int64_t until_id) override {
    if (after_id == failing_) throw std::runtime_error("connection lost");
    std::vector<ParticipationRecord> out;
    for (std::int64_t id = after_id + 1; id <= n_ && id <= until_id; ++id) {
      ParticipationRecord r;
      r.id = id;
      r.insats_id = id <= other_until_ ? 2 : 1;
      r.insats = "Balder";
      r.started_on = *CivilDate::parse("2026-01-10");
      out.push_back(r);
    }
    return out;
  }

 private:
  std::int64_t n_;
  std::int64_t other_until_;
  std::int64_t failing_;
};

std::shared_ptr<core::ParticipationExport> export_of(Rows& rows, std::vector<std::int64_t> insatser) {
  return std::make_shared<core::ParticipationExport>(rows, 1, *CivilDate::parse("2026-01-01"),
                                                     *CivilDate::parse("2026-12-31"),
                                                     core::PersonalScope{std::move(insatser), std::nullopt}, 2);
}

std::vector<std::string> chunks_of(ParticipationCsvPages& pages) {
  std::vector<std::string> chunks;
  for (auto chunk = pages.next_chunk(); !chunk.empty(); chunk = pages.next_chunk()) chunks.push_back(chunk);
  return chunks;
}

TEST(ParticipationCsvPages, EveryPageInOrderAsTheCsvOfItsRows) {
  Rows rows(5, 0);
  auto pages_export = export_of(rows, {1});
  ParticipationCsvPages pages(pages_export);
  auto chunks = chunks_of(pages);
  ASSERT_EQ(chunks.size(), 3U);  // 2 + 2 + 1
  Rows again(5, 0);
  auto whole = export_of(again, {1});
  std::string expected;
  for (std::size_t i = 0; i < whole->page_count(); ++i) expected += participation_csv_rows(whole->page(i));
  EXPECT_EQ(chunks[0] + chunks[1] + chunks[2], expected);
  EXPECT_EQ(chunks[0].substr(0, 9), "1;Balder;");
  EXPECT_EQ(chunks[2].substr(0, 9), "5;Balder;");
  EXPECT_EQ(pages_export->rows(), 5);
}

TEST(ParticipationCsvPages, PagesTheScopeCoversNothingOfAreSkippedNotTheEnd) {
  Rows rows(9, 6);  // pages 1–2, 3–4 and 5–6 are another insats's
  ParticipationCsvPages pages(export_of(rows, {1}));
  auto chunks = chunks_of(pages);
  ASSERT_EQ(chunks.size(), 2U);
  EXPECT_EQ(chunks[0].substr(0, 2), "7;");
  EXPECT_EQ(chunks[1].substr(0, 2), "9;");
  Rows none(9, 9);
  ParticipationCsvPages nothing(export_of(none, {1}));
  EXPECT_EQ(nothing.next_chunk(), "");
}

TEST(ParticipationCsvPages, AFailedReadIsThrownWhereItsPageIsDue) {
  Rows rows(9, 0, 4);  // the page after id 4 fails
  ParticipationCsvPages pages(export_of(rows, {1}));
  EXPECT_EQ(pages.next_chunk().substr(0, 2), "1;");
  EXPECT_EQ(pages.next_chunk().substr(0, 2), "3;");
  EXPECT_THROW(pages.next_chunk(), std::runtime_error);
}

TEST(ParticipationCsvPages, GivenUpHalfwayItWaitsForThePagesInFlight) {
  Rows rows(1000, 0);
  auto whole = export_of(rows, {1});
  {
    ParticipationCsvPages pages(whole);
    EXPECT_FALSE(pages.next_chunk().empty());
  }
  // The first page and the two read ahead of the second call, finished before the destructor returned.
  EXPECT_EQ(whole->rows(), 6);
}

}  // namespace
}  // namespace samordna::report

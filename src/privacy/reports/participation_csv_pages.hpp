#pragma once
// The participant-level export as CSV chunks, a page each: the pages' bounds are read at once, then up to two
// pages ahead on their own threads while the one before is written (reading is nine tenths of the work). A
// page the caller's scope covers nothing of is skipped; a failed read is thrown from next_chunk.
#include <deque>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "privacy/domain/participation_export.hpp"

namespace samordna::report {

class ParticipationCsvPages {
 public:
  explicit ParticipationCsvPages(std::shared_ptr<core::ParticipationExport> pages);
  ParticipationCsvPages(const ParticipationCsvPages&) = delete;
  ParticipationCsvPages& operator=(const ParticipationCsvPages&) = delete;
  ~ParticipationCsvPages();  // waits for the pages still being read
  // The rows of the next page with any, as CSV; empty at the end.
  std::string next_chunk();

 private:
  static constexpr std::size_t kAhead = 2;
  void ask();
  std::shared_ptr<core::ParticipationExport> pages_;
  std::size_t count_;
  std::size_t next_ = 0;
  std::deque<std::future<std::vector<core::ParticipationRecord>>> ahead_;
};

}  // namespace samordna::report

#include "privacy/reports/participation_csv_pages.hpp"

#include "privacy/reports/participation_csv.hpp"

namespace samordna::report {

ParticipationCsvPages::ParticipationCsvPages(std::shared_ptr<core::ParticipationExport> pages)
    : pages_(std::move(pages)), count_(pages_->page_count()) {
  while (ahead_.size() < kAhead && next_ < count_) ask();
}

ParticipationCsvPages::~ParticipationCsvPages() {
  for (auto& page : ahead_) {
    if (page.valid()) page.wait();
  }
}

std::string ParticipationCsvPages::next_chunk() {
  while (!ahead_.empty()) {
    auto due = std::move(ahead_.front());
    ahead_.pop_front();
    auto page = due.get();  // throws a failed read, with no page of it left behind
    if (next_ < count_) ask();
    if (!page.empty()) return participation_csv_rows(page);
  }
  return {};
}

void ParticipationCsvPages::ask() {
  ahead_.push_back(std::async(std::launch::async, [pages = pages_, index = next_] { return pages->page(index); }));
  ++next_;
}

}  // namespace samordna::report

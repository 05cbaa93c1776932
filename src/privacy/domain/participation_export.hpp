#pragma once
// The participant-level export for staff with personal data: one row per participation in a period,
// pseudonymised (the person's number in the förbund, never name or personnummer), with what was recorded at
// start and end. It is read a page at a time so that a national-scale export never sits in memory; the pages'
// bounds are known first, so that two pages can be read at once.
#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/domain/access.hpp"
#include "kernel/civil_date.hpp"
#include "kernel/error.hpp"

namespace samordna::core {

struct RecordedStatus {
  std::string support;  // comma list of support sources, or "none"
  std::optional<int> months_on_support;
  std::string education;
  std::string occupation;
  int extent_percent = 0;
};

struct ParticipationRecord {
  std::int64_t id = 0;
  std::int64_t insats_id = 0;
  std::string insats;
  std::optional<std::int64_t> person_id;  // absent: an anonymous participation
  std::string gender;
  std::optional<int> birth_year;
  std::string kommun;    // the kommun's name, or empty
  std::string referrer;  // the referring member, or empty for open entry
  std::optional<std::int64_t> referrer_user_id;
  std::string target_group;
  std::optional<CivilDate> referred_on;
  CivilDate started_on;
  std::optional<CivilDate> ended_on;
  std::string exit_reason;
  std::optional<RecordedStatus> at_start;
  std::optional<RecordedStatus> at_end;
};

class ParticipationExportRepository {
 public:
  virtual ~ParticipationExportRepository() = default;
  // The id that ends each page of `page_size` participations of the förbund running some time in [from, to],
  // by id: the page_size-th id, the 2·page_size-th, … and the last id (once, when it ends a full page).
  virtual std::vector<std::int64_t> page_ends(std::int64_t association_id, CivilDate from, CivilDate to,
                                              int page_size) = 0;
  // Participations of the förbund running some time in [from, to] with an id in (after_id, until_id], by id.
  virtual std::vector<ParticipationRecord> participation_page(std::int64_t association_id, CivilDate from, CivilDate to,
                                                              std::int64_t after_id, std::int64_t until_id) = 0;
};

// Field errors: from|to required|invalid (by the caller); to before_from; from before_data (before the
// förbund was formed); to after_data (after the end of this year).
Result<void> validate_export_period(CivilDate from, CivilDate to, CivilDate formed_on, CivilDate today);

// The period's participations in pages, keeping those the caller's scope covers. The bounds are read once
// (page_count); after that, pages may be read in any order and from several threads at once.
class ParticipationExport {
 public:
  ParticipationExport(ParticipationExportRepository& repository, std::int64_t association_id, CivilDate from,
                      CivilDate to, PersonalScope scope, int page_size = 1000)
      : repository_(repository),
        association_id_(association_id),
        from_(from),
        to_(to),
        scope_(std::move(scope)),
        page_size_(page_size) {}

  // Reads the bounds on the first call (not to be raced): the export holds what was registered then.
  std::size_t page_count();
  // The rows of page `index` (< page_count) the scope covers; may be empty when the scope covers none of it.
  std::vector<ParticipationRecord> page(std::size_t index);
  [[nodiscard]] std::int64_t rows() const { return rows_; }

 private:
  ParticipationExportRepository& repository_;
  std::int64_t association_id_;
  CivilDate from_;
  CivilDate to_;
  PersonalScope scope_;
  int page_size_;
  std::optional<std::vector<std::int64_t>> ends_;
  std::atomic<std::int64_t> rows_{0};
};

}  // namespace samordna::core

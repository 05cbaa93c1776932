#pragma once
// The participant-level export for staff with personal data: one row per participation in a period,
// pseudonymised (the person's number in the förbund, never name or personnummer), with what was recorded at
// start and end. It is read a page at a time so that a national-scale export never sits in memory.
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
  // Participations of the förbund running some time in [from, to] with an id above `after_id`, by id, at
  // most `limit`.
  virtual std::vector<ParticipationRecord> participation_page(std::int64_t association_id, CivilDate from, CivilDate to,
                                                              std::int64_t after_id, int limit) = 0;
};

// Field errors: from|to required|invalid (by the caller); to before_from; from before_data (before the
// förbund was formed); to after_data (after the end of this year).
Result<void> validate_export_period(CivilDate from, CivilDate to, CivilDate formed_on, CivilDate today);

// Walks the period's participations a page at a time, keeping those the caller's scope covers.
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

  // The next rows the scope covers (at most a page); empty when there are no more.
  std::vector<ParticipationRecord> next();
  [[nodiscard]] std::int64_t rows() const { return rows_; }

 private:
  ParticipationExportRepository& repository_;
  std::int64_t association_id_;
  CivilDate from_;
  CivilDate to_;
  PersonalScope scope_;
  int page_size_;
  std::int64_t after_id_ = 0;
  bool done_ = false;
  std::int64_t rows_ = 0;
};

}  // namespace samordna::core

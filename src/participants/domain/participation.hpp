#pragma once
// A participation (deltagande): one person in one insats from start to end, with what was recorded at start
// and at end as SUS did (support sources, time on public support, education, occupation and its extent),
// and the exit reason. An anonymous participation (no consent, or protected identity) keeps only gender and
// start year; its follow-up data is not recorded.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "kernel/civil_date.hpp"
#include "kernel/error.hpp"
#include "kernel/gender.hpp"

namespace samordna::core {

enum class SupportSource {
  forsorjningsstod,
  sjukpenning,  // sjukpenning or rehabiliteringspenning
  aktivitetsersattning,
  sjukersattning,
  a_kassa,
  aktivitetsstod,
  etableringsersattning,
  none,
};
enum class EducationLevel { pre_upper_secondary, upper_secondary, post_secondary, unknown };
enum class Occupation { work, studies, job_seeking, other };
enum class ExitReason {
  completed,
  work,
  studies,
  other_insats,
  moved,
  illness,
  declined,
  no_contact,
  registered_by_mistake,
  other,
};

std::string_view to_string(SupportSource v);
std::string_view to_string(EducationLevel v);
std::string_view to_string(Occupation v);
std::string_view to_string(ExitReason v);
std::optional<SupportSource> parse_support_source(std::string_view text);
std::optional<EducationLevel> parse_education_level(std::string_view text);
std::optional<Occupation> parse_occupation(std::string_view text);
std::optional<ExitReason> parse_exit_reason(std::string_view text);
const std::vector<SupportSource>& all_support_sources();

// What is recorded at start and at end.
struct StatusSnapshot {
  std::vector<SupportSource> support;  // several at once; `none` alone
  std::optional<int> months_on_support;
  EducationLevel education = EducationLevel::unknown;
  Occupation occupation = Occupation::other;
  int extent_percent = 0;  // of full time, 100 % = 40 h/week
};

// Field errors (with `prefix`): support required|invalid (none with others); monthsOnSupport negative;
// extentPercent out_of_range (0–100).
Result<void> validate_snapshot(const StatusSnapshot& snapshot, const std::string& prefix);

struct Participation {
  std::int64_t id = 0;
  std::int64_t association_id = 0;
  std::int64_t insats_id = 0;
  std::optional<std::int64_t> person_id;  // nullopt: anonymous
  std::optional<std::int64_t> referral_id;
  Gender gender = Gender::woman;
  int start_year = 0;
  CivilDate started_on;
  std::optional<CivilDate> ended_on;
  std::optional<StatusSnapshot> at_start;
  std::optional<StatusSnapshot> at_end;
  std::optional<ExitReason> exit_reason;
  std::int64_t version = 1;
  std::optional<std::int64_t> responsible_user_id;  // who has taken responsibility ("mine" in the caseload)
};

bool participation_active_on(const Participation& p, CivilDate day);

// Whether two periods share a day (an end of none: ongoing). One person's participations in one insats never do.
inline bool periods_overlap(CivilDate a_start, std::optional<CivilDate> a_end, CivilDate b_start,
                            std::optional<CivilDate> b_end) {
  return (!b_end || a_start <= *b_end) && (!a_end || b_start <= *a_end);
}

struct StartCheck {
  CivilDate started_on;
  std::optional<CivilDate> referred_on;  // of the referral it starts from
  bool insats_open = true;
  int capacity = 0;                    // 0: the insats has no limit (structural)
  int active = 0;                      // participations running on the start day
  bool person_already_active = false;  // in this insats
};

// Field errors: startedOn before_referral; insats closed|full; person already_active.
Result<void> validate_start(const StartCheck& check);

// Field errors: endedOn before_start; participation already_ended; exitReason required.
Result<void> validate_end(const Participation& participation, CivilDate ended_on,
                          std::optional<ExitReason> exit_reason);

}  // namespace samordna::core

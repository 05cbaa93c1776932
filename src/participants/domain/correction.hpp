#pragma once
// A correction (rättelse) of a participation already recorded: its start date, its end (or an end undone), the exit
// reason and the follow-up data at start and at end, with a required reason. The whole corrected state is given,
// as the form shows it; what differs from the recorded participation is what changed.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "participants/domain/participation.hpp"
#include "participants/domain/person.hpp"

namespace samordna::core {

inline constexpr std::size_t kCorrectionReasonMaxLength = 500;

struct ParticipationCorrection {
  CivilDate started_on;
  std::optional<CivilDate> ended_on;  // nullopt: ongoing (an end undone, or none recorded)
  std::optional<ExitReason> exit_reason;
  std::optional<StatusSnapshot> at_start;
  std::optional<StatusSnapshot> at_end;
  std::string reason;  // why it is corrected: free text about the person, sealed beside the participation
};

// A correction made, as the person page lists it: the day and the reason ("" once the person's free texts were
// removed). The values before and after are in the audit log.
struct CorrectionNote {
  std::int64_t id = 0;
  std::int64_t participation_id = 0;
  CivilDate corrected_on;
  std::string reason;  // sealed in the repository, opened by the service
};

// Opens the notes' sealed reasons in place; a removed reason ("") stays "".
void open_corrections(const IdentityVault& vault, std::vector<CorrectionNote>& notes);

struct CorrectionCheck {
  CivilDate today;
  std::optional<CivilDate> referred_on;  // of the referral the participation started from
  // The person's other participations in the same insats: start and end (none: ongoing).
  std::vector<std::pair<CivilDate, std::optional<CivilDate>>> other_periods;
};

// Field errors: reason required | too_long; startedOn future | before_referral | overlaps (the new start falls in
// another of the person's participations in the insats); endedOn before_start | future | overlaps (the period
// would reach into another one) | already_active (an end undone while the person has another ongoing
// participation in the insats); exitReason
// required (ended) | not_allowed (ongoing); atEnd not_allowed (ongoing); atStart.* / atEnd.* as
// validate_snapshot; correction unchanged (nothing differs from what is recorded).
Result<void> validate_correction(const Participation& recorded, const ParticipationCorrection& correction,
                                 const CorrectionCheck& check);

// The reason a correction needs (a participation's or an attendance row's): reason required (blank) | too_long.
void check_correction_reason(const std::string& reason, FieldErrors& errors);

// The names of the fields that differ (startedOn, endedOn, exitReason, atStart, atEnd), in that order.
std::vector<std::string> corrected_fields(const Participation& recorded, const ParticipationCorrection& correction);

// The participation as corrected (start year follows the start date).
Participation apply_correction(Participation recorded, const ParticipationCorrection& correction);

bool same_snapshot(const std::optional<StatusSnapshot>& a, const std::optional<StatusSnapshot>& b);

}  // namespace samordna::core

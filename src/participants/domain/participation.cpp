#include "participants/domain/participation.hpp"

#include <algorithm>
#include <array>

#include "membership/domain/membership.hpp"

namespace samordna::core {
namespace {
template <class E, std::size_t N>
std::optional<E> parse(std::string_view text, const std::array<E, N>& values) {
  for (auto v : values) {
    if (to_string(v) == text) return v;
  }
  return std::nullopt;
}
constexpr std::array kSupport{
    SupportSource::forsorjningsstod,      SupportSource::sjukpenning, SupportSource::aktivitetsersattning,
    SupportSource::sjukersattning,        SupportSource::a_kassa,     SupportSource::aktivitetsstod,
    SupportSource::etableringsersattning, SupportSource::none};
constexpr std::array kEducation{EducationLevel::pre_upper_secondary, EducationLevel::upper_secondary,
                                EducationLevel::post_secondary, EducationLevel::unknown};
constexpr std::array kOccupation{Occupation::work, Occupation::studies, Occupation::job_seeking, Occupation::other};
constexpr std::array kExit{ExitReason::completed,    ExitReason::work,       ExitReason::studies,
                           ExitReason::other_insats, ExitReason::moved,      ExitReason::illness,
                           ExitReason::declined,     ExitReason::no_contact, ExitReason::registered_by_mistake,
                           ExitReason::other};
}  // namespace

std::string_view to_string(SupportSource v) {
  switch (v) {
    case SupportSource::forsorjningsstod: return "forsorjningsstod";
    case SupportSource::sjukpenning: return "sjukpenning";
    case SupportSource::aktivitetsersattning: return "aktivitetsersattning";
    case SupportSource::sjukersattning: return "sjukersattning";
    case SupportSource::a_kassa: return "a_kassa";
    case SupportSource::aktivitetsstod: return "aktivitetsstod";
    case SupportSource::etableringsersattning: return "etableringsersattning";
    case SupportSource::none: return "none";
  }
  return "none";
}
std::string_view to_string(EducationLevel v) {
  switch (v) {
    case EducationLevel::pre_upper_secondary: return "pre_upper_secondary";
    case EducationLevel::upper_secondary: return "upper_secondary";
    case EducationLevel::post_secondary: return "post_secondary";
    case EducationLevel::unknown: return "unknown";
  }
  return "unknown";
}
std::string_view to_string(Occupation v) {
  switch (v) {
    case Occupation::work: return "work";
    case Occupation::studies: return "studies";
    case Occupation::job_seeking: return "job_seeking";
    case Occupation::other: return "other";
  }
  return "other";
}
std::string_view to_string(ExitReason v) {
  switch (v) {
    case ExitReason::completed: return "completed";
    case ExitReason::work: return "work";
    case ExitReason::studies: return "studies";
    case ExitReason::other_insats: return "other_insats";
    case ExitReason::moved: return "moved";
    case ExitReason::illness: return "illness";
    case ExitReason::declined: return "declined";
    case ExitReason::no_contact: return "no_contact";
    case ExitReason::registered_by_mistake: return "registered_by_mistake";
    case ExitReason::other: return "other";
  }
  return "other";
}
std::optional<SupportSource> parse_support_source(std::string_view t) { return parse(t, kSupport); }
std::optional<EducationLevel> parse_education_level(std::string_view t) { return parse(t, kEducation); }
std::optional<Occupation> parse_occupation(std::string_view t) { return parse(t, kOccupation); }
std::optional<ExitReason> parse_exit_reason(std::string_view t) { return parse(t, kExit); }
const std::vector<SupportSource>& all_support_sources() {
  static const std::vector<SupportSource> all(kSupport.begin(), kSupport.end());
  return all;
}

Result<void> validate_snapshot(const StatusSnapshot& s, const std::string& prefix) {
  FieldErrors errors;
  if (s.support.empty()) {
    errors.add(prefix + "support", "required");
  } else if (s.support.size() > 1 &&
             std::find(s.support.begin(), s.support.end(), SupportSource::none) != s.support.end()) {
    errors.add(prefix + "support", "invalid");
  }
  if (s.months_on_support && *s.months_on_support < 0) errors.add(prefix + "monthsOnSupport", "negative");
  if (s.extent_percent < 0 || s.extent_percent > 100) errors.add(prefix + "extentPercent", "out_of_range");
  return errors.result();
}

bool participation_active_on(const Participation& p, CivilDate day) {
  return p.started_on <= day && (!p.ended_on || day <= *p.ended_on);
}

Result<void> validate_start(const StartCheck& c) {
  FieldErrors errors;
  if (c.referred_on && c.started_on < *c.referred_on) errors.add("startedOn", "before_referral");
  if (!c.insats_open) {
    errors.add("insats", "closed");
  } else if (c.capacity > 0 && c.active >= c.capacity) {
    errors.add("insats", "full");
  }
  if (c.person_already_active) errors.add("person", "already_active");
  return errors.result();
}

Result<void> validate_end(const Participation& p, CivilDate ended_on, std::optional<ExitReason> exit_reason) {
  FieldErrors errors;
  if (p.ended_on) errors.add("participation", "already_ended");
  if (ended_on < p.started_on) errors.add("endedOn", "before_start");
  if (!exit_reason) errors.add("exitReason", "required");
  return errors.result();
}

}  // namespace samordna::core

#include "membership/domain/notice.hpp"

#include "membership/domain/membership.hpp"

namespace samordna::core {

CivilDate membership_end(const NoticeRule& rule, CivilDate given_on) {
  if (rule.counting == NoticeCounting::calendar_years) {
    return *CivilDate::from_ymd(given_on.year() + rule.years, 12, 31);
  }
  const int year = given_on.year() + rule.years;
  auto same_day = CivilDate::from_ymd(year, given_on.month(), given_on.day());
  if (!same_day) same_day = CivilDate::from_ymd(year, given_on.month(), given_on.day() - 1);  // 29 Feb
  return same_day->add_days(-1);
}

std::vector<int> fee_years(CivilDate given_on, CivilDate ends_on) {
  std::vector<int> years;
  for (int y = given_on.year() + 1; y <= ends_on.year(); ++y) years.push_back(y);
  return years;
}

Result<Notice> give_notice(const Member& member, const std::vector<Charter>& charters, const NoticeRequest& request) {
  FieldErrors errors;
  if (!can_give_notice(member.kind)) return unexpected(Error::invalid("partyKind", "cannot_give_notice"));
  if (member.notice && member.notice->in_force()) errors.add("notice", "already_given");
  if (request.given_on < member.joined_on) errors.add("givenOn", "before_joined");
  if (request.decided_by.empty()) errors.add("decidedBy", "required");
  const Charter* charter = charter_in_force(charters, request.given_on);
  if (!charter) errors.add("charter", "missing");
  if (!errors.empty()) return unexpected(errors.error());
  return Notice{request.given_on,  request.decided_by,
                request.reference, membership_end(charter->notice, request.given_on),
                std::nullopt,      ""};
}

Result<Notice> revoke_notice(const Member& member, CivilDate revoked_on, const std::string& reference) {
  if (!member.notice || !member.notice->in_force()) return unexpected(Error::invalid("notice", "none"));
  if (revoked_on < member.notice->given_on) return unexpected(Error::invalid("revokedOn", "before_notice"));
  if (revoked_on > member.notice->ends_on) return unexpected(Error::invalid("revokedOn", "after_end"));
  Notice revoked = *member.notice;
  revoked.revoked_on = revoked_on;
  revoked.revoked_reference = reference;
  return revoked;
}

}  // namespace samordna::core

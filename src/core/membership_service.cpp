#include "core/membership_service.hpp"

#include "core/membership.hpp"

namespace samordna::core {

Result<Association> MembershipService::create_association(const Association& association) {
  if (auto ok = validate_association(association); !ok) return unexpected(ok.error());
  auto id = associations_.add_association(association);
  if (!id) return unexpected(Error::of(ErrorKind::conflict, "org_number_taken"));
  return *associations_.find_association(*id);
}

Result<Association> MembershipService::update_association(const Association& association,
                                                          std::int64_t expected_version) {
  if (!associations_.find_association(association.id)) return unexpected(not_found());
  if (auto ok = validate_association(association); !ok) return unexpected(ok.error());
  if (!associations_.update_association(association, expected_version)) return unexpected(version_conflict());
  return *associations_.find_association(association.id);
}

Result<Member> MembershipService::add_member(const Member& member) {
  auto association = associations_.find_association(member.association_id);
  if (!association) return unexpected(not_found());
  auto ok = validate_new_member(member, *association, associations_.list_members(member.association_id),
                                associations_.known_areas());
  if (!ok) return unexpected(ok.error());
  return *associations_.find_member(associations_.add_member(member));
}

Result<Member> MembershipService::give_notice(std::int64_t member_id, const NoticeRequest& request,
                                              std::int64_t expected_version) {
  auto member = associations_.find_member(member_id);
  if (!member) return unexpected(not_found());
  if (member->version != expected_version) return unexpected(version_conflict());
  auto notice = core::give_notice(*member, charters_.list_charters(member->association_id), request);
  if (!notice) return unexpected(notice.error());
  return save_notice(*member, *notice, expected_version);
}

Result<Member> MembershipService::revoke_notice(std::int64_t member_id, CivilDate revoked_on,
                                                const std::string& reference, std::int64_t expected_version) {
  auto member = associations_.find_member(member_id);
  if (!member) return unexpected(not_found());
  if (member->version != expected_version) return unexpected(version_conflict());
  auto notice = core::revoke_notice(*member, revoked_on, reference);
  if (!notice) return unexpected(notice.error());
  return save_notice(*member, *notice, expected_version);
}

Result<Member> MembershipService::save_notice(const Member& member, const Notice& notice,
                                              std::int64_t expected_version) {
  if (!associations_.save_notice(member.id, notice, expected_version)) return unexpected(version_conflict());
  return *associations_.find_member(member.id);
}

Result<Charter> MembershipService::add_charter(const Charter& charter) {
  if (!associations_.find_association(charter.association_id)) return unexpected(not_found());
  auto existing = charters_.list_charters(charter.association_id);
  auto ok = validate_charter(charter, associations_.list_members(charter.association_id), existing);
  if (!ok) return unexpected(ok.error());
  Charter saved = charter;
  saved.id = charters_.add_charter(charter);
  return saved;
}

}  // namespace samordna::core

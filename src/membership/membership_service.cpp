#include "membership/membership_service.hpp"

#include "audit/domain/field_changes.hpp"
#include "membership/domain/membership.hpp"

namespace samordna::core {
namespace {
std::vector<AuditField> association_fields(const Association& a) {
  return {{"name", a.name},
          {"orgNumber", a.org_number},
          {"seat", a.seat},
          {"formedOn", a.formed_on.iso()},
          {"equityLimitBp", std::to_string(a.equity_limit_bp)},
          {"retentionYears", std::to_string(a.retention_years)},
          {"disclosureThreshold", std::to_string(a.disclosure_threshold)}};
}
}  // namespace

Result<Association> MembershipService::create_association(const Actor& actor, const Association& association) {
  if (auto ok = validate_association(association); !ok) return unexpected(ok.error());
  std::optional<std::int64_t> id;
  transactions_.run([&] {
    id = associations_.add_association(association);
    if (id) audit_.record(actor, *id, "create", "association", std::to_string(*id), association_fields(association));
  });
  if (!id) return unexpected(Error::of(ErrorKind::conflict, "org_number_taken"));
  return *associations_.find_association(*id);
}

Result<Association> MembershipService::update_association(const Actor& actor, const Association& association,
                                                          std::int64_t expected_version) {
  if (!associations_.find_association(association.id)) return unexpected(not_found());
  if (auto ok = validate_association(association); !ok) return unexpected(ok.error());
  for (const auto& other : associations_.list_associations()) {
    if (other.id != association.id && other.org_number == association.org_number) {
      return unexpected(Error::of(ErrorKind::conflict, "org_number_taken"));
    }
  }
  bool saved = false;
  transactions_.run([&] {
    auto before = associations_.find_association(association.id);
    saved = associations_.update_association(association, expected_version);
    if (saved) {
      audit_.record(actor, association.id, "update", "association", std::to_string(association.id),
                    with_before(before ? association_fields(*before) : std::vector<AuditField>{},
                                association_fields(association)));
    }
  });
  if (!saved) return unexpected(version_conflict());
  return *associations_.find_association(association.id);
}

Result<Member> MembershipService::add_member(const Actor& actor, const Member& member) {
  auto association = associations_.find_association(member.association_id);
  if (!association) return unexpected(not_found());
  auto ok = validate_new_member(member, *association, associations_.list_members(member.association_id),
                                associations_.known_areas());
  if (!ok) return unexpected(ok.error());
  std::int64_t id = 0;
  transactions_.run([&] {
    id = associations_.add_member(member);
    audit_.record(actor, member.association_id, "create", "member", std::to_string(id),
                  {{"name", member.name},
                   {"partyKind", std::string(to_string(member.kind))},
                   {"code", member.area_code},
                   {"joinedOn", member.joined_on.iso()}});
  });
  return *associations_.find_member(id);
}

Result<Member> MembershipService::give_notice(const Actor& actor, std::int64_t member_id, const NoticeRequest& request,
                                              std::int64_t expected_version) {
  auto member = associations_.find_member(member_id);
  if (!member) return unexpected(not_found());
  if (member->version != expected_version) return unexpected(version_conflict());
  auto notice = core::give_notice(*member, charters_.list_charters(member->association_id), request);
  if (!notice) return unexpected(notice.error());
  return save_notice(actor, *member, *notice, false, expected_version);
}

Result<Member> MembershipService::revoke_notice(const Actor& actor, std::int64_t member_id, CivilDate revoked_on,
                                                const std::string& reference, std::int64_t expected_version) {
  auto member = associations_.find_member(member_id);
  if (!member) return unexpected(not_found());
  if (member->version != expected_version) return unexpected(version_conflict());
  auto notice = core::revoke_notice(*member, revoked_on, reference);
  if (!notice) return unexpected(notice.error());
  return save_notice(actor, *member, *notice, true, expected_version);
}

Result<Member> MembershipService::save_notice(const Actor& actor, const Member& member, const Notice& notice,
                                              bool revocation, std::int64_t expected_version) {
  bool saved = false;
  transactions_.run([&] {
    saved = associations_.save_notice(member.id, notice, expected_version);
    if (!saved) return;
    std::vector<AuditField> fields;
    if (revocation) {
      fields = {{"revokedOn", notice.revoked_on->iso()}, {"revokedReference", notice.revoked_reference}};
    } else {
      fields = {{"givenOn", notice.given_on.iso()},
                {"decidedBy", notice.decided_by},
                {"reference", notice.reference},
                {"endsOn", notice.ends_on.iso()}};
    }
    audit_.record(actor, member.association_id, revocation ? "update" : "create", "notice", std::to_string(member.id),
                  fields);
  });
  if (!saved) return unexpected(version_conflict());
  return *associations_.find_member(member.id);
}

Result<Charter> MembershipService::add_charter(const Actor& actor, const Charter& charter) {
  if (!associations_.find_association(charter.association_id)) return unexpected(not_found());
  auto existing = charters_.list_charters(charter.association_id);
  auto ok = validate_charter(charter, associations_.list_members(charter.association_id), existing);
  if (!ok) return unexpected(ok.error());
  Charter saved = charter;
  transactions_.run([&] {
    saved.id = charters_.add_charter(charter);
    audit_.record(actor, charter.association_id, "create", "charter", std::to_string(saved.id),
                  {{"effectiveFrom", charter.effective_from.iso()},
                   {"notice.years", std::to_string(charter.notice.years)},
                   {"notice.counting", std::string(to_string(charter.notice.counting))},
                   {"splitKey.kind", std::string(to_string(charter.split_key.kind))}});
  });
  return saved;
}

}  // namespace samordna::core

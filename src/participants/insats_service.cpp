#include "participants/insats_service.hpp"

#include <algorithm>

#include "audit/domain/field_changes.hpp"
#include "membership/domain/membership.hpp"
#include "membership/membership_service.hpp"

namespace samordna::core {

std::vector<AuditField> InsatsService::fields_of(const Insats& i) const {
  return {{"name", i.name},
          {"kind", std::string(to_string(i.kind))},
          {"ages", std::to_string(i.min_age) + "-" + std::to_string(i.max_age)},
          {"capacity", std::to_string(i.capacity)},
          {"startsOn", i.starts_on.iso()},
          {"endsOn", i.ends_on ? i.ends_on->iso() : ""}};
}

std::vector<TargetGroup> InsatsService::target_groups(std::int64_t association_id) {
  return insatser_.target_groups(association_id);
}

Result<TargetGroup> InsatsService::add_target_group(const Actor& actor, const TargetGroup& group) {
  if (group.name.empty()) return unexpected(Error::invalid("name", "required"));
  auto existing = insatser_.target_groups(group.association_id);
  if (std::any_of(existing.begin(), existing.end(), [&](const TargetGroup& g) { return g.name == group.name; })) {
    return unexpected(Error::invalid("name", "duplicate"));
  }
  TargetGroup saved = group;
  transactions_.run([&] {
    saved.id = insatser_.add_target_group(group);
    audit_.record(actor, group.association_id, "create", "target_group", std::to_string(saved.id),
                  {{"name", group.name}});
  });
  return saved;
}

std::vector<Insats> InsatsService::list(std::int64_t association_id) { return insatser_.list_insatser(association_id); }

Result<Insats> InsatsService::get(std::int64_t association_id, std::int64_t insats_id) {
  auto insats = insatser_.find_insats(insats_id);
  if (!insats || insats->association_id != association_id) return unexpected(not_found());
  return *insats;
}

Result<Insats> InsatsService::create(const Actor& actor, const Insats& insats, std::optional<std::int64_t> staffed_by) {
  auto ok = validate_insats(insats, associations_.list_members(insats.association_id),
                            insatser_.target_groups(insats.association_id));
  if (!ok) return unexpected(ok.error());
  if (insats_name_taken(insats, insatser_.list_insatser(insats.association_id))) {
    return unexpected(Error::invalid("name", "duplicate"));
  }
  std::int64_t id = 0;
  transactions_.run([&] {
    id = insatser_.add_insats(insats);
    if (staffed_by) insatser_.set_insats_staff(id, {*staffed_by});
    audit_.record(actor, insats.association_id, "create", "insats", std::to_string(id), fields_of(insats));
  });
  return *insatser_.find_insats(id);
}

Result<Insats> InsatsService::update(const Actor& actor, const Insats& insats, std::int64_t expected_version,
                                     std::optional<std::int64_t> only_if_staffed) {
  auto current = get(insats.association_id, insats.id);
  if (!current) return current;
  if (only_if_staffed) {
    auto staffed = insatser_.staffed_insatser(*only_if_staffed);
    if (std::find(staffed.begin(), staffed.end(), insats.id) == staffed.end()) return unexpected(not_found());
  }
  auto ok = validate_insats(insats, associations_.list_members(insats.association_id),
                            insatser_.target_groups(insats.association_id));
  if (!ok) return unexpected(ok.error());
  if (insats_name_taken(insats, insatser_.list_insatser(insats.association_id))) {
    return unexpected(Error::invalid("name", "duplicate"));
  }
  bool saved = false;
  transactions_.run([&] {
    saved = insatser_.update_insats(insats, expected_version);
    if (saved)
      audit_.record(actor, insats.association_id, "update", "insats", std::to_string(insats.id),
                    with_before(fields_of(*current), fields_of(insats)));
  });
  if (!saved) return unexpected(version_conflict());
  return *insatser_.find_insats(insats.id);
}

Result<std::vector<Attendance>> InsatsService::attendance(std::int64_t association_id, std::int64_t insats_id) {
  auto insats = get(association_id, insats_id);
  if (!insats) return unexpected(insats.error());
  return insatser_.attendance(insats_id);
}

Result<Attendance> InsatsService::add_attendance(const Actor& actor, std::int64_t association_id,
                                                 const Attendance& attendance,
                                                 std::optional<std::int64_t> only_if_staffed) {
  auto insats = get(association_id, attendance.insats_id);
  if (!insats) return unexpected(insats.error());
  if (only_if_staffed) {
    auto staffed = insatser_.staffed_insatser(*only_if_staffed);
    if (std::find(staffed.begin(), staffed.end(), insats->id) == staffed.end()) return unexpected(not_found());
  }
  if (auto ok = validate_attendance(attendance, *insats, clock_.today()); !ok) return unexpected(ok.error());
  Attendance saved = attendance;
  transactions_.run([&] {
    saved.id = insatser_.add_attendance(attendance);
    audit_.record(actor, association_id, "create", "attendance", std::to_string(saved.id),
                  {{"insatsId", std::to_string(attendance.insats_id)},
                   {"on", attendance.on.iso()},
                   {"women", std::to_string(attendance.women)},
                   {"men", std::to_string(attendance.men)}});
  });
  return saved;
}

Result<InsatsStaff> InsatsService::staff_of(std::int64_t association_id, std::int64_t insats_id) {
  auto insats = get(association_id, insats_id);
  if (!insats) return unexpected(insats.error());
  // The version first: a list changed in between is newer than its version, so a replacement based on it is
  // refused as stale instead of undoing that change.
  InsatsStaff staff;
  staff.version = insatser_.insats_staff_version(insats_id);
  staff.user_ids = insatser_.insats_staff(insats_id);
  return staff;
}

Result<InsatsStaff> InsatsService::set_staff(const Actor& actor, std::int64_t association_id, std::int64_t insats_id,
                                             const std::vector<std::int64_t>& user_ids, std::int64_t expected_version,
                                             const std::vector<std::int64_t>& users_in_association) {
  auto insats = get(association_id, insats_id);
  if (!insats) return unexpected(insats.error());
  for (auto id : user_ids) {
    if (std::find(users_in_association.begin(), users_in_association.end(), id) == users_in_association.end()) {
      return unexpected(Error::invalid("userIds", "unknown"));
    }
  }
  bool saved = false;
  transactions_.run([&] {
    saved = insatser_.next_staff_version(insats_id, expected_version);
    if (!saved) return;
    insatser_.set_insats_staff(insats_id, user_ids);
    std::string ids;
    for (auto id : user_ids) ids += (ids.empty() ? "" : ",") + std::to_string(id);
    audit_.record(actor, association_id, "permission_change", "insats_staff", std::to_string(insats_id),
                  {{"userIds", ids}});
  });
  if (!saved) return unexpected(version_conflict());
  return staff_of(association_id, insats_id);
}

}  // namespace samordna::core

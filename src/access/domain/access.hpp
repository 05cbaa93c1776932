#pragma once
// What one user may do: installation superuser or not, and the roles active today per förbund. Every
// request is decided here, in one place: allowed, forbidden (403: the user may know the förbund exists),
// or hidden (404: outside the user's förbund, so existence is not revealed).
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "access/domain/role.hpp"
#include "access/domain/user.hpp"

namespace samordna::core {

constexpr std::string_view kSuperuserRole = "superuser";

enum class Decision { allow, forbid, hide };

struct Access {
  bool superuser = false;
  std::map<std::int64_t, std::set<Role>> roles;  // active roles per association id

  [[nodiscard]] bool sees(std::int64_t association_id) const;
  [[nodiscard]] bool has(Permission permission, std::int64_t association_id) const;
  // `association_id` is the förbund a scoped request concerns (nullopt when it names none or none exists).
  [[nodiscard]] Decision decide(Permission permission, std::optional<std::int64_t> association_id) const;
  // The permissions the user holds in the förbund (for the UI to show what it may do).
  [[nodiscard]] std::vector<Permission> permissions_in(std::int64_t association_id) const;
};

Access access_for(const User& user, const std::vector<RoleAssignment>& assignments, CivilDate today);

// Which participants, referrals and plans in a förbund a caller may see: those of the insatser they work in
// (deltagaransvarig), and the referrals they sent themselves (remittent). Everything outside answers 404.
struct PersonalScope {
  std::vector<std::int64_t> insatser;
  std::optional<std::int64_t> own_referrals_of;  // user id
  [[nodiscard]] bool covers(std::int64_t insats_id, std::int64_t referrer_user_id) const;
  [[nodiscard]] bool covers_insats(std::int64_t insats_id) const;
};

// An insats the user works in, with its controller (lead party).
struct StaffedInsats {
  std::int64_t insats_id = 0;
  std::int64_t lead_member_id = 0;
};

// The participants, referrals and plans the user may see in the förbund: a deltagaransvarig those of the
// insatser they work in whose controller has confirmed their role (their own party's, and each other lead
// party's confirmation; a role from before confirmation reaches all); a remittent their own referrals.
PersonalScope personal_scope(const Access& access, std::int64_t association_id, std::int64_t user_id,
                             const std::vector<StaffedInsats>& staffed, const std::vector<RoleAssignment>& assignments,
                             CivilDate today);

}  // namespace samordna::core

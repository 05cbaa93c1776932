#include "access/invitation_service.hpp"

#include <algorithm>

#include "access/auth_service.hpp"
#include "access/domain/access.hpp"
#include "kernel/error.hpp"

namespace samordna::core {

IssuedInvitation InvitationService::issue(const Actor& actor, std::int64_t user_id) {
  const auto now = clock_.now_unix();
  IssuedInvitation issued{secrets_.random_token(), now + kInvitationSeconds};
  invitations_.retire_invitations_of(user_id, now);
  invitations_.add_invitation({0, user_id, secrets_.digest(issued.token), actor.user_id, now, issued.expires_at, {}});
  return issued;
}

Result<CreatedUser> InvitationService::create_user(const Actor& actor, const NewUser& user) {
  Result<CreatedUser> out = unexpected(Error::of(ErrorKind::internal, "internal"));
  transactions_.run([&] {
    auto view = admin_.create_user(actor, user);
    if (!view) {
      out = unexpected(view.error());
      return;
    }
    auto issued = issue(actor, view->user.id);
    audit_.record(actor, user.assignment.association_id, "invite", "user", std::to_string(view->user.id),
                  {{"expiresAt", std::to_string(issued.expires_at)}});
    out = CreatedUser{*view, issued};
  });
  return out;
}

Result<IssuedInvitation> InvitationService::invite(const Actor& actor, std::int64_t association_id,
                                                   std::int64_t user_id) {
  auto user = users_.find_user(user_id);
  const auto assignments = assignments_.assignments_of_user(user_id);
  if (!user || std::none_of(assignments.begin(), assignments.end(),
                            [&](const RoleAssignment& a) { return a.association_id == association_id; })) {
    return unexpected(not_found());
  }
  if (std::find(user->roles.begin(), user->roles.end(), kSuperuserRole) != user->roles.end()) {
    return unexpected(Error::of(ErrorKind::forbidden, "superuser"));
  }
  if (std::any_of(assignments.begin(), assignments.end(),
                  [&](const RoleAssignment& a) { return a.association_id != association_id; })) {
    return unexpected(Error::of(ErrorKind::forbidden, "user_in_other_association"));
  }
  if (user_id == actor.user_id) return unexpected(Error::invalid("userId", "self"));
  IssuedInvitation issued;
  transactions_.run([&] {
    issued = issue(actor, user_id);
    audit_.record(actor, association_id, "invite", "user", std::to_string(user_id),
                  {{"expiresAt", std::to_string(issued.expires_at)}});
  });
  return issued;
}

Result<InvitationService::Found> InvitationService::find(const std::string& token) {
  if (token.empty()) return unexpected(Error::invalid("token", "required"));
  auto invitation = invitations_.find_invitation(secrets_.digest(token));
  if (!invitation) return unexpected(Error::invalid("token", "unknown"));
  auto user = users_.find_user(invitation->user_id);
  if (!user) return unexpected(Error::invalid("token", "unknown"));
  if (auto ok = check_invitation(*invitation, *user, clock_.now_unix()); !ok) return unexpected(ok.error());
  return Found{*invitation, *user};
}

Result<InvitationInfo> InvitationService::look_up(const std::string& token) {
  auto found = find(token);
  if (!found) return unexpected(found.error());
  return InvitationInfo{found->user.username, found->user.display_name, found->invitation.expires_at};
}

Result<void> InvitationService::accept(const std::string& token, const std::string& password,
                                       const std::string& client_address) {
  auto found = find(token);
  if (!found) return unexpected(found.error());
  if (auto ok = validate_new_password(password); !ok) return unexpected(ok.error());
  const auto hash = hasher_.hash(password);  // outside the transaction: it takes a while
  bool used = false;
  transactions_.run([&] {
    if (!invitations_.use_invitation(found->invitation.id, clock_.now_unix())) return;
    used = true;
    users_.set_password_hash(found->user.id, hash);
    sessions_.remove_sessions_of(found->user.id);
    const Actor self{found->user.id, found->user.username, client_address};
    const auto assignments = assignments_.assignments_of_user(found->user.id);
    std::optional<std::int64_t> association;
    if (!assignments.empty()) association = assignments.front().association_id;
    audit_.record(self, association, "accept_invitation", "user", std::to_string(found->user.id));
  });
  if (!used) return unexpected(Error::invalid("token", "used"));
  return {};
}

}  // namespace samordna::core

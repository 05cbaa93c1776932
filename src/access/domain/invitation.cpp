#include "access/domain/invitation.hpp"

namespace samordna::core {

Result<void> check_invitation(const Invitation& invitation, const User& user, std::int64_t now) {
  if (invitation.used_at) return unexpected(Error::invalid("token", "used"));
  if (now >= invitation.expires_at) return unexpected(Error::invalid("token", "expired"));
  if (user.disabled) return unexpected(Error::invalid("token", "disabled"));
  return {};
}

}  // namespace samordna::core

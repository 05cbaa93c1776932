#pragma once
// An invitation: how a new account gets its password (issue 11). The administrator creates the account and
// receives a one-time link; only the new user ever knows the password they set through it. The link's token
// is stored as a digest only, expires after kInvitationSeconds and works once.
#include <cstdint>
#include <optional>
#include <string>

#include "access/domain/user.hpp"
#include "kernel/error.hpp"

namespace samordna::core {

constexpr std::int64_t kInvitationSeconds = std::int64_t{7} * 24 * 60 * 60;

struct Invitation {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string token_digest;
  std::int64_t created_by = 0;
  std::int64_t created_at = 0;
  std::int64_t expires_at = 0;
  std::optional<std::int64_t> used_at;  // also set when a newer invitation replaces it
};

// Whether the invitation can set the user's password now. Field "token", codes: used (already used or
// replaced by a newer link), expired, disabled (the account is disabled).
Result<void> check_invitation(const Invitation& invitation, const User& user, std::int64_t now);

}  // namespace samordna::core

#pragma once
// Storage of invitations (digests of one-time links).
#include <optional>
#include <string>

#include "core/invitation.hpp"

namespace samordna::core {

class InvitationRepository {
 public:
  virtual ~InvitationRepository() = default;
  virtual std::int64_t add_invitation(const Invitation& invitation) = 0;
  virtual std::optional<Invitation> find_invitation(const std::string& token_digest) = 0;
  // Marks it used unless it already was; false when another request used it first.
  virtual bool use_invitation(std::int64_t id, std::int64_t at) = 0;
  // Marks every unused invitation of the user used (a newer link replaces them).
  virtual void retire_invitations_of(std::int64_t user_id, std::int64_t at) = 0;
};

}  // namespace samordna::core

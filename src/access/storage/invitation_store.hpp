#pragma once
#include "access/domain/invitation.hpp"
#include "access/ports.hpp"
#include "platform/database/database.hpp"

namespace samordna::storage {

// Invitations in SQL (portable SQL only).
class InvitationStore final : public core::InvitationRepository {
 public:
  explicit InvitationStore(Database& db) : db_(db) {}
  std::int64_t add_invitation(const core::Invitation& invitation) override;
  std::optional<core::Invitation> find_invitation(const std::string& token_digest) override;
  bool use_invitation(std::int64_t id, std::int64_t at) override;
  void retire_invitations_of(std::int64_t user_id, std::int64_t at) override;

 private:
  Database& db_;
};

}  // namespace samordna::storage

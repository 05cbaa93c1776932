#include "access/storage/invitation_store.hpp"

namespace samordna::storage {

std::int64_t InvitationStore::add_invitation(const core::Invitation& i) {
  return as_int(db_.query("INSERT INTO invitation (user_id, token_digest, created_by, created_at, expires_at) "
                          "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                          {i.user_id, i.token_digest, i.created_by, i.created_at, i.expires_at})
                    .at(0)
                    .at(0));
}

std::optional<core::Invitation> InvitationStore::find_invitation(const std::string& token_digest) {
  auto rows = db_.query(
      "SELECT id, user_id, token_digest, created_by, created_at, expires_at, used_at FROM invitation "
      "WHERE token_digest = $1",
      {token_digest});
  if (rows.empty()) return std::nullopt;
  const auto& r = rows.front();
  core::Invitation out{as_int(r[0]), as_int(r[1]), as_text(r[2]),        as_int(r[3]),
                       as_int(r[4]), as_int(r[5]), as_optional_int(r[6])};
  return out;
}

bool InvitationStore::use_invitation(std::int64_t id, std::int64_t at) {
  return db_.execute("UPDATE invitation SET used_at = $1 WHERE id = $2 AND used_at IS NULL", {at, id}) == 1;
}

void InvitationStore::retire_invitations_of(std::int64_t user_id, std::int64_t at) {
  db_.execute("UPDATE invitation SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL", {at, user_id});
}

}  // namespace samordna::storage

#pragma once
#include "access/domain/user.hpp"
#include "access/ports.hpp"
#include "platform/database/database.hpp"

namespace samordna::storage {

// Users and sessions in SQL (portable SQL only).
class UserStore final : public core::UserRepository, public core::SessionRepository, public core::AccessVersion {
 public:
  explicit UserStore(Database& db) : db_(db) {}
  std::optional<core::User> find_user_by_username(const std::string& username) override;
  std::optional<core::User> find_user(std::int64_t id) override;
  std::vector<core::User> list_users() override;
  std::int64_t add_user(const core::User& user) override;
  void set_password_hash(std::int64_t user_id, const std::string& hash) override;
  void set_disabled(std::int64_t user_id, bool disabled) override;

  void add_session(const core::Session& session) override;
  std::optional<core::Session> find_session(const std::string& token_digest) override;
  void touch_session(const std::string& token_digest, std::int64_t now) override;
  void remove_session(const std::string& token_digest) override;
  void remove_sessions_of(std::int64_t user_id) override;
  // Moved by triggers (migration 0029).
  std::int64_t access_version() override;

 private:
  std::optional<core::User> find_where(std::string_view column, const Value& value);
  Database& db_;
};

}  // namespace samordna::storage

#pragma once
// Ports of access: users, sessions, role assignments, staffing and invitations.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "access/domain/access.hpp"
#include "access/domain/invitation.hpp"
#include "access/domain/role.hpp"
#include "access/domain/user.hpp"

namespace samordna::core {

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  virtual std::optional<User> find_user_by_username(const std::string& username) = 0;
  virtual std::optional<User> find_user(std::int64_t id) = 0;
  virtual std::vector<User> list_users() = 0;
  virtual std::int64_t add_user(const User& user) = 0;  // returns the new id; throws on duplicate username
  virtual void set_password_hash(std::int64_t user_id, const std::string& hash) = 0;
  virtual void set_disabled(std::int64_t user_id, bool disabled) = 0;
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual void add_session(const Session& session) = 0;
  virtual std::optional<Session> find_session(const std::string& token_digest) = 0;
  virtual void touch_session(const std::string& token_digest, std::int64_t now) = 0;
  virtual void remove_session(const std::string& token_digest) = 0;
  virtual void remove_sessions_of(std::int64_t user_id) = 0;
};

// A number that moves, in the same transaction, with every change to what a caller's access is read from:
// sessions (not their last use), users and their roles, role assignments and their confirmations, and which förbund
// exist. What was read at one version may be used until it moves.
class AccessVersion {
 public:
  virtual ~AccessVersion() = default;
  virtual std::int64_t access_version() = 0;
};

// Which insatser a user works in, with each one's controller (lead party).
class StaffingLookup {
 public:
  virtual ~StaffingLookup() = default;
  virtual std::vector<StaffedInsats> staffed_with_lead(std::int64_t user_id) = 0;
};

class RoleAssignmentRepository {
 public:
  virtual ~RoleAssignmentRepository() = default;
  virtual std::vector<RoleAssignment> assignments_of_user(std::int64_t user_id) = 0;
  virtual std::vector<RoleAssignment> assignments_in(std::int64_t association_id) = 0;
  virtual std::vector<RoleAssignment> assignments_in_all() = 0;  // every förbund's (the command line)
  virtual std::int64_t add_assignment(const RoleAssignment& assignment) = 0;
  virtual void remove_assignment(std::int64_t id) = 0;
  // Marks a pending assignment confirmed; false when it is already confirmed (or gone).
  virtual bool confirm_assignment(std::int64_t id, std::int64_t confirmed_by, std::int64_t at) = 0;
  // Records that another controller (lead party) confirmed a deltagaransvarig role for its insatser; false
  // when that party already had.
  virtual bool confirm_for_party(std::int64_t id, std::int64_t member_id, std::int64_t confirmed_by,
                                 std::int64_t at) = 0;
};

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

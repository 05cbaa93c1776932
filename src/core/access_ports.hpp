#pragma once
// Ports for access control and audit: role assignments, the audit log, and running several writes (the
// change and its audit event) in one transaction.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/audit.hpp"
#include "core/role.hpp"

namespace samordna::core {

class Transactions {
 public:
  virtual ~Transactions() = default;
  // Runs `work` in one write transaction: all of it is saved, or (when it throws) none of it.
  virtual void run(const std::function<void()>& work) = 0;
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

struct AuditFilter {
  std::optional<std::int64_t> association_id;  // nullopt: the whole installation (superuser)
  std::string action;                          // empty: any
  std::string username;                        // empty: any
  std::string entity;
  std::string entity_id;
  std::optional<std::int64_t> from_at;
  std::optional<std::int64_t> to_at;  // exclusive
  std::int64_t limit = 50;
  std::int64_t offset = 0;
};

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  // Appends after the latest event: gives it the next id, chains it with `digest`, stores it; returns it.
  virtual AuditEvent append(AuditEvent event, const DigestFn& digest) = 0;
  // Newest first.
  virtual std::vector<AuditEvent> find(const AuditFilter& filter) = 0;
  virtual std::int64_t count(const AuditFilter& filter) = 0;
  // Every event in id order.
  virtual std::vector<AuditEvent> all_events() = 0;
  // Events, head and whether accounts exist, read in one read transaction (a writer may be appending).
  virtual AuditSnapshot snapshot() = 0;
  // The head as stored (one row; nullopt before the first event).
  virtual std::optional<AuditHead> stored_head() = 0;
  // Replaces the head (used once to authenticate a head written before heads carried a mac).
  virtual void set_head(const AuditHead& head) = 0;
};

// Records audit events with the time from the clock, chained with the digest.
class AuditTrail {
 public:
  AuditTrail(AuditRepository& events, DigestFn digest, std::function<std::int64_t()> now)
      : events_(events), digest_(std::move(digest)), now_(std::move(now)) {}
  AuditEvent record(const Actor& actor, std::optional<std::int64_t> association_id, std::string action,
                    std::string entity, std::string entity_id, std::vector<AuditField> fields = {});
  // nullopt when the chain is whole and the authenticated head matches it; else the id of the first event that
  // does not fit, or 0 when the head does not (newest events removed, head altered, or the log emptied in a
  // database with accounts).
  std::optional<std::int64_t> verify();
  // The head as stored ("COUNT:HASH"), for a revisor to note in the minutes; verify() first.
  std::string head();
  // Whether the log still holds, as its event number `count`, the event with `hash` (noted earlier): false
  // when the log was rolled back before it.
  bool holds(std::int64_t count, const std::string& hash);
  // Records a checkpoint event naming the count and hash before it (at start, daily and on shutdown).
  void checkpoint(const std::string& reason);
  // Authenticates a head written before heads carried a mac, if the chain is whole; true when it did.
  bool authenticate_legacy_head();

 private:
  AuditRepository& events_;
  DigestFn digest_;
  std::function<std::int64_t()> now_;
};

}  // namespace samordna::core

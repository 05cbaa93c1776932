#pragma once
// Ports of the audit log: appending chained events and finding them.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/domain/audit.hpp"

namespace samordna::core {

struct AuditFilter {
  std::optional<std::int64_t> association_id;  // nullopt: the whole installation (superuser)
  // With association_id: the sign-in events of these users count as the förbund's too. Logins, failed and
  // throttled logins, logouts and password changes belong to no förbund (entity "session", no association).
  std::vector<std::string> session_usernames;
  std::string action;    // empty: any
  std::string username;  // empty: any
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

}  // namespace samordna::core

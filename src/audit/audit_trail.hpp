#pragma once
// The audit trail: records each change with who, when and what, chained so that no event can be
// removed or altered unseen; verifies the chain and its authenticated head.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "audit/ports.hpp"

namespace samordna::core {

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
  // The events the filter asks for, newest first, and how many there are (the audit log's view).
  std::vector<AuditEvent> find(const AuditFilter& filter) { return events_.find(filter); }
  std::int64_t count(const AuditFilter& filter) { return events_.count(filter); }
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

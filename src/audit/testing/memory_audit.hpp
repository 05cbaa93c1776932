#pragma once
// The audit log in memory, and a stand-in digest, for testing services without a database.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "audit/domain/audit.hpp"
#include "audit/ports.hpp"

namespace samordna::core::testing {

struct MemoryAudit : AuditRepository {
  std::vector<AuditEvent> events;
  std::optional<AuditHead> head;
  bool accounts = false;
  AuditEvent append(AuditEvent e, const DigestFn& digest) override {
    e.id = std::int64_t(events.size()) + 1;
    chain(e, events.empty() ? "" : events.back().hash, digest);
    events.push_back(e);
    head = AuditHead{e.id, e.hash, digest(head_text(e.id, e.hash))};
    return e;
  }
  std::vector<AuditEvent> find(const AuditFilter&) override { return events; }
  std::int64_t count(const AuditFilter&) override { return std::int64_t(events.size()); }
  std::vector<AuditEvent> all_events() override { return events; }
  AuditSnapshot snapshot() override { return {events, head, accounts}; }
  void set_head(const AuditHead& h) override { head = h; }
  std::optional<AuditHead> stored_head() override { return head; }
};

// A stand-in digest: enough to show the chain's logic (the real one is keyed BLAKE2b).
inline std::string fake_digest(const std::string& text) { return std::to_string(std::hash<std::string>{}(text)); }

}  // namespace samordna::core::testing

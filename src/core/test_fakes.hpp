#pragma once
// In-memory implementations of the access and audit ports, shared by the core's tests.
#include <map>
#include <string>
#include <vector>

#include "core/access_ports.hpp"
#include "core/throttle.hpp"

namespace samordna::core::testing {

struct MemoryAttempts : LoginAttemptRepository {
  std::map<std::string, std::vector<std::int64_t>> failures;
  std::int64_t count(const std::string& key, std::int64_t since) {
    std::int64_t n = 0;
    for (auto at : failures[key]) n += at > since ? 1 : 0;
    return n;
  }
  bool reserve(const std::vector<AttemptLimit>& limits, std::int64_t since, std::int64_t at) override {
    for (const auto& l : limits) {
      if (count(l.key, since) >= l.limit) return false;
    }
    for (const auto& l : limits) failures[l.key].push_back(at);
    return true;
  }
  void clear_failures(const std::string& key) override { failures.erase(key); }
};

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

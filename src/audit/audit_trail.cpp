#include "audit/audit_trail.hpp"
#include "audit/domain/audit.hpp"

namespace samordna::core {

AuditEvent AuditTrail::record(const Actor& actor, std::optional<std::int64_t> association_id, std::string action,
                              std::string entity, std::string entity_id, std::vector<AuditField> fields) {
  AuditEvent event;
  event.at = now_();
  event.actor = actor;
  event.association_id = association_id;
  event.action = std::move(action);
  event.entity = std::move(entity);
  event.entity_id = std::move(entity_id);
  event.fields = std::move(fields);
  return events_.append(std::move(event), digest_);
}

std::optional<std::int64_t> AuditTrail::verify() {
  auto s = events_.snapshot();
  if (auto broken = first_broken_link(s.events, digest_)) return broken;
  const auto count = std::int64_t(s.events.size());
  const std::string last = s.events.empty() ? "" : s.events.back().hash;
  if (s.events.empty()) {
    // Nothing logged: right only for a database nobody has used, and whose head was never written.
    return (s.accounts_exist || s.head) ? std::optional<std::int64_t>(0) : std::nullopt;
  }
  // A removed last event leaves a whole chain behind: the authenticated head tells.
  if (!s.head || s.head->count != count || s.head->hash != last || s.head->mac != digest_(head_text(count, last))) {
    return 0;
  }
  return std::nullopt;
}

std::string AuditTrail::head() {
  auto h = events_.stored_head();
  return h ? std::to_string(h->count) + ":" + h->hash : "0:";
}

bool AuditTrail::holds(std::int64_t count, const std::string& hash) {
  auto s = events_.snapshot();
  return count >= 1 && count <= std::int64_t(s.events.size()) && s.events[std::size_t(count - 1)].hash == hash;
}

void AuditTrail::checkpoint(const std::string& reason) {
  const auto before = head();
  const auto colon = before.find(':');
  record({0, "system", ""}, std::nullopt, "checkpoint", "audit", "",
         {{"count", before.substr(0, colon)}, {"hash", before.substr(colon + 1)}, {"reason", reason}});
}

bool AuditTrail::authenticate_legacy_head() {
  auto s = events_.snapshot();
  if (!s.head || !s.head->mac.empty() || s.events.empty()) return false;
  if (first_broken_link(s.events, digest_) || s.head->hash != s.events.back().hash) return false;
  const auto count = std::int64_t(s.events.size());
  events_.set_head({count, s.events.back().hash, digest_(head_text(count, s.events.back().hash))});
  return true;
}

}  // namespace samordna::core

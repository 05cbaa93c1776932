#include "core/access_ports.hpp"

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
  auto events = events_.all_events();
  if (auto broken = first_broken_link(events, digest_)) return broken;
  // A removed last event leaves a whole chain behind: the recorded head tells.
  const std::string last = events.empty() ? "" : events.back().hash;
  if (events_.head_hash() != last) return 0;
  return std::nullopt;
}

}  // namespace samordna::core

#pragma once
#include "audit/domain/audit.hpp"
#include "audit/ports.hpp"
#include "platform/database/database.hpp"

namespace samordna::storage {

// The audit log: appended in the caller's transaction (or its own), read newest first with filters.
class AuditStore final : public core::AuditRepository {
 public:
  explicit AuditStore(Database& db) : db_(db) {}
  core::AuditEvent append(core::AuditEvent event, const core::DigestFn& digest) override;
  std::vector<core::AuditEvent> find(const core::AuditFilter& filter) override;
  std::int64_t count(const core::AuditFilter& filter) override;
  std::vector<core::AuditEvent> all_events() override;
  core::AuditSnapshot snapshot() override;
  void set_head(const core::AuditHead& head) override;
  std::optional<core::AuditHead> stored_head() override;

 private:
  Database& db_;
};

}  // namespace samordna::storage

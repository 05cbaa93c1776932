#pragma once
// The audit log: append-only events, each chained to the one before by a digest of its content and the
// previous digest, so a removed, inserted or altered row breaks the chain. Personal fields are logged by
// name only; other fields with their values.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace samordna::core {

struct AuditField {
  std::string name;
  std::optional<std::string> value;  // nullopt for personal data: the name alone is logged
};

// Who did it, from where: every use case that writes or reads personal data takes one.
struct Actor {
  std::int64_t user_id = 0;  // 0 for the system or an unknown user
  std::string username;
  std::string client_address;
};

struct AuditEvent {
  std::int64_t id = 0;
  std::int64_t at = 0;  // unix seconds
  Actor actor;
  std::optional<std::int64_t> association_id;
  std::string action;     // create, update, delete, read_personal, export, login, login_failed, logout, ...
  std::string entity;     // e.g. budget, member, notice, user, role_assignment, session
  std::string entity_id;  // e.g. "2020", "8"
  std::vector<AuditField> fields;
  std::string prev_hash;
  std::string hash;
};

// Fields as one line per field, "name" or "name=value", with \ and newlines escaped; and back.
std::string encode_fields(const std::vector<AuditField>& fields);
std::vector<AuditField> decode_fields(const std::string& text);

// The text a digest is taken of: every column but the hash, in a fixed order.
std::string canonical_text(const AuditEvent& event);

using DigestFn = std::function<std::string(const std::string&)>;

// Sets prev_hash and hash of `event` to follow `previous_hash` ("" for the first event).
void chain(AuditEvent& event, const std::string& previous_hash, const DigestFn& digest);

// The head of the log: how many events there are and the last one's hash, authenticated by `mac`, the keyed
// digest of head_text(count, hash).
struct AuditHead {
  std::int64_t count = 0;
  std::string hash;
  std::string mac;
};
std::string head_text(std::int64_t count, const std::string& hash);

// The log as read at one instant: its events in id order, its head, and whether the database has accounts
// (users or sessions; such a database has logged something, so an empty log there was emptied).
struct AuditSnapshot {
  std::vector<AuditEvent> events;
  std::optional<AuditHead> head;
  bool accounts_exist = false;
};

// Checks the chain in id order; returns the id of the first event that does not fit, or nullopt.
std::optional<std::int64_t> first_broken_link(const std::vector<AuditEvent>& events, const DigestFn& digest);

}  // namespace samordna::core

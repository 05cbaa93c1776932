#include "audit/storage/audit_store.hpp"

namespace samordna::storage {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, at, user_id, username, client_address, association_id, action, entity, entity_id, fields, "
    "prev_hash, hash FROM audit_event";

core::AuditEvent to_event(const Row& r) {
  core::AuditEvent e;
  e.id = as_int(r[0]);
  e.at = as_int(r[1]);
  e.actor = {as_int(r[2]), as_text(r[3]), as_text(r[4])};
  e.association_id = as_optional_int(r[5]);
  e.action = as_text(r[6]);
  e.entity = as_text(r[7]);
  e.entity_id = as_text(r[8]);
  e.fields = core::decode_fields(as_text(r[9]));
  e.prev_hash = as_text(r[10]);
  e.hash = as_text(r[11]);
  return e;
}

// The WHERE clause and its parameters for a filter ($1.. in order).
std::string where(const core::AuditFilter& f, std::vector<Value>& params) {
  std::string sql = " WHERE 1 = 1";
  auto add = [&](const std::string& condition, Value v) {
    params.push_back(std::move(v));
    sql += " AND " + condition + " $" + std::to_string(params.size());
  };
  if (f.association_id && f.session_usernames.empty()) add("association_id =", *f.association_id);
  if (f.association_id && !f.session_usernames.empty()) {
    params.emplace_back(*f.association_id);
    sql += " AND (association_id = $" + std::to_string(params.size()) +
           " OR (association_id IS NULL AND entity = 'session' AND username IN (";
    for (std::size_t i = 0; i < f.session_usernames.size(); ++i) {
      params.emplace_back(f.session_usernames[i]);
      sql += (i == 0 ? "$" : ", $") + std::to_string(params.size());
    }
    sql += ")))";
  }
  if (!f.action.empty()) add("action =", f.action);
  if (!f.username.empty()) add("username =", f.username);
  if (!f.entity.empty()) add("entity =", f.entity);
  if (!f.entity_id.empty()) add("entity_id =", f.entity_id);
  if (f.from_at) add("at >=", *f.from_at);
  if (f.to_at) add("at <", *f.to_at);
  return sql;
}

}  // namespace

core::AuditEvent AuditStore::append(core::AuditEvent event, const core::DigestFn& digest) {
  db_.transaction([&] {
    auto last = db_.query("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1");
    event.id = last.empty() ? 1 : as_int(last[0][0]) + 1;
    core::chain(event, last.empty() ? "" : as_text(last[0][1]), digest);
    db_.execute(
        "INSERT INTO audit_event (id, at, user_id, username, client_address, association_id, action, entity, "
        "entity_id, fields, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        {event.id, event.at, event.actor.user_id, event.actor.username, event.actor.client_address,
         optional_int(event.association_id), event.action, event.entity, event.entity_id,
         core::encode_fields(event.fields), event.prev_hash, event.hash});
    set_head({event.id, event.hash, digest(core::head_text(event.id, event.hash))});
  });
  return event;
}

void AuditStore::set_head(const core::AuditHead& head) {
  db_.execute(
      "INSERT INTO audit_head (singleton, hash, event_count, mac) VALUES (1, $1, $2, $3) ON CONFLICT (singleton) "
      "DO UPDATE SET hash = excluded.hash, event_count = excluded.event_count, mac = excluded.mac",
      {head.hash, head.count, head.mac});
}

std::vector<core::AuditEvent> AuditStore::find(const core::AuditFilter& filter) {
  std::vector<Value> params;
  std::string sql = std::string(kColumns) + where(filter, params);
  params.emplace_back(filter.limit);
  sql += " ORDER BY id DESC LIMIT $" + std::to_string(params.size());
  params.emplace_back(filter.offset);
  sql += " OFFSET $" + std::to_string(params.size());
  std::vector<core::AuditEvent> out;
  for (const auto& r : db_.query(sql, params)) out.push_back(to_event(r));
  return out;
}

std::int64_t AuditStore::count(const core::AuditFilter& filter) {
  std::vector<Value> params;
  std::string sql = "SELECT count(*) FROM audit_event" + where(filter, params);
  return as_int(db_.query(sql, params).at(0).at(0));
}

std::vector<core::AuditEvent> AuditStore::all_events() {
  std::vector<core::AuditEvent> out;
  for (const auto& r : db_.query(std::string(kColumns) + " ORDER BY id")) out.push_back(to_event(r));
  return out;
}

std::optional<core::AuditHead> AuditStore::stored_head() {
  auto head = db_.query("SELECT event_count, hash, mac FROM audit_head WHERE singleton = 1");
  if (head.empty()) return std::nullopt;
  return core::AuditHead{as_int(head[0][0]), as_text(head[0][1]), as_text(head[0][2])};
}

core::AuditSnapshot AuditStore::snapshot() {
  core::AuditSnapshot s;
  db_.read_transaction([&] {
    for (const auto& r : db_.query(std::string(kColumns) + " ORDER BY id")) s.events.push_back(to_event(r));
    auto head = db_.query("SELECT event_count, hash, mac FROM audit_head WHERE singleton = 1");
    if (!head.empty()) s.head = core::AuditHead{as_int(head[0][0]), as_text(head[0][1]), as_text(head[0][2])};
    s.accounts_exist =
        as_int(db_.query("SELECT (SELECT count(*) FROM (SELECT 1 FROM app_user LIMIT 1) AS u) + (SELECT count(*) FROM "
                         "(SELECT 1 FROM session LIMIT 1) AS s)")[0][0]) > 0;
  });
  return s;
}

}  // namespace samordna::storage

#include "audit/domain/audit.hpp"

namespace samordna::core {
namespace {
std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '=') {
      out += "\\e";
    } else {
      out += c;
    }
  }
  return out;
}
std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char n = s[++i];
      out += n == 'n' ? '\n' : n == 'e' ? '=' : n;
    } else {
      out += s[i];
    }
  }
  return out;
}
}  // namespace

std::string encode_fields(const std::vector<AuditField>& fields) {
  std::string out;
  for (const auto& f : fields) {
    if (!out.empty()) out += '\n';
    out += escape(f.name);
    if (f.value) out += "=" + escape(*f.value);
  }
  return out;
}

std::vector<AuditField> decode_fields(const std::string& text) {
  std::vector<AuditField> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    std::size_t eq = line.find('=');
    if (eq == std::string::npos) {
      out.push_back({unescape(line), std::nullopt});
    } else {
      out.push_back({unescape(line.substr(0, eq)), unescape(line.substr(eq + 1))});
    }
    start = end + 1;
  }
  return out;
}

std::string canonical_text(const AuditEvent& e) {
  auto line = [](const std::string& s) { return escape(s) + "\n"; };
  return line(std::to_string(e.id)) + line(std::to_string(e.at)) + line(std::to_string(e.actor.user_id)) +
         line(e.actor.username) + line(e.actor.client_address) +
         line(e.association_id ? std::to_string(*e.association_id) : "-") + line(e.action) + line(e.entity) +
         line(e.entity_id) + line(encode_fields(e.fields)) + line(e.prev_hash);
}

std::string head_text(std::int64_t count, const std::string& hash) {
  return "audit-head|" + std::to_string(count) + "|" + hash;
}

void chain(AuditEvent& event, const std::string& previous_hash, const DigestFn& digest) {
  event.prev_hash = previous_hash;
  event.hash = digest(canonical_text(event));
}

std::optional<std::int64_t> first_broken_link(const std::vector<AuditEvent>& events, const DigestFn& digest) {
  std::string previous;
  for (const auto& e : events) {
    if (e.prev_hash != previous || e.hash != digest(canonical_text(e))) return e.id;
    previous = e.hash;
  }
  return std::nullopt;
}

}  // namespace samordna::core

#include "access/principal_cache.hpp"

namespace samordna::core {

std::optional<Principal> PrincipalCache::find(const std::string& token_digest, std::int64_t version) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(token_digest);
  if (it == entries_.end()) return std::nullopt;
  if (it->second.version != version) {
    entries_.erase(it);
    return std::nullopt;
  }
  return it->second.principal;
}

void PrincipalCache::keep(const std::string& token_digest, std::int64_t version, Principal principal) {
  std::lock_guard lock(mutex_);
  if (entries_.size() >= most_ && !entries_.contains(token_digest)) entries_.clear();
  entries_.insert_or_assign(token_digest, Entry{version, std::move(principal)});
}

void PrincipalCache::touched(const std::string& token_digest, std::int64_t at) {
  std::lock_guard lock(mutex_);
  if (auto it = entries_.find(token_digest); it != entries_.end()) it->second.principal.session.last_seen_at = at;
}

void PrincipalCache::forget(const std::string& token_digest) {
  std::lock_guard lock(mutex_);
  entries_.erase(token_digest);
}

std::size_t PrincipalCache::size() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace samordna::core

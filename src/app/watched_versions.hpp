#pragma once
// The access version (migration 0029), the members version (0030) and the insatser version (0031) without a query while
// a change listener keeps them known (PostgreSQL: platform/database/postgres_change_listener.hpp); read from the
// database whenever they are not, and always without a watch (SQLite, where another process's change has no one to tell
// of it).
#include <string>
#include <vector>

#include "access/ports.hpp"
#include "membership/ports.hpp"
#include "participants/ports.hpp"
#include "platform/database/counter_watch.hpp"

namespace samordna::app {

enum WatchedCounter : std::size_t { kAccessCounter = 0, kMembersCounter = 1, kInsatserCounter = 2 };

// The tables of the counters, in WatchedCounter's order.
inline std::vector<std::string> watched_counter_tables() {
  return {"access_version", "members_version", "insatser_version"};
}

// The counter as the watch knows it, else as `read` reads it.
template <class Read>
std::int64_t known_or_read(const storage::CounterWatch* watch, WatchedCounter counter, Read read) {
  if (watch != nullptr) {
    if (auto known = watch->known(counter)) return *known;
  }
  return read();
}

class WatchedAccessVersion final : public core::AccessVersion {
 public:
  WatchedAccessVersion(core::AccessVersion& stored, const storage::CounterWatch* watch)
      : stored_(stored), watch_(watch) {}
  std::int64_t access_version() override {
    return known_or_read(watch_, kAccessCounter, [this] { return stored_.access_version(); });
  }

 private:
  core::AccessVersion& stored_;
  const storage::CounterWatch* watch_;
};

class WatchedMembersVersion final : public core::MembersVersion {
 public:
  WatchedMembersVersion(core::MembersVersion& stored, const storage::CounterWatch* watch)
      : stored_(stored), watch_(watch) {}
  std::int64_t members_version() override {
    return known_or_read(watch_, kMembersCounter, [this] { return stored_.members_version(); });
  }

 private:
  core::MembersVersion& stored_;
  const storage::CounterWatch* watch_;
};

class WatchedInsatserVersion final : public core::InsatserVersion {
 public:
  WatchedInsatserVersion(core::InsatserVersion& stored, const storage::CounterWatch* watch)
      : stored_(stored), watch_(watch) {}
  std::int64_t insatser_version() override {
    return known_or_read(watch_, kInsatserCounter, [this] { return stored_.insatser_version(); });
  }

 private:
  core::InsatserVersion& stored_;
  const storage::CounterWatch* watch_;
};

}  // namespace samordna::app

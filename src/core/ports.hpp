#pragma once
// Ports: what the domain needs from the outside world. Storage, clock, randomness and hashing live behind
// these interfaces so every rule can be tested in memory.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/association.hpp"
#include "core/civil_date.hpp"
#include "core/membership.hpp"
#include "core/refdata.hpp"
#include "core/user.hpp"

namespace samordna::core {

class Clock {
 public:
  virtual ~Clock() = default;
  [[nodiscard]] virtual std::int64_t now_unix() const = 0;  // seconds since the epoch, UTC
  [[nodiscard]] virtual CivilDate today() const = 0;        // the civil date in Sweden
};

class Secrets {
 public:
  virtual ~Secrets() = default;
  virtual std::string random_token() = 0;                                        // unguessable, URL-safe
  [[nodiscard]] virtual std::string digest(const std::string& token) const = 0;  // what is stored
};

class PasswordHasher {
 public:
  virtual ~PasswordHasher() = default;
  [[nodiscard]] virtual std::string hash(const std::string& password) const = 0;
  [[nodiscard]] virtual bool verify(const std::string& stored_hash, const std::string& password) const = 0;
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  virtual std::optional<User> find_user_by_username(const std::string& username) = 0;
  virtual std::optional<User> find_user(std::int64_t id) = 0;
  virtual std::vector<User> list_users() = 0;
  virtual std::int64_t add_user(const User& user) = 0;  // returns the new id; throws on duplicate username
  virtual void set_password_hash(std::int64_t user_id, const std::string& hash) = 0;
  virtual void set_disabled(std::int64_t user_id, bool disabled) = 0;
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual void add_session(const Session& session) = 0;
  virtual std::optional<Session> find_session(const std::string& token_digest) = 0;
  virtual void touch_session(const std::string& token_digest, std::int64_t now) = 0;
  virtual void remove_session(const std::string& token_digest) = 0;
  virtual void remove_sessions_of(std::int64_t user_id) = 0;
};

// Writes with an expected version return false when the stored version differs (optimistic concurrency);
// each successful write increments the version.
class AssociationRepository {
 public:
  virtual ~AssociationRepository() = default;
  virtual std::vector<Association> list_associations() = 0;
  virtual std::optional<Association> find_association(std::int64_t id) = 0;
  virtual std::vector<Member> list_members(std::int64_t association_id) = 0;
  virtual std::optional<Member> find_member(std::int64_t id) = 0;
  // Returns the new id, or nullopt when the organisation number is taken.
  virtual std::optional<std::int64_t> add_association(const Association& association) = 0;
  virtual bool update_association(const Association& association, std::int64_t expected_version) = 0;
  virtual std::int64_t add_member(const Member& member) = 0;
  virtual bool save_notice(std::int64_t member_id, const Notice& notice, std::int64_t expected_version) = 0;
  virtual KnownAreas known_areas() = 0;
  // Population 16–64 per kommun code for the year (empty when none is imported for it).
  virtual std::map<std::string, std::int64_t> population_16_64(int year) = 0;
  // The latest year on or before `year` with population figures.
  virtual std::optional<int> population_year_on_or_before(int year) = 0;
  virtual std::map<std::string, std::string> kommun_regions() = 0;
};

class ReferenceDataRepository {
 public:
  virtual ~ReferenceDataRepository() = default;
  // Replaces or adds the given rows in one transaction; all or nothing.
  virtual void import_reference_data(const std::vector<Region>& regions,
                                     const std::vector<Municipality>& municipalities,
                                     const std::vector<Population>& population) = 0;
  virtual std::vector<std::string> known_region_codes() = 0;
  virtual std::vector<std::string> known_kommun_codes() = 0;
};

}  // namespace samordna::core

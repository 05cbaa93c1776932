#pragma once
// Ports: what the domain needs from the outside world. Storage, clock, randomness and hashing live behind
// these interfaces so every rule can be tested in memory.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/association.hpp"
#include "core/civil_date.hpp"
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

class AssociationRepository {
 public:
  virtual ~AssociationRepository() = default;
  virtual std::vector<Association> list_associations() = 0;
  virtual std::optional<Association> find_association(std::int64_t id) = 0;
  virtual std::vector<Member> list_members(std::int64_t association_id) = 0;
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

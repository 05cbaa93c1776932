#pragma once
// Ports of membership: förbund, members, reference data, charters and processing agreements.
// Writes with an expected version return false when the stored version differs (optimistic concurrency).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "membership/domain/association.hpp"
#include "membership/domain/charter.hpp"
#include "membership/domain/membership.hpp"
#include "membership/domain/processing_agreement.hpp"
#include "membership/domain/refdata.hpp"

namespace samordna::core {

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

// A number that moves with every change to members and their notices, whichever process or server makes it
// (migration 0030). What was read at one number may be used until it moves.
class MembersVersion {
 public:
  virtual ~MembersVersion() = default;
  virtual std::int64_t members_version() = 0;
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

class CharterRepository {
 public:
  virtual ~CharterRepository() = default;
  virtual std::vector<Charter> list_charters(std::int64_t association_id) = 0;
  virtual std::int64_t add_charter(const Charter& charter) = 0;
};

class ProcessingAgreementRepository {
 public:
  virtual ~ProcessingAgreementRepository() = default;
  virtual std::vector<ProcessingAgreement> agreements(std::int64_t association_id) = 0;
  virtual std::optional<ProcessingAgreement> find_agreement(std::int64_t id) = 0;
  virtual std::int64_t add_agreement(const ProcessingAgreement& agreement) = 0;
  // False when the version has moved on.
  virtual bool save_agreement(const ProcessingAgreement& agreement, std::int64_t expected_version) = 0;
};

}  // namespace samordna::core

#pragma once
#include "membership/domain/association.hpp"
#include "membership/domain/membership.hpp"
#include "membership/domain/refdata.hpp"
#include "membership/ports.hpp"
#include "platform/database/database.hpp"

namespace samordna::storage {

// Associations, their members and notices, and SCB reference data in SQL (portable SQL only).
class AssociationStore final : public core::AssociationRepository,
                               public core::ReferenceDataRepository,
                               public core::MembersVersion {
 public:
  explicit AssociationStore(Database& db) : db_(db) {}
  std::vector<core::Association> list_associations() override;
  std::optional<core::Association> find_association(std::int64_t id) override;
  std::vector<core::Member> list_members(std::int64_t association_id) override;
  std::optional<core::Member> find_member(std::int64_t id) override;
  std::optional<std::int64_t> add_association(const core::Association& association) override;
  bool update_association(const core::Association& association, std::int64_t expected_version) override;
  std::int64_t add_member(const core::Member& member) override;
  bool save_notice(std::int64_t member_id, const core::Notice& notice, std::int64_t expected_version) override;
  core::KnownAreas known_areas() override;
  std::map<std::string, std::int64_t> population_16_64(int year) override;
  std::optional<int> population_year_on_or_before(int year) override;
  std::map<std::string, std::string> kommun_regions() override;
  std::int64_t members_version() override;

  void import_reference_data(const std::vector<core::Region>& regions,
                             const std::vector<core::Municipality>& municipalities,
                             const std::vector<core::Population>& population) override;
  std::vector<std::string> known_region_codes() override;
  std::vector<std::string> known_kommun_codes() override;

 private:
  std::vector<core::Member> members_where(const std::string& condition, std::int64_t id);
  Database& db_;
};

}  // namespace samordna::storage

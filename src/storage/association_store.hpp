#pragma once
#include "core/ports.hpp"
#include "storage/database.hpp"

namespace samordna::storage {

// Associations, their members, and SCB reference data in SQL (portable SQL only).
class AssociationStore final : public core::AssociationRepository, public core::ReferenceDataRepository {
 public:
  explicit AssociationStore(Database& db) : db_(db) {}
  std::vector<core::Association> list_associations() override;
  std::optional<core::Association> find_association(std::int64_t id) override;
  std::vector<core::Member> list_members(std::int64_t association_id) override;
  std::int64_t add_association(const core::Association& association);
  std::int64_t add_member(const core::Member& member);

  void import_reference_data(const std::vector<core::Region>& regions,
                             const std::vector<core::Municipality>& municipalities,
                             const std::vector<core::Population>& population) override;
  std::vector<std::string> known_region_codes() override;
  std::vector<std::string> known_kommun_codes() override;

 private:
  Database& db_;
};

}  // namespace samordna::storage

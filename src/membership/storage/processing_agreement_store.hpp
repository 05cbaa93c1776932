#pragma once
// Processing agreements over SQL.
#include "membership/domain/processing_agreement.hpp"
#include "membership/ports.hpp"
#include "platform/database/database.hpp"

namespace samordna::storage {

class ProcessingAgreementStore final : public core::ProcessingAgreementRepository {
 public:
  explicit ProcessingAgreementStore(Database& db) : db_(db) {}
  std::vector<core::ProcessingAgreement> agreements(std::int64_t association_id) override;
  std::optional<core::ProcessingAgreement> find_agreement(std::int64_t id) override;
  std::int64_t add_agreement(const core::ProcessingAgreement& agreement) override;
  bool save_agreement(const core::ProcessingAgreement& agreement, std::int64_t expected_version) override;

 private:
  std::vector<core::ProcessingAgreement> where(std::string_view condition, std::int64_t value);
  Database& db_;
};

}  // namespace samordna::storage

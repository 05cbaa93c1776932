#pragma once
// Where processing agreements are kept.
#include <optional>
#include <vector>

#include "core/processing_agreement.hpp"

namespace samordna::core {

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

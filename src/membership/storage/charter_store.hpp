#pragma once
#include "membership/domain/charter.hpp"
#include "membership/ports.hpp"
#include "platform/database/database.hpp"

namespace samordna::storage {

// Charters (förbundsordningar) with their board seats and qualified-majority matters.
class CharterStore final : public core::CharterRepository {
 public:
  explicit CharterStore(Database& db) : db_(db) {}
  std::vector<core::Charter> list_charters(std::int64_t association_id) override;
  std::int64_t add_charter(const core::Charter& charter) override;

 private:
  Database& db_;
};

}  // namespace samordna::storage

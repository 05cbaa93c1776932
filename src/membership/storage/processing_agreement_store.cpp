#include "membership/storage/processing_agreement_store.hpp"

#include <string>

namespace samordna::storage {

std::vector<core::ProcessingAgreement> ProcessingAgreementStore::where(std::string_view condition, std::int64_t value) {
  std::vector<core::ProcessingAgreement> out;
  for (const auto& r : db_.query("SELECT id, association_id, member_id, signed_on, valid_from, valid_to, "
                                 "document_reference, version FROM processing_agreement WHERE " +
                                     std::string(condition) + " ORDER BY member_id, valid_from, id",
                                 {value})) {
    out.push_back({as_int(r[0]), as_int(r[1]), as_int(r[2]), as_date(r[3]), as_date(r[4]), as_optional_date(r[5]),
                   as_text(r[6]), as_int(r[7])});
  }
  return out;
}

std::vector<core::ProcessingAgreement> ProcessingAgreementStore::agreements(std::int64_t association_id) {
  return where("association_id = $1", association_id);
}

std::optional<core::ProcessingAgreement> ProcessingAgreementStore::find_agreement(std::int64_t id) {
  auto found = where("id = $1", id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::int64_t ProcessingAgreementStore::add_agreement(const core::ProcessingAgreement& a) {
  return as_int(db_.query("INSERT INTO processing_agreement (association_id, member_id, signed_on, valid_from, "
                          "valid_to, document_reference) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                          {a.association_id, a.member_id, a.signed_on.iso(), a.valid_from.iso(),
                           optional_date(a.valid_to), a.document_reference})
                    .at(0)
                    .at(0));
}

bool ProcessingAgreementStore::save_agreement(const core::ProcessingAgreement& a, std::int64_t expected_version) {
  return db_.execute(
             "UPDATE processing_agreement SET member_id = $1, signed_on = $2, valid_from = $3, valid_to = $4, "
             "document_reference = $5, version = version + 1 WHERE id = $6 AND version = $7",
             {a.member_id, a.signed_on.iso(), a.valid_from.iso(), optional_date(a.valid_to), a.document_reference, a.id,
              expected_version}) == 1;
}

}  // namespace samordna::storage

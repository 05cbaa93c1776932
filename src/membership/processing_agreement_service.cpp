#include "membership/processing_agreement_service.hpp"

#include "membership/membership_service.hpp"

namespace samordna::core {

std::vector<ProcessingAgreement> ProcessingAgreementService::list(std::int64_t association_id) {
  return agreements_.agreements(association_id);
}

Result<ProcessingAgreement> ProcessingAgreementService::get(std::int64_t association_id, std::int64_t agreement_id) {
  auto found = agreements_.find_agreement(agreement_id);
  if (!found || found->association_id != association_id) return unexpected(not_found());
  return *found;
}

std::vector<AuditField> ProcessingAgreementService::fields_of(const ProcessingAgreement& a) {
  return {{"memberId", std::to_string(a.member_id)},
          {"signedOn", a.signed_on.iso()},
          {"validFrom", a.valid_from.iso()},
          {"validTo", a.valid_to ? a.valid_to->iso() : ""},
          {"documentReference", a.document_reference}};
}

Result<ProcessingAgreement> ProcessingAgreementService::add(const Actor& actor, const ProcessingAgreement& agreement) {
  auto ok = validate_agreement(agreement, associations_.list_members(agreement.association_id), clock_.today());
  if (!ok) return unexpected(ok.error());
  ProcessingAgreement saved = agreement;
  saved.version = 1;
  transactions_.run([&] {
    saved.id = agreements_.add_agreement(saved);
    audit_.record(actor, saved.association_id, "create", "processing_agreement", std::to_string(saved.id),
                  fields_of(saved));
  });
  return saved;
}

Result<ProcessingAgreement> ProcessingAgreementService::update(const Actor& actor, const ProcessingAgreement& agreement,
                                                               std::int64_t expected_version) {
  auto stored = agreements_.find_agreement(agreement.id);
  if (!stored || stored->association_id != agreement.association_id) return unexpected(not_found());
  auto ok = validate_agreement(agreement, associations_.list_members(agreement.association_id), clock_.today());
  if (!ok) return unexpected(ok.error());
  bool saved = false;
  transactions_.run([&] {
    saved = agreements_.save_agreement(agreement, expected_version);
    if (saved) {
      audit_.record(actor, agreement.association_id, "update", "processing_agreement", std::to_string(agreement.id),
                    fields_of(agreement));
    }
  });
  if (!saved) return unexpected(version_conflict());
  return *agreements_.find_agreement(agreement.id);
}

}  // namespace samordna::core

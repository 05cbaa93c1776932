#include "privacy/data_subject_service.hpp"

#include <algorithm>

#include "kernel/area_code.hpp"
#include "kernel/personnummer.hpp"
#include "membership/membership_service.hpp"

namespace samordna::core {

std::vector<std::int64_t> DataSubjectService::controlled_parties(std::int64_t user_id, std::int64_t association_id) {
  return contact_parties(assignments_.assignments_of_user(user_id), user_id, association_id, clock_.today());
}

Result<DataSubjectService::Found> DataSubjectService::find(const Actor& actor, const SubjectRequest& request) {
  Found found;
  found.parties = controlled_parties(actor.user_id, request.association_id);
  if (found.parties.empty()) return unexpected(Error::of(ErrorKind::forbidden, "not_controller_contact"));
  auto pnr = Personnummer::parse(request.personnummer, clock_.today());
  if (!pnr) return unexpected(pnr.error());
  auto person =
      persons_.find_person_by_key(request.association_id, vault_.pseudonym(request.association_id, pnr->canonical()));
  if (!person) return unexpected(not_found());
  for (const auto& i : insatser_.list_insatser(request.association_id)) {
    if (std::find(found.parties.begin(), found.parties.end(), i.lead_member_id) != found.parties.end()) {
      found.scope.insatser.push_back(i.id);
    }
  }
  bool any = false;  // some of the person's data is the party's
  bool all = true;   // all of it is
  auto note = [&](std::int64_t insats_id) {
    if (found.scope.covers_insats(insats_id)) {
      any = true;
    } else {
      all = false;
    }
  };
  for (const auto& p : participations_.participations_of_person(person->id)) note(p.insats_id);
  for (const auto& r :
       referrals_.find_referrals({request.association_id, std::nullopt, {}, std::nullopt, std::nullopt, person->id})) {
    note(r.insats_id);
  }
  if (!any) return unexpected(not_found());  // nothing of this party's: as if the person did not exist
  found.person = *person;
  found.wholly_controlled = all;
  return found;
}

Result<RegisterExtract> DataSubjectService::extract(const Actor& actor, const SubjectRequest& request) {
  auto found = find(actor, request);
  if (!found) return unexpected(found.error());
  RegisterExtract out;
  out.made_at = clock_.now_unix();
  if (auto association = associations_.find_association(request.association_id))
    out.association_name = association->name;
  for (auto id : found->parties) {
    if (auto member = associations_.find_member(id)) out.controllers.push_back(*member);
  }
  out.person = found->person;
  out.identity = open_identity(vault_, found->person);
  for (const auto& p : participations_.participations_of_person(found->person.id)) {
    if (!found->scope.covers_insats(p.insats_id)) continue;
    out.consents[p.id] = participations_.consents(p.id);
    open_corrections(vault_, out.corrections[p.id] = participations_.corrections(p.id));
    out.participations.push_back(p);
  }
  for (const auto& r : referrals_.find_referrals(
           {request.association_id, std::nullopt, {}, std::nullopt, std::nullopt, found->person.id})) {
    if (found->scope.covers_insats(r.insats_id)) out.referrals.push_back(r);
  }
  if (auto plan = participations_.find_plan(found->person.id)) {
    open_plan(vault_, *plan);
    out.plan = std::move(plan);
  }
  for (const auto& i : insatser_.list_insatser(request.association_id)) out.insats_names[i.id] = i.name;
  AuditFilter filter;
  filter.association_id = request.association_id;
  filter.entity = "person";
  filter.entity_id = std::to_string(found->person.id);
  filter.limit = 1000;
  out.access_log = audit_events_.find(filter);
  audit_.record(actor, request.association_id, "read_personal", "person", std::to_string(found->person.id),
                {{"view", "register_extract"}, {"personnummer", std::nullopt}, {"name", std::nullopt}});
  return out;
}

Result<DataSubjectService::Found> DataSubjectService::find_for_change(const Actor& actor, const SubjectRequest& request,
                                                                      const std::string& reason) {
  if (reason.empty()) return unexpected(Error::invalid("reason", "required"));
  auto found = find(actor, request);
  if (!found) return unexpected(found.error());
  if (!found->wholly_controlled) return unexpected(Error::of(ErrorKind::conflict, "other_controller"));
  return found;
}

Result<void> DataSubjectService::rectify(const Actor& actor, const SubjectRequest& request,
                                         const Rectification& change) {
  FieldErrors errors;
  if (!change.name && !change.kommun_code) errors.add("name", "required");
  if (change.name && change.name->empty()) errors.add("name", "invalid");
  if (change.kommun_code && !is_kommun_code(*change.kommun_code)) errors.add("kommunCode", "invalid");
  if (!errors.empty()) return unexpected(errors.error());
  auto found = find_for_change(actor, request, change.reason);
  if (!found) return unexpected(found.error());
  auto identity = open_identity(vault_, found->person);
  if (change.name && !identity) return unexpected(Error::invalid("name", "not_stored"));
  std::vector<AuditField> fields{{"reason", change.reason}};
  transactions_.run([&] {
    if (change.name) {
      identity->name = *change.name;
      persons_.set_sealed_identity(found->person.id, vault_.seal(encode_identity(*identity)));
      fields.push_back({"name", std::nullopt});  // personal: logged by name only
    }
    if (change.kommun_code) {
      persons_.set_kommun(found->person.id, *change.kommun_code);
      fields.push_back({"kommunCode", found->person.kommun_code + " -> " + *change.kommun_code});
    }
    audit_.record(actor, request.association_id, "rectify", "person", std::to_string(found->person.id), fields);
  });
  return {};
}

Result<void> DataSubjectService::restrict(const Actor& actor, const SubjectRequest& request, bool restricted,
                                          const std::string& reason) {
  auto found = find_for_change(actor, request, reason);
  if (!found) return unexpected(found.error());
  transactions_.run([&] {
    persons_.set_restricted(found->person.id, restricted);
    audit_.record(actor, request.association_id, restricted ? "restrict" : "lift_restriction", "person",
                  std::to_string(found->person.id), {{"reason", reason}});
  });
  return {};
}

Result<void> DataSubjectService::erase(const Actor& actor, const SubjectRequest& request, const std::string& reason) {
  auto found = find_for_change(actor, request, reason);
  if (!found) return unexpected(found.error());
  for (const auto& p : participations_.participations_of_person(found->person.id)) {
    if (!p.ended_on) return unexpected(Error::invalid("person", "ongoing_participation"));
  }
  for (const auto& r : referrals_.find_referrals(
           {request.association_id, std::nullopt, {}, std::nullopt, std::nullopt, found->person.id})) {
    if (r.state == ReferralState::received || r.state == ReferralState::queued) {
      return unexpected(Error::invalid("person", "waiting_referral"));
    }
  }
  transactions_.run([&] {
    persons_.remove_identity_and_plan(found->person.id, vault_.unlinked_pseudonym());
    audit_.record(actor, request.association_id, "erase", "person", std::to_string(found->person.id),
                  {{"reason", reason}});
  });
  return {};
}

Result<ProcessingRecord> DataSubjectService::processing_record(std::int64_t association_id, std::int64_t member_id,
                                                               const std::vector<ProcessingAgreement>& agreements) {
  auto association = associations_.find_association(association_id);
  auto member = associations_.find_member(member_id);
  if (!association || !member || member->association_id != association_id) {
    return unexpected(Error::invalid("memberId", "unknown"));
  }
  return core::processing_record(*association, *member, insatser_.list_insatser(association_id), agreements);
}

}  // namespace samordna::core

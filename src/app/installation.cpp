#include "app/installation.hpp"

namespace samordna::app {

core::DigestFn audit_digest(const security::Keyring& keys) {
  return [key = keys.audit_key](const std::string& text) { return security::keyed_digest(key, text); };
}

Installation::Installation(storage::Database& db, const security::Keyring& keys, const core::Clock& the_clock,
                           core::ThrottlePolicy throttle_policy, storage::Database* read_db,
                           std::size_t statistics_cache_bytes, const storage::CounterWatch* watch)
    : clock(the_clock),
      users(db),
      associations(db),
      charters(db),
      budgets(db),
      access(db),
      audit_events(db),
      insatser(db),
      referrals(db),
      participations(db),
      imports(db),
      statistics_store(read_db ? *read_db : db),
      kept_statistics_store(db),
      participation_export(read_db ? *read_db : db),
      agreements(db),
      invitations(db),
      watched_access_version(users, watch),
      watched_members_version(associations, watch),
      watched_insatser_version(insatser, watch),
      vault(keys),
      record_keys(keys),
      audit(audit_events, audit_digest(keys), [&the_clock] { return the_clock.now_unix(); }),
      throttle(access, throttle_policy),
      auth(users, users, hasher, secrets, clock, {}, &throttle, &audit),
      membership(associations, charters, access, audit),
      finance(associations, charters, budgets, access, audit, clock),
      user_admin(users, users, access, access, audit, clock),
      invitation_service(user_admin, users, users, invitations, access, hasher, secrets, access, audit, clock),
      agreement_service(agreements, associations, access, audit, clock),
      insats_service(insatser, associations, access, audit, clock),
      referral_service(insatser, associations, referrals, referrals, participations, vault, agreements, access, audit,
                       clock),
      participant_service(insatser, associations, referrals, referrals, participations, vault, agreements, access,
                          audit, audit_events, clock),
      caseload(insatser, referrals, participations, vault, access, audit, clock),
      participation_imports(insatser, associations, referrals, participations, imports, vault, access, audit, clock),
      insats_imports(insats_service, insatser, associations, imports, access, audit, clock),
      budget_imports(finance, budgets, associations, charters, imports, access, audit, clock),
      retention(associations, referrals, vault, access, audit),
      data_subjects(associations, insatser, referrals, referrals, participations, access, vault, access, audit,
                    audit_events, clock),
      participation_exports(participation_export, associations, audit, clock),
      statistics(statistics_store, associations, clock, record_keys, statistics_cache_bytes),
      fact_keeper(kept_statistics_store),
      member_value(statistics, finance, associations, clock),
      finsam(statistics, finance, associations),
      follow_up(statistics, finsam, associations) {
  // Callers kept in memory, checked against the version the triggers move (migration 0029).
  auth.keep_principals(watched_access_version, access);
}

std::optional<std::int64_t> Installation::member_association(std::int64_t member_id) {
  auto member = associations.find_member(member_id);
  if (!member) return std::nullopt;
  return member->association_id;
}

}  // namespace samordna::app

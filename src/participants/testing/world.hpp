#pragma once
// A förbund in memory for the participants, privacy and follow-up service tests: Samordningsförbundet
// Insjöriket with FK, AF, Västra Götalandsregionen and the kommuner Ale (1440) and Alingsås (1489); processing
// agreements with Alingsås and the region; a target group; and two individual insatser: Balder (led by
// Alingsås, 2 places) and Individsamverkansteamet (led by the region, 5 places), plus a structural one (Nätverk,
// led by Alingsås). A second förbund (Lerum) exists with its own kommun, so nothing of one leaks into the other.
// The clock says 2026-11-22; transactions roll the memory stores back when their work throws.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "audit/audit_trail.hpp"
#include "audit/testing/memory_audit.hpp"
#include "kernel/testing/fakes.hpp"
#include "membership/testing/memory_membership.hpp"
#include "participants/testing/memory_participants.hpp"

namespace samordna::core::testing {

inline CivilDate day(const char* iso) { return *CivilDate::parse(iso); }

// Valid personnummer (Luhn) of working age on the clock's day.
inline constexpr const char* kAnna = "19900101-2385";    // a woman, 36
inline constexpr const char* kBertil = "19850615-2472";  // a man, 41
inline constexpr const char* kCurt = "19950320-1239";    // a man, 31
inline constexpr const char* kOld = "19400101-2386";     // 86: too old for every insats
inline constexpr const char* kYoung = "20120505-2382";   // 14: too young

struct ParticipantsWorld {
  // Member ids in Insjöriket.
  static constexpr std::int64_t kInsjoriket = 1;
  static constexpr std::int64_t kLerum = 2;
  static constexpr std::int64_t kFk = 1;
  static constexpr std::int64_t kAf = 2;
  static constexpr std::int64_t kRegion = 3;
  static constexpr std::int64_t kAle = 4;
  static constexpr std::int64_t kAlingsas = 5;
  static constexpr std::int64_t kLerumKommun = 6;  // Lerum's member

  MemoryAssociations associations;
  MemoryAgreements agreements;
  MemoryInsatser insatser;
  MemoryReferrals referrals;
  MemoryParticipations participations;
  MemoryPersons persons{referrals, participations};
  FakeVault vault;
  FakeClock clock;
  MemoryAudit events;
  // Rolls the memory stores back when the work throws, as a database transaction would.
  struct RollbackTransactions : Transactions {
    explicit RollbackTransactions(ParticipantsWorld& world) : w(world) {}
    ParticipantsWorld& w;
    void run(const std::function<void()>& work) override {
      auto insatser = w.insatser;
      auto referrals = w.referrals;
      auto participations = w.participations;
      auto persons = w.persons.persons;
      auto removed = w.persons.identity_removed;
      auto audit_events = w.events.events;
      auto head = w.events.head;
      try {
        work();
      } catch (...) {
        w.insatser = insatser;
        w.referrals = referrals;
        w.participations = participations;
        w.persons.persons = persons;
        w.persons.identity_removed = removed;
        w.events.events = audit_events;
        w.events.head = head;
        throw;
      }
    }
  } transactions{*this};
  AuditTrail audit{events, fake_digest, [this] { return clock.now; }};

  std::int64_t group = 0;    // "Unga vuxna med psykisk ohälsa"
  std::int64_t balder = 0;   // individual, led by Alingsås, capacity 2
  std::int64_t ist = 0;      // Individsamverkansteamet: individual, led by the region, capacity 5
  std::int64_t natverk = 0;  // structural, led by Alingsås
  std::int64_t lerum_insats = 0;

  ParticipantsWorld() {
    Association a;
    a.name = "Samordningsförbundet Insjöriket";
    a.org_number = "222000-1234";
    a.seat = "Alingsås";
    a.formed_on = day("2006-07-01");
    associations.add_association(a);
    a.name = "Samordningsförbundet Lerum";
    a.org_number = "222000-5678";
    a.seat = "Lerum";
    associations.add_association(a);
    add_member(kInsjoriket, PartyKind::fk, "Försäkringskassan", "");
    add_member(kInsjoriket, PartyKind::af, "Arbetsförmedlingen", "");
    add_member(kInsjoriket, PartyKind::region, "Västra Götalandsregionen", "14");
    add_member(kInsjoriket, PartyKind::kommun, "Ale kommun", "1440");
    add_member(kInsjoriket, PartyKind::kommun, "Alingsås kommun", "1489");
    add_member(kLerum, PartyKind::kommun, "Lerums kommun", "1441");
    for (auto controller : {kAlingsas, kRegion}) add_agreement(kInsjoriket, controller);
    group = insatser.add_target_group({0, kInsjoriket, "Unga vuxna med psykisk ohälsa"});
    balder = insatser.add_insats(individual("Balder", kAlingsas, 2));
    ist = insatser.add_insats(individual("Individsamverkansteamet", kRegion, 5));
    Insats n = individual("Nätverk", kAlingsas, 0);
    n.kind = InsatsKind::structural;
    n.referral_required = false;
    natverk = insatser.add_insats(n);
    Insats l = individual("Lerums insats", kLerumKommun, 3);
    l.association_id = kLerum;
    l.cooperating_member_ids = {};
    l.kommun_codes = {"1441"};
    l.target_group_ids = {};
    lerum_insats = insatser.add_insats(l);
  }

  void add_member(std::int64_t association_id, PartyKind kind, std::string name, std::string code) {
    Member m;
    m.association_id = association_id;
    m.kind = kind;
    m.name = std::move(name);
    m.area_code = std::move(code);
    m.joined_on = day("2006-07-01");
    associations.add_member(m);
  }
  void add_agreement(std::int64_t association_id, std::int64_t member_id) {
    ProcessingAgreement pa;
    pa.association_id = association_id;
    pa.member_id = member_id;
    pa.signed_on = day("2020-01-15");
    pa.valid_from = day("2020-02-01");
    pa.document_reference = "Dnr 2020/" + std::to_string(member_id);
    agreements.add_agreement(pa);
  }
  [[nodiscard]] Insats individual(std::string name, std::int64_t lead, int capacity) const {
    Insats i;
    i.association_id = kInsjoriket;
    i.name = std::move(name);
    i.description = "Stöd mot arbete";
    i.kind = InsatsKind::individual;
    i.target_group_ids = {group};
    i.min_age = 18;
    i.max_age = 64;
    i.lead_member_id = lead;
    i.cooperating_member_ids = {kFk, kAf};
    i.kommun_codes = {"1440", "1489"};
    i.capacity = capacity;
    i.starts_on = day("2020-01-01");
    return i;
  }
};

}  // namespace samordna::core::testing

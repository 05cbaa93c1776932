#pragma once
// Insjöriket in memory for the follow-up service tests: FK, AF, the region and the kommuner Ale (1440) and
// Alingsås (1489) with their 2018 population as the split key, a budget store, and the statistics facts of
// two individual insatser (Balder: 12 women from Alingsås, 2 men from Ale; Individsamverkansteamet: 6 women and
// 7 men from Alingsås) and a structural one (Nätverk: attendance of 20 women and 15 men), all in 2026. The
// clock says 2026-11-22.
#include <cstdint>
#include <stdexcept>
#include <string>

#include "audit/audit_trail.hpp"
#include "audit/testing/memory_audit.hpp"
#include "finance/finance_service.hpp"
#include "finance/testing/memory_budgets.hpp"
#include "follow_up/statistics_service.hpp"
#include "follow_up/testing/memory_statistics.hpp"
#include "kernel/testing/fakes.hpp"
#include "membership/testing/memory_membership.hpp"

namespace samordna::core::testing {

struct FollowUpWorld {
  static constexpr std::int64_t kInsjoriket = 1;
  static constexpr std::int64_t kFk = 1;
  static constexpr std::int64_t kAf = 2;
  static constexpr std::int64_t kRegion = 3;
  static constexpr std::int64_t kAle = 4;
  static constexpr std::int64_t kAlingsas = 5;

  MemoryAssociations associations;
  MemoryCharters charters;
  MemoryBudgets budgets;
  DirectTransactions transactions;
  MemoryAudit events;
  FakeClock clock;
  AuditTrail audit{events, fake_digest, [this] { return clock.now; }};
  FinanceService finance{associations, charters, budgets, transactions, audit, clock};
  MemoryStatistics statistics;
  SeededKeys keys;
  StatisticsService statistics_service{statistics, associations, clock, keys};
  Actor ekonom{2, "ekonom", "10.0.0.9"};
  int next_person = 1;

  static CivilDate day(const char* iso) { return *CivilDate::parse(iso); }

  FollowUpWorld() {
    Association a;
    a.name = "Samordningsförbundet Insjöriket";
    a.org_number = "222000-1234";
    a.seat = "Alingsås";
    a.formed_on = day("2006-07-01");
    associations.add_association(a);
    member(PartyKind::fk, "Försäkringskassan", "");
    member(PartyKind::af, "Arbetsförmedlingen", "");
    member(PartyKind::region, "Västra Götalandsregionen", "14");
    member(PartyKind::kommun, "Ale kommun", "1440");
    member(PartyKind::kommun, "Alingsås kommun", "1489");
    associations.population[2018] = {{"1440", 18'000}, {"1489", 24'000}};
    Charter c;
    c.association_id = kInsjoriket;
    c.effective_from = day("2006-07-01");
    c.notice = {3, NoticeCounting::calendar_years};
    c.split_key = {SplitKeyKind::population, 2018};
    charters.add_charter(c);
    participations(1, "Balder", "woman", "1489", 12);
    participations(1, "Balder", "man", "1440", 2);
    participations(2, "Individsamverkansteamet", "woman", "1489", 6);
    participations(2, "Individsamverkansteamet", "man", "1489", 7);
    attendance(3, "Nätverk", "woman", 20);
    attendance(3, "Nätverk", "man", 15);
  }

  void member(PartyKind kind, const char* name, const char* code) {
    Member m;
    m.association_id = kInsjoriket;
    m.kind = kind;
    m.name = name;
    m.area_code = code;
    m.joined_on = day("2006-07-01");
    associations.add_member(m);
  }
  static Fact fact(std::int64_t insats_id, const char* insats, const char* gender) {
    Fact f;
    f.insats_id = insats_id;
    f.insats_name = insats;
    f.gender = gender;
    f.referrer = "Försäkringskassan";
    f.target_group = "none";
    f.age_band = "30-39";
    f.on = day("2026-03-02");
    return f;
  }
  void participations(std::int64_t insats_id, const char* insats, const char* gender, const char* kommun, int people) {
    for (int i = 0; i < people; ++i) {
      Fact f = fact(insats_id, insats, gender);
      f.kind = FactKind::participation;
      f.insats_kind = "individual";
      f.kommun = kommun;
      f.person = "person:" + std::to_string(next_person++);
      statistics.facts_of[kInsjoriket].push_back(f);
    }
  }
  void attendance(std::int64_t insats_id, const char* insats, const char* gender, int people) {
    Fact f = fact(insats_id, insats, gender);
    f.kind = FactKind::attendance;
    f.insats_kind = "structural";
    f.kommun = "unknown";
    f.weight = people;
    f.person = "attendance:" + std::to_string(insats_id) + ":" + gender;
    statistics.facts_of[kInsjoriket].push_back(f);
  }
  // The year's budget (contributions 50/25/25, the kommuner's quarter by population).
  void budget(int year, Money total) {
    auto saved = finance.save_budget(ekonom, StoredBudget{kInsjoriket, year, total, {}, 0}, 0);
    if (!saved) throw std::runtime_error("budget refused: " + saved.error().code);
  }
  void paid(int year, std::int64_t member_id) {
    Payment p;
    p.status = PaymentStatus::paid;
    p.invoiced_on = day("2026-01-15");
    p.paid_on = day("2026-02-15");
    auto saved = finance.save_payment(ekonom, kInsjoriket, year, member_id, p, 0);
    if (!saved) throw std::runtime_error("payment refused: " + saved.error().code);
  }
};

}  // namespace samordna::core::testing

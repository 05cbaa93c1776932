#include "app/demo.hpp"

#include <algorithm>
#include <array>

#include "access/domain/access.hpp"
#include "app/demo_participants.hpp"
#include "app/demo_rng.hpp"

namespace samordna::app {
namespace {
using core::CivilDate;
using core::Money;
using core::PartyKind;

// SCB facts for the demo's own kommuner (population autumn 2018 and 2022, see shared/data/SOURCES.md).
// Columns: code, year, total, 16–64, 16–64 men, 16–64 women, 0–15, 65+, 20–64.
const std::vector<core::Population> kPopulation{
    {"1401", 2018, 37755, 22752, 11522, 11230, 8868, 6135, 20906},
    {"1401", 2022, 39711, 24114, 12275, 11839, 8941, 6656, 21937},
    {"1402", 2018, 38326, 23516, 11926, 11590, 8238, 6572, 21674},
    {"1402", 2022, 39745, 24253, 12428, 11825, 8585, 6907, 22287},
    {"1441", 2018, 42019, 24774, 12568, 12206, 9696, 7549, 22648},
    {"1441", 2022, 43495, 25704, 13056, 12648, 9933, 7858, 23217},
    {"1481", 2018, 67774, 43409, 22088, 21321, 13540, 10825, 40380},
    {"1481", 2022, 70292, 45183, 22989, 22194, 13745, 11364, 41872},
    {"1489", 2018, 40868, 23781, 11972, 11809, 7908, 9179, 22017},
    {"1489", 2022, 42077, 24241, 12227, 12014, 8132, 9704, 22199},
};

// Budgets 2017–2026 in kronor. 2020: member income a little under 15 mnkr, of which Alingsås pays 644 tkr
// (seed 000 says "drygt 14 mnkr" and 644 tkr; with the population key of 2018 both hold at 14 976 000 kr).
constexpr std::array<std::pair<int, std::int64_t>, 10> kBudgets{{{2017, 14'400'000},
                                                                 {2018, 14'600'000},
                                                                 {2019, 14'800'000},
                                                                 {2020, 14'976'000},
                                                                 {2021, 14'976'000},
                                                                 {2022, 15'200'000},
                                                                 {2023, 15'200'000},
                                                                 {2024, 14'000'000},
                                                                 {2025, 14'400'000},
                                                                 {2026, 14'800'000}}};
// Costs per year in kronor (made up for the demo); the first year opens with 2,1 mnkr of equity.
constexpr std::array<std::int64_t, 10> kCosts{14'100'000, 15'000'000, 14'900'000, 13'600'000, 14'500'000,
                                              15'600'000, 15'400'000, 14'200'000, 14'600'000, 14'900'000};

CivilDate date(int y, int m, int d) { return *CivilDate::from_ymd(y, m, d); }

struct DemoYear {
  int year;
  std::int64_t budget_kronor, costs_kronor;
};

// The fixed years above, then, up to this year, 200 tkr more each year with costs a little over or under.
std::vector<DemoYear> demo_years(int this_year) {
  std::vector<DemoYear> years;
  for (std::size_t i = 0; i < kBudgets.size(); ++i) years.push_back({kBudgets[i].first, kBudgets[i].second, kCosts[i]});
  for (int year = kBudgets.back().first + 1; year <= this_year; ++year) {
    const std::int64_t budget = years.back().budget_kronor + 200'000;
    years.push_back({year, budget, budget + (year % 2 == 0 ? -300'000 : 100'000)});
  }
  return years;
}

const core::Actor& kDemo = kDemoActor;

void add_money(core::MembershipService& membership, core::FinanceService& finance, storage::BudgetStore& budgets,
               std::int64_t association_id, const std::vector<core::Member>& members, CivilDate today) {
  core::Charter charter;
  charter.association_id = association_id;
  charter.effective_from = date(2006, 7, 1);
  charter.notice = {3, core::NoticeCounting::calendar_years};  // §15: "tre kalenderår"
  charter.split_key = {core::SplitKeyKind::population, 2018};
  for (const auto& m : members) charter.board_seats.push_back({m.id, 1, 1});
  charter.qualified_majority = {"Ändring av förbundsordningen", "Budget och verksamhetsplan"};
  membership.add_charter(kDemo, charter).value();

  auto find = [&](const char* code) {
    return *std::find_if(members.begin(), members.end(), [&](const core::Member& m) { return m.area_code == code; });
  };
  // Härryda gave notice 2020-06-15; Alingsås gave notice in 2021 and renewed its membership in 2023.
  membership.give_notice(kDemo, find("1401").id, {date(2020, 6, 15), "Kommunfullmäktige", "KF 2020-06-15"}, 1).value();
  auto alingsas = find("1489").id;
  membership.give_notice(kDemo, alingsas, {date(2021, 5, 26), "Kommunfullmäktige", "KF 2021-05-26, dnr 2020.505 KS"}, 1)
      .value();
  membership.revoke_notice(kDemo, alingsas, date(2023, 6, 14), "KF 2023-06-14, förnyat medlemskap", 2).value();

  for (const auto& [year, kronor, costs] : demo_years(today.year())) {
    auto view = finance.save_budget(kDemo, {association_id, year, Money::kronor(kronor), {}, 0}, 0).value();
    for (const auto& c : view.calculation.contributions) {
      if (c.amount == Money()) continue;  // AF's part is paid by FK: nothing to invoice
      // Invoiced on 15 January and paid on 14 February, or by yesterday early in this year.
      const CivilDate invoiced = std::min(date(year, 1, 15), today.add_days(-1));
      core::Payment p{core::PaymentStatus::paid, invoiced, std::max(invoiced, std::min(date(year, 2, 14), today)), 0};
      // This year, Alingsås and Lerum have been invoiced and have not paid yet.
      if (year == today.year() && c.party == core::Party::kommun &&
          (c.member_id == alingsas || c.name.starts_with("Lerum"))) {
        p = {core::PaymentStatus::invoiced, invoiced, std::nullopt, 0};
      }
      budgets.save_payment(association_id, year, c.member_id, core::with_defaults(p, c.amount), 0);
    }
    core::EquityEntry entry{year, year == kBudgets[0].first ? std::optional(Money::kronor(2'100'000)) : std::nullopt,
                            Money::kronor(kronor), Money::kronor(costs), 0};
    finance.save_equity(kDemo, association_id, entry, 0).value();
  }
}

// One user per role in Insjöriket, each with the demo password; `admin` is the installation's superuser.
void add_users(Installation& inst, std::int64_t association_id, const std::vector<core::Member>& members,
               const std::string& hash) {
  struct U {
    const char* username;
    const char* name;
    core::Role role;
    const char* organisation;  // the member the user works for
  };
  for (auto u : {U{"forbundschef", "Förbundschefen", core::Role::administrator, ""},
                 U{"ekonom", "Ekonomen", core::Role::ekonom, ""},
                 U{"insatsansvarig", "Insatsansvarig", core::Role::insatsansvarig, "1441"},
                 U{"koordinator", "Koordinatorn", core::Role::deltagaransvarig, "1489"},
                 U{"remittent", "Remittenten", core::Role::remittent, "14"},
                 U{"styrelse", "Styrelseledamoten", core::Role::board_member, "1481"},
                 U{"revisor", "Revisorn", core::Role::revisor, ""},
                 U{"dataskydd", "Dataskyddsansvarig Alingsås", core::Role::controller_contact, "1489"},
                 U{"ny.koordinator", "Nya koordinatorn", core::Role::deltagaransvarig, "1489"}}) {
    auto id = inst.users.add_user({0, u.username, u.name, hash, false, {}});
    core::RoleAssignment a;
    a.user_id = id;
    a.association_id = association_id;
    a.role = u.role;
    a.valid_from = date(2020, 1, 1);
    for (const auto& m : members) {
      if (m.area_code == u.organisation && *u.organisation) a.organisation_member_id = m.id;
    }
    inst.user_admin.assign(kDemo, a).value();
  }
  // Personal-data roles take effect when the controller's side confirms them: the operator appointed Alingsås's
  // controller contact, who confirmed the koordinator; the new koordinator still waits.
  std::int64_t contact = 0;
  std::int64_t koordinator = 0;
  for (const auto& a : inst.access.assignments_in(association_id)) {
    if (a.role == core::Role::controller_contact) {
      inst.user_admin.confirm_by_operator(kDemo, a.id).value();
      contact = a.user_id;
    }
    if (a.role == core::Role::deltagaransvarig && inst.users.find_user(a.user_id)->username == "koordinator")
      koordinator = a.id;
  }
  inst.user_admin.confirm({contact, "dataskydd", ""}, association_id, koordinator).value();
}

// Each insats's controller confirms who may see its participants: the koordinator works in insatser led by
// several parties, so each of those parties has a controller contact (appointed by the operator) who confirmed
// the koordinator's role for its insatser.
void confirm_for_lead_parties(Installation& inst, std::int64_t association_id, const std::vector<core::Member>& members,
                              const std::string& hash) {
  auto koordinator = inst.users.find_user_by_username("koordinator")->id;
  std::int64_t role = 0;
  for (const auto& a : inst.access.assignments_of_user(koordinator)) {
    if (a.role == core::Role::deltagaransvarig) role = a.id;
  }
  std::vector<std::int64_t> leads;
  for (const auto& s : inst.insatser.staffed_with_lead(koordinator)) {
    if (std::find(leads.begin(), leads.end(), s.lead_member_id) == leads.end()) leads.push_back(s.lead_member_id);
  }
  for (const auto& m : members) {
    if (m.area_code == "1489" || std::find(leads.begin(), leads.end(), m.id) == leads.end()) continue;
    std::string suffix = m.kind == core::PartyKind::kommun   ? m.area_code
                         : m.kind == core::PartyKind::region ? "region"
                         : m.kind == core::PartyKind::fk     ? "fk"
                                                             : "af";
    auto id = inst.users.add_user({0, "dataskydd." + suffix, "Dataskyddsansvarig " + m.name, hash, false, {}});
    core::RoleAssignment a;
    a.user_id = id;
    a.association_id = association_id;
    a.role = core::Role::controller_contact;
    a.organisation_member_id = m.id;
    a.valid_from = date(2020, 1, 1);
    auto contact = inst.user_admin.assign(kDemo, a).value();
    inst.user_admin.confirm_by_operator(kDemo, contact.id).value();
    inst.user_admin.confirm({id, "dataskydd." + suffix, ""}, association_id, role).value();
  }
}

}  // namespace

void create_demo(Installation& inst, storage::Database& db, const std::string& admin_password) {
  std::string hash = inst.hasher.hash(admin_password);
  db.transaction([&] {
    inst.associations.import_reference_data({{"14", "Västra Götalands län", "Västra Götaland"}},
                                            {{"1401", "Härryda", "Härryda kommun", "14"},
                                             {"1402", "Partille", "Partille kommun", "14"},
                                             {"1441", "Lerum", "Lerums kommun", "14"},
                                             {"1481", "Mölndal", "Mölndals kommun", "14"},
                                             {"1489", "Alingsås", "Alingsås kommun", "14"}},
                                            kPopulation);
    const CivilDate formed = *CivilDate::parse("2006-07-01");
    // The organisation number is made up for the demo.
    auto id = inst.membership
                  .create_association(kDemo, {0, "Samordningsförbundet Insjöriket", "222000-0000", "Mölndal", formed})
                  ->id;
    struct M {
      const char* name;
      PartyKind kind;
      const char* code;
    };
    for (auto m :
         {M{"Försäkringskassan", PartyKind::fk, ""}, M{"Arbetsförmedlingen", PartyKind::af, ""},
          M{"Västra Götalandsregionen", PartyKind::region, "14"}, M{"Mölndals stad", PartyKind::kommun, "1481"},
          M{"Partille kommun", PartyKind::kommun, "1402"}, M{"Härryda kommun", PartyKind::kommun, "1401"},
          M{"Lerums kommun", PartyKind::kommun, "1441"}, M{"Alingsås kommun", PartyKind::kommun, "1489"}}) {
      core::Member member;
      member.association_id = id;
      member.name = m.name;
      member.kind = m.kind;
      member.area_code = m.code;
      member.joined_on = formed;
      inst.membership.add_member(kDemo, member).value();
    }
    auto members = inst.associations.list_members(id);
    // Every member leads some insats, so each has signed a processing agreement with the förbund (PUB-avtal)
    // before the demo's history begins.
    int diary = 40;
    for (const auto& m : members) {
      inst.agreement_service
          .add(kDemo, {0, id, m.id, *CivilDate::parse("2016-12-15"), *CivilDate::parse("2017-01-01"), std::nullopt,
                       "Dnr SFI 2016/" + std::to_string(++diary), 1})
          .value();
    }
    add_money(inst.membership, inst.finance, inst.budgets, id, members, inst.clock.today());
    inst.users.add_user({0, "admin", "Administratör", hash, false, {std::string(core::kSuperuserRole)}});
    add_users(inst, id, members, hash);
    create_demo_participants(inst, id);
    confirm_for_lead_parties(inst, id, members, hash);
  });
}

}  // namespace samordna::app

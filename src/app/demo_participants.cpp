#include "app/demo_participants.hpp"

#include "app/demo_plans.hpp"
#include "app/demo_rng.hpp"

#include "kernel/personnummer.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <stdexcept>

namespace samordna::app {
namespace {
using core::CivilDate;
using core::Gender;

const core::Actor& kDemo = kDemoActor;

using Rng = DemoRng;

CivilDate date(int y, int m, int d) { return *CivilDate::from_ymd(y, m, d); }
CivilDate day_between(Rng& rng, CivilDate from, CivilDate to) {
  return from.add_days(rng.below(core::days_between(from, to) + 1));
}

struct DemoInsats {
  const char* name;
  const char* description;
  int min_age, max_age;
  bool referral;
  std::optional<int> weeks;
  const char* lead;  // area code of the lead member ("" = Försäkringskassan)
  std::vector<const char*> partners;
  std::vector<const char*> kommuner;
  int capacity;
  std::vector<int> groups;  // indexes of the target groups
  int alingsas_women, alingsas_men;
  int wait_min, wait_max, duration_min, duration_max;  // days
  int others;                                          // participations of residents of the other kommuner, 2017–2026
  int queue;                                           // referrals waiting today
};

const std::vector<DemoInsats> kInsatser{
    {"Aktiv Lerum",
     "Fysisk aktivitet på gym för dig som vill öka arbetsförmågan eller förkorta eller undvika sjukskrivning.",
     16,
     64,
     true,
     {},
     "1441",
     {"14", ""},
     {"1441", "1489"},
     45,
     {1, 2},
     90,
     43,
     14,
     60,
     60,
     180,
     120,
     3},
    {"Balder/Activera",
     "Individuellt fördjupat stöd mot arbete och studier genom coachning med en samverkanskoordinator.",
     18,
     29,
     true,
     {},
     "14",
     {"af", "1481", "1489"},
     {"1481", "1489", "1402"},
     14,
     {0},
     29,
     28,
     240,
     365,
     120,
     300,
     70,
     14},
    {"Individsamverkansteamet",
     "Prerehabiliterande gruppverksamhet och enskilt stöd inför arbetslivsinriktad rehabilitering.",
     18,
     64,
     true,
     {},
     "",
     {"14", "1481", "1402"},
     {"1481", "1402", "1441"},
     12,
     {1},
     18,
     8,
     240,
     365,
     150,
     330,
     45,
     13},
    {"Utökat Aktiv",
     "Förlängd och förstärkt fysisk aktivitet efter Aktiv Lerum.",
     16,
     64,
     true,
     {},
     "1441",
     {"14"},
     {"1441"},
     15,
     {1, 2},
     7,
     2,
     7,
     30,
     60,
     120,
     20,
     0},
    {"Grön rehab Nääs",
     "Naturunderstödd rehabilitering på Nääs.",
     18,
     64,
     true,
     {},
     "14",
     {"", "1441"},
     {"1441"},
     10,
     {1, 2},
     8,
     1,
     30,
     90,
     70,
     100,
     25,
     2},
    {"Premiär",
     "Arbetsförberedande gruppverksamhet.",
     18,
     64,
     true,
     {},
     "af",
     {"1402", "1489"},
     {"1402"},
     12,
     {1},
     2,
     5,
     30,
     90,
     60,
     150,
     20,
     1},
    {"Primus",
     "Tioveckorsprogram; ingen remiss behövs: anmälan via kontaktperson eller på egen hand.",
     16,
     64,
     false,
     10,
     "14",
     {""},
     {"1481", "1489"},
     20,
     {2},
     2,
     2,
     0,
     0,
     70,
     70,
     40,
     0},
    {"På gång",
     "Motiverande gruppverksamhet för unga vuxna.",
     18,
     29,
     true,
     {},
     "1489",
     {"af"},
     {"1489"},
     10,
     {0},
     6,
     2,
     14,
     60,
     60,
     120,
     10,
     0},
    {"Grön rehab Gunnebo",
     "Naturunderstödd rehabilitering vid Gunnebo.",
     18,
     64,
     true,
     {},
     "14",
     {"1481"},
     {"1481"},
     8,
     {1, 2},
     1,
     1,
     30,
     90,
     70,
     100,
     15,
     1},
};

const char* kFirstWomen[] = {"Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Elin", "Johanna", "Sofia"};
const char* kFirstMen[] = {"Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Mikael", "Oskar", "Ali", "Emil"};
const char* kLast[] = {"Andersson", "Johansson",  "Karlsson",   "Nilsson", "Eriksson", "Larsson",  "Olsson", "Persson",
                       "Svensson",  "Gustafsson", "Pettersson", "Jonsson", "Hassan",   "Lindberg", "Berg"};

// The demo's history ends here: every participation that started up to this day, and how it ended, is drawn
// from one seeded stream (`history_`) whatever day the demo is made, so figures about the past never move.
// What must be relative to today (people who started since, today's queues) is drawn after it from a
// separate stream (`recent_`). Whether a participation has ended by today is read off the drawn end date; it
// does not change what is drawn.
const CivilDate kHistoryEnd = date(2026, 10, 31);
// Days of history in which the other kommuner's participations are spread (2017-02-01 to kHistoryEnd).
const int kHistoryDays = core::days_between(date(2017, 2, 1), kHistoryEnd);

class Generator {
 public:
  Generator(Installation& inst, std::int64_t association_id)
      : inst_(inst), association_(association_id), today_(inst.clock.today()) {
    for (const auto& m : inst.associations.list_members(association_id)) {
      const std::string key = m.kind == core::PartyKind::fk ? "" : m.kind == core::PartyKind::af ? "af" : m.area_code;
      member_by_code_[key] = m.id;
    }
  }

  void run() {
    for (const char* name :
         {"Unga vuxna med psykisk ohälsa", "Långvarigt beroende av försörjningsstöd eller långtidssjukskrivna",
          "Förebyggande rehabilitering"}) {
      groups_.push_back(inst_.insats_service.add_target_group(kDemo, {0, association_, name})->id);
    }
    for (const auto& d : kInsatser) insatser_.push_back(add_insats(d));
    for (auto id : insatser_) scope_.insatser.push_back(id);
    for (std::size_t i = 0; i < kInsatser.size(); ++i) {
      const auto& d = kInsatser[i];
      for (int k = 0; k < d.alingsas_women + d.alingsas_men; ++k) {
        alingsas(i, k < d.alingsas_women ? Gender::woman : Gender::man);
      }
      for (int k = 0; k < d.others; ++k) other(history_, i, date(2017, 2, 1), kHistoryEnd);
    }
    since_history();
    for (std::size_t i = 0; i < kInsatser.size(); ++i) {
      for (int k = 0; k < kInsatser[i].queue; ++k) waiting(i, k);
    }
    open_activities();
    staff_and_capacity();
    create_demo_plans(inst_, association_, insatser_, today_);
  }

 private:
  // What one participation is made of, drawn in full before anything is saved, so that the stream is consumed
  // the same way whatever today is.
  struct Drawn {
    CivilDate referred, start, end;
    std::string pnr, name;
    bool consent = false;
    core::StatusSnapshot at_start, at_end;
    std::int64_t referrer = 0;
    core::ExitReason reason = core::ExitReason::completed;
  };

  std::int64_t member(const std::string& code) { return member_by_code_.at(code); }

  std::int64_t add_insats(const DemoInsats& d) {
    core::Insats i;
    i.association_id = association_;
    i.name = d.name;
    i.description = d.description;
    i.min_age = d.min_age;
    i.max_age = d.max_age;
    i.referral_required = d.referral;
    i.extensive = d.wait_min > 60;  // Balder and Individsamverkansteamet, with their long queues
    i.duration_weeks = d.weeks;
    i.lead_member_id = member(d.lead);
    for (const char* p : d.partners) i.cooperating_member_ids.push_back(member(p));
    for (const char* k : d.kommuner) i.kommun_codes.emplace_back(k);
    i.capacity = 400;  // the real capacity is set once the history is in place
    i.starts_on = date(2012, 1, 1);
    for (int g : d.groups) i.target_group_ids.push_back(groups_[std::size_t(g)]);
    for (int y = 2017; y <= std::max(2026, today_.year()); ++y) i.budget[y] = core::Money::kronor(d.capacity * 40'000);
    return inst_.insats_service.create(kDemo, i).value().id;
  }

  // A valid personnummer for someone of `age` on `on`, unique in the demo.
  std::string personnummer(Rng& rng, Gender gender, int age, CivilDate on) {
    for (;;) {
      CivilDate birth = on.add_days(-(age * 365 + rng.between(30, 330)));
      int serial = rng.between(0, 499) * 2 + (gender == Gender::man ? 1 : 0);
      char digits[16];
      std::snprintf(digits, sizeof digits, "%02d%02d%02d%03d", birth.year() % 100, birth.month(), birth.day(), serial);
      std::string nine(digits);
      std::string full = std::to_string(birth.year() / 100) + nine + std::to_string(core::luhn_check_digit(nine));
      if (used_.insert(full).second) return full.substr(0, 8) + "-" + full.substr(8);
    }
  }

  static std::string name(Rng& rng, Gender gender) {
    const char* first = gender == Gender::woman ? kFirstWomen[rng.below(10)] : kFirstMen[rng.below(10)];
    return std::string(first) + " " + kLast[rng.below(15)];
  }

  std::int64_t referrer(Rng& rng) {
    int r = rng.below(100);
    if (r < 55) return member("14");
    if (r < 75) return member("af");
    if (r < 85) return member("");
    return member("1489");
  }

  static core::StatusSnapshot snapshot(Rng& rng, bool at_end) {
    core::StatusSnapshot s;
    static const core::SupportSource kSources[] = {
        core::SupportSource::forsorjningsstod, core::SupportSource::sjukpenning,
        core::SupportSource::aktivitetsersattning, core::SupportSource::a_kassa, core::SupportSource::aktivitetsstod};
    if (at_end && rng.chance(30)) {
      s.support = {core::SupportSource::none};
      s.occupation = rng.chance(70) ? core::Occupation::work : core::Occupation::studies;
      s.extent_percent = rng.chance(60) ? 100 : 50;
    } else {
      s.support = {kSources[rng.below(5)]};
      s.months_on_support = rng.between(3, 60);
      s.occupation = rng.chance(50) ? core::Occupation::job_seeking : core::Occupation::other;
      s.extent_percent = 0;
    }
    s.education = static_cast<core::EducationLevel>(rng.below(3));
    return s;
  }

  Drawn draw(Rng& rng, std::size_t index, Gender gender, const std::string& kommun, CivilDate start,
             std::optional<std::string> pnr, std::optional<std::string> who) {
    const auto& d = kInsatser[index];
    Drawn x;
    x.start = start;
    x.referred = start.add_days(-rng.between(d.wait_min, d.wait_max));
    x.pnr = pnr ? *pnr : personnummer(rng, gender, rng.between(d.min_age + 1, d.max_age - 1), x.referred);
    x.name = who ? *who : name(rng, gender);
    // Anonymous participants keep only gender and start year, so seed 000's table of Alingsås residents
    // (which needs the kommun) is made of people who consented to follow-up; others consent mostly.
    const bool seed_table = kommun == "1489" && start <= date(2020, 3, 14);
    x.consent = seed_table || rng.chance(90);
    if (x.consent) x.at_start = snapshot(rng, false);
    if (d.referral) x.referrer = referrer(rng);
    x.end = start.add_days(d.weeks ? *d.weeks * 7 : rng.between(d.duration_min, d.duration_max));
    static const core::ExitReason kReasons[] = {core::ExitReason::completed,    core::ExitReason::completed,
                                                core::ExitReason::work,         core::ExitReason::studies,
                                                core::ExitReason::other_insats, core::ExitReason::declined,
                                                core::ExitReason::illness,      core::ExitReason::no_contact};
    x.at_end = snapshot(rng, true);
    x.reason = kReasons[rng.below(8)];
    return x;
  }

  // One participation: a referral (or open entry), a wait, the start, and the end if it has ended by today.
  void participation(Rng& rng, std::size_t index, Gender gender, const std::string& kommun, CivilDate start,
                     std::optional<std::string> pnr = std::nullopt, std::optional<std::string> who = std::nullopt) {
    const auto& d = kInsatser[index];
    const Drawn x = draw(rng, index, gender, kommun, start, std::move(pnr), std::move(who));
    if (x.start >= today_) return;  // a demo made as if before the history's end has only what happened by then
    core::StartInput in{x.start, std::nullopt, std::nullopt};
    if (x.consent) {
      in.follow_up = core::Consent{0, 0, core::ConsentPurpose::follow_up, {}, x.start, "Samtycke " + x.start.iso(), {}};
      in.at_start = x.at_start;
    }
    core::Participation p;
    if (d.referral) {
      core::ReferralInput r{association_,
                            insatser_[index],
                            x.referrer,
                            x.referred,
                            x.pnr,
                            x.name,
                            kommun,
                            groups_[std::size_t(d.groups[0])],
                            "Behov av samordnat stöd.",
                            0,
                            false,
                            false};
      auto referral = inst_.referral_service.create(kDemo, r).value();
      if (d.wait_min > 60) {
        referral = inst_.referral_service
                       .transition(kDemo, scope_, association_, referral.id, core::ReferralState::queued, {}, 1)
                       .value();
      }
      p = inst_.participant_service.start(kDemo, scope_, association_, referral.id, in, referral.version).value();
    } else {
      core::OpenEntryInput open{association_, insatser_[index], x.pnr, x.name, kommun, false, gender, in};
      p = inst_.participant_service.start_open(kDemo, scope_, open).value();
    }
    if (x.end < today_) {
      std::optional<core::StatusSnapshot> at_end;
      if (p.person_id) at_end = x.at_end;
      inst_.participant_service.end(kDemo, scope_, association_, p.id, x.end, x.reason, at_end, p.version).value();
    }
  }

  void alingsas(std::size_t index, Gender gender) {
    const CivilDate start = day_between(history_, date(2017, 1, 1), date(2020, 3, 14));
    // Utökat Aktiv and Premiär are taken by people who also took part in Aktiv Lerum.
    if ((index == 3 || index == 5) && !aktiv_lerum_.empty()) {
      for (auto it = aktiv_lerum_.begin(); it != aktiv_lerum_.end(); ++it) {
        if (it->gender == gender) {
          participation(history_, index, gender, "1489", start, it->pnr, it->name);
          aktiv_lerum_.erase(it);
          return;
        }
      }
    }
    // Ages 19–60 at the referral fit every insats a person may go on to (Utökat Aktiv, Premiär).
    const auto& d = kInsatser[index];
    const std::string pnr =
        personnummer(history_, gender, history_.between(std::max(d.min_age + 1, 19), std::min(d.max_age - 1, 60)),
                     start.add_days(-400));
    const std::string who = name(history_, gender);
    participation(history_, index, gender, "1489", start, pnr, who);
    if (index == 0) aktiv_lerum_.push_back({gender, pnr, who});
  }

  // A resident of another kommun who started between `from` and `to`.
  void other(Rng& rng, std::size_t index, CivilDate from, CivilDate to) {
    static const char* kOthers[] = {"1481", "1402", "1441", "1401"};
    const CivilDate harryda_last = date(2023, 6, 30);  // Härryda left after 2023: its residents start before
    const std::string kommun = kOthers[rng.below(from > harryda_last ? 3 : 4)];
    if (kommun == "1401" && to > harryda_last) to = harryda_last;
    const Gender gender = rng.chance(60) ? Gender::woman : Gender::man;
    const CivilDate start = day_between(rng, from, to);
    participation(rng, index, gender, kommun, start);
  }

  // People who started after the history's end and before today, at the history's pace.
  void since_history() {
    const CivilDate from = kHistoryEnd.add_days(1);
    const CivilDate to = today_.add_days(-1);
    if (to < from) return;
    const int days = core::days_between(from, to) + 1;
    for (std::size_t i = 0; i < kInsatser.size(); ++i) {
      const int count = (kInsatser[i].others * days + kHistoryDays / 2) / kHistoryDays;
      for (int k = 0; k < count; ++k) other(recent_, i, from, to);
    }
  }

  void waiting(std::size_t index, int k) {
    const auto& d = kInsatser[index];
    // Spread over the last 8–12 months for the intensive insatser, the last weeks for the others.
    const CivilDate referred =
        d.wait_min > 60 ? today_.add_days(-(365 - k * 365 / (d.queue + 1))) : today_.add_days(-recent_.between(3, 40));
    static const char* kKommuner[] = {"1481", "1402", "1441", "1489"};
    const Gender gender = recent_.chance(55) ? Gender::woman : Gender::man;
    const std::string pnr = personnummer(recent_, gender, recent_.between(d.min_age + 1, d.max_age - 1), referred);
    const std::string who = name(recent_, gender);
    const std::int64_t by = referrer(recent_);
    core::ReferralInput r{association_,
                          insatser_[index],
                          by,
                          referred,
                          pnr,
                          who,
                          kKommuner[recent_.below(4)],
                          groups_[std::size_t(d.groups[0])],
                          "Behov av samordnat stöd.",
                          k % 7 == 0 ? 1 : 0,
                          false,
                          false};
    auto referral = inst_.referral_service.create(kDemo, r).value();
    if (k % 5 != 4) {
      inst_.referral_service.transition(kDemo, scope_, association_, referral.id, core::ReferralState::queued, {}, 1)
          .value();
    }
    if (k % 6 == 5) {  // some are sent back to the referrer
      auto current = *inst_.referrals.find_referral(referral.id);
      inst_.referral_service
          .transition(kDemo, scope_, association_, referral.id, core::ReferralState::returned,
                      k % 12 == 5 ? core::ReturnReason::too_complex : core::ReturnReason::not_eligible, current.version)
          .value();
    }
  }

  void open_activities() {
    core::Insats i;
    i.association_id = association_;
    i.name = "Kunskapsdialoger och föreläsningar";
    i.description = "Öppna aktiviteter utan remiss: kunskapsdialoger, workshops och föreläsningar om hälsofaktorer.";
    i.kind = core::InsatsKind::structural;
    i.referral_required = false;
    i.min_age = 16;
    i.max_age = 64;
    i.lead_member_id = member("14");
    i.cooperating_member_ids = {member("1481"), member("1489"), member("af")};
    i.starts_on = date(2016, 1, 1);
    auto id = inst_.insats_service.create(kDemo, i).value().id;
    // Twelve occasions 2017–2019, 99 attendances in all ("cirka 100 personer", seed 000).
    const int women[] = {6, 5, 7, 4, 6, 5, 8, 5, 6, 4, 7, 5};
    const int men[] = {3, 2, 4, 2, 3, 2, 3, 2, 3, 2, 3, 2};
    for (int k = 0; k < 12; ++k) {
      core::Attendance a{0, id, date(2017 + k / 4, 2 + (k % 4) * 3, 15), women[k], men[k], ""};
      inst_.insats_service.add_attendance(kDemo, association_, a, std::nullopt).value();
    }
  }

  void staff_and_capacity() {
    auto user = [&](const char* username) { return inst_.users.find_user_by_username(username)->id; };
    std::vector<std::int64_t> in_association;
    for (const auto& a : inst_.access.assignments_in(association_)) in_association.push_back(a.user_id);
    for (std::size_t i = 0; i < insatser_.size(); ++i) {
      std::vector<std::int64_t> staff{user("koordinator")};
      if (i == 0 || i == 3) staff.push_back(user("insatsansvarig"));
      inst_.insats_service.set_staff(kDemo, association_, insatser_[i], staff, 1, in_association).value();
      // The real number of places: the intensive insatser are full today, which is why people queue.
      auto insats = *inst_.insatser.find_insats(insatser_[i]);
      const int active = inst_.participations.count_active(insats.id, today_);
      insats.capacity = kInsatser[i].queue > 10 ? std::max(1, active) : std::max(kInsatser[i].capacity, active);
      inst_.insats_service.update(kDemo, insats, insats.version, std::nullopt).value();
    }
  }

  struct Former {
    Gender gender;
    std::string pnr;
    std::string name;
  };

  Installation& inst_;
  std::int64_t association_;
  const CivilDate today_;
  Rng history_{20170101};  // everything up to kHistoryEnd
  Rng recent_{20261101};   // what is relative to today
  std::map<std::string, std::int64_t> member_by_code_;
  std::vector<std::int64_t> groups_;
  std::vector<std::int64_t> insatser_;
  core::PersonalScope scope_;
  std::set<std::string> used_;
  std::vector<Former> aktiv_lerum_;
};

}  // namespace

void create_demo_participants(Installation& installation, std::int64_t association_id) {
  Generator(installation, association_id).run();
}

}  // namespace samordna::app

// National-scale benchmark: about 80 förbund covering the 290 kommuner, 10 years of 35 000 participations a
// year with their referrals and events, in a real SQLite file. Reports the time of the main statistics
// pivots and of CSV exports (a pivot, and every participation of every förbund at participant level), the
// database size, and the server's peak memory while answering pivots and streaming a participant export.
//   national --shared ../shared/data --out /tmp/samordna-bench [--server build/release/bin/samordna]
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>

#include "app/installation.hpp"
#include "app/refdata_import.hpp"
#include "app/system_clock.hpp"
#include "follow_up/reports/pivot_csv.hpp"
#include "platform/database/migrations.hpp"
#include "platform/database/sqlite_database.hpp"
#include "privacy/reports/participation_csv.hpp"

extern char** environ;

namespace {
using namespace samordna;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

struct Args {
  std::string shared = "../shared/data";
  std::string out = "/tmp/samordna-bench";
  std::string server;
  int per_year = 35'000;
  int years = 10;
};

Args parse(int argc, char** argv) {
  Args a;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string k = argv[i];
    if (k == "--shared") a.shared = argv[i + 1];
    if (k == "--out") a.out = argv[i + 1];
    if (k == "--server") a.server = argv[i + 1];
    if (k == "--per-year") a.per_year = std::stoi(argv[i + 1]);
  }
  return a;
}

// Fills the database: förbund, members, insatser, persons, referrals with events, participations.
std::vector<std::int64_t> generate(storage::SqliteDatabase& db, app::Installation& inst, const Args& a) {
  auto regions = db.query("SELECT code FROM region ORDER BY code", {});
  std::vector<std::int64_t> associations;
  std::uint64_t seed = 42;
  auto next = [&](int n) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return int((seed >> 33) % std::uint64_t(n));
  };
  db.transaction([&] {
    int index = 0;
    for (const auto& region : regions) {
      auto kommuner = db.query("SELECT code FROM kommun WHERE region_code = $1 ORDER BY code", {region[0]});
      // Split the län's kommuner into förbund of about 3.6 kommuner each (~80 in all).
      const std::size_t groups = std::max<std::size_t>(1, (kommuner.size() + 2) / 4);
      for (std::size_t g = 0; g < groups; ++g) {
        core::Association assoc{0, "Samordningsförbund " + std::to_string(++index),
                                "222000-" + std::to_string(1000 + index), "Ort", *core::CivilDate::parse("2010-01-01")};
        auto id = *inst.associations.add_association(assoc);
        associations.push_back(id);
        for (const auto& [name, kind, code] : std::vector<std::tuple<std::string, core::PartyKind, std::string>>{
                 {"Försäkringskassan", core::PartyKind::fk, ""},
                 {"Arbetsförmedlingen", core::PartyKind::af, ""},
                 {"Region " + storage::as_text(region[0]), core::PartyKind::region, storage::as_text(region[0])}}) {
          core::Member m;
          m.association_id = id;
          m.name = name;
          m.kind = kind;
          m.area_code = code;
          m.joined_on = assoc.formed_on;
          inst.associations.add_member(m);
        }
        for (std::size_t k = g; k < kommuner.size(); k += groups) {
          core::Member m;
          m.association_id = id;
          m.name = "Kommun " + storage::as_text(kommuner[k][0]);
          m.area_code = storage::as_text(kommuner[k][0]);
          m.joined_on = assoc.formed_on;
          inst.associations.add_member(m);
        }
      }
    }
  });
  const int total = a.per_year * a.years;
  const int per_association = total / int(associations.size());
  for (auto association : associations) {
    db.transaction([&] {
      auto members = inst.associations.list_members(association);
      std::vector<std::string> kommuner;
      for (const auto& m : members) {
        if (m.kind == core::PartyKind::kommun) kommuner.push_back(m.area_code);
      }
      const auto group = inst.insatser.add_target_group({0, association, "Målgrupp"});
      std::vector<std::int64_t> insatser;
      for (int i = 0; i < 8; ++i) {
        core::Insats ins;
        ins.association_id = association;
        ins.name = "Insats " + std::to_string(i + 1);
        ins.lead_member_id = members[2].id;
        ins.cooperating_member_ids = {members[0].id};
        ins.capacity = 100;
        ins.starts_on = *core::CivilDate::parse("2012-01-01");
        ins.extensive = i < 2;
        for (int y = 2017; y <= 2026; ++y) ins.budget[y] = core::Money::kronor(500'000);
        insatser.push_back(inst.insatser.add_insats(ins));
      }
      for (int n = 0; n < per_association; ++n) {
        core::Person p;
        p.association_id = association;
        p.person_key = inst.vault.pseudonym(association, std::to_string(n * 7919 % (per_association * 3 / 4 + 1)));
        auto existing = inst.referrals.find_person_by_key(association, p.person_key);
        std::int64_t person = 0;
        if (existing) {
          person = existing->id;
        } else {
          p.gender = next(2) ? core::Gender::woman : core::Gender::man;
          p.birth_year = 1960 + next(45);
          p.kommun_code = kommuner[std::size_t(next(int(kommuner.size())))];
          p.masked = "19800101-****";
          p.sealed_identity = inst.vault.seal("198001011234\nNamn Namnsson");
          person = inst.referrals.add_person(p);
        }
        const auto start = core::CivilDate::parse("2017-01-01")->add_days(next(365 * a.years - 10));
        core::Referral r;
        r.association_id = association;
        r.insats_id = insatser[std::size_t(next(8))];
        r.person_id = person;
        r.referring_member_id = members[std::size_t(next(int(members.size())))].id;
        r.referrer_user_id = 1;
        r.referred_on = start.add_days(-next(300));
        r.target_group_id = group;
        r.state = core::ReferralState::started;
        r.decided_on = start;
        r.id = inst.referrals.add_referral(r, "x");
        inst.referrals.add_event({0, r.id, 0, 1, core::ReferralState::received, core::ReferralState::started, {}});
        core::Participation part;
        part.association_id = association;
        part.insats_id = r.insats_id;
        part.person_id = person;
        part.referral_id = r.id;
        part.gender = core::Gender::woman;
        part.start_year = start.year();
        part.started_on = start;
        part.ended_on = start.add_days(60 + next(300));
        part.exit_reason = core::ExitReason::completed;
        part.at_start = core::StatusSnapshot{{core::SupportSource::forsorjningsstod},
                                             12,
                                             core::EducationLevel::unknown,
                                             core::Occupation::job_seeking,
                                             0};
        part.at_end = core::StatusSnapshot{{core::SupportSource::none},
                                           {},
                                           core::EducationLevel::unknown,
                                           next(3) ? core::Occupation::work : core::Occupation::other,
                                           100};
        inst.participations.add_participation(part);
      }
    });
  }
  return associations;
}

template <class F>
double best_of(int runs, F&& work) {
  double best = 1e18;
  for (int i = 0; i < runs; ++i) {
    auto t = Clock::now();
    work();
    best = std::min(best, ms_since(t));
  }
  return best;
}

// The server's resident memory now (VmRSS), in KiB.
long rss_kib(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}

long peak_kib(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  const Args a = parse(argc, argv);
  security::init_sodium();
  std::filesystem::remove_all(a.out);
  std::filesystem::create_directories(a.out);
  const std::string db_path = a.out + "/national.db";
  auto t0 = Clock::now();
  storage::SqliteDatabase db(db_path);
  storage::migrate(db);
  app::SystemClock clock;
  app::Installation inst(db, security::load_or_create_keyring(db_path + ".keys"), clock);
  auto imported = app::import_reference_data(
      db, {a.shared + "/regions.csv", a.shared + "/municipalities.csv", a.shared + "/population_2018_2022.csv"});
  if (!imported.problems.empty()) {
    std::cerr << "reference data import failed\n";
    return 1;
  }
  auto associations = generate(db, inst, a);
  db.execute_script("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
  const double generate_ms = ms_since(t0);
  const auto size = std::filesystem::file_size(db_path);
  std::int64_t largest = associations.front();
  std::int64_t largest_count = 0;
  for (auto id : associations) {
    auto n = storage::as_int(db.query("SELECT count(*) FROM participation WHERE association_id = $1", {id})[0][0]);
    if (n > largest_count) {
      largest = id;
      largest_count = n;
    }
  }
  auto range = [](const char* from, const char* to) {
    return std::pair{*core::CivilDate::parse(from), *core::CivilDate::parse(to)};
  };
  const auto [from, to] = range("2017-01-01", "2026-12-31");
  struct Case {
    const char* name;
    core::Measure measure;
    core::Dimension rows;
    core::Dimension columns;
  };
  const std::vector<Case> cases{
      {"participations insats × gender, 10 years", core::Measure::participations, core::Dimension::insats,
       core::Dimension::gender},
      {"unique persons kommun × year", core::Measure::unique_persons, core::Dimension::kommun, core::Dimension::year},
      {"median wait insats × quarter", core::Measure::median_wait_days, core::Dimension::insats,
       core::Dimension::quarter},
      {"cost per participant insats × year", core::Measure::cost_per_person, core::Dimension::insats,
       core::Dimension::year}};
  std::cout << "Samordna national benchmark\n"
            << "  förbund: " << associations.size()
            << ", participations: " << storage::as_int(db.query("SELECT count(*) FROM participation", {})[0][0])
            << ", referrals: " << storage::as_int(db.query("SELECT count(*) FROM referral", {})[0][0])
            << ", persons: " << storage::as_int(db.query("SELECT count(*) FROM person", {})[0][0]) << "\n"
            << "  generated in " << int(generate_ms / 1000) << " s; database " << size / (1024 * 1024) << " MiB\n"
            << "  largest förbund: " << largest_count << " participations\n";
  for (const auto& c : cases) {
    core::StatisticsQuery q{{c.measure, c.rows, c.columns, from, to, {}}, 5, true};
    const double ms = best_of(3, [&] { (void)inst.statistics.run(largest, q, false); });
    std::cout << "  pivot, largest förbund, " << c.name << ": " << ms << " ms\n";
  }
  core::StatisticsQuery national{
      {core::Measure::participations, core::Dimension::insats, core::Dimension::year, from, to, {}}, 5, true};
  const double all_ms = best_of(1, [&] {
    for (auto id : associations) (void)inst.statistics.run(id, national, false);
  });
  std::cout << "  pivot for every förbund in turn (insats × year): " << all_ms << " ms\n";
  const core::StatisticsQuery whole{
      {core::Measure::participations, core::Dimension::association, core::Dimension::year, from, to, {}}, 5, true};
  const double whole_ms = best_of(1, [&] { (void)inst.statistics.run_national(whole); });
  std::cout << "  national view, one pivot over every förbund (förbund × year): " << whole_ms << " ms\n";
  std::string csv;
  const double csv_ms = best_of(3, [&] {
    auto result = inst.statistics.run(
        largest,
        {{core::Measure::participations, core::Dimension::month, core::Dimension::kommun, from, to, {}}, 5, true},
        false);
    csv = report::pivot_csv(
        *result, {core::Measure::participations, core::Dimension::month, core::Dimension::kommun, from, to, {}});
  });
  std::cout << "  CSV export (month × kommun, largest förbund): " << csv_ms << " ms, " << csv.size() << " bytes\n";
  // The full participant-level export: every förbund, every participation, a page at a time.
  std::size_t export_bytes = 0;
  std::int64_t export_rows = 0;
  const double export_ms = best_of(1, [&] {
    for (auto id : associations) {
      std::vector<std::int64_t> insatser;
      for (const auto& i : inst.insatser.list_insatser(id)) insatser.push_back(i.id);
      core::ParticipationExport pages(inst.participation_export, id, from, to, {insatser, std::nullopt});
      export_bytes += report::participation_csv_header().size();
      const auto count = pages.page_count();
      for (std::size_t i = 0; i < count; ++i) export_bytes += report::participation_csv_rows(pages.page(i)).size();
      export_rows += pages.rows();
    }
  });
  std::cout << "  full participant-level CSV export, every förbund: " << export_ms << " ms, " << export_rows
            << " rows, " << export_bytes / (1024 * 1024) << " MiB\n";

  if (!a.server.empty()) {
    const std::string log = a.out + "/server.log";
    std::vector<std::string> args{a.server, "--db",  db_path,    "--log-level",
                                  "warn",   "serve", "--listen", "127.0.0.1:18799"};
    std::vector<char*> argv_c;
    for (auto& s : args) argv_c.push_back(s.data());
    argv_c.push_back(nullptr);
    pid_t pid = -1;
    posix_spawn(&pid, argv_c[0], nullptr, nullptr, argv_c.data(), environ);
    httplib::Client client("127.0.0.1", 18799);
    client.set_read_timeout(120, 0);
    for (int i = 0; i < 100; ++i) {
      if (auto r = client.Get("/api/v1/health"); r && r->status == 200) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    // A superuser for the measurement (statistics are suppressed for a superuser, as for the board).
    std::string out;
    inst.users.add_user({0, "bench", "Bench", inst.hasher.hash("bench password 1"), false, {"superuser"}});
    auto login =
        client.Post("/api/v1/session", R"({"username":"bench","password":"bench password 1"})", "application/json");
    const auto cookie =
        login->get_header_value("Set-Cookie").substr(0, login->get_header_value("Set-Cookie").find(';'));
    const std::string path = "/api/v1/associations/" + std::to_string(largest) +
                             "/statistics?rows=insats&columns=gender&from=2017-01-01&to=2026-12-31";
    std::vector<double> times;
    for (int i = 0; i < 20; ++i) {
      auto t = Clock::now();
      auto r = client.Get(path, {{"Cookie", cookie}});
      times.push_back(ms_since(t));
      if (!r || r->status != 200) std::cerr << "request failed\n";
    }
    std::sort(times.begin(), times.end());
    std::cout << "  server: statistics request, largest förbund, median " << times[times.size() / 2]
              << " ms; peak memory " << peak_kib(pid) / 1024 << " MiB\n";
    // The national view through the server (superuser), with the peak memory it takes.
    std::ofstream(std::string("/proc/") + std::to_string(pid) + "/clear_refs") << "5";
    auto tn = Clock::now();
    auto whole_r = client.Get("/api/v1/statistics?rows=association&columns=year&from=2017-01-01&to=2026-12-31",
                              {{"Cookie", cookie}});
    std::cout << "  server: national view (förbund × year, every förbund): " << ms_since(tn) << " ms, status "
              << (whole_r ? whole_r->status : 0) << "; peak memory while answering " << peak_kib(pid) / 1024
              << " MiB\n";
    // What the server keeps afterwards (issue 14: RSS at most 128 MiB after repeated national views).
    for (int i = 0; i < 3; ++i) {
      client.Get("/api/v1/statistics?rows=association&columns=year&from=2017-01-01&to=2026-12-31",
                 {{"Cookie", cookie}});
    }
    std::this_thread::sleep_for(std::chrono::seconds(1));
    std::cout << "  server: resident memory after 4 national views: " << rss_kib(pid) / 1024 << " MiB\n";
    // A deltagaransvarig in every insats of the largest förbund streams its participant-level export.
    auto staff = inst.users.add_user({0, "bench-staff", "Bench", inst.hasher.hash("bench password 2"), false, {}});
    // Confirmed by the operator (0), as `samordna roles confirm` would.
    inst.access.add_assignment(
        {0, staff, largest, core::Role::deltagaransvarig, std::nullopt, from, std::nullopt, 0, 0, std::nullopt, {}});
    for (const auto& i : inst.insatser.list_insatser(largest)) inst.insatser.set_insats_staff(i.id, {staff});
    auto staff_login = client.Post("/api/v1/session", R"({"username":"bench-staff","password":"bench password 2"})",
                                   "application/json");
    const auto staff_cookie =
        staff_login->get_header_value("Set-Cookie").substr(0, staff_login->get_header_value("Set-Cookie").find(';'));
    // Reset the peak (Linux: 5 → clear_refs) so that the login's Argon2 memory does not count.
    std::ofstream(std::string("/proc/") + std::to_string(pid) + "/clear_refs") << "5";
    auto t = Clock::now();
    auto exported = client.Get(
        "/api/v1/associations/" + std::to_string(largest) + "/participations.csv?from=2017-01-01&to=2026-12-31",
        {{"Cookie", staff_cookie}});
    const double stream_ms = ms_since(t);
    std::cout << "  server: participant-level export, largest förbund (streamed): " << stream_ms << " ms, "
              << (exported ? exported->body.size() / 1024 : 0) << " KiB, status " << (exported ? exported->status : 0)
              << "; peak memory while streaming " << peak_kib(pid) / 1024 << " MiB\n";
    ::kill(pid, SIGTERM);
    int status = 0;
    ::waitpid(pid, &status, 0);
  }
  return 0;
}

// samordna: the one executable (server, demo, migrations, users, reference data).
#include <spdlog/spdlog.h>

#include <sys/stat.h>
#include <CLI/CLI.hpp>

#include <csignal>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "platform/database/postgres_database.hpp"
#include "platform/security/sodium_secrets.hpp"

namespace {

// Warns about an existing database, WAL, SHM or key file that others than its owner may read (files made
// from now on are the owner's only: see the umask in main).
void warn_if_readable_by_others(const samordna::cli::Config& config) {
  namespace fs = std::filesystem;
  const std::string keys = config.key_file.empty() ? config.db + ".keys" : config.key_file;
  std::vector<std::string> paths{keys};
  if (!samordna::storage::is_postgres_uri(config.db))
    paths.insert(paths.end(), {config.db, config.db + "-wal", config.db + "-shm"});
  for (const std::string& path : paths) {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) continue;
    const auto others = fs::perms::group_all | fs::perms::others_all;
    if ((status.permissions() & others) != fs::perms::none) {
      spdlog::warn("{} can be read or written by others than its owner: chmod 600 it", path);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  using namespace samordna::cli;
  CLI::App app{"Samordna — information system for Finsam coordination associations (samordningsförbund)"};
  app.require_subcommand(1);
  Overrides flags;
  app.add_option("--config", flags.config_file, "TOML configuration file (env SAMORDNA_CONFIG)");
  app.add_option("--db", flags.db,
                 "SQLite database file, or a PostgreSQL URI postgresql://user@host:port/db (env SAMORDNA_DB, "
                 "default data/samordna.db)");
  app.add_option("--log-level", flags.log_level, "trace, debug, info, warn, error (env SAMORDNA_LOG_LEVEL)");
  app.add_option("--key-file", flags.key_file,
                 "Secret keys, kept outside the database (env SAMORDNA_KEY_FILE, "
                 "default <db>.keys, required with PostgreSQL; created on first use)");

  auto* serve = app.add_subcommand("serve", "Serve the web app and the API");
  serve->add_option("--listen", flags.listen, "host:port (env SAMORDNA_LISTEN, default 127.0.0.1:8080)");
  serve->add_option("--web-root", flags.web_root, "Directory of the built web app (env SAMORDNA_WEB_ROOT)");
  serve->add_option("--read-db", flags.read_db,
                    "A PostgreSQL hot standby for statistics and exports (env SAMORDNA_READ_DB; see docs/hosting.md)");

  app.add_subcommand("migrate", "Create or upgrade the database schema");

  auto* demo = app.add_subcommand("demo", "Create a database with the demo förbund Samordningsförbundet Insjöriket");
  std::string admin_password;
  bool force = false;
  demo->add_option("--admin-password", admin_password, "Password of user admin (generated and printed if absent)");
  demo->add_flag("--force", force, "Replace an existing database file");

  auto* refdata = app.add_subcommand("refdata", "Reference data (SCB)");
  refdata->require_subcommand(1);
  auto* import = refdata->add_subcommand("import", "Import regions, municipalities and population from CSV");
  std::string regions, municipalities, population;
  import->add_option("--regions", regions, "CSV: lanskod,lan,lan_kortnamn,...")->check(CLI::ExistingFile);
  import->add_option("--municipalities", municipalities, "CSV: kommunkod,kommun,kommun_officiellt_namn,lanskod,...")
      ->check(CLI::ExistingFile);
  import->add_option("--population", population, "CSV: kommunkod,kommun,ar,folkmangd_totalt,folkmangd_16_64,...")
      ->check(CLI::ExistingFile);

  auto* user = app.add_subcommand("user", "Manage local user accounts");
  user->require_subcommand(1);
  std::string username, display_name, role = "superuser";
  bool password_stdin = false;
  auto* user_add = user->add_subcommand("add", "Add a user (password generated unless --password-stdin)");
  user_add->add_option("username", username, "Login name")->required();
  user_add->add_option("--display-name", display_name, "Name shown in the app");
  user_add->add_option("--role", role,
                       "Installation role: superuser, or none (roles per förbund are given in the app)");
  user_add->add_flag("--password-stdin", password_stdin, "Read the password from standard input");
  auto* user_list = user->add_subcommand("list", "List users");
  auto* user_passwd = user->add_subcommand("passwd", "Set a user's password (ends their sessions)");
  user_passwd->add_option("username", username, "Login name")->required();
  user_passwd->add_flag("--password-stdin", password_stdin, "Read the password from standard input");
  auto* user_disable = user->add_subcommand("disable", "Disable a user (ends their sessions)");
  user_disable->add_option("username", username, "Login name")->required();
  bool enable = false;
  user_disable->add_flag("--enable", enable, "Enable the user again instead");

  auto* roles = app.add_subcommand("roles", "Roles in a förbund that need the controller's side");
  roles->require_subcommand(1);
  auto* roles_pending = roles->add_subcommand("pending", "List personal-data roles waiting for confirmation");
  auto* roles_confirm = roles->add_subcommand(
      "confirm", "Confirm a role as the installation's operator: to appoint a party's first controller contact");
  std::int64_t assignment_id = 0;
  roles_confirm->add_option("assignment", assignment_id, "The assignment's id (samordna roles pending)")->required();

  auto* audit = app.add_subcommand("audit", "The audit log");
  audit->require_subcommand(1);
  auto* audit_verify = audit->add_subcommand("verify", "Check the audit log's hash chain and head; exit 1 if broken");
  std::string audit_expect;
  audit_verify->add_option("--expect", audit_expect,
                           "COUNT:HASH noted earlier (samordna audit head): fail if the log was rolled back before it");
  auto* audit_head = audit->add_subcommand("head", "Print the log's head as COUNT:HASH, to note in the minutes");

  auto* keys = app.add_subcommand("keys", "The key file that belongs to the database (see README, Keys)");
  keys->require_subcommand(1);
  auto* keys_init =
      keys->add_subcommand("init", "Create the key file for a database that holds no data made with keys");
  auto* keys_fingerprint =
      keys->add_subcommand("fingerprint", "Print the key file's fingerprint (checked at every start)");

  auto* retention = app.add_subcommand("retention", "Retention (gallring) of identities past each förbund's limit");
  retention->require_subcommand(1);
  auto* retention_run = retention->add_subcommand("run", "Remove identities and joint plans past the limit (audited)");
  bool dry_run = false;
  retention_run->add_flag("--dry-run", dry_run, "Only count what would be removed");

  auto* report = app.add_subcommand("report", "Reports for scheduled use (always suppressed, like published figures)");
  report->require_subcommand(1);
  ReportOptions report_options;
  auto* report_statistics = report->add_subcommand("statistics", "A statistics pivot as CSV or XLSX");
  report_statistics->add_option("--association", report_options.association, "Förbund id")->required();
  report_statistics->add_option("--measure", report_options.measure, "Measure (participations, unique_persons, ...)");
  report_statistics->add_option("--rows", report_options.rows, "Row dimension (insats, gender, kommun, year, ...)");
  report_statistics->add_option("--columns", report_options.columns, "Column dimension");
  report_statistics->add_option("--format", report_options.format, "csv or xlsx");
  auto* report_member = report->add_subcommand("member-value", "The member value report as PDF");
  report_member->add_option("--member", report_options.member, "Member id of a kommun")->required();
  for (auto* sub : {report_statistics, report_member}) {
    sub->add_option("--from", report_options.from, "First day YYYY-MM-DD")->required();
    sub->add_option("--to", report_options.to, "Last day YYYY-MM-DD")->required();
  }
  auto* report_follow_up = report->add_subcommand("follow-up", "The yearly follow-up report as PDF");
  auto* report_finsam = report->add_subcommand("finsam", "Uppföljning Finsam for a year as CSV");
  for (auto* sub : {report_follow_up, report_finsam}) {
    sub->add_option("--association", report_options.association, "Förbund id")->required();
    sub->add_option("--year", report_options.year, "The year")->required();
  }
  for (auto* sub : {report_statistics, report_member, report_follow_up, report_finsam}) {
    sub->add_option("--out", report_options.out, "Output file")->required();
  }

  auto* copy = app.add_subcommand(
      "copy", "Copy the installation into an empty database (SQLite file or postgresql://…) and prove the copy");
  std::string copy_target;
  copy->add_option("--to", copy_target, "The target database (migrated first; must hold no data)")->required();

  auto* backup = app.add_subcommand("backup", "Back up the installation into a new SQLite file, proven table by table");
  std::string backup_out;
  backup->add_option("--out", backup_out, "The new file")->required();
  auto* restore = app.add_subcommand("restore", "Restore a backup into the (empty) database --db names");
  std::string restore_from;
  restore->add_option("--from", restore_from, "The backup file")->required();

  auto* association = app.add_subcommand("association", "Förbund in the installation");
  association->require_subcommand(1);
  AssociationOptions association_options;
  auto* association_create = association->add_subcommand(
      "create", "Create a förbund with its members and first charter (Försäkringskassan and Arbetsförmedlingen added)");
  association_create->add_option("--name", association_options.name, "Its name")->required();
  association_create->add_option("--org-number", association_options.org_number, "Organisationsnummer")->required();
  association_create->add_option("--seat", association_options.seat, "Its seat (säte)")->required();
  association_create->add_option("--formed-on", association_options.formed_on, "Formed on, YYYY-MM-DD")->required();
  association_create->add_option("--region", association_options.region, "The region as CODE:Name")->required();
  association_create->add_option("--kommun", association_options.kommuner, "A kommun as CODE:Name (repeat)")
      ->required();
  association_create->add_option("--notice-years", association_options.notice_years,
                                 "Years of notice in the charter (default 3)");
  association_create->add_option("--split-key", association_options.split_key,
                                 "How the region and kommuner share: population (default), population_sickness, "
                                 "fixed_percent, manual");
  association_create->add_option("--reference-year", association_options.reference_year,
                                 "Population year for the population keys");

  app.add_subcommand("version", "Print the version");

  CLI11_PARSE(app, argc, argv);
  try {
    std::signal(SIGPIPE, SIG_IGN);
    samordna::security::init_sodium();
    Config config = load_config(flags);
    spdlog::set_level(spdlog::level::from_str(config.log_level));
    ::umask(0077);  // the database, its WAL and SHM, keys and reports: the owner's only
    warn_if_readable_by_others(config);
    if (app.got_subcommand("version")) {
      std::cout << "samordna " << SAMORDNA_VERSION << "\n";
      return 0;
    }
    if (app.got_subcommand(serve)) return run_serve(config);
    if (app.got_subcommand("migrate")) return run_migrate(config);
    if (app.got_subcommand(demo)) return run_demo(config, admin_password, force);
    if (refdata->got_subcommand(import)) return run_refdata_import(config, regions, municipalities, population);
    if (user->got_subcommand(user_add)) return run_user_add(config, username, display_name, role, password_stdin);
    if (user->got_subcommand(user_list)) return run_user_list(config);
    if (user->got_subcommand(user_passwd)) return run_user_passwd(config, username, password_stdin);
    if (user->got_subcommand(user_disable)) return run_user_disable(config, username, enable);
    if (roles->got_subcommand(roles_pending)) return run_roles_pending(config);
    if (roles->got_subcommand(roles_confirm)) return run_roles_confirm(config, assignment_id);
    if (audit->got_subcommand(audit_verify)) return run_audit_verify(config, audit_expect);
    if (audit->got_subcommand(audit_head)) return run_audit_head(config);
    if (association->got_subcommand(association_create)) {
      return run_association_create(config, association_options);
    }
    if (app.got_subcommand(copy)) return run_copy(config, copy_target);
    if (app.got_subcommand(backup)) return run_backup(config, backup_out);
    if (app.got_subcommand(restore)) return run_restore(config, restore_from);
    if (keys->got_subcommand(keys_init)) return run_keys_init(config);
    if (keys->got_subcommand(keys_fingerprint)) return run_keys_fingerprint(config);
    if (retention->got_subcommand(retention_run)) return run_retention(config, dry_run);
    if (report->got_subcommand(report_statistics)) return run_report_statistics(config, report_options);
    if (report->got_subcommand(report_member)) return run_report_member_value(config, report_options);
    if (report->got_subcommand(report_follow_up)) return run_report_follow_up(config, report_options);
    if (report->got_subcommand(report_finsam)) return run_report_finsam(config, report_options);
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}

// migrate, demo, refdata import, user add|list|passwd|disable, roles pending|confirm.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iostream>
#include <optional>

#include "access/auth_service.hpp"
#include "access/domain/access.hpp"
#include "access/storage/user_store.hpp"
#include "app/database_copy.hpp"
#include "app/demo.hpp"
#include "app/key_binding.hpp"
#include "app/refdata_import.hpp"
#include "app/retention_job.hpp"
#include "app/system_clock.hpp"
#include "cli/commands.hpp"
#include "platform/database/migrations.hpp"
#include "platform/database/postgres_database.hpp"
#include "platform/database/sqlite_database.hpp"
#include "platform/security/sodium_secrets.hpp"

namespace samordna::cli {
namespace {

std::string read_password(bool from_stdin) {
  std::string password;
  if (from_stdin) {
    std::getline(std::cin, password);
  } else {
    password = security::generate_password();
    std::cout << "Generated password: " << password << "\n";
  }
  return password;
}

bool valid(const core::Result<void>& r) {
  if (r) return true;
  std::cerr << "error: " << r.error().fields.at(0).field << ": " << r.error().fields.at(0).code << "\n";
  return false;
}

std::optional<core::User> find_user_or_report(storage::UserStore& users, const std::string& username) {
  auto user = users.find_user_by_username(username);
  if (!user) std::cerr << "error: username: not_found\n";
  return user;
}

}  // namespace

std::unique_ptr<storage::Database> open_database(const Config& config) {
  if (storage::is_postgres_uri(config.db)) {
    storage::PostgresOptions options{config.db};
    options.pool_size = config.db_pool;
    return std::make_unique<storage::PostgresDatabase>(options);
  }
  auto parent = std::filesystem::path(config.db).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  return std::make_unique<storage::SqliteDatabase>(config.db, config.worker_threads);
}

std::unique_ptr<storage::Database> open_migrated(const Config& config) {
  auto db = open_database(config);
  storage::migrate(*db);
  return db;
}

int run_migrate(const Config& config) {
  auto db = open_database(config);
  auto applied = storage::migrate(*db);
  for (const auto& m : applied) std::cout << "applied " << m.name << "\n";
  std::cout << "schema at version " << storage::latest_migration_version(*db) << "\n";
  return 0;
}

namespace {
// Whether the database already holds a Samordna installation (a file, or a migrated PostgreSQL schema).
bool installation_exists(const Config& config) {
  if (!storage::is_postgres_uri(config.db)) return std::filesystem::exists(config.db);
  const auto tables = storage::table_names(*open_database(config));
  return std::binary_search(tables.begin(), tables.end(), "schema_migrations");
}

// Removes the installation --force replaces: the file with its WAL and SHM, or every table of the schema.
void remove_installation(const Config& config) {
  if (!storage::is_postgres_uri(config.db)) {
    for (auto suffix : {"", "-wal", "-shm"}) std::filesystem::remove(config.db + suffix);
    return;
  }
  storage::drop_schema(*open_database(config));
}
}  // namespace

int run_demo(const Config& config, std::string admin_password, bool force) {
  if (installation_exists(config)) {
    if (!force) {
      std::cerr << "error: " << storage::redact_password(config.db) << " exists; use --force to replace it\n";
      return 3;
    }
    remove_installation(config);
  }
  if (admin_password.empty()) {
    admin_password = security::generate_password();
  } else if (!valid(core::validate_new_password(admin_password))) {
    return 2;
  }
  auto db = open_migrated(config);
  app::SystemClock clock;
  app::Installation installation(*db, app::open_keyring(*db, config.key_file), clock);
  app::create_demo(installation, *db, admin_password);
  // As the server would on its first start: identities of the demo's history past the förbund's limit are
  // removed now, so a served demo is at rest (no retention run competes with the first requests).
  const int removed = app::run_retention_everywhere(installation);
  std::cout << "Demo database created at " << storage::redact_password(config.db) << "\n"
            << "Retention removed " << removed << " identities of its history past the förbund's limit\n"
            << "Log in as: admin\nPassword: " << admin_password << "\n";
  return 0;
}

int run_refdata_import(const Config& config, const std::string& regions, const std::string& municipalities,
                       const std::string& population) {
  if (regions.empty() && municipalities.empty() && population.empty()) {
    std::cerr << "error: name at least one of --regions, --municipalities, --population\n";
    return 2;
  }
  auto db = open_migrated(config);
  auto report = app::import_reference_data(*db, {regions, municipalities, population});
  if (!report.problems.empty()) {
    for (const auto& p : report.problems) {
      std::cerr << p.file << ":" << p.problem.line << ": " << (p.problem.column.empty() ? "" : p.problem.column + ": ")
                << p.problem.code << "\n";
    }
    std::cerr << report.problems.size() << " problem(s); nothing was imported\n";
    return 4;
  }
  std::cout << "imported " << report.regions << " regions, " << report.municipalities << " municipalities, "
            << report.population << " population rows\n";
  return 0;
}

int run_user_add(const Config& config, const std::string& username, const std::string& display_name,
                 const std::string& role, bool password_stdin) {
  if (!valid(core::validate_username(username))) return 2;
  if (role != core::kSuperuserRole && role != "none") {
    std::cerr << "error: role: unknown (known: superuser, none)\n";
    return 2;
  }
  std::string password = read_password(password_stdin);
  if (!valid(core::validate_new_password(password))) return 2;
  auto db = open_migrated(config);
  storage::UserStore users(*db);
  app::SystemClock clock;
  app::Installation installation(*db, app::open_keyring(*db, config.key_file), clock);
  try {
    db->transaction([&] {
      auto id = users.add_user({0, username, display_name.empty() ? username : display_name,
                                security::Argon2PasswordHasher().hash(password), false,
                                role == "none" ? std::vector<std::string>{} : std::vector<std::string>{role}});
      installation.audit.record({0, "cli", ""}, std::nullopt, "create", "user", std::to_string(id),
                                {{"username", username}, {"role", role}});
    });
  } catch (const storage::ConstraintError&) {
    std::cerr << "error: username: taken\n";
    return 3;
  }
  std::cout << "user " << username << " added\n";
  return 0;
}

int run_roles_pending(const Config& config) {
  auto db = open_migrated(config);
  app::SystemClock clock;
  app::Installation installation(*db, app::open_keyring(*db, config.key_file), clock);
  for (const auto& a : installation.associations.list_associations()) {
    for (const auto& p : installation.user_admin.pending(a.id)) {
      std::cout << p.assignment.id << "\t" << a.name << "\t" << p.username << "\t" << core::to_string(p.assignment.role)
                << "\tparty " << p.assignment.organisation_member_id.value_or(0) << "\n";
    }
  }
  return 0;
}

int run_roles_confirm(const Config& config, std::int64_t assignment_id) {
  auto db = open_migrated(config);
  app::SystemClock clock;
  app::Installation installation(*db, app::open_keyring(*db, config.key_file), clock);
  auto confirmed = installation.user_admin.confirm_by_operator({0, "cli", ""}, assignment_id);
  if (!confirmed) {
    std::cerr << "error: " << confirmed.error().code
              << (confirmed.error().fields.empty() ? "" : " " + confirmed.error().fields[0].code) << "\n";
    return 2;
  }
  std::cout << "assignment " << assignment_id << " (" << core::to_string(confirmed->role) << ") confirmed\n";
  return 0;
}

int run_user_list(const Config& config) {
  auto db = open_migrated(config);
  for (const auto& u : storage::UserStore(*db).list_users()) {
    std::string roles;
    for (const auto& r : u.roles) roles += (roles.empty() ? "" : ",") + r;
    std::cout << u.username << "\t" << u.display_name << "\t" << roles << "\t" << (u.disabled ? "disabled" : "active")
              << "\n";
  }
  return 0;
}

int run_user_passwd(const Config& config, const std::string& username, bool password_stdin) {
  auto db = open_migrated(config);
  storage::UserStore users(*db);
  auto user = find_user_or_report(users, username);
  if (!user) return 3;
  std::string password = read_password(password_stdin);
  if (!valid(core::validate_new_password(password))) return 2;
  users.set_password_hash(user->id, security::Argon2PasswordHasher().hash(password));
  std::cout << "password changed for " << username << "; their sessions have ended\n";
  return 0;
}

int run_user_disable(const Config& config, const std::string& username, bool enable) {
  auto db = open_migrated(config);
  storage::UserStore users(*db);
  auto user = find_user_or_report(users, username);
  if (!user) return 3;
  users.set_disabled(user->id, !enable);
  std::cout << "user " << username << (enable ? " enabled\n" : " disabled; their sessions have ended\n");
  return 0;
}

int run_audit_verify(const Config& config, const std::string& expect) {
  std::optional<std::pair<std::int64_t, std::string>> expected;
  if (!expect.empty()) {
    const auto colon = expect.find(':');
    std::int64_t count = 0;
    const char* end = expect.data() + (colon == std::string::npos ? expect.size() : colon);
    auto [ptr, ec] = std::from_chars(expect.data(), end, count);
    if (colon == std::string::npos || ec != std::errc() || ptr != end || count < 1 || expect.size() - colon - 1 != 64) {
      std::cerr << "error: --expect: COUNT:HASH as printed by `samordna audit head`\n";
      return 2;
    }
    expected = {count, expect.substr(colon + 1)};
  }
  auto db = open_migrated(config);
  app::SystemClock clock;
  app::Installation installation(*db, app::open_keyring(*db, config.key_file, app::MissingKeys::refuse), clock);
  const auto head = installation.audit.head();
  const auto events = head.substr(0, head.find(':'));
  if (auto broken = installation.audit.verify()) {
    if (*broken == 0) {
      std::cout << "audit log broken: the head does not match the log (newest events removed, the head altered, "
                   "or the log emptied in a database with accounts)\n";
    } else {
      std::cout << "audit log broken at event " << *broken << " of " << events << "\n";
    }
    return 1;
  }
  if (expected && !installation.audit.holds(expected->first, expected->second)) {
    std::cout << "audit log rolled back: event " << expected->first << " with the hash noted earlier is not there ("
              << events << " events now)\n";
    return 1;
  }
  std::cout << "audit log ok: " << events << " events, chain whole"
            << (expected ? ", event " + std::to_string(expected->first) + " as noted" : "") << "; head " << head
            << "\n";
  return 0;
}

int run_audit_head(const Config& config) {
  auto db = open_migrated(config);
  app::SystemClock clock;
  app::Installation installation(*db, app::open_keyring(*db, config.key_file, app::MissingKeys::refuse), clock);
  if (installation.audit.verify()) {
    std::cout << "audit log broken: run `samordna audit verify`\n";
    return 1;
  }
  std::cout << installation.audit.head() << "\n";
  return 0;
}

int run_copy(const Config& config, const std::string& target) {
  auto from = open_migrated(config);
  Config to_config = config;
  to_config.db = target;
  auto to = open_migrated(to_config);
  app::open_keyring(*from, config.key_file, app::MissingKeys::refuse);  // the keys belong to the source
  std::vector<app::TableCopy> copied;
  try {
    copied = app::copy_database(*from, *to);
  } catch (const app::CopyError& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 3;
  }
  std::int64_t rows = 0;
  for (const auto& t : copied) {
    std::cout << t.table << ": " << t.rows << " rows, checksum " << t.checksum.substr(0, 16) << " equal\n";
    rows += t.rows;
  }
  app::SystemClock clock;
  app::Installation installation(*to, app::open_keyring(*to, config.key_file, app::MissingKeys::refuse), clock);
  if (auto broken = installation.audit.verify()) {
    std::cerr << "error: the copy's audit log is broken at event " << *broken << "\n";
    return 1;
  }
  std::cout << "copied " << rows << " rows of " << copied.size() << " tables to " << storage::redact_password(target)
            << "; audit log verified there (" << installation.audit.head() << ")\n";
  return 0;
}

int run_backup(const Config& config, const std::string& out) {
  if (storage::is_postgres_uri(out) || std::filesystem::exists(out)) {
    std::cerr << "error: " << storage::redact_password(out) << ": give the name of a new file\n";
    return 3;
  }
  const int code = run_copy(config, out);
  if (code != 0) {
    for (auto suffix : {"", "-wal", "-shm"}) std::filesystem::remove(out + suffix);
    return code;
  }
  std::cout << "back up the key file " << config.key_file << " apart from " << out << "\n";
  return 0;
}

int run_restore(const Config& config, const std::string& from) {
  if (!std::filesystem::exists(from)) {
    std::cerr << "error: " << from << " does not exist\n";
    return 3;
  }
  Config backup = config;
  backup.db = from;
  return run_copy(backup, config.db);
}

int run_keys_init(const Config& config) {
  auto db = open_migrated(config);
  const auto fingerprint = app::init_keys(*db, config.key_file);
  std::cout << "created " << config.key_file << " (fingerprint " << fingerprint
            << "): back it up apart from the database\n";
  return 0;
}

int run_keys_fingerprint(const Config& config) {
  auto db = open_migrated(config);
  auto keys = app::open_keyring(*db, config.key_file, app::MissingKeys::refuse);
  std::cout << security::keyring_fingerprint(keys) << "\n";
  return 0;
}

int run_retention(const Config& config, bool dry_run) {
  auto db = open_migrated(config);
  app::SystemClock clock;
  app::Installation installation(*db, app::open_keyring(*db, config.key_file), clock);
  const int removed = app::run_retention_everywhere(installation, dry_run);
  std::cout << (dry_run ? "would remove " : "removed ") << removed << " identities past their förbund's limit\n";
  return 0;
}

}  // namespace samordna::cli

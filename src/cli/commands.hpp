#pragma once
// The `samordna` subcommands. Each returns the process exit code.
#include <memory>
#include <string>
#include <vector>

#include "cli/config.hpp"
#include "platform/database/database.hpp"

namespace samordna::cli {

// The configured database: an SQLite file (its folder created) or a PostgreSQL server (postgresql://…).
std::unique_ptr<storage::Database> open_database(const Config& config);
// The same, migrated to the latest schema.
std::unique_ptr<storage::Database> open_migrated(const Config& config);

int run_serve(const Config& config);
int run_migrate(const Config& config);
int run_demo(const Config& config, std::string admin_password, bool force);
int run_refdata_import(const Config& config, const std::string& regions, const std::string& municipalities,
                       const std::string& population);
int run_user_add(const Config& config, const std::string& username, const std::string& display_name,
                 const std::string& role, bool password_stdin);
int run_user_list(const Config& config);
int run_user_passwd(const Config& config, const std::string& username, bool password_stdin);
int run_user_disable(const Config& config, const std::string& username, bool enable);
int run_roles_pending(const Config& config);
int run_roles_confirm(const Config& config, std::int64_t assignment_id);
// Exit 0 when the audit log's chain is whole, 1 (naming the first broken event) when not.
int run_audit_verify(const Config& config, const std::string& expect);
int run_audit_head(const Config& config);
// Retention for every förbund now (the server also runs it daily).
int run_retention(const Config& config, bool dry_run);
int run_keys_init(const Config& config);
// Copies the installation into `target` (an empty database: an SQLite file or postgresql://…), compares every
// table's count and checksum, and verifies the audit log there with the same key file.
int run_copy(const Config& config, const std::string& target);
// A backup is a copy into a new SQLite file (whatever the backend), proven table by table; restoring copies it
// into the configured database, which must be empty. The key file is backed up apart.
int run_backup(const Config& config, const std::string& out);
int run_restore(const Config& config, const std::string& from);
int run_keys_fingerprint(const Config& config);

// A new förbund with Försäkringskassan, Arbetsförmedlingen, its region and kommuner ("CODE:Name") as members from
// the day it was formed, and its first charter (one seat and one deputy per member); all or nothing.
struct AssociationOptions {
  std::string name;
  std::string org_number;
  std::string seat;
  std::string formed_on;
  std::string region;
  std::vector<std::string> kommuner;
  int notice_years = 3;
  std::string split_key = "population";
  int reference_year = 0;
};
int run_association_create(const Config& config, const AssociationOptions& options);

struct ReportOptions {
  std::int64_t association = 0;
  std::int64_t member = 0;
  std::string measure = "participations";
  std::string rows = "insats";
  std::string columns = "gender";
  std::string format = "csv";
  std::string from;
  std::string to;
  int year = 0;
  std::string out;
};
int run_report_statistics(const Config& config, const ReportOptions& options);
int run_report_member_value(const Config& config, const ReportOptions& options);
// The year's reports: the follow-up report (PDF) and Uppföljning Finsam (CSV).
int run_report_follow_up(const Config& config, const ReportOptions& options);
int run_report_finsam(const Config& config, const ReportOptions& options);

}  // namespace samordna::cli

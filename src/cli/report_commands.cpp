// samordna report statistics | member-value: the reports for scheduled use. Figures are always suppressed
// (as published ones) and each export is logged as done by "cli".
#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/installation.hpp"
#include "app/system_clock.hpp"
#include "cli/commands.hpp"
#include "report/member_value_pdf.hpp"
#include "report/pivot_csv.hpp"
#include "report/pivot_xlsx.hpp"
#include "storage/migrations.hpp"
#include "storage/sqlite_database.hpp"

namespace samordna::cli {
namespace {

const core::Actor kCli{0, "cli", ""};

int report_error(const core::Error& e) {
  std::cerr << "error: " << e.code;
  for (const auto& f : e.fields) std::cerr << " " << f.field << ": " << f.code;
  std::cerr << "\n";
  return 2;
}

bool write(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  return bool(out);
}

}  // namespace

int run_report_statistics(const Config& config, const ReportOptions& o) {
  auto measure = core::parse_measure(o.measure);
  auto rows = core::parse_dimension(o.rows);
  auto columns = core::parse_dimension(o.columns);
  auto from = core::CivilDate::parse(o.from);
  auto to = core::CivilDate::parse(o.to);
  if (!measure || !rows || !columns || !from || !to || (o.format != "csv" && o.format != "xlsx")) {
    std::cerr << "error: unknown measure, dimension or format, or a date not written YYYY-MM-DD\n";
    return 2;
  }
  storage::SqliteDatabase db(config.db);
  storage::migrate(db);
  app::SystemClock clock;
  app::Installation inst(db, security::load_or_create_keyring(config.key_file), clock);
  core::StatisticsQuery q{{*measure, *rows, *columns, *from, *to, {}}, core::kDefaultSuppressionThreshold, true};
  auto result = inst.statistics.run(o.association, q, false);
  if (!result) return report_error(result.error());
  const std::string bytes =
      o.format == "csv" ? report::pivot_csv(*result, q.request)
                        : report::pivot_xlsx(*result, q.request, std::filesystem::temp_directory_path().string());
  if (!write(o.out, bytes)) {
    std::cerr << "error: cannot write " << o.out << "\n";
    return 3;
  }
  inst.audit.record(kCli, o.association, "export", "statistics", o.measure, {{"format", o.format}, {"file", o.out}});
  std::cout << "wrote " << o.out << "\n";
  return 0;
}

int run_report_member_value(const Config& config, const ReportOptions& o) {
  auto from = core::CivilDate::parse(o.from);
  auto to = core::CivilDate::parse(o.to);
  if (!from || !to) {
    std::cerr << "error: dates are written YYYY-MM-DD\n";
    return 2;
  }
  storage::SqliteDatabase db(config.db);
  storage::migrate(db);
  app::SystemClock clock;
  app::Installation inst(db, security::load_or_create_keyring(config.key_file), clock);
  auto value = inst.member_value.report(o.member, *from, *to, core::kDefaultSuppressionThreshold);
  if (!value) return report_error(value.error());
  auto association = inst.associations.find_association(value->member.association_id);
  if (!write(o.out, report::member_value_pdf(*value, association->name))) {
    std::cerr << "error: cannot write " << o.out << "\n";
    return 3;
  }
  inst.audit.record(kCli, association->id, "export", "member_value", std::to_string(o.member), {{"file", o.out}});
  std::cout << "wrote " << o.out << "\n";
  return 0;
}

}  // namespace samordna::cli

// samordna report statistics | member-value | follow-up | finsam: the reports for scheduled use. Figures are always
// suppressed (as published ones) and each export is logged as done by "cli".
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>

#include "app/installation.hpp"
#include "app/key_binding.hpp"
#include "app/system_clock.hpp"
#include "cli/commands.hpp"
#include "follow_up/reports/finsam_csv.hpp"
#include "follow_up/reports/follow_up_pdf.hpp"
#include "follow_up/reports/member_value_pdf.hpp"
#include "follow_up/reports/pivot_csv.hpp"
#include "follow_up/reports/pivot_xlsx.hpp"
#include "platform/database/migrations.hpp"
#include "platform/database/sqlite_database.hpp"

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

// What a report gives: its förbund (for the audit log) and its bytes.
struct Made {
  std::int64_t association = 0;
  std::string bytes;
};

// Opens the installation, makes the report, writes it to `out` and logs the export as done by "cli".
int export_report(const Config& config, const std::string& out, const std::string& entity, const std::string& id,
                  const std::function<core::Result<Made>(app::Installation&)>& make) {
  auto db = open_migrated(config);
  app::SystemClock clock;
  app::Installation inst(*db, app::open_keyring(*db, config.key_file), clock);
  auto made = make(inst);
  if (!made) return report_error(made.error());
  if (!write(out, made->bytes)) {
    std::cerr << "error: cannot write " << out << "\n";
    return 3;
  }
  inst.audit.record(kCli, made->association, "export", entity, id, {{"file", out}});
  std::cout << "wrote " << out << "\n";
  return 0;
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
  return export_report(config, o.out, "statistics", o.measure, [&](app::Installation& inst) -> core::Result<Made> {
    core::StatisticsQuery q{{*measure, *rows, *columns, *from, *to, {}}, 0 /* the förbund's */, true};
    auto result = inst.statistics.run(o.association, q, false);
    if (!result) return core::unexpected(result.error());
    return Made{o.association, o.format == "csv" ? report::pivot_csv(*result, q.request)
                                                 : report::pivot_xlsx(*result, q.request,
                                                                      std::filesystem::temp_directory_path().string())};
  });
}

int run_report_member_value(const Config& config, const ReportOptions& o) {
  auto from = core::CivilDate::parse(o.from);
  auto to = core::CivilDate::parse(o.to);
  if (!from || !to) {
    std::cerr << "error: dates are written YYYY-MM-DD\n";
    return 2;
  }
  return export_report(config, o.out, "member_value", std::to_string(o.member),
                       [&](app::Installation& inst) -> core::Result<Made> {
                         auto value = inst.member_value.report(o.member, *from, *to, 0 /* the förbund's */);
                         if (!value) return core::unexpected(value.error());
                         auto association = inst.associations.find_association(value->member.association_id);
                         return Made{association->id, report::member_value_pdf(*value, association->name)};
                       });
}

int run_report_follow_up(const Config& config, const ReportOptions& o) {
  return export_report(config, o.out, "follow_up", std::to_string(o.year),
                       [&](app::Installation& inst) -> core::Result<Made> {
                         auto report = inst.follow_up.report(o.association, o.year, 0 /* the förbund's */);
                         if (!report) return core::unexpected(report.error());
                         return Made{o.association, report::follow_up_pdf(*report)};
                       });
}

int run_report_finsam(const Config& config, const ReportOptions& o) {
  return export_report(config, o.out, "finsam", std::to_string(o.year),
                       [&](app::Installation& inst) -> core::Result<Made> {
                         auto figures = inst.finsam.figures(o.association, o.year, 0 /* the förbund's */, true, false);
                         if (!figures) return core::unexpected(figures.error());
                         auto association = inst.associations.find_association(o.association);
                         return Made{o.association, report::finsam_csv(*figures, association->name)};
                       });
}

}  // namespace samordna::cli

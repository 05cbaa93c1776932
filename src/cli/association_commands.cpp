// association create: a new förbund with its members (Försäkringskassan, Arbetsförmedlingen, the region and the
// kommuner) and its first charter, in one transaction, for scripts and for going from the demo to one's own.
#include <iostream>
#include <stdexcept>

#include "app/installation.hpp"
#include "app/key_binding.hpp"
#include "app/system_clock.hpp"
#include "cli/commands.hpp"
#include "membership/domain/association.hpp"
#include "membership/domain/charter.hpp"

namespace samordna::cli {
namespace {

const core::Actor kCli{0, "cli", ""};

// A refused step: its field and code, printed as the other commands print theirs; the transaction rolls back.
struct Refused : std::runtime_error {
  explicit Refused(const core::Error& e)
      : std::runtime_error(e.fields.empty() ? e.code : e.fields.front().field + ": " + e.fields.front().code) {}
  Refused(const std::string& field, const std::string& code) : std::runtime_error(field + ": " + code) {}
};

template <typename T>
T or_refuse(core::Result<T> result) {
  if (!result) throw Refused(result.error());
  return std::move(*result);
}

// "1441:Lerums kommun" → code and name.
std::pair<std::string, std::string> code_and_name(const std::string& text, const std::string& option) {
  auto colon = text.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) throw Refused(option, "invalid");
  return {text.substr(0, colon), text.substr(colon + 1)};
}

}  // namespace

int run_association_create(const Config& config, const AssociationOptions& o) {
  auto formed_on = core::CivilDate::parse(o.formed_on);
  if (!formed_on) {
    std::cerr << "error: formed-on: invalid (YYYY-MM-DD)\n";
    return 2;
  }
  auto split = core::parse_split_key_kind(o.split_key);
  if (!split) {
    std::cerr << "error: split-key: invalid (population, population_sickness, fixed_percent, manual)\n";
    return 2;
  }
  auto db = open_migrated(config);
  app::SystemClock clock;
  app::Installation inst(*db, app::open_keyring(*db, config.key_file), clock);
  core::Association made;
  std::size_t members = 0;
  try {
    db->transaction([&] {
      core::Association a;
      a.name = o.name;
      a.org_number = o.org_number;
      a.seat = o.seat;
      a.formed_on = *formed_on;
      made = or_refuse(inst.membership.create_association(kCli, a));
      auto add = [&](core::PartyKind kind, std::string code, std::string name) {
        core::Member m;
        m.association_id = made.id;
        m.kind = kind;
        m.area_code = std::move(code);
        m.name = std::move(name);
        m.joined_on = *formed_on;
        or_refuse(inst.membership.add_member(kCli, m));
        ++members;
      };
      add(core::PartyKind::fk, "", "Försäkringskassan");
      add(core::PartyKind::af, "", "Arbetsförmedlingen");
      auto [region_code, region_name] = code_and_name(o.region, "region");
      add(core::PartyKind::region, region_code, region_name);
      if (o.kommuner.empty()) throw Refused("kommun", "required");
      for (const auto& k : o.kommuner) {
        auto [code, name] = code_and_name(k, "kommun");
        add(core::PartyKind::kommun, code, name);
      }
      core::Charter charter;
      charter.association_id = made.id;
      charter.effective_from = *formed_on;
      charter.notice.years = o.notice_years;
      charter.split_key.kind = *split;
      if (o.reference_year > 0) charter.split_key.reference_year = o.reference_year;
      for (const auto& m : inst.membership.members(made.id)) charter.board_seats.push_back({m.id, 1, 1});
      or_refuse(inst.membership.add_charter(kCli, charter));
    });
  } catch (const Refused& e) {
    std::cerr << "error: " << e.what() << " (nothing was created)\n";
    return 2;
  }
  std::cout << "association " << made.id << " created: " << made.name << ", " << members
            << " members and its first charter from " << made.formed_on.iso() << "\n";
  return 0;
}

}  // namespace samordna::cli

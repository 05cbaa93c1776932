// association create: a new förbund with its members (Försäkringskassan, Arbetsförmedlingen, the region and the
// kommuner) and its first charter, in one transaction, for scripts and for going from the demo to one's own.
#include <iostream>
#include <optional>

#include "app/installation.hpp"
#include "app/key_binding.hpp"
#include "app/system_clock.hpp"
#include "cli/commands.hpp"
#include "membership/domain/association_setup.hpp"

namespace samordna::cli {
namespace {

const core::Actor kCli{0, "cli", ""};

// "1441:Lerums kommun" → code and name (nullopt when the text has no code or no name).
std::optional<core::SetupParty> code_and_name(const std::string& text) {
  auto colon = text.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return std::nullopt;
  return core::SetupParty{text.substr(0, colon), text.substr(colon + 1)};
}

}  // namespace

int run_association_create(const Config& config, const AssociationOptions& o) {
  core::AssociationSetup setup;
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
  auto region = code_and_name(o.region);
  if (!region) {
    std::cerr << "error: region: invalid (CODE:Name)\n";
    return 2;
  }
  setup.association.name = o.name;
  setup.association.org_number = o.org_number;
  setup.association.seat = o.seat;
  setup.association.formed_on = *formed_on;
  setup.region = *region;
  for (const auto& k : o.kommuner) {
    auto kommun = code_and_name(k);
    if (!kommun) {
      std::cerr << "error: kommun: invalid (CODE:Name)\n";
      return 2;
    }
    setup.kommuner.push_back(*kommun);
  }
  setup.notice_years = o.notice_years;
  setup.split_key = *split;
  setup.reference_year = o.reference_year;
  auto db = open_migrated(config);
  app::SystemClock clock;
  app::Installation inst(*db, app::open_keyring(*db, config.key_file), clock);
  auto made = inst.membership.set_up(kCli, setup);
  if (!made) {
    const auto& e = made.error();
    std::cerr << "error: " << (e.fields.empty() ? e.code : e.fields.front().field + ": " + e.fields.front().code)
              << " (nothing was created)\n";
    return 2;
  }
  std::cout << "association " << made->id << " created: " << made->name << ", "
            << inst.membership.members(made->id).size() << " members and its first charter from "
            << made->formed_on.iso() << "\n";
  return 0;
}

}  // namespace samordna::cli

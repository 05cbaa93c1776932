// MembershipService::set_up: a new förbund, its members by law and its first charter, all or nothing.
#include <stdexcept>

#include "membership/membership_service.hpp"

namespace samordna::core {
namespace {

// A refused step, with its fields named for the form; thrown inside the transaction to roll it back.
struct Refused : std::runtime_error {
  Error error;
  Refused(Error e, const std::string& prefix) : std::runtime_error(e.code), error(std::move(e)) {
    for (auto& f : error.fields) f.field = prefix + f.field;
  }
};

template <typename T>
T or_refuse(Result<T> result, const std::string& prefix = "") {
  if (!result) throw Refused(result.error(), prefix);
  return std::move(*result);
}

}  // namespace

Result<Association> MembershipService::set_up(const Actor& actor, const AssociationSetup& setup) {
  if (setup.kommuner.empty()) return unexpected(Error::invalid("kommuner", "required"));
  Association made;
  try {
    transactions_.run([&] {
      made = or_refuse(create_association(actor, setup.association));
      auto add = [&](PartyKind kind, const SetupParty& party, const std::string& prefix) {
        Member m;
        m.association_id = made.id;
        m.kind = kind;
        m.area_code = party.area_code;
        m.name = party.name;
        m.joined_on = made.formed_on;
        or_refuse(add_member(actor, m), prefix);
      };
      add(PartyKind::fk, {"", "Försäkringskassan"}, "");
      add(PartyKind::af, {"", "Arbetsförmedlingen"}, "");
      add(PartyKind::region, setup.region, "region.");
      for (std::size_t i = 0; i < setup.kommuner.size(); ++i) {
        add(PartyKind::kommun, setup.kommuner[i], "kommuner." + std::to_string(i) + ".");
      }
      Charter charter;
      charter.association_id = made.id;
      charter.effective_from = made.formed_on;
      charter.notice.years = setup.notice_years;
      charter.split_key.kind = setup.split_key;
      if (setup.reference_year > 0) charter.split_key.reference_year = setup.reference_year;
      for (const auto& m : members(made.id)) charter.board_seats.push_back({m.id, 1, 1});
      or_refuse(add_charter(actor, charter), "charter.");
    });
  } catch (const Refused& refused) {
    return unexpected(refused.error);
  }
  return made;
}

}  // namespace samordna::core

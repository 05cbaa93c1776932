#include "app/demo.hpp"

#include "security/sodium_secrets.hpp"
#include "storage/association_store.hpp"
#include "storage/user_store.hpp"

namespace samordna::app {
namespace {
using core::CivilDate;
using core::PartyKind;

// SCB facts for the demo's own kommuner (population autumn 2018 and 2022, see shared/data/SOURCES.md).
// Columns: code, year, total, 16–64, 16–64 men, 16–64 women, 0–15, 65+, 20–64.
const std::vector<core::Population> kPopulation{
    {"1401", 2018, 37755, 22752, 11522, 11230, 8868, 6135, 20906},
    {"1401", 2022, 39711, 24114, 12275, 11839, 8941, 6656, 21937},
    {"1402", 2018, 38326, 23516, 11926, 11590, 8238, 6572, 21674},
    {"1402", 2022, 39745, 24253, 12428, 11825, 8585, 6907, 22287},
    {"1441", 2018, 42019, 24774, 12568, 12206, 9696, 7549, 22648},
    {"1441", 2022, 43495, 25704, 13056, 12648, 9933, 7858, 23217},
    {"1481", 2018, 67774, 43409, 22088, 21321, 13540, 10825, 40380},
    {"1481", 2022, 70292, 45183, 22989, 22194, 13745, 11364, 41872},
    {"1489", 2018, 40868, 23781, 11972, 11809, 7908, 9179, 22017},
    {"1489", 2022, 42077, 24241, 12227, 12014, 8132, 9704, 22199},
};
}  // namespace

void create_demo(storage::Database& db, const std::string& admin_password) {
  storage::AssociationStore associations(db);
  storage::UserStore users(db);
  security::Argon2PasswordHasher hasher;
  std::string hash = hasher.hash(admin_password);
  db.transaction([&] {
    associations.import_reference_data({{"14", "Västra Götalands län", "Västra Götaland"}},
                                       {{"1401", "Härryda", "Härryda kommun", "14"},
                                        {"1402", "Partille", "Partille kommun", "14"},
                                        {"1441", "Lerum", "Lerums kommun", "14"},
                                        {"1481", "Mölndal", "Mölndals kommun", "14"},
                                        {"1489", "Alingsås", "Alingsås kommun", "14"}},
                                       kPopulation);
    const CivilDate formed = *CivilDate::parse("2006-07-01");
    // The organisation number is made up for the demo.
    auto id = associations.add_association({0, "Samordningsförbundet Insjöriket", "222000-0000", "Mölndal", formed});
    struct M {
      const char* name;
      PartyKind kind;
      const char* code;
    };
    for (auto m :
         {M{"Försäkringskassan", PartyKind::fk, ""}, M{"Arbetsförmedlingen", PartyKind::af, ""},
          M{"Västra Götalandsregionen", PartyKind::region, "14"}, M{"Mölndals stad", PartyKind::kommun, "1481"},
          M{"Partille kommun", PartyKind::kommun, "1402"}, M{"Härryda kommun", PartyKind::kommun, "1401"},
          M{"Lerums kommun", PartyKind::kommun, "1441"}, M{"Alingsås kommun", PartyKind::kommun, "1489"}}) {
      core::Member member;
      member.association_id = id;
      member.name = m.name;
      member.kind = m.kind;
      member.area_code = m.code;
      member.joined_on = formed;
      associations.add_member(member);
    }
    users.add_user({0, "admin", "Administratör", hash, false, {"admin"}});
  });
}

}  // namespace samordna::app

#pragma once
// Setting up a new förbund (issue 15, item 5): the förbund, its members by law (Försäkringskassan,
// Arbetsförmedlingen, its region and one or more kommuner, each joined on the day the förbund was formed) and its
// first charter (one seat and one deputy per member). Used by the web app's Förbund page and `samordna
// association create`.
#include <string>
#include <vector>

#include "membership/domain/association.hpp"
#include "membership/domain/charter.hpp"

namespace samordna::core {

struct SetupParty {
  std::string area_code;  // the region's (two digits) or the kommun's (four)
  std::string name;
};

struct AssociationSetup {
  Association association;  // name, org number, seat, formed on
  SetupParty region;
  std::vector<SetupParty> kommuner;
  int notice_years = 3;
  SplitKeyKind split_key = SplitKeyKind::population;
  int reference_year = 0;  // 0: the split key's default
};

}  // namespace samordna::core

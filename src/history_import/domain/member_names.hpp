#pragma once
// How a sheet names the förbund's members: by name ("Lerums kommun", "Lerum", "Mölndals stad", "Mölndal"), by
// kommun or län code, or by the short names people use for the state parties (FK, AF) and the region.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "membership/domain/association.hpp"

namespace samordna::core {

class MemberNames {
 public:
  explicit MemberNames(const std::vector<Member>& members);
  // The member a cell names; 0 when none does, -1 when it could be more than one.
  std::int64_t find(std::string_view text) const;

 private:
  void add(const std::string& name, std::int64_t id);
  std::map<std::string, std::int64_t> ids_;  // folded name → member id (-1: ambiguous)
};

}  // namespace samordna::core

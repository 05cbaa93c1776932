#pragma once
// The membership ports in memory: förbund and members (with known areas and population), charters and
// processing agreements, for testing the services without a database. Versions behave as in the stores:
// a write with a stale expected version changes nothing and returns false.
#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "membership/ports.hpp"

namespace samordna::core::testing {

struct MemoryAssociations : AssociationRepository, MembersVersion {
  std::vector<Association> associations;
  std::int64_t members_changes = 1;  // moved by every change to members, as the triggers of migration 0030 do
  std::vector<Member> members;
  KnownAreas areas{{"14"}, {"1440", "1441", "1442", "1489"}};
  std::map<int, std::map<std::string, std::int64_t>> population;  // year → kommun code → people 16–64
  std::map<std::string, std::string> regions{{"1440", "14"}, {"1441", "14"}, {"1442", "14"}, {"1489", "14"}};

  std::vector<Association> list_associations() override { return associations; }
  std::optional<Association> find_association(std::int64_t id) override {
    for (const auto& a : associations) {
      if (a.id == id) return a;
    }
    return std::nullopt;
  }
  std::vector<Member> list_members(std::int64_t association_id) override {
    std::vector<Member> out;
    std::copy_if(members.begin(), members.end(), std::back_inserter(out),
                 [&](const Member& m) { return m.association_id == association_id; });
    return out;
  }
  std::optional<Member> find_member(std::int64_t id) override {
    for (const auto& m : members) {
      if (m.id == id) return m;
    }
    return std::nullopt;
  }
  std::optional<std::int64_t> add_association(const Association& association) override {
    for (const auto& a : associations) {
      if (a.org_number == association.org_number) return std::nullopt;
    }
    auto stored = association;
    stored.id = std::int64_t(associations.size()) + 1;
    stored.version = 1;
    associations.push_back(stored);
    return stored.id;
  }
  bool update_association(const Association& association, std::int64_t expected_version) override {
    for (auto& a : associations) {
      if (a.id != association.id) continue;
      if (a.version != expected_version) return false;
      a = association;
      a.version = expected_version + 1;
      return true;
    }
    return false;
  }
  std::int64_t add_member(const Member& member) override {
    auto stored = member;
    stored.id = std::int64_t(members.size()) + 1;
    stored.version = 1;
    members.push_back(stored);
    ++members_changes;
    return stored.id;
  }
  bool save_notice(std::int64_t member_id, const Notice& notice, std::int64_t expected_version) override {
    for (auto& m : members) {
      if (m.id != member_id) continue;
      if (m.version != expected_version) return false;
      m.notice = notice;
      ++m.version;
      ++members_changes;
      return true;
    }
    return false;
  }
  std::int64_t members_version() override { return members_changes; }
  KnownAreas known_areas() override { return areas; }
  std::map<std::string, std::int64_t> population_16_64(int year) override {
    auto it = population.find(year);
    return it == population.end() ? std::map<std::string, std::int64_t>{} : it->second;
  }
  std::optional<int> population_year_on_or_before(int year) override {
    std::optional<int> found;
    for (const auto& [y, _] : population) {
      if (y <= year) found = y;
    }
    return found;
  }
  std::map<std::string, std::string> kommun_regions() override { return regions; }
};

struct MemoryCharters : CharterRepository {
  std::vector<Charter> charters;
  std::vector<Charter> list_charters(std::int64_t association_id) override {
    std::vector<Charter> out;
    std::copy_if(charters.begin(), charters.end(), std::back_inserter(out),
                 [&](const Charter& c) { return c.association_id == association_id; });
    return out;
  }
  std::int64_t add_charter(const Charter& charter) override {
    auto stored = charter;
    stored.id = std::int64_t(charters.size()) + 1;
    charters.push_back(stored);
    return stored.id;
  }
};

struct MemoryAgreements : ProcessingAgreementRepository {
  std::vector<ProcessingAgreement> stored;
  std::vector<ProcessingAgreement> agreements(std::int64_t association_id) override {
    std::vector<ProcessingAgreement> out;
    std::copy_if(stored.begin(), stored.end(), std::back_inserter(out),
                 [&](const ProcessingAgreement& a) { return a.association_id == association_id; });
    return out;
  }
  std::optional<ProcessingAgreement> find_agreement(std::int64_t id) override {
    for (const auto& a : stored) {
      if (a.id == id) return a;
    }
    return std::nullopt;
  }
  std::int64_t add_agreement(const ProcessingAgreement& agreement) override {
    auto a = agreement;
    a.id = std::int64_t(stored.size()) + 1;
    a.version = 1;
    stored.push_back(a);
    return a.id;
  }
  bool save_agreement(const ProcessingAgreement& agreement, std::int64_t expected_version) override {
    for (auto& a : stored) {
      if (a.id != agreement.id) continue;
      if (a.version != expected_version) return false;
      a = agreement;
      a.version = expected_version + 1;
      return true;
    }
    return false;
  }
};

}  // namespace samordna::core::testing

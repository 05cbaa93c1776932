#include "finance/domain/contribution.hpp"

#include <algorithm>

#include "membership/domain/membership.hpp"

namespace samordna::core {

std::string_view to_string(Party party) {
  switch (party) {
    case Party::state: return "state";
    case Party::region: return "region";
    case Party::kommun: return "kommun";
  }
  return "kommun";
}

namespace {

constexpr std::int64_t kWhole = 10'000;
constexpr std::int64_t kMaxSicknessRate = 36'500;  // a whole year of days, in hundredths

struct Splitter {
  const BudgetInput& in;
  FieldErrors& errors;

  [[nodiscard]] const KeyInput* input_for(std::int64_t member_id) const {
    auto it = std::find_if(in.key_inputs.begin(), in.key_inputs.end(),
                           [&](const KeyInput& k) { return k.member_id == member_id; });
    return it == in.key_inputs.end() ? nullptr : &*it;
  }

  std::optional<std::int64_t> population_of(const Member& m) {
    if (m.kind == PartyKind::kommun) {
      auto it = in.population.find(m.area_code);
      if (it == in.population.end()) {
        errors.add("population." + m.area_code, "missing");
        return std::nullopt;
      }
      return it->second;
    }
    std::int64_t sum = 0;  // a region: its kommuner that are members in the year
    for (const auto& k : in.members) {
      if (k.kind != PartyKind::kommun || !member_in_year(k, in.year)) continue;
      auto region = in.kommun_region.find(k.area_code);
      if (region == in.kommun_region.end() || region->second != m.area_code) continue;
      auto it = in.population.find(k.area_code);
      if (it != in.population.end()) sum += it->second;
    }
    return sum;
  }

  // The weight of one member of the party and the basis shown for it.
  std::int64_t weight_of(const Member& m, ContributionBasis& basis) {
    const KeyInput* k = input_for(m.id);
    const std::string field = "keyInputs." + std::to_string(m.id);
    switch (in.key.kind) {
      case SplitKeyKind::population: basis.population = population_of(m); return basis.population.value_or(0);
      case SplitKeyKind::population_sickness: {
        basis.population = population_of(m);
        if (m.kind == PartyKind::region) return basis.population.value_or(0);
        if (!k || !k->sickness_rate) {
          errors.add(field + ".sicknessRate", "required");
          return 0;
        }
        if (*k->sickness_rate <= 0 || *k->sickness_rate > kMaxSicknessRate) {
          errors.add(field + ".sicknessRate", "invalid");
          return 0;
        }
        basis.sickness_rate = k->sickness_rate;
        return basis.population.value_or(0) * *k->sickness_rate;
      }
      case SplitKeyKind::fixed_percent:
        if (!k || !k->percent_bp) {
          errors.add(field + ".percentBp", "required");
          return 0;
        }
        if (*k->percent_bp < 0 || *k->percent_bp > kWhole) {
          errors.add(field + ".percentBp", "invalid");
          return 0;
        }
        basis.percent_bp = k->percent_bp;
        return *k->percent_bp;
      case SplitKeyKind::manual:
        if (!k || !k->amount) {
          errors.add(field + ".amountOre", "required");
          return 0;
        }
        if (k->amount->in_ore() < 0) {
          errors.add(field + ".amountOre", "invalid");
          return 0;
        }
        return k->amount->in_ore();
    }
    return 0;
  }

  // Splits `share` among the members of one party. A single member takes it all.
  void split(Money share, const std::vector<const Member*>& party, Party kind, std::vector<Contribution>& out) {
    std::vector<ContributionBasis> bases(party.size());
    std::vector<std::int64_t> weights;
    if (party.size() == 1) {
      weights.push_back(1);
    } else {
      for (std::size_t i = 0; i < party.size(); ++i) weights.push_back(weight_of(*party[i], bases[i]));
    }
    std::int64_t sum = 0;
    for (auto w : weights) sum += w;
    if (in.strict_sums && party.size() > 1) {
      if (in.key.kind == SplitKeyKind::fixed_percent && sum != kWhole) errors.add("keyInputs", "shares_not_100");
      if (in.key.kind == SplitKeyKind::manual && sum != share.in_ore()) errors.add("keyInputs", "amounts_not_quarter");
    }
    if (!errors.empty()) return;
    if (sum == 0) {
      errors.add("keyInputs", "zero_sum");
      return;
    }
    auto parts = apportion(share, weights);
    for (std::size_t i = 0; i < party.size(); ++i) {
      bases[i].party_total = share;
      bases[i].weight = weights[i];
      bases[i].weight_sum = sum;
      out.push_back({party[i]->id, party[i]->name, party[i]->kind, kind, (*parts)[i], bases[i]});
    }
  }
};

}  // namespace

Result<BudgetCalculation> calculate_contributions(const BudgetInput& in) {
  FieldErrors errors;
  if (in.total.in_ore() < 0) return unexpected(Error::invalid("totalOre", "negative"));
  std::vector<const Member*> fk;
  std::vector<const Member*> af;
  std::vector<const Member*> regions;
  std::vector<const Member*> kommuner;
  for (const auto& m : in.members) {
    if (!member_in_year(m, in.year)) continue;
    switch (m.kind) {
      case PartyKind::fk: fk.push_back(&m); break;
      case PartyKind::af: af.push_back(&m); break;
      case PartyKind::region: regions.push_back(&m); break;
      case PartyKind::kommun: kommuner.push_back(&m); break;
    }
  }
  if (fk.empty()) errors.add("members", "missing_fk");
  if (af.empty()) errors.add("members", "missing_af");
  if (regions.empty()) errors.add("members", "missing_region");
  if (kommuner.empty()) errors.add("members", "missing_kommun");
  for (const auto& k : in.key_inputs) {
    auto it = std::find_if(in.members.begin(), in.members.end(), [&](const Member& m) { return m.id == k.member_id; });
    if (it == in.members.end() || !member_in_year(*it, in.year)) {
      errors.add("keyInputs." + std::to_string(k.member_id), "member_not_in_year");
    }
  }
  if (!errors.empty()) return unexpected(errors.error());

  BudgetCalculation calc;
  calc.shares = *statutory_shares(in.total);
  // The state half is paid by Försäkringskassan, Arbetsförmedlingen's part included.
  calc.contributions.push_back(
      {fk[0]->id, fk[0]->name, PartyKind::fk, Party::state, calc.shares.state, {calc.shares.state, 1, 1, {}, {}, {}}});
  for (const auto* m : af) {
    calc.contributions.push_back(
        {m->id, m->name, PartyKind::af, Party::state, Money(), {calc.shares.state, 0, 1, {}, {}, {}}});
  }
  Splitter splitter{in, errors};
  splitter.split(calc.shares.regions, regions, Party::region, calc.contributions);
  splitter.split(calc.shares.kommuner, kommuner, Party::kommun, calc.contributions);
  if (!errors.empty()) return unexpected(errors.error());
  return calc;
}

}  // namespace samordna::core

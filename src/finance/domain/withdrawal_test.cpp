#include "finance/domain/withdrawal.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

Member member(std::int64_t id, PartyKind kind, const char* code) {
  Member m;
  m.id = id;
  m.name = "M" + std::to_string(id);
  m.kind = kind;
  m.area_code = code;
  m.joined_on = d("2006-07-01");
  return m;
}

TEST(Withdrawal, WhatIfAlingsasGivesNotice) {
  Charter charter;
  charter.effective_from = d("2006-07-01");
  charter.notice = {3, NoticeCounting::calendar_years};
  charter.split_key = {SplitKeyKind::population, 2018};
  WhatIfInput in;
  in.charters = {charter};
  in.basis.year = 2021;
  in.basis.total = Money::kronor(14'976'000);
  in.basis.key = charter.split_key;
  in.basis.members = {member(1, PartyKind::fk, ""), member(2, PartyKind::af, ""), member(3, PartyKind::region, "14"),
                      member(4, PartyKind::kommun, "1481"), member(8, PartyKind::kommun, "1489")};
  in.basis.population = {{"1481", 43409}, {"1489", 23781}};
  in.member = in.basis.members.back();
  in.notice_on = d("2021-05-26");
  in.budgeted = {{2021, Money::ore(1)}, {2022, Money::ore(2)}};
  auto w = withdrawal_what_if(in);
  ASSERT_TRUE(w);
  EXPECT_EQ(w->ends_on, d("2024-12-31"));
  EXPECT_EQ(w->first_year_without, 2025);
  ASSERT_EQ(w->fee_years.size(), 3U);  // 2022, 2023, 2024
  EXPECT_EQ(w->fee_years[0].year, 2022);
  EXPECT_EQ(w->fee_years[0].amount, Money::ore(2));
  EXPECT_FALSE(w->fee_years[0].estimated);
  EXPECT_TRUE(w->fee_years[1].estimated);  // no 2023 budget: the basis year's amount
  // Alingsås's basis amount: 374 400 000 × 23 781 / 67 190, floored (Mölndal has the larger remainder).
  Money alingsas = Money::ore(374'400'000LL * 23781 / 67190);
  EXPECT_EQ(w->fee_years[1].amount, alingsas);
  EXPECT_EQ(w->total_owed, Money::ore(2) + alingsas + alingsas);
  ASSERT_EQ(w->shares.size(), 1U);  // Mölndal, the one other kommun, would pay the whole quarter
  EXPECT_EQ(w->shares[0].member_id, 4);
  EXPECT_EQ(w->shares[0].after, Money::kronor(3'744'000));
  EXPECT_EQ(w->shares[0].before + alingsas, Money::kronor(3'744'000));
}

TEST(Withdrawal, RefusedForTheStateParties) {
  WhatIfInput in;
  in.member = member(1, PartyKind::fk, "");
  in.notice_on = d("2021-01-01");
  EXPECT_EQ(withdrawal_what_if(in).error().fields[0].code, "cannot_give_notice");
}

}  // namespace
}  // namespace samordna::core

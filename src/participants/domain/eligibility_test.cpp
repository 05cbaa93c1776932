#include "participants/domain/eligibility.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

Insats balder() {
  Insats i;
  i.name = "Balder";
  i.min_age = 18;
  i.max_age = 29;  // "främst till individer mellan 18-29 år"
  i.target_group_ids = {1};
  i.starts_on = d("2012-01-01");
  return i;
}

EligibilityInput person(const char* birth, const char* kommun = "1489", std::int64_t group = 1) {
  return {d("2020-03-01"), d(birth), kommun, group, {"1401", "1402", "1441", "1481", "1489"}};
}

TEST(Eligibility, AgeOnTheReferralDate) {
  EXPECT_TRUE(eligibility_problems(balder(), person("2002-03-01")).empty());  // 18 on the day
  EXPECT_EQ(eligibility_problems(balder(), person("2002-03-02")), std::vector<std::string>{"too_young"});
  EXPECT_TRUE(eligibility_problems(balder(), person("1990-03-02")).empty());  // 29, turning 30 tomorrow
  EXPECT_EQ(eligibility_problems(balder(), person("1990-03-01")), std::vector<std::string>{"too_old"});
}

TEST(Eligibility, ResidenceTargetGroupAndOpenInsats) {
  EXPECT_EQ(eligibility_problems(balder(), person("2000-01-01", "1480")), std::vector<std::string>{"outside_area"});
  EXPECT_EQ(eligibility_problems(balder(), person("2000-01-01", "1489", 2)),
            std::vector<std::string>{"wrong_target_group"});
  Insats closed = balder();
  closed.ends_on = d("2019-12-31");
  EXPECT_EQ(eligibility_problems(closed, person("2000-01-01")), std::vector<std::string>{"insats_closed"});
  // Every failing check is reported, in a fixed order.
  EXPECT_EQ(eligibility_problems(closed, person("2010-01-01", "0180", 3)),
            (std::vector<std::string>{"insats_closed", "too_young", "outside_area", "wrong_target_group"}));
}

}  // namespace
}  // namespace samordna::core

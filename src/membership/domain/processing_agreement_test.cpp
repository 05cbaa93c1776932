#include "membership/domain/processing_agreement.hpp"

#include <gtest/gtest.h>

namespace samordna::core {
namespace {

CivilDate d(const char* iso) { return *CivilDate::parse(iso); }

std::vector<Member> members() {
  Member lerum;
  lerum.id = 7;
  lerum.association_id = 1;
  lerum.name = "Lerums kommun";
  Member other;
  other.id = 9;
  other.association_id = 2;  // another förbund's
  return {lerum, other};
}

TEST(ProcessingAgreement, InForceFromItsFirstToItsLastDayForItsMemberOnly) {
  std::vector<ProcessingAgreement> agreements{{1, 1, 7, d("2016-12-15"), d("2017-01-01"), d("2024-12-31"), "Dnr 1", 1},
                                              {2, 1, 7, d("2025-02-01"), d("2025-02-01"), std::nullopt, "Dnr 2", 1}};
  EXPECT_FALSE(agreement_in_force(agreements, 7, d("2016-12-31")));
  EXPECT_TRUE(agreement_in_force(agreements, 7, d("2017-01-01")));
  EXPECT_TRUE(agreement_in_force(agreements, 7, d("2024-12-31")));
  EXPECT_FALSE(agreement_in_force(agreements, 7, d("2025-01-15")));  // between the two: nothing may be registered
  EXPECT_TRUE(agreement_in_force(agreements, 7, d("2031-06-01")));
  EXPECT_FALSE(agreement_in_force(agreements, 8, d("2020-01-01")));
}

TEST(ProcessingAgreement, ValidatedAgainstTheForbundsMembersAndTheDates) {
  const auto today = d("2026-12-01");
  ProcessingAgreement a{0, 1, 7, d("2016-12-15"), d("2017-01-01"), std::nullopt, "Dnr 1", 1};
  EXPECT_TRUE(validate_agreement(a, members(), today));
  auto codes = [&](const ProcessingAgreement& x) {
    std::vector<std::string> out;
    auto r = validate_agreement(x, members(), today);
    if (!r) {
      for (const auto& f : r.error().fields) out.push_back(f.field + " " + f.code);
    }
    return out;
  };
  auto other = a;
  other.member_id = 9;
  EXPECT_EQ(codes(other), std::vector<std::string>{"memberId unknown"});
  auto bad = a;
  bad.document_reference = "";
  bad.valid_to = d("2016-12-31");
  bad.signed_on = d("2026-12-02");
  EXPECT_EQ(codes(bad), (std::vector<std::string>{"documentReference required", "validTo before_from",
                                                  "signedOn after_from", "signedOn future"}));
}

}  // namespace
}  // namespace samordna::core

// The kept facts' text: every field of every kind of fact, texts with the characters that are escaped, and the
// budgets come back as they went in; anything not whole and well-formed is refused rather than half read.
#include "follow_up/storage/kept_facts_text.hpp"

#include <gtest/gtest.h>

namespace samordna::storage {
namespace {

core::CivilDate date(const char* iso) { return *core::CivilDate::parse(iso); }

core::FactSet sample() {
  core::FactSet set;
  core::Fact p;
  p.insats_id = 7;
  p.insats_name = "Balder\tsteg 1\\2\nny rad\r";
  p.insats_kind = "individual";
  p.extensive = true;
  p.gender = "woman";
  p.kommun = "1489";
  p.referrer = "Försäkringskassan";
  p.target_group = "";
  p.age_band = "25–29";
  p.reason = "work";
  p.on = date("2025-03-04");
  p.ended_on = date("2026-01-31");
  p.person = "person:12";
  p.wait_days = 17;
  p.work_or_studies_after = true;
  p.left_support = true;
  core::Fact r = p;
  r.kind = core::FactKind::referral;
  r.extensive = false;
  r.ended_on.reset();
  r.decided_on = date("1999-12-31");
  r.returned = true;
  r.wait_days = -3;
  r.work_or_studies_after = false;
  r.left_support = false;
  core::Fact a;
  a.kind = core::FactKind::attendance;
  a.insats_id = 9;
  a.insats_name = "Öppen verksamhet";
  a.gender = "man";
  a.on = date("2026-12-01");
  a.person = "attendance:3:man";
  a.weight = 12;
  set.facts = {p, r, a};
  set.budgets[{7, 2025}] = core::Money::ore(123'456'78);
  set.budgets[{9, 2026}] = core::Money::ore(-5);
  return set;
}

void expect_same(const core::Fact& a, const core::Fact& b) {
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.insats_id, b.insats_id);
  EXPECT_EQ(a.insats_name, b.insats_name);
  EXPECT_EQ(a.insats_kind, b.insats_kind);
  EXPECT_EQ(a.extensive, b.extensive);
  EXPECT_EQ(a.gender, b.gender);
  EXPECT_EQ(a.kommun, b.kommun);
  EXPECT_EQ(a.referrer, b.referrer);
  EXPECT_EQ(a.target_group, b.target_group);
  EXPECT_EQ(a.age_band, b.age_band);
  EXPECT_EQ(a.reason, b.reason);
  EXPECT_EQ(a.on, b.on);
  EXPECT_EQ(a.ended_on, b.ended_on);
  EXPECT_EQ(a.decided_on, b.decided_on);
  EXPECT_EQ(a.person, b.person);
  EXPECT_EQ(a.weight, b.weight);
  EXPECT_EQ(a.returned, b.returned);
  EXPECT_EQ(a.wait_days, b.wait_days);
  EXPECT_EQ(a.work_or_studies_after, b.work_or_studies_after);
  EXPECT_EQ(a.left_support, b.left_support);
}

TEST(KeptFactsText, ComesBackAsItWentIn) {
  const auto set = sample();
  const auto text = encode_kept_facts(set);
  auto back = decode_kept_facts(text);
  ASSERT_TRUE(back.has_value());
  ASSERT_EQ(back->facts.size(), set.facts.size());
  for (std::size_t i = 0; i < set.facts.size(); ++i) expect_same(back->facts[i], set.facts[i]);
  EXPECT_EQ(back->budgets, set.budgets);
  EXPECT_EQ(encode_kept_facts(*back), text);
}

TEST(KeptFactsText, KeepsEachTextOnce) {
  core::FactSet set;
  for (int i = 0; i < 100; ++i) {
    core::Fact f;
    f.insats_name = "Ett långt namn på en insats som upprepas";
    f.person = "person:" + std::to_string(i % 10);
    set.facts.push_back(f);
  }
  const auto text = encode_kept_facts(set);
  EXPECT_EQ(text.find("Ett långt namn"), text.rfind("Ett långt namn"));
  EXPECT_NE(text.find("texts 13\n"), std::string::npos);  // the name, the ten people, "" and "none"
}

TEST(KeptFactsText, AnEmptySetIsThreeCounts) {
  const auto text = encode_kept_facts({});
  EXPECT_EQ(text, "samordna-facts 1\ntexts 0\nfacts 0\nbudgets 0\n");
  auto back = decode_kept_facts(text);
  ASSERT_TRUE(back.has_value());
  EXPECT_TRUE(back->facts.empty());
  EXPECT_TRUE(back->budgets.empty());
}

TEST(KeptFactsText, RefusesWhatIsNotWholeOrWellFormed) {
  const auto text = encode_kept_facts(sample());
  EXPECT_FALSE(decode_kept_facts(""));
  EXPECT_FALSE(decode_kept_facts("samordna-facts 2" + text.substr(16)));
  for (std::size_t cut : {std::size_t(1), std::size_t(20), text.size() / 2, text.size() - 1}) {
    EXPECT_FALSE(decode_kept_facts(text.substr(0, text.size() - cut))) << cut;
  }
  EXPECT_FALSE(decode_kept_facts(text + "x\n"));  // trailing data
  const auto replaced = [&](const std::string& from, const std::string& to) {
    auto changed = text;
    const auto at = changed.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return changed.replace(at, from.size(), to);
  };
  EXPECT_FALSE(decode_kept_facts(replaced("texts ", "texts 99999999999999999999")));
  EXPECT_FALSE(decode_kept_facts(replaced("facts 3", "facts 4")));
  EXPECT_FALSE(decode_kept_facts(replaced("facts 3", "facts -1")));
  EXPECT_FALSE(decode_kept_facts(replaced("budgets 2", "budgets 1")));
  EXPECT_FALSE(decode_kept_facts(replaced("\\t", "\\x")));  // an unknown escape
  const auto first_fact = text.find("facts 3\n") + 8;
  EXPECT_FALSE(decode_kept_facts(text.substr(0, first_fact) + "3" + text.substr(first_fact + 1)));  // no such kind
  const auto fact_end = text.find('\n', first_fact);
  EXPECT_FALSE(decode_kept_facts(text.substr(0, fact_end) + "\t1" + text.substr(fact_end)));  // a field too many
  auto out_of_range = text;
  out_of_range.replace(first_fact, text.find('\t', text.find('\t', first_fact) + 1) - first_fact, "0\t7\t999");
  EXPECT_FALSE(decode_kept_facts(out_of_range));  // a text number beyond the table
  EXPECT_FALSE(decode_kept_facts(replaced("\t2025\t", "\t20x5\t")));
  EXPECT_FALSE(decode_kept_facts(replaced("\t2025\t", "\t9999\t")));
}

}  // namespace
}  // namespace samordna::storage

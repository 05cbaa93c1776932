// The lists of insatser kept while unchanged: the same JSON as read, read once while the insatser version stays,
// and read again after any change to an insats.
#include "participants/http/insatser_answers.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "participants/http/participant_json.hpp"
#include "participants/testing/world.hpp"

namespace samordna::http {
namespace {

using W = core::testing::ParticipantsWorld;

// Counts the reads of the insatser.
struct CountedInsatser : core::testing::MemoryInsatser {
  int reads = 0;
  std::vector<core::Insats> list_insatser(std::int64_t association_id) override {
    ++reads;
    return MemoryInsatser::list_insatser(association_id);
  }
};

TEST(InsatserAnswers, TheListIsReadOnceWhileUnchangedAndAgainAfterAChange) {
  W w;
  CountedInsatser counted;
  counted.insatser = w.insatser.insatser;
  counted.groups = w.insatser.groups;
  counted.staff = w.insatser.staff;
  core::InsatsService service{counted, w.associations, w.transactions, w.audit, w.clock};
  InsatserAnswers answers(service, counted);
  core::Actor actor{1, "admin", "127.0.0.1"};

  const auto first = answers.text(W::kInsjoriket);
  auto expected = nlohmann::json::array();
  for (const auto& i : counted.MemoryInsatser::list_insatser(W::kInsjoriket)) expected.push_back(insats_json(i));
  EXPECT_EQ(first, nlohmann::json({{"items", expected}}).dump());
  EXPECT_GE(expected.size(), 3U);
  EXPECT_EQ(answers.text(W::kInsjoriket), first);
  EXPECT_EQ(counted.reads, 1);

  auto renamed = *counted.find_insats(w.balder);
  renamed.name = "Balder (nytt namn)";
  ASSERT_TRUE(service.update(actor, renamed, renamed.version, std::nullopt));
  const auto after = answers.text(W::kInsjoriket);
  EXPECT_NE(after.find("Balder (nytt namn)"), std::string::npos);
  EXPECT_EQ(counted.reads, 3);  // the update reads the list too (a name taken), then the answer
  EXPECT_EQ(answers.text(W::kInsjoriket), after);
  EXPECT_EQ(counted.reads, 3);
}

}  // namespace
}  // namespace samordna::http

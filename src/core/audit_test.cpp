#include "core/audit.hpp"

#include <gtest/gtest.h>

#include <map>

#include "core/access_ports.hpp"
#include "core/test_fakes.hpp"

namespace samordna::core {
namespace {

using testing::fake_digest;
using testing::MemoryAudit;

TEST(Audit, FieldsRoundTripWithNamesOnlyForPersonalData) {
  std::vector<AuditField> fields{{"name", std::nullopt}, {"note", "a=b\nc\\d"}, {"totalOre", "100"}};
  auto text = encode_fields(fields);
  EXPECT_EQ(text.find('\n', text.find('\n') + 1) == std::string::npos, false);
  auto back = decode_fields(text);
  ASSERT_EQ(back.size(), 3U);
  EXPECT_FALSE(back[0].value);
  EXPECT_EQ(back[1].value, "a=b\nc\\d");
  EXPECT_EQ(back[2].name, "totalOre");
}

TEST(Audit, ChainDetectsAlteredRemovedAndTruncatedEvents) {
  MemoryAudit repo;
  std::int64_t now = 100;
  AuditTrail trail(repo, fake_digest, [&] { return now++; });
  for (int i = 0; i < 5; ++i) trail.record({1, "admin", "127.0.0.1"}, 1, "update", "budget", std::to_string(2020 + i));
  EXPECT_FALSE(trail.verify());

  auto original = repo.events;
  repo.events[2].entity_id = "1999";  // altered
  EXPECT_EQ(trail.verify(), 3);
  repo.events = original;
  repo.events.erase(repo.events.begin() + 1);  // removed
  EXPECT_EQ(trail.verify(), 3);
  repo.events = original;
  repo.events.pop_back();  // the last one removed: only the head tells
  EXPECT_EQ(trail.verify(), 0);
  repo.events = original;
  EXPECT_FALSE(trail.verify());
}

}  // namespace
}  // namespace samordna::core

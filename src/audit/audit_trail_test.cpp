#include "audit/domain/audit.hpp"

#include <gtest/gtest.h>

#include <map>

#include "audit/audit_trail.hpp"
#include "audit/testing/memory_audit.hpp"
#include "kernel/testing/fakes.hpp"

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

TEST(Audit, TheHeadAuthenticatesCountAndLastHash) {
  MemoryAudit repo;
  std::int64_t now = 100;
  AuditTrail trail(repo, fake_digest, [&] { return now++; });
  for (int i = 0; i < 6; ++i) trail.record({1, "admin", ""}, 1, "update", "budget", std::to_string(2020 + i));
  ASSERT_FALSE(trail.verify());
  const auto full = repo.events;
  const auto full_head = *repo.head;
  EXPECT_EQ(trail.head(), "6:" + full.back().hash);

  // The newest three removed and the head pointed at the third: without the key no mac fits.
  repo.events.resize(3);
  repo.head = AuditHead{3, repo.events.back().hash, full_head.mac};
  EXPECT_EQ(trail.verify(), 0);
  repo.head = AuditHead{3, repo.events.back().hash, ""};
  EXPECT_EQ(trail.verify(), 0);
  repo.head = AuditHead{6, full.back().hash, full_head.mac};  // the count no longer fits the events
  EXPECT_EQ(trail.verify(), 0);

  // Both emptied: an error where accounts exist, fine only for a database nobody has used.
  repo.events.clear();
  repo.head.reset();
  repo.accounts = true;
  EXPECT_EQ(trail.verify(), 0);
  repo.accounts = false;
  EXPECT_FALSE(trail.verify());

  // A whole earlier state (events and head restored from a backup) verifies, but not against a noted head.
  repo.events = full;
  repo.head = full_head;
  const auto noted_count = 6;
  const auto noted_hash = full.back().hash;
  repo.events.resize(4);
  repo.head = AuditHead{4, repo.events.back().hash, fake_digest(head_text(4, repo.events.back().hash))};
  EXPECT_FALSE(trail.verify());
  EXPECT_FALSE(trail.holds(noted_count, noted_hash));
  repo.events = full;
  repo.head = full_head;
  EXPECT_TRUE(trail.holds(noted_count, noted_hash));
  EXPECT_FALSE(trail.holds(0, noted_hash));
  EXPECT_FALSE(trail.holds(7, noted_hash));
}

TEST(Audit, ACheckpointNotesTheHeadBeforeIt) {
  MemoryAudit repo;
  std::int64_t now = 100;
  AuditTrail trail(repo, fake_digest, [&] { return now++; });
  trail.record({1, "admin", ""}, 1, "login", "session", "");
  const auto before = repo.events.back().hash;
  trail.checkpoint("start");
  const auto& c = repo.events.back();
  EXPECT_EQ(c.action, "checkpoint");
  ASSERT_EQ(c.fields.size(), 3U);
  EXPECT_EQ(c.fields[0].value, "1");
  EXPECT_EQ(c.fields[1].value, before);
  EXPECT_EQ(c.fields[2].value, "start");
  EXPECT_FALSE(trail.verify());
}

TEST(Audit, AHeadFromBeforeMacsIsAuthenticatedOnceIfTheChainIsWhole) {
  MemoryAudit repo;
  std::int64_t now = 100;
  AuditTrail trail(repo, fake_digest, [&] { return now++; });
  for (int i = 0; i < 3; ++i) trail.record({1, "admin", ""}, 1, "update", "budget", std::to_string(i));
  repo.head = AuditHead{0, repo.events.back().hash, ""};  // as migration 0009 leaves an older head
  EXPECT_EQ(trail.verify(), 0);
  EXPECT_TRUE(trail.authenticate_legacy_head());
  EXPECT_FALSE(trail.verify());
  EXPECT_FALSE(trail.authenticate_legacy_head());  // authenticated already
  repo.head = AuditHead{0, repo.events.back().hash, ""};
  repo.events[1].entity_id = "x";  // a broken chain is not blessed
  EXPECT_FALSE(trail.authenticate_legacy_head());
}

}  // namespace
}  // namespace samordna::core

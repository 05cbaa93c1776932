// InsatsService in memory: the catalogue of insatser, target groups, attendance at structural insatser and
// staff; each refusal writes nothing, each change is audited, and versions guard concurrent edits.
#include "participants/insats_service.hpp"

#include <map>

#include <gtest/gtest.h>

#include "kernel/testing/results.hpp"
#include "participants/testing/world.hpp"

namespace samordna::core {
namespace {

using testing::code_of;
using testing::day;
using testing::field_code_of;
using testing::field_of;
using W = testing::ParticipantsWorld;

class InsatsServiceTest : public ::testing::Test {
 protected:
  testing::ParticipantsWorld w;
  InsatsService service{w.insatser, w.associations, w.transactions, w.audit, w.clock};
  Actor actor{1, "admin", "127.0.0.1"};

  std::size_t events() const { return w.events.events.size(); }
  const AuditEvent& last() const { return w.events.events.back(); }
};

TEST_F(InsatsServiceTest, CreatesAnInsatsStaffedByItsCreatorAndAuditsIt) {
  auto created = service.create(actor, w.individual("Premiär", W::kAle, 8), 7);
  ASSERT_TRUE(created) << code_of(created) << " " << field_of(created) << " " << field_code_of(created);
  EXPECT_EQ(created->version, 1);
  EXPECT_EQ(created->name, "Premiär");
  EXPECT_EQ(service.staff(created->id), std::vector<std::int64_t>{7});
  ASSERT_EQ(events(), 1U);
  EXPECT_EQ(last().action, "create");
  EXPECT_EQ(last().entity, "insats");
  EXPECT_EQ(last().entity_id, std::to_string(created->id));
  EXPECT_EQ(last().association_id, W::kInsjoriket);
}

TEST_F(InsatsServiceTest, RefusesAnInvalidInsatsWritingNothing) {
  const auto before = w.insatser.insatser.size();
  auto nameless = w.individual("", W::kAle, 8);
  EXPECT_EQ(field_of(service.create(actor, nameless)), "name");
  EXPECT_EQ(field_code_of(service.create(actor, nameless)), "required");

  auto one_party = w.individual("Kommunernas egen", W::kAle, 8);
  one_party.cooperating_member_ids = {W::kAlingsas};  // two kommuner are one party
  auto refused = service.create(actor, one_party);
  EXPECT_EQ(field_of(refused), "cooperatingMemberIds");
  EXPECT_EQ(field_code_of(refused), "too_few_parties");

  auto without_capacity = w.individual("Utan platser", W::kAle, 0);
  EXPECT_EQ(field_of(service.create(actor, without_capacity)), "capacity");

  auto elsewhere = w.individual("Lerum-insatsen", W::kAle, 4);
  elsewhere.kommun_codes = {"1441"};  // Lerum is not a member of Insjöriket
  EXPECT_EQ(field_code_of(service.create(actor, elsewhere)), "outside_area");

  EXPECT_EQ(w.insatser.insatser.size(), before);
  EXPECT_EQ(events(), 0U);
}

TEST_F(InsatsServiceTest, RefusesANameAnotherInsatsOfTheForbundHasIgnoringCaseAndSpaces) {
  auto refused = service.create(actor, w.individual("  bALDER ", W::kAle, 3));
  EXPECT_EQ(code_of(refused), "validation_failed");
  EXPECT_EQ(field_of(refused), "name");
  EXPECT_EQ(field_code_of(refused), "duplicate");
  EXPECT_EQ(events(), 0U);
  // Another förbund may use the name.
  auto lerum = w.individual("Balder", W::kLerumKommun, 3);
  lerum.association_id = W::kLerum;
  lerum.kommun_codes = {"1441"};
  lerum.target_group_ids = {};
  lerum.cooperating_member_ids = {};
  EXPECT_EQ(field_code_of(service.create(actor, lerum)), "too_few_parties");  // Lerum has one party only
}

TEST_F(InsatsServiceTest, GetsOnlyTheForbundsOwnInsats) {
  ASSERT_TRUE(service.get(W::kInsjoriket, w.balder));
  EXPECT_EQ(code_of(service.get(W::kLerum, w.balder)), "not_found");
  EXPECT_EQ(code_of(service.get(W::kInsjoriket, w.lerum_insats)), "not_found");
  EXPECT_EQ(code_of(service.get(W::kInsjoriket, 999)), "not_found");
  auto listed = service.list(W::kInsjoriket);
  ASSERT_EQ(listed.size(), 3U);
  EXPECT_EQ(listed[0].name, "Balder");
}

TEST_F(InsatsServiceTest, UpdatesWithTheCurrentVersionAndRefusesAStaleOne) {
  auto balder = *service.get(W::kInsjoriket, w.balder);
  balder.capacity = 4;  // keeping its own name is no duplicate
  auto updated = service.update(actor, balder, 1, std::nullopt);
  ASSERT_TRUE(updated) << code_of(updated) << " " << field_of(updated);
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->capacity, 4);
  ASSERT_EQ(events(), 1U);
  EXPECT_EQ(last().action, "update");

  balder.capacity = 9;
  auto stale = service.update(actor, balder, 1, std::nullopt);
  EXPECT_EQ(code_of(stale), "version_conflict");
  EXPECT_EQ(service.get(W::kInsjoriket, w.balder)->capacity, 4);
  EXPECT_EQ(events(), 1U);
}

TEST_F(InsatsServiceTest, RefusesRenamingToAnotherInsatsNameOrAnInsatsOfAnotherForbund) {
  auto ist = *service.get(W::kInsjoriket, w.ist);
  ist.name = "balder";
  EXPECT_EQ(field_code_of(service.update(actor, ist, 1, std::nullopt)), "duplicate");
  auto lerum = *w.insatser.find_insats(w.lerum_insats);
  lerum.association_id = W::kInsjoriket;  // claimed for another förbund
  EXPECT_EQ(code_of(service.update(actor, lerum, 1, std::nullopt)), "not_found");
  EXPECT_EQ(w.insatser.find_insats(w.ist)->name, "Individsamverkansteamet");
  EXPECT_EQ(w.insatser.find_insats(w.lerum_insats)->association_id, W::kLerum);
  EXPECT_EQ(events(), 0U);
}

TEST_F(InsatsServiceTest, AnInsatsansvarigChangesOnlyTheInsatserTheyWorkIn) {
  w.insatser.set_insats_staff(w.balder, {7});
  auto ist = *service.get(W::kInsjoriket, w.ist);
  ist.capacity = 6;
  EXPECT_EQ(code_of(service.update(actor, ist, 1, 7)), "not_found");
  EXPECT_EQ(w.insatser.find_insats(w.ist)->capacity, 5);
  auto balder = *service.get(W::kInsjoriket, w.balder);
  balder.capacity = 3;
  EXPECT_TRUE(service.update(actor, balder, 1, 7));
  EXPECT_EQ(events(), 1U);
}

TEST_F(InsatsServiceTest, CountsAttendanceAtAStructuralInsatsOnly) {
  Attendance a{0, w.natverk, day("2026-10-05"), 12, 7, "Frukostmöte"};
  auto saved = service.add_attendance(actor, W::kInsjoriket, a, std::nullopt);
  ASSERT_TRUE(saved) << code_of(saved) << " " << field_of(saved);
  EXPECT_GT(saved->id, 0);
  ASSERT_EQ(events(), 1U);
  EXPECT_EQ(last().entity, "attendance");
  ASSERT_EQ(service.attendance(W::kInsjoriket, w.natverk)->size(), 1U);

  Attendance individual{0, w.balder, day("2026-10-05"), 1, 1, ""};
  EXPECT_EQ(field_code_of(service.add_attendance(actor, W::kInsjoriket, individual, std::nullopt)), "not_structural");
  Attendance negative{0, w.natverk, day("2026-10-06"), -1, 0, ""};
  EXPECT_EQ(field_code_of(service.add_attendance(actor, W::kInsjoriket, negative, std::nullopt)), "negative");
  Attendance before{0, w.natverk, day("2019-12-31"), 1, 0, ""};
  EXPECT_EQ(field_code_of(service.add_attendance(actor, W::kInsjoriket, before, std::nullopt)), "before_start");
  Attendance tomorrow{0, w.natverk, day("2026-11-23"), 1, 0, ""};  // the clock says 2026-11-22
  EXPECT_EQ(field_code_of(service.add_attendance(actor, W::kInsjoriket, tomorrow, std::nullopt)), "future");
  EXPECT_EQ(code_of(service.add_attendance(actor, W::kLerum, a, std::nullopt)), "not_found");
  EXPECT_EQ(code_of(service.add_attendance(actor, W::kInsjoriket, a, 7)), "not_found");  // not staffed
  EXPECT_EQ(code_of(service.attendance(W::kLerum, w.natverk)), "not_found");
  EXPECT_EQ(w.insatser.attendances.size(), 1U);
  EXPECT_EQ(events(), 1U);
}

TEST_F(InsatsServiceTest, CorrectsAnAttendanceRowWithAReason) {
  Attendance a{0, w.natverk, day("2026-10-05"), 12, 7, "Frukostmöte"};
  auto saved = *service.add_attendance(actor, W::kInsjoriket, a, std::nullopt);
  auto fixed = saved;
  fixed.women = 13;
  EXPECT_EQ(field_code_of(service.correct_attendance(actor, W::kInsjoriket, fixed, " ", 1, std::nullopt)), "required");
  auto moved = saved;
  moved.on = day("2026-12-01");  // a correction cannot move it into the future either
  EXPECT_EQ(field_code_of(service.correct_attendance(actor, W::kInsjoriket, moved, "Fel dag", 1, std::nullopt)),
            "future");
  EXPECT_EQ(field_code_of(service.correct_attendance(actor, W::kInsjoriket, saved, "Fel", 1, std::nullopt)),
            "unchanged");
  auto negative = fixed;
  negative.men = -1;
  EXPECT_EQ(field_code_of(service.correct_attendance(actor, W::kInsjoriket, negative, "Fel", 1, std::nullopt)),
            "negative");
  EXPECT_EQ(code_of(service.correct_attendance(actor, W::kInsjoriket, fixed, "Fel", 2, std::nullopt)),
            "version_conflict");
  EXPECT_EQ(code_of(service.correct_attendance(actor, W::kInsjoriket, fixed, "Fel", 1, 7)), "not_found");
  EXPECT_EQ(code_of(service.correct_attendance(actor, W::kLerum, fixed, "Fel", 1, std::nullopt)), "not_found");
  auto elsewhere = fixed;
  elsewhere.id = 99;
  EXPECT_EQ(code_of(service.correct_attendance(actor, W::kInsjoriket, elsewhere, "Fel", 1, std::nullopt)), "not_found");
  EXPECT_EQ(events(), 1U);  // refusals write nothing

  auto corrected =
      service.correct_attendance(actor, W::kInsjoriket, fixed, "En deltagare räknades inte", 1, std::nullopt);
  ASSERT_TRUE(corrected) << field_of(corrected);
  EXPECT_EQ(corrected->version, 2);
  EXPECT_EQ(service.attendance(W::kInsjoriket, w.natverk)->at(0).women, 13);
  EXPECT_EQ(last().action, "correct");
  std::map<std::string, std::optional<std::string>> fields;
  for (const auto& f : last().fields) fields[f.name] = f.value;
  EXPECT_EQ(fields["reason"], "En deltagare räknades inte");
  EXPECT_EQ(fields["women.before"], "12");
  EXPECT_EQ(fields["women"], "13");
  EXPECT_EQ(fields.count("men.before"), 0U);
}

TEST_F(InsatsServiceTest, SetsStaffFromTheForbundsUsersOnly) {
  auto unknown = service.set_staff(actor, W::kInsjoriket, w.balder, {7, 99}, 1, {7, 8});
  EXPECT_EQ(field_of(unknown), "userIds");
  EXPECT_EQ(field_code_of(unknown), "unknown");
  EXPECT_TRUE(service.staff(w.balder).empty());
  EXPECT_EQ(code_of(service.set_staff(actor, W::kLerum, w.balder, {7}, 1, {7})), "not_found");
  EXPECT_EQ(events(), 0U);
  EXPECT_EQ(service.staff_of(W::kInsjoriket, w.balder)->version, 1);  // unchanged by the refusals

  auto set = service.set_staff(actor, W::kInsjoriket, w.balder, {8, 7}, 1, {7, 8});
  ASSERT_TRUE(set);
  EXPECT_EQ(set->user_ids, (std::vector<std::int64_t>{7, 8}));
  EXPECT_EQ(set->version, 2);
  ASSERT_EQ(events(), 1U);
  EXPECT_EQ(last().action, "permission_change");
  EXPECT_EQ(last().entity, "insats_staff");
  EXPECT_EQ(w.insatser.staffed_insatser(7), std::vector<std::int64_t>{w.balder});
  EXPECT_EQ(service.staff_of(W::kInsjoriket, w.balder)->user_ids, (std::vector<std::int64_t>{7, 8}));
  EXPECT_EQ(code_of(service.staff_of(W::kLerum, w.balder)), "not_found");  // another förbund's insats
}

// Two people read the list at version 1: the first adds user 8, the second (still at version 1) would take 7
// off and silently drop 8 with it. The second is told the list changed, and nothing of theirs is saved.
TEST_F(InsatsServiceTest, AStaffListChangedSinceItWasReadIsNotReplaced) {
  ASSERT_TRUE(service.set_staff(actor, W::kInsjoriket, w.balder, {7, 8}, 1, {7, 8}));
  auto stale = service.set_staff(actor, W::kInsjoriket, w.balder, {}, 1, {7, 8});
  EXPECT_EQ(code_of(stale), "version_conflict");
  EXPECT_EQ(service.staff(w.balder), (std::vector<std::int64_t>{7, 8}));
  EXPECT_EQ(events(), 1U);
  auto current = service.staff_of(W::kInsjoriket, w.balder);
  ASSERT_TRUE(current);
  EXPECT_EQ(current->version, 2);
  ASSERT_TRUE(service.set_staff(actor, W::kInsjoriket, w.balder, {}, current->version, {7, 8}));  // read again
  EXPECT_TRUE(service.staff(w.balder).empty());
}

TEST_F(InsatsServiceTest, AddsTargetGroupsWithUniqueNames) {
  EXPECT_EQ(field_code_of(service.add_target_group(actor, {0, W::kInsjoriket, ""})), "required");
  EXPECT_EQ(field_code_of(service.add_target_group(actor, {0, W::kInsjoriket, "Unga vuxna med psykisk ohälsa"})),
            "duplicate");
  EXPECT_EQ(events(), 0U);
  auto added = service.add_target_group(actor, {0, W::kInsjoriket, "Långvarigt sjukskrivna"});
  ASSERT_TRUE(added);
  EXPECT_GT(added->id, 0);
  EXPECT_EQ(service.target_groups(W::kInsjoriket).size(), 2U);
  EXPECT_TRUE(service.target_groups(W::kLerum).empty());
  EXPECT_EQ(events(), 1U);
  // The same name in another förbund is not a duplicate.
  EXPECT_TRUE(service.add_target_group(actor, {0, W::kLerum, "Unga vuxna med psykisk ohälsa"}));
}

}  // namespace
}  // namespace samordna::core

// Insatser, referrals, queues and participants against the real server with the demo (Insjöriket): each flow,
// each refusal, scoping per role, and that the personnummer never travels in a URL.
#include "api_fixture.hpp"

namespace samordna::apitest {
namespace {

constexpr int kAktivLerum = 1;  // 16–64, places free
constexpr int kBalder = 2;      // 18–29, full today
constexpr int kOpenActivities = 10;

class ParticipantApi : public Api {
 protected:
  httplib::Result get(const Login& l, const std::string& path) {
    return client().Get("/api/v1/associations/1" + path, as(l));
  }
  httplib::Result post(const Login& l, const std::string& path, const json& body) {
    return client().Post("/api/v1/associations/1" + path, as(l), body.dump(), "application/json");
  }
  httplib::Result put(const Login& l, const std::string& path, const json& body) {
    return client().Put("/api/v1/associations/1" + path, as(l), body.dump(), "application/json");
  }
  static std::string first_error(const httplib::Result& r) {
    EXPECT_EQ(r->status, 422) << r->body;
    auto errors = json::parse(r->body).value("errors", json::array());
    return errors.empty() ? "" : errors[0]["field"].get<std::string>() + " " + errors[0]["code"].get<std::string>();
  }
  static json referral(const std::string& pnr, int insats, const std::string& referred_on = "2026-10-01") {
    return {{"insatsId", insats},
            {"referringMemberId", 3},
            {"referredOn", referred_on},
            {"personnummer", pnr},
            {"name", "Test Testsson"},
            {"kommunCode", "1489"},
            {"targetGroupId", insats == kBalder ? 1 : 2},
            {"reason", "Behöver stöd att komma tillbaka."}};
  }
  static json consent() { return {{"formReference", "Blankett 2026-11"}, {"givenOn", "2026-11-01"}}; }
  static json snapshot() {
    return {{"support", {"forsorjningsstod"}},
            {"monthsOnSupport", 24},
            {"education", "upper_secondary"},
            {"occupation", "job_seeking"},
            {"extentPercent", 0}};
  }
};

TEST_F(ParticipantApi, CatalogueAndItsRules) {
  auto chef = login("forbundschef");
  auto list = json::parse(get(chef, "/insatser")->body)["items"];
  EXPECT_EQ(list.size(), 10U);
  auto balder = json::parse(get(chef, "/insatser/2")->body);
  EXPECT_EQ(balder["name"], "Balder/Activera");
  EXPECT_EQ(balder["minAge"], 18);
  EXPECT_EQ(balder["maxAge"], 29);
  EXPECT_EQ(json::parse(get(chef, "/target-groups")->body)["items"].size(), 3U);
  json one_party{{"name", "Ensam"},   {"kind", "individual"},        {"minAge", 18},  {"maxAge", 64},
                 {"leadMemberId", 4}, {"cooperatingMemberIds", {8}}, {"capacity", 5}, {"startsOn", "2026-01-01"}};
  EXPECT_EQ(first_error(post(chef, "/insatser", one_party)), "cooperatingMemberIds too_few_parties");
  one_party["cooperatingMemberIds"] = {3};
  auto created = post(chef, "/insatser", one_party);
  ASSERT_EQ(created->status, 201) << created->body;
  auto insats = json::parse(created->body);
  insats["capacity"] = 6;
  ASSERT_EQ(put(chef, "/insatser/" + std::to_string(insats["id"].get<int>()), insats)->status, 200);
  auto stale = put(chef, "/insatser/" + std::to_string(insats["id"].get<int>()), insats);
  EXPECT_EQ(stale->status, 409);
  EXPECT_EQ(json::parse(stale->body)["current"]["capacity"], 6);
  // Statistics name insatser: a second "Ensam" (or "balder/activera") would be counted as the first.
  EXPECT_EQ(first_error(post(chef, "/insatser", one_party)), "name duplicate");
  auto renamed = json::parse(get(chef, "/insatser/" + std::to_string(insats["id"].get<int>()))->body);
  renamed["name"] = " balder/activera";
  EXPECT_EQ(first_error(put(chef, "/insatser/" + std::to_string(insats["id"].get<int>()), renamed)), "name duplicate");
  // Attendance only for structural insatser; counts by gender, no persons.
  auto attendance = post(chef, "/insatser/10/attendance", {{"on", "2026-11-01"}, {"women", 7}, {"men", 4}});
  EXPECT_EQ(attendance->status, 201) << attendance->body;
  EXPECT_EQ(first_error(post(chef, "/insatser/1/attendance", {{"on", "2026-11-01"}, {"women", 1}, {"men", 1}})),
            "insats not_structural");
  // Counted once the day has come: tomorrow is refused, and nothing is written.
  EXPECT_EQ(
      first_error(post(chef, "/insatser/10/attendance", {{"on", today().add_days(1).iso()}, {"women", 1}, {"men", 1}})),
      "on future");
  EXPECT_EQ(json::parse(get(chef, "/insatser/10/attendance")->body)["items"].size(), 13U);
  auto waits = json::parse(get(chef, "/insatser/2/waits?from=2017-01-01&to=2026-12-31")->body);
  EXPECT_GE(waits["medianDays"].get<int>(), 240);
  EXPECT_LE(waits["p90Days"].get<int>(), 365);
  EXPECT_EQ(first_error(get(chef, "/insatser/2/waits?from=2026-01-01&to=2025-01-01")), "to before_from");
  // The administrator has no personal data.
  EXPECT_EQ(get(chef, "/insatser/2/queue")->status, 403);
}

TEST_F(ParticipantApi, ReferralEligibilityAndQueue) {
  auto k = login("koordinator");
  auto ok = post(k, "/eligibility", referral("20000101-1238", kBalder));
  ASSERT_EQ(ok->status, 200) << ok->body;
  EXPECT_EQ(json::parse(ok->body)["eligible"], true);
  auto old = json::parse(post(k, "/eligibility", referral("19880808-3433", kBalder))->body);
  EXPECT_EQ(old["problems"], json::array({"too_old"}));
  EXPECT_EQ(first_error(post(k, "/referrals", referral("20000101-1239", kBalder))),
            "personnummer personnummer_checksum");
  EXPECT_EQ(first_error(post(k, "/referrals", referral("19880808-3433", kBalder))), "eligibility too_old");
  auto overridden = referral("19880808-3433", kBalder);
  overridden["overrideEligibility"] = true;
  auto r = post(k, "/referrals", overridden);
  ASSERT_EQ(r->status, 201) << r->body;
  auto created = json::parse(r->body);
  EXPECT_EQ(created["eligibilityOverridden"], true);
  EXPECT_EQ(created["eligibilityProblems"], json::array({"too_old"}));
  EXPECT_EQ(r->body.find("3433"), std::string::npos);  // no personnummer in the answer
  auto id = std::to_string(created["id"].get<int>());
  auto one = get(k, "/referrals/" + id);
  ASSERT_EQ(one->status, 200) << one->body;
  EXPECT_EQ(json::parse(one->body)["state"], "received");
  EXPECT_EQ(json::parse(one->body)["eligibilityProblems"], json::array({"too_old"}));
  auto queued = post(k, "/referrals/" + id + "/transitions", {{"to", "queued"}, {"version", 1}});
  ASSERT_EQ(queued->status, 200) << queued->body;
  auto stale = post(k, "/referrals/" + id + "/transitions", {{"to", "withdrawn"}, {"version", 1}});
  EXPECT_EQ(stale->status, 409);
  EXPECT_EQ(json::parse(stale->body)["current"]["state"], "queued");
  EXPECT_EQ(first_error(post(k, "/referrals/" + id + "/transitions", {{"to", "returned"}, {"version", 2}})),
            "reason required");
  auto queue = json::parse(get(k, "/insatser/2/queue?sort=daysWaited&order=desc")->body);
  EXPECT_GE(queue["total"].get<int>(), 10);
  EXPECT_EQ(queue["items"][0]["maskedPersonnummer"].get<std::string>().substr(9), "****");
  EXPECT_GE(queue["items"][0]["daysWaited"].get<int>(), queue["items"][1]["daysWaited"].get<int>());
  EXPECT_EQ(first_error(get(k, "/insatser/2/queue?sort=name")), "sort invalid");
  // A queue holds waiting referrals only: asking it for started ones is an error, not an empty page.
  EXPECT_EQ(first_error(get(k, "/insatser/2/queue?state=started")), "state invalid");
  auto received = json::parse(get(k, "/insatser/2/queue?state=received")->body);
  for (const auto& row : received["items"]) EXPECT_EQ(row["state"], "received");
  // Balder is full today: starting someone is refused.
  EXPECT_EQ(first_error(post(k, "/referrals/" + id + "/start", {{"startedOn", today().iso()}, {"version", 2}})),
            "insats full");
  auto returned =
      post(k, "/referrals/" + id + "/transitions", {{"to", "returned"}, {"reason", "not_eligible"}, {"version", 2}});
  EXPECT_EQ(returned->status, 200);
  EXPECT_EQ(first_error(post(k, "/referrals/" + id + "/transitions", {{"to", "queued"}, {"version", 3}})),
            "state invalid_transition");
}

TEST_F(ParticipantApi, FromReferralToEndedParticipation) {
  auto k = login("koordinator");
  auto r = post(k, "/referrals", referral("19950505-2325", kAktivLerum, "2026-09-01"));
  ASSERT_EQ(r->status, 201) << r->body;
  auto id = std::to_string(json::parse(r->body)["id"].get<int>());
  EXPECT_EQ(first_error(post(k, "/referrals/" + id + "/start", {{"startedOn", "2026-08-31"}, {"version", 1}})),
            "startedOn before_referral");
  EXPECT_EQ(first_error(post(k, "/referrals/" + id + "/start",
                             {{"startedOn", "2026-09-10"}, {"atStart", snapshot()}, {"version", 1}})),
            "consent missing");
  auto started = post(k, "/referrals/" + id + "/start",
                      {{"startedOn", "2026-09-10"}, {"consent", consent()}, {"atStart", snapshot()}, {"version", 1}});
  ASSERT_EQ(started->status, 201) << started->body;
  auto participation = json::parse(started->body);
  EXPECT_EQ(participation["anonymous"], false);
  EXPECT_EQ(participation["gender"], "woman");
  const auto person = std::to_string(participation["personId"].get<int>());
  const auto pid = std::to_string(participation["id"].get<int>());
  // A second active participation in the same insats for the same person.
  // Referring them again is flagged (the koordinator works in the insats, so sees the participation) …
  EXPECT_EQ(first_error(post(k, "/referrals", referral("19950505-2325", kAktivLerum, "2026-10-01"))),
            "duplicate participating");
  auto twice = referral("19950505-2325", kAktivLerum, "2026-10-01");
  twice["confirmDuplicate"] = true;
  auto again = post(k, "/referrals", twice);  // … and sent anyway, it cannot start
  ASSERT_EQ(again->status, 201);
  EXPECT_EQ(first_error(post(k, "/referrals/" + std::to_string(json::parse(again->body)["id"].get<int>()) + "/start",
                             {{"startedOn", "2026-10-05"}, {"version", 1}})),
            "person already_active");
  EXPECT_EQ(first_error(post(k, "/participations/" + pid + "/end",
                             {{"endedOn", "2026-09-01"}, {"exitReason", "work"}, {"version", 1}})),
            "endedOn before_start");
  json at_end = snapshot();
  at_end["support"] = {"none"};
  at_end["occupation"] = "work";
  at_end["extentPercent"] = 100;
  // An end before the start says so, and only that (not also that consent is missing on that day).
  auto before = post(k, "/participations/" + pid + "/end",
                     {{"endedOn", "2026-09-01"}, {"exitReason", "work"}, {"atEnd", at_end}, {"version", 1}});
  EXPECT_EQ(json::parse(before->body)["errors"], json::parse(R"([{"field":"endedOn","code":"before_start"}])"));
  EXPECT_EQ(first_error(post(k, "/participations/" + pid + "/end",
                             {{"endedOn", today().add_days(1).iso()}, {"exitReason", "work"}, {"version", 1}})),
            "endedOn future");
  auto ended = post(k, "/participations/" + pid + "/end",
                    {{"endedOn", "2026-11-15"}, {"exitReason", "work"}, {"atEnd", at_end}, {"version", 1}});
  ASSERT_EQ(ended->status, 200) << ended->body;
  EXPECT_EQ(json::parse(ended->body)["atEnd"]["occupation"], "work");

  // The participant page shows a masked personnummer; the full number is an explicit, logged action.
  auto page = get(k, "/persons/" + person);
  ASSERT_EQ(page->status, 200);
  auto view = json::parse(page->body);
  EXPECT_EQ(view["maskedPersonnummer"], "19950505-****");
  EXPECT_EQ(view["name"], "Test Testsson");
  EXPECT_EQ(page->body.find("2325"), std::string::npos);
  auto revealed = post(k, "/persons/" + person + "/identity", json::object());
  EXPECT_EQ(json::parse(revealed->body)["personnummer"], "199505052325");
  auto log = json::parse(get(k, "/persons/" + person + "/access-log")->body)["items"];
  ASSERT_GE(log.size(), 2U);
  EXPECT_EQ(log[0]["view"], "personnummer");
  EXPECT_EQ(log[0]["username"], "koordinator");
  // Search by personnummer goes in a POST body.
  auto found = post(k, "/persons/search", {{"personnummer", "199505052325"}});
  EXPECT_EQ(json::parse(found->body)["personId"].get<int>(), std::stoi(person));

  // The joint plan, with optimistic versions.
  json plan{{"needs", "Struktur i vardagen"},
            {"ownGoals", "Arbeta deltid"},
            {"professionalGoals", "Arbetsträning"},
            {"overallMemberId", 3},
            {"nextFollowUpOn", today().iso()},
            {"actions",
             {{{"description", "Kontakt med AF"}, {"responsibleMemberId", 2}, {"dueOn", today().add_days(7).iso()}}}},
            {"version", 0}};
  // Dates that cannot be: a follow-up already passed, an action done before the person ever started.
  auto wrong = plan;
  wrong["nextFollowUpOn"] = today().add_days(-1).iso();
  EXPECT_EQ(first_error(put(k, "/persons/" + person + "/plan", wrong)), "nextFollowUpOn past");
  wrong = plan;
  wrong["actions"][0]["doneOn"] = "2026-08-01";
  EXPECT_EQ(first_error(put(k, "/persons/" + person + "/plan", wrong)), "actions.0.doneOn before_start");
  wrong["actions"][0]["doneOn"] = today().add_days(1).iso();
  EXPECT_EQ(first_error(put(k, "/persons/" + person + "/plan", wrong)), "actions.0.doneOn future");
  auto saved = put(k, "/persons/" + person + "/plan", plan);
  ASSERT_EQ(saved->status, 200) << saved->body;
  EXPECT_EQ(json::parse(saved->body)["version"], 1);
  EXPECT_EQ(put(k, "/persons/" + person + "/plan", plan)->status, 409);
  plan["overallMemberId"] = 999;
  plan["version"] = 1;
  EXPECT_EQ(first_error(put(k, "/persons/" + person + "/plan", plan)), "overallMemberId unknown");
  EXPECT_EQ(json::parse(get(k, "/persons/" + person)->body)["plan"]["actions"][0]["description"], "Kontakt med AF");
}

TEST_F(ParticipantApi, ConsentWithdrawalAndProtectedIdentityMakeParticipantsAnonymous) {
  auto k = login("koordinator");
  auto r = post(k, "/referrals", referral("20010203-4568", kAktivLerum, "2026-09-01"));
  ASSERT_EQ(r->status, 201) << r->body;
  auto started = json::parse(post(k, "/referrals/" + std::to_string(json::parse(r->body)["id"].get<int>()) + "/start",
                                  {{"startedOn", "2026-09-02"}, {"consent", consent()}, {"version", 1}})
                                 ->body);
  const auto person = std::to_string(started["personId"].get<int>());
  const auto pid = std::to_string(started["id"].get<int>());
  auto view = json::parse(get(k, "/persons/" + person)->body);
  const auto consent_id = std::to_string(view["participations"][0]["consents"][0]["id"].get<int>());
  // A second consent: information exchange with the person's kommun.
  auto exchange = post(k, "/participations/" + pid + "/consents",
                       {{"purpose", "information_exchange"},
                        {"partyMemberId", 3},
                        {"givenOn", "2026-09-03"},
                        {"formReference", "Samtycke informationsutbyte"}});
  ASSERT_EQ(exchange->status, 201) << exchange->body;
  EXPECT_EQ(json::parse(exchange->body)["purpose"], "information_exchange");
  EXPECT_EQ(json::parse(exchange->body)["withdrawnOn"], nullptr);
  EXPECT_EQ(
      post(k, "/participations/" + pid + "/consents/" + consent_id + "/withdrawal", {{"withdrawnOn", "2026-11-01"}})
          ->status,
      204);
  // The participation stays (it is counted) but no longer belongs to the person.
  EXPECT_EQ(json::parse(get(k, "/persons/" + person)->body)["participations"].size(), 0U);
  EXPECT_EQ(first_error(post(k, "/participations/" + pid + "/consents",
                             {{"purpose", "follow_up"}, {"givenOn", "2026-11-02"}, {"formReference", "x"}})),
            "participation anonymous");
  // Protected identity: the stored identity goes at once.
  EXPECT_EQ(post(k, "/persons/" + person + "/protected-identity", json::object())->status, 204);
  EXPECT_EQ(get(k, "/persons/" + person)->status, 404);
  EXPECT_EQ(post(k, "/persons/search", {{"personnummer", "200102034568"}})->status, 404);
}

TEST_F(ParticipantApi, OpenEntryAndAnonymousParticipants) {
  auto k = login("koordinator");
  auto open = post(k, "/insatser/7/participations",
                   {{"personnummer", "20000101-1246"},
                    {"name", "Öppen Anmälan"},
                    {"kommunCode", "1481"},
                    {"startedOn", "2026-11-02"},
                    {"consent", consent()}});
  ASSERT_EQ(open->status, 201) << open->body;
  auto anonymous = post(k, "/insatser/7/participations", {{"gender", "man"}, {"startedOn", "2026-11-03"}});
  ASSERT_EQ(anonymous->status, 201) << anonymous->body;
  EXPECT_EQ(json::parse(anonymous->body)["anonymous"], true);
  EXPECT_EQ(json::parse(anonymous->body)["startYear"], 2026);
  EXPECT_EQ(first_error(post(k, "/insatser/1/participations", {{"gender", "man"}, {"startedOn", "2026-11-03"}})),
            "insatsId referral_required");
  EXPECT_EQ(first_error(post(k, "/insatser/7/participations", {{"startedOn", "2026-11-03"}})), "gender required");
}

TEST_F(ParticipantApi, EachRoleSeesOnlyItsOwnPeople) {
  auto remittent = login("remittent");
  auto r = post(remittent, "/referrals", referral("20000101-1238", kAktivLerum, "2026-11-01"));
  ASSERT_EQ(r->status, 201) << r->body;
  auto own = json::parse(get(remittent, "/referrals")->body)["items"];
  ASSERT_EQ(own.size(), 1U);  // only the referral this remittent sent
  EXPECT_EQ(own[0]["name"], "Test Testsson");
  // Its place in Aktiv Lerum's queue and expected start, as the remittent sees them under Mina remisser.
  EXPECT_GE(own[0]["position"].get<int>(), 1);
  EXPECT_TRUE(own[0].contains("expectedStart"));
  EXPECT_EQ(own[0]["daysWaited"],
            today().days_since_epoch() - core::CivilDate::parse("2026-11-01")->days_since_epoch());
  EXPECT_EQ(get(remittent, "/insatser/1/queue")->status, 404);  // not an insats the remittent works in
  auto k = login("koordinator");
  auto any = json::parse(get(k, "/insatser/2/queue")->body)["items"][0];
  EXPECT_EQ(get(remittent, "/referrals/" + std::to_string(any["id"].get<int>()))->status, 404);
  EXPECT_EQ(get(remittent, "/persons/" + std::to_string(any["personId"].get<int>()))->status, 404);
  auto ekonom = login("ekonom");
  EXPECT_EQ(get(ekonom, "/persons/" + std::to_string(any["personId"].get<int>()))->status, 403);
  auto admin = login("admin");  // a superuser sees every förbund, but not the people in it
  EXPECT_EQ(get(admin, "/insatser/2/queue")->status, 403);
  auto insatsansvarig = login("insatsansvarig");
  EXPECT_EQ(get(insatsansvarig, "/referrals")->status, 403);
}

TEST_F(ParticipantApi, QueueLogsOnlyThePeopleOnThePageAndTheSummaryNoOne) {
  auto k = login("koordinator");
  auto revisor = login("revisor");
  auto reads = [&] {
    return json::parse(get(revisor, "/audit?action=read_personal&username=koordinator")->body)["total"].get<int>();
  };
  const int before = reads();
  auto page = json::parse(get(k, "/insatser/2/queue")->body);
  const int shown = int(page["items"].size());
  ASSERT_GT(shown, 0);
  EXPECT_EQ(reads(), before + shown);
  ASSERT_EQ(get(k, "/insatser/2/queue?page=99")->status, 200);
  EXPECT_EQ(reads(), before + shown);  // an empty page shows no one
  // Counts only: the same numbers as the list, and no reads logged.
  auto summary = json::parse(get(k, "/referrals/summary")->body)["items"];
  ASSERT_FALSE(summary.empty());
  EXPECT_EQ(reads(), before + shown);
  int received = 0;
  for (const auto& s : summary) {
    if (s["state"] == "received") received += s["count"].get<int>();
    EXPECT_EQ(s["oldestReferredOn"].get<std::string>().size(), 10U);
  }
  EXPECT_EQ(received, int(json::parse(get(k, "/referrals?state=received")->body)["items"].size()));
  EXPECT_EQ(get(login("ekonom"), "/referrals/summary")->status, 403);
}

// The caseload: a koordinator's ongoing participations with what is due, overdue first; each person shown is
// one logged read, the summary none; a start appears in it, an end takes it out; refusals for bad queries,
// other insatser and roles without participants.
TEST_F(ParticipantApi, CaseloadListsTheOngoingParticipationsWithWhatIsDue) {
  auto k = login("koordinator");
  auto revisor = login("revisor");
  auto reads = [&] {
    return json::parse(get(revisor, "/audit?action=read_personal&username=koordinator")->body)["total"].get<int>();
  };
  auto r = post(k, "/referrals", referral("19900101-2385", kAktivLerum, today().add_days(-30).iso()));
  ASSERT_EQ(r->status, 201) << r->body;
  auto started = post(
      k, "/referrals/" + std::to_string(json::parse(r->body)["id"].get<int>()) + "/start",
      {{"startedOn", today().add_days(-9).iso()}, {"consent", consent()}, {"atStart", snapshot()}, {"version", 1}});
  ASSERT_EQ(started->status, 201) << started->body;
  const auto participation = json::parse(started->body);
  const auto person = std::to_string(participation["personId"].get<int>());
  // An action due yesterday and not done makes the participation overdue; the follow-up is in a week.
  json plan{{"needs", "Struktur i vardagen"},
            {"ownGoals", "Arbeta deltid"},
            {"professionalGoals", "Arbetsträning"},
            {"overallMemberId", 3},
            {"nextFollowUpOn", today().add_days(7).iso()},
            {"actions",
             {{{"description", "Kontakt med AF"}, {"responsibleMemberId", 2}, {"dueOn", today().add_days(-1).iso()}}}},
            {"version", 0}};
  ASSERT_EQ(put(k, "/persons/" + person + "/plan", plan)->status, 200);

  int before = reads();
  auto list = get(k, "/caseload");
  ASSERT_EQ(list->status, 200) << list->body;
  auto items = json::parse(list->body)["items"];
  ASSERT_GE(items.size(), 2U);  // the demo's and this one
  const json* mine = nullptr;
  int named = 0;
  int overdue = 0;
  bool overdue_first = true;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& e = items[i];
    if (e["participationId"] == participation["id"]) mine = &e;
    named += e["personId"].is_null() ? 0 : 1;
    overdue += e["overdue"].get<bool>() ? 1 : 0;
    if (i > 0 && e["overdue"].get<bool>() && !items[i - 1]["overdue"].get<bool>()) overdue_first = false;
    EXPECT_GE(e["daysInInsats"].get<int>(), 1);
    EXPECT_LE(e["startedOn"].get<std::string>(), today().iso());
  }
  EXPECT_TRUE(overdue_first);
  ASSERT_NE(mine, nullptr);
  EXPECT_EQ((*mine)["name"], "Test Testsson");
  EXPECT_EQ((*mine)["maskedPersonnummer"], "19900101-****");
  EXPECT_EQ((*mine)["daysInInsats"], 10);
  EXPECT_EQ((*mine)["overdue"], true);
  EXPECT_EQ((*mine)["nextActionDueOn"], today().add_days(-1).iso());
  EXPECT_EQ((*mine)["nextFollowUpOn"], today().add_days(7).iso());
  EXPECT_EQ(list->body.find("2385"), std::string::npos);
  EXPECT_EQ(reads(), before + named);  // one read per person shown

  // Overdue only (a window of 0 days), one insats, and the counts of the summary with no read logged.
  auto due = json::parse(get(k, "/caseload?dueWithinDays=0")->body)["items"];
  EXPECT_EQ(int(due.size()), overdue);
  auto one = json::parse(get(k, "/caseload?insatsId=" + std::to_string(kAktivLerum))->body)["items"];
  ASSERT_FALSE(one.empty());
  for (const auto& e : one) EXPECT_EQ(e["insatsId"], kAktivLerum);
  before = reads();
  auto summary = json::parse(get(k, "/caseload/summary")->body);
  EXPECT_EQ(reads(), before);
  EXPECT_EQ(summary["dueSoonDays"], 14);
  int ongoing = 0;
  int counted_overdue = 0;
  for (const auto& s : summary["items"]) {
    ongoing += s["ongoing"].get<int>();
    counted_overdue += s["overdue"].get<int>();
  }
  EXPECT_EQ(ongoing, int(items.size()));
  EXPECT_EQ(counted_overdue, overdue);

  // Bad queries, an insats outside the scope, and roles without a caseload.
  EXPECT_EQ(first_error(get(k, "/caseload?insatsId=abc")), "insatsId invalid");
  EXPECT_EQ(first_error(get(k, "/caseload?dueWithinDays=-1")), "dueWithinDays invalid");
  EXPECT_EQ(first_error(get(k, "/caseload?dueWithinDays=400")), "dueWithinDays out_of_range");
  EXPECT_EQ(get(k, "/caseload?insatsId=999999")->status, 404);
  auto remittent = json::parse(get(login("remittent"), "/caseload")->body)["items"];
  EXPECT_TRUE(remittent.empty());
  EXPECT_EQ(get(login("ekonom"), "/caseload")->status, 403);
  EXPECT_EQ(get(login("admin"), "/caseload/summary")->status, 403);

  // Ended, it leaves the caseload.
  auto ended = post(k, "/participations/" + std::to_string(participation["id"].get<int>()) + "/end",
                    {{"endedOn", today().iso()}, {"exitReason", "completed"}, {"version", 1}});
  ASSERT_EQ(ended->status, 200) << ended->body;
  auto after = json::parse(get(k, "/caseload")->body)["items"];
  EXPECT_EQ(after.size(), items.size() - 1);
}

}  // namespace
}  // namespace samordna::apitest

namespace samordna::apitest {
namespace {

// Issue 15, item 2: a recorded participation is corrected (an end date, an end undone) with a required reason,
// audited with the values before and after; wrong input is a specific 422 and writes nothing.
TEST_F(ParticipantApi, CorrectionsWithAReason) {
  auto k = login("koordinator");
  auto r = post(k, "/referrals", referral("19960606-2389", kAktivLerum, "2026-09-01"));
  ASSERT_EQ(r->status, 201) << r->body;
  auto id = std::to_string(json::parse(r->body)["id"].get<int>());
  auto started = post(k, "/referrals/" + id + "/start",
                      {{"startedOn", "2026-09-10"}, {"consent", consent()}, {"atStart", snapshot()}, {"version", 1}});
  ASSERT_EQ(started->status, 201) << started->body;
  const auto pid = std::to_string(json::parse(started->body)["id"].get<int>());
  const auto person = std::to_string(json::parse(started->body)["personId"].get<int>());
  auto ended =
      post(k, "/participations/" + pid + "/end", {{"endedOn", "2026-11-15"}, {"exitReason", "work"}, {"version", 1}});
  ASSERT_EQ(ended->status, 200) << ended->body;
  const auto path = "/participations/" + pid + "/correction";
  json correction{{"startedOn", "2026-09-10"}, {"endedOn", "2026-11-12"},   {"exitReason", "work"},
                  {"atStart", snapshot()},     {"reason", "Fel slutdatum"}, {"version", 2}};

  // Refusals, each with its field and code, and nothing written.
  auto without = correction;
  without["reason"] = " ";
  EXPECT_EQ(first_error(post(k, path, without)), "reason required");
  without["reason"] = 12;
  EXPECT_EQ(first_error(post(k, path, without)), "reason invalid");
  without["reason"] = std::string(501, 'x');
  EXPECT_EQ(first_error(post(k, path, without)), "reason too_long");
  auto wrong = correction;
  wrong["endedOn"] = 20261112;
  EXPECT_EQ(first_error(post(k, path, wrong)), "endedOn invalid");
  wrong["endedOn"] = "2026-09-01";
  EXPECT_EQ(first_error(post(k, path, wrong)), "endedOn before_start");
  wrong["endedOn"] = today().add_days(1).iso();
  EXPECT_EQ(first_error(post(k, path, wrong)), "endedOn future");
  wrong = correction;
  wrong["startedOn"] = "2026-08-31";
  EXPECT_EQ(first_error(post(k, path, wrong)), "startedOn before_referral");
  wrong = correction;
  wrong["exitReason"] = "moon";
  EXPECT_EQ(first_error(post(k, path, wrong)), "exitReason invalid");
  wrong = correction;
  wrong["endedOn"] = "2026-11-15";
  EXPECT_EQ(first_error(post(k, path, wrong)), "correction unchanged");
  wrong = correction;
  wrong["endedOn"] = nullptr;
  EXPECT_EQ(first_error(post(k, path, wrong)), "exitReason not_allowed");
  EXPECT_EQ(post(k, path, {{"startedOn", "2026-09-10"}, {"reason", "x"}, {"version", 1}})->status, 409);
  EXPECT_EQ(post(login("remittent"), path, correction)->status, 403);
  EXPECT_EQ(post(k, "/participations/999999/correction", correction)->status, 404);
  EXPECT_EQ(json::parse(get(k, "/persons/" + person)->body)["participations"][0]["endedOn"], "2026-11-15");

  // The end date corrected: audited with the date before, and the reason by name (free text about the person, kept
  // with the participation and shown on the person page).
  auto corrected = post(k, path, correction);
  ASSERT_EQ(corrected->status, 200) << corrected->body;
  EXPECT_EQ(json::parse(corrected->body)["endedOn"], "2026-11-12");
  EXPECT_EQ(json::parse(corrected->body)["version"], 3);
  auto chef = login("forbundschef");
  auto audit = json::parse(get(chef, "/audit?action=correct&entity=participation")->body)["items"];
  ASSERT_FALSE(audit.empty());
  std::map<std::string, json> fields;
  for (const auto& f : audit[0]["fields"]) fields[f["name"].get<std::string>()] = f["value"];
  EXPECT_TRUE(fields.at("reason").is_null());
  EXPECT_EQ(audit[0].dump().find("Fel slutdatum"), std::string::npos);
  EXPECT_EQ(fields["endedOn"], "2026-11-12");
  EXPECT_EQ(fields["endedOn.before"], "2026-11-15");
  EXPECT_EQ(fields.count("startedOn"), 0U);
  // The person's own log says their participation was corrected.
  auto log = json::parse(get(k, "/persons/" + person + "/access-log")->body)["items"];
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log[0]["action"], "correct");
  EXPECT_EQ(log[0]["view"], "correction");
  const auto shown = json::parse(get(k, "/persons/" + person)->body)["participations"][0]["corrections"];
  ASSERT_EQ(shown.size(), 1U);
  EXPECT_EQ(shown[0]["reason"], "Fel slutdatum");
  EXPECT_EQ(shown[0]["correctedOn"], today().iso());
  EXPECT_EQ(fields["correctionId"], std::to_string(shown[0]["id"].get<int>()));

  // The start date corrected too, as stored (read back through the person page).
  auto start = correction;
  start["startedOn"] = "2026-09-08";
  start["version"] = 3;
  auto moved = post(k, path, start);
  ASSERT_EQ(moved->status, 200) << moved->body;
  EXPECT_EQ(json::parse(moved->body)["startedOn"], "2026-09-08");
  EXPECT_EQ(json::parse(get(k, "/persons/" + person)->body)["participations"][0]["startedOn"], "2026-09-08");

  // The end undone: ongoing again, and it appears in the caseload.
  json undo{{"startedOn", "2026-09-08"},         {"endedOn", nullptr}, {"exitReason", nullptr}, {"atStart", snapshot()},
            {"reason", "Avslutades av misstag"}, {"version", 4}};
  auto undone = post(k, path, undo);
  ASSERT_EQ(undone->status, 200) << undone->body;
  EXPECT_TRUE(json::parse(undone->body)["endedOn"].is_null());
  EXPECT_TRUE(json::parse(undone->body)["exitReason"].is_null());
  auto caseload = get(k, "/caseload?insatsId=" + std::to_string(kAktivLerum));
  ASSERT_EQ(caseload->status, 200);
  EXPECT_NE(caseload->body.find("\"participationId\":" + pid), std::string::npos) << caseload->body.substr(0, 400);
}

// Issue 15, item 7: a second open referral of the same person to the same insats is flagged by the check and
// needs confirmDuplicate; the remittent is told only of their own referrals.
TEST_F(ParticipantApi, DuplicateReferralsAreFlaggedWithinTheCallersScope) {
  auto remittent = login("remittent");
  auto body = referral("19970707-2386", kAktivLerum, "2026-11-02");
  auto check = post(remittent, "/eligibility", body);
  ASSERT_EQ(check->status, 200) << check->body;
  EXPECT_EQ(json::parse(check->body)["duplicates"], json::array());
  ASSERT_EQ(post(remittent, "/referrals", body)->status, 201);
  check = post(remittent, "/eligibility", body);
  EXPECT_EQ(json::parse(check->body)["duplicates"], json::parse(R"([{"kind":"referral","since":"2026-11-02"}])"));
  EXPECT_EQ(first_error(post(remittent, "/referrals", body)), "duplicate open_referral");
  auto wrong = body;
  wrong["confirmDuplicate"] = "yes";
  EXPECT_EQ(first_error(post(remittent, "/referrals", wrong)), "confirmDuplicate invalid");
  auto confirmed = body;
  confirmed["confirmDuplicate"] = true;
  EXPECT_EQ(post(remittent, "/referrals", confirmed)->status, 201);
  // The koordinator sees both referrals; another insats has none.
  auto k = login("koordinator");
  EXPECT_EQ(json::parse(post(k, "/eligibility", body)->body)["duplicates"].size(), 2U);
  EXPECT_EQ(json::parse(post(k, "/eligibility", referral("19970707-2386", kBalder, "2026-11-02"))->body)["duplicates"],
            json::array());
}

// Issue 15, item 2: an attendance row is corrected with a reason and its version, audited before → after.
TEST_F(ParticipantApi, AttendanceIsCorrectedWithAReason) {
  auto chef = login("forbundschef");
  auto added = post(chef, "/insatser/" + std::to_string(kOpenActivities) + "/attendance",
                    {{"on", "2026-11-03"}, {"women", 5}, {"men", 2}, {"note", "Träff"}});
  ASSERT_EQ(added->status, 201) << added->body;
  const auto row = json::parse(added->body);
  EXPECT_EQ(row["version"], 1);
  const auto path =
      "/insatser/" + std::to_string(kOpenActivities) + "/attendance/" + std::to_string(row["id"].get<int>());
  json fix{{"on", "2026-11-03"}, {"women", 6}, {"men", 2}, {"note", "Träff"}, {"reason", "En kvinna räknades inte"},
           {"version", 1}};
  auto wrong = fix;
  wrong["reason"] = "";
  EXPECT_EQ(first_error(put(chef, path, wrong)), "reason required");
  wrong = fix;
  wrong["women"] = "sex";
  EXPECT_EQ(first_error(put(chef, path, wrong)), "women invalid");
  wrong = fix;
  wrong["women"] = 5;
  EXPECT_EQ(first_error(put(chef, path, wrong)), "correction unchanged");
  wrong = fix;
  wrong["version"] = 7;
  EXPECT_EQ(put(chef, path, wrong)->status, 409);
  EXPECT_EQ(put(chef, "/insatser/1/attendance/" + std::to_string(row["id"].get<int>()), fix)->status, 404);
  EXPECT_EQ(put(login("remittent"), path, fix)->status, 403);

  auto corrected = put(chef, path, fix);
  ASSERT_EQ(corrected->status, 200) << corrected->body;
  EXPECT_EQ(json::parse(corrected->body)["women"], 6);
  EXPECT_EQ(json::parse(corrected->body)["version"], 2);
  auto audit = json::parse(get(chef, "/audit?action=correct&entity=attendance")->body)["items"];
  ASSERT_FALSE(audit.empty());
  std::map<std::string, json> fields;
  for (const auto& f : audit[0]["fields"]) fields[f["name"].get<std::string>()] = f["value"];
  EXPECT_EQ(fields["reason"], "En kvinna räknades inte");
  EXPECT_EQ(fields["women.before"], "5");
  EXPECT_EQ(fields["women"], "6");
}

// Issue 15, item 7: a referral returned for "Annat skäl" needs a short explanation, shown with the referral.
TEST_F(ParticipantApi, AnnatSkalIsExplained) {
  auto k = login("koordinator");
  auto r = post(k, "/referrals", referral("19880303-2385", kAktivLerum, "2026-11-02"));
  ASSERT_EQ(r->status, 201) << r->body;
  const auto id = std::to_string(json::parse(r->body)["id"].get<int>());
  const auto path = "/referrals/" + id + "/transitions";
  EXPECT_EQ(first_error(post(k, path, {{"to", "returned"}, {"reason", "other"}, {"version", 1}})),
            "explanation required");
  EXPECT_EQ(first_error(post(k, path, {{"to", "returned"}, {"reason", "other"}, {"explanation", 7}, {"version", 1}})),
            "explanation invalid");
  EXPECT_EQ(
      first_error(post(k, path, {{"to", "returned"}, {"reason", "declined"}, {"explanation", "Nej"}, {"version", 1}})),
      "explanation not_allowed");
  EXPECT_EQ(
      first_error(post(
          k, path, {{"to", "returned"}, {"reason", "other"}, {"explanation", std::string(501, 'x')}, {"version", 1}})),
      "explanation too_long");
  auto returned =
      post(k, path, {{"to", "returned"}, {"reason", "other"}, {"explanation", "Har redan stöd"}, {"version", 1}});
  ASSERT_EQ(returned->status, 200) << returned->body;
  auto detail = json::parse(get(k, "/referrals/" + id)->body);
  EXPECT_EQ(detail["returnReason"], "other");
  EXPECT_EQ(detail["returnNote"], "Har redan stöd");
}

// Issue 15, item 1: "mine" — a koordinator who works in the insats takes responsibility for a participant, sees
// them under mine=true, and lets them go.
TEST_F(ParticipantApi, MineInTheCaseload) {
  auto k = login("koordinator");
  auto all = json::parse(get(k, "/caseload")->body)["items"];
  ASSERT_FALSE(all.empty());
  const auto entry = all[0];
  const auto path = "/participations/" + std::to_string(entry["participationId"].get<int>()) + "/responsibility";
  EXPECT_TRUE(entry.contains("responsibleUserId"));
  EXPECT_EQ(first_error(post(k, path, {{"take", "yes"}, {"version", entry["version"]}})), "take invalid");
  EXPECT_EQ(first_error(post(k, path, {{"version", entry["version"]}})), "take required");
  EXPECT_EQ(post(k, path, {{"take", true}, {"version", 999}})->status, 409);
  EXPECT_EQ(post(login("remittent"), path, {{"take", true}, {"version", entry["version"]}})->status, 403);
  auto taken = post(k, path, {{"take", true}, {"version", entry["version"]}});
  ASSERT_EQ(taken->status, 200) << taken->body;
  const auto me = json::parse(taken->body)["responsibleUserId"];
  ASSERT_TRUE(me.is_number());
  auto mine = json::parse(get(k, "/caseload?mine=true")->body)["items"];
  ASSERT_EQ(mine.size(), 1U);
  EXPECT_EQ(mine[0]["participationId"], entry["participationId"]);
  EXPECT_EQ(mine[0]["responsibleUserId"], me);
  EXPECT_EQ(get(k, "/caseload?mine=yes")->status, 422);
  auto released = post(k, path, {{"take", false}, {"version", json::parse(taken->body)["version"]}});
  ASSERT_EQ(released->status, 200) << released->body;
  EXPECT_TRUE(json::parse(released->body)["responsibleUserId"].is_null());
  EXPECT_TRUE(json::parse(get(k, "/caseload?mine=true")->body)["items"].empty());
}

// Issue 15, item 1: "mine" set by a colleague. Those who may be made responsible are the insats's staff who see its
// participants: the insatsansvarig who works in it too is not among them, and cannot be made responsible.
TEST_F(ParticipantApi, AColleagueIsMadeResponsibleOnlyAmongThoseWhoSeeTheInsats) {
  const auto user_id = [&](const Login& l) {
    return json::parse(client().Get("/api/v1/session", as(l))->body)["user"]["id"].get<int>();
  };
  const int insatsansvarig = user_id(login("insatsansvarig"));
  const int ekonom = user_id(login("ekonom"));
  auto k = login("koordinator");
  const int koordinator = user_id(k);
  // An ongoing participant, in an insats the förbundschef has the insatsansvarig work in as well.
  auto items = json::parse(get(k, "/caseload")->body)["items"];
  ASSERT_FALSE(items.empty());
  const json entry = items[0];
  const auto insats = "/insatser/" + std::to_string(entry["insatsId"].get<int>());
  auto chef = login("forbundschef");
  auto staff = json::parse(get(chef, insats)->body)["staffUserIds"];
  staff.push_back(insatsansvarig);
  const auto staff_version = json::parse(get(chef, insats + "/staff")->body)["version"];
  ASSERT_EQ(put(chef, insats + "/staff", {{"userIds", staff}, {"version", staff_version}})->status, 200);
  auto candidates = get(k, insats + "/responsible-candidates");
  ASSERT_EQ(candidates->status, 200) << candidates->body;
  EXPECT_EQ(json::parse(candidates->body)["items"],
            (json::array({{{"userId", koordinator}, {"displayName", "Koordinatorn"}}})));
  EXPECT_EQ(get(chef, insats + "/responsible-candidates")->status, 403);
  EXPECT_EQ(get(k, "/insatser/999999/responsible-candidates")->status, 404);

  const auto path = "/participations/" + std::to_string(entry["participationId"].get<int>()) + "/responsibility";
  const auto version = entry["version"].get<int>();
  EXPECT_EQ(first_error(post(k, path, {{"responsibleUserId", insatsansvarig}, {"version", version}})),
            "responsible no_personal_access");
  EXPECT_EQ(first_error(post(k, path, {{"responsibleUserId", ekonom}, {"version", version}})), "responsible not_staff");
  EXPECT_EQ(first_error(post(k, path, {{"responsibleUserId", "koordinatorn"}, {"version", version}})),
            "responsibleUserId invalid");
  EXPECT_EQ(first_error(post(k, path, {{"responsibleUserId", koordinator}, {"take", true}, {"version", version}})),
            "take not_allowed");
  auto set = post(k, path, {{"responsibleUserId", koordinator}, {"version", version}});
  ASSERT_EQ(set->status, 200) << set->body;
  EXPECT_EQ(json::parse(set->body)["responsibleUserId"], koordinator);
  auto none = post(k, path, {{"responsibleUserId", nullptr}, {"version", json::parse(set->body)["version"]}});
  ASSERT_EQ(none->status, 200) << none->body;
  EXPECT_TRUE(json::parse(none->body)["responsibleUserId"].is_null());
  EXPECT_EQ(post(k, path, {{"responsibleUserId", koordinator}, {"version", version}})->status, 409);
}

// The staff list is replaced as a whole: a replacement made from a list read before another change is refused
// (409, with the list as it is now), so that the second of two editors cannot silently undo the first.
TEST_F(ParticipantApi, AStaffListChangedSinceItWasReadIsNotReplaced) {
  auto chef = login("forbundschef");
  const std::string staff = "/insatser/" + std::to_string(kBalder) + "/staff";
  const auto read = json::parse(get(chef, staff)->body);
  const int version = read["version"].get<int>();
  auto first = put(chef, staff, {{"userIds", json::array()}, {"version", version}});
  ASSERT_EQ(first->status, 200) << first->body;
  EXPECT_EQ(json::parse(first->body)["version"], version + 1);
  EXPECT_TRUE(json::parse(first->body)["userIds"].empty());

  auto stale = put(chef, staff, {{"userIds", read["userIds"]}, {"version", version}});
  ASSERT_EQ(stale->status, 409) << stale->body;
  EXPECT_EQ(json::parse(stale->body)["code"], "version_conflict");
  EXPECT_EQ(json::parse(stale->body)["current"]["version"], version + 1);
  EXPECT_TRUE(json::parse(stale->body)["current"]["userIds"].empty());
  EXPECT_TRUE(json::parse(get(chef, staff)->body)["userIds"].empty());  // nothing of the stale one saved

  EXPECT_EQ(first_error(put(chef, staff, {{"userIds", read["userIds"]}})), "version required");
  EXPECT_EQ(first_error(put(chef, staff, {{"userIds", read["userIds"]}, {"version", "2"}})), "version invalid");
  auto again = put(chef, staff, {{"userIds", read["userIds"]}, {"version", version + 1}});
  ASSERT_EQ(again->status, 200) << again->body;
  EXPECT_EQ(json::parse(again->body)["userIds"], read["userIds"]);
}

}  // namespace
}  // namespace samordna::apitest

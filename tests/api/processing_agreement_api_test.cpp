// Processing agreements (issue 11): participants' data belongs to the controller of the insats (its lead party);
// no person can be registered in an insats whose lead party has no processing agreement in force.
#include "api_fixture.hpp"

namespace samordna::apitest {
namespace {

constexpr int kAktivLerum = 1;

class AgreementApi : public Api {
 protected:
  httplib::Headers as(const Login& l) const { return {{"Cookie", l.cookie}, {"X-CSRF-Token", l.csrf}}; }
  httplib::Result get(const Login& l, const std::string& path) {
    return client().Get("/api/v1/associations/1" + path, as(l));
  }
  httplib::Result post(const Login& l, const std::string& path, const json& body) {
    return client().Post("/api/v1/associations/1" + path, as(l), body.dump(), "application/json");
  }
  httplib::Result put(const Login& l, const std::string& path, const json& body) {
    return client().Put("/api/v1/associations/1" + path, as(l), body.dump(), "application/json");
  }
  static std::vector<std::string> errors(const httplib::Result& r) {
    EXPECT_EQ(r->status, 422) << r->body;
    std::vector<std::string> out;
    for (const auto& e : json::parse(r->body).value("errors", json::array()))
      out.push_back(e["field"].get<std::string>() + " " + e["code"].get<std::string>());
    return out;
  }
  json referral() {
    return {{"insatsId", kAktivLerum},     {"referringMemberId", 3},
            {"referredOn", today().iso()}, {"personnummer", "19850707-7074"},
            {"name", "Avtal Saknas"},      {"kommunCode", "1441"},
            {"targetGroupId", 2},          {"reason", "Stöd."}};
  }
};

TEST_F(AgreementApi, APersonIsRegisteredOnlyUnderAnAgreementWithTheInsatssController) {
  auto chef = login("forbundschef");
  auto k = login("koordinator");
  auto list = json::parse(get(chef, "/processing-agreements")->body)["items"];
  ASSERT_EQ(list.size(), 8U);  // the demo: every member has signed one
  for (const auto& a : list) EXPECT_TRUE(a["inForce"].get<bool>()) << a;
  const int lead = json::parse(get(chef, "/insatser/" + std::to_string(kAktivLerum))->body)["leadMemberId"];
  json agreement;
  for (const auto& a : list) {
    if (a["memberId"] == lead) agreement = a;
  }
  ASSERT_FALSE(agreement.is_null());
  const std::string path = "/processing-agreements/" + std::to_string(agreement["id"].get<int>());

  // Bad input: specific errors, nothing written.
  const std::string yesterday = today().add_days(-1).iso();
  const std::string tomorrow = today().add_days(1).iso();
  EXPECT_EQ(
      errors(post(
          chef, "/processing-agreements",
          {{"memberId", 999}, {"signedOn", "2020-01-01"}, {"validFrom", "2020-01-01"}, {"documentReference", "X"}})),
      std::vector<std::string>{"memberId unknown"});
  EXPECT_EQ(errors(post(chef, "/processing-agreements",
                        {{"memberId", lead},
                         {"signedOn", tomorrow},
                         {"validFrom", "2020-01-01"},
                         {"validTo", "2019-01-01"},
                         {"documentReference", "X"}})),
            (std::vector<std::string>{"validTo before_from", "signedOn after_from", "signedOn future"}));
  EXPECT_EQ(errors(post(chef, "/processing-agreements",
                        {{"memberId", lead}, {"signedOn", "2020-01-01"}, {"validFrom", "2020-01-01"}})),
            std::vector<std::string>{"documentReference required"});
  EXPECT_EQ(
      errors(post(
          chef, "/processing-agreements",
          {{"memberId", "4"}, {"signedOn", "2020-01-01"}, {"validFrom", "2020-01-01"}, {"documentReference", "X"}})),
      std::vector<std::string>{"memberId invalid"});
  EXPECT_EQ(json::parse(get(chef, "/processing-agreements")->body)["items"].size(), 8U);
  // Only those who manage the förbund record agreements.
  EXPECT_EQ(
      post(login("styrelse"), "/processing-agreements",
           {{"memberId", lead}, {"signedOn", "2020-01-01"}, {"validFrom", "2020-01-01"}, {"documentReference", "X"}})
          ->status,
      403);

  // The lead party's agreement ended yesterday: nobody can be referred to or started in its insats.
  json ended = agreement;
  ended["validTo"] = yesterday;
  auto r = put(chef, path, ended);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_FALSE(json::parse(r->body)["inForce"].get<bool>());
  EXPECT_EQ(put(chef, path, ended)->status, 409);  // the version has moved on
  EXPECT_EQ(errors(post(k, "/referrals", referral())), std::vector<std::string>{"insatsId no_processing_agreement"});
  auto open = post(k, "/insatser/" + std::to_string(kAktivLerum) + "/participations",
                   {{"gender", "man"}, {"startedOn", today().iso()}});
  EXPECT_EQ(open->status, 422) << open->body;

  // A new agreement from today: registration works again.
  auto renewed = post(chef, "/processing-agreements",
                      {{"memberId", lead},
                       {"signedOn", today().iso()},
                       {"validFrom", today().iso()},
                       {"documentReference", "Dnr SFI 2026/99"}});
  ASSERT_EQ(renewed->status, 201) << renewed->body;
  EXPECT_TRUE(json::parse(renewed->body)["inForce"].get<bool>());
  EXPECT_EQ(post(k, "/referrals", referral())->status, 201);

  // Each change is in the audit log.
  auto log = json::parse(get(chef, "/audit?entity=processing_agreement")->body)["items"];
  EXPECT_GE(log.size(), 2U);
}

}  // namespace
}  // namespace samordna::apitest

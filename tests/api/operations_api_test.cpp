// Operations from the command line beside a serving installation: a backup into a new SQLite file, and its
// restore into an empty database, prove themselves table by table and give back the same installation.
#include "api_fixture.hpp"

namespace samordna::apitest {
namespace {

class Operations : public Api {};

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

TEST_F(Operations, ABackupRestoresToTheSameInstallation) {
  auto chef = login("forbundschef");
  ASSERT_EQ(client()
                .Post("/api/v1/associations/1/target-groups", {{"Cookie", chef.cookie}, {"X-CSRF-Token", chef.csrf}},
                      json{{"name", "Före säkerhetskopian"}}.dump(), "application/json")
                ->status,
            201);
  std::string out;
  const std::string backup = server_->folder() + "/backup.db";
  ASSERT_EQ(server_->run_cli({"backup", "--out", backup}, out), 0) << out;  // while the server serves
  EXPECT_NE(out.find("person: "), std::string::npos) << out;
  EXPECT_NE(out.find("audit log verified there"), std::string::npos) << out;
  EXPECT_NE(server_->run_cli({"backup", "--out", backup}, out), 0) << "a backup never replaces a file";

  ASSERT_EQ(server_->run_cli({"audit", "head"}, out), 0) << out;
  const std::string head = first_line(out);
  const std::string restored = server_->folder() + "/restored.db";
  ASSERT_EQ(server_->run_cli_on(restored, {"restore", "--from", backup}, out), 0) << out;
  ASSERT_EQ(server_->run_cli_on(restored, {"audit", "verify", "--expect", head}, out), 0) << out;
  ASSERT_EQ(server_->run_cli_on(restored, {"user", "list"}, out), 0) << out;
  EXPECT_NE(out.find("forbundschef"), std::string::npos) << out;
  // Restoring again into what now holds data is refused, and nothing changes there.
  EXPECT_EQ(server_->run_cli_on(restored, {"restore", "--from", backup}, out), 3) << out;
  EXPECT_NE(out.find("holds data"), std::string::npos) << out;
  ASSERT_EQ(server_->run_cli_on(restored, {"audit", "verify", "--expect", head}, out), 0) << out;
  EXPECT_NE(server_->run_cli_on(restored, {"restore", "--from", server_->folder() + "/none.db"}, out), 0);
}

}  // namespace
}  // namespace samordna::apitest

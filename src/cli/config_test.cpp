#include "cli/config.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace samordna::cli {
namespace {

TEST(Config, FlagsBeatEnvironmentBeatFile) {
  auto file = std::filesystem::temp_directory_path() / "samordna-config-test.toml";
  std::ofstream(file) << "db = \"file.db\"\nlisten = \"127.0.0.1:7000\"\nlog_level = \"warn\"\nweb_root = \"/w\"\n";
  ::setenv("SAMORDNA_LISTEN", "127.0.0.1:7100", 1);
  ::setenv("SAMORDNA_DB", "env.db", 1);
  Overrides flags;
  flags.config_file = file.string();
  flags.db = "flag.db";
  Config c = load_config(flags);
  EXPECT_EQ(c.db, "flag.db");
  EXPECT_EQ(c.listen, "127.0.0.1:7100");
  EXPECT_EQ(c.log_level, "warn");
  EXPECT_EQ(c.web_root, "/w");
  ::unsetenv("SAMORDNA_LISTEN");
  ::unsetenv("SAMORDNA_DB");
  std::ofstream(file) << "db = [unclosed";
  EXPECT_THROW(load_config(flags), std::runtime_error);
  std::filesystem::remove(file);
}

TEST(Config, SplitsListenAddresses) {
  EXPECT_EQ(split_listen("127.0.0.1:8080"), (std::pair<std::string, unsigned short>{"127.0.0.1", 8080}));
  EXPECT_EQ(split_listen("[::1]:9000").first, "::1");
  EXPECT_THROW(split_listen("127.0.0.1"), std::invalid_argument);
  EXPECT_THROW(split_listen("127.0.0.1:99999"), std::invalid_argument);
  EXPECT_THROW(split_listen("127.0.0.1:80x"), std::invalid_argument);
}

}  // namespace
}  // namespace samordna::cli

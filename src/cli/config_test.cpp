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

TEST(Config, PostgreSQLNeedsAKeyFileAndABoundedPool) {
  Overrides flags;
  flags.db = "postgresql://samordna@127.0.0.1:5432/samordna";
  EXPECT_THROW(load_config(flags), std::runtime_error);  // no "<uri>.keys": a URI is no place for a file
  flags.key_file = "/var/lib/samordna/samordna.keys";
  Config c = load_config(flags);
  EXPECT_EQ(c.db_pool, 8);
  EXPECT_EQ(c.key_file, "/var/lib/samordna/samordna.keys");
  ::setenv("SAMORDNA_DB_POOL", "32", 1);
  EXPECT_EQ(load_config(flags).db_pool, 32);
  for (const char* bad : {"0", "1001", "many"}) {
    ::setenv("SAMORDNA_DB_POOL", bad, 1);
    EXPECT_THROW(load_config(flags), std::runtime_error) << bad;
  }
  ::unsetenv("SAMORDNA_DB_POOL");
  flags.db = "data/samordna.db";
  flags.key_file.clear();
  EXPECT_EQ(load_config(flags).key_file, "data/samordna.db.keys");
}

TEST(Config, ThreadsAreBounded) {
  auto file = std::filesystem::temp_directory_path() / "samordna-config-threads.toml";
  Overrides flags;
  flags.config_file = file.string();
  std::ofstream(file) << "io_threads = 3\nworker_threads = 6\n";
  Config c = load_config(flags);
  EXPECT_EQ(c.io_threads, 3);
  EXPECT_EQ(c.worker_threads, 6);
  for (const char* bad : {"io_threads = 0\n", "io_threads = 65\n", "worker_threads = 0\n"}) {
    std::ofstream(file) << bad;
    EXPECT_THROW(load_config(flags), std::runtime_error) << bad;
  }
  std::filesystem::remove(file);
  flags.config_file.clear();
  EXPECT_EQ(load_config(flags).io_threads, 2);
}

TEST(Config, TheStatisticsCacheIsBounded) {
  Overrides flags;
  EXPECT_EQ(load_config(flags).statistics_cache_mib, 32);
  ::setenv("SAMORDNA_STATISTICS_CACHE_MIB", "0", 1);
  EXPECT_EQ(load_config(flags).statistics_cache_mib, 0);
  for (const char* bad : {"-1", "1000001", "lots"}) {
    ::setenv("SAMORDNA_STATISTICS_CACHE_MIB", bad, 1);
    EXPECT_THROW(load_config(flags), std::runtime_error) << bad;
  }
  ::unsetenv("SAMORDNA_STATISTICS_CACHE_MIB");
}

TEST(Config, KeepingStatisticsFactsEverySoManySecondsOrNever) {
  Overrides flags;
  EXPECT_EQ(load_config(flags).statistics_keep_seconds, 30);
  ::setenv("SAMORDNA_STATISTICS_KEEP_SECONDS", "0", 1);
  EXPECT_EQ(load_config(flags).statistics_keep_seconds, 0);
  for (const char* bad : {"-1", "86401", "often"}) {
    ::setenv("SAMORDNA_STATISTICS_KEEP_SECONDS", bad, 1);
    EXPECT_THROW(load_config(flags), std::runtime_error) << bad;
  }
  ::unsetenv("SAMORDNA_STATISTICS_KEEP_SECONDS");
}

TEST(Config, AFileSettingOfTheWrongTypeOrNameIsRefusedNamingIt) {
  const auto file = std::filesystem::temp_directory_path() / "samordna-config-types.toml";
  Overrides flags;
  flags.config_file = file.string();
  auto refusal = [&](const std::string& text) {
    std::ofstream(file) << text;
    try {
      load_config(flags);
    } catch (const std::runtime_error& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  EXPECT_NE(refusal("statistics_cache_mib = \"64\"\n").find("statistics_cache_mib in"), std::string::npos);
  EXPECT_NE(refusal("statistics_cache_mib = \"64\"\n").find("must be a whole number"), std::string::npos);
  EXPECT_NE(refusal("worker_threads = 4.5\n").find("worker_threads"), std::string::npos);
  EXPECT_NE(refusal("worker_threads = 99999999999\n").find("out of range"), std::string::npos);
  EXPECT_NE(refusal("listen = 8080\n").find("listen in"), std::string::npos);
  EXPECT_NE(refusal("secure_cookies = \"yes\"\n").find("secure_cookies in"), std::string::npos);
  EXPECT_NE(refusal("trusted_proxies = \"10.0.0.1\"\n").find("trusted_proxies in"), std::string::npos);
  EXPECT_NE(refusal("worker_thread = 8\n").find("unknown setting worker_thread in"), std::string::npos);
  EXPECT_EQ(refusal("statistics_cache_mib = 64\nlisten = \"127.0.0.1:9000\"\nsecure_cookies = false\n"), "accepted");
  std::ofstream(file) << "statistics_cache_mib = 64\nsecure_cookies = false\n";
  auto c = load_config(flags);
  EXPECT_EQ(c.statistics_cache_mib, 64);
  EXPECT_EQ(c.secure_cookies, false);
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

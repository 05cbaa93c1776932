#pragma once
// Configuration: defaults < TOML file (--config or SAMORDNA_CONFIG) < environment (SAMORDNA_*) < flags.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samordna::cli {

struct Config {
  std::string db = "data/samordna.db";
  std::string listen = "127.0.0.1:8080";
  std::string web_root;  // defaults to the built web app of the source tree
  std::string log_level = "info";
  std::optional<bool> secure_cookies;  // default: Secure unless listening on loopback
  int worker_threads = 4;
  int io_threads = 2;                         // network threads (connections are spread over them)
  std::int64_t max_connections = 0;           // 0: from the open-file limit
  std::string key_file;                       // default: "<db>.keys" (required with PostgreSQL)
  int db_pool = 8;                            // PostgreSQL connections at most
  std::string read_db;                        // a PostgreSQL hot standby for statistics and exports (optional)
  std::int64_t statistics_cache_mib = 32;     // each förbund's facts kept for pivots, in all
  std::int64_t statistics_keep_seconds = 30;  // how often changed förbund's facts are kept in the database; 0: never
  std::int64_t read_db_max_lag = 30;          // seconds behind the primary before the primary is read instead
  std::int64_t login_window_seconds = 900;    // failed-login throttling window
  std::vector<std::string> trusted_proxies;   // addresses or CIDR blocks of reverse proxies
};

// Flags given on the command line; empty ones do not override.
struct Overrides {
  std::string config_file;
  std::string db;
  std::string listen;
  std::string web_root;
  std::string log_level;
  std::string key_file;
  std::string read_db;
};

// Throws std::runtime_error naming the file and key when the TOML file is invalid.
Config load_config(const Overrides& flags);
// Splits "host:port"; throws std::invalid_argument on a bad value.
std::pair<std::string, unsigned short> split_listen(const std::string& listen);

}  // namespace samordna::cli

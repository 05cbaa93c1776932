#include "cli/config.hpp"

#include <toml++/toml.h>
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <stdexcept>

#include "platform/database/postgres_database.hpp"

namespace samordna::cli {
namespace {
void set_from_env(std::string& target, const char* name) {
  if (const char* v = std::getenv(name); v && *v) target = v;
}
void set_from_flag(std::string& target, const std::string& flag) {
  if (!flag.empty()) target = flag;
}
// A whole number from the environment; throws naming the variable when it is not one.
template <class Number>
void set_number_from_env(Number& target, const char* name) {
  const char* v = std::getenv(name);
  if (!v || !*v) return;
  Number n = 0;
  auto [ptr, ec] = std::from_chars(v, v + std::strlen(v), n);
  if (ec != std::errc() || *ptr != '\0') throw std::runtime_error(std::string(name) + " must be a number");
  target = n;
}

// A setting of the file: absent leaves the default; present with another type is an error naming it (a
// quoted "64" is not the number 64, and must not silently give the default).
void read_text(const toml::table& table, const char* key, std::string& target, const std::string& file) {
  const auto* node = table.get(key);
  if (!node) return;
  auto value = node->value_exact<std::string>();
  if (!value) throw std::runtime_error(std::string(key) + " in " + file + " must be a string");
  target = *value;
}

template <class Number>
void read_number(const toml::table& table, const char* key, Number& target, const std::string& file) {
  const auto* node = table.get(key);
  if (!node) return;
  auto value = node->value_exact<std::int64_t>();
  if (!value) throw std::runtime_error(std::string(key) + " in " + file + " must be a whole number");
  if (*value < std::int64_t(std::numeric_limits<Number>::min()) ||
      *value > std::int64_t(std::numeric_limits<Number>::max())) {
    throw std::runtime_error(std::string(key) + " in " + file + " is out of range");
  }
  target = Number(*value);
}

// Every key the file may hold: a misspelt one is an error, not a setting silently left at its default.
constexpr std::array kKnownKeys{"db",
                                "listen",
                                "web_root",
                                "log_level",
                                "worker_threads",
                                "io_threads",
                                "max_connections",
                                "secure_cookies",
                                "key_file",
                                "db_pool",
                                "read_db",
                                "read_db_max_lag",
                                "statistics_cache_mib",
                                "statistics_keep_seconds",
                                "login_window_seconds",
                                "trusted_proxies"};
}  // namespace

Config load_config(const Overrides& flags) {
  Config config;
#ifdef SAMORDNA_DEFAULT_WEB_ROOT
  config.web_root = SAMORDNA_DEFAULT_WEB_ROOT;
#endif
  std::string file = flags.config_file;
  if (file.empty()) set_from_env(file, "SAMORDNA_CONFIG");
  if (!file.empty()) {
    toml::table table;
    try {
      table = toml::parse_file(file);
    } catch (const toml::parse_error& e) {
      throw std::runtime_error("invalid configuration file " + file + ": " + std::string(e.description()));
    }
    for (const auto& [key, value] : table) {
      if (std::find(kKnownKeys.begin(), kKnownKeys.end(), key.str()) == kKnownKeys.end()) {
        throw std::runtime_error("unknown setting " + std::string(key.str()) + " in " + file);
      }
    }
    read_text(table, "db", config.db, file);
    read_text(table, "listen", config.listen, file);
    read_text(table, "web_root", config.web_root, file);
    read_text(table, "log_level", config.log_level, file);
    read_number(table, "worker_threads", config.worker_threads, file);
    read_number(table, "io_threads", config.io_threads, file);
    read_number(table, "max_connections", config.max_connections, file);
    if (const auto* secure = table.get("secure_cookies")) {
      auto value = secure->value_exact<bool>();
      if (!value) throw std::runtime_error("secure_cookies in " + file + " must be true or false");
      config.secure_cookies = *value;
    }
    read_text(table, "key_file", config.key_file, file);
    read_number(table, "db_pool", config.db_pool, file);
    read_text(table, "read_db", config.read_db, file);
    read_number(table, "read_db_max_lag", config.read_db_max_lag, file);
    read_number(table, "statistics_cache_mib", config.statistics_cache_mib, file);
    read_number(table, "statistics_keep_seconds", config.statistics_keep_seconds, file);
    read_number(table, "login_window_seconds", config.login_window_seconds, file);
    if (const auto* proxies = table.get("trusted_proxies"); proxies && !proxies->is_array()) {
      throw std::runtime_error("trusted_proxies in " + file + " must be a list of strings");
    }
    if (auto* list = table["trusted_proxies"].as_array()) {
      config.trusted_proxies.clear();
      for (const auto& item : *list) {
        auto text = item.value<std::string>();
        if (!text) throw std::runtime_error("trusted_proxies in " + file + " must be a list of strings");
        config.trusted_proxies.push_back(*text);
      }
    }
  }
  set_from_env(config.db, "SAMORDNA_DB");
  set_from_env(config.listen, "SAMORDNA_LISTEN");
  set_from_env(config.web_root, "SAMORDNA_WEB_ROOT");
  set_from_env(config.log_level, "SAMORDNA_LOG_LEVEL");
  set_from_env(config.key_file, "SAMORDNA_KEY_FILE");
  set_from_env(config.read_db, "SAMORDNA_READ_DB");
  if (const char* v = std::getenv("SAMORDNA_TRUSTED_PROXIES"); v && *v) config.trusted_proxies = {v};
  set_number_from_env(config.max_connections, "SAMORDNA_MAX_CONNECTIONS");
  set_number_from_env(config.read_db_max_lag, "SAMORDNA_READ_DB_MAX_LAG");
  set_number_from_env(config.statistics_cache_mib, "SAMORDNA_STATISTICS_CACHE_MIB");
  set_number_from_env(config.statistics_keep_seconds, "SAMORDNA_STATISTICS_KEEP_SECONDS");
  set_number_from_env(config.db_pool, "SAMORDNA_DB_POOL");
  set_number_from_env(config.login_window_seconds, "SAMORDNA_LOGIN_WINDOW_SECONDS");
  set_from_flag(config.db, flags.db);
  set_from_flag(config.listen, flags.listen);
  set_from_flag(config.web_root, flags.web_root);
  set_from_flag(config.log_level, flags.log_level);
  set_from_flag(config.key_file, flags.key_file);
  set_from_flag(config.read_db, flags.read_db);
  const bool postgres = storage::is_postgres_uri(config.db);
  if (config.key_file.empty() && postgres) {
    throw std::runtime_error(
        "with a PostgreSQL database, give the key file (--key-file, SAMORDNA_KEY_FILE or key_file)");
  }
  if (config.key_file.empty()) config.key_file = config.db + ".keys";
  if (config.db_pool < 1 || config.db_pool > 1000) throw std::runtime_error("db_pool must be 1..1000");
  if (!config.read_db.empty() && (!postgres || !storage::is_postgres_uri(config.read_db))) {
    throw std::runtime_error("read_db is a PostgreSQL hot standby of a PostgreSQL db (postgresql://…)");
  }
  if (config.read_db_max_lag < 0) throw std::runtime_error("read_db_max_lag must be 0 or more seconds");
  if (config.statistics_cache_mib < 0 || config.statistics_cache_mib > 1'000'000) {
    throw std::runtime_error("statistics_cache_mib must be 0 (keep nothing) up to 1000000");
  }
  if (config.statistics_keep_seconds < 0 || config.statistics_keep_seconds > 86'400) {
    throw std::runtime_error("statistics_keep_seconds must be 0 (keep none in the database) up to 86400");
  }
  if (config.login_window_seconds < 1) throw std::runtime_error("login_window_seconds must be at least 1");
  if (config.worker_threads < 1 || config.worker_threads > 64) throw std::runtime_error("worker_threads must be 1..64");
  if (config.io_threads < 1 || config.io_threads > 64) throw std::runtime_error("io_threads must be 1..64");
  if (config.max_connections < 0 || config.max_connections > 1'000'000) {
    throw std::runtime_error("max_connections must be 0 (from the open-file limit) up to 1000000");
  }
  return config;
}

std::pair<std::string, unsigned short> split_listen(const std::string& listen) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0) throw std::invalid_argument("listen must be host:port: " + listen);
  std::string host = listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  unsigned port = 0;
  auto digits = listen.substr(colon + 1);
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
  if (ec != std::errc() || ptr != digits.data() + digits.size() || port > 65535) {
    throw std::invalid_argument("bad port in listen address: " + listen);
  }
  return {host, static_cast<unsigned short>(port)};
}

}  // namespace samordna::cli

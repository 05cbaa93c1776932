#include "cli/config.hpp"

#include <toml++/toml.h>
#include <charconv>
#include <cstdlib>
#include <cstring>
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
    config.db = table["db"].value_or(config.db);
    config.listen = table["listen"].value_or(config.listen);
    config.web_root = table["web_root"].value_or(config.web_root);
    config.log_level = table["log_level"].value_or(config.log_level);
    config.worker_threads = int(table["worker_threads"].value_or(std::int64_t(config.worker_threads)));
    config.io_threads = int(table["io_threads"].value_or(std::int64_t(config.io_threads)));
    config.max_connections = table["max_connections"].value_or(config.max_connections);
    if (auto secure = table["secure_cookies"].value<bool>()) config.secure_cookies = *secure;
    config.key_file = table["key_file"].value_or(config.key_file);
    config.db_pool = int(table["db_pool"].value_or(std::int64_t(config.db_pool)));
    config.read_db = table["read_db"].value_or(config.read_db);
    config.read_db_max_lag = table["read_db_max_lag"].value_or(config.read_db_max_lag);
    config.statistics_cache_mib = table["statistics_cache_mib"].value_or(config.statistics_cache_mib);
    config.login_window_seconds = table["login_window_seconds"].value_or(config.login_window_seconds);
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

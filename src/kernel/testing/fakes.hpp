#pragma once
// Fakes of the kernel's ports for testing rules and services in memory: a fixed clock, counted tokens, a
// readable password hash and transactions that simply run.
#include <cstdint>
#include <functional>
#include <string>

#include "kernel/civil_date.hpp"
#include "kernel/clock.hpp"
#include "kernel/secrets.hpp"
#include "kernel/transactions.hpp"

namespace samordna::core::testing {

struct FakeClock : Clock {
  std::int64_t now = 1'000'000;
  [[nodiscard]] std::int64_t now_unix() const override { return now; }
  [[nodiscard]] CivilDate today() const override { return *CivilDate::parse("2026-11-22"); }
};
struct FakeSecrets : Secrets {
  int counter = 0;
  std::string random_token() override { return "token" + std::to_string(++counter); }
  [[nodiscard]] std::string digest(const std::string& t) const override { return "digest:" + t; }
};
struct FakeHasher : PasswordHasher {
  [[nodiscard]] std::string hash(const std::string& p) const override { return "h:" + p; }
  [[nodiscard]] bool verify(const std::string& h, const std::string& p) const override { return h == "h:" + p; }
};
// Work runs as is (the memory ports need no transaction).
struct DirectTransactions : Transactions {
  void run(const std::function<void()>& work) override { work(); }
};

}  // namespace samordna::core::testing

// Retention is irreversible (issue 11): once an identity is removed, nobody holding the database and the key
// file can find the personnummer again, not even by hashing every candidate of the person's birth year. A
// person still in process is found by the same enumeration, which shows that the attack works where it may.

#include <array>
#include <cctype>
#include <cstdio>
#include <set>
#include <unordered_set>

#include "api_fixture.hpp"
#include "database_check.hpp"
#include "participants/security/sodium_vault.hpp"
#include "platform/security/keyring.hpp"

namespace samordna::apitest {
namespace {

constexpr int kAktivLerum = 1;  // 16–64

class RetentionApi : public Api {
 protected:
  httplib::Headers as(const Login& l) const { return {{"Cookie", l.cookie}, {"X-CSRF-Token", l.csrf}}; }
  httplib::Result post(const Login& l, const std::string& path, const json& body) {
    return client().Post("/api/v1/associations/1" + path, as(l), body.dump(), "application/json");
  }
  int refer(const Login& l, const std::string& pnr) {
    auto r = post(l, "/referrals",
                  {{"insatsId", kAktivLerum},
                   {"referringMemberId", 3},
                   {"referredOn", today().iso()},
                   {"personnummer", pnr},
                   {"name", "Gallrad Person"},
                   {"kommunCode", "1489"},
                   {"targetGroupId", 2},
                   {"reason", "Fritext som ska gallras."}});
    EXPECT_EQ(r->status, 201) << r->body;
    return json::parse(r->body)["id"].get<int>();
  }
};

// The check digit (Luhn over the ten digits YYMMDDNNN).
char check_digit(const std::string& nine) {
  int sum = 0;
  for (std::size_t i = 0; i < nine.size(); ++i) {
    int d = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

// Every valid personnummer (YYYYMMDDNNNC) of a year: about 365 000.
std::vector<std::string> candidates_of_year(int year) {
  std::vector<std::string> out;
  for (auto day = core::CivilDate::from_ymd(year, 1, 1); day && day->year() == year; day = day->add_days(1)) {
    const std::string date = day->iso();
    const std::string yyyymmdd = date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2);
    for (int serial = 0; serial < 1000; ++serial) {
      std::array<char, 4> nnn{};
      std::snprintf(nnn.data(), nnn.size(), "%03d", serial);
      const std::string nine = yyyymmdd.substr(2) + nnn.data();
      out.push_back(yyyymmdd + nnn.data() + check_digit(nine));
    }
  }
  return out;
}

// Every word of every value in the database (split at anything but letters and digits): a keyed hash or a
// personnummer stored anywhere, in any table, audit details included, is one of them.
std::unordered_set<std::string> words_in_database(storage::Database& db) {
  std::unordered_set<std::string> words;
  for (const auto& table : storage::table_names(db)) {
    for (const auto& row : db.query("SELECT * FROM \"" + table + "\"", {})) {
      for (const auto& value : row) {
        if (std::holds_alternative<std::nullptr_t>(value)) continue;
        const std::string text = std::holds_alternative<std::int64_t>(value)
                                     ? std::to_string(std::get<std::int64_t>(value))
                                     : std::get<std::string>(value);
        std::string word;
        for (const char* p = text.c_str();; ++p) {
          if (*p && std::isalnum(static_cast<unsigned char>(*p))) {
            word += *p;
            continue;
          }
          if (word.size() >= 8) words.insert(word);
          word.clear();
          if (!*p) break;
        }
      }
    }
  }
  return words;
}

TEST_F(RetentionApi, NoRemovedPersonnummerCanBeFoundByEnumeratingCandidates) {
  auto k = login("koordinator");
  // Two people born in 1990: one whose referral is withdrawn today (removed after retention), one waiting.
  const std::string removed_pnr = "199003154821";
  const std::string kept_pnr = "199011223337";
  const int removed_referral = refer(k, removed_pnr);
  const int kept_referral = refer(k, kept_pnr);
  ASSERT_EQ(
      post(k, "/referrals/" + std::to_string(removed_referral) + "/transitions", {{"to", "withdrawn"}, {"version", 1}})
          ->status,
      200);

  // Retention three years from now (test builds move their clock by SAMORDNA_TODAY).
  std::string out;
  const std::string later = today().add_days(3 * 366).iso();
  ASSERT_EQ(server_->run_cli({"retention", "run"}, out, {"SAMORDNA_TODAY=" + later}), 0) << out;

  auto database = connect(*server_);
  storage::Database& db = *database;
  const std::string removed_person =
      text_of(db, "SELECT person_id FROM referral WHERE id = " + std::to_string(removed_referral));
  const std::string kept_person =
      text_of(db, "SELECT person_id FROM referral WHERE id = " + std::to_string(kept_referral));
  EXPECT_EQ(text_of(db, "SELECT identity_removed FROM person WHERE id = " + removed_person), "1");
  EXPECT_EQ(text_of(db, "SELECT sealed_identity FROM person WHERE id = " + removed_person), "(null)");
  EXPECT_EQ(text_of(db, "SELECT masked FROM person WHERE id = " + removed_person), "");  // no birth date
  EXPECT_EQ(text_of(db, "SELECT birth_year FROM person WHERE id = " + removed_person), "1990");
  EXPECT_EQ(text_of(db, "SELECT gender FROM person WHERE id = " + removed_person), "woman");  // statistics stay
  EXPECT_EQ(text_of(db, "SELECT sealed_reason FROM referral WHERE id = " + std::to_string(removed_referral)), "");
  EXPECT_EQ(text_of(db, "SELECT identity_removed FROM person WHERE id = " + kept_person), "0");
  const int removed_1990 = std::stoi(text_of(
      db, "SELECT count(*) FROM person WHERE association_id = 1 AND identity_removed = 1 AND birth_year = 1990"));
  EXPECT_GE(removed_1990, 1);

  // The attacker's side: the key file and every candidate of the birth year, hashed as the pseudonym was.
  const auto words = words_in_database(db);
  std::set<std::string> kept_keys;
  for (const auto& row : db.query("SELECT person_key FROM person WHERE identity_removed = 0", {})) {
    kept_keys.insert(storage::as_text(row[0]));
  }
  security::SodiumVault vault(security::load_keyring(server_->key_file()));
  const auto candidates = candidates_of_year(1990);
  std::set<std::string> found;
  for (const auto& candidate : candidates) {
    const std::string key = vault.pseudonym(1, candidate);
    if (words.count(key) || words.count(candidate)) {
      found.insert(candidate);
      EXPECT_EQ(kept_keys.count(key), 1U) << "found, but not a person still kept: " << candidate;
    }
  }
  EXPECT_EQ(candidates.size(), 365000U);
  EXPECT_EQ(found.count(removed_pnr), 0U) << "a removed personnummer was found again";
  EXPECT_EQ(found.count(kept_pnr), 1U) << "the enumeration must find a person still kept";
  std::printf(
      "retention enumeration: %zu candidates of 1990 against %d removed people born that year: %zu found, "
      "each of them still kept\n",
      candidates.size(), removed_1990, found.size());
}

}  // namespace
}  // namespace samordna::apitest

#include "participants/http/insatser_answers.hpp"

#include <nlohmann/json.hpp>

#include "participants/http/participant_json.hpp"

namespace samordna::http {

std::string InsatserAnswers::text(std::int64_t association_id) {
  const std::int64_t version = version_.insatser_version();  // first: the rows read after it are at least as new
  // An insats's answer does not depend on the day: every day is the same one here.
  return kept_.text(association_id, version, core::CivilDate(), [&] {
    auto items = nlohmann::json::array();
    for (const auto& i : insatser_.list(association_id)) items.push_back(insats_json(i));
    return nlohmann::json{{"items", items}}.dump();
  });
}

}  // namespace samordna::http

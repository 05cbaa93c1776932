#include "membership/http/members_answers.hpp"

#include "membership/http/membership_json.hpp"

namespace samordna::http {

std::string MembersAnswers::text(std::int64_t association_id, core::CivilDate today) {
  const std::int64_t version = version_.members_version();  // first: the rows read after it are at least as new
  return kept_.text(association_id, version, today,
                    [&] { return members_json_text(membership_.members(association_id), today); });
}

}  // namespace samordna::http

// Referrals: the eligibility check, registering a referral, following it, its decisions, and the queue.
#include <algorithm>

#include "access/http/handler_support.hpp"
#include "access/http/scope.hpp"
#include "participants/http/participant_json.hpp"
#include "participants/http/routes.hpp"

namespace samordna::http {
namespace {

constexpr std::size_t kQueuePage = 25;

core::ReferralInput read_referral(BodyReader& in, std::int64_t association_id) {
  core::ReferralInput r;
  r.association_id = association_id;
  r.insats_id = in.integer("insatsId").value_or(0);
  r.referring_member_id = in.integer("referringMemberId", false).value_or(0);
  r.referred_on = in.date("referredOn").value_or(core::CivilDate());
  r.personnummer = in.text("personnummer", false);
  r.name = in.text("name", false);
  r.kommun_code = in.text("kommunCode", false);
  r.target_group_id = in.integer("targetGroupId", false).value_or(0);
  r.reason = in.text("reason", false);
  r.priority = int(in.integer("priority", false).value_or(0));
  if (auto o = in.boolean("overrideEligibility")) r.override_eligibility = *o;
  if (auto p = in.boolean("protectedIdentity")) r.protected_identity = *p;
  if (auto d = in.boolean("confirmDuplicate")) r.confirm_duplicate = *d;
  return r;
}

std::string query(const Context& c, const char* name) {
  auto it = c.request.query.find(name);
  return it == c.request.query.end() ? std::string() : it->second;
}

// Sorting, filtering and paging of a queue, done here on the server; only the people on the page are shown,
// so only their reads are logged (by `shown`). Errors: sort|order|state|page invalid.
core::Result<nlohmann::json> queue_page(const Context& c, std::vector<core::QueueRow> rows,
                                        const std::function<void(const std::vector<core::QueueRow>&)>& shown) {
  core::FieldErrors errors;
  const std::string sort = query(c, "sort").empty() ? "position" : query(c, "sort");
  const std::string order = query(c, "order").empty() ? "asc" : query(c, "order");
  if (sort != "position" && sort != "daysWaited" && sort != "referredOn" && sort != "priority") {
    errors.add("sort", "invalid");
  }
  if (order != "asc" && order != "desc") errors.add("order", "invalid");
  std::optional<core::ReferralState> state;
  if (!query(c, "state").empty()) {
    state = core::parse_referral_state(query(c, "state"));
    // Only waiting referrals are in a queue: a decided state would always give an empty page.
    if (!state || (*state != core::ReferralState::received && *state != core::ReferralState::queued)) {
      errors.add("state", "invalid");
    }
  }
  std::int64_t page = 1;
  if (!query(c, "page").empty()) {
    auto p = positive_integer(query(c, "page"));
    if (!p) errors.add("page", "invalid");
    page = p.value_or(1);
  }
  if (!errors.empty()) return core::unexpected(errors.error());
  if (state) std::erase_if(rows, [&](const core::QueueRow& r) { return r.referral.state != *state; });
  if (auto group = positive_integer(query(c, "targetGroupId"))) {
    std::erase_if(rows, [&](const core::QueueRow& r) { return r.referral.target_group_id != *group; });
  }
  auto key = [&](const core::QueueRow& r) -> std::int64_t {
    if (sort == "daysWaited") return r.position.days_waited;
    if (sort == "referredOn") return r.referral.referred_on.days_since_epoch();
    if (sort == "priority") return r.referral.priority;
    return r.position.position;
  };
  std::stable_sort(rows.begin(), rows.end(),
                   [&](const auto& a, const auto& b) { return order == "asc" ? key(a) < key(b) : key(a) > key(b); });
  auto items = nlohmann::json::array();
  const std::size_t first = std::size_t(page - 1) * kQueuePage;
  std::vector<core::QueueRow> on_page;
  for (std::size_t i = first; i < rows.size() && i < first + kQueuePage; ++i) on_page.push_back(rows[i]);
  shown(on_page);
  for (const auto& row : on_page) items.push_back(queue_row_json(row));
  return nlohmann::json{{"items", items},         {"total", rows.size()}, {"page", page},
                        {"pageSize", kQueuePage}, {"sort", sort},         {"order", order}};
}

}  // namespace

void register_referral_routes(Router& router, ParticipantRoutes& deps) {
  router.add({"POST", "/api/v1/associations/{id}/eligibility", Permission::refer, [&deps](Context& c) {
                RequestBody body(c.request);
                auto& in = body.in();
                const auto association = *path_id(c, "id");
                auto input = read_referral(in, association);
                if (auto refused = body.refusal()) return *refused;
                return reply(deps.referrals.check(input, personal_scope_of(c, deps.scope, association)),
                             [](const core::Eligibility& e) {
                               auto duplicates = nlohmann::json::array();
                               for (const auto& d : e.duplicates) {
                                 duplicates.push_back({{"kind", d.kind}, {"since", d.since.iso()}});
                               }
                               return nlohmann::json{{"problems", e.problems},
                                                     {"age", e.age},
                                                     {"eligible", e.problems.empty()},
                                                     {"duplicates", duplicates}};
                             });
              }});
  router.add({"POST", "/api/v1/associations/{id}/referrals", Permission::refer, [&deps](Context& c) {
                RequestBody body(c.request);
                auto& in = body.in();
                const auto association = *path_id(c, "id");
                auto input = read_referral(in, association);
                if (auto refused = body.refusal()) return *refused;
                return reply(deps.referrals.create(c.actor(), input, personal_scope_of(c, deps.scope, association)),
                             referral_json, 201);
              }});
  router.add({"GET", "/api/v1/associations/{id}/referrals", Permission::view_personal, [&deps](Context& c) {
                const auto association = *path_id(c, "id");
                std::optional<core::ReferralState> state;
                if (!query(c, "state").empty()) {
                  state = core::parse_referral_state(query(c, "state"));
                  if (!state) return problem(core::Error::invalid("state", "invalid"));
                }
                auto items = nlohmann::json::array();
                for (const auto& row : deps.referrals.referrals(
                         c.actor(), personal_scope_of(c, deps.scope, association), association, state)) {
                  items.push_back(queue_row_json(row));
                }
                return json_response({{"items", items}});
              }});
  // Counts only (no person, so no reads to log): for start pages and overviews.
  router.add({"GET", "/api/v1/associations/{id}/referrals/summary", Permission::view_personal, [&deps](Context& c) {
                const auto association = *path_id(c, "id");
                auto items = nlohmann::json::array();
                for (const auto& s :
                     deps.referrals.summary(personal_scope_of(c, deps.scope, association), association)) {
                  items.push_back({{"insatsId", s.insats_id},
                                   {"state", core::to_string(s.state)},
                                   {"count", s.count},
                                   {"oldestReferredOn", s.oldest_referred_on.iso()}});
                }
                return json_response({{"items", items}});
              }});
  router.add(
      {"GET", "/api/v1/associations/{id}/referrals/{referralId}", Permission::view_personal, [&deps](Context& c) {
         const auto association = *path_id(c, "id");
         auto referral = path_id(c, "referralId");
         if (!referral) return problem(404, "not_found");
         return reply(
             deps.referrals.detail(c.actor(), personal_scope_of(c, deps.scope, association), association, *referral),
             referral_detail_json);
       }});
  router.add({"POST", "/api/v1/associations/{id}/referrals/{referralId}/transitions", Permission::manage_participants,
              [&deps](Context& c) {
                auto ids = path_ids(c, "referralId");
                if (!ids) return problem(404, "not_found");
                const auto [association, referral] = *ids;
                RequestBody body(c.request);
                auto& in = body.in();
                auto to = core::parse_referral_state(in.text("to"));
                if (!to && in.find("to")) in.errors().add("to", "invalid");
                std::optional<core::ReturnReason> reason;
                if (auto text = in.text("reason", false); !text.empty()) {
                  reason = core::parse_return_reason(text);
                  if (!reason) in.errors().add("reason", "invalid");
                }
                auto explanation = in.text("explanation", false);
                auto version = in.integer("version");
                if (auto refused = body.refusal()) return *refused;
                auto scope = personal_scope_of(c, deps.scope, association);
                auto moved = deps.referrals.transition(c.actor(), scope, association, referral, *to, reason, *version,
                                                       explanation);
                return reply_or_current(moved, referral_json, [&] {
                  return referral_json(*deps.referrals.in_scope(scope, association, referral));
                });
              }});
  router.add(
      {"GET", "/api/v1/associations/{id}/insatser/{insatsId}/queue", Permission::view_personal, [&deps](Context& c) {
         const auto association = *path_id(c, "id");
         auto insats = path_id(c, "insatsId");
         if (!insats) return problem(404, "not_found");
         auto rows = deps.referrals.queue(personal_scope_of(c, deps.scope, association), association, *insats);
         if (!rows) return problem(rows.error());
         auto page = queue_page(c, std::move(*rows), [&](const std::vector<core::QueueRow>& shown) {
           deps.referrals.record_reads(c.actor(), association, shown, "queue");
         });
         if (!page) return problem(page.error());
         return json_response(*page);
       }});
}

}  // namespace samordna::http

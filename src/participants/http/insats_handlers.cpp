// The catalogue of insatser: target groups, insatser, who works in them, attendance, waiting times.
#include "access/http/handler_support.hpp"
#include "access/http/scope.hpp"
#include "participants/http/participant_json.hpp"
#include "participants/http/routes.hpp"

namespace samordna::http {
namespace {

std::vector<std::int64_t> id_list(BodyReader& in, const std::string& name) {
  std::vector<std::int64_t> out;
  const auto* list = in.find(name);
  if (!list) return out;
  if (!list->is_array()) {
    in.errors().add(in.field(name), "invalid");
    return out;
  }
  for (const auto& v : *list) {
    if (!v.is_number_integer()) {
      in.errors().add(in.field(name), "invalid");
      break;
    }
    out.push_back(v.get<std::int64_t>());
  }
  return out;
}

core::Insats read_insats(BodyReader& in, std::int64_t association_id) {
  core::Insats i;
  i.association_id = association_id;
  i.name = in.text("name");
  i.description = in.text("description", false);
  auto kind = core::parse_insats_kind(in.text("kind"));
  if (!kind && in.find("kind")) in.errors().add("kind", "invalid");
  i.kind = kind.value_or(core::InsatsKind::individual);
  i.target_group_ids = id_list(in, "targetGroupIds");
  i.min_age = int(in.integer("minAge").value_or(0));
  i.max_age = int(in.integer("maxAge").value_or(0));
  if (auto r = in.boolean("referralRequired")) i.referral_required = *r;
  if (auto e = in.boolean("extensive")) i.extensive = *e;
  if (auto w = in.integer("durationWeeks", false)) i.duration_weeks = int(*w);
  i.lead_member_id = in.integer("leadMemberId").value_or(0);
  i.cooperating_member_ids = id_list(in, "cooperatingMemberIds");
  i.kommun_codes = in.text_list("kommunCodes");
  i.capacity = int(in.integer("capacity", false).value_or(0));
  i.starts_on = in.date("startsOn").value_or(core::CivilDate());
  i.ends_on = in.date("endsOn", false);
  if (const auto* budget = in.object_value("budget")) {
    for (const auto& [year, amount] : budget->items()) {
      auto y = positive_integer(year);
      if (!y || !amount.is_number_integer()) {
        in.errors().add("budget", "invalid");
        break;
      }
      i.budget[int(*y)] = core::Money::ore(amount.get<std::int64_t>());
    }
  }
  return i;
}

nlohmann::json staff_json(const core::InsatsStaff& staff) {
  return nlohmann::json{{"userIds", staff.user_ids}, {"version", staff.version}};
}

}  // namespace

void register_insats_routes(Router& router, ParticipantRoutes& deps) {
  router.add({"GET", "/api/v1/associations/{id}/target-groups", Permission::view_association, [&deps](Context& c) {
                auto items = nlohmann::json::array();
                for (const auto& g : deps.insatser.target_groups(*path_id(c, "id")))
                  items.push_back(target_group_json(g));
                return json_response({{"items", items}});
              }});
  router.add({"POST", "/api/v1/associations/{id}/target-groups", Permission::manage_insatser, [&deps](Context& c) {
                RequestBody body(c.request);
                auto& in = body.in();
                core::TargetGroup g{0, *path_id(c, "id"), in.text("name", false)};
                if (auto refused = body.refusal()) return *refused;
                return reply(deps.insatser.add_target_group(c.actor(), g), target_group_json, 201);
              }});
  router.add({"GET", "/api/v1/associations/{id}/insatser", Permission::view_association,
              [&deps](Context& c) { return written_json_response(deps.insatser_lists->text(*path_id(c, "id"))); }});
  router.add({"POST", "/api/v1/associations/{id}/insatser", Permission::manage_insatser, [&deps](Context& c) {
                const auto association = *path_id(c, "id");
                RequestBody body(c.request);
                auto& in = body.in();
                auto insats = read_insats(in, association);
                if (auto refused = body.refusal()) return *refused;
                return reply(deps.insatser.create(c.actor(), insats, only_staffed(c, association)), insats_json, 201);
              }});
  router.add(
      {"GET", "/api/v1/associations/{id}/insatser/{insatsId}", Permission::view_association, [&deps](Context& c) {
         auto insats_id = path_id(c, "insatsId");
         if (!insats_id) return problem(404, "not_found");
         auto insats = deps.insatser.get(*path_id(c, "id"), *insats_id);
         if (!insats) return problem(insats.error());
         auto out = insats_json(*insats);
         out["staffUserIds"] = deps.insatser.staff(*insats_id);
         return json_response(out);
       }});
  router.add({"PUT", "/api/v1/associations/{id}/insatser/{insatsId}", Permission::manage_insatser, [&deps](Context& c) {
                const auto association = *path_id(c, "id");
                auto insats_id = path_id(c, "insatsId");
                if (!insats_id) return problem(404, "not_found");
                RequestBody body(c.request);
                auto& in = body.in();
                auto insats = read_insats(in, association);
                auto version = in.integer("version");
                if (auto refused = body.refusal()) return *refused;
                insats.id = *insats_id;
                auto saved = deps.insatser.update(c.actor(), insats, *version, only_staffed(c, association));
                return reply_or_current(saved, insats_json,
                                        [&] { return insats_json(*deps.insatser.get(association, *insats_id)); });
              }});
  router.add(
      {"GET", "/api/v1/associations/{id}/insatser/{insatsId}/staff", Permission::manage_users, [&deps](Context& c) {
         auto insats_id = path_id(c, "insatsId");
         if (!insats_id) return problem(404, "not_found");
         return reply(deps.insatser.staff_of(*path_id(c, "id"), *insats_id), staff_json);
       }});
  router.add(
      {"PUT", "/api/v1/associations/{id}/insatser/{insatsId}/staff", Permission::manage_users, [&deps](Context& c) {
         const auto association = *path_id(c, "id");
         auto insats_id = path_id(c, "insatsId");
         if (!insats_id) return problem(404, "not_found");
         RequestBody body(c.request);
         auto& in = body.in();
         // Required: a body without the list must not empty the insats's staff.
         if (!in.find("userIds")) in.errors().add("userIds", "required");
         auto users = id_list(in, "userIds");
         auto version = in.integer("version");  // the list's, as read: a change made since is not undone
         if (auto refused = body.refusal()) return *refused;
         return reply_or_current(deps.insatser.set_staff(c.actor(), association, *insats_id, users, *version,
                                                         deps.user_admin.user_ids_in(association)),
                                 staff_json,
                                 [&] { return staff_json(*deps.insatser.staff_of(association, *insats_id)); });
       }});
  router.add({"GET", "/api/v1/associations/{id}/insatser/{insatsId}/attendance", Permission::view_association,
              [&deps](Context& c) {
                auto insats_id = path_id(c, "insatsId");
                if (!insats_id) return problem(404, "not_found");
                return reply(deps.insatser.attendance(*path_id(c, "id"), *insats_id),
                             [](const std::vector<core::Attendance>& list) {
                               auto items = nlohmann::json::array();
                               for (const auto& a : list) items.push_back(attendance_json(a));
                               return nlohmann::json{{"items", items}};
                             });
              }});
  router.add({"POST", "/api/v1/associations/{id}/insatser/{insatsId}/attendance", Permission::manage_insatser,
              [&deps](Context& c) {
                auto ids = path_ids(c, "insatsId");
                if (!ids) return problem(404, "not_found");
                const auto [association, insats_id] = *ids;
                RequestBody body(c.request);
                auto& in = body.in();
                core::Attendance a{0,
                                   insats_id,
                                   in.date("on").value_or(core::CivilDate()),
                                   int(in.integer("women").value_or(0)),
                                   int(in.integer("men").value_or(0)),
                                   in.text("note", false)};
                if (auto refused = body.refusal()) return *refused;
                return reply(deps.insatser.add_attendance(c.actor(), association, a, only_staffed(c, association)),
                             attendance_json, 201);
              }});
  // A correction of a recorded row, with a required reason.
  router.add({"PUT", "/api/v1/associations/{id}/insatser/{insatsId}/attendance/{attendanceId}",
              Permission::manage_insatser, [&deps](Context& c) {
                auto ids = path_ids(c, "insatsId");
                auto row = path_id(c, "attendanceId");
                if (!ids || !row) return problem(404, "not_found");
                const auto [association, insats_id] = *ids;
                RequestBody body(c.request);
                auto& in = body.in();
                core::Attendance a{*row,
                                   insats_id,
                                   in.date("on").value_or(core::CivilDate()),
                                   int(in.integer("women").value_or(0)),
                                   int(in.integer("men").value_or(0)),
                                   in.text("note", false)};
                auto reason = in.text("reason", false);
                auto version = in.integer("version");
                if (auto refused = body.refusal()) return *refused;
                return reply(deps.insatser.correct_attendance(c.actor(), association, a, reason, *version,
                                                              only_staffed(c, association)),
                             attendance_json);
              }});
  router.add(
      {"GET", "/api/v1/associations/{id}/insatser/{insatsId}/waits", Permission::view_association, [&deps](Context& c) {
         auto insats_id = path_id(c, "insatsId");
         if (!insats_id) return problem(404, "not_found");
         auto q = [&](const char* name) {
           auto it = c.request.query.find(name);
           return it == c.request.query.end() ? std::optional<core::CivilDate>() : core::CivilDate::parse(it->second);
         };
         auto from = q("from");
         auto to = q("to");
         core::FieldErrors errors;
         if (!from) errors.add("from", "invalid");
         if (!to) errors.add("to", "invalid");
         if (!errors.empty()) return problem(errors.error());
         return reply(deps.referrals.waits(*path_id(c, "id"), *insats_id, *from, *to), wait_stats_json);
       }});
}

}  // namespace samordna::http

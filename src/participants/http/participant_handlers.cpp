// Participations (start, end, correction, consent), the participant page, revealing the personnummer, protected
// identity, the joint plan, the person's access history, and search by personnummer (in a POST body).
#include "access/http/handler_support.hpp"
#include "access/http/scope.hpp"
#include "participants/http/participant_json.hpp"
#include "participants/http/routes.hpp"

namespace samordna::http {
namespace {

std::optional<core::StatusSnapshot> read_snapshot(BodyReader& in, const std::string& name) {
  if (!in.find(name)) return std::nullopt;
  auto s = in.object(name);
  core::StatusSnapshot snapshot;
  if (const auto* support = s.array("support")) {
    for (const auto& v : *support) {
      auto source = v.is_string() ? core::parse_support_source(v.get<std::string>()) : std::nullopt;
      if (!source) {
        in.errors().add(s.field("support"), "invalid");
        break;
      }
      snapshot.support.push_back(*source);
    }
  }
  if (auto m = s.integer("monthsOnSupport", false)) snapshot.months_on_support = int(*m);
  if (auto e = s.text("education", false); !e.empty()) {
    auto level = core::parse_education_level(e);
    if (!level) in.errors().add(s.field("education"), "invalid");
    snapshot.education = level.value_or(core::EducationLevel::unknown);
  }
  auto occupation = core::parse_occupation(s.text("occupation"));
  if (!occupation && s.find("occupation")) in.errors().add(s.field("occupation"), "invalid");
  snapshot.occupation = occupation.value_or(core::Occupation::other);
  snapshot.extent_percent = int(s.integer("extentPercent", false).value_or(0));
  return snapshot;
}

core::StartInput read_start(BodyReader& in) {
  core::StartInput start;
  start.started_on = in.date("startedOn").value_or(core::CivilDate());
  if (in.find("consent")) {
    auto c = in.object("consent");
    core::Consent consent;
    consent.purpose = core::ConsentPurpose::follow_up;
    consent.given_on = c.date("givenOn", false).value_or(start.started_on);
    consent.form_reference = c.text("formReference", false);
    start.follow_up = consent;
  }
  start.at_start = read_snapshot(in, "atStart");
  return start;
}

Response person_reply(ParticipantRoutes& deps, Context& c,
                      const std::function<Response(std::int64_t, std::int64_t, const core::PersonalScope&)>& work) {
  const auto association = *path_id(c, "id");
  auto person = path_id(c, "personId");
  if (!person) return problem(404, "not_found");
  return work(association, *person, personal_scope_of(c, deps.scope, association));
}

}  // namespace

void register_participant_routes(Router& router, ParticipantRoutes& deps) {
  router.add({"POST", "/api/v1/associations/{id}/referrals/{referralId}/start", Permission::manage_participants,
              [&deps](Context& c) {
                auto ids = path_ids(c, "referralId");
                if (!ids) return problem(404, "not_found");
                RequestBody body(c.request);
                auto& in = body.in();
                auto start = read_start(in);
                auto version = in.integer("version");
                if (auto refused = body.refusal()) return *refused;
                return reply(deps.participants.start(c.actor(), personal_scope_of(c, deps.scope, ids->association),
                                                     ids->association, ids->id, start, *version),
                             participation_json, 201);
              }});
  router.add({"POST", "/api/v1/associations/{id}/insatser/{insatsId}/participations", Permission::manage_participants,
              [&deps](Context& c) {
                auto ids = path_ids(c, "insatsId");
                if (!ids) return problem(404, "not_found");
                const auto [association, insats] = *ids;
                RequestBody body(c.request);
                auto& in = body.in();
                core::OpenEntryInput open;
                open.association_id = association;
                open.insats_id = insats;
                open.personnummer = in.text("personnummer", false);
                open.name = in.text("name", false);
                open.kommun_code = in.text("kommunCode", false);
                if (auto p = in.boolean("protectedIdentity")) open.protected_identity = *p;
                if (auto g = in.text("gender", false); !g.empty()) {
                  auto gender = core::parse_gender(g);
                  if (!gender) in.errors().add("gender", "invalid");
                  open.gender = gender.value_or(core::Gender::woman);
                } else if (open.personnummer.empty()) {
                  in.errors().add("gender", "required");
                }
                open.start = read_start(in);
                if (auto refused = body.refusal()) return *refused;
                return reply(
                    deps.participants.start_open(c.actor(), personal_scope_of(c, deps.scope, association), open),
                    participation_json, 201);
              }});
  router.add({"POST", "/api/v1/associations/{id}/participations/{participationId}/end", Permission::manage_participants,
              [&deps](Context& c) {
                const auto association = *path_id(c, "id");
                auto participation = path_id(c, "participationId");
                if (!participation) return problem(404, "not_found");
                RequestBody body(c.request);
                auto& in = body.in();
                auto ended_on = in.date("endedOn");
                std::optional<core::ExitReason> reason;
                if (auto text = in.text("exitReason", false); !text.empty()) {
                  reason = core::parse_exit_reason(text);
                  if (!reason) in.errors().add("exitReason", "invalid");
                }
                auto at_end = read_snapshot(in, "atEnd");
                auto version = in.integer("version");
                if (auto refused = body.refusal()) return *refused;
                return reply(deps.participants.end(c.actor(), personal_scope_of(c, deps.scope, association),
                                                   association, *participation, *ended_on, reason, at_end, *version),
                             participation_json);
              }});
  // "Mine": the caller takes responsibility for the participant (take: true) or lets it go (take: false); or,
  // with responsibleUserId (null: no one), a colleague who works in the insats and sees its participants is made
  // responsible.
  router.add({"POST", "/api/v1/associations/{id}/participations/{participationId}/responsibility",
              Permission::manage_participants, [&deps](Context& c) {
                const auto association = *path_id(c, "id");
                auto participation = path_id(c, "participationId");
                if (!participation) return problem(404, "not_found");
                RequestBody body(c.request);
                auto& in = body.in();
                std::optional<bool> take;
                std::optional<std::int64_t> user;
                if (!in.has("responsibleUserId")) {
                  take = in.boolean("take", true);
                } else {
                  if (in.find("responsibleUserId") != nullptr) user = in.integer("responsibleUserId");
                  if (in.has("take")) in.errors().add("take", "not_allowed");
                }
                auto version = in.integer("version");
                if (auto refused = body.refusal()) return *refused;
                const auto scope = personal_scope_of(c, deps.scope, association);
                if (take) {
                  return reply(deps.participants.take_responsibility(c.actor(), scope, association, *participation,
                                                                     *take, *version),
                               participation_json);
                }
                core::PersonalScope candidate;
                if (user) {
                  for (const auto& u : deps.user_admin.users_in(association)) {
                    if (u.user.id == *user && !u.user.disabled) {
                      candidate = personal_scope_of_user(deps.scope, u.user, association);
                    }
                  }
                }
                return reply(deps.participants.assign_responsibility(c.actor(), scope, association, *participation,
                                                                     user, candidate, *version),
                             participation_json);
              }});
  // A correction: the whole corrected state (an absent or null endedOn: ongoing) with a required reason.
  router.add({"POST", "/api/v1/associations/{id}/participations/{participationId}/correction",
              Permission::manage_participants, [&deps](Context& c) {
                const auto association = *path_id(c, "id");
                auto participation = path_id(c, "participationId");
                if (!participation) return problem(404, "not_found");
                RequestBody body(c.request);
                auto& in = body.in();
                core::ParticipationCorrection correction;
                correction.started_on = in.date("startedOn").value_or(core::CivilDate());
                correction.ended_on = in.date("endedOn", false);
                if (auto text = in.text("exitReason", false); !text.empty()) {
                  correction.exit_reason = core::parse_exit_reason(text);
                  if (!correction.exit_reason) in.errors().add("exitReason", "invalid");
                }
                correction.at_start = read_snapshot(in, "atStart");
                correction.at_end = read_snapshot(in, "atEnd");
                correction.reason = in.text("reason", false);
                auto version = in.integer("version");
                if (auto refused = body.refusal()) return *refused;
                return reply(deps.participants.correct(c.actor(), personal_scope_of(c, deps.scope, association),
                                                       association, *participation, correction, *version),
                             participation_json);
              }});
  router.add({"POST", "/api/v1/associations/{id}/participations/{participationId}/consents",
              Permission::manage_participants, [&deps](Context& c) {
                const auto association = *path_id(c, "id");
                auto participation = path_id(c, "participationId");
                if (!participation) return problem(404, "not_found");
                RequestBody body(c.request);
                auto& in = body.in();
                core::Consent consent;
                consent.participation_id = *participation;
                auto purpose = core::parse_consent_purpose(in.text("purpose"));
                if (!purpose && in.find("purpose")) in.errors().add("purpose", "invalid");
                consent.purpose = purpose.value_or(core::ConsentPurpose::follow_up);
                consent.party_member_id = in.integer("partyMemberId", false);
                consent.given_on = in.date("givenOn").value_or(core::CivilDate());
                consent.form_reference = in.text("formReference", false);
                if (auto refused = body.refusal()) return *refused;
                return reply(deps.participants.add_consent(c.actor(), personal_scope_of(c, deps.scope, association),
                                                           association, consent),
                             consent_json, 201);
              }});
  router.add({"POST", "/api/v1/associations/{id}/participations/{participationId}/consents/{consentId}/withdrawal",
              Permission::manage_participants, [&deps](Context& c) {
                const auto association = *path_id(c, "id");
                auto participation = path_id(c, "participationId");
                auto consent = path_id(c, "consentId");
                if (!participation || !consent) return problem(404, "not_found");
                RequestBody body(c.request);
                auto& in = body.in();
                auto on = in.date("withdrawnOn");
                if (auto refused = body.refusal()) return *refused;
                auto done = deps.participants.withdraw_consent(c.actor(), personal_scope_of(c, deps.scope, association),
                                                               association, *participation, *consent, *on);
                if (!done) return problem(done.error());
                return Response{204, "", "", {}};
              }});
  router.add({"GET", "/api/v1/associations/{id}/persons/{personId}", Permission::view_personal, [&deps](Context& c) {
                return person_reply(deps, c, [&](std::int64_t a, std::int64_t p, const core::PersonalScope& s) {
                  return reply(deps.participants.person(c.actor(), s, a, p), person_view_json);
                });
              }});
  router.add(
      {"POST", "/api/v1/associations/{id}/persons/{personId}/identity", Permission::view_personal, [&deps](Context& c) {
         return person_reply(deps, c, [&](std::int64_t a, std::int64_t p, const core::PersonalScope& s) {
           return reply(deps.participants.reveal(c.actor(), s, a, p), [](const core::Identity& i) {
             return nlohmann::json{{"personnummer", i.personnummer}, {"name", i.name}};
           });
         });
       }});
  router.add({"POST", "/api/v1/associations/{id}/persons/{personId}/protected-identity",
              Permission::manage_participants, [&deps](Context& c) {
                return person_reply(deps, c, [&](std::int64_t a, std::int64_t p, const core::PersonalScope& s) {
                  auto done = deps.participants.protect(c.actor(), s, a, p);
                  if (!done) return problem(done.error());
                  return Response{204, "", "", {}};
                });
              }});
  router.add({"PUT", "/api/v1/associations/{id}/persons/{personId}/plan", Permission::manage_participants,
              [&deps](Context& c) {
                return person_reply(deps, c, [&](std::int64_t a, std::int64_t p, const core::PersonalScope& s) {
                  RequestBody body(c.request);
                  auto& in = body.in();
                  core::JointPlan plan;
                  plan.person_id = p;
                  plan.needs = in.text("needs", false);
                  plan.own_goals = in.text("ownGoals", false);
                  plan.professional_goals = in.text("professionalGoals", false);
                  plan.overall_member_id = in.integer("overallMemberId", false).value_or(0);
                  plan.next_follow_up_on = in.date("nextFollowUpOn", false);
                  if (const auto* actions = in.array("actions")) {
                    std::size_t i = 0;
                    for (const auto& item : *actions) {
                      BodyReader action(item, in.errors(), "actions." + std::to_string(i++) + ".");
                      plan.actions.push_back({0, action.text("description", false),
                                              action.integer("responsibleMemberId").value_or(0),
                                              action.date("dueOn", false), action.date("doneOn", false)});
                    }
                  }
                  auto version = in.integer("version");
                  if (auto refused = body.refusal()) return *refused;
                  return reply(deps.participants.save_plan(c.actor(), s, a, plan, *version), plan_json);
                });
              }});
  router.add({"GET", "/api/v1/associations/{id}/persons/{personId}/access-log", Permission::view_personal,
              [&deps](Context& c) {
                return person_reply(deps, c, [&](std::int64_t a, std::int64_t p, const core::PersonalScope& s) {
                  return reply(deps.participants.access_log(s, a, p), [](const std::vector<core::AuditEvent>& events) {
                    auto items = nlohmann::json::array();
                    for (const auto& e : events) {
                      std::string view;
                      for (const auto& f : e.fields) {
                        if (f.name == "view" && f.value) view = *f.value;
                      }
                      items.push_back({{"at", e.at},
                                       {"username", e.actor.username},
                                       {"action", e.action},
                                       {"view", view},
                                       {"clientAddress", e.actor.client_address}});
                    }
                    return nlohmann::json{{"items", items}};
                  });
                });
              }});
  router.add({"POST", "/api/v1/associations/{id}/persons/search", Permission::view_personal, [&deps](Context& c) {
                const auto association = *path_id(c, "id");
                RequestBody body(c.request);
                auto& in = body.in();
                auto pnr = in.text("personnummer");
                if (auto refused = body.refusal()) return *refused;
                return reply(
                    deps.participants.find(c.actor(), personal_scope_of(c, deps.scope, association), association, pnr),
                    [](std::int64_t id) {
                      return nlohmann::json{{"personId", id}};
                    });
              }});
}

}  // namespace samordna::http

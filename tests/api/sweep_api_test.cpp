// The malformed-input sweep (issue 12), driven by the API contract: for every route that takes a JSON body,
// as a user allowed to call it, send bodies that are not JSON, not objects, and each declared property with
// every wrong JSON type (and a 200 000-character string). Every answer is a 4xx, never a 5xx or a success; a
// wrong type is a 422 naming its field; and nothing was written (the audit log has no new change).
#include "api_fixture.hpp"
#include "database_check.hpp"

namespace samordna::apitest {
namespace {

class Sweep : public Api {
 protected:
  httplib::Headers as(const Login& l) const { return {{"Cookie", l.cookie}, {"X-CSRF-Token", l.csrf}}; }
  static std::string concrete(std::string pattern) {
    const std::map<std::string, std::string> values{{"id", "1"},
                                                    {"memberId", "8"},
                                                    {"year", "2026"},
                                                    {"insatsId", "1"},
                                                    {"referralId", "999999"},
                                                    {"participationId", "999999"},
                                                    {"consentId", "999999"},
                                                    {"personId", "999999"},
                                                    {"assignmentId", "999999"},
                                                    {"userId", "999999"},
                                                    {"agreementId", "999999"}};
    for (const auto& [name, value] : values) {
      for (auto at = pattern.find("{" + name + "}"); at != std::string::npos; at = pattern.find("{" + name + "}")) {
        pattern.replace(at, name.size() + 2, value);
      }
    }
    return pattern;
  }
  // Changes recorded in the whole installation's audit log.
  std::int64_t changes(const Login& admin) {
    std::int64_t total = 0;
    for (const char* action : {"create", "update", "delete", "permission_change", "invite"}) {
      auto r = client().Get(std::string("/api/v1/audit?action=") + action, as(admin));
      total += json::parse(r->body)["total"].get<std::int64_t>();
    }
    return total;
  }
};

// Values of the wrong JSON type for a declared type.
std::vector<json> wrong_values(const std::string& type) {
  if (type == "string") return {123, true, json::array(), json::object()};
  if (type == "integer") return {"7", 1.5, true, json::array(), json::object()};
  if (type == "number") return {"7", true, json::array()};
  if (type == "boolean") return {"true", 1, json::array()};
  if (type == "array") return {json::object(), "x", 1};
  if (type == "object") return {json::array(), "x", 1};
  return {};
}

// The declared type of a property schema ("string", or the first of ["string", "null"]).
std::string type_of(const json& schema) {
  if (!schema.contains("type")) return "";
  const auto& t = schema["type"];
  return t.is_array() ? t[0].get<std::string>() : t.get<std::string>();
}

TEST_F(Sweep, EveryBodyOfTheWrongShapeIsRefusedSpecificallyAndNothingIsWritten) {
  const auto doc = json::parse(client().Get("/api/v1/openapi.json")->body);
  // A property's schema with a $ref to the components resolved.
  auto resolve = [&](const json& schema) -> json {
    if (!schema.contains("$ref")) return schema;
    const std::string ref = schema["$ref"];
    return doc["components"]["schemas"][ref.substr(ref.rfind('/') + 1)];
  };
  const std::map<std::string, std::string> who{{"manage_association", "forbundschef"},
                                               {"manage_money", "forbundschef"},
                                               {"manage_users", "forbundschef"},
                                               {"manage_insatser", "forbundschef"},
                                               {"view_association", "forbundschef"},
                                               {"view_money", "forbundschef"},
                                               {"view_audit", "forbundschef"},
                                               {"refer", "koordinator"},
                                               {"view_personal", "koordinator"},
                                               {"manage_participants", "koordinator"},
                                               {"confirm_roles", "dataskydd"},
                                               {"data_subject_rights", "dataskydd"},
                                               {"create_association", "admin"},
                                               {"manage_installation", "admin"},
                                               {"authenticated", "revisor"}};
  std::map<std::string, Login> sessions;
  for (const auto& [permission, user] : who) {
    if (!sessions.count(user)) sessions[user] = login(user);
  }
  const auto admin = sessions.at("admin");
  const auto before = changes(admin);
  int requests = 0;
  int routes = 0;
  for (const auto& [pattern, operations] : doc["paths"].items()) {
    if (pattern.rfind("/api/v1/session", 0) == 0) continue;  // the session's own routes end sessions
    for (const auto& [method, operation] : operations.items()) {
      if (method != "post" && method != "put") continue;
      const std::string permission = operation.value("x-permission", "");
      httplib::Headers headers;
      if (permission != "public") headers = as(sessions.at(who.at(permission)));
      const std::string path = concrete(pattern);
      auto send = [&](const std::string& body, const std::string& type = "application/json") {
        ++requests;
        auto c = client();
        return method == "post" ? c.Post(path, headers, body, type) : c.Put(path, headers, body, type);
      };
      ++routes;
      for (const std::string body : {"{", "[]", "\"x\"", "5", "null", "", "{\"a\":[[[[[[[[[[[[]]]]]]]]]]]]}"}) {
        auto r = send(body);
        ASSERT_TRUE(r) << method << " " << path;
        EXPECT_TRUE(r->status >= 400 && r->status < 500) << method << " " << path << " " << body << " → " << r->status;
      }
      auto form = send("a=1", "application/x-www-form-urlencoded");
      EXPECT_TRUE(form->status == 415 || form->status == 404 || form->status == 403) << method << " " << path;
      // A file body (the history import's spreadsheet) has no JSON properties to get wrong.
      const auto schema =
          operation.contains("requestBody") && operation["requestBody"]["content"].contains("application/json")
              ? operation["requestBody"]["content"]["application/json"]["schema"]
              : json::object();
      const auto properties = schema.value("properties", json::object());
      for (const auto& [name, declared] : properties.items()) {
        const json property = resolve(declared);
        const std::string type = type_of(property);
        // Wrong types of the property itself, a value outside its enum, wrong types inside a nested object, and
        // wrong items in an array: each a 422 that names the property (or a field below it).
        std::vector<json> bodies;
        for (const auto& value : wrong_values(type)) bodies.push_back(json{{name, value}});
        if (property.contains("enum")) bodies.push_back(json{{name, "no_such_value"}});
        if (type == "object" && property.contains("properties")) {
          for (const auto& [inner, inner_schema] : property["properties"].items()) {
            for (const auto& value : wrong_values(type_of(inner_schema)))
              bodies.push_back(json{{name, {{inner, value}}}});
            if (inner_schema.contains("enum")) bodies.push_back(json{{name, {{inner, "no_such_value"}}}});
          }
        }
        if (type == "array" && property.contains("items")) {
          const json items = resolve(property["items"]);
          for (const auto& value : wrong_values(type_of(items))) bodies.push_back(json{{name, json::array({value})}});
          if (items.contains("enum")) bodies.push_back(json{{name, json::array({"no_such_value"})}});
          if (items.contains("properties")) {
            for (const auto& [inner, inner_schema] : items["properties"].items()) {
              for (const auto& value : wrong_values(type_of(inner_schema))) {
                bodies.push_back(json{{name, json::array({json{{inner, value}}})}});
              }
            }
          }
        }
        for (const auto& body : bodies) {
          const auto value = body[name];
          auto r = send(body.dump());
          ASSERT_TRUE(r) << method << " " << path;
          ASSERT_TRUE(r->status >= 400 && r->status < 500)
              << method << " " << path << " " << name << "=" << value.dump() << " → " << r->status << " " << r->body;
          if (r->status != 422) continue;  // refused before the body is read (404 for an id that does not exist)
          bool named = false;
          const auto errors = json::parse(r->body).value("errors", json::array());
          for (const auto& e : errors) {
            ASSERT_TRUE(e.contains("field") && e["field"].is_string()) << method << " " << path << ": " << r->body;
            named = named || e["field"].get<std::string>().rfind(name, 0) == 0;
          }
          EXPECT_TRUE(named) << method << " " << path << " " << name << "=" << value.dump() << ": " << r->body;
        }
        // Values of the right type at the edges: huge strings, NUL and right-to-left override characters,
        // numbers beyond 64 bits, negative and fractional ones.
        std::vector<std::string> edges;  // as JSON text: 1e400 is not a double nlohmann could hold
        if (type == "string") {
          edges = {json(std::string(200'000, 'x')).dump(), R"("a\u0000b")", R"("\u202Eevil\u202C")", R"("a\u001bb")"};
        }
        if (type == "integer" || type == "number") {
          edges = {"1e400", "9223372036854775808", "-1", "-9223372036854775809", "1.0000000000000002"};
        }
        for (const auto& value : edges) {
          auto r = send("{" + json(name).dump() + ":" + value + "}");
          ASSERT_TRUE(r) << method << " " << path << " " << name;
          EXPECT_TRUE(r->status >= 400 && r->status < 500)
              << method << " " << path << " " << name << " edge → " << r->status << " " << r->body;
        }
      }
    }
  }
  // Odd ids in the path: never more than a 4xx.
  for (const auto& [pattern, operations] : doc["paths"].items()) {
    if (pattern.find("{id}") == std::string::npos) continue;
    for (const std::string odd : {"0", "-1", "9223372036854775808", "abc", "%00", "1%2F2", "1.5"}) {
      std::string path = pattern;
      path.replace(path.find("{id}"), 4, odd);
      path = concrete(path);
      for (const auto& [method, operation] : operations.items()) {
        const std::string permission = operation.value("x-permission", "");
        httplib::Headers headers;
        if (permission != "public") headers = as(sessions.at(who.at(permission)));
        auto c = client();
        ++requests;
        httplib::Result r = method == "get"    ? c.Get(path, headers)
                            : method == "post" ? c.Post(path, headers, "{}", "application/json")
                            : method == "put"  ? c.Put(path, headers, "{}", "application/json")
                                               : c.Delete(path, headers);
        ASSERT_TRUE(r) << method << " " << path;
        EXPECT_TRUE(r->status >= 400 && r->status < 500) << method << " " << path << " → " << r->status;
      }
    }
  }
  EXPECT_EQ(changes(admin), before) << "a refused request wrote something";
  EXPECT_EQ(client().Get("/api/v1/health")->status, 200);
  EXPECT_EQ(integrity(*server_), "ok");
  std::string output;
  EXPECT_EQ(server_->run_cli({"audit", "verify"}, output), 0) << output;
  EXPECT_GT(routes, 35);
  std::printf("malformed-input sweep: %d requests to %d routes, every one refused with a 4xx, nothing written\n",
              requests, routes);
}

}  // namespace
}  // namespace samordna::apitest

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

#include "app/api/test_routes.hpp"

namespace samordna::http {
namespace {

// The OpenAPI document must describe exactly the routes that exist, with the same permission.
TEST(OpenApi, DescribesEveryRouteAndNoOther) {
  testing::RouteTable table;
  auto doc = nlohmann::json::parse(openapi_document());
  EXPECT_EQ(doc["openapi"], "3.1.0");
  std::set<std::string> documented;
  for (const auto& [path, operations] : doc["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method;
      std::transform(upper.begin(), upper.end(), upper.begin(), [](char c) { return char(std::toupper(c)); });
      documented.insert(upper + " " + path + " " + operation.value("x-permission", "?"));
    }
  }
  std::set<std::string> routed;
  for (const auto& r : table.router.routes()) {
    routed.insert(r.method + " " + r.pattern + " " + std::string(to_string(r.permission)));
  }
  EXPECT_EQ(documented, routed);
}

}  // namespace
}  // namespace samordna::http

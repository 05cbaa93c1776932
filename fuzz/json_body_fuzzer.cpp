// The JSON body reader on any bytes: a request body either is a JSON object or gets a specific error, and
// reading typed fields from whatever it holds never crashes (wrong types are field errors).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "platform/http/body_reader.hpp"
#include "platform/http/json/json_body.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  samordna::http::Request request;
  request.method = "POST";
  request.path = "/api/v1/fuzz";
  request.headers["content-type"] = "application/json";
  request.body.assign(reinterpret_cast<const char*>(data), size);
  auto body = samordna::http::json_object_body(request);
  if (!body) {
    if (body.error().code.empty()) std::abort();
    return 0;
  }
  if (!body->is_object()) std::abort();
  samordna::core::FieldErrors errors;
  samordna::http::BodyReader in(*body, errors);
  for (const auto& [key, value] : body->items()) {
    (void)value;
    (void)in.text(key, false);
    (void)in.integer(key, false);
    (void)in.money(key, false);
    (void)in.date(key, false);
    (void)in.boolean(key, false);
    (void)in.array(key);
    (void)in.text_list(key);
    auto nested = in.object(key);
    (void)nested.text("name", false);
  }
  (void)in.text("personnummer");
  (void)in.integer("version");
  return 0;
}

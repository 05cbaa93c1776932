#pragma once
// A request's JSON object body being read by a handler: `in()` reads fields and gathers their errors, and
// `refusal()` is the answer when the body was not a JSON object (400 with its code) or a field was wrong (422
// with every field error), else nothing. Reading an unparsable body reads an empty object, so a handler reads
// its fields first and asks for the refusal once:
//   RequestBody body(c.request);
//   auto name = body.in().text("name");
//   if (auto refused = body.refusal()) return *refused;
#include <optional>

#include <nlohmann/json.hpp>

#include "kernel/error.hpp"
#include "platform/http/body_reader.hpp"
#include "platform/http/message.hpp"

namespace samordna::http {

class RequestBody {
 public:
  explicit RequestBody(const Request& request);
  RequestBody(const RequestBody&) = delete;
  RequestBody& operator=(const RequestBody&) = delete;
  BodyReader& in() { return reader_; }
  core::FieldErrors& errors() { return errors_; }
  [[nodiscard]] std::optional<Response> refusal() const;

 private:
  core::Result<nlohmann::json> parsed_;
  nlohmann::json object_;
  core::FieldErrors errors_;
  BodyReader reader_;
};

}  // namespace samordna::http

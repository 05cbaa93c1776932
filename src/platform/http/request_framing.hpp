#pragma once
// How a request says where its body ends. Two parties that read it differently (a proxy and this server) can
// be made to see two requests where the other sees one (request smuggling), so anything unusual is refused.
#include <optional>
#include <string_view>

namespace samordna::http {

// True when the framing is one this server accepts: no Transfer-Encoding, or Transfer-Encoding exactly
// "chunked" (any case, surrounding blanks allowed) without a Content-Length.
bool framing_acceptable(std::optional<std::string_view> transfer_encoding, bool has_content_length);

}  // namespace samordna::http

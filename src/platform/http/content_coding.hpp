#pragma once
// Content negotiation for precompressed files (RFC 9110 §12.5.3): which stored coding of a file to send, given
// the request's Accept-Encoding. Brotli is preferred over gzip when both are acceptable with the same weight.
#include <string_view>

namespace samordna::http {

enum class ContentCoding { identity, gzip, br };

struct StoredCodings {
  bool gzip = false;
  bool br = false;
};

// The coding to answer with: one the client accepts (q > 0, by name or by "*") and the file has, the highest
// weight winning; identity when the header is absent, empty, malformed or refuses every stored coding.
[[nodiscard]] ContentCoding choose_coding(std::string_view accept_encoding, StoredCodings stored);

[[nodiscard]] const char* to_string(ContentCoding coding);

}  // namespace samordna::http

// Accept-Encoding (content negotiation for the precompressed web app): never crashes, and never answers with a
// coding the file does not have, or with one the header does not name (by name or "*").
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "platform/http/content_coding.hpp"

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using samordna::http::ContentCoding;
  const std::string_view header(reinterpret_cast<const char*>(data), size);
  const std::string named = lower(header);
  for (int stored = 0; stored < 4; ++stored) {
    const samordna::http::StoredCodings codings{(stored & 1) != 0, (stored & 2) != 0};
    const auto chosen = samordna::http::choose_coding(header, codings);
    if (chosen == ContentCoding::gzip && !codings.gzip) std::abort();
    if (chosen == ContentCoding::br && !codings.br) std::abort();
    const bool mentioned = named.find('*') != std::string::npos ||
                           named.find(chosen == ContentCoding::gzip ? "gzip" : "br") != std::string::npos;
    if (chosen != ContentCoding::identity && !mentioned) std::abort();
    (void)samordna::http::to_string(chosen);
  }
  return 0;
}

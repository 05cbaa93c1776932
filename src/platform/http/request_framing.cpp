#include "platform/http/request_framing.hpp"

#include <cctype>
#include <string>

namespace samordna::http {

bool framing_acceptable(std::optional<std::string_view> transfer_encoding, bool has_content_length) {
  if (!transfer_encoding) return true;
  if (has_content_length) return false;
  std::string_view v = *transfer_encoding;
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  if (v.size() != 7) return false;
  std::string lower;
  for (char c : v) lower += char(std::tolower(static_cast<unsigned char>(c)));
  return lower == "chunked";
}

}  // namespace samordna::http

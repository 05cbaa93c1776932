#include "platform/http/content_coding.hpp"

#include <cctype>
#include <optional>
#include <string>

namespace samordna::http {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// A weight "q=0.8" in thousandths (0..1000); nullopt when it is not a valid qvalue.
std::optional<int> weight_of(std::string_view parameter) {
  parameter = trim(parameter);
  if (parameter.size() < 3 || (parameter[0] != 'q' && parameter[0] != 'Q') || parameter[1] != '=') return std::nullopt;
  std::string_view value = parameter.substr(2);
  if (value.empty() || (value[0] != '0' && value[0] != '1')) return std::nullopt;
  int whole = value[0] - '0';
  int thousandths = 0;
  if (value.size() > 1) {
    if (value[1] != '.' || value.size() > 5) return std::nullopt;
    int scale = 100;
    for (char c : value.substr(2)) {
      if (c < '0' || c > '9') return std::nullopt;
      thousandths += (c - '0') * scale;
      scale /= 10;
    }
  }
  int q = whole * 1000 + thousandths;
  return q > 1000 ? std::nullopt : std::optional<int>(q);
}

}  // namespace

ContentCoding choose_coding(std::string_view accept_encoding, StoredCodings stored) {
  int gzip = -1;  // the weight given by name, -1 when not named
  int br = -1;
  int any = -1;
  while (!accept_encoding.empty()) {
    std::size_t comma = accept_encoding.find(',');
    std::string_view element = accept_encoding.substr(0, comma);
    accept_encoding = comma == std::string_view::npos ? std::string_view() : accept_encoding.substr(comma + 1);
    std::size_t semicolon = element.find(';');
    std::string_view name = trim(element.substr(0, semicolon));
    int q = 1000;
    if (semicolon != std::string_view::npos) {
      auto weight = weight_of(element.substr(semicolon + 1));
      if (!weight) continue;  // a malformed element counts as not sent
      q = *weight;
    }
    if (equals_ignoring_case(name, "gzip") || equals_ignoring_case(name, "x-gzip")) gzip = q;
    if (equals_ignoring_case(name, "br")) br = q;
    if (name == "*") any = q;
  }
  if (gzip < 0) gzip = any;
  if (br < 0) br = any;
  int best = 0;
  ContentCoding choice = ContentCoding::identity;
  if (stored.br && br > best) {
    best = br;
    choice = ContentCoding::br;
  }
  if (stored.gzip && gzip > best) choice = ContentCoding::gzip;
  return choice;
}

const char* to_string(ContentCoding coding) {
  switch (coding) {
    case ContentCoding::gzip: return "gzip";
    case ContentCoding::br: return "br";
    case ContentCoding::identity: break;
  }
  return "identity";
}

}  // namespace samordna::http

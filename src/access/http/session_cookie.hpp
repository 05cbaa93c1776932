#pragma once
// The session cookie: HttpOnly, SameSite=Strict, Path=/; Secure unless serving plain HTTP on loopback.
#include <string>

namespace samordna::http {

inline constexpr const char* kSessionCookie = "samordna_session";

std::string session_cookie(const std::string& token, bool secure);
std::string expired_session_cookie(bool secure);

}  // namespace samordna::http

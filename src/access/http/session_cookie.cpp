#include "access/http/session_cookie.hpp"

namespace samordna::http {

std::string session_cookie(const std::string& token, bool secure) {
  return std::string(kSessionCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
}

std::string expired_session_cookie(bool secure) {
  return std::string(kSessionCookie) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" + (secure ? "; Secure" : "");
}

}  // namespace samordna::http

#pragma once
// Text from a request (its target, a header) made safe for one log line.
#include <string>
#include <string_view>

namespace samordna::http {

// Control characters (below 0x20, and 0x7f) and backslashes become \xNN, so a request cannot start a new log
// line, write a NUL or forge a field; other bytes stay as they came (the target is logged undecoded).
std::string log_text(std::string_view raw);

}  // namespace samordna::http

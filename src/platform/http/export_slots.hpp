#pragma once
// Exports (CSV, XLSX, PDF) share two slots: ten clicks on "export" cannot take the server down. A request
// waits up to ten seconds for a slot, then gets 429 exports_busy with Retry-After. A slot is held while
// the token lives (a streamed export keeps it until its last chunk).
#include <memory>

#include "platform/http/message.hpp"

namespace samordna::http {

// A token holding a slot, or null when none came free in time.
std::shared_ptr<void> acquire_export_slot();
Response exports_busy();

}  // namespace samordna::http

#pragma once
// Handing memory that was freed back to the system, whichever allocator the process runs on: the release server is
// linked with jemalloc (a quarter more authenticated reads than glibc's malloc on two cores, issue 14), the
// sanitizer builds use glibc's (or the sanitizer's). Both keep freed memory for reuse, which after a national view
// or a large export is 100 MiB or more that the server would otherwise hold.
#include <string_view>

namespace samordna::http {

// "jemalloc" when jemalloc is the process's malloc, otherwise "system".
[[nodiscard]] std::string_view allocator_in_use();

// Returns the pages the allocator keeps free: jemalloc's arenas are purged, glibc's heap is trimmed.
void return_freed_memory();

}  // namespace samordna::http

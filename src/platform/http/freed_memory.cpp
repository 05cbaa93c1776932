#include "platform/http/freed_memory.hpp"

#include <dlfcn.h>
#include <malloc.h>

#include <cstddef>

namespace samordna::http {
namespace {

// jemalloc's control entry point, found at run time: present only when jemalloc is linked (or preloaded).
using Mallctl = int (*)(const char*, void*, std::size_t*, void*, std::size_t);

Mallctl mallctl_entry() {
  static const auto entry = reinterpret_cast<Mallctl>(dlsym(RTLD_DEFAULT, "mallctl"));
  return entry;
}

}  // namespace

std::string_view allocator_in_use() { return mallctl_entry() != nullptr ? "jemalloc" : "system"; }

void return_freed_memory() {
  if (const auto mallctl = mallctl_entry()) {
    // MALLCTL_ARENAS_ALL (4096): every arena's unused dirty pages go back to the system at once.
    (void)mallctl("arena.4096.purge", nullptr, nullptr, nullptr, 0);
    return;
  }
#ifdef __GLIBC__
  (void)malloc_trim(0);
#endif
}

}  // namespace samordna::http

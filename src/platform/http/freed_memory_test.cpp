#include "platform/http/freed_memory.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace samordna::http {
namespace {

// The tests are not linked with jemalloc (the sanitizers bring their own malloc): the system allocator is named,
// and returning freed memory after many small blocks were freed is safe, twice.
TEST(FreedMemory, TheSystemAllocatorIsNamedWhereJemallocIsNotLinked) {
  EXPECT_EQ(allocator_in_use(), "system");
  {
    std::vector<std::unique_ptr<char[]>> blocks;
    for (int i = 0; i < 10000; ++i) blocks.push_back(std::make_unique<char[]>(512));
  }
  return_freed_memory();
  return_freed_memory();
  auto after = std::make_unique<char[]>(512);  // the allocator still works
  after[0] = 'x';
  EXPECT_EQ(after[0], 'x');
}

}  // namespace
}  // namespace samordna::http

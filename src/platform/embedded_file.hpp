#pragma once
// A file compiled into the binary (see cmake/Embed.cmake).
#include <string_view>

namespace samordna {
struct EmbeddedFile {
  std::string_view name;
  std::string_view content;
};
}  // namespace samordna

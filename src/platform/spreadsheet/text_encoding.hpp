#pragma once
// The text encodings Swedish Excel writes CSV in: UTF-8 (with a byte order mark: "CSV UTF-8") or Windows-1252
// ("CSV (semikolonavgränsad)" on a Swedish Windows). Anything else (UTF-16, binary) is refused, not guessed.
#include <optional>
#include <string>
#include <string_view>

namespace samordna::platform {

enum class TextEncoding { utf8, windows_1252 };

struct DecodedText {
  std::string text;  // UTF-8, without a byte order mark
  TextEncoding encoding = TextEncoding::utf8;
};

bool is_valid_utf8(std::string_view bytes);
// nullopt: a byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) or a NUL.
std::optional<std::string> windows_1252_to_utf8(std::string_view bytes);
// UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252; nullopt for UTF-16 (its BOM, or
// NUL bytes) and for bytes that are neither.
std::optional<DecodedText> decode_spreadsheet_text(std::string_view bytes);

}  // namespace samordna::platform

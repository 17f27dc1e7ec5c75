// Text forms of binary values: hex for digests, lowercase base32 (RFC 4648 alphabet, no padding)
// for identifiers a person may have to type or read aloud; and reading UTF-8 one code point at a
// time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace relais {

std::string to_hex(std::string_view bytes);
std::optional<std::string> from_hex(std::string_view text);

std::string to_base32(std::string_view bytes);
// Accepts upper or lower case; rejects padding, other characters and non-zero trailing bits.
std::optional<std::string> from_base32(std::string_view text);

// Decodes the UTF-8 sequence at text[i] into `cp` and returns its length, or 0 when it is not
// valid UTF-8 (truncated, overlong, a surrogate, or past U+10FFFF).
size_t utf8_sequence(std::string_view text, size_t i, uint32_t& cp);

}  // namespace relais

// Text forms of binary values: hex for digests, lowercase base32 (RFC 4648 alphabet, no padding)
// for identifiers a person may have to type or read aloud.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace relais {

std::string to_hex(std::string_view bytes);
std::optional<std::string> from_hex(std::string_view text);

std::string to_base32(std::string_view bytes);
// Accepts upper or lower case; rejects padding, other characters and non-zero trailing bits.
std::optional<std::string> from_base32(std::string_view text);

}  // namespace relais

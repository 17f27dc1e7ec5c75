// Length hiding for message plaintexts: the relay sees ciphertext sizes, so every plaintext is
// padded to a multiple of kPaddingBlock before encryption.
//
// Scheme (ISO/IEC 7816-4, as Signal's clients use): the content, one 0x80 byte, then zero bytes
// up to the next multiple of the block. The last non-zero byte is always the 0x80 marker, so
// removing the padding is unambiguous whatever the content ends with.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/base/result.h"

namespace relais::engine {

inline constexpr size_t kPaddingBlock = 160;

std::string pad(std::string_view content);
// Errc::corrupt when the marker is missing, or the length is not a multiple of the block.
Result<std::string> unpad(std::string_view padded);

}  // namespace relais::engine

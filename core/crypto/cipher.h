// AES-256 in the modes Relais needs: GCM for our own sealed data, CBC and CTR for Signal.
// Keys are 32 bytes; a wrong key, IV or nonce size is Errc::invalid_argument.
#pragma once

#include <string>
#include <string_view>

#include "core/base/result.h"

namespace relais::crypto {

inline constexpr size_t kAesKeySize = 32;
inline constexpr size_t kAesBlockSize = 16;
inline constexpr size_t kGcmNonceSize = 12;
inline constexpr size_t kGcmTagSize = 16;

// Returns ciphertext || 16-byte tag.
Result<std::string> aes256_gcm_seal(std::string_view key, std::string_view nonce,
                                    std::string_view plaintext, std::string_view aad);
// Errc::corrupt when `sealed` is too short or does not authenticate.
Result<std::string> aes256_gcm_open(std::string_view key, std::string_view nonce,
                                    std::string_view sealed, std::string_view aad);

// PKCS#7 padding; decrypt returns Errc::corrupt for a bad length or padding.
Result<std::string> aes256_cbc_encrypt(std::string_view key, std::string_view iv,
                                       std::string_view plaintext);
Result<std::string> aes256_cbc_decrypt(std::string_view key, std::string_view iv,
                                       std::string_view ciphertext);

// Encrypts and decrypts alike; the IV is the initial 128-bit big-endian counter block.
Result<std::string> aes256_ctr(std::string_view key, std::string_view iv, std::string_view data);

}  // namespace relais::crypto

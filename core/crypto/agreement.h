// X25519 key agreement (RFC 7748) from OpenSSL 3, for the sealed layer of one-to-one envelopes.
// Keys here are the bare 32 bytes; libsignal's serialized Curve25519 public keys are the same
// 32 bytes after their 0x05 type byte, and its private keys are X25519 private keys.
#pragma once

#include <string>
#include <string_view>

#include "core/base/result.h"

namespace relais::crypto {

inline constexpr size_t kX25519Size = 32;

struct X25519KeyPair {
  std::string public_key;   // 32 bytes
  std::string private_key;  // 32 bytes
};

X25519KeyPair x25519_generate();
// The public key of a 32-byte private key (clamped by X25519 itself).
Result<std::string> x25519_public(std::string_view private_key);
// The 32-byte shared secret. Errc::invalid_argument for a key that is not 32 bytes;
// Errc::crypto for a public key of small order (the secret would be all zeros).
Result<std::string> x25519(std::string_view private_key, std::string_view public_key);

}  // namespace relais::crypto

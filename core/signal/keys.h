// Stateless Curve25519 key helpers (XEdDSA signatures), usable by the relay without a Protocol.
#pragma once

#include <string>
#include <string_view>

#include "core/base/result.h"

namespace relais::signal {

// Serialized Signal public keys are 33 bytes: the type byte 0x05 then the 32-byte Curve25519 key.
inline constexpr size_t kPublicKeySize = 33;
inline constexpr size_t kPrivateKeySize = 32;
inline constexpr size_t kSignatureSize = 64;

// True for a 33-byte, type-0x05 key that libsignal decodes.
bool is_public_key(std::string_view serialized);

// XEdDSA verification; false for any malformed key or signature.
bool verify(std::string_view public_key, std::string_view message, std::string_view signature);

struct KeyPair {
  std::string public_key;   // 33 bytes, serialized as above
  std::string private_key;  // 32 bytes
};

KeyPair generate_key_pair();

// Errc::invalid_argument for a malformed private key. XEdDSA signatures are randomized: two
// signatures of one message differ, both verify.
Result<std::string> sign(std::string_view private_key, std::string_view message);

}  // namespace relais::signal

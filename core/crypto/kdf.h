// Key derivation: passphrase stretching for the vault (scrypt), and HKDF-SHA256 (RFC 5869) for
// keys made from a Diffie-Hellman secret (the sealed layer of one-to-one envelopes).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/base/result.h"

namespace relais::crypto {

struct ScryptParams {
  uint32_t log2_n = 15;  // N = 2^log2_n
  uint32_t r = 8;
  uint32_t p = 1;
};

// Errc::invalid_argument for out-of-range parameters (log2_n 1..30, r and p >= 1, out_len 1..1024
// bytes, r*p < 2^30); Errc::crypto when OpenSSL refuses, e.g. for lack of memory.
Result<std::string> scrypt(std::string_view passphrase, std::string_view salt,
                           const ScryptParams& params, size_t out_len = 32);

// HKDF-SHA256 extract-and-expand. An empty salt is HashLen zero bytes (RFC 5869 2.2).
// Errc::invalid_argument for out_len 0 or above 255 * 32 bytes.
Result<std::string> hkdf_sha256(std::string_view ikm, std::string_view salt, std::string_view info,
                                size_t out_len);

}  // namespace relais::crypto

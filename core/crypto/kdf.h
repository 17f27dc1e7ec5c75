// Passphrase stretching for the vault.
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

}  // namespace relais::crypto

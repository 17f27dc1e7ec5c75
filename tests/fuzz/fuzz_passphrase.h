// Shared by the vault fuzz target and the corpus writer: the seed vaults are sealed under
// this passphrase with these parameters, so that the fuzzer reaches the key check and GCM.
#pragma once

#include <string_view>

#include "core/crypto/kdf.h"

namespace relais::fuzz {

inline constexpr std::string_view kVaultPassphrase = "fuzz passphrase";
inline constexpr crypto::ScryptParams kVaultParams{10, 8, 1};  // the smallest allowed: 1 MiB

}  // namespace relais::fuzz

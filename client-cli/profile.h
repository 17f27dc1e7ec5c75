// A profile is a folder (--home) holding one vault, which holds the engine's whole state.
#pragma once

#include <optional>
#include <string>

#include "core/base/result.h"
#include "core/crypto/kdf.h"
#include "core/engine/engine.h"
#include "core/vault/vault.h"

namespace relais::cli {

// --home, else $RELAIS_HOME, else ~/.relais.
Result<std::string> resolve_home(const std::string& given);

// From RELAIS_PASSPHRASE, else a prompt without echo when stdin is a terminal (asked twice when
// `confirm`), else an error saying how to give one.
Result<std::string> read_passphrase(bool confirm);

// The vault's KDF cost. RELAIS_VAULT_KDF_LOG2N (test use only: 10..20) lowers it so that
// end-to-end tests do not spend a second per command; the default is scrypt N = 2^15.
Result<crypto::ScryptParams> vault_kdf_params();

struct OpenProfile {
  vault::Vault vault;
  engine::Engine engine;
};

// Errors as one sentence each: not registered, wrong passphrase, damaged, locked.
Result<OpenProfile> open_profile(const std::string& home);

// Saves the engine's state if it changed (and tells the engine).
Status save(vault::Vault& vault, engine::Engine& engine);

}  // namespace relais::cli

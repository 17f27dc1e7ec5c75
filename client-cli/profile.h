// A profile is a folder (--home) holding one vault, which holds the engine's whole state; the
// host loop of core/profile opens it. Here: where it is and how the CLI asks for the passphrase.
#pragma once

#include <memory>
#include <string>

#include "core/base/result.h"
#include "core/profile/host.h"

namespace relais::cli {

// --home, else $RELAIS_HOME, else ~/.relais.
Result<std::string> resolve_home(const std::string& given);

// From RELAIS_PASSPHRASE, else a prompt without echo when stdin is a terminal (asked twice when
// `confirm`), else an error saying how to give one.
Result<std::string> read_passphrase(bool confirm);

// Opens the registered profile in `home`, asking for its passphrase. Errors as one sentence
// each: no profile, not registered, wrong passphrase, damaged, open in another program.
Result<std::unique_ptr<profile::Host>> open_profile(const std::string& home);

// Saves the host's state; a disk that refuses is said in the person's language.
Status save_profile(profile::Host& host);

}  // namespace relais::cli

// relaisd's command line and configuration file (Boost.ProgramOptions for both: every option
// has a key of the same name in the file given by --config).
#pragma once

#include <string>
#include <vector>

#include "core/base/result.h"
#include "server/relay/config.h"

namespace relais::server {

struct Invocation {
  enum class Command { serve, admin_invite, backup, restore, help, version };
  Command command = Command::serve;
  RelayConfig config;
  std::string path;       // backup --to DEST / restore --from SRC
  std::string help_text;
};

// "HOST:PORT" or "[V6]:PORT".
Result<std::pair<std::string, uint16_t>> parse_listen(const std::string& text);

// "fr,nl,en": the interface languages the relay offers, each one the clients ship
// (wire::kInterfaceLanguages), at least one, none twice; spaces around the commas are allowed.
Result<std::vector<std::string>> parse_interface_languages(const std::string& text);

// Parses argv (argv[0] is skipped). Errors name the option, or the file and line, and the reason.
Result<Invocation> parse_invocation(const std::vector<std::string>& args);

}  // namespace relais::server

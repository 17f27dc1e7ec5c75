// relaisd's command line and configuration file (Boost.ProgramOptions for both: every option
// has a key of the same name in the file given by --config).
#pragma once

#include <string>
#include <vector>

#include "core/base/result.h"
#include "server/relay/config.h"

namespace relais::server {

struct Invocation {
  enum class Command { serve, admin_invite, help, version };
  Command command = Command::serve;
  RelayConfig config;
  std::string help_text;
};

// Parses argv (argv[0] is skipped). Errors name the option, or the file and line, and the reason.
Result<Invocation> parse_invocation(const std::vector<std::string>& args);

}  // namespace relais::server

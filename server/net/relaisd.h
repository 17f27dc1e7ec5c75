// The whole of relaisd behind its thin main(): options, then serve or run a command.
#pragma once

#include <string>
#include <vector>

namespace relais::server {

// Returns the process exit code. Errors are one sentence on stderr.
int relaisd_main(const std::vector<std::string>& args);

}  // namespace relais::server

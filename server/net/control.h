// The relay's local control socket (DATA/control.sock, mode 0600): how `relaisd backup` asks a
// running relay for a consistent checkpoint without stopping it. One command per connection:
// "backup DEST\n", answered "ok\n" or "error: SENTENCE\n".
#pragma once

#include <string>

#include "core/base/result.h"

namespace relais::server {

std::string control_socket_path(const std::string& data_dir);

// Asks the relay serving `data_dir` to back up its store into `dest`. Errc::unavailable when no
// relay is serving there (the caller may then open the store itself).
Status request_backup(const std::string& data_dir, const std::string& dest);

}  // namespace relais::server

#include "core/base/result.h"

namespace relais {

const char* errc_name(Errc code) {
  switch (code) {
    case Errc::invalid_argument: return "invalid_argument";
    case Errc::not_found: return "not_found";
    case Errc::already_exists: return "already_exists";
    case Errc::corrupt: return "corrupt";
    case Errc::crypto: return "crypto";
    case Errc::io: return "io";
    case Errc::wrong_passphrase: return "wrong_passphrase";
    case Errc::permission: return "permission";
    case Errc::unavailable: return "unavailable";
    case Errc::protocol: return "protocol";
    case Errc::timeout: return "timeout";
    case Errc::internal: return "internal";
  }
  return "unknown";
}

}  // namespace relais

// Relay addresses: ws://HOST:PORT[/PATH] or wss://HOST:PORT[/PATH]; HOST may be a bracketed IPv6
// literal. The port defaults to 80 for ws and 443 for wss.
#pragma once

#include <string>
#include <string_view>

#include "core/base/result.h"

namespace relais::client_net {

struct RelayUrl {
  bool tls = false;
  std::string host;  // without brackets
  std::string port;
  std::string target;  // "/" when absent
};

// Errc::invalid_argument with a sentence naming what is wrong.
Result<RelayUrl> parse_relay_url(std::string_view url);

}  // namespace relais::client_net

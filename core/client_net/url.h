// Relay addresses: ws://HOST:PORT[/PATH] or wss://HOST:PORT[/PATH]; HOST may be a bracketed IPv6
// literal. The port defaults to 80 for ws and 443 for wss.
#pragma once

#include <cstdint>
#include <optional>
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

// What is wrong with a relay address: a client words it in the person's language.
enum class UrlProblem : uint8_t {
  scheme,            // not ws:// nor wss://
  user_name,         // user@host
  unclosed_bracket,  // [::1
  junk_after_host,   // [::1]x
  empty_port,        // host:
  ipv6_host,         // [zz]
  no_host,
  host,        // characters a host name cannot have
  port,        // not digits
  port_range,  // 0 or above 65535
  path,        // spaces or control characters
};

// Errc::invalid_argument with an English sentence naming what is wrong (for logs and
// developers; relay_url_problem() gives the same verdict typed).
Result<RelayUrl> parse_relay_url(std::string_view url);

// The problem parse_relay_url would refuse `url` for; nullopt when it accepts it.
std::optional<UrlProblem> relay_url_problem(std::string_view url);

}  // namespace relais::client_net

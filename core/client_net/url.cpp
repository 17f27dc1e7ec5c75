#include "core/client_net/url.h"

#include <algorithm>
#include <cctype>
#include <variant>

namespace relais::client_net {
namespace {

using Parsed = std::variant<RelayUrl, UrlProblem>;

UrlProblem bad(UrlProblem problem) {
  return problem;
}

// The developers' and the logs' sentence; a client shows its own, translated.
std::string english(UrlProblem problem) {
  switch (problem) {
    case UrlProblem::scheme:
      return "The relay address must start with ws:// or wss://.";
    case UrlProblem::user_name:
      return "The relay address must not carry a user name.";
    case UrlProblem::unclosed_bracket:
      return "The relay address has an unclosed '['.";
    case UrlProblem::junk_after_host:
      return "The relay address has junk after its host.";
    case UrlProblem::empty_port:
      return "The relay address has an empty port.";
    case UrlProblem::ipv6_host:
      return "The relay address has a malformed IPv6 host.";
    case UrlProblem::no_host:
      return "The relay address has no host.";
    case UrlProblem::host:
      return "The relay address has a malformed host.";
    case UrlProblem::port:
      return "The relay address has a malformed port.";
    case UrlProblem::port_range:
      return "The relay port must be between 1 and 65535.";
    case UrlProblem::path:
      return "The relay address has a malformed path.";
  }
  return "The relay address is not usable.";
}

bool is_host_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_';
}

Parsed parse(std::string_view url) {
  RelayUrl out;
  std::string_view rest;
  if (url.substr(0, 5) == "ws://") {
    rest = url.substr(5);
  } else if (url.substr(0, 6) == "wss://") {
    out.tls = true;
    rest = url.substr(6);
  } else {
    return bad(UrlProblem::scheme);
  }
  const size_t slash = rest.find('/');
  std::string_view authority = rest.substr(0, slash);
  out.target = slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
  if (authority.find('@') != std::string_view::npos) {
    return bad(UrlProblem::user_name);
  }
  std::string_view port;
  if (!authority.empty() && authority.front() == '[') {
    const size_t close = authority.find(']');
    if (close == std::string_view::npos) return bad(UrlProblem::unclosed_bracket);
    out.host = std::string(authority.substr(1, close - 1));
    std::string_view after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') return bad(UrlProblem::junk_after_host);
      port = after.substr(1);
      if (port.empty()) return bad(UrlProblem::empty_port);
    }
    if (out.host.empty() || !std::all_of(out.host.begin(), out.host.end(), [](char c) {
          return std::isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.';
        })) {
      return bad(UrlProblem::ipv6_host);
    }
  } else {
    const size_t colon = authority.rfind(':');
    out.host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) {
      port = authority.substr(colon + 1);
      if (port.empty()) return bad(UrlProblem::empty_port);
    }
    if (out.host.empty()) return bad(UrlProblem::no_host);
    if (!std::all_of(out.host.begin(), out.host.end(), is_host_char)) {
      return bad(UrlProblem::host);
    }
  }
  if (port.empty()) {
    out.port = out.tls ? "443" : "80";
  } else {
    if (port.size() > 5 ||
        !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return bad(UrlProblem::port);
    }
    const int n = std::stoi(std::string(port));
    if (n < 1 || n > 65535) return bad(UrlProblem::port_range);
    out.port = std::string(port);
  }
  for (char c : out.target) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f) return bad(UrlProblem::path);
  }
  return out;
}

}  // namespace

Result<RelayUrl> parse_relay_url(std::string_view url) {
  Parsed parsed = parse(url);
  if (const auto* problem = std::get_if<UrlProblem>(&parsed)) {
    return Error{Errc::invalid_argument, english(*problem)};
  }
  return std::get<RelayUrl>(std::move(parsed));
}

std::optional<UrlProblem> relay_url_problem(std::string_view url) {
  Parsed parsed = parse(url);
  if (const auto* problem = std::get_if<UrlProblem>(&parsed)) return *problem;
  return std::nullopt;
}

}  // namespace relais::client_net

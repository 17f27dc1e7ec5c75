#include "server/net/options.h"

#include <boost/program_options.hpp>
#include <fstream>
#include <sstream>

#include "server/relay/log.h"

namespace relais::server {
namespace {

namespace po = boost::program_options;

}  // namespace

Result<std::pair<std::string, uint16_t>> parse_listen(const std::string& text) {
  auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) {
    return Error{Errc::invalid_argument, "--listen takes HOST:PORT, such as 127.0.0.1:7420."};
  }
  std::string host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  const std::string port_text = text.substr(colon + 1);
  if (port_text.find_first_not_of("0123456789") != std::string::npos || port_text.size() > 5) {
    return Error{Errc::invalid_argument, "The port in --listen must be a number from 0 to 65535."};
  }
  unsigned long port = std::stoul(port_text);
  if (port > 65535) return Error{Errc::invalid_argument, "The port in --listen must be a number from 0 to 65535."};
  return std::make_pair(host, static_cast<uint16_t>(port));
}

namespace {

// The line of `file` that sets `option`, for an error message; 0 when not found.
int line_of(const std::string& file, const std::string& option) {
  std::ifstream in(file);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    auto start = line.find_first_not_of(" \t");
    if (start == std::string::npos) continue;
    if (line.compare(start, option.size(), option) == 0) return n;
  }
  return 0;
}

}  // namespace

Result<Invocation> parse_invocation(const std::vector<std::string>& args) {
  Invocation inv;
  RelayConfig& c = inv.config;
  std::string listen = c.listen_host + ":" + std::to_string(c.listen_port);
  std::string config_file;
  unsigned idle_s = static_cast<unsigned>(c.idle_timeout.count());
  unsigned handshake_s = static_cast<unsigned>(c.handshake_timeout.count());

  po::options_description general("Options (each also a key of the --config file)");
  general.add_options()
      ("data", po::value(&c.data_dir), "data folder (RocksDB store, admin invites)")
      ("listen", po::value(&listen)->default_value(listen), "HOST:PORT to serve on")
      ("threads", po::value(&c.threads)->default_value(c.threads), "I/O threads")
      ("tls-cert", po::value(&c.tls_cert), "PEM certificate chain: serve wss://")
      ("tls-key", po::value(&c.tls_key), "PEM private key of --tls-cert")
      ("insecure", po::bool_switch(&c.insecure), "allow plain ws:// on a non-loopback address")
      ("max-message-bytes", po::value(&c.max_message_bytes)->default_value(c.max_message_bytes),
       "largest WebSocket message accepted")
      ("idle-timeout", po::value(&idle_s)->default_value(idle_s), "seconds of silence before a connection is closed")
      ("handshake-timeout", po::value(&handshake_s)->default_value(handshake_s), "seconds allowed for TLS and WebSocket handshakes")
      ("write-queue-max-bytes", po::value(&c.write_queue_max_bytes)->default_value(c.write_queue_max_bytes),
       "a client that lets more than this pile up unread is disconnected")
      ("require-invite", po::bool_switch(&c.require_invite), "registration needs an invite code")
      ("pow-difficulty", po::value(&c.pow_difficulty)->default_value(c.pow_difficulty),
       "leading zero bits of proof of work asked at registration")
      ("resources", po::value(&c.resources_file),
       "JSON resources directory served to clients (organisations, emergency numbers), such as "
       "/usr/share/relais/resources-be.json; the relay refuses to start if it is not JSON")
      ("log-level", po::value(&c.log_level)->default_value(c.log_level), "debug, info, warn or error")
      ("metrics", po::value(&c.metrics_listen), "HOST:PORT (loopback) serving Prometheus text at /metrics and /healthz");
  po::options_description commands("Command arguments (command line only)");
  commands.add_options()
      ("to", po::value(&inv.path), "backup: the folder to write the backup into (must not exist)")
      ("from", po::value(&inv.path), "restore: the backup folder to restore from");
  po::options_description command_line;
  command_line.add(general).add(commands).add_options()
      ("config", po::value(&config_file), "read options from this file (key = value lines)")
      ("help,h", "show this help")
      ("version", "show the version")
      ("command", po::value<std::string>(), "serve (default), admin-invite, backup or restore");
  po::positional_options_description positional;
  positional.add("command", 1);

  std::ostringstream help;
  help << "Usage: relaisd --data DIR [--listen HOST:PORT] [options] [COMMAND]\n"
       << "Commands: (none) serve; admin-invite: print a one-time code that registers an admin;\n"
       << "  backup --to DEST: a consistent copy of the store, taken while the relay serves;\n"
       << "  restore --from SRC: into a --data folder that holds no store yet\n\n"
       << command_line;
  inv.help_text = help.str();

  std::vector<const char*> argv{"relaisd"};
  for (const auto& a : args) argv.push_back(a.c_str());
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(static_cast<int>(argv.size()), argv.data())
                  .options(command_line)
                  .positional(positional)
                  .run(),
              vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return Error{Errc::invalid_argument, std::string(e.what()) + " (see relaisd --help)."};
  }
  if (vm.count("help")) {
    inv.command = Invocation::Command::help;
    return inv;
  }
  if (vm.count("version")) {
    inv.command = Invocation::Command::version;
    return inv;
  }
  if (!config_file.empty()) {
    std::ifstream in(config_file);
    if (!in) return Error{Errc::invalid_argument, "The configuration file " + config_file + " cannot be read."};
    try {
      // Values given on the command line win over the file's (store keeps the first value).
      po::store(po::parse_config_file(in, general, /*allow_unregistered=*/false), vm);
      po::notify(vm);
    } catch (const po::error& e) {
      std::string option;
      if (const auto* named = dynamic_cast<const po::error_with_option_name*>(&e)) option = named->get_option_name();
      while (!option.empty() && option.front() == '-') option.erase(0, 1);
      int line = option.empty() ? 0 : line_of(config_file, option);
      std::string where = config_file + (line > 0 ? ":" + std::to_string(line) : "");
      return Error{Errc::invalid_argument, where + ": " + e.what() + "."};
    }
  }

  if (vm.count("command")) {
    const auto command = vm["command"].as<std::string>();
    if (command == "serve") inv.command = Invocation::Command::serve;
    else if (command == "admin-invite") inv.command = Invocation::Command::admin_invite;
    else if (command == "backup") inv.command = Invocation::Command::backup;
    else if (command == "restore") inv.command = Invocation::Command::restore;
    else return Error{Errc::invalid_argument, "Unknown command '" + command + "' (see relaisd --help)."};
  }
  if (c.data_dir.empty()) return Error{Errc::invalid_argument, "--data DIR is required (see relaisd --help)."};
  if (inv.command == Invocation::Command::backup && inv.path.empty()) {
    return Error{Errc::invalid_argument, "backup needs --to DEST."};
  }
  if (inv.command == Invocation::Command::restore && inv.path.empty()) {
    return Error{Errc::invalid_argument, "restore needs --from SRC."};
  }
  if (!c.metrics_listen.empty()) {
    RELAIS_TRY_ASSIGN(auto metrics_hp, parse_listen(c.metrics_listen));
    (void)metrics_hp;
  }
  RELAIS_TRY_ASSIGN(auto hp, parse_listen(listen));
  c.listen_host = hp.first;
  c.listen_port = hp.second;
  log::Level level;
  if (!log::parse_level(c.log_level, level)) {
    return Error{Errc::invalid_argument, "--log-level must be debug, info, warn or error."};
  }
  if (c.max_message_bytes < 1024 || c.max_message_bytes > (16u << 20)) {
    return Error{Errc::invalid_argument, "--max-message-bytes must be between 1 KiB and 16 MiB."};
  }
  if (idle_s < 2 || handshake_s < 1) {
    return Error{Errc::invalid_argument, "The time-outs are too short (idle >= 2 s, handshake >= 1 s)."};
  }
  if (c.pow_difficulty > 32) return Error{Errc::invalid_argument, "--pow-difficulty is at most 32."};
  c.idle_timeout = std::chrono::seconds(idle_s);
  c.handshake_timeout = std::chrono::seconds(handshake_s);
  return inv;
}

}  // namespace relais::server

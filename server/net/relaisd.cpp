#include "server/net/relaisd.h"

#include <cstdio>
#include <iostream>

#include <filesystem>

#include "core/schedule/brussels_time.h"
#include "core/wire/frames.h"
#include "server/net/control.h"
#include "server/net/options.h"
#include "server/net/relay_server.h"
#include "server/relay/accounts.h"
#include "server/relay/log.h"
#include "server/store/kv_store.h"

namespace relais::server {

int relaisd_main(const std::vector<std::string>& args) {
  wire::silence_protobuf_logging();
  auto inv = parse_invocation(args);
  if (!inv.ok()) {
    std::cerr << "relaisd: " << inv.error().message << '\n';
    return 2;
  }
  const RelayConfig& config = inv->config;
  switch (inv->command) {
    case Invocation::Command::help:
      std::cout << inv->help_text;
      return 0;
    case Invocation::Command::version:
      std::cout << "relaisd 0.1.0 (protocol 1)\n";
      return 0;
    case Invocation::Command::admin_invite: {
      auto code = AccountService::create_admin_invite_file(config.data_dir);
      if (!code.ok()) {
        std::cerr << "relaisd: " << code.error().message << '\n';
        return 1;
      }
      std::cout << *code << '\n';
      std::cerr << "One-time code: the account that registers with it (relais register --invite CODE) "
                   "becomes an admin.\n";
      return 0;
    }
    case Invocation::Command::backup: {
      const std::string store_dir = (std::filesystem::path(config.data_dir) / "store").string();
      Status done = request_backup(config.data_dir, inv->path);
      if (!done.ok() && done.error().code == Errc::unavailable) {
        // No relay serving: open the store ourselves (it refuses if another process holds it).
        auto store = open_rocks_store({.path = store_dir, .create_if_missing = false});
        done = store.ok() ? (*store)->checkpoint(inv->path) : Status(store.error());
      }
      if (!done.ok()) {
        std::cerr << "relaisd: backup failed: " << done.error().message << '\n';
        return 1;
      }
      std::cout << "backup written to " << inv->path << '\n';
      return 0;
    }
    case Invocation::Command::restore: {
      const std::string store_dir = (std::filesystem::path(config.data_dir) / "store").string();
      Status done = restore_checkpoint(inv->path, store_dir);
      if (!done.ok()) {
        std::cerr << "relaisd: restore failed: " << done.error().message << '\n';
        return 1;
      }
      std::cout << "restored into " << config.data_dir << '\n';
      return 0;
    }
    case Invocation::Command::serve: break;
  }

  log::Level level = log::Level::info;
  log::parse_level(config.log_level, level);
  log::set_level(level);
  // Permanences open on Brussels clocks: without the time-zone database, stop here, not at the
  // first knock.
  if (Status zone = schedule::load_time_zone(); !zone.ok()) {
    std::cerr << "relaisd: " << zone.error().message << '\n';
    return 1;
  }
  auto server = RelayServer::create(config);
  if (!server.ok()) {
    std::cerr << "relaisd: " << server.error().message << '\n';
    // A configuration that cannot work (unreadable TLS files, an unusable address) exits 2 like
    // a refused command line, so systemd's RestartPreventExitStatus=2 does not retry it.
    return server.error().code == Errc::invalid_argument ? 2 : 1;
  }
  const char* scheme = config.tls_cert.empty() ? "ws" : "wss";
  std::string host = config.listen_host.find(':') != std::string::npos ? "[" + config.listen_host + "]"
                                                                        : config.listen_host;
  // The one line scripts and tests wait for: where the relay listens and how to reach it.
  std::cout << "relaisd listening on " << scheme << "://" << host << ':' << (*server)->port() << '\n'
            << "connect with: relais --home DIR register --server " << scheme << "://" << host << ':'
            << (*server)->port() << " --name PSEUDONYM" << std::endl;
  if ((*server)->metrics_port() != 0) {
    std::cout << "metrics on http://" << config.metrics_listen.substr(0, config.metrics_listen.rfind(':')) << ':'
              << (*server)->metrics_port() << "/metrics" << std::endl;
  }
  auto ran = (*server)->run();
  if (!ran.ok()) {
    std::cerr << "relaisd: " << ran.error().message << '\n';
    return 1;
  }
  return 0;
}

}  // namespace relais::server

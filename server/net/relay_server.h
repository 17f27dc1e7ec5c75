// RelayServer: relaisd's running parts — the store, RelayCore, a listener, a small fixed pool of
// threads on one io_context, TLS (reloaded on SIGHUP) and an orderly stop on SIGTERM.
#pragma once

#include <memory>
#include <string>

#include "core/base/result.h"
#include "server/relay/config.h"

namespace relais::server {

class RelayServer {
 public:
  // Opens the store and binds the listening socket; nothing is served until run().
  static Result<std::unique_ptr<RelayServer>> create(const RelayConfig& config);
  ~RelayServer();

  // The port actually bound (useful with port 0).
  uint16_t port() const;
  uint16_t metrics_port() const;  // 0 when --metrics is off
  // Serves until stop() or SIGTERM/SIGINT; returns once every connection is closed and every
  // acknowledged write is on disk.
  Status run();
  // Thread-safe; also what SIGTERM does.
  void stop();

 private:
  struct Impl;
  explicit RelayServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Whether plain ws:// may be served on this host (loopback only, unless --insecure).
bool is_loopback_host(const std::string& host);

}  // namespace relais::server

// The CLI's host loop around the sans-I/O engine: a WebSocket to the relay, the vault, and the
// order that keeps a crash harmless — events are handled, then the state is saved, then the
// frames the engine released are written.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>

#include "core/client_net/websocket_client.h"
#include "core/engine/engine.h"
#include "core/vault/vault.h"

namespace relais::cli {

uint64_t now_ms();

class RelayLink {
 public:
  using EventHandler = std::function<void(const engine::Event&)>;

  // `vault` may be null until there is one (registration); nothing waiting for a save leaves.
  RelayLink(boost::asio::io_context& io, engine::Engine& engine, vault::Vault* vault,
            std::ostream& err);
  ~RelayLink();
  RelayLink(const RelayLink&) = delete;
  RelayLink& operator=(const RelayLink&) = delete;

  void set_vault(vault::Vault* vault) { vault_ = vault; }
  // Every engine event, after the link's own handling (warnings on stderr, fatal refusals).
  void on_event(EventHandler handler) { handler_ = std::move(handler); }
  // Called for every message from the relay, after its events were handled (sync's quiet timer).
  void on_incoming(std::function<void()> handler) { incoming_ = std::move(handler); }
  // Gives up with `error` unless finish() or fail() came first.
  void set_deadline(std::chrono::milliseconds after, Error error);
  void clear_deadline();

  // Connects and runs the io_context until finish() completes or fail(); the final status.
  Status run();
  // After commands were given to the engine: save, then write what it released.
  void pump();
  // Saves, writes what is left, closes politely; run() then returns ok. Safe to call from an
  // event handler.
  void finish();
  // Stops at once; run() returns `error`.
  void fail(Error error);
  bool done() const { return done_; }

 private:
  void on_open();
  void on_message(std::string message);
  void on_closed(Status status);
  void warn(const std::string& sentence);
  void handle_common(const engine::Event& e);

  boost::asio::io_context& io_;
  engine::Engine& engine_;
  vault::Vault* vault_;
  std::ostream& err_;
  EventHandler handler_;
  std::function<void()> incoming_;
  std::unique_ptr<client_net::WebSocketClient> client_;
  boost::asio::steady_timer deadline_;
  std::optional<Error> deadline_error_;
  bool in_pump_ = false;
  bool finish_requested_ = false;
  bool finishing_ = false;
  bool done_ = false;
  Status result_;
};

}  // namespace relais::cli

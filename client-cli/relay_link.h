// The CLI's connection to the relay: a WebSocket on the caller's io_context, adapted to the
// host loop of core/profile (which handles events, saves, then writes), plus what a one-shot
// command needs around it: a deadline, a polite finish, and a failure that ends the run.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>

#include "core/client_net/websocket_client.h"
#include "core/profile/host.h"

namespace relais::cli {

uint64_t now_ms();

class RelayLink final : public profile::Transport {
 public:
  using EventHandler = std::function<void(const engine::Event&)>;

  // Takes over `host`'s handlers until it goes.
  RelayLink(boost::asio::io_context& io, profile::Host& host, std::ostream& err);
  ~RelayLink() override;
  RelayLink(const RelayLink&) = delete;
  RelayLink& operator=(const RelayLink&) = delete;

  // Every engine event, after the link's own handling (warnings on stderr, fatal refusals).
  void on_event(EventHandler handler) { handler_ = std::move(handler); }
  // Called for every message from the relay, after its turn (sync's quiet timer).
  void on_incoming(std::function<void()> handler) { incoming_ = std::move(handler); }
  // Gives up with `error` unless finish() or fail() came first.
  void set_deadline(std::chrono::milliseconds after, Error error);
  void clear_deadline();

  // Connects and runs the io_context until finish() completes or fail(); the final status.
  // Whatever ended the run, what was decided is saved.
  Status run();
  // Closes politely once what was decided is saved and written; run() then returns ok. Safe
  // to call from an event handler.
  void finish();
  // Stops at once; run() returns `error`.
  void fail(Error error);
  bool done() const { return done_; }

 private:
  // profile::Transport
  void send(std::string message) override;
  void close() override;

  void on_open();
  void on_message(const std::string& message);
  void on_closed(Status status);
  void warn(const std::string& sentence);
  void handle_common(const engine::Event& e);

  boost::asio::io_context& io_;
  profile::Host& host_;
  std::ostream& err_;
  EventHandler handler_;
  std::function<void()> incoming_;
  std::unique_ptr<client_net::WebSocketClient> client_;
  boost::asio::steady_timer deadline_;
  std::optional<Error> deadline_error_;
  bool finishing_ = false;
  bool done_ = false;
  uint64_t dropped_ = 0;  // envelopes and room entries that could not be read, this run
  Status result_;
};

}  // namespace relais::cli

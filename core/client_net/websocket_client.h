// A WebSocket client for the relay: ws:// (loopback only unless allowed) and wss:// over OpenSSL,
// verifying the relay's certificate against the system store or a given CA file, with host
// name checks. It runs on an io_context the caller owns (the CLI runs it on its own thread, the
// Qt client on a worker thread) and delivers binary messages to a callback.
//
// Not thread-safe: call it from the thread that runs the io_context (post() from others). The
// handlers run on that thread too. Sends are bounded: a full queue is an error, not more memory.
#pragma once

#include <boost/asio/io_context.hpp>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "core/base/result.h"
#include "core/client_net/url.h"

namespace relais::client_net {

struct ClientOptions {
  std::string ca_file;  // PEM file of the relay's certificate authority; empty: the system store
  std::chrono::milliseconds connect_timeout{10'000};  // resolve, TCP, TLS and WebSocket handshakes
  // With no traffic for half of this the client pings; with none at all for this long the
  // connection is considered dead.
  std::chrono::milliseconds idle_timeout{60'000};
  size_t max_message_bytes = 4 * 1024 * 1024;  // the relay gathers frames up to 1 MiB
  size_t max_queued_messages = 1024;
  size_t max_queued_bytes = 16 * 1024 * 1024;
  // Plain ws:// to anything but this machine sends everything, metadata included, in clear.
  bool allow_plain_remote = false;
};

struct ClientHandlers {
  std::function<void()> on_open;
  std::function<void(std::string message)> on_message;  // binary messages only
  // Called exactly once per connect(): ok after a close() we asked for, otherwise why the
  // connection failed or ended, as one sentence (Errc::unavailable, timeout, crypto, ...).
  std::function<void(Status)> on_closed;
};

class WebSocketClient {
 public:
  WebSocketClient(boost::asio::io_context& io, ClientOptions options, ClientHandlers handlers);
  // Abandons the connection at once; no handler runs afterwards.
  ~WebSocketClient();
  WebSocketClient(const WebSocketClient&) = delete;
  WebSocketClient& operator=(const WebSocketClient&) = delete;

  // Starts connecting; on_open or on_closed follows. One connect per object.
  void connect(const RelayUrl& url);
  // Queues a binary message (sent once open). Errc::unavailable when closed or closing, or when
  // the queue is full.
  Status send(std::string message);
  // Closes after the queued messages are written; on_closed(ok) follows.
  void close();
  bool is_open() const;

  class Impl;

 private:
  std::shared_ptr<Impl> impl_;
};

}  // namespace relais::client_net

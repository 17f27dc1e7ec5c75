// One WebSocket connection (Beast), plain or over TLS: owns its socket, lives by
// shared_from_this, runs every handler on its own strand. It hands each message to RelayCore
// and writes what RelayCore queues, with one write in flight that gathers every queued frame
// into one WebSocket message. The queue is bounded: above the high-water mark it stops reading
// the client's requests; above the maximum it drops the connection (a slow reader never grows
// the relay's memory without bound).
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <functional>
#include <memory>

#include "server/relay/relay_core.h"

namespace relais::server {

// What the server needs to track a session for shutdown.
class SessionHandle {
 public:
  virtual ~SessionHandle() = default;
  virtual void shut_down() = 0;  // close with "going away"; thread-safe
};

struct SessionHooks {
  std::function<void(SessionHandle*, std::weak_ptr<SessionHandle>)> opened;
  std::function<void(SessionHandle*)> closed;
};

// Starts a session on an accepted socket (already bound to its own strand). With `tls` set, the
// TLS handshake comes first.
void start_session(boost::asio::ip::tcp::socket socket, std::shared_ptr<boost::asio::ssl::context> tls,
                   RelayCore& core, const SessionHooks& hooks, PeerAddress peer);

}  // namespace relais::server

#include "server/net/websocket_session.h"

#include <boost/asio/bind_executor.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <deque>
#include <vector>

#include "server/relay/log.h"

namespace relais::server {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;

// Frames gathered into one WebSocket message at most: bounds one write's size.
constexpr size_t kMaxGatherFrames = 512;
constexpr size_t kMaxGatherBytes = 1u << 20;

bool expected_end(const beast::error_code& ec) {
  return ec == websocket::error::closed || ec == net::error::operation_aborted ||
         ec == net::error::eof || ec == net::error::connection_reset ||
         ec == beast::error::timeout || ec == net::ssl::error::stream_truncated;
}

template <class Next>
class WebSocketSession final : public Connection, public SessionHandle {
 public:
  template <class... Args>
  WebSocketSession(RelayCore& core, const SessionHooks& hooks, PeerAddress peer, Args&&... args)
      : ws_(std::forward<Args>(args)...),
        core_(core),
        hooks_(hooks),
        peer_(peer),
        login_deadline_(ws_.get_executor()) {}

  ~WebSocketSession() override {
    if (opened_) {
      core_.context().metrics.write_queue_bytes -= static_cast<int64_t>(queued_bytes_);
      if (hooks_.closed) hooks_.closed(this);
    }
  }

  // Counted against the connection caps from here, before any handshake; a socket past them is
  // closed at once: a reason needs a handshake, which is what such a flood costs the relay.
  void run_plain() {
    net::dispatch(ws_.get_executor(), [self = self()] {
      if (self->admitted()) self->accept_websocket();
    });
  }

  void run_tls() {
    net::dispatch(ws_.get_executor(), [self = self()] {
      if (!self->admitted()) return;
      beast::get_lowest_layer(self->ws_).expires_after(self->core_.config().handshake_timeout);
      self->ws_.next_layer().async_handshake(net::ssl::stream_base::server,
                                             [self](beast::error_code ec) {
                                               // Scanners and bad clients: not worth a log line.
                                               if (ec || self->closing_) return self->finish();
                                               self->accept_websocket();
                                             });
    });
  }

  // Connection
  void send(wire::SharedElement element) override {
    net::post(ws_.get_executor(), [self = self(), e = std::move(element)]() mutable {
      self->enqueue(std::move(e));
    });
  }
  void post(std::function<void()> fn) override { net::post(ws_.get_executor(), std::move(fn)); }
  void close(CloseReason reason) override {
    net::post(ws_.get_executor(), [self = self(), reason] { self->close_now(reason); });
  }

  // SessionHandle
  void shut_down() override { close(CloseReason::going_away); }

  void keep_alive(std::shared_ptr<void> owner) { owner_ = std::move(owner); }

 private:
  std::shared_ptr<WebSocketSession> self() {
    return std::static_pointer_cast<WebSocketSession>(Connection::shared_from_this());
  }

  bool admitted() {
    if (auto refused = core_.on_accept(self(), peer_)) {
      close_now(*refused);  // not opened: the socket is closed, no handshake
      finish();
      return false;
    }
    return true;
  }

  void accept_websocket() {
    const auto& cfg = core_.config();
    beast::get_lowest_layer(ws_).expires_never();  // the websocket stream keeps its own timers
    websocket::stream_base::timeout timeouts{};
    timeouts.handshake_timeout = cfg.handshake_timeout;
    timeouts.idle_timeout = cfg.idle_timeout;  // a ping goes out at half of it
    timeouts.keep_alive_pings = true;
    ws_.set_option(timeouts);
    ws_.set_option(websocket::stream_base::decorator([](websocket::response_type& res) {
      res.set(beast::http::field::server, "relaisd");
    }));
    ws_.read_message_max(cfg.max_message_bytes);
    ws_.binary(true);
    ws_.async_accept([self = self()](beast::error_code ec) {
      if (ec || self->closing_) return self->finish();
      self->opened_ = true;
      if (self->hooks_.opened) self->hooks_.opened(self.get(), self);
      self->core_.on_upgraded(self);
      self->read();
      self->await_login(self->core_.config().login_timeout);
    });
  }

  // A connection must log in within the time-out of its challenge. Pings keep a connection open
  // (Beast answers them) but do not extend this: a socket that never logs in goes.
  void await_login(std::chrono::steady_clock::duration within) {
    login_deadline_.expires_after(within);
    login_deadline_.async_wait([self = self()](beast::error_code ec) {
      if (ec || self->closing_ || self->state().account) return;
      if (self->state().authenticating) {
        return self->await_login(std::chrono::seconds(1));  // its registration is being stored
      }
      self->core_.context().metrics.login_timeouts++;
      self->close_now(CloseReason::login_timeout);
    });
  }

  void read() {
    if (reading_ || closing_) return;
    reading_ = true;
    ws_.async_read(buffer_, [self = self()](beast::error_code ec, size_t) { self->on_read(ec); });
  }

  void on_read(beast::error_code ec) {
    reading_ = false;
    if (ec) {
      if (ec == websocket::error::message_too_big) {
        // Beast has already closed the stream with code 1009 (message too big).
        core_.context().metrics.error(wire::FRAME_TOO_LARGE);
      } else if (!expected_end(ec)) {
        RELAIS_LOG(debug) << "connection read failed: " << ec.message();
      }
      return finish();
    }
    if (!ws_.got_binary()) {
      buffer_.consume(buffer_.size());
      core_.context().fail(*this, 0, wire::MALFORMED, "The relay reads binary messages only.");
    } else {
      auto data = buffer_.cdata();
      core_.on_message(self(), std::string_view(static_cast<const char*>(data.data()), data.size()));
      buffer_.consume(buffer_.size());
    }
    // Idle connections keep no read buffer: memory per connection stays small.
    if (buffer_.capacity() > 4096) buffer_.shrink_to_fit();
    if (queued_bytes_ > core_.config().write_queue_high_water) {
      read_paused_ = true;  // resumes once the client has read what it asked for
      return;
    }
    read();
  }

  void enqueue(wire::SharedElement element) {
    if (closing_) return;
    queued_bytes_ += element->size();
    core_.context().metrics.write_queue_bytes += static_cast<int64_t>(element->size());
    queue_.push_back(std::move(element));
    if (queued_bytes_ > core_.config().write_queue_max_bytes) {
      core_.context().metrics.slow_readers_dropped++;
      return close_now(CloseReason::too_slow);
    }
    write();
  }

  void write() {
    if (writing_ || queue_.empty() || !opened_) return;
    writing_ = true;
    in_flight_.clear();
    buffers_.clear();
    size_t bytes = 0;
    while (!queue_.empty() && in_flight_.size() < kMaxGatherFrames &&
           (in_flight_.empty() || bytes + queue_.front()->size() <= kMaxGatherBytes)) {
      bytes += queue_.front()->size();
      buffers_.emplace_back(queue_.front()->data(), queue_.front()->size());
      in_flight_.push_back(std::move(queue_.front()));
      queue_.pop_front();
    }
    ws_.async_write(buffers_, [self = self(), bytes](beast::error_code ec, size_t) {
      self->on_write(ec, bytes);
    });
  }

  void on_write(beast::error_code ec, size_t bytes) {
    writing_ = false;
    queued_bytes_ -= bytes;
    core_.context().metrics.write_queue_bytes -= static_cast<int64_t>(bytes);
    in_flight_.clear();
    if (ec) {
      if (!expected_end(ec)) RELAIS_LOG(debug) << "connection write failed: " << ec.message();
      beast::get_lowest_layer(ws_).socket().close(ec);
      return;
    }
    if (closing_) {
      if (queue_.empty()) return send_close();
    }
    if (read_paused_ && queued_bytes_ <= core_.config().write_queue_high_water / 2) {
      read_paused_ = false;
      read();
    }
    write();
  }

  void close_now(CloseReason reason) {
    if (closing_) return;
    closing_ = true;
    switch (reason) {
      case CloseReason::too_slow: {
        // No goodbye for a reader that does not read: cut the socket.
        queue_.clear();
        beast::error_code ignored;
        beast::get_lowest_layer(ws_).socket().close(ignored);
        return;
      }
      case CloseReason::going_away: close_code_ = websocket::close_code::going_away; break;
      case CloseReason::replaced:
      case CloseReason::policy:
      case CloseReason::login_timeout:
        close_code_ = websocket::close_code::policy_error;
        break;
      // 1013: the client may try again later, when a place is free.
      case CloseReason::too_many_unauthenticated:
      case CloseReason::too_many_from_address:
      case CloseReason::too_many_from_network:
      case CloseReason::displaced:
        close_code_ = websocket::close_code::try_again_later;
        break;
    }
    close_reason_ = Connection::describe(reason);
    if (!opened_) {
      beast::error_code ignored;
      beast::get_lowest_layer(ws_).socket().close(ignored);
      return;
    }
    if (!writing_) send_close();  // otherwise after the queued frames are written
  }

  void send_close() {
    if (close_sent_) return;
    close_sent_ = true;
    websocket::close_reason why(close_code_, close_reason_);
    ws_.async_close(why, [self = self()](beast::error_code) {});
  }

  // The read loop has ended: the connection is gone for the relay.
  void finish() {
    if (finished_) return;
    finished_ = true;
    closing_ = true;
    login_deadline_.cancel();
    core_.on_close(self());
  }

  std::shared_ptr<void> owner_;  // declared first: destroyed after the stream that uses it
  websocket::stream<Next> ws_;
  RelayCore& core_;
  const SessionHooks& hooks_;
  PeerAddress peer_;
  beast::flat_buffer buffer_;
  std::deque<wire::SharedElement> queue_;
  std::vector<wire::SharedElement> in_flight_;
  std::vector<net::const_buffer> buffers_;
  size_t queued_bytes_ = 0;
  net::steady_timer login_deadline_;
  websocket::close_code close_code_ = websocket::close_code::normal;
  const char* close_reason_ = "";
  bool opened_ = false;
  bool reading_ = false;
  bool read_paused_ = false;
  bool writing_ = false;
  bool closing_ = false;
  bool close_sent_ = false;
  bool finished_ = false;
};

}  // namespace

void start_session(tcp::socket socket, std::shared_ptr<net::ssl::context> tls, RelayCore& core,
                   const SessionHooks& hooks, PeerAddress peer) {
  if (tls) {
    using Next = beast::ssl_stream<beast::tcp_stream>;
    auto session = std::make_shared<WebSocketSession<Next>>(core, hooks, peer,
                                                            beast::tcp_stream(std::move(socket)), *tls);
    session->keep_alive(tls);  // a reloaded certificate must not free the context under it
    session->run_tls();
  } else {
    auto session =
        std::make_shared<WebSocketSession<beast::tcp_stream>>(core, hooks, peer, std::move(socket));
    session->run_plain();
  }
}

}  // namespace relais::server

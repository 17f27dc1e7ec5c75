#include "core/client_net/websocket_client.h"

#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <deque>
#include <optional>

namespace relais::client_net {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;

using PlainSocket = websocket::stream<beast::tcp_stream>;
using TlsSocket = websocket::stream<beast::ssl_stream<beast::tcp_stream>>;

class WebSocketClient::Impl : public std::enable_shared_from_this<WebSocketClient::Impl> {
 public:
  Impl(asio::io_context& io, ClientOptions options, ClientHandlers handlers)
      : io_(io),
        options_(std::move(options)),
        handlers_(std::move(handlers)),
        resolver_(io),
        deadline_(io) {}

  void connect(const RelayUrl& url) {
    if (started_) return fail(Errc::internal, "This connection was already started.");
    started_ = true;
    url_ = url;
    where_ = url.host + ":" + url.port;
    if (url.tls) {
      tls_ctx_.emplace(ssl::context::tls_client);
      tls_ctx_->set_options(ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                            ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
      tls_ctx_->set_verify_mode(ssl::verify_peer);
      beast::error_code ec;
      if (options_.ca_file.empty()) {
        tls_ctx_->set_default_verify_paths(ec);
        if (ec) return post_fail(Errc::crypto, "The system's certificate store could not be read.");
      } else {
        tls_ctx_->load_verify_file(options_.ca_file, ec);
        if (ec) {
          return post_fail(Errc::invalid_argument, "The CA file " + options_.ca_file +
                                                       " could not be read as PEM certificates.");
        }
      }
      tls_.emplace(io_, *tls_ctx_);
    } else {
      plain_.emplace(io_);
    }
    deadline_.expires_after(options_.connect_timeout);
    deadline_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (ec || self->open_ || self->finished_) return;
      self->timed_out_ = true;
      self->abort();
    });
    resolver_.async_resolve(
        url.host, url.port,
        [self = shared_from_this()](beast::error_code ec, tcp::resolver::results_type results) {
          self->on_resolve(ec, std::move(results));
        });
  }

  Status send(std::string message) {
    if (finished_ || closing_ || !started_) {
      return Error{Errc::unavailable, "The connection to the relay is closed."};
    }
    if (queue_.size() >= options_.max_queued_messages ||
        queued_bytes_ + message.size() > options_.max_queued_bytes) {
      return Error{Errc::unavailable, "Too many messages wait to be sent to the relay."};
    }
    queued_bytes_ += message.size();
    queue_.push_back(std::move(message));
    if (open_ && !writing_) write_next();
    return ok_status();
  }

  void close() {
    if (finished_ || closing_) return;
    closing_ = true;
    if (!open_) return finish(ok_status());  // still connecting: nothing to close politely
    if (!writing_) close_socket_politely();
  }

  bool is_open() const { return open_ && !finished_; }

  // The facade is going: no handler may run any more.
  void detach() {
    handlers_ = {};
    finished_ = true;
    abort();
  }

 private:
  template <class F>
  void with_socket(F&& f) {
    if (tls_) {
      f(*tls_);
    } else if (plain_) {
      f(*plain_);
    }
  }

  void on_resolve(beast::error_code ec, tcp::resolver::results_type results) {
    if (finished_) return;
    if (ec) {
      if (timed_out_) return fail_timeout();
      return fail(Errc::unavailable,
                  "The relay's host name " + url_.host + " could not be resolved.");
    }
    if (!url_.tls && !options_.allow_plain_remote) {
      for (const auto& entry : results) {
        if (!entry.endpoint().address().is_loopback()) {
          return fail(
              Errc::permission,
              "Plain ws:// is only allowed to this machine; use wss:// for a remote relay.");
        }
      }
    }
    with_socket([&](auto& ws) {
      beast::get_lowest_layer(ws).async_connect(
          results, [self = shared_from_this()](beast::error_code e, const tcp::endpoint&) {
            self->on_tcp_connect(e);
          });
    });
  }

  void on_tcp_connect(beast::error_code ec) {
    if (finished_) return;
    if (ec) {
      if (timed_out_) return fail_timeout();
      return fail(Errc::unavailable,
                  "The relay at " + where_ + " is unreachable (" + ec.message() + ").");
    }
    if (!tls_) return websocket_handshake(*plain_);
    SSL* native = tls_->next_layer().native_handle();
    beast::error_code ip_ec;
    asio::ip::make_address(url_.host, ip_ec);
    if (ip_ec) {
      // A name: send it for SNI and require the certificate to carry it.
      // SSL_set_tlsext_host_name without its macro's C cast.
      SSL_ctrl(native, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
               const_cast<char*>(url_.host.c_str()));
      SSL_set1_host(native, url_.host.c_str());
    } else {
      X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(native), url_.host.c_str());
    }
    tls_->next_layer().async_handshake(
        ssl::stream_base::client,
        [self = shared_from_this()](beast::error_code e) { self->on_tls_handshake(e); });
  }

  void on_tls_handshake(beast::error_code ec) {
    if (finished_) return;
    if (ec) {
      if (timed_out_) return fail_timeout();
      const long verify = SSL_get_verify_result(tls_->next_layer().native_handle());
      if (verify != X509_V_OK) {
        return fail(Errc::crypto, std::string("The relay's TLS certificate is not trusted (") +
                                      X509_verify_cert_error_string(verify) + ").");
      }
      return fail(Errc::crypto, "The TLS handshake with the relay at " + where_ + " failed (" +
                                    ec.message() + ").");
    }
    websocket_handshake(*tls_);
  }

  template <class Socket>
  void websocket_handshake(Socket& ws) {
    beast::get_lowest_layer(ws).expires_never();  // the WebSocket layer keeps its own time
    websocket::stream_base::timeout timeouts{};
    timeouts.handshake_timeout = options_.connect_timeout;
    timeouts.idle_timeout = options_.idle_timeout;
    timeouts.keep_alive_pings = true;
    ws.set_option(timeouts);
    // No User-Agent: the relay has no use for knowing which client or library version we are.
    ws.set_option(websocket::stream_base::decorator(
        [](websocket::request_type& req) { req.erase(beast::http::field::user_agent); }));
    ws.read_message_max(options_.max_message_bytes);
    ws.binary(true);
    const std::string host =
        url_.host.find(':') != std::string::npos ? "[" + url_.host + "]" : url_.host;
    ws.async_handshake(
        host + ":" + url_.port, url_.target,
        [self = shared_from_this()](beast::error_code e) { self->on_websocket_handshake(e); });
  }

  void on_websocket_handshake(beast::error_code ec) {
    if (finished_) return;
    if (ec) {
      if (timed_out_) return fail_timeout();
      return fail(Errc::unavailable, "The server at " + where_ +
                                         " did not accept a WebSocket connection (" + ec.message() +
                                         ").");
    }
    open_ = true;
    deadline_.cancel();
    // Copies: a handler may end the connection, which clears handlers_ under its feet.
    if (auto on_open = handlers_.on_open) on_open();
    if (finished_) return;
    read_next();
    if (closing_ && !writing_) {
      close_socket_politely();
    } else if (!queue_.empty() && !writing_) {
      write_next();
    }
  }

  void read_next() {
    with_socket([&](auto& ws) {
      ws.async_read(buffer_, [self = shared_from_this()](beast::error_code ec, size_t) {
        self->on_read(ec);
      });
    });
  }

  void on_read(beast::error_code ec) {
    if (finished_) return;
    if (ec) {
      if (ec == websocket::error::closed) {
        if (closing_) return finish(ok_status());
        return fail(Errc::unavailable, "The relay closed the connection.");
      }
      if (ec == asio::error::operation_aborted && closing_) return;
      if (ec == beast::error::timeout) {
        return fail(Errc::timeout, "The relay stopped answering; the connection timed out.");
      }
      if (ec == websocket::error::message_too_big) {
        return fail(Errc::protocol, "The relay sent a message larger than this client accepts.");
      }
      return fail(Errc::unavailable,
                  "The connection to the relay was lost (" + ec.message() + ").");
    }
    bool text = false;
    with_socket([&](auto& ws) { text = ws.got_text(); });
    std::string message = beast::buffers_to_string(buffer_.data());
    buffer_.consume(buffer_.size());
    // The protocol is binary only; a text message is not ours to interpret.
    if (!text) {
      if (auto on_message = handlers_.on_message) on_message(std::move(message));
    }
    if (finished_) return;
    read_next();
  }

  void write_next() {
    writing_ = true;
    with_socket([&](auto& ws) {
      ws.async_write(
          asio::buffer(queue_.front()),
          [self = shared_from_this()](beast::error_code ec, size_t) { self->on_write(ec); });
    });
  }

  void on_write(beast::error_code ec) {
    writing_ = false;
    if (finished_) return;
    if (ec) {
      return fail(Errc::unavailable,
                  "The connection to the relay was lost (" + ec.message() + ").");
    }
    queued_bytes_ -= queue_.front().size();
    queue_.pop_front();
    if (!queue_.empty()) return write_next();
    if (closing_) close_socket_politely();
  }

  void close_socket_politely() {
    with_socket([&](auto& ws) {
      ws.async_close(websocket::close_code::normal, [self = shared_from_this()](beast::error_code) {
        // Closed or not, we are done with this connection.
        self->finish(ok_status());
      });
    });
  }

  void fail_timeout() {
    fail(Errc::timeout, "The relay at " + where_ + " did not answer within " +
                            std::to_string(options_.connect_timeout.count() / 1000) + " seconds.");
  }

  void post_fail(Errc code, std::string message) {
    asio::post(io_, [self = shared_from_this(), code, m = std::move(message)]() mutable {
      self->fail(code, std::move(m));
    });
  }

  void fail(Errc code, std::string message) { finish(Error{code, std::move(message)}); }

  void finish(Status status) {
    if (finished_) return;
    finished_ = true;
    open_ = false;
    abort();
    auto on_closed = std::move(handlers_.on_closed);
    handlers_ = {};
    if (on_closed) on_closed(std::move(status));
  }

  // Cancels everything in flight; their handlers see operation_aborted.
  void abort() {
    deadline_.cancel();
    resolver_.cancel();
    with_socket([](auto& ws) {
      beast::error_code ignored;
      beast::get_lowest_layer(ws).socket().close(ignored);
    });
  }

  asio::io_context& io_;
  ClientOptions options_;
  ClientHandlers handlers_;
  tcp::resolver resolver_;
  asio::steady_timer deadline_;
  std::optional<ssl::context> tls_ctx_;
  std::optional<TlsSocket> tls_;
  std::optional<PlainSocket> plain_;
  RelayUrl url_;
  std::string where_;
  beast::flat_buffer buffer_;
  std::deque<std::string> queue_;
  size_t queued_bytes_ = 0;
  bool started_ = false;
  bool open_ = false;
  bool writing_ = false;
  bool closing_ = false;
  bool timed_out_ = false;
  bool finished_ = false;
};

WebSocketClient::WebSocketClient(asio::io_context& io, ClientOptions options,
                                 ClientHandlers handlers)
    : impl_(std::make_shared<Impl>(io, std::move(options), std::move(handlers))) {}

WebSocketClient::~WebSocketClient() {
  impl_->detach();
}

void WebSocketClient::connect(const RelayUrl& url) {
  impl_->connect(url);
}
Status WebSocketClient::send(std::string message) {
  return impl_->send(std::move(message));
}
void WebSocketClient::close() {
  impl_->close();
}
bool WebSocketClient::is_open() const {
  return impl_->is_open();
}

}  // namespace relais::client_net

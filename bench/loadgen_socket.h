// One generator connection's WebSocket to the relay, shared by the one-to-one and the room
// scenarios: open (from a chosen loopback source address), connect, handshake, a read loop, and
// the frames queued meanwhile written as one message. The owner keeps its protocol state and is
// called back on its worker's thread:
//   bool stopping() const          the owner is closing: finish instead of going on
//   void on_open()                 the handshake is done
//   void on_message(const void* data, size_t size)
//                                  one message read; the bytes stay valid until the owner calls
//                                  read() again, which it does to go on reading
//   void on_written()              a write finished; the owner may flush() again
//   void fail(beast::error_code ec, std::string what)
//   void finish_if_idle()          the owner checks busy() and ends the connection
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/websocket.hpp>
#include <optional>
#include <string>

namespace relais::bench {

// The transport count's name for a failure that has no name of its own.
inline std::string transport_failure_name(boost::beast::error_code ec) {
  namespace net = boost::asio;
  if (ec == boost::beast::websocket::error::closed) return "closed_by_relay";
  if (ec == net::error::eof || ec == net::error::connection_reset) return "reset_by_relay";
  return "error_" + ec.message();
}

template <class Owner>
class BenchSocket {
 public:
  using tcp = boost::asio::ip::tcp;
  using error_code = boost::beast::error_code;

  BenchSocket(Owner& owner, boost::asio::io_context& ioc) : owner_(owner), ioc_(ioc) {}

  // A new socket (the previous one, if any, is dropped), bound to `source` when not empty, and
  // the connection begun. False with `failure` named when no socket could be made (out of
  // descriptors or ports): then nothing is in flight.
  bool start(const tcp::endpoint& server, const std::string& host_header,
             const std::string& source, std::string& failure) {
    namespace net = boost::asio;
    ws_.emplace(ioc_);
    in_.consume(in_.size());
    out_pending_.clear();
    auto& socket = ws_->next_layer();
    error_code ec;
    socket.open(tcp::v4(), ec);
    if (!ec && !source.empty()) socket.bind(tcp::endpoint(net::ip::make_address_v4(source), 0), ec);
    if (ec) {
      failure = ec == net::error::no_descriptors ? "no_descriptors" : "bind_failed";
      return false;
    }
    host_header_ = host_header;
    connecting_ = true;
    socket.async_connect(server, [this](error_code e) { on_connect(e); });
    return true;
  }

  void read() {
    in_.consume(in_.size());  // the message before, which the owner has parsed
    reading_ = true;
    ws_->async_read(in_, [this](error_code ec, size_t) {
      reading_ = false;
      if (ec) return owner_.fail(ec, {});
      if (owner_.stopping()) return owner_.finish_if_idle();
      const auto data = in_.cdata();
      owner_.on_message(data.data(), data.size());
    });
  }

  // Frames to send with the next write.
  std::string& queued() { return out_pending_; }
  // Writes what is queued as one message, unless a write is in flight (its end writes the rest).
  void write_queued() {
    if (writing_ || !ws_ || out_pending_.empty()) return;
    out_writing_.swap(out_pending_);
    out_pending_.clear();
    writing_ = true;
    ws_->async_write(boost::asio::buffer(out_writing_), [this](error_code ec, size_t) {
      writing_ = false;
      if (ec) return owner_.fail(ec, {});
      if (owner_.stopping()) return owner_.finish_if_idle();
      owner_.on_written();
    });
  }

  // Cuts the connection at once: no goodbye, the relay treats it as a reset. Handlers in
  // flight finish with an error.
  void close() {
    error_code ignored;
    if (ws_) ws_->next_layer().close(ignored);
  }

  bool started() const { return ws_.has_value(); }
  bool busy() const { return connecting_ || reading_ || writing_; }

 private:
  void on_connect(error_code ec) {
    namespace websocket = boost::beast::websocket;
    connecting_ = false;
    if (ec) return owner_.fail(ec, "connect_failed");
    if (owner_.stopping()) return owner_.finish_if_idle();
    error_code ignored;
    ws_->next_layer().set_option(tcp::no_delay(true), ignored);
    ws_->set_option(websocket::stream_base::timeout::suggested(boost::beast::role_type::client));
    ws_->read_message_max(4u << 20);  // the relay gathers up to 1 MiB of frames per message
    ws_->binary(true);
    connecting_ = true;
    ws_->async_handshake(host_header_, "/", [this](error_code e) {
      connecting_ = false;
      if (e) return owner_.fail(e, "handshake_failed");
      if (owner_.stopping()) return owner_.finish_if_idle();
      owner_.on_open();
    });
  }

  Owner& owner_;
  boost::asio::io_context& ioc_;
  std::optional<boost::beast::websocket::stream<tcp::socket>> ws_;
  std::string host_header_;
  boost::beast::flat_buffer in_;
  std::string out_pending_;
  std::string out_writing_;
  bool connecting_ = false;
  bool reading_ = false;
  bool writing_ = false;
};

}  // namespace relais::bench

// The relay over real sockets: a RelayServer on a free loopback port and Beast clients. What
// the WebSocket layer does with text, oversize messages and a stop, while others are served.
#include "server/net/relay_server.h"

#include <gtest/gtest.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <thread>

#include "core/wire/frames.h"
#include "tests/support/temp_dir.h"

namespace relais::server {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = net::ip::tcp;

class Client {
 public:
  explicit Client(uint16_t port) : ws_(ioc_) {
    tcp::resolver resolver(ioc_);
    net::connect(ws_.next_layer(), resolver.resolve("127.0.0.1", std::to_string(port)));
    ws_.handshake("127.0.0.1", "/");
    ws_.binary(true);
  }
  wire::ServerBatch read() {
    beast::flat_buffer buffer;
    ws_.read(buffer);
    auto data = buffer.cdata();
    auto batch = wire::decode_server_batch(std::string_view(static_cast<const char*>(data.data()), data.size()));
    EXPECT_TRUE(batch.ok());
    return batch.ok() ? *batch : wire::ServerBatch{};
  }
  beast::error_code read_error() {
    beast::flat_buffer buffer;
    beast::error_code ec;
    ws_.read(buffer, ec);
    return ec;
  }
  void write(const std::string& bytes, bool binary = true) {
    ws_.binary(binary);
    ws_.write(net::buffer(bytes));
    ws_.binary(true);
  }
  websocket::close_reason reason() const { return ws_.reason(); }
  void ws_ping() { ws_.ping({}); }

 private:
  net::io_context ioc_;
  websocket::stream<tcp::socket> ws_;
};

std::string ping(uint64_t id) {
  wire::ClientFrame f;
  f.set_id(id);
  f.mutable_ping();
  return wire::encode_client_batch({f});
}

class RelayServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    config_.data_dir = dir_.path().string();
    config_.listen_port = 0;
    config_.max_message_bytes = 4096;
    start();
  }
  void start() {
    auto server = RelayServer::create(config_);
    ASSERT_TRUE(server.ok()) << server.error().message;
    server_ = std::move(*server);
    thread_ = std::thread([this] { EXPECT_TRUE(server_->run().ok()); });
  }
  void TearDown() override {
    if (thread_.joinable()) {
      server_->stop();
      thread_.join();
    }
  }
  void expect_serving() {
    Client other(server_->port());
    ASSERT_TRUE(other.read().frames(0).has_challenge());
    other.write(ping(5));
    auto answer = other.read();
    ASSERT_EQ(answer.frames_size(), 1);
    EXPECT_TRUE(answer.frames(0).has_pong());
  }

  RelayConfig config_;
  relais::testing::TempDir dir_;
  std::unique_ptr<RelayServer> server_;
  std::thread thread_;
};

TEST_F(RelayServerTest, ChallengeThenPingPong) {
  Client c(server_->port());
  auto first = c.read();
  ASSERT_EQ(first.frames_size(), 1);
  EXPECT_EQ(first.frames(0).challenge().nonce().size(), 32u);
  EXPECT_EQ(first.frames(0).challenge().max_message_bytes(), 4096u);
  c.write(ping(1));
  EXPECT_EQ(c.read().frames(0).id(), 1u);
}

TEST_F(RelayServerTest, TextMessagesAreMalformed) {
  Client c(server_->port());
  c.read();
  c.write("hello?", /*binary=*/false);
  auto answer = c.read();
  ASSERT_TRUE(answer.frames(0).has_error());
  EXPECT_EQ(answer.frames(0).error().code(), wire::MALFORMED);
  c.write(ping(2));
  EXPECT_TRUE(c.read().frames(0).has_pong());
}

TEST_F(RelayServerTest, OversizeMessageClosesThatConnectionOnly) {
  Client c(server_->port());
  c.read();
  c.write(std::string(8192, 'x'));
  // The relay fails the connection with close code 1009; the client sees that close frame, or
  // (when the relay's socket is already gone as the client answers the close) a broken pipe.
  auto ec = c.read_error();
  ASSERT_TRUE(ec);
  if (ec == websocket::error::closed) {
    EXPECT_EQ(c.reason().code, websocket::close_code::too_big);
  }
  expect_serving();
}

TEST_F(RelayServerTest, StopClosesConnectionsAsGoingAway) {
  Client c(server_->port());
  c.read();
  server_->stop();
  auto ec = c.read_error();
  EXPECT_EQ(ec, websocket::error::closed);
  EXPECT_EQ(c.reason().code, websocket::close_code::going_away);
  thread_.join();
}

// A connection that never logs in is closed at the log-in deadline, however busy it keeps the
// connection: WebSocket pings and Ping requests do not extend it. Others are served meanwhile.
class LoginDeadlineTest : public RelayServerTest {
 protected:
  void SetUp() override {
    config_.data_dir = dir_.path().string();
    config_.listen_port = 0;
    config_.login_timeout = std::chrono::seconds(1);
    start();
  }
};

TEST_F(LoginDeadlineTest, PingsDoNotKeepAConnectionThatNeverLogsIn) {
  Client idler(server_->port());
  ASSERT_TRUE(idler.read().frames(0).has_challenge());
  const auto start = std::chrono::steady_clock::now();
  beast::error_code ec;
  for (uint64_t i = 1; i < 40 && !ec; ++i) {
    idler.ws_ping();
    idler.write(ping(i));
    ec = idler.read_error();  // the Pong, until the relay closes
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  const auto after = std::chrono::steady_clock::now() - start;
  ASSERT_EQ(ec, websocket::error::closed);
  EXPECT_EQ(idler.reason().code, websocket::close_code::policy_error);
  EXPECT_EQ(std::string(idler.reason().reason.data(), idler.reason().reason.size()), "no log-in in time");
  EXPECT_GE(after, std::chrono::milliseconds(900));
  EXPECT_LT(after, std::chrono::seconds(4));
  expect_serving();
}

class ConnectionCapTest : public RelayServerTest {
 protected:
  void SetUp() override {
    config_.data_dir = dir_.path().string();
    config_.listen_port = 0;
    config_.max_unauthenticated_per_address = 2;
    start();
  }
};

TEST_F(ConnectionCapTest, OneConnectionTooManyIsClosedBeforeItsHandshake) {
  Client a(server_->port()), b(server_->port());
  ASSERT_TRUE(a.read().frames(0).has_challenge());
  ASSERT_TRUE(b.read().frames(0).has_challenge());
  // The third is closed at once, before its handshake: counted from accept(), a socket that
  // never finishes its handshake cannot escape the cap.
  EXPECT_THROW(Client c(server_->port()), boost::system::system_error);
  // The two waiting are still served.
  a.write(ping(3));
  EXPECT_TRUE(a.read().frames(0).has_pong());
}

}  // namespace
}  // namespace relais::server

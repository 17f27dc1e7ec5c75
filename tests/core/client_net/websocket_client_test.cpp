#include "core/client_net/websocket_client.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <fstream>
#include <memory>
#include <optional>

#include "tests/support/temp_dir.h"

namespace relais::client_net {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

// ---- A self-signed certificate made with OpenSSL's API, for "localhost" only.
struct TestCert {
  std::string cert_pem;
  std::string key_pem;
};

std::string bio_string(BIO* bio) {
  char* data = nullptr;
  const long n = BIO_get_mem_data(bio, &data);
  return std::string(data, static_cast<size_t>(n));
}

TestCert make_self_signed(const char* san) {
  EVP_PKEY* key = EVP_EC_gen("P-256");
  X509* x = X509_new();
  X509_set_version(x, 2);
  ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
  X509_gmtime_adj(X509_getm_notBefore(x), -60);
  X509_gmtime_adj(X509_getm_notAfter(x), 3600);
  X509_set_pubkey(x, key);
  X509_NAME* name = X509_get_subject_name(x);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char*>("relais test"), -1, -1, 0);
  X509_set_issuer_name(x, name);
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
  for (auto [nid, value] : {std::pair{NID_subject_alt_name, san},
                            std::pair{NID_basic_constraints, "critical,CA:TRUE"}}) {
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    X509_add_ext(x, ext, -1);
    X509_EXTENSION_free(ext);
  }
  X509_sign(x, key, EVP_sha256());
  BIO* cb = BIO_new(BIO_s_mem());
  PEM_write_bio_X509(cb, x);
  BIO* kb = BIO_new(BIO_s_mem());
  PEM_write_bio_PrivateKey(kb, key, nullptr, nullptr, 0, nullptr, nullptr);
  TestCert out{bio_string(cb), bio_string(kb)};
  BIO_free(cb);
  BIO_free(kb);
  X509_free(x);
  EVP_PKEY_free(key);
  return out;
}

// ---- A tiny WebSocket server on 127.0.0.1:0: echoes binary messages, optionally greets first.
struct ServerBehaviour {
  std::optional<std::string> greeting;  // sent on accept
  bool greeting_as_text = false;
  bool never_accept_websocket = false;  // accept TCP, then say nothing
};

ServerBehaviour greeting(std::string message, bool as_text = false) {
  ServerBehaviour b;
  b.greeting = std::move(message);
  b.greeting_as_text = as_text;
  return b;
}

ServerBehaviour silent() {
  ServerBehaviour b;
  b.never_accept_websocket = true;
  return b;
}

template <class Socket>
class EchoSession : public std::enable_shared_from_this<EchoSession<Socket>> {
 public:
  EchoSession(Socket ws, ServerBehaviour b) : ws_(std::move(ws)), b_(std::move(b)) {}

  void start() {
    if constexpr (std::is_same_v<Socket, websocket::stream<beast::ssl_stream<beast::tcp_stream>>>) {
      ws_.next_layer().async_handshake(ssl::stream_base::server,
                                       [self = this->shared_from_this()](beast::error_code ec) {
                                         if (!ec) self->accept();
                                       });
    } else {
      accept();
    }
  }

 private:
  void accept() {
    ws_.async_accept([self = this->shared_from_this()](beast::error_code ec) {
      if (ec) return;
      if (self->b_.greeting) {
        self->ws_.text(self->b_.greeting_as_text);
        self->ws_.async_write(asio::buffer(*self->b_.greeting),
                              [self](beast::error_code e, size_t) {
                                if (e) return;
                                self->ws_.binary(true);
                                self->read();
                              });
        return;
      }
      self->read();
    });
  }
  void read() {
    ws_.async_read(buf_, [self = this->shared_from_this()](beast::error_code ec, size_t) {
      if (ec) return;
      self->echo_ = beast::buffers_to_string(self->buf_.data());
      self->buf_.consume(self->buf_.size());
      self->ws_.binary(true);
      self->ws_.async_write(asio::buffer(self->echo_), [self](beast::error_code e, size_t) {
        if (!e) self->read();
      });
    });
  }

  Socket ws_;
  ServerBehaviour b_;
  beast::flat_buffer buf_;
  std::string echo_;
};

class TestServer {
 public:
  TestServer(asio::io_context& io, ServerBehaviour b, std::optional<TestCert> cert = std::nullopt)
      : acceptor_(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)), b_(b) {
    if (cert) {
      tls_.emplace(ssl::context::tls_server);
      tls_->use_certificate_chain(asio::buffer(cert->cert_pem));
      tls_->use_private_key(asio::buffer(cert->key_pem), ssl::context::pem);
    }
    accept();
  }
  std::string port() const { return std::to_string(acceptor_.local_endpoint().port()); }

 private:
  void accept() {
    acceptor_.async_accept([this](beast::error_code ec, tcp::socket socket) {
      if (ec) return;
      if (b_.never_accept_websocket) {
        silent_.push_back(std::move(socket));
      } else if (tls_) {
        using S = websocket::stream<beast::ssl_stream<beast::tcp_stream>>;
        std::make_shared<EchoSession<S>>(S(beast::tcp_stream(std::move(socket)), *tls_), b_)
            ->start();
      } else {
        using S = websocket::stream<beast::tcp_stream>;
        std::make_shared<EchoSession<S>>(S(std::move(socket)), b_)->start();
      }
      accept();
    });
  }

  tcp::acceptor acceptor_;
  ServerBehaviour b_;
  std::optional<ssl::context> tls_;
  std::vector<tcp::socket> silent_;
};

// ---- Client side: records what the handlers saw.
struct Recorder {
  bool opened = false;
  std::vector<std::string> messages;
  std::optional<Status> closed;
};

ClientHandlers recording(Recorder& r, asio::io_context& io, std::function<void()> on_open = {}) {
  ClientHandlers h;
  h.on_open = [&r, on_open] {
    r.opened = true;
    if (on_open) on_open();
  };
  h.on_message = [&r](std::string m) { r.messages.push_back(std::move(m)); };
  h.on_closed = [&r, &io](Status s) {
    r.closed = std::move(s);
    io.stop();
  };
  return h;
}

RelayUrl url(const std::string& text) {
  auto u = parse_relay_url(text);
  EXPECT_TRUE(u.ok()) << text;
  return u.ok() ? *u : RelayUrl{};
}

void run_for(asio::io_context& io, std::chrono::milliseconds limit) {
  io.restart();
  io.run_for(limit);
}

TEST(RelayUrl, ParsesTheForms) {
  auto a = parse_relay_url("ws://127.0.0.1:8080");
  ASSERT_TRUE(a.ok());
  EXPECT_FALSE(a->tls);
  EXPECT_EQ(a->host, "127.0.0.1");
  EXPECT_EQ(a->port, "8080");
  EXPECT_EQ(a->target, "/");
  auto b = parse_relay_url("wss://relay.example.be/ws");
  ASSERT_TRUE(b.ok());
  EXPECT_TRUE(b->tls);
  EXPECT_EQ(b->port, "443");
  EXPECT_EQ(b->target, "/ws");
  auto c = parse_relay_url("ws://[::1]:9000/");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->host, "::1");
  EXPECT_EQ(c->port, "9000");
}

TEST(RelayUrl, RejectsMalformed) {
  for (const char* bad :
       {"", "http://x:1", "ws://", "ws://:80", "ws://host:", "ws://host:0", "ws://host:65536",
        "ws://host:12a", "ws://user@host:1", "ws://ho st:1", "ws://[::1", "ws://[::1]x",
        "ws://[zz]:1", "ws://h:1/a b", "wss://host:123456"}) {
    auto r = parse_relay_url(bad);
    EXPECT_FALSE(r.ok()) << bad;
    if (!r.ok()) {
      EXPECT_EQ(r.error().code, Errc::invalid_argument);
    }
    EXPECT_TRUE(relay_url_problem(bad).has_value()) << bad;  // the same verdict, typed
  }
  // Each problem typed, for a client to word in the person's language.
  EXPECT_EQ(relay_url_problem("http://x:1"), UrlProblem::scheme);
  EXPECT_EQ(relay_url_problem("ws://user@host:1"), UrlProblem::user_name);
  EXPECT_EQ(relay_url_problem("ws://[::1"), UrlProblem::unclosed_bracket);
  EXPECT_EQ(relay_url_problem("ws://[::1]x"), UrlProblem::junk_after_host);
  EXPECT_EQ(relay_url_problem("ws://host:"), UrlProblem::empty_port);
  EXPECT_EQ(relay_url_problem("ws://[zz]:1"), UrlProblem::ipv6_host);
  EXPECT_EQ(relay_url_problem("ws://:80"), UrlProblem::no_host);
  EXPECT_EQ(relay_url_problem("ws://ho st:1"), UrlProblem::host);
  EXPECT_EQ(relay_url_problem("ws://host:12a"), UrlProblem::port);
  EXPECT_EQ(relay_url_problem("ws://host:0"), UrlProblem::port_range);
  EXPECT_EQ(relay_url_problem("ws://h:1/a b"), UrlProblem::path);
  EXPECT_EQ(relay_url_problem("wss://relay.example.be/ws"), std::nullopt);
  EXPECT_EQ(parse_relay_url("http://x:1").error().message,
            "The relay address must start with ws:// or wss://.");
}

TEST(WebSocketClient, EchoesBinaryMessagesAndClosesCleanly) {
  asio::io_context io;
  TestServer server(io, {});
  Recorder r;
  WebSocketClient* client_ptr = nullptr;
  ClientHandlers h = recording(r, io);
  h.on_message = [&](std::string m) {
    r.messages.push_back(std::move(m));
    if (r.messages.size() == 2) client_ptr->close();
  };
  WebSocketClient client(io, {}, h);
  client_ptr = &client;
  client.connect(url("ws://127.0.0.1:" + server.port()));
  // Queued before the connection opens; written once it does, in order.
  ASSERT_TRUE(client.send("hello").ok());
  ASSERT_TRUE(client.send(std::string(100'000, 'x')).ok());
  run_for(io, 5s);
  ASSERT_TRUE(r.closed.has_value());
  EXPECT_TRUE(r.closed->ok()) << r.closed->error().message;
  EXPECT_TRUE(r.opened);
  ASSERT_EQ(r.messages.size(), 2u);
  EXPECT_EQ(r.messages[0], "hello");
  EXPECT_EQ(r.messages[1], std::string(100'000, 'x'));
  EXPECT_FALSE(client.send("late").ok());
}

TEST(WebSocketClient, IgnoresTextMessages) {
  asio::io_context io;
  TestServer server(io, greeting("not for us", true));
  Recorder r;
  WebSocketClient* client_ptr = nullptr;
  ClientHandlers h = recording(r, io, [&] { (void)client_ptr->send("ping"); });
  h.on_message = [&](std::string m) {
    r.messages.push_back(std::move(m));
    client_ptr->close();
  };
  WebSocketClient client(io, {}, h);
  client_ptr = &client;
  client.connect(url("ws://127.0.0.1:" + server.port()));
  run_for(io, 5s);
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0], "ping");
}

TEST(WebSocketClient, RefusesAnOversizeMessage) {
  asio::io_context io;
  TestServer server(io, greeting(std::string(5000, 'g')));
  Recorder r;
  ClientOptions o;
  o.max_message_bytes = 1000;
  WebSocketClient client(io, o, recording(r, io));
  client.connect(url("ws://127.0.0.1:" + server.port()));
  run_for(io, 5s);
  ASSERT_TRUE(r.closed.has_value());
  ASSERT_FALSE(r.closed->ok());
  EXPECT_EQ(r.closed->error().code, Errc::protocol);
  EXPECT_TRUE(r.messages.empty());
}

TEST(WebSocketClient, ReportsAnUnreachableRelay) {
  asio::io_context io;
  std::string port;
  {
    tcp::acceptor a(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
    port = std::to_string(a.local_endpoint().port());
  }  // closed again: nothing listens there now
  Recorder r;
  WebSocketClient client(io, {}, recording(r, io));
  client.connect(url("ws://127.0.0.1:" + port));
  run_for(io, 5s);
  ASSERT_TRUE(r.closed.has_value());
  ASSERT_FALSE(r.closed->ok());
  EXPECT_EQ(r.closed->error().code, Errc::unavailable);
  EXPECT_NE(r.closed->error().message.find("unreachable"), std::string::npos)
      << r.closed->error().message;
  EXPECT_FALSE(r.opened);
}

TEST(WebSocketClient, TimesOutWhenTheServerSaysNothing) {
  asio::io_context io;
  TestServer server(io, silent());
  Recorder r;
  ClientOptions o;
  o.connect_timeout = 300ms;
  WebSocketClient client(io, o, recording(r, io));
  client.connect(url("ws://127.0.0.1:" + server.port()));
  run_for(io, 5s);
  ASSERT_TRUE(r.closed.has_value());
  ASSERT_FALSE(r.closed->ok());
  EXPECT_EQ(r.closed->error().code, Errc::timeout) << r.closed->error().message;
}

TEST(WebSocketClient, RefusesPlainWebSocketToARemoteHost) {
  asio::io_context io;
  Recorder r;
  WebSocketClient client(io, {}, recording(r, io));
  client.connect(url("ws://192.0.2.1:80"));  // TEST-NET-1: never contacted
  run_for(io, 5s);
  ASSERT_TRUE(r.closed.has_value());
  ASSERT_FALSE(r.closed->ok());
  EXPECT_EQ(r.closed->error().code, Errc::permission);
  EXPECT_NE(r.closed->error().message.find("wss://"), std::string::npos);
}

TEST(WebSocketClient, BoundsItsSendQueue) {
  asio::io_context io;
  Recorder r;
  ClientOptions o;
  o.max_queued_messages = 2;
  WebSocketClient client(io, o, recording(r, io));
  EXPECT_EQ(client.send("before connect").error().code, Errc::unavailable);
  TestServer server(io, {});
  client.connect(url("ws://127.0.0.1:" + server.port()));
  EXPECT_TRUE(client.send("one").ok());
  EXPECT_TRUE(client.send("two").ok());
  auto third = client.send("three");
  ASSERT_FALSE(third.ok());
  EXPECT_EQ(third.error().code, Errc::unavailable);
}

TEST(WebSocketClient, RefusesAnUntrustedSelfSignedCertificate) {
  asio::io_context io;
  TestServer server(io, {}, make_self_signed("DNS:localhost"));
  Recorder r;
  WebSocketClient client(io, {}, recording(r, io));  // the system store does not know it
  client.connect(url("wss://localhost:" + server.port()));
  run_for(io, 5s);
  ASSERT_TRUE(r.closed.has_value());
  ASSERT_FALSE(r.closed->ok());
  EXPECT_EQ(r.closed->error().code, Errc::crypto);
  EXPECT_NE(r.closed->error().message.find("not trusted"), std::string::npos)
      << r.closed->error().message;
  EXPECT_FALSE(r.opened);
}

TEST(WebSocketClient, TrustsAGivenCaFileAndChecksTheHostName) {
  testing::TempDir dir;
  const TestCert cert = make_self_signed("DNS:localhost");
  const std::string ca = (dir / "ca.pem").string();
  std::ofstream(ca) << cert.cert_pem;

  asio::io_context io;
  TestServer server(io, {}, cert);
  ClientOptions o;
  o.ca_file = ca;
  {
    Recorder r;
    WebSocketClient* client_ptr = nullptr;
    ClientHandlers h = recording(r, io, [&] { (void)client_ptr->send("over tls"); });
    h.on_message = [&](std::string m) {
      r.messages.push_back(std::move(m));
      client_ptr->close();
    };
    WebSocketClient client(io, o, h);
    client_ptr = &client;
    client.connect(url("wss://localhost:" + server.port()));
    run_for(io, 5s);
    ASSERT_TRUE(r.closed.has_value());
    EXPECT_TRUE(r.closed->ok()) << r.closed->error().message;
    ASSERT_EQ(r.messages.size(), 1u);
    EXPECT_EQ(r.messages[0], "over tls");
  }
  {
    // Same trusted certificate, but it names "localhost", not this address.
    Recorder r;
    WebSocketClient client(io, o, recording(r, io));
    client.connect(url("wss://127.0.0.1:" + server.port()));
    run_for(io, 5s);
    ASSERT_TRUE(r.closed.has_value());
    ASSERT_FALSE(r.closed->ok());
    EXPECT_EQ(r.closed->error().code, Errc::crypto);
    EXPECT_NE(r.closed->error().message.find("not trusted"), std::string::npos)
        << r.closed->error().message;
  }
}

TEST(WebSocketClient, ReportsAnUnreadableCaFile) {
  asio::io_context io;
  Recorder r;
  ClientOptions o;
  o.ca_file = "/nonexistent/ca.pem";
  WebSocketClient client(io, o, recording(r, io));
  client.connect(url("wss://localhost:1"));
  run_for(io, 5s);
  ASSERT_TRUE(r.closed.has_value());
  ASSERT_FALSE(r.closed->ok());
  EXPECT_EQ(r.closed->error().code, Errc::invalid_argument);
  EXPECT_NE(r.closed->error().message.find("/nonexistent/ca.pem"), std::string::npos);
}

TEST(WebSocketClient, DestroyingAbandonsWithoutCallingHandlers) {
  asio::io_context io;
  TestServer server(io, {});
  bool called = false;
  {
    ClientHandlers h;
    h.on_open = [&] { called = true; };
    h.on_closed = [&](Status) { called = true; };
    WebSocketClient client(io, {}, h);
    client.connect(url("ws://127.0.0.1:" + server.port()));
  }
  run_for(io, 300ms);
  EXPECT_FALSE(called);
}

}  // namespace
}  // namespace relais::client_net

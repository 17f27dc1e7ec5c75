#include "server/net/relay_server.h"

#include <openssl/ssl.h>
#include <sys/statvfs.h>

#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <unordered_map>
#include <vector>

#include "core/crypto/random.h"
#include "server/net/control.h"
#include "server/net/options.h"
#include "server/net/websocket_session.h"
#include "server/relay/address.h"
#include "server/relay/log.h"
#include "server/store/kv_store.h"

namespace relais::server {
namespace {

namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

constexpr auto kStopGrace = std::chrono::seconds(5);
constexpr auto kDiskCheckEvery = std::chrono::seconds(2);

Result<std::shared_ptr<ssl::context>> load_tls(const RelayConfig& config) {
  auto ctx = std::make_shared<ssl::context>(ssl::context::tls_server);
  ctx->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                   ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use |
                   ssl::context::no_compression);
  SSL_CTX_set_min_proto_version(ctx->native_handle(), TLS1_2_VERSION);
  // TLS 1.2 limited to forward-secret AEAD suites; TLS 1.3 suites are OpenSSL's defaults.
  SSL_CTX_set_cipher_list(ctx->native_handle(),
                          "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                          "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
                          "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256");
  boost::system::error_code ec;
  ctx->use_certificate_chain_file(config.tls_cert, ec);
  // The operator's path in the sentence: the unit's credentials drop-in is the usual culprit.
  if (ec) {
    return Error{Errc::invalid_argument, "The TLS certificate file " + config.tls_cert + " could not be read: " +
                                             ec.message() + " (see the TLS section of the operator guide)."};
  }
  ctx->use_private_key_file(config.tls_key, ssl::context::pem, ec);
  if (ec) {
    return Error{Errc::invalid_argument, "The TLS key file " + config.tls_key + " could not be read: " + ec.message() +
                                             " (see the TLS section of the operator guide)."};
  }
  if (SSL_CTX_check_private_key(ctx->native_handle()) != 1) {
    return Error{Errc::invalid_argument, "The TLS key does not match the certificate."};
  }
  return ctx;
}

}  // namespace

bool is_loopback_host(const std::string& host) {
  boost::system::error_code ec;
  auto address = net::ip::make_address(host, ec);
  if (ec) return host == "localhost";
  return address.is_loopback();
}

// The relay's wall clock. End-to-end tests of real processes that must live "the next day"
// set RELAIS_TEST_CLOCK_OFFSET_S (0 to 30 days) in relaisd's environment; never a deployment,
// and the log says so at start whenever it is set.
class RelayClock final : public Clock {
 public:
  RelayClock() {
    const char* text = std::getenv("RELAIS_TEST_CLOCK_OFFSET_S");
    if (!text || !*text) return;
    char* end = nullptr;
    const unsigned long long s = std::strtoull(text, &end, 10);
    if (*end != '\0' || text[0] == '-' || s > 30ull * 24 * 3600) {
      throw std::runtime_error("RELAIS_TEST_CLOCK_OFFSET_S is 0 to 2592000 seconds");
    }
    offset_ms_ = s * 1000;
  }
  uint64_t now_ms() const override { return system_.now_ms() + offset_ms_; }
  uint64_t offset_ms() const { return offset_ms_; }

 private:
  SystemClock system_;
  uint64_t offset_ms_ = 0;
};

struct RelayServer::Impl {
  explicit Impl(const RelayConfig& c)
      : config(c),
        ioc(c.threads),
        acceptor(ioc),
        control(ioc),
        metrics_acceptor(ioc),
        signals(ioc),
        stop_timer(ioc),
        tick_timer(ioc),
        away_timer(ioc),
        disk_timer(ioc),
        cursor_timer(ioc) {}

  // One command per control connection (see control.h). The checkpoint runs on an I/O thread:
  // it hard-links files and takes well under a second.
  void accept_control() {
    control.async_accept([this](boost::system::error_code ec, net::local::stream_protocol::socket socket) {
      if (ec) return;
      auto s = std::make_shared<net::local::stream_protocol::socket>(std::move(socket));
      auto buf = std::make_shared<net::streambuf>(4096);
      net::async_read_until(*s, *buf, '\n', [this, s, buf](boost::system::error_code rec, size_t) {
        std::string answer = "error: the request did not parse\n";
        if (!rec) {
          std::istream in(buf.get());
          std::string line;
          std::getline(in, line);
          if (line.rfind("backup /", 0) == 0) {
            Status done = store->checkpoint(line.substr(7));
            answer = done.ok() ? "ok\n" : "error: " + done.error().message + "\n";
            // The reason names only the operator's target path and RocksDB's complaint.
            if (done.ok()) {
              RELAIS_LOG(info) << "backup written";
            } else {
              RELAIS_LOG(warn) << "backup failed: " << done.error().message;
            }
          }
        }
        auto out = std::make_shared<std::string>(std::move(answer));
        net::async_write(*s, net::buffer(*out), [s, out](boost::system::error_code, size_t) {});
      });
      accept_control();
    });
  }

  // Prometheus text at /metrics and a liveness answer at /healthz, one request per connection.
  void accept_metrics() {
    metrics_acceptor.async_accept(net::make_strand(ioc), [this](boost::system::error_code ec, tcp::socket socket) {
      if (ec) return;
      namespace http = boost::beast::http;
      struct Exchange {
        explicit Exchange(tcp::socket s) : stream(std::move(s)) {}
        boost::beast::tcp_stream stream;
        boost::beast::flat_buffer buffer;
        http::request<http::empty_body> request;
        http::response<http::string_body> response;
      };
      auto x = std::make_shared<Exchange>(std::move(socket));
      x->stream.expires_after(std::chrono::seconds(5));
      http::async_read(x->stream, x->buffer, x->request, [this, x](boost::system::error_code rec, size_t) {
        if (rec) return;
        x->response.version(x->request.version());
        x->response.keep_alive(false);
        if (x->request.target() == "/metrics") {
          x->response.result(http::status::ok);
          x->response.set(http::field::content_type, "text/plain; version=0.0.4");
          x->response.body() = metrics.render(store->stats());
        } else if (x->request.target() == "/healthz") {
          x->response.result(http::status::ok);
          x->response.body() = "ok\n";
        } else {
          x->response.result(http::status::not_found);
          x->response.body() = "not found\n";
        }
        x->response.prepare_payload();
        http::async_write(x->stream, x->response, [x](boost::system::error_code, size_t) {
          boost::system::error_code ignored;
          x->stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        });
      });
      accept_metrics();
    });
  }

  // The free space of the data folder's file system, for the relay's watermark. statvfs is a
  // cheap call that does not touch the disk.
  void check_disk() {
    struct statvfs fs {};
    if (statvfs(config.data_dir.c_str(), &fs) == 0) {
      core->disk_space(static_cast<uint64_t>(fs.f_bavail) * fs.f_frsize);
    }
    disk_timer.expires_after(kDiskCheckEvery);
    disk_timer.async_wait([this](boost::system::error_code ec) {
      if (!ec) check_disk();
    });
  }

  void flush_cursors() {
    cursor_timer.expires_after(config.cursor_flush_interval);
    cursor_timer.async_wait([this](boost::system::error_code ec) {
      if (ec) return;
      core->flush_cursors();
      flush_cursors();
    });
  }

  void check_away() {
    const auto every = std::clamp<std::chrono::milliseconds>(
        std::chrono::duration_cast<std::chrono::milliseconds>(config.permanence_away_grace) / 4,
        std::chrono::milliseconds(250), std::chrono::seconds(15));
    away_timer.expires_after(every);
    away_timer.async_wait([this](boost::system::error_code ec) {
      if (ec) return;
      core->check_away();
      check_away();
    });
  }

  void tick() {
    tick_timer.expires_after(std::chrono::minutes(1));
    tick_timer.async_wait([this](boost::system::error_code ec) {
      if (ec) return;
      core->tick();
      accept_failures.flush();
      tick();
    });
  }

  // Declaration order is teardown order, reversed: everything a session or a queued handler
  // touches (core, store, registry, hooks) outlives the io_context that owns them.
  RelayConfig config;
  std::unique_ptr<KvStore> store;
  RelayClock clock;
  Metrics metrics;
  std::unique_ptr<RelayCore> core;
  std::mutex tls_mutex;
  std::shared_ptr<ssl::context> tls;
  std::mutex sessions_mutex;
  std::unordered_map<SessionHandle*, std::weak_ptr<SessionHandle>> sessions;
  SessionHooks hooks;
  std::string address_secret = crypto::random_bytes(32);  // memory only: never stored or logged
  log::Tally accept_failures{"accept failed (out of file descriptors or memory)"};

  net::io_context ioc;
  tcp::acceptor acceptor;
  net::local::stream_protocol::acceptor control;
  tcp::acceptor metrics_acceptor;
  net::signal_set signals;
  net::steady_timer stop_timer;
  net::steady_timer tick_timer;
  net::steady_timer away_timer;
  net::steady_timer disk_timer;
  net::steady_timer cursor_timer;
  std::chrono::steady_clock::time_point stop_deadline;
  bool stopping = false;

  PeerAddress peer_address(const tcp::endpoint& peer) {
    const auto address = peer.address();
    std::string bytes;
    if (address.is_v4()) {
      const auto v4 = address.to_v4().to_bytes();
      bytes.assign(reinterpret_cast<const char*>(v4.data()), v4.size());
    } else {
      const auto v6 = address.to_v6().to_bytes();
      bytes.assign(reinterpret_cast<const char*>(v6.data()), v6.size());
    }
    return {server::address_key(address_secret, bytes, config.ipv6_prefix_bits),
            server::network_key(address_secret, bytes, config.ipv4_network_bits,
                                config.ipv6_network_bits)};
  }

  void accept() {
    acceptor.async_accept(net::make_strand(ioc), [this](boost::system::error_code ec, tcp::socket socket) {
      if (ec) {
        if (ec == net::error::operation_aborted) return;
        // Out of descriptors and similar: back off a little rather than spin, and count it in
        // one line a minute (a flood of sockets made ~26 lines a second).
        accept_failures.note();
        auto timer = std::make_shared<net::steady_timer>(ioc, std::chrono::milliseconds(50));
        timer->async_wait([this, timer](boost::system::error_code) { accept(); });
        return;
      }
      boost::system::error_code peer_ec;
      auto peer = socket.remote_endpoint(peer_ec);
      const PeerAddress key = peer_ec ? PeerAddress{} : peer_address(peer);
      // Frames are small and already gathered per write: Nagle's algorithm would only hold an
      // answer back until the peer's delayed ACK (~40 ms on Linux).
      boost::system::error_code nodelay_ec;
      socket.set_option(tcp::no_delay(true), nodelay_ec);
      std::shared_ptr<ssl::context> tls_now;
      {
        std::lock_guard lock(tls_mutex);
        tls_now = tls;
      }
      start_session(std::move(socket), std::move(tls_now), *core, hooks, key);
      accept();
    });
  }

  void wait_signals() {
    signals.async_wait([this](boost::system::error_code ec, int signo) {
      if (ec) return;
      if (signo == SIGHUP) {
        reload_tls();
        return wait_signals();
      }
      RELAIS_LOG(info) << "stopping on signal " << signo;
      begin_stop();
    });
  }

  void reload_tls() {
    if (config.tls_cert.empty()) return;
    auto fresh = load_tls(config);
    if (!fresh.ok()) {
      RELAIS_LOG(error) << "TLS reload refused, keeping the old certificate: " << fresh.error().message;
      return;
    }
    std::lock_guard lock(tls_mutex);
    tls = *fresh;
    RELAIS_LOG(info) << "TLS certificate reloaded";
  }

  void begin_stop() {
    if (stopping) return;
    stopping = true;
    boost::system::error_code ignored;
    std::error_code fs_ignored;
    acceptor.close(ignored);
    control.close(ignored);
    metrics_acceptor.close(ignored);
    std::filesystem::remove(control_socket_path(config.data_dir), fs_ignored);
    signals.cancel(ignored);
    tick_timer.cancel();
    away_timer.cancel();
    disk_timer.cancel();
    cursor_timer.cancel();  // what the closing sessions leave is written as the core goes
    std::vector<std::shared_ptr<SessionHandle>> open;
    {
      std::lock_guard lock(sessions_mutex);
      for (auto& [raw, weak] : sessions)
        if (auto s = weak.lock()) open.push_back(std::move(s));
    }
    for (auto& s : open) s->shut_down();
    stop_deadline = std::chrono::steady_clock::now() + kStopGrace;
    wait_sessions_closed();
  }

  void wait_sessions_closed() {
    size_t left;
    {
      std::lock_guard lock(sessions_mutex);
      left = sessions.size();
    }
    if (left == 0 || std::chrono::steady_clock::now() >= stop_deadline) {
      if (left > 0) RELAIS_LOG(warn) << left << " connections did not close in time";
      ioc.stop();
      return;
    }
    stop_timer.expires_after(std::chrono::milliseconds(20));
    stop_timer.async_wait([this](boost::system::error_code) { wait_sessions_closed(); });
  }
};

RelayServer::RelayServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RelayServer::~RelayServer() = default;

Result<std::unique_ptr<RelayServer>> RelayServer::create(const RelayConfig& config) {
  if (config.data_dir.empty()) return Error{Errc::invalid_argument, "A data folder is needed (--data)."};
  if (config.tls_cert.empty() != config.tls_key.empty()) {
    return Error{Errc::invalid_argument, "--tls-cert and --tls-key go together."};
  }
  if (config.tls_cert.empty() && !config.insecure && !is_loopback_host(config.listen_host)) {
    return Error{Errc::invalid_argument,
                 "Refusing plain ws:// on a non-loopback address: give --tls-cert and --tls-key, "
                 "or --insecure if a TLS proxy stands in front."};
  }
  if (config.threads < 1 || config.threads > 64) {
    return Error{Errc::invalid_argument, "The thread count must be between 1 and 64."};
  }
  auto impl = std::make_unique<Impl>(config);
  if (!config.tls_cert.empty()) {
    RELAIS_TRY_ASSIGN(impl->tls, load_tls(config));
  }
  std::error_code fs_ec;
  std::filesystem::create_directories(config.data_dir, fs_ec);
  if (fs_ec) return Error{Errc::io, "The data folder could not be created: " + fs_ec.message() + "."};
  std::filesystem::permissions(config.data_dir, std::filesystem::perms::owner_all, fs_ec);

  RocksOptions options;
  options.path = (std::filesystem::path(config.data_dir) / "store").string();
  options.erase_within = config.erase_within;
  RELAIS_TRY_ASSIGN(impl->store, open_rocks_store(options));
  RELAIS_TRY_ASSIGN(impl->core, RelayCore::create(*impl->store, impl->config, impl->clock, impl->metrics));
  if (impl->clock.offset_ms() != 0) {
    RELAIS_LOG(warn) << "RELAIS_TEST_CLOCK_OFFSET_S is set: this relay's clock runs "
                     << impl->clock.offset_ms() / 1000 << " s ahead (for tests only)";
  }

  boost::system::error_code ec;
  auto address = net::ip::make_address(config.listen_host == "localhost" ? "127.0.0.1" : config.listen_host, ec);
  if (ec) return Error{Errc::invalid_argument, "The listen address is not an IP address: " + config.listen_host + "."};
  tcp::endpoint endpoint(address, config.listen_port);
  impl->acceptor.open(endpoint.protocol(), ec);
  if (!ec) impl->acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) impl->acceptor.bind(endpoint, ec);
  if (!ec) impl->acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return Error{Errc::io, "Could not listen on " + config.listen_host + ":" +
                                     std::to_string(config.listen_port) + ": " + ec.message() + "."};

  // The control socket: only the relay's own user may ask for a backup.
  const auto control_path = control_socket_path(config.data_dir);
  std::filesystem::remove(control_path, fs_ec);
  impl->control.open(net::local::stream_protocol(), ec);
  if (!ec) impl->control.bind(net::local::stream_protocol::endpoint(control_path), ec);
  if (!ec) std::filesystem::permissions(control_path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, fs_ec);
  if (!ec) impl->control.listen(8, ec);
  if (ec) return Error{Errc::io, "Could not open the control socket in the data folder: " + ec.message() + "."};

  if (!config.metrics_listen.empty()) {
    RELAIS_TRY_ASSIGN(auto hp, parse_listen(config.metrics_listen));
    if (!is_loopback_host(hp.first)) {
      return Error{Errc::invalid_argument, "--metrics serves on loopback only (put a proxy in front)."};
    }
    tcp::endpoint metrics_endpoint(net::ip::make_address(hp.first == "localhost" ? "127.0.0.1" : hp.first, ec), hp.second);
    if (!ec) impl->metrics_acceptor.open(metrics_endpoint.protocol(), ec);
    if (!ec) impl->metrics_acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) impl->metrics_acceptor.bind(metrics_endpoint, ec);
    if (!ec) impl->metrics_acceptor.listen(16, ec);
    if (ec) return Error{Errc::io, "Could not serve metrics on " + config.metrics_listen + ": " + ec.message() + "."};
  }

  Impl* raw = impl.get();
  impl->hooks.opened = [raw](SessionHandle* s, std::weak_ptr<SessionHandle> weak) {
    std::lock_guard lock(raw->sessions_mutex);
    raw->sessions.emplace(s, std::move(weak));
  };
  impl->hooks.closed = [raw](SessionHandle* s) {
    std::lock_guard lock(raw->sessions_mutex);
    raw->sessions.erase(s);
  };
  return std::unique_ptr<RelayServer>(new RelayServer(std::move(impl)));
}

uint16_t RelayServer::port() const {
  boost::system::error_code ec;
  return impl_->acceptor.local_endpoint(ec).port();
}

uint16_t RelayServer::metrics_port() const {
  boost::system::error_code ec;
  return impl_->metrics_acceptor.is_open() ? impl_->metrics_acceptor.local_endpoint(ec).port() : 0;
}

Status RelayServer::run() {
  impl_->signals.add(SIGINT);
  impl_->signals.add(SIGTERM);
  impl_->signals.add(SIGHUP);
  impl_->wait_signals();
  impl_->accept();
  impl_->accept_control();
  if (impl_->metrics_acceptor.is_open()) impl_->accept_metrics();
  impl_->core->tick();
  impl_->tick();
  impl_->check_away();
  impl_->check_disk();
  impl_->flush_cursors();
  std::vector<std::thread> pool;
  for (int i = 1; i < impl_->config.threads; ++i) pool.emplace_back([this] { impl_->ioc.run(); });
  impl_->ioc.run();
  for (auto& t : pool) t.join();
  // Batches complete in order: once an empty one is through, every earlier write is synced and
  // its callback has run (posting, at most, to the stopped io_context).
  Status drained = impl_->store->commit_and_wait(WriteBatch{}, Durability::synced);
  // No fan-out after the drain: the io_context its posts go to is destroyed before the core, so
  // a commit made while tearing down (the cursors written as the rooms go) fans out nothing.
  impl_->store->set_after_group({});
  if (!drained.ok()) return drained;
  RELAIS_LOG(info) << "stopped";
  return ok_status();
}

void RelayServer::stop() {
  net::post(impl_->ioc, [impl = impl_.get()] { impl->begin_stop(); });
}

}  // namespace relais::server

// A hostile member with a client of its own, for the end-to-end tests of the limits: a raw
// WebSocket to a real relaisd from a chosen loopback address (127.0.1.x is another /24 than the
// honest members' 127.0.0.1), which registers with a real identity key, then sends what it
// likes and reads only when it chooses.
#pragma once

#include <gtest/gtest.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <poll.h>
#include <sys/socket.h>

#include <chrono>
#include <optional>
#include <string>

#include "core/crypto/random.h"
#include "core/signal/keys.h"
#include "core/wire/contract.h"
#include "core/wire/frames.h"

namespace relais::e2e {

class RawClient {
 public:
  // Connects from `from` and reads the challenge.
  RawClient(int port, const std::string& from) : ws_(ioc_) {
    namespace net = boost::asio;
    using tcp = net::ip::tcp;
    auto& sock = boost::beast::get_lowest_layer(ws_);
    sock.open(tcp::v4());
    // A small receive buffer: a member that stops reading is felt by the relay at once.
    sock.set_option(net::socket_base::receive_buffer_size(16 * 1024));
    sock.bind(tcp::endpoint(net::ip::make_address(from), 0));
    sock.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), static_cast<uint16_t>(port)));
    ws_.handshake("127.0.0.1", "/");
    ws_.binary(true);
    ws_.read_message_max(64u << 20);
    auto challenge = next([](const wire::ServerFrame& f) { return f.has_challenge(); });
    EXPECT_TRUE(challenge.has_value());
    if (challenge) nonce_ = challenge->challenge().nonce();
  }
  virtual ~RawClient() = default;

  // Registers a fresh identity key: the relay's answer (Registered, or an error).
  std::optional<wire::ServerFrame> register_account() {
    const auto identity = signal::generate_key_pair();
    const auto spk = signal::generate_key_pair();
    wire::ClientFrame f;
    f.set_id(1);
    auto* r = f.mutable_register_();
    r->set_identity_key(identity.public_key);
    r->set_registration_id(7);
    r->mutable_signed_prekey()->set_id(1);
    r->mutable_signed_prekey()->set_public_key(spk.public_key);
    r->mutable_signed_prekey()->set_signature(*signal::sign(identity.private_key, spk.public_key));
    r->set_signature(*signal::sign(identity.private_key,
                                   wire::register_proof_input(nonce_, identity.public_key)));
    auto answer = call(f);
    if (answer && answer->has_registered()) account_id_ = answer->registered().account_id();
    return answer;
  }
  // A sealed envelope of `bytes` random bytes (junk to the recipient) to the account `to` (its
  // 16 bytes).
  std::optional<wire::ServerFrame> send_junk(const std::string& to, size_t bytes) {
    wire::ClientFrame f;
    f.set_id(next_id_++);
    auto* s = f.mutable_send();
    s->set_to(to);
    s->set_message_id(crypto::random_bytes(wire::kMessageIdBytes));
    s->set_type(wire::SEALED_MESSAGE);
    std::string junk = crypto::random_bytes(bytes);
    junk[0] = static_cast<char>(wire::kSealedVersion);
    s->set_ciphertext(junk);
    return call(f);
  }
  // A room post of `bytes` random bytes (junk to the members).
  std::optional<wire::ServerFrame> post_junk(const std::string& room, size_t bytes) {
    wire::ClientFrame f;
    f.set_id(next_id_++);
    auto* p = f.mutable_post_room();
    p->set_room(room);
    p->set_message_id(crypto::random_bytes(wire::kMessageIdBytes));
    p->set_ciphertext(crypto::random_bytes(bytes));
    p->set_commitment(crypto::random_bytes(wire::kCommitmentBytes));
    return call(f);
  }
  std::optional<wire::ServerFrame> join(const std::string& room) {
    wire::ClientFrame f;
    f.set_id(next_id_++);
    f.mutable_join_room()->set_room(room);
    return call(f);
  }

  // A knock on an organisation's permanence with a fresh secret: Ticket, PermanenceClosed (its
  // `full` set when the queue had no place), or an error.
  std::optional<wire::ServerFrame> knock(const std::string& org, const std::string& language) {
    wire::ClientFrame f;
    f.set_id(next_id_++);
    f.mutable_knock()->set_org(org);
    f.mutable_knock()->set_language(language);
    f.mutable_knock()->set_secret(crypto::random_bytes(wire::kTicketSecretBytes));
    return call(f);
  }

  void write(const wire::ClientFrame& f) { write_raw(wire::encode_client_batch({f})); }
  void write_raw(const std::string& bytes) {
    boost::beast::error_code ec;
    ws_.write(boost::asio::buffer(bytes), ec);
    last_error_ = ec;
  }
  // The next frame matching `want`, skipping others; nullopt once the connection ended.
  template <class Want>
  std::optional<wire::ServerFrame> next(Want want) {
    for (;;) {
      boost::beast::flat_buffer buffer;
      boost::beast::error_code ec;
      ws_.read(buffer, ec);
      if (ec) {
        last_error_ = ec;
        return std::nullopt;
      }
      auto batch =
          wire::decode_server_batch(boost::beast::buffers_to_string(buffer.data()), 64u << 20);
      if (!batch.ok()) return std::nullopt;
      for (const auto& f : batch->frames())
        if (want(f)) return f;
    }
  }
  std::optional<wire::ServerFrame> call(wire::ClientFrame f) {
    const uint64_t id = f.id();
    write(f);
    return next([id](const wire::ServerFrame& a) { return a.id() == id; });
  }
  boost::beast::error_code last_error() const { return last_error_; }
  boost::beast::websocket::close_code code() const {
    return static_cast<boost::beast::websocket::close_code>(ws_.reason().code);
  }
  const std::string& account_id() const { return account_id_; }

 private:
  boost::asio::io_context ioc_;
  boost::beast::websocket::stream<boost::asio::ip::tcp::socket> ws_;
  boost::beast::error_code last_error_;
  std::string nonce_;
  std::string account_id_;  // 16 bytes once registered
  uint64_t next_id_ = 100;
};

// A bare TCP socket from `from` that never says a word: no TLS, no WebSocket handshake.
class SilentSocket {
 public:
  SilentSocket(int port, const std::string& from) : sock_(ioc_) {
    namespace net = boost::asio;
    using tcp = net::ip::tcp;
    sock_.open(tcp::v4());
    sock_.bind(tcp::endpoint(net::ip::make_address(from), 0));
    sock_.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), static_cast<uint16_t>(port)));
  }
  // Whether the relay closed it (end of file, or a reset) within `within`.
  bool closed_within(std::chrono::milliseconds within) {
    pollfd p{sock_.native_handle(), POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(within.count())) <= 0) return false;
    char byte;
    return ::recv(sock_.native_handle(), &byte, 1, MSG_DONTWAIT) <= 0;
  }

 private:
  boost::asio::io_context ioc_;
  boost::asio::ip::tcp::socket sock_;
};

// A RawClient that registers at once and expects to be let in.
class Intruder : public RawClient {
 public:
  Intruder(int port, const std::string& from) : RawClient(port, from) {
    auto registered = register_account();
    EXPECT_TRUE(registered && registered->has_registered());
  }
};

}  // namespace relais::e2e

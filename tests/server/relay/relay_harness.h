// A RelayCore over a real RocksDB store in a temporary folder, with connections that record
// what the relay sends them: request handling tested without sockets.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/crypto/random.h"
#include "core/signal/keys.h"
#include "core/wire/contract.h"
#include "server/relay/relay_core.h"
#include "tests/support/temp_dir.h"

namespace relais::server::testing {

// A stand-in sealed envelope around `payload`: the relay checks only its version byte and its
// least size (it cannot open one; the real layer is tested in core/signal and end to end). A
// payload of the protocol's maximum size or more keeps its size, its first byte made the version.
inline std::string sealed(std::string payload) {
  if (payload.size() >= wire::kMaxEnvelopeCiphertextBytes) {
    payload[0] = static_cast<char>(wire::kSealedVersion);
    return payload;
  }
  std::string out(1, static_cast<char>(wire::kSealedVersion));
  out += payload;
  if (out.size() < wire::kMinSealedBytes) out.resize(wire::kMinSealedBytes, '\0');
  return out;
}
// The payload sealed() wrapped.
inline std::string opened(const std::string& ciphertext) {
  if (ciphertext.size() >= wire::kMaxEnvelopeCiphertextBytes) return ciphertext;
  std::string payload = ciphertext.substr(1);
  while (!payload.empty() && payload.back() == '\0') payload.pop_back();
  return payload;
}
// A Send of a stand-in sealed envelope around `payload` to `to`.
inline wire::ClientFrame send_frame(uint64_t id, const AccountId& to, std::string payload) {
  wire::ClientFrame f;
  f.set_id(id);
  auto* s = f.mutable_send();
  s->set_to(to.bytes());
  s->set_message_id(crypto::random_bytes(16));
  s->set_type(wire::SEALED_MESSAGE);
  s->set_ciphertext(sealed(std::move(payload)));
  return f;
}

// Runs posted work inline under a recursive mutex: a strand without threads of its own.
class RecordingConnection final : public Connection {
 public:
  void send(wire::SharedElement element) override {
    std::lock_guard lock(mutex_);
    wire::ServerBatch batch;
    EXPECT_TRUE(batch.ParseFromString(*element));
    for (auto& f : *batch.mutable_frames()) frames_.push_back(std::move(f));
  }
  void post(std::function<void()> fn) override {
    std::lock_guard lock(mutex_);
    fn();
  }
  void close(CloseReason reason) override {
    std::lock_guard lock(mutex_);
    closed_ = reason;
  }

  template <class Fn>
  void run(Fn&& fn) {
    std::lock_guard lock(mutex_);
    fn();
  }

  // Waits (up to `timeout`) for the next frame matching `pred`, removes and returns it.
  std::optional<wire::ServerFrame> next(const std::function<bool(const wire::ServerFrame&)>& pred,
                                        std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      {
        std::lock_guard lock(mutex_);
        for (auto it = frames_.begin(); it != frames_.end(); ++it) {
          if (pred(*it)) {
            auto f = std::move(*it);
            frames_.erase(it);
            return f;
          }
        }
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return std::nullopt;
  }
  std::optional<wire::ServerFrame> answer(uint64_t id) {
    return next([id](const wire::ServerFrame& f) { return f.id() == id; });
  }
  std::optional<wire::ServerFrame> push(wire::ServerFrame::BodyCase kind,
                                       std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    return next([kind](const wire::ServerFrame& f) { return f.id() == 0 && f.body_case() == kind; },
                timeout);
  }
  size_t pending() {
    std::lock_guard lock(mutex_);
    return frames_.size();
  }
  std::optional<CloseReason> closed() {
    std::lock_guard lock(mutex_);
    return closed_;
  }

 private:
  std::recursive_mutex mutex_;
  std::deque<wire::ServerFrame> frames_;
  std::optional<CloseReason> closed_;
};

// Holds a real store's writer inside a commit callback for as long as it lives: what is committed
// meanwhile queues, and is written in one group once release() (or the destructor) lets it go.
class WriterHold {
 public:
  explicit WriterHold(KvStore& store) {
    auto entered = std::make_shared<std::promise<void>>();
    auto in_writer = entered->get_future();
    EXPECT_TRUE(store
                    .commit(WriteBatch{}, Durability::buffered,
                            [entered, released = release_.get_future().share()](Status) {
                              entered->set_value();
                              released.wait();
                            })
                    .ok());
    in_writer.wait();
  }
  WriterHold(const WriterHold&) = delete;
  WriterHold& operator=(const WriterHold&) = delete;
  ~WriterHold() { release(); }
  void release() {
    if (released_) return;
    released_ = true;
    release_.set_value();
  }

 private:
  std::promise<void> release_;
  bool released_ = false;
};

// Makes a real store overloaded for as long as it lives: holds the writer and queues one batch
// that fills the bytes the store lets wait (RocksOptions::max_pending_bytes), so every further
// commit is refused with Errc::unavailable, exactly as under a flood. release() (or the
// destructor) lets the writer go and waits until what was queued is written (the filler goes
// to Table::meta), so the store accepts again when it returns.
class StoreOverload {
 public:
  StoreOverload(KvStore& store, size_t max_pending_bytes) : store_(store), hold_(store) {
    const std::string key = "test-overload-filler";
    const size_t room = max_pending_bytes - sizeof(WriteBatch::Op) - key.size() - 8;
    WriteBatch filler;
    filler.put(Table::meta, key, std::string(room, 'f'));
    EXPECT_TRUE(store.commit(std::move(filler), Durability::buffered, {}).ok());
  }
  StoreOverload(const StoreOverload&) = delete;
  StoreOverload& operator=(const StoreOverload&) = delete;
  ~StoreOverload() { release(); }
  void release() {
    if (released_) return;
    released_ = true;
    hold_.release();
    // An empty batch weighs nothing, so it is accepted even now; it completes after the rest.
    EXPECT_TRUE(store_.commit_and_wait(WriteBatch{}, Durability::buffered).ok());
  }

 private:
  KvStore& store_;
  WriterHold hold_;
  bool released_ = false;
};

class RelayFixture : public ::testing::Test {
 protected:
  void SetUp() override { open(); }
  void TearDown() override { close_relay(); }

  void open() {
    RocksOptions options = store_options_;
    options.path = (dir_ / "store").string();
    auto store = open_rocks_store(options);
    ASSERT_TRUE(store.ok()) << store.error().message;
    store_ = std::move(*store);
    config_.data_dir = dir_.path().string();
    auto core = RelayCore::create(*store_, config_, clock_, metrics_);
    ASSERT_TRUE(core.ok());
    core_ = std::move(*core);
  }
  void close_relay() {
    // The store runs commit callbacks (fan-out, pushes) on its writer thread, in order: once an
    // empty batch has completed, none of them still uses the relay about to be destroyed.
    if (store_) (void)store_->commit_and_wait(WriteBatch{}, Durability::buffered);  // only the wait matters
    core_.reset();
    store_.reset();
  }

  std::shared_ptr<RecordingConnection> connect() {
    auto conn = std::make_shared<RecordingConnection>();
    conn->run([&] { core_->on_open(conn, 1); });
    auto challenge = conn->push(wire::ServerFrame::kChallenge);
    EXPECT_TRUE(challenge.has_value());
    return conn;
  }

  void deliver(const std::shared_ptr<RecordingConnection>& conn, std::string_view message) {
    conn->run([&] { core_->on_message(conn, message); });
  }
  void request(const std::shared_ptr<RecordingConnection>& conn, const wire::ClientFrame& frame) {
    deliver(conn, wire::encode_client_batch({frame}));
  }

  struct Identity {
    signal::KeyPair identity = signal::generate_key_pair();
    AccountId account;
  };

  wire::Prekey make_prekey(uint32_t id) {
    wire::Prekey p;
    p.set_id(id);
    p.set_public_key(signal::generate_key_pair().public_key);
    return p;
  }

  // Registers a fresh account on `conn` with `prekeys` one-time prekeys.
  Identity register_on(const std::shared_ptr<RecordingConnection>& conn, const std::string& nonce, int prekeys = 5,
                       const std::string& invite_code = {}) {
    Identity who;
    wire::ClientFrame f;
    f.set_id(1);
    auto* r = f.mutable_register_();
    r->set_identity_key(who.identity.public_key);
    r->set_registration_id(42);
    r->set_invite_code(invite_code);
    auto spk = signal::generate_key_pair();
    r->mutable_signed_prekey()->set_id(1);
    r->mutable_signed_prekey()->set_public_key(spk.public_key);
    r->mutable_signed_prekey()->set_signature(*signal::sign(who.identity.private_key, spk.public_key));
    for (int i = 1; i <= prekeys; ++i) *r->add_prekeys() = make_prekey(static_cast<uint32_t>(i));
    r->set_signature(*signal::sign(who.identity.private_key, wire::register_proof_input(nonce, who.identity.public_key)));
    request(conn, f);
    auto answer = conn->answer(1);
    EXPECT_TRUE(answer && answer->has_registered()) << (answer ? answer->DebugString() : "no answer");
    if (answer && answer->has_registered()) who.account = *AccountId::from_bytes(answer->registered().account_id());
    return who;
  }

  std::shared_ptr<RecordingConnection> connect_with_nonce(std::string& nonce,
                                                          uint64_t address_key = 1) {
    auto conn = std::make_shared<RecordingConnection>();
    conn->run([&] { core_->on_open(conn, address_key); });
    auto challenge = conn->push(wire::ServerFrame::kChallenge);
    EXPECT_TRUE(challenge.has_value());
    nonce = challenge ? challenge->challenge().nonce() : "";
    return conn;
  }
  // A connection that goes away (the transport's end), on its strand.
  void close_connection(const std::shared_ptr<RecordingConnection>& conn) {
    conn->run([&] { core_->on_close(conn); });
  }

  // A registered account with its open connection.
  struct Client {
    Identity who;
    std::shared_ptr<RecordingConnection> conn;
    std::string id() const { return who.account.bytes(); }
  };
  Client registered_client(const std::string& invite_code = {}, uint64_t address_key = 1) {
    std::string nonce;
    Client c;
    c.conn = connect_with_nonce(nonce, address_key);
    c.who = register_on(c.conn, nonce, 5, invite_code);
    return c;
  }
  // The first admin: registered with the code `relaisd admin-invite` would print.
  Client admin_client() {
    auto code = AccountService::create_admin_invite_file(config_.data_dir);
    EXPECT_TRUE(code.ok());
    return registered_client(*code);
  }

  std::optional<wire::ServerFrame> login(const std::shared_ptr<RecordingConnection>& conn, const std::string& nonce,
                                         const Identity& who, uint64_t id = 2) {
    wire::ClientFrame f;
    f.set_id(id);
    f.mutable_login()->set_account_id(who.account.bytes());
    f.mutable_login()->set_signature(
        *signal::sign(who.identity.private_key, wire::login_proof_input(nonce, who.account.bytes())));
    request(conn, f);
    return conn->answer(id);
  }

  relais::testing::TempDir dir_;
  RocksOptions store_options_;  // the path is filled in by open()
  // The fixture's members all come from one address (1) and register on the same day: the
  // limits against many accounts of one person (per network, new accounts) are lifted here, and
  // set back by the tests of those limits.
  RelayConfig config_ = lifted_sybil_limits();
  static RelayConfig lifted_sybil_limits() {
    RelayConfig c;
    c.registrations_per_network = {1000, 1000};
    c.joins_per_account = c.joins_per_network = {1000, 1000};
    c.knocks_per_account = {1000, 1000};
    c.permanence_queue_per_network = c.permanence_queue_max;
    c.new_account_days = 0;
    c.queue_network_share_percent = 100;
    c.queue_newcomer_reserve_percent = 0;
    c.room_posts_per_network = {1000, 1000};
    c.stored_bytes_per_network_per_day = c.stored_bytes_per_network_burst = 1ull << 40;
    return c;
  }
  ManualClock clock_{1'700'000'000'000};
  Metrics metrics_;
  std::unique_ptr<KvStore> store_;
  std::unique_ptr<RelayCore> core_;
};

}  // namespace relais::server::testing

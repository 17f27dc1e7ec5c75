// Fuzzes the relay's handling of one inbound WebSocket message: decoding and every request
// handler, over a real RocksDB store in a temporary folder. The first byte chooses whether the
// connection is logged in first (as an account registered at start-up), so the handlers behind
// log-in are reached too.
#include <cstdint>

#include "core/wire/contract.h"
#include "core/wire/frames.h"
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>

#include "core/signal/keys.h"
#include "server/relay/relay_core.h"

namespace {

using namespace relais;
using namespace relais::server;

class NullConnection final : public Connection {
 public:
  void send(wire::SharedElement element) override {
    std::lock_guard lock(mutex_);
    last_ = std::move(element);
  }
  void post(std::function<void()> fn) override {
    std::lock_guard lock(mutex_);
    fn();
  }
  void close(CloseReason) override {}
  std::recursive_mutex mutex_;
  wire::SharedElement last_;
};

struct Relay {
  Relay() {
    dir = std::filesystem::temp_directory_path() / ("relais-fuzz-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    auto opened = open_rocks_store({.path = (dir / "store").string()});
    if (!opened.ok()) std::abort();
    store = std::move(*opened);
    config.data_dir = dir.string();
    config.frames_per_connection = {1e9, 1e9};
    config.messages_per_account = {1e9, 1e9};
    auto made = RelayCore::create(*store, config, clock, metrics);
    if (!made.ok()) std::abort();
    core = std::move(*made);
    register_account();
  }
  ~Relay() {
    core.reset();
    store.reset();
    std::filesystem::remove_all(dir);
  }

  std::string nonce_of(const std::shared_ptr<NullConnection>& conn) { return conn->state().nonce; }

  void register_account() {
    auto conn = std::make_shared<NullConnection>();
    core->on_open(conn, 1);
    wire::ClientFrame f;
    f.set_id(1);
    auto* r = f.mutable_register_();
    r->set_identity_key(identity.public_key);
    r->set_registration_id(1);
    auto spk = signal::generate_key_pair();
    r->mutable_signed_prekey()->set_id(1);
    r->mutable_signed_prekey()->set_public_key(spk.public_key);
    r->mutable_signed_prekey()->set_signature(*signal::sign(identity.private_key, spk.public_key));
    r->set_signature(*signal::sign(identity.private_key, wire::register_proof_input(nonce_of(conn), identity.public_key)));
    core->on_message(conn, wire::encode_client_batch({f}));
    if (!store->commit_and_wait(WriteBatch{}, Durability::buffered).ok()) std::abort();
    std::lock_guard lock(conn->mutex_);
    if (conn->state().account) account = *conn->state().account;
    core->on_close(conn);
  }

  void login(const std::shared_ptr<NullConnection>& conn) {
    wire::ClientFrame f;
    f.set_id(2);
    f.mutable_login()->set_account_id(account.bytes());
    f.mutable_login()->set_signature(*signal::sign(identity.private_key, wire::login_proof_input(nonce_of(conn), account.bytes())));
    core->on_message(conn, wire::encode_client_batch({f}));
  }

  std::filesystem::path dir;
  RelayConfig config;
  ManualClock clock{1'700'000'000'000};
  Metrics metrics;
  std::unique_ptr<KvStore> store;
  std::unique_ptr<RelayCore> core;
  signal::KeyPair identity = signal::generate_key_pair();
  AccountId account;
};

Relay& relay() {
  static Relay* r = new Relay();  // lives for the whole run; the folder is left to the OS on exit
  return *r;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  relais::wire::silence_protobuf_logging();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  auto& r = relay();
  auto conn = std::make_shared<NullConnection>();
  {
    std::lock_guard lock(conn->mutex_);
    r.core->on_open(conn, 2);
    if (data[0] & 1) r.login(conn);
    r.core->on_message(conn, std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
  }
  r.clock.advance_ms(1);
  // Let pending commits land before the connection goes, as a real close would.
  if (!r.store->commit_and_wait(WriteBatch{}, Durability::buffered).ok()) std::abort();
  std::lock_guard lock(conn->mutex_);
  r.core->on_close(conn);
  return 0;
}

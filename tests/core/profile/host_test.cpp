// The host loop against the real relay's request handling (RelayCore over RocksDB in a
// temporary folder, in this process) and real vaults on disk. The connection between them is a
// recorder: it keeps every frame the host wrote, can be cut (a crash before the write reached
// the socket) and delivers the relay's answers when the test drives it.
#include "core/profile/host.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <mutex>
#include <thread>

#include "core/vault/format.h"
#include "core/wire/frames.h"
#include "server/relay/metrics.h"
#include "server/relay/relay_core.h"
#include "server/store/kv_store.h"
#include "tests/support/in_process_connection.h"
#include "tests/support/temp_dir.h"

namespace relais::profile {
namespace {

namespace fs = std::filesystem;
namespace ev = engine::event;
using namespace std::chrono_literals;

constexpr std::string_view kPassphrase = "velo tulipe orage";

uint64_t wall_ms() {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count());
}

// One connection: the host's Transport on one side, the relay's Connection on the other.
class Wire final : public Transport {
 public:
  Wire(server::RelayCore& core, uint64_t address_key)
      : core_(core), relay_(std::make_shared<relais::testing::InProcessConnection>()) {
    std::lock_guard lock(relay_->mutex);
    core_.on_open(relay_, address_key);
  }
  ~Wire() override { hang_up(); }

  void send(std::string message) override {
    auto batch = wire::decode_client_batch(message);
    ASSERT_TRUE(batch.ok());
    for (const auto& f : batch->frames()) {
      if (cut_when && cut_when(f)) cut = true;
      sent.push_back({f, cut});
      if (on_send) on_send(f);
    }
    if (cut || closed) return;  // the process died before the bytes left
    std::lock_guard lock(relay_->mutex);
    core_.on_message(relay_, message);
  }
  void close() override {
    closed = true;
    hang_up();
  }

  // What the relay said since last time, as one message (empty when nothing).
  std::string take_incoming() {
    std::lock_guard lock(relay_->mutex);
    if (relay_->inbox.empty()) return {};
    std::string message = wire::join_elements(relay_->inbox);
    relay_->inbox.clear();
    return message;
  }

  void hang_up() {
    if (hung_up_) return;
    hung_up_ = true;
    std::lock_guard lock(relay_->mutex);
    core_.on_close(relay_);
  }

  struct Sent {
    wire::ClientFrame frame;
    bool dropped;  // cut before it reached the relay
  };
  std::vector<Sent> sent;
  bool closed = false;  // by the host
  bool cut = false;
  std::function<bool(const wire::ClientFrame&)> cut_when;
  std::function<void(const wire::ClientFrame&)> on_send;

  size_t count(wire::ClientFrame::BodyCase kind, bool delivered_only = true) const {
    size_t n = 0;
    for (const auto& s : sent) {
      if (s.frame.body_case() == kind && !(delivered_only && s.dropped)) ++n;
    }
    return n;
  }

 private:
  server::RelayCore& core_;
  std::shared_ptr<relais::testing::InProcessConnection> relay_;
  bool hung_up_ = false;
};

// A client device: its host, the events it handed on, and its current connection.
struct Device {
  std::string home;
  std::unique_ptr<Host> host;
  std::unique_ptr<Wire> wire;
  std::vector<engine::Event> events;
  std::vector<Error> failures;
  std::vector<WriteFailure::Step> steps;
  std::function<void(const engine::Event&)> extra;  // a test's own handling, after recording

  void attach(std::unique_ptr<Host> h) {
    host = std::move(h);
    host->on_event([this](const engine::Event& e) {
      events.push_back(e);
      if (extra) extra(e);
    });
    host->on_failure([this](const WriteFailure& f) {
      failures.push_back(f.error);
      steps.push_back(f.step);
    });
  }
  template <class T>
  size_t seen() const {
    size_t n = 0;
    for (const auto& e : events) n += std::holds_alternative<T>(e) ? 1 : 0;
    return n;
  }
};

class HostTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::setenv("RELAIS_VAULT_KDF_LOG2N", "10", 1);
    server::RocksOptions options;
    options.path = (dir_ / "relay").string();
    auto store = server::open_rocks_store(options);
    ASSERT_TRUE(store.ok()) << store.error().message;
    store_ = std::move(*store);
    config_.data_dir = (dir_ / "relay").string();
    auto core = server::RelayCore::create(*store_, config_, clock_, metrics_);
    ASSERT_TRUE(core.ok()) << core.error().message;
    core_ = std::move(*core);
  }
  void TearDown() override {
    for (auto* d : {&alice_, &bob_}) {
      d->wire.reset();
      d->host.reset();
    }
    // Commit callbacks run on the store's writer thread: after an empty batch none is left.
    (void)store_->commit_and_wait(server::WriteBatch{}, server::Durability::buffered);
    core_.reset();
    store_.reset();
  }

  std::string home(const std::string& name) const { return (dir_ / name).string(); }

  // A new connection for `d`, opened (the relay's challenge follows).
  void connect(Device& d) {
    d.wire = std::make_unique<Wire>(*core_, ++address_key_);
    d.host->on_connected(*d.wire);
  }
  // The relay's connection ended too (as after a crash or a drop).
  void disconnect(Device& d) {
    if (d.host) d.host->on_disconnected();
    d.wire.reset();
  }

  // Delivers what the relay says to the devices until `done` holds (or five seconds pass).
  bool drive(const std::function<bool()>& done, std::chrono::milliseconds limit = 5s) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
      for (auto* d : {&alice_, &bob_}) {
        if (!d->host || !d->wire) continue;
        std::string message = d->wire->take_incoming();
        if (!message.empty()) d->host->on_message(message, wall_ms());
      }
      if (done()) return true;
      std::this_thread::sleep_for(1ms);
    }
    return done();
  }

  // Registers `d` in a new profile folder and waits for the backlog of the first log-in.
  void register_device(Device& d, const std::string& name) {
    d.home = home(name);
    auto h = Host::begin_registration(d.home, kPassphrase, {name, "ws://127.0.0.1:1", "", ""});
    ASSERT_TRUE(h.ok()) << h.error().message;
    d.attach(std::move(*h));
    connect(d);
    ASSERT_TRUE(drive([&] { return d.seen<ev::Registered>() == 1; }));
    ASSERT_FALSE(d.host->registering());
  }

  // Opens `d`'s profile again (a restart) and connects it.
  void reopen(Device& d) {
    auto h = Host::open(d.home, kPassphrase);
    ASSERT_TRUE(h.ok()) << h.error().message;
    d.events.clear();
    d.attach(std::move(*h));
    connect(d);
    ASSERT_TRUE(drive([&] { return d.seen<ev::BacklogComplete>() > 0; }));
  }

  // `from` sends `text` to `to` and waits for the relay's confirmation.
  void send_text(Device& from, Device& to, const std::string& text) {
    const AccountId peer = to.host->engine().account_id();
    auto r =
        from.host->command([&](engine::Engine& e) { return e.send_text(peer, text, wall_ms()); });
    ASSERT_TRUE(r.ok()) << r.error().message;
  }

  size_t history_with(const Device& d, const std::string& text) const {
    size_t n = 0;
    for (const auto& m : d.host->engine().history()) n += m.text == text ? 1 : 0;
    return n;
  }

  relais::testing::TempDir dir_{"relais-profile"};
  server::RelayConfig config_;
  server::SystemClock clock_;
  server::Metrics metrics_;
  std::unique_ptr<server::KvStore> store_;
  std::unique_ptr<server::RelayCore> core_;
  uint64_t address_key_ = 0;
  Device alice_;
  Device bob_;
};

// ---- Registration

TEST_F(HostTest, TheVaultIsCreatedWhenTheAccountIsRegisteredAndNotBefore) {
  alice_.home = home("alice");
  auto h =
      Host::begin_registration(alice_.home, kPassphrase, {"alice", "ws://127.0.0.1:1", "", ""});
  ASSERT_TRUE(h.ok()) << h.error().message;
  alice_.attach(std::move(*h));
  EXPECT_TRUE(alice_.host->registering());
  EXPECT_FALSE(exists(alice_.home));

  bool vault_when_registered = false;
  bool vault_when_register_left = true;
  alice_.extra = [&](const engine::Event& e) {
    if (std::holds_alternative<ev::Registered>(e)) {
      // Handlers act on the account only once it is kept.
      vault_when_registered = exists(alice_.home) && !alice_.host->registering();
    }
  };
  connect(alice_);
  alice_.wire->on_send = [&](const wire::ClientFrame& f) {
    if (f.has_register_()) vault_when_register_left = exists(alice_.home);
  };
  ASSERT_TRUE(drive([&] { return alice_.seen<ev::Registered>() == 1; }));
  EXPECT_EQ(alice_.wire->count(wire::ClientFrame::kRegister), 1u);
  EXPECT_FALSE(vault_when_register_left);
  EXPECT_TRUE(vault_when_registered);
  EXPECT_TRUE(alice_.failures.empty());
  const AccountId me = alice_.host->engine().account_id();
  ASSERT_FALSE(me.empty());

  // Created once: more turns save into the same vault (same salt), none creates another.
  const std::string file = (fs::path(alice_.home) / "relais.vault").string();
  auto salt_of = [&] {
    std::ifstream in(file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto header = vault::parse_header(bytes);
    return header.ok() ? header->salt : std::string();
  };
  const std::string salt = salt_of();
  ASSERT_FALSE(salt.empty());
  const AccountId carol = *AccountId::from_bytes(std::string(16, '\x07'));
  ASSERT_TRUE(
      alice_.host->command([&](engine::Engine& e) { return e.add_contact("carol", carol); }).ok());
  alice_.host->tick(wall_ms());
  EXPECT_FALSE(alice_.host->engine().needs_save());
  EXPECT_EQ(salt_of(), salt);
  EXPECT_TRUE(alice_.failures.empty());

  // The account was in the vault from its creation: even a crash now (no last save) keeps it.
  alice_.host.reset();
  auto v = vault::Vault::open(alice_.home, kPassphrase);
  ASSERT_TRUE(v.ok()) << v.error().message;
  auto restored = engine::Engine::restore(v->contents());
  ASSERT_TRUE(restored.ok());
  EXPECT_EQ(restored->account_id(), me);
  EXPECT_EQ(restored->find_contact("carol"), carol);
}

TEST_F(HostTest, AVaultThatCannotBeCreatedIsReportedAndTheConnectionClosed) {
  // The folder's parent is a file: the vault cannot be created there.
  std::ofstream(dir_ / "a-file") << "x";
  alice_.home = (dir_ / "a-file" / "profile").string();
  auto h =
      Host::begin_registration(alice_.home, kPassphrase, {"alice", "ws://127.0.0.1:1", "", ""});
  ASSERT_TRUE(h.ok()) << h.error().message;
  alice_.attach(std::move(*h));
  connect(alice_);
  ASSERT_TRUE(drive([&] { return !alice_.failures.empty(); }));
  EXPECT_NE(alice_.failures[0].message.find("could not be created in " + alice_.home),
            std::string::npos)
      << alice_.failures[0].message;
  EXPECT_EQ(alice_.steps[0], WriteFailure::Step::create);
  EXPECT_TRUE(alice_.wire->closed);
  EXPECT_FALSE(alice_.host->connected());
  EXPECT_TRUE(alice_.host->registering());
  // The account was not handed on as if it were kept.
  EXPECT_EQ(alice_.seen<ev::Registered>(), 0u);
  EXPECT_FALSE(exists(alice_.home));

  // The relay has the account: once the folder can be made, the next try keeps it.
  fs::remove(dir_ / "a-file");
  ASSERT_TRUE(alice_.host->save().ok());
  EXPECT_FALSE(alice_.host->registering());
  alice_.host.reset();
  auto v = vault::Vault::open(alice_.home, kPassphrase);
  ASSERT_TRUE(v.ok()) << v.error().message;
  auto restored = engine::Engine::restore(v->contents());
  ASSERT_TRUE(restored.ok());
  EXPECT_TRUE(restored->registered());
}

TEST_F(HostTest, BeginRegistrationRefusesBadInputAtOnce) {
  const std::string url = "ws://127.0.0.1:1";
  EXPECT_EQ(Host::begin_registration("", kPassphrase, {"alice", url, "", ""}).error().code,
            Errc::invalid_argument);
  EXPECT_EQ(Host::begin_registration(home("a"), "", {"alice", url, "", ""}).error().code,
            Errc::invalid_argument);
  for (const std::string& bad :
       std::vector<std::string>{"", " alice", std::string(65, 'n'), "a\nb"}) {
    auto r = Host::begin_registration(home("a"), kPassphrase, {bad, url, "", ""});
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("pseudonym"), std::string::npos) << r.error().message;
  }
  ::setenv("RELAIS_VAULT_KDF_LOG2N", "9", 1);
  auto weak = Host::begin_registration(home("a"), kPassphrase, {"alice", url, "", ""});
  ASSERT_FALSE(weak.ok());
  EXPECT_NE(weak.error().message.find("RELAIS_VAULT_KDF_LOG2N"), std::string::npos);
  ::setenv("RELAIS_VAULT_KDF_LOG2N", "10", 1);
  EXPECT_FALSE(exists(home("a")));

  register_device(alice_, "alice");
  auto again = Host::begin_registration(alice_.home, kPassphrase, {"other", url, "", ""});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, Errc::already_exists);
}

TEST_F(HostTest, TheKdfCostComesFromTheEnvironmentOnlyWhenSane) {
  for (const char* bad : {"9", "21", "twelve", "12x", "-12"}) {
    ::setenv("RELAIS_VAULT_KDF_LOG2N", bad, 1);
    auto p = vault_kdf_params();
    ASSERT_FALSE(p.ok()) << bad;
    EXPECT_EQ(p.error().code, Errc::invalid_argument);
  }
  ::setenv("RELAIS_VAULT_KDF_LOG2N", "12", 1);
  EXPECT_EQ(vault_kdf_params()->log2_n, 12u);
  ::unsetenv("RELAIS_VAULT_KDF_LOG2N");
  EXPECT_EQ(vault_kdf_params()->log2_n, crypto::ScryptParams{}.log2_n);
  ::setenv("RELAIS_VAULT_KDF_LOG2N", "", 1);
  EXPECT_EQ(vault_kdf_params()->log2_n, crypto::ScryptParams{}.log2_n);
}

// ---- Opening

TEST_F(HostTest, OpeningSaysWhyItCannot) {
  auto none = Host::open(home("nobody"), kPassphrase);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, Errc::not_found);
  EXPECT_EQ(none.error().message, "There is no profile in " + home("nobody") + ".");

  register_device(alice_, "alice");
  alice_.host.reset();
  auto wrong = Host::open(alice_.home, "tulipe velo orage");
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.error().code, Errc::wrong_passphrase);
  EXPECT_EQ(wrong.error().message, "Wrong passphrase for the profile in " + alice_.home + ".");

  auto first = Host::open(alice_.home, kPassphrase);
  ASSERT_TRUE(first.ok()) << first.error().message;
  auto second = Host::open(alice_.home, kPassphrase);  // another program, in effect
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, Errc::permission);
  EXPECT_NE(second.error().message.find("open in another program"), std::string::npos);
  first->reset();
  EXPECT_TRUE(Host::open(alice_.home, kPassphrase).ok());  // the lock went with the host

  // A vault whose contents are not an engine's state, and one whose engine never registered.
  {
    auto v = vault::Vault::create(home("damaged"), kPassphrase, {10, 8, 1}, "not a state");
    ASSERT_TRUE(v.ok());
    auto fresh = engine::Engine::create({"x", "ws://127.0.0.1:1", "", ""});
    ASSERT_TRUE(fresh.ok());
    ASSERT_TRUE(
        vault::Vault::create(home("unregistered"), kPassphrase, {10, 8, 1}, fresh->serialize())
            .ok());
  }
  auto damaged = Host::open(home("damaged"), kPassphrase);
  ASSERT_FALSE(damaged.ok());
  EXPECT_EQ(damaged.error().code, Errc::corrupt);
  EXPECT_EQ(damaged.error().message, "The profile in " + home("damaged") + " is damaged.");
  auto unregistered = Host::open(home("unregistered"), kPassphrase);
  ASSERT_FALSE(unregistered.ok());
  EXPECT_EQ(unregistered.error().code, Errc::not_found);
  EXPECT_NE(unregistered.error().message.find("not registered"), std::string::npos);

  // A truncated file is damaged too, and says so before any passphrase is tried.
  {
    const fs::path file = fs::path(alice_.home) / "relais.vault";
    fs::resize_file(file, fs::file_size(file) / 2);
  }
  auto truncated = Host::open(alice_.home, "any words");
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.error().code, Errc::corrupt);
}

// ---- The order of a turn

TEST_F(HostTest, EventsAreHandledBeforeTheSaveAndNothingLeavesBeforeIt) {
  register_device(alice_, "alice");
  register_device(bob_, "bob");
  // At every write to the relay, the state is on disk.
  size_t writes = 0;
  size_t unsaved_writes = 0;
  bob_.wire->on_send = [&](const wire::ClientFrame&) {
    ++writes;
    if (bob_.host->engine().needs_save()) ++unsaved_writes;
  };
  // Events come first: what a handler does is in the save that follows, before the Ack.
  bool unsaved_at_event = false;
  size_t acks_at_event = 0;
  const AccountId alice_id = alice_.host->engine().account_id();
  bob_.extra = [&](const engine::Event& e) {
    if (!std::holds_alternative<ev::MessageReceived>(e)) return;
    unsaved_at_event = bob_.host->engine().needs_save();
    acks_at_event = bob_.wire->count(wire::ClientFrame::kAck);
    ASSERT_TRUE(
        bob_.host->command([&](engine::Engine& en) { return en.add_contact("alice", alice_id); })
            .ok());
  };
  send_text(alice_, bob_, "bonjour");
  ASSERT_TRUE(drive([&] { return bob_.wire->count(wire::ClientFrame::kAck) == 1; }));
  EXPECT_TRUE(unsaved_at_event);
  EXPECT_EQ(acks_at_event, 0u);
  EXPECT_GT(writes, 0u);
  EXPECT_EQ(unsaved_writes, 0u);
  EXPECT_EQ(alice_.seen<ev::MessageSent>(), 1u);

  // A crash now keeps the message and the contact the handler added.
  bob_.wire.reset();
  bob_.host.reset();
  auto v = vault::Vault::open(bob_.home, kPassphrase);
  ASSERT_TRUE(v.ok());
  auto restored = engine::Engine::restore(v->contents());
  ASSERT_TRUE(restored.ok());
  EXPECT_EQ(restored->find_contact("alice"), alice_id);
  ASSERT_EQ(restored->history().size(), 1u);
  EXPECT_EQ(restored->history()[0].text, "bonjour");
}

TEST_F(HostTest, AFailedSaveHoldsBackTheAckAndTheNextConnectionCatchesUp) {
  register_device(alice_, "alice");
  register_device(bob_, "bob");
  // Bob's disk refuses the next write: the temporary file's name is taken by a folder.
  const fs::path blocker = fs::path(bob_.home) / "relais.vault.tmp";
  fs::create_directory(blocker);
  send_text(alice_, bob_, "tu es là ?");
  ASSERT_TRUE(drive([&] { return !bob_.failures.empty(); }));
  EXPECT_NE(bob_.failures[0].message.find("could not be saved"), std::string::npos)
      << bob_.failures[0].message;
  EXPECT_EQ(bob_.steps[0], WriteFailure::Step::save);
  EXPECT_EQ(bob_.seen<ev::MessageReceived>(), 1u);  // shown, but not acknowledged
  EXPECT_EQ(bob_.wire->count(wire::ClientFrame::kAck, /*delivered_only=*/false), 0u);
  EXPECT_TRUE(bob_.wire->closed);
  EXPECT_FALSE(bob_.host->connected());
  EXPECT_TRUE(bob_.host->engine().needs_save());
  // Input after the host closed its connection is not taken in (it would not parse).
  const size_t events_before = bob_.events.size();
  bob_.host->on_message("whatever", wall_ms());
  EXPECT_EQ(bob_.events.size(), events_before);

  // The disk is back: the next connection saves, then acknowledges, and shows nothing twice.
  fs::remove(blocker);
  disconnect(bob_);
  connect(bob_);
  ASSERT_TRUE(drive([&] { return bob_.wire->count(wire::ClientFrame::kAck) == 1; }));
  EXPECT_FALSE(bob_.host->engine().needs_save());
  EXPECT_EQ(bob_.seen<ev::MessageReceived>(), 1u);
  EXPECT_EQ(history_with(bob_, "tu es là ?"), 1u);

  // The relay has let go of it: a restart finds an empty queue.
  ASSERT_TRUE(bob_.host->save().ok());
  disconnect(bob_);
  bob_.host.reset();
  reopen(bob_);
  drive([] { return false; }, 100ms);
  EXPECT_EQ(bob_.seen<ev::MessageReceived>(), 0u);
  EXPECT_EQ(history_with(bob_, "tu es là ?"), 1u);
}

TEST_F(HostTest, ACrashBetweenSaveAndSendLosesNothing) {
  register_device(alice_, "alice");
  register_device(bob_, "bob");
  // Alice's process dies as her message is about to leave, after the save it needed.
  alice_.wire->cut_when = [](const wire::ClientFrame& f) { return f.has_send(); };
  bool saved_when_cut = false;
  alice_.wire->on_send = [&](const wire::ClientFrame& f) {
    if (f.has_send()) saved_when_cut = !alice_.host->engine().needs_save();
  };
  send_text(alice_, bob_, "premier");
  ASSERT_TRUE(drive([&] { return alice_.wire->cut; }));
  EXPECT_TRUE(saved_when_cut);
  EXPECT_EQ(alice_.seen<ev::MessageSent>(), 0u);
  alice_.host.reset();  // the crash: no save, no close
  alice_.wire.reset();

  // Restarted, she sends it again by herself; Bob receives it once.
  reopen(alice_);
  ASSERT_TRUE(drive([&] { return alice_.seen<ev::MessageSent>() == 1; }));
  ASSERT_TRUE(drive([&] { return bob_.seen<ev::MessageReceived>() == 1; }));

  // Bob's process dies as his Ack is about to leave.
  bob_.wire->cut_when = [](const wire::ClientFrame& f) { return f.has_ack(); };
  send_text(alice_, bob_, "second");
  ASSERT_TRUE(drive([&] { return bob_.wire->cut; }));
  EXPECT_EQ(bob_.seen<ev::MessageReceived>(), 2u);
  bob_.host.reset();
  bob_.wire.reset();
  // Restarted: the relay delivers it again; it was kept, so it is neither lost nor doubled.
  reopen(bob_);
  ASSERT_TRUE(drive([&] { return bob_.wire->count(wire::ClientFrame::kAck) == 1; }));
  EXPECT_EQ(bob_.seen<ev::MessageReceived>(), 0u);
  EXPECT_EQ(history_with(bob_, "premier"), 1u);
  EXPECT_EQ(history_with(bob_, "second"), 1u);
}

// ---- Commands and handlers

TEST_F(HostTest, CommandsLeaveWithoutAPump) {
  register_device(alice_, "alice");
  const size_t before = alice_.wire->count(wire::ClientFrame::kListRooms);
  const engine::RequestId r =
      alice_.host->command([](engine::Engine& e) { return e.list_rooms(); });
  EXPECT_NE(r, 0u);
  EXPECT_EQ(alice_.wire->count(wire::ClientFrame::kListRooms), before + 1);
  ASSERT_TRUE(drive([&] { return alice_.seen<ev::RoomsListed>() > 0; }));

  // A command given by a handler leaves in the same turn; a close asked there waits for it.
  alice_.extra = [&](const engine::Event& e) {
    if (!std::holds_alternative<ev::RoomsListed>(e)) return;
    alice_.extra = nullptr;
    alice_.host->command([](engine::Engine& en) { return en.list_permanences(); });
    alice_.host->close_connection();
    EXPECT_TRUE(alice_.host->connected());  // not yet
  };
  alice_.host->command([](engine::Engine& e) { return e.list_rooms(); });
  ASSERT_TRUE(drive([&] { return alice_.wire->closed; }));
  EXPECT_EQ(alice_.wire->count(wire::ClientFrame::kListPermanences), 1u);
  EXPECT_FALSE(alice_.host->connected());
  // Offline, commands still run and save; what they would send waits for the next log-in.
  const AccountId dan = *AccountId::from_bytes(std::string(16, '\x05'));
  ASSERT_TRUE(
      alice_.host->command([&](engine::Engine& e) { return e.add_contact("dan", dan); }).ok());
  EXPECT_FALSE(alice_.host->engine().needs_save());
}

TEST_F(HostTest, AHandlerMayCloseTheHost) {
  register_device(alice_, "alice");
  register_device(bob_, "bob");
  bob_.extra = [&](const engine::Event& e) {
    if (std::holds_alternative<ev::MessageReceived>(e)) {
      ASSERT_TRUE(bob_.host->save().ok());
      bob_.host.reset();  // a person locks the profile as the message shows
    }
  };
  send_text(alice_, bob_, "un");
  ASSERT_TRUE(drive([&] { return bob_.host == nullptr; }));
  bob_.extra = nullptr;
  bob_.wire.reset();
  reopen(bob_);
  EXPECT_EQ(history_with(bob_, "un"), 1u);
}

TEST_F(HostTest, SuspendedSavesHoldBackWhatNeedsThem) {
  register_device(alice_, "alice");
  register_device(bob_, "bob");
  bob_.host->suspend_saves();  // as during a passphrase change on another thread
  send_text(alice_, bob_, "attends");
  ASSERT_TRUE(drive([&] { return bob_.seen<ev::MessageReceived>() == 1; }));
  drive([] { return false; }, 100ms);
  EXPECT_EQ(bob_.wire->count(wire::ClientFrame::kAck), 0u);
  EXPECT_TRUE(bob_.host->engine().needs_save());
  EXPECT_TRUE(bob_.failures.empty());
  EXPECT_TRUE(bob_.host->connected());
  bob_.host->resume_saves();
  EXPECT_FALSE(bob_.host->engine().needs_save());
  EXPECT_EQ(bob_.wire->count(wire::ClientFrame::kAck), 1u);
}

}  // namespace
}  // namespace relais::profile

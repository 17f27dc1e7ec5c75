// The engine tests' relay: the relay's real request handling (RelayCore over RocksDB in a
// temporary folder, in this process, sans-I/O like the engine) and client engines driven the way
// a host drives them (events, then save, then send). Between them only the transport is the
// test's: it can lose, reorder or rewrite frames, or inject its own, as a network or a broken
// relay would.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/engine/engine.h"
#include "core/wire/frames.h"
#include "server/relay/clock.h"
#include "server/relay/config.h"

namespace relais::testing {
class TempDir;
class InProcessConnection;
}  // namespace relais::testing

namespace relais::server {
class KvStore;
class RelayCore;
class Metrics;
}  // namespace relais::server

namespace relais::engine::testing {

class LiveRelay;

// One client device: an engine and its "disk" (the last saved blob). A connected device stays
// where it is (the relay keeps its address) and is disconnected when it goes.
struct Device {
  explicit Device(Engine e) : engine(std::move(e)) {}
  Device(Device&& other) noexcept;
  Device& operator=(Device&&) = delete;
  ~Device();
  Engine engine;
  std::string disk;
  bool autosave = true;  // save whenever the engine asks, as a host must
  std::vector<Event> events;
  // ---- The transport, as a test wants it (the relay stays the real one)
  // Frames from the relay this device never receives (an answer lost with the connection).
  std::function<bool(const wire::ServerFrame&)> lose;
  // Rewrites frames from the relay (a relay that breaks the protocol).
  std::function<void(wire::ServerFrame&)> rewrite;
  // Room entries are handed over before the one-to-one envelopes of the same delivery (the
  // relay's two streams are independent: a reconnect may bring them in either order).
  bool room_entries_first = false;
  // ---- What went over the wire
  std::vector<wire::ClientFrame> sent;      // every frame this device wrote to the relay
  std::vector<wire::ServerFrame> received;  // every frame the relay delivered to it

  // Saves the way a host must: the whole state, then tells the engine.
  void save() {
    disk = engine.serialize();
    engine.saved();
  }
  template <class T>
  std::vector<T> seen() const {
    std::vector<T> out;
    for (const auto& e : events) {
      if (const T* t = std::get_if<T>(&e)) out.push_back(*t);
    }
    return out;
  }
  // The RequestFailed events for `request`.
  std::vector<event::RequestFailed> failures(RequestId request) const;
  bool connected() const { return pipe_ != nullptr; }

 private:
  friend class LiveRelay;
  std::shared_ptr<relais::testing::InProcessConnection> pipe_;
  LiveRelay* relay_ = nullptr;
};

// A new, unregistered device (pseudonym `name`).
Device new_device(const std::string& name, const std::string& invite_code = {});

class LiveRelay {
 public:
  // `configure` adjusts the relay's options before it starts (invite codes, proof of work,
  // extra rooms, the resources file).
  explicit LiveRelay(const std::function<void(server::RelayConfig&)>& configure = {});
  ~LiveRelay();
  LiveRelay(const LiveRelay&) = delete;
  LiveRelay& operator=(const LiveRelay&) = delete;

  // Opens a connection for `d` (the relay's challenge follows at the next pump).
  void connect(Device& d);
  // Ends it on both sides, as a dropped network does.
  void disconnect(Device& d);
  // Moves frames between the devices and the relay until nothing moves any more; the events of
  // every device that was connected here are taken in, connected now or not.
  void pump();
  // connect() and pump() until `d` is registered or logged in.
  void connect_and_log_in(Device& d);

  // Hands `d` a message (or frames) as if the relay had sent it.
  void inject(Device& d, const std::string& message);
  void inject(Device& d, const std::vector<wire::ServerFrame>& frames);
  // Writes a frame to the relay on `d`'s connection as a client of another make would (a
  // malformed post, say); its answer is recorded in `d.received` but not given to the engine.
  void send_raw(Device& d, wire::ClientFrame frame);

  // The one-time code with which the first admin registers (`relaisd admin-invite`).
  std::string admin_invite();
  // Every frame any device wrote to the relay, and the last room entry the relay delivered.
  size_t frames_in() const { return frames_in_; }
  std::optional<wire::RoomEntry> last_room_entry(const std::string& room) const;
  server::ManualClock& clock() { return clock_; }
  const server::RelayConfig& config() const { return config_; }

 private:
  void settle();
  bool deliver(Device& d);
  void take_events(Device& d);

  std::unique_ptr<relais::testing::TempDir> dir_;
  server::RelayConfig config_;
  server::ManualClock clock_{1'700'000'000'000};
  std::unique_ptr<server::Metrics> metrics_;
  std::unique_ptr<server::KvStore> store_;
  std::unique_ptr<server::RelayCore> core_;
  void forget(Device& d);
  friend struct Device;

  std::vector<Device*> devices_;  // connected
  std::vector<Device*> known_;    // ever connected here, and still alive
  uint64_t next_address_ = 1;
  size_t frames_in_ = 0;
  std::vector<wire::RoomEntry> room_log_;
};

// Two people registered and connected to one relay; Alice has Bob as a contact.
class AliceAndBob : public ::testing::Test {
 protected:
  void SetUp() override {
    relay.connect_and_log_in(alice);
    relay.connect_and_log_in(bob);
    ASSERT_TRUE(alice.engine.add_contact("bob", bob.engine.account_id()).ok());
    relay.pump();
  }

  LiveRelay relay;
  Device alice = new_device("Alice");
  Device bob = new_device("Bob");
};

}  // namespace relais::engine::testing

// A tiny in-memory stand-in for relaisd that plays its role per session.md, for the engine's unit
// tests only: it checks signatures with the real XEdDSA code, keeps queues until acknowledged and
// pushes them at log-in. The real relay is tested against real clients end to end.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/base/account_id.h"
#include "core/engine/engine.h"
#include "core/wire/frames.h"

namespace relais::engine::testing {

// One client device: an engine and its "disk" (the last saved blob).
struct Device {
  explicit Device(Engine e) : engine(std::move(e)) {}
  Engine engine;
  std::string disk;
  bool autosave = true;
  bool connected = false;
  std::vector<Event> events;
  uint64_t clock_ms = 1'000;

  // Saves the way a host must: the whole state, then tells the engine.
  void save() {
    disk = engine.serialize();
    engine.saved();
  }
  // Events of one type seen so far.
  template <class T>
  std::vector<T> seen() const {
    std::vector<T> out;
    for (const auto& e : events) {
      if (const T* t = std::get_if<T>(&e)) out.push_back(*t);
    }
    return out;
  }
};

class TestRelay {
 public:
  struct Account {
    std::string identity_key;
    uint32_t registration_id = 0;
    wire::SignedPrekey signed_prekey;
    std::deque<wire::Prekey> prekeys;
    std::vector<wire::Envelope> queue;  // unacknowledged, in seq order
    uint64_t next_seq = 1;
  };

  // A room as the relay keeps it: members (with their read cursors) and one log.
  struct Room {
    wire::RoomInfo info;
    std::map<AccountId, uint64_t> cursors;  // member → last acknowledged seq
    std::vector<wire::RoomEntry> log;       // seq i+1 at index i
  };
  // Adds an open room (as a relay's first start does for the regional rooms).
  void add_room(const std::string& id, uint32_t max_members = 0, uint64_t lifetime_s = 0);
  // Appends an event to a room's log and pushes it to online members (e.g. a kick).
  void append(const std::string& room, wire::RoomEntry entry);
  std::map<std::string, Room> rooms;
  uint64_t room_clock_ms = 1'700'000'000'000;

  // At log-in, push room entries before the queued envelopes (they travel independently).
  bool room_entries_first = false;
  std::vector<std::pair<AccountId, AccountId>> send_log;  // (from, to) of every Send taken
  size_t frames_in = 0;                                    // every frame any client sent

  uint32_t pow_difficulty = 0;
  bool require_invite = false;
  // When set, the relay keeps the envelope but never answers Sent (as if the connection broke).
  bool swallow_sent = false;
  // When set, FetchBundle is answered with a Pong: a relay that breaks the protocol.
  bool answer_fetch_wrongly = false;

  void connect(Device& d);
  void disconnect(Device& d);
  // Moves frames between the devices and the relay until nothing moves.
  void pump();
  // Delivers raw bytes to a device, as if the relay had sent them.
  void inject(Device& d, const std::string& message);
  void inject(Device& d, const std::vector<wire::ServerFrame>& frames);

  std::map<AccountId, Account> accounts;
  std::vector<Device*> devices;

 private:
  struct Conn {
    std::string nonce;
    AccountId account;
    bool authed = false;
  };
  void handle(Device& d, const std::string& message);
  void handle_frame(Device& d, const wire::ClientFrame& f, std::vector<wire::ServerFrame>& out);
  void deliver(Device& d, const std::vector<wire::ServerFrame>& frames);
  Device* online(const AccountId& id);
  void handle_room_frame(Conn& c, const wire::ClientFrame& f, std::vector<wire::ServerFrame>& out);
  std::map<Device*, Conn> conns_;
};

}  // namespace relais::engine::testing

// Connection: what request handling sees of one client connection. The WebSocket session
// implements it; tests and the fuzzer implement it without a socket. All ConnState fields are
// touched only on the connection's strand (inside post() or a handler called from the session).
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/base/account_id.h"
#include "core/wire/frames.h"
#include "server/relay/rate_limiter.h"

namespace relais::server {

// Where one connection stands in a sequence it receives (its one-to-one queue, or a room log).
struct DeliveryCursor {
  uint64_t delivered_upto = 0;   // highest sequence pushed on this connection
  bool live = false;             // caught up with the store: push new entries as they commit
  bool pumping = false;          // a read from the store is under way
};

struct MailboxCursor : DeliveryCursor {
  std::map<uint64_t, uint32_t> in_flight;  // pushed, not yet acknowledged: seq -> bytes
};

struct RoomCursor : DeliveryCursor {
  uint64_t acked = 0;            // highest sequence the client acknowledged
  uint64_t stored_ack = 0;       // the cursor last noted for the next flush
  std::deque<std::pair<uint64_t, uint32_t>> unacked;  // pushed, not yet acknowledged: seq, bytes
  // The entry that ended the membership (leave, kick, ban), once known: delivered last, in
  // order after the entries before it, then the cursor is dropped. 0 while the membership lasts.
  uint64_t ends_at = 0;
  // RoomService's count of ended memberships when this one was last seen to last: while the
  // count has not moved, no entry of the log can end it (kMembershipUnseen: never seen yet).
  static constexpr uint64_t kMembershipUnseen = ~uint64_t{0};
  uint64_t membership_seen = kMembershipUnseen;
};

struct ConnState {
  std::string nonce;                       // the challenge of this connection
  std::optional<AccountId> account;        // set by a successful Register or Login
  uint64_t address_key = 0;                // keyed hash of the peer address; rate limiting only
  uint64_t network_key = 0;                // ... of its network (IPv4 /24, IPv6 /48); the same
  // The day the logged-in account registered (records::Account::registered_day_ms); 0 for an
  // account from before it was recorded, or one holding a role: not new.
  uint64_t registered_day_ms = 0;
  bool waiting_login = false;              // counted by the ConnectionGate until it logs in
  uint64_t gate_place = 0;                 // its place in the ConnectionGate while waiting
  TokenBucket frames;
  MailboxCursor mailbox;
  std::map<std::string, RoomCursor, std::less<>> rooms;
  // Bytes of envelopes and room entries pushed and not yet acknowledged, all together: kept
  // under RelayConfig::delivery_window_bytes, so deliveries never outgrow the write queue.
  size_t delivery_bytes = 0;
  std::string resume_from;                 // the room RoomService::resume() serves first
  bool authenticating = false;             // a Register or Login is being committed
  // Member rows listed (ListMembers) for the WebSocket message being handled: bounded per
  // message, since a message's answers are all built before any of them is written.
  size_t member_rows_in_message = 0;
};

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  enum class CloseReason {
    policy,
    going_away,
    too_slow,
    replaced,                  // a newer log-in of the same account (one connection per account)
    too_many_unauthenticated,  // the relay holds all the connections not logged in it allows
    too_many_from_address,     // ... from this address (IPv6: this prefix)
    too_many_from_network,     // ... from this network (IPv4 /24, IPv6 /48 by default)
    displaced,                 // waited longest, in the network holding most places, for a newcomer
    login_timeout,             // no log-in within RelayConfig::login_timeout of the challenge
  };
  // The WebSocket close reason sent with each (a few words, no identifier).
  static const char* describe(CloseReason reason);

  virtual ~Connection() = default;

  // Queues an encoded frame for this client. Thread-safe.
  virtual void send(wire::SharedElement element) = 0;
  void send(const wire::ServerFrame& frame) { send(wire::share_element(frame)); }
  // Runs `fn` on this connection's strand. Thread-safe.
  virtual void post(std::function<void()> fn) = 0;
  // Closes the connection (after what is queued). Thread-safe.
  virtual void close(CloseReason reason) = 0;

  ConnState& state() { return state_; }

 private:
  ConnState state_;
};

using ConnectionPtr = std::shared_ptr<Connection>;
using ConnectionWeak = std::weak_ptr<Connection>;

}  // namespace relais::server

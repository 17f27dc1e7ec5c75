// RelayContext: what every request handler shares — the store, the configuration, the clock,
// the metrics, and the registry of online accounts.
#pragma once

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "core/base/account_id.h"
#include "server/relay/clock.h"
#include "server/relay/config.h"
#include "server/relay/connection.h"
#include "server/relay/log.h"
#include "server/relay/metrics.h"
#include "server/relay/rate_limiter.h"
#include "server/store/kv_store.h"

namespace relais::server {

// Which connection, if any, is logged in as each account. One connection per account: a new
// log-in replaces the previous connection (the client's profile allows one program at a time).
class OnlineRegistry {
 public:
  // Makes `conn` the account's connection and returns the one it replaces, if any.
  ConnectionPtr attach(const AccountId& account, const ConnectionPtr& conn);
  void detach(const AccountId& account, const Connection* conn);
  ConnectionPtr find(const AccountId& account) const;
  size_t size() const;

 private:
  mutable std::mutex mutex_;
  std::unordered_map<AccountId, ConnectionWeak> by_account_;
};

// What one account may do, whatever connection it uses: in memory only, keyed by a hash of the
// account id, never written (a seizure of the disk learns nothing from them).
struct AccountLimits {
  explicit AccountLimits(const RelayConfig& c);
  KeyedLimiter messages;      // Send
  KeyedLimiter room_posts;    // PostRoom, all rooms together
  KeyedLimiter room_post_bytes;  // ... their ciphertext bytes
  KeyedLimiter stored_bytes;  // bytes stored for others a day: envelopes, room posts, markers
  KeyedLimiter org_messages;  // out-of-hours markers, per account and organisation
  KeyedLimiter bundle_fetches;    // FetchBundle, per requesting account
  KeyedLimiter prekey_handouts;   // one-time prekeys given out, per target account
  KeyedLimiter identity_lookups;  // GetIdentityKey, per requesting account
  KeyedLimiter joins;             // JoinRoom (knocks too), all rooms together
  KeyedLimiter knocks;            // knocks on permanences that made a ticket
};

// Refusals by the limits against many accounts of one person (Sybils), tallied for the log:
// one line a minute per kind, with a count and never an address or an account.
enum class Refusal {
  registration_address,
  registration_network,
  queue_sender,
  queue_network,
  queue_new_accounts,
  stored_network,
  stored_new_account,
  join_account,
  join_network,
  knock_room_full,
  knock_network,
  org_inbox_network,
  connection_address,
  connection_network,
  handshaking_displaced,
  permanence_queue_max,
  permanence_queue_network,
  permanence_queue_new_accounts,
  knock_account,
  permanence_away,
  room_posts_network,
  kCount,
};

// What the accounts of one network may do together (IPv4 /24, IPv6 /48 by default), keyed by the
// network's keyed hash (server/relay/address.h); in memory only, like AccountLimits.
struct NetworkLimits {
  explicit NetworkLimits(const RelayConfig& c);
  KeyedLimiter registrations;
  KeyedLimiter stored_bytes;
  KeyedLimiter joins;
  KeyedLimiter room_posts;  // PostRoom, all rooms and all the network's accounts together
};

struct RelayContext {
  RelayContext(KvStore& s, const RelayConfig& c, const Clock& k, Metrics& m);

  KvStore& store;
  const RelayConfig& config;
  const Clock& clock;
  Metrics& metrics;
  OnlineRegistry online;
  AccountLimits limits;
  NetworkLimits network_limits;
  std::string franking_key;  // the relay's secret for franking tags (Table::meta)
  // Set by RelayCore: delivers more of the mailbox and rooms to a connection that just freed room
  // in its delivery window (an acknowledgement). On the connection's strand.
  std::function<void(const ConnectionPtr&)> resume_delivery;

  static uint64_t account_key(const AccountId& account) { return std::hash<AccountId>{}(account); }

  // Whether one more delivery of `bytes` fits the connection's window of unacknowledged bytes
  // (always when nothing is in flight, so that any entry the relay accepted gets through).
  bool delivery_fits(const ConnState& st, size_t bytes) const {
    return st.delivery_bytes == 0 || st.delivery_bytes + bytes <= config.delivery_window_bytes;
  }
  // Takes `bytes` from the account's daily budget of stored bytes and from its network's (a new
  // account may owe only part of its burst: RelayConfig::stored_bytes_new_account_burst);
  // answers QUOTA_EXCEEDED if either is spent. give_back_stored() returns them when the write
  // is refused afterwards (`network`: the connection's ConnState::network_key).
  bool take_stored(Connection& conn, uint64_t id, const AccountId& account, size_t bytes);
  void give_back_stored(const AccountId& account, size_t bytes, uint64_t network = 0);

  // Whether the connection's account is new (younger than RelayConfig::new_account_days): new
  // accounts count as one sender in a queue's share and have a smaller stored-bytes burst.
  bool is_new_account(const ConnState& st) const;
  // How old the account is, in days, counted from the end of the day it registered (so never
  // older than it is); a large number for an account that is not new.
  double account_age_days(const ConnState& st) const;
  // The day `now_ms` falls in, as stored in records (day resolution: no precise time kept).
  static uint64_t day_of(uint64_t now_ms) { return now_ms - now_ms % (24ull * 3600 * 1000); }

  // One refusal by a limit against many accounts, tallied for the log (one line a minute).
  void refused(Refusal kind) { tallies_[static_cast<size_t>(kind)]->note(); }
  uint64_t refusals(Refusal kind) const { return tallies_[static_cast<size_t>(kind)]->total(); }
  // Writes the tallies counted since their last line (upkeep, about once a minute).
  void flush_tallies();

  // The free space of the data folder, as measured by the server now and then. Under
  // RelayConfig::min_free_disk_bytes new member writes are refused (one log line a minute).
  void set_free_disk_bytes(uint64_t bytes);
  bool disk_low() const { return disk_low_.load(std::memory_order_relaxed); }
  // Answers INSUFFICIENT_STORAGE and returns true when the disk is low.
  bool refuse_if_disk_low(Connection& conn, uint64_t id);

  // Sends a frame, counting it by type.
  void reply(Connection& conn, const wire::ServerFrame& frame);
  void reply_shared(Connection& conn, int body_field, wire::SharedElement element);
  // Sends an error frame answering request `id`.
  void fail(Connection& conn, uint64_t id, wire::ErrorCode code, std::string message);
  // The same, naming the limit that refused (a client words each apart).
  void fail(Connection& conn, uint64_t id, wire::ErrorCode code, wire::Limit limit,
            std::string message);
  // INVALID_ARGUMENT carrying what broke the contract (core/wire/contract.h).
  void fail(Connection& conn, uint64_t id, const wire::Violation& violation);
  void store_failed(Connection& conn, uint64_t id);
  // A store read or write failed: counted, and logged at most once a minute (`what` is a few
  // fixed words; never an id or a payload).
  void store_trouble(const char* what, std::string_view detail = {});

  // A commit callback that answers a request once its batch is stored: `answer` (its id set),
  // or STORE_FAILURE if the write failed. A refusal is the caller's to answer.
  KvStore::Done answer_when_stored(ConnectionPtr conn, wire::ServerFrame answer);
  // Commits a batch no request waits for (cursors, counts, upkeep): a refusal or a failed write
  // is only logged, naming `what`. Returns whether the store queued it.
  bool commit_unanswered(WriteBatch batch, Durability durability, const char* what);

 private:
  std::atomic<bool> disk_low_{false};
  std::array<std::unique_ptr<log::Tally>, static_cast<size_t>(Refusal::kCount)> tallies_;
  log::Throttle store_log_{std::chrono::minutes(1)};
  log::Throttle disk_log_{std::chrono::minutes(1)};
};

}  // namespace relais::server

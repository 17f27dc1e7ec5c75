// RelayContext: what every request handler shares — the store, the configuration, the clock,
// the metrics, and the registry of online accounts.
#pragma once

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
};

struct RelayContext {
  RelayContext(KvStore& s, const RelayConfig& c, const Clock& k, Metrics& m)
      : store(s), config(c), clock(k), metrics(m), limits(c) {}

  KvStore& store;
  const RelayConfig& config;
  const Clock& clock;
  Metrics& metrics;
  OnlineRegistry online;
  AccountLimits limits;
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
  // Takes `bytes` from the account's daily budget of stored bytes; answers QUOTA_EXCEEDED if
  // the budget is spent. give_back_stored() returns them when the write is refused afterwards.
  bool take_stored(Connection& conn, uint64_t id, const AccountId& account, size_t bytes);
  void give_back_stored(const AccountId& account, size_t bytes);

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
  log::Throttle store_log_{std::chrono::minutes(1)};
  log::Throttle disk_log_{std::chrono::minutes(1)};
};

}  // namespace relais::server

// RelayContext: what every request handler shares — the store, the configuration, the clock,
// the metrics, and the registry of online accounts.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "core/base/account_id.h"
#include "server/relay/clock.h"
#include "server/relay/config.h"
#include "server/relay/connection.h"
#include "server/relay/metrics.h"
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

struct RelayContext {
  RelayContext(KvStore& s, const RelayConfig& c, const Clock& k, Metrics& m)
      : store(s), config(c), clock(k), metrics(m) {}

  KvStore& store;
  const RelayConfig& config;
  const Clock& clock;
  Metrics& metrics;
  OnlineRegistry online;
  std::string franking_key;  // the relay's secret for franking tags (Table::meta)

  // Sends a frame, counting it by type.
  void reply(Connection& conn, const wire::ServerFrame& frame);
  void reply_shared(Connection& conn, int body_field, wire::SharedElement element);
  // Sends an error frame answering request `id`.
  void fail(Connection& conn, uint64_t id, wire::ErrorCode code, std::string message);
  // INVALID_ARGUMENT carrying what broke the contract (core/wire/contract.h).
  void fail(Connection& conn, uint64_t id, const wire::Violation& violation);
  void store_failed(Connection& conn, uint64_t id);

  // A commit callback that answers a request once its batch is stored: `answer` (its id set),
  // or STORE_FAILURE if the write failed. A refusal is the caller's to answer.
  KvStore::Done answer_when_stored(ConnectionPtr conn, wire::ServerFrame answer);
  // Commits a batch no request waits for (cursors, counts, upkeep): a refusal or a failed write
  // is only logged, naming `what`. Returns whether the store queued it.
  bool commit_unanswered(WriteBatch batch, Durability durability, const char* what);
};

}  // namespace relais::server

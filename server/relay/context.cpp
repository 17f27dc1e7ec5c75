#include "server/relay/context.h"

#include <algorithm>

#include "core/wire/contract.h"
#include "server/relay/log.h"

namespace relais::server {
namespace {

constexpr double kDayS = 24 * 3600;

// `amount` a day, evenly, of which at most `burst` at once.
RateLimit per_day(uint64_t amount, uint64_t burst) {
  return {static_cast<double>(amount) / kDayS, static_cast<double>(std::min(amount, burst))};
}

RateLimit one_per(std::chrono::seconds interval) {
  return {interval.count() > 0 ? 1.0 / static_cast<double>(interval.count()) : 1e9, 1};
}

}  // namespace

AccountLimits::AccountLimits(const RelayConfig& c)
    : messages(c.messages_per_account, c.rate_limit_max_keys),
      room_posts(c.room_posts_per_account, c.rate_limit_max_keys),
      room_post_bytes(c.room_post_bytes_per_account, c.rate_limit_max_keys),
      stored_bytes(per_day(c.stored_bytes_per_day, c.stored_bytes_burst), c.rate_limit_max_keys),
      org_messages(one_per(c.org_message_interval), c.rate_limit_max_keys),
      bundle_fetches(c.bundle_fetches_per_account, c.rate_limit_max_keys),
      prekey_handouts(c.prekeys_per_target, c.rate_limit_max_keys),
      identity_lookups(c.identity_lookups_per_account, c.rate_limit_max_keys),
      joins(c.joins_per_account, c.rate_limit_max_keys),
      knocks(c.knocks_per_account, c.rate_limit_max_keys) {}

NetworkLimits::NetworkLimits(const RelayConfig& c)
    : registrations(c.registrations_per_network, c.rate_limit_max_keys),
      stored_bytes(per_day(c.stored_bytes_per_network_per_day, c.stored_bytes_per_network_burst),
                   c.rate_limit_max_keys),
      joins(c.joins_per_network, c.rate_limit_max_keys),
      room_posts(c.room_posts_per_network, c.rate_limit_max_keys) {}

RelayContext::RelayContext(KvStore& s, const RelayConfig& c, const Clock& k, Metrics& m)
    : store(s), config(c), clock(k), metrics(m), limits(c), network_limits(c) {
  // What each line says; the count and the time follow ("..., 312 in the last minute").
  const char* what[] = {
      "registrations refused: per-address limit",
      "registrations refused: per-network limit",
      "messages refused: one sender's share of a recipient's queue",
      "messages refused: one network's share of a recipient's queue",
      "messages refused: new accounts' share of a recipient's queue",
      "stored bytes refused: per-network daily budget",
      "stored bytes refused: a new account's smaller burst",
      "room joins refused: per-account limit",
      "room joins refused: per-network limit",
      "join requests refused: the room has as many waiting as it allows",
      "join requests refused: one network's share of a room's requests",
      "out-of-hours messages refused: one network's share of an organisation's inbox",
      "connections refused before the handshake: per-address limit",
      "connections refused before the handshake: per-network limit",
      "connections closed while handshaking: max-handshaking reached, the oldest went",
      "knocks refused: the permanence's queue is at permanence-queue-max",
      "knocks refused: one network's share of a permanence's queue",
      "knocks refused: new accounts' share of a permanence's queue",
      "knocks refused: per-account limit",
      "waiting tickets given up: their member was away",
      "room posts refused: per-network limit",
  };
  static_assert(std::size(what) == static_cast<size_t>(Refusal::kCount));
  for (size_t i = 0; i < tallies_.size(); ++i) tallies_[i] = std::make_unique<log::Tally>(what[i]);
}

void RelayContext::flush_tallies() {
  for (auto& t : tallies_) t->flush();
}

bool RelayContext::is_new_account(const ConnState& st) const {
  return account_age_days(st) < static_cast<double>(config.new_account_days);
}

double RelayContext::account_age_days(const ConnState& st) const {
  if (st.registered_day_ms == 0 || config.new_account_days == 0) return 1e9;
  const uint64_t end_of_day = st.registered_day_ms + 24ull * 3600 * 1000;
  const uint64_t now = clock.now_ms();
  return now <= end_of_day ? 0.0 : static_cast<double>(now - end_of_day) / (kDayS * 1000.0);
}

ConnectionPtr OnlineRegistry::attach(const AccountId& account, const ConnectionPtr& conn) {
  std::lock_guard lock(mutex_);
  auto& slot = by_account_[account];
  ConnectionPtr previous = slot.lock();
  slot = conn;
  return previous;
}

void OnlineRegistry::detach(const AccountId& account, const Connection* conn) {
  std::lock_guard lock(mutex_);
  auto it = by_account_.find(account);
  if (it == by_account_.end()) return;
  auto current = it->second.lock();
  if (!current || current.get() == conn) by_account_.erase(it);
}

ConnectionPtr OnlineRegistry::find(const AccountId& account) const {
  std::lock_guard lock(mutex_);
  auto it = by_account_.find(account);
  return it == by_account_.end() ? nullptr : it->second.lock();
}

size_t OnlineRegistry::size() const {
  std::lock_guard lock(mutex_);
  return by_account_.size();
}

void RelayContext::reply(Connection& conn, const wire::ServerFrame& frame) {
  metrics.frame_out(frame.body_case());
  if (frame.has_error()) metrics.error(frame.error().code());
  conn.send(frame);
}

void RelayContext::reply_shared(Connection& conn, int body_field, wire::SharedElement element) {
  metrics.frame_out(body_field);
  conn.send(std::move(element));
}

void RelayContext::fail(Connection& conn, uint64_t id, wire::ErrorCode code, std::string message) {
  reply(conn, wire::error_frame(id, code, std::move(message)));
}

void RelayContext::fail(Connection& conn, uint64_t id, wire::ErrorCode code, wire::Limit limit,
                        std::string message) {
  auto frame = wire::error_frame(id, code, std::move(message));
  frame.mutable_error()->set_limit(limit);
  reply(conn, frame);
}

void RelayContext::fail(Connection& conn, uint64_t id, const wire::Violation& violation) {
  auto frame = wire::error_frame(id, wire::INVALID_ARGUMENT, wire::describe(violation));
  *frame.mutable_error()->mutable_violation() = violation;
  reply(conn, frame);
}

void RelayContext::store_failed(Connection& conn, uint64_t id) {
  store_trouble("a request could not be stored");
  fail(conn, id, wire::STORE_FAILURE, "The relay could not store this; it was not accepted.");
}

void RelayContext::store_trouble(const char* what, std::string_view detail) {
  metrics.store_failures++;
  uint64_t skipped = 0;
  if (!store_log_.allow(skipped)) return;
  RELAIS_LOG(error) << "store failure: " << what << (detail.empty() ? "" : ": ") << detail
                    << (skipped ? " (and " + std::to_string(skipped) + " more since the last line)"
                                : "")
                    << "; check the disk";
}

bool RelayContext::take_stored(Connection& conn, uint64_t id, const AccountId& account,
                               size_t bytes) {
  const ConnState& st = conn.state();
  const uint64_t now = clock.now_ms();
  const double cost = static_cast<double>(bytes);
  // A new account may owe only part of the burst, growing evenly with its age to the whole.
  double max_owed = -1;
  const double age = account_age_days(st);
  if (age < static_cast<double>(config.new_account_days)) {
    const double first = static_cast<double>(config.stored_bytes_new_account_burst);
    const double whole = static_cast<double>(config.stored_bytes_burst);
    max_owed = first + (whole - first) * age / static_cast<double>(config.new_account_days);
  }
  switch (limits.stored_bytes.take_owing(account_key(account), now, cost, max_owed)) {
    case KeyedLimiter::Taken::yes:
      break;
    case KeyedLimiter::Taken::over_owed:
      refused(Refusal::stored_new_account);
      fail(conn, id, wire::QUOTA_EXCEEDED,
           "This account is new: it may store only a little at once for now; try again later.");
      return false;
    case KeyedLimiter::Taken::no:
      fail(conn, id, wire::QUOTA_EXCEEDED,
           "This account stored all this relay allows it in a day; try again later.");
      return false;
  }
  if (!network_limits.stored_bytes.take(st.network_key, now, cost)) {
    limits.stored_bytes.give_back(account_key(account), cost);
    refused(Refusal::stored_network);
    fail(conn, id, wire::QUOTA_EXCEEDED,
         "Accounts of your network stored all this relay allows them in a day; try again later.");
    return false;
  }
  return true;
}

void RelayContext::give_back_stored(const AccountId& account, size_t bytes, uint64_t network) {
  limits.stored_bytes.give_back(account_key(account), static_cast<double>(bytes));
  if (network != 0) network_limits.stored_bytes.give_back(network, static_cast<double>(bytes));
}

void RelayContext::set_free_disk_bytes(uint64_t bytes) {
  metrics.disk_free_bytes = static_cast<int64_t>(bytes);
  const bool low = bytes < config.min_free_disk_bytes;
  const bool was = disk_low_.exchange(low);
  metrics.disk_low = low ? 1 : 0;
  uint64_t skipped = 0;
  if (low && disk_log_.allow(skipped)) {
    RELAIS_LOG(warn) << "free disk space under min-free-disk-bytes (" << (bytes >> 20)
                     << " MiB free): new messages and registrations are refused";
  } else if (!low && was) {
    RELAIS_LOG(warn) << "free disk space back above min-free-disk-bytes (" << (bytes >> 20)
                     << " MiB free): accepting new messages again";
  }
}

bool RelayContext::refuse_if_disk_low(Connection& conn, uint64_t id) {
  if (!disk_low()) return false;
  fail(conn, id, wire::INSUFFICIENT_STORAGE,
       "The relay is short of disk space and takes no new messages for now; try again later.");
  return true;
}

KvStore::Done RelayContext::answer_when_stored(ConnectionPtr conn, wire::ServerFrame answer) {
  return [this, conn = std::move(conn), answer = std::move(answer)](const Status& s) {
    if (!s.ok()) return store_failed(*conn, answer.id());
    reply(*conn, answer);
  };
}

bool RelayContext::commit_unanswered(WriteBatch batch, Durability durability, const char* what) {
  Status queued = store.commit(std::move(batch), durability, [this, what](const Status& s) {
    if (!s.ok()) store_trouble(what, s.error().message);
  });
  if (!queued.ok()) store_trouble(what, queued.error().message);
  return queued.ok();
}

}  // namespace relais::server

#include "server/relay/context.h"

#include "core/wire/contract.h"
#include "server/relay/log.h"

namespace relais::server {

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

void RelayContext::fail(Connection& conn, uint64_t id, const wire::Violation& violation) {
  auto frame = wire::error_frame(id, wire::INVALID_ARGUMENT, wire::describe(violation));
  *frame.mutable_error()->mutable_violation() = violation;
  reply(conn, frame);
}

void RelayContext::store_failed(Connection& conn, uint64_t id) {
  fail(conn, id, wire::STORE_FAILURE, "The relay could not store this; it was not accepted.");
}

KvStore::Done RelayContext::answer_when_stored(ConnectionPtr conn, wire::ServerFrame answer) {
  return [this, conn = std::move(conn), answer = std::move(answer)](const Status& s) {
    if (!s.ok()) return store_failed(*conn, answer.id());
    reply(*conn, answer);
  };
}

bool RelayContext::commit_unanswered(WriteBatch batch, Durability durability, const char* what) {
  Status queued = store.commit(std::move(batch), durability, [what](const Status& s) {
    if (!s.ok()) RELAIS_LOG(warn) << what << " failed: " << s.error().message;
  });
  if (!queued.ok()) RELAIS_LOG(warn) << what << " was refused: " << queued.error().message;
  return queued.ok();
}

}  // namespace relais::server

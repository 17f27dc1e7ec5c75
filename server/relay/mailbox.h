// Mailbox: one-to-one envelopes. Each account has a queue in the store; a Send is acknowledged
// once its envelope is durable, the recipient's connection receives its queue in order with a
// bounded window of unacknowledged envelopes, and an Ack deletes what it names.
#pragma once

#include <array>
#include <mutex>
#include <unordered_map>

#include "server/relay/accounts.h"
#include "server/relay/context.h"

namespace relais::server {

class Mailbox {
 public:
  Mailbox(RelayContext& ctx, AccountService& accounts);

  void send(const ConnectionPtr& conn, uint64_t id, const wire::Send& req);
  void ack(const ConnectionPtr& conn, uint64_t id, const wire::Ack& req);
  // Starts delivering the queue of a connection that just logged in. On its strand.
  void start(const ConnectionPtr& conn);

  static std::string queue_key(const AccountId& account, uint64_t seq);

 private:
  // Delivers from the store up to the window. On the connection's strand.
  void pump(const ConnectionPtr& conn);
  // A newly committed envelope for this connection's account. On its strand.
  void on_committed(const ConnectionPtr& conn, uint64_t seq, const wire::SharedElement& element);
  // The account's next sequence number, under its stripe's lock; give_back_seq() returns it
  // when the store refused the batch, so that a refusal leaves no gap.
  Result<uint64_t> next_seq(const AccountId& account);
  void give_back_seq(const AccountId& account, uint64_t seq);

  RelayContext& ctx_;
  AccountService& accounts_;
  KeyedLimiter per_account_;
  // Sequence numbers are assigned and batches handed to the store under the recipient's stripe
  // lock, so that commits, and therefore live deliveries, happen in sequence order.
  struct Stripe {
    std::mutex mutex;
    std::unordered_map<AccountId, uint64_t> next;
  };
  std::array<Stripe, 64> stripes_;
};

}  // namespace relais::server

// Mailbox: one-to-one envelopes. Each account has a queue in the store; a Send is acknowledged
// once its envelope is durable, the recipient's connection receives its queue in order within a
// window of unacknowledged envelopes (a count, and bytes shared with the rooms), and an Ack
// deletes what it names and opens the window again.
//
// Sequence numbers of a recipient only increase, across restarts and crashes too: each start of
// the relay begins a new block of 2^32 numbers above every number an earlier run could give
// (RelayCore keeps the count of starts in the store), so no number is given twice even after a
// queue has drained and the relay restarted. What the relay keeps per recipient (the next
// number, how many envelopes and bytes wait) is in memory, counted from the store at first use.
#pragma once

#include <array>
#include <map>
#include <mutex>
#include <unordered_map>

#include "server/relay/accounts.h"
#include "server/relay/context.h"

namespace relais::server {

class Mailbox {
 public:
  Mailbox(RelayContext& ctx, AccountService& accounts);

  // The first sequence number this run may give (RelayCore: (run - 1) << 32).
  void set_seq_floor(uint64_t floor) { seq_floor_ = floor; }

  void send(const ConnectionPtr& conn, uint64_t id, const wire::Send& req);
  void ack(const ConnectionPtr& conn, uint64_t id, const wire::Ack& req);
  // Starts delivering the queue of a connection that just logged in. On its strand.
  void start(const ConnectionPtr& conn);
  // Delivers more if the connection is behind and its window has room. On its strand.
  void resume(const ConnectionPtr& conn);
  // Erases the envelopes that waited longer than RelayConfig::queue_max_age for a recipient who
  // is not online (an online one is receiving them). Upkeep, about once a minute; the store's
  // sweep then takes them out of its files within RelayConfig::erase_within, as any erasure.
  void expire();

  static std::string queue_key(const AccountId& account, uint64_t seq);
  // What an envelope of `bytes` costs against RelayConfig::queue_max_bytes: at least 1 KiB, so
  // that a flood of tiny envelopes is counted for what each costs the store, not only its size.
  static uint64_t charged(size_t bytes) { return std::max<uint64_t>(bytes, kMinChargedBytes); }
  static constexpr uint64_t kMinChargedBytes = 1024;

 private:
  static constexpr size_t kExpireRecipientsPerTick = 100000;
  // What waits for one recipient: its next sequence number, and the envelopes and bytes queued
  // (for the quota). Counted from the store the first time the recipient is written to.
  struct Share {
    uint64_t envelopes = 0;
    uint64_t bytes = 0;
  };
  struct Queue {
    uint64_t next = 1;
    uint64_t envelopes = 0;
    uint64_t bytes = 0;  // charged(): at least kMinChargedBytes each
    // Who queued what in this run, so that one sender holds at most its share of the queue
    // (RelayConfig::queue_sender_share_percent). In memory only: with sealed sender nothing on
    // disk pairs a sender with a recipient. The sender key is the account's, or, for the new
    // accounts of one network together (RelayConfig::new_account_days), kNewAccounts mixed
    // with the network's key; the senders of one network share a part too
    // (RelayConfig::queue_network_share_percent), so that many accounts of one person cannot
    // fill a queue between them.
    // What the queue held when it was first read in this run (before a restart) has no known
    // sender: it fills the queue's totals and is nobody's share.
    struct Queued {
      uint64_t sender = 0;
      uint64_t network = 0;
      uint64_t charged = 0;
    };
    std::map<uint64_t, Queued> sender_of;                // seq -> who queued it, charged
    std::unordered_map<uint64_t, Share> shares;          // sender key -> what it holds
    std::unordered_map<uint64_t, Share> network_shares;  // network key -> what it holds
  };
  // Mixed with a network's key: the sender key of the new accounts of that network together
  // (an account key is a hash of a random id).
  static constexpr uint64_t kNewAccounts = 0x6e65772d6163636fULL;
  struct Stripe {
    std::mutex mutex;
    std::unordered_map<AccountId, Queue> queues;
  };

  // Delivers from the store up to the window. On the connection's strand.
  void pump(const ConnectionPtr& conn);
  // A newly committed envelope for this connection's account. On its strand.
  void on_committed(const ConnectionPtr& conn, uint64_t seq, const wire::SharedElement& element);
  Stripe& stripe_of(const AccountId& account) {
    return stripes_[account.raw()[1] % stripes_.size()];
  }
  // The recipient's queue state, under its stripe's lock; read from the store at first use.
  Result<Queue*> queue_locked(Stripe& stripe, const AccountId& account);
  // The envelope `seq` (`charged` bytes) left the queue: acknowledged, expired or not stored.
  static void dequeue_locked(Queue& q, uint64_t seq, uint64_t charged);

  RelayContext& ctx_;
  AccountService& accounts_;
  uint64_t seq_floor_ = 0;
  // Sequence numbers are assigned and batches handed to the store under the recipient's stripe
  // lock, so that commits, and therefore live deliveries, happen in sequence order.
  std::array<Stripe, 64> stripes_;
};

}  // namespace relais::server

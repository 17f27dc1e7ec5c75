#include "server/relay/mailbox.h"

#include <algorithm>
#include <vector>

#include "core/wire/contract.h"
#include "server/relay/log.h"

namespace relais::server {

Mailbox::Mailbox(RelayContext& ctx, AccountService& accounts) : ctx_(ctx), accounts_(accounts) {}

std::string Mailbox::queue_key(const AccountId& account, uint64_t seq) {
  return account.bytes() + be64(seq);
}

Result<Mailbox::Queue*> Mailbox::queue_locked(Stripe& stripe, const AccountId& account) {
  auto it = stripe.queues.find(account);
  if (it != stripe.queues.end()) return &it->second;
  Queue q;
  uint64_t last = 0;
  const std::string prefix = account.bytes();
  RELAIS_TRY(ctx_.store.scan(Table::queues, prefix, prefix_end(prefix), 0,
                             [&](std::string_view key, std::string_view value) {
                               last = read_be64(key.substr(AccountId::kSize));
                               ++q.envelopes;
                               q.bytes += charged(value.size());
                               return true;
                             }));
  // Above whatever is stored, and above every number an earlier run of the relay gave.
  q.next = std::max(last + 1, seq_floor_ + 1);
  return &stripe.queues.emplace(account, q).first->second;
}

void Mailbox::dequeue_locked(Queue& q, uint64_t seq, uint64_t charged) {
  q.envelopes -= std::min<uint64_t>(q.envelopes, 1);
  q.bytes -= std::min(q.bytes, charged);
  auto of = q.sender_of.find(seq);
  if (of == q.sender_of.end()) return;  // queued before a restart: no one's known share
  const Queue::Queued& queued = of->second;
  auto release = [&](std::unordered_map<uint64_t, Share>& shares, uint64_t key) {
    if (auto share = shares.find(key); share != shares.end()) {
      share->second.envelopes -= std::min<uint64_t>(share->second.envelopes, 1);
      share->second.bytes -= std::min(share->second.bytes, queued.charged);
      if (share->second.envelopes == 0) shares.erase(share);
    }
  };
  release(q.shares, queued.sender);
  release(q.network_shares, queued.network);
  q.sender_of.erase(of);
}

// Sealed sender: the connection's account is known here, in memory, for the rate limit only. The
// envelope stored and pushed names its recipient (the queue's key) and no sender; the sender's
// id travels inside the sealed ciphertext, which only the recipient opens.
void Mailbox::send(const ConnectionPtr& conn, uint64_t id, const wire::Send& req) {
  const AccountId from = *conn->state().account;
  if (auto v = wire::check(req)) return ctx_.fail(*conn, id, *v);
  if (ctx_.refuse_if_disk_low(*conn, id)) return;
  auto to = AccountId::from_bytes(req.to());
  if (!ctx_.limits.messages.take(RelayContext::account_key(from), ctx_.clock.now_ms())) {
    return ctx_.fail(*conn, id, wire::RATE_LIMITED, "Too many messages; slow down.");
  }
  auto known = accounts_.exists(*to);
  if (!known.ok()) return ctx_.store_failed(*conn, id);
  if (!*known)
    return ctx_.fail(*conn, id, wire::UNKNOWN_ACCOUNT, "There is no such account on this relay.");

  const uint64_t now = ctx_.clock.now_ms();
  wire::ServerFrame push;
  auto* env = push.mutable_envelope();
  env->set_message_id(req.message_id());
  env->set_type(req.type());
  env->set_ciphertext(req.ciphertext());
  env->set_server_time_ms(now);

  Stripe& stripe = stripe_of(*to);
  std::lock_guard lock(stripe.mutex);
  auto queue = queue_locked(stripe, *to);
  if (!queue.ok()) return ctx_.store_failed(*conn, id);
  Queue& q = **queue;
  env->set_seq(q.next);
  auto element = wire::share_element(push);
  const size_t bytes = element->size();
  const uint64_t cost = charged(bytes);
  // One sender holds at most its share of the queue, and the senders of one network theirs: a
  // flood from one account, or from many accounts of one person, cannot make a member (a
  // moderator, say) unreachable for everyone else. The new accounts of one network are one
  // sender together: before, all new accounts were one, and one attacker's refused every
  // honest new member (third attacker review).
  const ConnState& from_state = conn->state();
  const bool young = ctx_.is_new_account(from_state);
  const uint64_t network = from_state.network_key;
  const uint64_t sender = young ? kNewAccounts ^ network : RelayContext::account_key(from);
  // The one hash lookup this adds per envelope: whether the sender's network holds anything
  // in this queue (its share is read from the same lookup).
  const auto network_held = q.network_shares.find(network);
  const bool newcomer = network_held == q.network_shares.end();
  // A network that holds nothing here yet may use the last queue_newcomer_reserve_percent of
  // the queue; the others stop short of it, so many networks together cannot fill a queue
  // for a newcomer.
  const uint64_t reserve_envelopes =
      ctx_.config.queue_max_envelopes * ctx_.config.queue_newcomer_reserve_percent / 100;
  const uint64_t reserve_bytes =
      ctx_.config.queue_max_bytes / 100 * ctx_.config.queue_newcomer_reserve_percent;
  if (q.envelopes + 1 > ctx_.config.queue_max_envelopes - (newcomer ? 0 : reserve_envelopes) ||
      q.bytes + cost > ctx_.config.queue_max_bytes - (newcomer ? 0 : reserve_bytes)) {
    // What is queued stays: the recipient reads it, then there is room again.
    return ctx_.fail(*conn, id, wire::QUEUE_FULL,
                     "The recipient has too many messages waiting; nothing was queued.");
  }
  auto over_share = [&](const Share& held, const Share& before, uint64_t percent) {
    const uint64_t share_envelopes =
        std::max<uint64_t>(1, ctx_.config.queue_max_envelopes * percent / 100);
    const uint64_t share_bytes =
        std::max<uint64_t>(kMinChargedBytes + wire::kMaxEnvelopeCiphertextBytes,
                           ctx_.config.queue_max_bytes / 100 * percent);
    return held.envelopes + before.envelopes + 1 > share_envelopes ||
           held.bytes + before.bytes + cost > share_bytes;
  };
  if (!newcomer) {  // a network holding nothing here holds no share's worth either
    const auto sender_held = q.shares.find(sender);
    const Share by_sender = sender_held == q.shares.end() ? Share{} : sender_held->second;
    const Share& by_network = network_held->second;
    if (over_share(by_sender, {}, ctx_.config.queue_sender_share_percent)) {
      ctx_.refused(young ? Refusal::queue_new_accounts : Refusal::queue_sender);
      return ctx_.fail(*conn, id, wire::QUEUE_FULL,
                       young ? wire::LIMIT_NEW_ACCOUNTS_SHARE : wire::LIMIT_SENDER_SHARE,
                       young ? "Too many messages from new accounts of your network are waiting "
                               "for this recipient; nothing was queued. Try again later."
                             : "Too many of your messages are waiting for this recipient; "
                               "nothing was queued.");
    }
    if (over_share(by_network, {}, ctx_.config.queue_network_share_percent)) {
      ctx_.refused(Refusal::queue_network);
      return ctx_.fail(*conn, id, wire::QUEUE_FULL, wire::LIMIT_NETWORK_SHARE,
                       "Too many messages from your network are waiting for this recipient; "
                       "nothing was queued. Try again later.");
    }
    // What the queue held at start (before a restart) has no known sender: it fills the queue
    // (the totals above) but is nobody's share. Charged to every share, it made a recipient
    // whose queue held more than one share at a restart unreachable by all but one message per
    // network until she read (fourth attacker review); a restart is the operator's, not an
    // attacker's, and the totals and the newcomers' reserve still bound what it gives back.
  }
  if (!ctx_.take_stored(*conn, id, from, bytes)) return;
  const uint64_t seq = q.next++;
  q.envelopes += 1;
  q.bytes += cost;
  q.sender_of.emplace(seq, Queue::Queued{sender, network, cost});
  for (auto* share : {&q.shares[sender], &q.network_shares[network]}) {
    share->envelopes += 1;
    share->bytes += cost;
  }
  WriteBatch batch;
  batch.put(Table::queues, queue_key(*to, seq), *element);
  Status queued = ctx_.store.commit(std::move(batch), Durability::synced,
                                    [this, conn, id, from, network, to = *to, seq, bytes, element,
                                     message_id = req.message_id(), now](const Status& s) {
                                      if (!s.ok()) {
                                        {
                                          Stripe& st = stripe_of(to);
                                          std::lock_guard l(st.mutex);
                                          if (auto it = st.queues.find(to); it != st.queues.end()) {
                                            dequeue_locked(it->second, seq, charged(bytes));
                                          }
                                        }
                                        ctx_.give_back_stored(from, bytes, network);
                                        return ctx_.store_failed(*conn, id);
                                      }
                                      ctx_.metrics.envelopes_stored++;
                                      wire::ServerFrame sent;
                                      sent.set_id(id);
                                      sent.mutable_sent()->set_message_id(message_id);
                                      sent.mutable_sent()->set_server_time_ms(now);
                                      ctx_.reply(*conn, sent);
                                      if (auto recipient = ctx_.online.find(to)) {
                                        recipient->post([this, recipient, seq, element] {
                                          on_committed(recipient, seq, element);
                                        });
                                      }
                                    });
  if (!queued.ok()) {
    // Still under the stripe lock: the recipient's queue keeps no gap.
    q.next = seq;
    dequeue_locked(q, seq, cost);
    ctx_.give_back_stored(from, bytes, network);
    ctx_.store_failed(*conn, id);
  }
}

void Mailbox::expire() {
  const uint64_t now = ctx_.clock.now_ms();
  const uint64_t max_age_ms = static_cast<uint64_t>(ctx_.config.queue_max_age.count()) * 1000;
  if (now <= max_age_ms) return;
  const uint64_t cutoff = now - max_age_ms;
  // Recipients one after the other, each read from its oldest envelope up to the first one
  // young enough: an upkeep's work is bounded by what expires plus one read per recipient.
  std::string begin;
  for (size_t recipients = 0; recipients < kExpireRecipientsPerTick; ++recipients) {
    std::optional<AccountId> to;
    auto found =
        ctx_.store.scan(Table::queues, begin, "", 1, [&](std::string_view key, std::string_view) {
          to = AccountId::from_bytes(key.substr(0, AccountId::kSize));
          return false;
        });
    if (!found.ok() || !to) return;
    const std::string prefix = to->bytes();
    begin = prefix_end(prefix);
    if (ctx_.online.find(*to)) continue;
    Stripe& stripe = stripe_of(*to);
    std::lock_guard lock(stripe.mutex);
    uint64_t first_kept = 0, expired = 0;
    std::vector<std::pair<uint64_t, uint64_t>> gone;  // seq, charged
    auto scanned = ctx_.store.scan(
        Table::queues, prefix, begin, 0, [&](std::string_view key, std::string_view value) {
          const uint64_t seq = read_be64(key.substr(AccountId::kSize));
          wire::ServerBatch one;
          if (one.ParseFromArray(value.data(), static_cast<int>(value.size())) &&
              one.frames_size() == 1 && one.frames(0).envelope().server_time_ms() >= cutoff) {
            first_kept = seq;
            return false;
          }
          ++expired;
          gone.emplace_back(seq, charged(value.size()));
          first_kept = seq + 1;
          return true;
        });
    if (!scanned.ok() || expired == 0) continue;
    if (auto it = stripe.queues.find(*to); it != stripe.queues.end()) {
      for (const auto& [seq, cost] : gone) dequeue_locked(it->second, seq, cost);
    }
    ctx_.metrics.envelopes_expired += expired;
    WriteBatch batch;
    batch.erase_range(Table::queues, queue_key(*to, 0), queue_key(*to, first_kept));
    ctx_.commit_unanswered(std::move(batch), Durability::buffered, "expiring queued envelopes");
  }
}

void Mailbox::start(const ConnectionPtr& conn) {
  auto& st = conn->state();
  for (const auto& [seq, bytes] : st.mailbox.in_flight) st.delivery_bytes -= bytes;
  st.mailbox = MailboxCursor{};
  pump(conn);
}

void Mailbox::resume(const ConnectionPtr& conn) {
  if (conn->state().account && !conn->state().mailbox.live) pump(conn);
}

void Mailbox::pump(const ConnectionPtr& conn) {
  auto& st = conn->state();
  if (!st.account) return;
  auto& mb = st.mailbox;
  mb.live = false;
  if (mb.in_flight.size() >= ctx_.config.envelope_window) return;
  const size_t room = ctx_.config.envelope_window - mb.in_flight.size();
  const std::string prefix = st.account->bytes();
  size_t sent = 0;
  bool window_full = false;
  auto scanned =
      ctx_.store.scan(Table::queues, queue_key(*st.account, mb.delivered_upto + 1),
                      prefix_end(prefix), room, [&](std::string_view key, std::string_view value) {
                        if (!ctx_.delivery_fits(st, value.size())) {
                          window_full = true;  // the next acknowledgement makes room
                          return false;
                        }
                        uint64_t seq = read_be64(key.substr(AccountId::kSize));
                        ctx_.reply_shared(*conn, wire::ServerFrame::kEnvelope,
                                          std::make_shared<const std::string>(value));
                        mb.in_flight.emplace(seq, static_cast<uint32_t>(value.size()));
                        st.delivery_bytes += value.size();
                        mb.delivered_upto = seq;
                        ++sent;
                        return true;
                      });
  if (!scanned.ok()) {
    ctx_.store_trouble("reading a queue (the connection is closed)", scanned.error().message);
    conn->close(Connection::CloseReason::going_away);
    return;
  }
  mb.live = !window_full && sent < room;  // the scan reached the end of the queue
}

void Mailbox::on_committed(const ConnectionPtr& conn, uint64_t seq,
                           const wire::SharedElement& element) {
  auto& st = conn->state();
  if (!st.account) return;
  auto& mb = st.mailbox;
  if (seq <= mb.delivered_upto) return;  // a scan already delivered it
  if (mb.live && seq == mb.delivered_upto + 1 &&
      mb.in_flight.size() < ctx_.config.envelope_window &&
      ctx_.delivery_fits(st, element->size())) {
    ctx_.reply_shared(*conn, wire::ServerFrame::kEnvelope, element);
    mb.in_flight.emplace(seq, static_cast<uint32_t>(element->size()));
    st.delivery_bytes += element->size();
    mb.delivered_upto = seq;
    return;
  }
  // Behind (window full, or a gap: a failed commit, the first number of a new run): the store
  // has it; read from there, now or when an acknowledgement opens the window.
  pump(conn);
}

void Mailbox::ack(const ConnectionPtr& conn, uint64_t id, const wire::Ack& req) {
  auto& st = conn->state();
  auto& mb = st.mailbox;
  WriteBatch batch;
  size_t acked = 0;
  std::vector<std::pair<uint64_t, uint64_t>> gone;  // seq, charged
  for (uint64_t seq : req.seqs()) {
    auto it = mb.in_flight.find(seq);
    if (it == mb.in_flight.end()) continue;  // never delivered here, or already acked: ignore
    gone.emplace_back(seq, charged(it->second));
    st.delivery_bytes -= it->second;
    mb.in_flight.erase(it);
    batch.erase(Table::queues, queue_key(*st.account, seq));
    ++acked;
  }
  if (acked > 0) {
    ctx_.metrics.envelopes_delivered += acked;
    {
      Stripe& stripe = stripe_of(*st.account);
      std::lock_guard lock(stripe.mutex);
      if (auto it = stripe.queues.find(*st.account); it != stripe.queues.end()) {
        for (const auto& [seq, cost] : gone) dequeue_locked(it->second, seq, cost);
      }
    }
    // Buffered is enough: a lost deletion only redelivers, and clients drop duplicates by id.
    ctx_.commit_unanswered(std::move(batch), Durability::buffered,
                           "deleting acknowledged envelopes");
  }
  if (id != 0) ctx_.reply(*conn, wire::ok_frame(id));
  if (acked > 0) ctx_.resume_delivery(conn);
}

}  // namespace relais::server

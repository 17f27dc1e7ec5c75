#include "server/relay/mailbox.h"

#include "core/wire/contract.h"
#include "server/relay/log.h"

namespace relais::server {
namespace {

uint64_t account_key(const AccountId& a) {
  return std::hash<AccountId>{}(a);
}

}  // namespace

Mailbox::Mailbox(RelayContext& ctx, AccountService& accounts)
    : ctx_(ctx), accounts_(accounts), per_account_(ctx.config.messages_per_account) {}

std::string Mailbox::queue_key(const AccountId& account, uint64_t seq) {
  return account.bytes() + be64(seq);
}

Result<uint64_t> Mailbox::next_seq(const AccountId& account) {
  auto& stripe = stripes_[account.raw()[1] % stripes_.size()];
  auto it = stripe.next.find(account);
  if (it == stripe.next.end()) {
    std::string prefix = account.bytes();
    RELAIS_TRY_ASSIGN(auto last, ctx_.store.last_in(Table::queues, prefix, prefix_end(prefix)));
    uint64_t first =
        last ? read_be64(std::string_view(last->first).substr(AccountId::kSize)) + 1 : 1;
    it = stripe.next.emplace(account, first).first;
  }
  return it->second++;
}

void Mailbox::give_back_seq(const AccountId& account, uint64_t seq) {
  auto& stripe = stripes_[account.raw()[1] % stripes_.size()];
  if (auto it = stripe.next.find(account); it != stripe.next.end() && it->second == seq + 1)
    --it->second;
}

void Mailbox::send(const ConnectionPtr& conn, uint64_t id, const wire::Send& req) {
  const AccountId from = *conn->state().account;
  if (auto v = wire::check(req)) return ctx_.fail(*conn, id, *v);
  auto to = AccountId::from_bytes(req.to());
  if (!per_account_.take(account_key(from), ctx_.clock.now_ms())) {
    return ctx_.fail(*conn, id, wire::RATE_LIMITED, "Too many messages; slow down.");
  }
  auto known = accounts_.exists(*to);
  if (!known.ok()) return ctx_.store_failed(*conn, id);
  if (!*known)
    return ctx_.fail(*conn, id, wire::UNKNOWN_ACCOUNT, "There is no such account on this relay.");

  const uint64_t now = ctx_.clock.now_ms();
  wire::ServerFrame push;
  auto* env = push.mutable_envelope();
  env->set_from(from.bytes());
  env->set_message_id(req.message_id());
  env->set_type(req.type());
  env->set_ciphertext(req.ciphertext());
  env->set_server_time_ms(now);

  auto& stripe = stripes_[to->raw()[1] % stripes_.size()];
  std::lock_guard lock(stripe.mutex);
  auto seq = next_seq(*to);
  if (!seq.ok()) return ctx_.store_failed(*conn, id);
  env->set_seq(*seq);
  auto element = wire::share_element(push);
  WriteBatch batch;
  batch.put(Table::queues, queue_key(*to, *seq), *element);
  Status queued = ctx_.store.commit(std::move(batch), Durability::synced,
                                    [this, conn, id, to = *to, seq = *seq, element,
                                     message_id = req.message_id(), now](const Status& s) {
                                      if (!s.ok()) return ctx_.store_failed(*conn, id);
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
    give_back_seq(*to, *seq);  // still under the stripe lock: the recipient's queue keeps no gap
    ctx_.store_failed(*conn, id);
  }
}

void Mailbox::start(const ConnectionPtr& conn) {
  conn->state().mailbox = MailboxCursor{};
  pump(conn);
}

void Mailbox::pump(const ConnectionPtr& conn) {
  auto& st = conn->state();
  if (!st.account) return;
  auto& mb = st.mailbox;
  if (mb.in_flight.size() >= ctx_.config.envelope_window) {
    mb.live = false;
    return;
  }
  const size_t room = ctx_.config.envelope_window - mb.in_flight.size();
  const std::string prefix = st.account->bytes();
  size_t sent = 0;
  auto scanned =
      ctx_.store.scan(Table::queues, queue_key(*st.account, mb.delivered_upto + 1),
                      prefix_end(prefix), room, [&](std::string_view key, std::string_view value) {
                        uint64_t seq = read_be64(key.substr(AccountId::kSize));
                        ctx_.reply_shared(*conn, wire::ServerFrame::kEnvelope,
                                          std::make_shared<const std::string>(value));
                        mb.in_flight.insert(seq);
                        mb.delivered_upto = seq;
                        ++sent;
                        return true;
                      });
  if (!scanned.ok()) {
    RELAIS_LOG(error) << "reading a queue failed; closing the connection";
    conn->close(Connection::CloseReason::going_away);
    return;
  }
  mb.live = sent < room;  // the scan reached the end of the queue
}

void Mailbox::on_committed(const ConnectionPtr& conn, uint64_t seq,
                           const wire::SharedElement& element) {
  auto& st = conn->state();
  if (!st.account) return;
  auto& mb = st.mailbox;
  if (seq <= mb.delivered_upto) return;  // a scan already delivered it
  if (mb.live && seq == mb.delivered_upto + 1 &&
      mb.in_flight.size() < ctx_.config.envelope_window) {
    ctx_.reply_shared(*conn, wire::ServerFrame::kEnvelope, element);
    mb.in_flight.insert(seq);
    mb.delivered_upto = seq;
    return;
  }
  // Behind (window full, or a gap left by a failed commit): the store has it; read from there.
  mb.live = false;
  if (mb.in_flight.size() < ctx_.config.envelope_window) pump(conn);
}

void Mailbox::ack(const ConnectionPtr& conn, uint64_t id, const wire::Ack& req) {
  auto& st = conn->state();
  auto& mb = st.mailbox;
  WriteBatch batch;
  size_t acked = 0;
  for (uint64_t seq : req.seqs()) {
    if (mb.in_flight.erase(seq) == 0) continue;  // never delivered here, or already acked: ignore
    batch.erase(Table::queues, queue_key(*st.account, seq));
    ++acked;
  }
  if (acked > 0) {
    ctx_.metrics.envelopes_delivered += acked;
    // Buffered is enough: a lost deletion only redelivers, and clients drop duplicates by id.
    ctx_.commit_unanswered(std::move(batch), Durability::buffered,
                           "deleting acknowledged envelopes");
  }
  if (id != 0) ctx_.reply(*conn, wire::ok_frame(id));
  if (!mb.live) pump(conn);
}

}  // namespace relais::server

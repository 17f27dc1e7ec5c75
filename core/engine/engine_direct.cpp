// The engine's one-to-one messages: encrypting, sending and confirming them, and taking in
// the envelopes the relay delivers (texts, and the sender keys, reports and org messages inside).

#include <algorithm>
#include <string>

#include "core/crypto/random.h"
#include "core/engine/engine_impl.h"
#include "core/engine/padding.h"

namespace relais::engine {

using detail::kMessageIdSize;
using detail::sanitize_name;
using detail::to_wire;
using detail::valid_room_id;

void Engine::Impl::remember(const std::string& key) {
  if (!seen.insert(key).second) return;
  seen_order.push_back(key);
  while (seen_order.size() > kSeenLimit) {
    seen.erase(seen_order.front());
    seen_order.pop_front();
  }
}

void Engine::Impl::add_history(Message m) {
  history.push_back(std::move(m));
  if (history.size() <= kHistoryLimit) return;
  // Drop the oldest message already shown; unread ones go only when nothing else can.
  auto it = std::find_if(history.begin(), history.end(), [](const auto& s) { return !s.unread; });
  if (it == history.end()) it = history.begin();
  history.erase(it);
}

void Engine::Impl::encrypt_and_send(const AccountId& peer, const PlainSend& s) {
  auto ct = protocol->encrypt(peer.text(), s.padded);
  if (!ct) return emit(event::RequestFailed{s.request, ct.error().code, ct.error().message});
  PendingSend p{peer,     crypto::random_bytes(kMessageIdSize),
                ct->type, std::move(ct->bytes),
                s.text,   s.now_ms,
                s.control, s.ticket, s.org};
  send_requests[p.message_id] = s.request;
  outbox.push_back(std::move(p));
  changed();  // the ratchet moved: the ciphertext may leave only once this is saved
  queue_send(outbox.back());
}

void Engine::Impl::queue_send(const PendingSend& p) {
  wire::ClientFrame f;
  auto* s = f.mutable_send();
  s->set_to(p.to.bytes());
  s->set_message_id(p.message_id);
  s->set_type(to_wire(p.type));
  s->set_ciphertext(p.ciphertext);
  in_flight[queue_after_save(std::move(f))] = {RequestKind::send, p.to, p.message_id};
}

void Engine::Impl::handle_sent(const std::string& message_id, const wire::Sent& sent) {
  auto it = std::find_if(outbox.begin(), outbox.end(),
                         [&](const PendingSend& p) { return p.message_id == message_id; });
  if (it == outbox.end()) return;  // a second Sent for a copy sent again after a reconnect
  PendingSend p = std::move(*it);
  outbox.erase(it);
  changed();
  RequestId request = 0;
  if (auto r = send_requests.find(message_id); r != send_requests.end()) {
    request = r->second;
    send_requests.erase(r);
  }
  if (!p.control || !p.org.empty()) {
    add_history({p.to, true, name, p.text, sent.server_time_ms(), p.message_id, false, p.ticket,
                 p.org});
  }
  if (!p.ticket.empty()) ticket_activity(p.ticket, false, sent.server_time_ms());
  emit(event::MessageSent{request, p.to, p.message_id, sent.server_time_ms()});
}

void Engine::Impl::handle_send_failed(const std::string& message_id, const Error& err) {
  auto it = std::find_if(outbox.begin(), outbox.end(),
                         [&](const PendingSend& p) { return p.message_id == message_id; });
  if (it == outbox.end()) return;
  // The relay did not take it: drop it rather than deliver it surprisingly late. The ratchet
  // copes with the gap.
  outbox.erase(it);
  changed();
  RequestId request = 0;
  if (auto r = send_requests.find(message_id); r != send_requests.end()) {
    request = r->second;
    send_requests.erase(r);
  }
  emit(event::RequestFailed{request, err.code, err.message});
}

void Engine::Impl::handle_envelope(const wire::Envelope& e, uint64_t now_ms) {
  if (!logged_in) {
    return emit(event::ProtocolError{"The relay delivered an envelope before the log-in."});
  }
  acks.push_back(e.seq());
  // Keyed by sender too, so that no one can suppress another sender's message by reusing its id.
  const bool has_id = e.message_id().size() == kMessageIdSize;
  const std::string key = e.from() + e.message_id();
  if (!has_id || !seen.count(key)) {
    if (has_id) remember(key);
    changed();
    receive(e, now_ms);
  }
  if (!backlog_complete && e.seq() >= backlog_last_seq) {
    backlog_complete = true;
    emit(event::BacklogComplete{});
  }
}

void Engine::Impl::receive(const wire::Envelope& e, uint64_t now_ms) {
  auto from = AccountId::from_bytes(e.from());
  if (!from || from->empty()) {
    return emit(event::Undecryptable{{}, "An envelope with a malformed sender was dropped."});
  }
  signal::Ciphertext ct;
  if (e.type() == wire::PREKEY_MESSAGE) {
    ct.type = signal::MessageType::prekey;
  } else if (e.type() == wire::SIGNAL_MESSAGE) {
    ct.type = signal::MessageType::signal;
  } else {
    return emit(event::Undecryptable{*from, "A message of an unknown type was dropped."});
  }
  ct.bytes = e.ciphertext();
  auto decrypted = protocol->decrypt(from->text(), ct);
  if (!decrypted) {
    if (decrypted.error().code == Errc::already_exists) return;  // libsignal saw it already
    return emit(event::Undecryptable{
        *from, decrypted.error().code == Errc::not_found
                   ? "A message could not be decrypted: there is no session with its sender."
                   : "A message could not be decrypted and was dropped."});
  }
  if (decrypted->identity_changed) emit(event::IdentityChanged{*from});
  auto plain = unpad(decrypted->plaintext);
  content::DirectContent content;
  if (!plain || !content.ParseFromString(*plain)) {
    return emit(event::Undecryptable{*from, "A message did not decode and was dropped."});
  }
  learn_pseudonym(*from, content.sender_name());
  switch (content.body_case()) {
    case content::DirectContent::kSenderKey:
      return receive_sender_key(*from, content.sender_key());
    case content::DirectContent::kText: {
      Message m{*from,
                false,
                sanitize_name(content.sender_name()),
                content.text().text(),
                e.server_time_ms() ? e.server_time_ms() : now_ms,
                e.message_id(),
                true};
      // A ticket label counts only from the ticket's other side (or our worker-to-be).
      if (auto t = tickets.find(content.text().ticket());
          t != tickets.end() && (t->second.peer() == from->bytes() || t->second.peer().empty())) {
        m.ticket = t->first;
        ticket_activity(t->first, true, m.time_ms);
      }
      add_history(m);
      emit(event::MessageReceived{std::move(m)});
      break;
    }
    case content::DirectContent::kReport:
      return receive_report(*from, content.sender_name(), content.report(), now_ms);
    case content::DirectContent::kOrgMessage: {
      const auto& om = content.org_message();
      if (!valid_room_id(om.org()) || om.message_id().size() != kMessageIdSize ||
          om.text().empty() || om.text().size() > kMaxTextBytes) {
        return emit(event::Undecryptable{*from, "A malformed message for an organisation was dropped."});
      }
      Message m{*from,
                false,
                sanitize_name(content.sender_name()),
                om.text(),
                e.server_time_ms() ? e.server_time_ms() : now_ms,
                om.message_id(),
                true,
                {},
                om.org()};
      add_history(m);
      emit(event::MessageReceived{std::move(m)});
      break;
    }
    default:
      // Organisation messages come with permanences.
      break;
  }
}

// ---- The public API

std::vector<Message> Engine::history() const {
  return {impl_->history.begin(), impl_->history.end()};
}

std::vector<Message> Engine::take_unread() {
  std::vector<Message> out;
  for (auto& h : impl_->history) {
    if (!h.unread) continue;
    h.unread = false;
    out.push_back(h);
  }
  if (!out.empty()) impl_->changed();
  return out;
}

Result<RequestId> Engine::send_text(const AccountId& to, std::string_view text, uint64_t now_ms) {
  if (!registered()) return Error{Errc::permission, "This profile is not registered."};
  if (text.empty()) return Error{Errc::invalid_argument, "The message is empty."};
  if (text.size() > kMaxTextBytes) {
    return Error{Errc::invalid_argument, "The message is longer than 32 KiB."};
  }
  if (to.empty() || to == impl_->account_id) {
    return Error{Errc::invalid_argument, "A message needs another account as its recipient."};
  }
  content::DirectContent c;
  c.set_sender_name(impl_->name);
  c.set_sent_at_ms(now_ms);
  c.mutable_text()->set_text(std::string(text));
  const RequestId r = impl_->next_request++;
  impl_->waiting_sends[to].push_back({r, pad(c.SerializeAsString()), std::string(text), now_ms});
  impl_->advance(to);
  return r;
}

}  // namespace relais::engine

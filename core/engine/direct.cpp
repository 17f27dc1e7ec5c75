#include "core/engine/direct.h"

#include <algorithm>
#include <string>

#include "core/crypto/random.h"
#include "core/engine/checks.h"
#include "core/engine/padding.h"
#include "core/signal/sealed.h"
#include "core/wire/contract.h"

namespace relais::engine {

// ---- Sending

void Direct::send(const AccountId& peer, DirectSend what, SendDone done) {
  // The waiter is kept until the session exists; the content travels with it.
  auto shared = std::make_shared<std::pair<DirectSend, SendDone>>(std::move(what), std::move(done));
  session_.with_session(
      peer,
      [this, peer, shared] {
        encrypt_and_send(peer, std::move(shared->first), std::move(shared->second));
      },
      [shared](const Failure& f) {
        if (shared->second.failed) shared->second.failed(f);
      });
}

void Direct::encrypt_and_send(const AccountId& peer, DirectSend what, SendDone done) {
  auto fail = [&done](const Error& e) {
    Failure f = failure(Problem::crypto);
    f.code = e.code;
    f.detail = e.message;
    if (done.failed) done.failed(f);
  };
  auto ct = session_.protocol().encrypt(peer.text(), what.padded);
  if (!ct) return fail(ct.error());
  what.padded.clear();  // not needed any more, and not kept
  // Sealed sender: our id goes inside, encrypted to the identity key the session was made with.
  const auto identity = session_.protocol().peer_identity(peer.text());
  if (!identity) return fail({Errc::internal, "The session has no identity key."});
  std::string message_id = crypto::random_bytes(kMessageIdSize);
  auto sealed = signal::seal(*identity, message_id, {session_.self().bytes(), std::move(*ct)});
  if (!sealed) return fail(sealed.error());
  outbox_.push_back(
      {peer, std::move(message_id), std::move(*sealed), std::move(what), std::move(done)});
  link_.changed();  // the ratchet moved: the ciphertext may leave only once this is saved
  queue_send(outbox_.back());
}

void Direct::queue_send(const PendingSend& p) {
  wire::ClientFrame f;
  // A ticket's message goes through the relay's check of who holds the ticket now.
  wire::Send* s = nullptr;
  if (p.what.ticket.empty()) {
    s = f.mutable_send();
  } else {
    f.mutable_ticket_send()->set_ticket(p.what.ticket);
    s = f.mutable_ticket_send()->mutable_send();
  }
  s->set_to(p.to.bytes());
  s->set_message_id(p.message_id);
  s->set_type(wire::SEALED_MESSAGE);
  s->set_ciphertext(p.sealed);
  const std::string id = p.message_id;
  // A lost connection changes nothing: the outbox sends it again after the next log-in.
  link_.ask_after_save<wire::Sent>(
      std::move(f), [this, id](const wire::Sent& sent) { handle_sent(id, sent); },
      [this, id](const Failure& e) {
        if (e.problem != Problem::not_connected && e.problem != Problem::wrong_answer) {
          handle_send_failed(id, e);
        }
      });
}

void Direct::handle_sent(const std::string& message_id, const wire::Sent& sent) {
  auto it = std::find_if(outbox_.begin(), outbox_.end(),
                         [&](const PendingSend& p) { return p.message_id == message_id; });
  if (it == outbox_.end()) return;  // a second Sent for a copy sent again after a reconnect
  PendingSend p = std::move(*it);
  outbox_.erase(it);
  link_.changed();
  const uint64_t at = sent.server_time_ms();
  if (!p.what.control || !p.what.org.empty()) {
    Message m{p.to,         true,  session_.name(), p.what.text, at,
              p.message_id, false, p.what.ticket,   p.what.org};
    m.reply_to = p.what.reply_to;
    add_history(std::move(m));
  }
  if (!p.what.ticket.empty() && !p.what.control && routes_.ticket_sent) {
    routes_.ticket_sent(p.what.ticket, at);
  }
  event::MessageSent confirmed{0, p.to, p.message_id, at};
  if (p.done.sent) return p.done.sent(confirmed);
  link_.emit(confirmed);  // sent before a restart: no one of this run asked
}

void Direct::handle_send_failed(const std::string& message_id, const Failure& f) {
  auto it = std::find_if(outbox_.begin(), outbox_.end(),
                         [&](const PendingSend& p) { return p.message_id == message_id; });
  if (it == outbox_.end()) return;
  // The relay did not take it: drop it rather than deliver it surprisingly late. The ratchet
  // copes with the gap.
  SendDone done = std::move(it->done);
  outbox_.erase(it);
  link_.changed();
  if (done.failed) return done.failed(f);
  link_.emit_failed(0, f);
}

void Direct::after_login() {
  for (const auto& p : outbox_) queue_send(p);
}

Checked<RequestId> Direct::send_text(const AccountId& to, std::string_view text, uint64_t now_ms) {
  if (!session_.registered()) return failure(Problem::not_registered);
  if (text.empty()) return failure(Problem::empty_text);
  if (text.size() > kMaxTextBytes) {
    Failure f = failure(Problem::text_too_long);
    f.limit = kMaxTextBytes;
    return f;
  }
  if (to.empty() || to == session_.self()) return failure(Problem::needs_other_account);
  content::DirectContent c;
  c.set_sender_name(session_.name());
  c.set_sent_at_ms(now_ms);
  c.mutable_text()->set_text(std::string(text));
  const RequestId r = link_.new_request();
  send(to, {pad(c.SerializeAsString()), std::string(text), now_ms},
       {[this, r](event::MessageSent s) {
          s.request = r;
          link_.emit(std::move(s));
        },
        [this, r](const Failure& f) { link_.emit_failed(r, f); }});
  return r;
}

// ---- Receiving

void Direct::remember(const std::string& key) {
  if (!seen_.insert(key).second) return;
  seen_order_.push_back(key);
  while (seen_order_.size() > kSeenLimit) {
    seen_.erase(seen_order_.front());
    seen_order_.pop_front();
  }
}

void Direct::handle_envelope(const wire::Envelope& e) {
  if (!session_.logged_in()) {
    return link_.emit(event::ProtocolError{Problem::envelope_before_login});
  }
  held_.push_back(e);
  take_in_held();
}

void Direct::take_in_held() {
  while (!held_.empty() && !checking_) {
    if (!take_in(held_.front())) return;
    held_.pop_front();
  }
  if (held_.empty()) run_after_taken_in();
}

void Direct::after_taken_in(std::function<void()> then) {
  if (held_.empty()) return then();
  after_taken_in_.push_back(std::move(then));
}

void Direct::run_after_taken_in() {
  for (auto& then : std::exchange(after_taken_in_, {})) then();
}

// Opens the sealed layer, then believes the sender it names only if the identity key the Signal
// message proves (the PreKeySignalMessage's own, or the session's) is the one the relay registered
// for that account. Anything not proven is dropped without naming anyone.
bool Direct::take_in(const wire::Envelope& e) {
  auto done = [this, &e] {
    acks_.push_back(e.seq());
    session_.envelope_arrived(e.seq());
    return true;
  };
  auto dropped = [this, &done](Problem p) {
    link_.emit(event::Undecryptable{{}, p});
    return done();
  };
  if (e.type() != wire::SEALED_MESSAGE) return dropped(Problem::unsealable);
  auto opened = session_.protocol().unseal(e.message_id(), e.ciphertext());
  if (!opened) return dropped(Problem::unsealable);
  auto from = AccountId::from_bytes(opened->sender);
  if (!from || from->empty() || *from == session_.self()) return dropped(Problem::malformed_sender);
  // Keyed by sender too, so that no one can suppress another sender's message by reusing its id.
  const bool has_id = e.message_id().size() == kMessageIdSize;
  const std::string key = from->bytes() + e.message_id();
  if (has_id && seen_.count(key)) return done();

  std::optional<std::string> proven;
  if (opened->message.type == signal::MessageType::prekey) {
    auto announced = signal::prekey_message_identity(opened->message.bytes);
    if (!announced) return dropped(Problem::undecryptable);
    proven = std::move(*announced);
  } else {
    proven = session_.protocol().peer_identity(from->text());
    if (!proven) return dropped(Problem::no_session);
  }
  const auto registered = session_.registered_identity(*from);
  if (!registered) {
    checking_ = true;
    const AccountId claimed = *from;
    session_.fetch_identity(
        claimed,
        [this] {
          checking_ = false;
          take_in_held();
        },
        [this](const Failure& f) {
          checking_ = false;
          if (f.problem == Problem::not_connected) return;  // delivered again after a log-in
          if (f.problem == Problem::unknown_account && !held_.empty()) {
            // It names an account that does not exist: a forgery.
            link_.emit(event::Undecryptable{{}, Problem::sender_unproven});
            acks_.push_back(held_.front().seq());
            session_.envelope_arrived(held_.front().seq());
            held_.pop_front();
            return take_in_held();
          }
          // Not checkable now: unacknowledged, they come again after the next log-in.
          held_.clear();
          run_after_taken_in();
          link_.emit(event::ServerError{f});
        });
    return false;
  }
  if (*registered != *proven) return dropped(Problem::sender_unproven);
  if (has_id) remember(key);
  link_.changed();
  receive(*from, e, opened->message);
  return done();
}

void Direct::receive(const AccountId& from, const wire::Envelope& e, const signal::Ciphertext& ct) {
  const uint64_t now_ms = link_.now_ms();
  auto decrypted = session_.protocol().decrypt(from.text(), ct);
  if (!decrypted) {
    if (decrypted.error().code == Errc::already_exists) return;  // libsignal saw it already
    // Not decrypted, so not proven to come from `from`: nobody is named.
    return link_.emit(event::Undecryptable{
        {},
        decrypted.error().code == Errc::not_found ? Problem::no_session : Problem::undecryptable});
  }
  auto dropped = [this, &from](Problem p) { link_.emit(event::Undecryptable{from, p}); };
  if (decrypted->identity_changed) {
    // The key was proven above to be the one the relay registered now, yet the session had
    // another: nothing more goes to them until the person verifies or accepts it (identities).
    if (routes_.identity_changed) routes_.identity_changed(from);
    link_.emit(event::IdentityChanged{from});
  }
  auto plain = unpad(decrypted->plaintext);
  content::DirectContent content;
  if (!plain || !content.ParseFromString(*plain)) return dropped(Problem::undecodable);
  learn_pseudonym(from, content.sender_name());
  const uint64_t at = e.server_time_ms() ? e.server_time_ms() : now_ms;
  switch (content.body_case()) {
    case content::DirectContent::kSenderKey:
      if (routes_.sender_key) routes_.sender_key(from, content.sender_key());
      return;
    case content::DirectContent::kReport:
      if (routes_.report) routes_.report(from, content.sender_name(), content.report(), now_ms);
      return;
    case content::DirectContent::kText: {
      // A ticket's text is never a direct message, whoever sent it.
      if (!content.text().ticket().empty()) {
        if (routes_.permanence) routes_.permanence(from, content, e.message_id(), at);
        return;
      }
      Message m{
          from,           false, sanitize_name(content.sender_name()), content.text().text(), at,
          e.message_id(), true};
      add_history(m);
      return link_.emit(event::MessageReceived{std::move(m)});
    }
    case content::DirectContent::kTicketHistory:
    case content::DirectContent::kTicketHandoff:
    case content::DirectContent::kOrgReply:
    case content::DirectContent::kDutyHello:
      if (routes_.permanence) routes_.permanence(from, content, e.message_id(), at);
      return;
    case content::DirectContent::kOrgMessage: {
      const auto& om = content.org_message();
      if (!wire::valid_id(om.org()) || om.message_id().size() != kMessageIdSize ||
          om.text().empty() || om.text().size() > kMaxTextBytes) {
        return dropped(Problem::malformed_org_message);
      }
      Message m{from,      false, sanitize_name(content.sender_name()),
                om.text(), at,    om.message_id(),
                true,      {},    om.org()};
      add_history(m);
      return link_.emit(event::MessageReceived{std::move(m)});
    }
    default:
      break;  // a content of a newer client
  }
}

// ---- History and names

void Direct::add_history(Message m) {
  history_.push_back(std::move(m));
  if (history_.size() <= kHistoryLimit) return;
  // Drop the oldest message already shown; unread ones go only when nothing else can.
  auto it = std::find_if(history_.begin(), history_.end(), [](const auto& s) { return !s.unread; });
  if (it == history_.end()) it = history_.begin();
  history_.erase(it);
}

std::vector<Message> Direct::take_unread() {
  std::vector<Message> out;
  for (auto& h : history_) {
    if (!h.unread) continue;
    h.unread = false;
    out.push_back(h);
  }
  if (!out.empty()) link_.changed();
  return out;
}

std::string Direct::display_name(const Message& message) const {
  if (auto n = session_.contact_name(message.peer)) return *n;
  if (message.outgoing) return message.peer.text();
  if (!message.sender_name.empty()) return message.sender_name;
  return message.peer.text();
}

void Direct::learn_pseudonym(const AccountId& id, std::string_view raw) {
  std::string n = sanitize_name(raw);
  if (n.empty()) return;
  auto& slot = pseudonyms_[id];
  if (slot != n) {
    slot = std::move(n);
    link_.changed();
  }
}

std::optional<std::string> Direct::pseudonym(const AccountId& id) const {
  auto it = pseudonyms_.find(id);
  if (it == pseudonyms_.end()) return std::nullopt;
  return it->second;
}

// ---- Saved state

void Direct::save(state::EngineState& s) const {
  for (const auto& k : seen_order_) s.add_seen(k);
  for (const auto& p : outbox_) {
    auto* o = s.add_outbox();
    o->set_to(p.to.bytes());
    o->set_message_id(p.message_id);
    o->set_type(wire::SEALED_MESSAGE);
    o->set_ciphertext(p.sealed);
    o->set_text(p.what.text);
    o->set_created_ms(p.what.now_ms);
    o->set_control(p.what.control);
    o->set_ticket(p.what.ticket);
    o->set_org(p.what.org);
    o->set_reply_to(p.what.reply_to);
  }
  for (const auto& [id, n] : pseudonyms_) {
    auto* ps = s.add_pseudonyms();
    ps->set_account_id(id.bytes());
    ps->set_name(n);
  }
  for (const auto& h : history_) {
    auto* e = s.add_history();
    e->set_peer(h.peer.bytes());
    e->set_outgoing(h.outgoing);
    e->set_sender_name(h.sender_name);
    e->set_text(h.text);
    e->set_time_ms(h.time_ms);
    e->set_message_id(h.message_id);
    e->set_unread(h.unread);
    e->set_ticket(h.ticket);
    e->set_org(h.org);
    e->set_earlier(h.earlier);
    e->set_from_worker(h.from_worker);
    e->set_reply_to(h.reply_to);
  }
}

Status Direct::load(const state::EngineState& s) {
  const Error corrupt{Errc::corrupt, "The saved client state is damaged."};
  for (const auto& k : s.seen()) remember(k);
  for (const auto& o : s.outbox()) {
    auto to = AccountId::from_bytes(o.to());
    if (!to) return corrupt;
    // An unsealed copy saved by an older client would be refused by the relay: it is dropped
    // (the ratchet copes with the gap), as a send the relay refused is.
    if (o.type() != wire::SEALED_MESSAGE) continue;
    outbox_.push_back(
        {*to,
         o.message_id(),
         o.ciphertext(),
         {{}, o.text(), o.created_ms(), o.control(), o.ticket(), o.org(), o.reply_to()}});
  }
  for (const auto& h : s.history()) {
    auto peer = AccountId::from_bytes(h.peer());
    if (!peer) return corrupt;
    history_.push_back({*peer, h.outgoing(), h.sender_name(), h.text(), h.time_ms(), h.message_id(),
                        h.unread(), h.ticket(), h.org(), h.earlier(), h.from_worker(),
                        h.reply_to()});
  }
  for (const auto& ps : s.pseudonyms()) {
    auto id = AccountId::from_bytes(ps.account_id());
    if (!id) return corrupt;
    pseudonyms_[*id] = ps.name();
  }
  return ok_status();
}

}  // namespace relais::engine

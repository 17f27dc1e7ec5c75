#include "core/engine/engine.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "content.pb.h"
#include "core/base/encoding.h"
#include "core/crypto/digest.h"
#include "core/crypto/random.h"
#include "core/engine/padding.h"
#include "core/signal/protocol.h"
#include "core/wire/frames.h"
#include "relais.pb.h"
#include "state.pb.h"  // generated from core/engine/state.proto

namespace relais::engine {
namespace {

constexpr uint32_t kStateFormat = 1;
constexpr uint32_t kProtocolVersion = 1;
constexpr size_t kNonceSize = 32;
constexpr size_t kMessageIdSize = 16;
constexpr int kFramesPerBatch = 256;  // below wire::kMaxFramesPerBatch, with room to spare
constexpr std::string_view kRegisterContext = "relais-register-v1";
constexpr std::string_view kLoginContext = "relais-login-v1";
constexpr std::string_view kPowContext = "relais-pow-v1";

// A name that came from the other side (the pseudonym inside a message): control characters
// could rewrite a terminal, and a long one could push everything else off the screen.
std::string sanitize_name(std::string_view name) {
  std::string out;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) continue;
    out.push_back(c);
  }
  if (out.size() > kMaxNameBytes) {
    size_t cut = kMaxNameBytes;
    // Do not split a UTF-8 sequence: back up over continuation bytes.
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

int leading_zero_bits(std::string_view digest) {
  int bits = 0;
  for (char c : digest) {
    const auto b = static_cast<unsigned char>(c);
    if (b == 0) {
      bits += 8;
      continue;
    }
    for (int i = 7; i >= 0 && !(b & (1u << i)); --i) ++bits;
    break;
  }
  return bits;
}

std::string solve_proof_of_work(std::string_view nonce, uint32_t difficulty) {
  const std::string prefix = std::string(kPowContext) + std::string(nonce);
  std::string candidate(8, '\0');
  for (uint64_t counter = 0;; ++counter) {
    for (int i = 0; i < 8; ++i) candidate[i] = static_cast<char>((counter >> (56 - 8 * i)) & 0xff);
    if (leading_zero_bits(crypto::sha256(prefix + candidate)) >= static_cast<int>(difficulty)) {
      return candidate;
    }
  }
}

// Our own sentence for each refusal; the relay's text is only a fallback for codes we do not
// know, and it is cleaned like any other string from the network.
Error wire_error(const wire::Error& e) {
  switch (e.code()) {
    case wire::MALFORMED:
      return {Errc::protocol, "The relay could not parse a message from this client."};
    case wire::UNKNOWN_REQUEST:
      return {Errc::protocol, "The relay does not know a request this client made."};
    case wire::FRAME_TOO_LARGE:
      return {Errc::protocol, "A message was larger than the relay accepts."};
    case wire::NOT_AUTHENTICATED:
      return {Errc::protocol, "The relay expected a log-in first."};
    case wire::ALREADY_AUTHENTICATED:
      return {Errc::protocol, "The connection was already logged in."};
    case wire::BAD_SIGNATURE:
      return {Errc::crypto, "The relay did not accept this device's signature."};
    case wire::UNKNOWN_ACCOUNT:
      return {Errc::not_found, "The relay knows no account with this id."};
    case wire::INVALID_ARGUMENT:
      return {Errc::invalid_argument, "The relay refused a malformed request."};
    case wire::RATE_LIMITED:
      return {Errc::unavailable, "The relay asks to slow down; try again in a moment."};
    case wire::STORE_FAILURE:
      return {Errc::unavailable, "The relay could not store the message; try again later."};
    case wire::INVITE_REQUIRED:
      return {Errc::permission, "The relay needs a valid invite code to register."};
    case wire::PROOF_OF_WORK_REQUIRED:
      return {Errc::permission, "The relay did not accept the proof of work."};
    case wire::FORBIDDEN:
      return {Errc::permission, "The relay refused: this account lacks the role for it."};
    case wire::SHUTTING_DOWN:
      return {Errc::unavailable, "The relay is shutting down; try again later."};
    case wire::OVERLOADED:
      return {Errc::unavailable, "The relay is overloaded; try again later."};
    default:
      break;
  }
  std::string text = sanitize_name(e.message().substr(0, 200));
  if (text.empty()) text = "The relay refused a request.";
  return {Errc::protocol, text};
}

wire::EnvelopeType to_wire(signal::MessageType t) {
  return t == signal::MessageType::prekey ? wire::PREKEY_MESSAGE : wire::SIGNAL_MESSAGE;
}

}  // namespace

Status check_name(std::string_view name) {
  if (name.empty()) return Error{Errc::invalid_argument, "A name must not be empty."};
  if (name.size() > kMaxNameBytes) {
    return Error{Errc::invalid_argument, "A name must be at most 64 bytes long."};
  }
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {
      return Error{Errc::invalid_argument, "A name must not contain control characters."};
    }
  }
  if (name.front() == ' ' || name.back() == ' ') {
    return Error{Errc::invalid_argument, "A name must not start or end with a space."};
  }
  return ok_status();
}

// A message encrypted and waiting for the relay's Sent (state.proto PendingSend).
struct PendingSend {
  AccountId to;
  std::string message_id;
  signal::MessageType type = signal::MessageType::signal;
  std::string ciphertext;
  std::string text;
  uint64_t created_ms = 0;
};

// A text waiting for a log-in or for a session with its recipient.
struct PlainSend {
  RequestId request = 0;
  std::string padded;
  std::string text;
  uint64_t now_ms = 0;
};

enum class RequestKind { register_account, login, fetch_bundle, send, upload_prekeys };

struct InFlight {
  RequestKind kind;
  AccountId peer;          // fetch_bundle
  std::string message_id;  // send
};

struct Engine::Impl {
  // ---- Persistent (serialized into the vault)
  std::string name;
  std::string server_url;
  std::string ca_file;
  AccountId account_id;
  std::map<std::string, AccountId, std::less<>> contacts;
  std::unique_ptr<signal::Protocol> protocol;
  std::deque<std::string> seen_order;
  std::unordered_set<std::string> seen;
  std::vector<PendingSend> outbox;
  std::deque<Message> history;

  // ---- Saving: every state change bumps `version`; frames that need it wait for saved().
  uint64_t version = 0;
  uint64_t saved_version = 0;
  uint64_t serialized_version = 0;

  // ---- Per run and per connection
  std::string invite_code;
  bool challenge_seen = false;
  std::string nonce;
  bool logged_in = false;
  bool backlog_complete = false;
  uint64_t backlog_last_seq = 0;
  size_t max_message_bytes = wire::kDefaultMaxMessageBytes;
  uint64_t next_wire_id = 1;
  RequestId next_request = 1;
  std::unordered_map<uint64_t, InFlight> in_flight;
  std::map<AccountId, std::vector<PlainSend>> waiting_sends;
  std::map<AccountId, std::vector<RequestId>> session_waiters;
  std::set<AccountId> fetching;
  std::unordered_map<std::string, RequestId> send_requests;  // message id → request
  bool uploading = false;
  std::vector<uint64_t> acks;  // seqs collected while handling one WebSocket message
  std::vector<wire::ClientFrame> outgoing;
  std::vector<std::pair<uint64_t, wire::ClientFrame>> held;
  std::vector<Event> events;

  bool registered() const { return !account_id.empty(); }
  void changed() { ++version; }

  void emit(Event e) { events.push_back(std::move(e)); }

  uint64_t queue(wire::ClientFrame frame, bool with_id = true) {
    const uint64_t id = with_id ? next_wire_id++ : 0;
    frame.set_id(id);
    outgoing.push_back(std::move(frame));
    return id;
  }

  // Frames that must not leave before the current state is durable (acks, sends, prekeys).
  uint64_t queue_after_save(wire::ClientFrame frame, bool with_id = true) {
    if (version == saved_version) return queue(std::move(frame), with_id);
    const uint64_t id = with_id ? next_wire_id++ : 0;
    frame.set_id(id);
    held.emplace_back(version, std::move(frame));
    return id;
  }

  void reset_connection() {
    challenge_seen = false;
    nonce.clear();
    logged_in = false;
    backlog_complete = false;
    backlog_last_seq = 0;
    in_flight.clear();
    fetching.clear();
    uploading = false;
    acks.clear();
    outgoing.clear();
    held.clear();
  }

  void remember(const std::string& key) {
    if (!seen.insert(key).second) return;
    seen_order.push_back(key);
    while (seen_order.size() > kSeenLimit) {
      seen.erase(seen_order.front());
      seen_order.pop_front();
    }
  }

  void add_history(Message m) {
    history.push_back(std::move(m));
    if (history.size() <= kHistoryLimit) return;
    // Drop the oldest message already shown; unread ones go only when nothing else can.
    auto it = std::find_if(history.begin(), history.end(), [](const auto& s) { return !s.unread; });
    if (it == history.end()) it = history.begin();
    history.erase(it);
  }

  // ---- Frames in

  void handle_frame(const wire::ServerFrame& f, uint64_t now_ms) {
    if (f.id() != 0) {
      auto it = in_flight.find(f.id());
      if (it == in_flight.end()) {
        emit(event::ProtocolError{"The relay answered a request this client did not make."});
        return;
      }
      InFlight req = std::move(it->second);
      in_flight.erase(it);
      handle_answer(req, f);
      return;
    }
    switch (f.body_case()) {
      case wire::ServerFrame::kChallenge:
        handle_challenge(f.challenge());
        break;
      case wire::ServerFrame::kEnvelope:
        handle_envelope(f.envelope(), now_ms);
        break;
      case wire::ServerFrame::kPrekeyCount:
        if (logged_in && f.prekey_count().remaining() < kPrekeyLowWater) {
          replenish_prekeys(f.prekey_count().remaining());
        }
        break;
      case wire::ServerFrame::kError:
        emit_server_error(wire_error(f.error()));
        break;
      case wire::ServerFrame::kPong:
      case wire::ServerFrame::kOk:
        break;
      case wire::ServerFrame::BODY_NOT_SET:
        emit(event::ProtocolError{
            "The relay sent a frame this client does not know; it was ignored."});
        break;
      default:
        // Room, moderation and permanence pushes arrive with those features (issue 4 on).
        emit(event::ProtocolError{
            "The relay sent a frame this client does not handle; it was ignored."});
        break;
    }
  }

  void handle_answer(const InFlight& req, const wire::ServerFrame& f) {
    const bool is_error = f.body_case() == wire::ServerFrame::kError;
    const Error err = is_error ? wire_error(f.error()) : Error{Errc::protocol, {}};
    switch (req.kind) {
      case RequestKind::register_account:
        if (is_error) return emit(event::AuthFailed{err.code, err.message});
        if (!f.has_registered()) return auth_unexpected();
        return handle_registered(f.registered());
      case RequestKind::login:
        if (is_error) {
          if (f.error().code() == wire::UNKNOWN_ACCOUNT) {
            return emit(event::AuthFailed{
                Errc::not_found, "The relay does not know this account; it may have been reset."});
          }
          return emit(event::AuthFailed{err.code, err.message});
        }
        if (!f.has_logged_in()) return auth_unexpected();
        return handle_logged_in(f.logged_in());
      case RequestKind::fetch_bundle:
        fetching.erase(req.peer);
        if (is_error) return fail_peer(req.peer, err);
        if (!f.has_bundle()) {
          unexpected_answer();
          return fail_peer(req.peer, {Errc::protocol, "The relay sent no key bundle."});
        }
        return handle_bundle(req.peer, f.bundle());
      case RequestKind::send:
        if (is_error) return handle_send_failed(req.message_id, err);
        if (!f.has_sent()) return unexpected_answer();
        return handle_sent(req.message_id, f.sent());
      case RequestKind::upload_prekeys:
        uploading = false;
        if (is_error) return emit(event::ServerError{err.code, err.message});
        if (!f.has_prekey_count()) return unexpected_answer();
        return emit(event::PrekeysUploaded{f.prekey_count().remaining()});
    }
  }

  void emit_server_error(Error e) { emit(event::ServerError{e.code, std::move(e.message)}); }

  void auth_unexpected() {
    emit(event::AuthFailed{Errc::protocol,
                           "The relay answered the log-in with the wrong kind of frame."});
  }

  void unexpected_answer() {
    emit(event::ProtocolError{"The relay answered a request with the wrong kind of frame."});
  }

  void handle_challenge(const wire::Challenge& c) {
    if (challenge_seen) {
      return emit(event::ProtocolError{"The relay sent a second challenge; it was ignored."});
    }
    if (c.protocol_version() != kProtocolVersion) {
      return emit(event::AuthFailed{Errc::protocol, "The relay speaks protocol version " +
                                                        std::to_string(c.protocol_version()) +
                                                        "; this client speaks version 1."});
    }
    if (c.nonce().size() != kNonceSize) {
      return emit(event::AuthFailed{Errc::protocol, "The relay sent a malformed challenge."});
    }
    challenge_seen = true;
    nonce = c.nonce();
    if (c.max_message_bytes() > 0) max_message_bytes = c.max_message_bytes();
    if (registered()) return send_login();
    send_register(c.pow_difficulty());
  }

  void send_login() {
    auto sig = protocol->sign(std::string(kLoginContext) + nonce + account_id.bytes());
    if (!sig)
      return emit(event::AuthFailed{Errc::crypto, "This device could not sign its log-in."});
    wire::ClientFrame f;
    f.mutable_login()->set_account_id(account_id.bytes());
    f.mutable_login()->set_signature(*sig);
    in_flight[queue(std::move(f))] = {RequestKind::login, {}, {}};
  }

  void send_register(uint32_t pow_difficulty) {
    if (pow_difficulty > kMaxProofOfWorkBits) {
      return emit(event::AuthFailed{
          Errc::permission, "The relay asks for more proof of work than this client will do."});
    }
    auto prekeys = protocol->generate_prekeys(kPrekeyTarget);
    if (!prekeys) return emit(event::AuthFailed{prekeys.error().code, prekeys.error().message});
    changed();
    const std::string& identity = protocol->identity_public_key();
    auto sig = protocol->sign(std::string(kRegisterContext) + nonce + identity);
    if (!sig) return emit(event::AuthFailed{Errc::crypto, "This device could not sign its keys."});
    wire::ClientFrame f;
    auto* r = f.mutable_register_();
    r->set_identity_key(identity);
    r->set_registration_id(protocol->registration_id());
    const signal::SignedPrekey spk = protocol->signed_prekey();
    r->mutable_signed_prekey()->set_id(spk.id);
    r->mutable_signed_prekey()->set_public_key(spk.public_key);
    r->mutable_signed_prekey()->set_signature(spk.signature);
    for (const auto& p : *prekeys) {
      auto* wp = r->add_prekeys();
      wp->set_id(p.id);
      wp->set_public_key(p.public_key);
    }
    r->set_invite_code(invite_code);
    r->set_signature(*sig);
    if (pow_difficulty > 0) r->set_pow_nonce(solve_proof_of_work(nonce, pow_difficulty));
    // Not held for saving: until Registered names the account nothing refers to these keys.
    in_flight[queue(std::move(f))] = {RequestKind::register_account, {}, {}};
  }

  void handle_registered(const wire::Registered& r) {
    auto id = AccountId::from_bytes(r.account_id());
    if (!id || id->empty()) {
      return emit(event::AuthFailed{Errc::protocol, "The relay sent a malformed account id."});
    }
    account_id = *id;
    invite_code.clear();
    changed();
    logged_in = true;
    backlog_complete = true;  // a new account has an empty queue
    emit(event::Registered{account_id});
    emit(event::BacklogComplete{});
    after_login();
  }

  void handle_logged_in(const wire::LoggedIn& l) {
    logged_in = true;
    backlog_last_seq = l.queue_last_seq();
    emit(event::LoggedIn{l.prekeys_remaining()});
    if (backlog_last_seq == 0) {
      backlog_complete = true;
      emit(event::BacklogComplete{});
    }
    if (l.prekeys_remaining() < kPrekeyLowWater) replenish_prekeys(l.prekeys_remaining());
    after_login();
  }

  // Sends again what the relay has not confirmed, then what waited for the log-in.
  void after_login() {
    for (const auto& p : outbox) queue_send(p);
    std::vector<AccountId> peers;
    for (const auto& [peer, _] : waiting_sends) peers.push_back(peer);
    for (const auto& [peer, _] : session_waiters) peers.push_back(peer);
    for (const auto& peer : peers) advance(peer);
  }

  void replenish_prekeys(uint32_t remaining) {
    if (uploading || remaining >= kPrekeyTarget) return;
    auto prekeys = protocol->generate_prekeys(kPrekeyTarget - remaining);
    if (!prekeys) return emit(event::ServerError{prekeys.error().code, prekeys.error().message});
    changed();
    wire::ClientFrame f;
    for (const auto& p : *prekeys) {
      auto* wp = f.mutable_upload_prekeys()->add_prekeys();
      wp->set_id(p.id);
      wp->set_public_key(p.public_key);
    }
    uploading = true;
    in_flight[queue_after_save(std::move(f))] = {RequestKind::upload_prekeys, {}, {}};
  }

  // Moves the sends and session requests waiting for `peer` one step on.
  void advance(const AccountId& peer) {
    if (!logged_in) return;
    if (protocol->has_session(peer.text())) {
      auto sends = std::move(waiting_sends[peer]);
      waiting_sends.erase(peer);
      auto waiters = std::move(session_waiters[peer]);
      session_waiters.erase(peer);
      for (auto& s : sends) encrypt_and_send(peer, s);
      for (RequestId r : waiters) emit(event::SessionReady{r, peer});
      return;
    }
    const bool wanted = waiting_sends.count(peer) > 0 || session_waiters.count(peer) > 0;
    if (!wanted || fetching.count(peer)) return;
    fetching.insert(peer);
    wire::ClientFrame f;
    f.mutable_fetch_bundle()->set_account_id(peer.bytes());
    in_flight[queue(std::move(f))] = {RequestKind::fetch_bundle, peer, {}};
  }

  void fail_peer(const AccountId& peer, const Error& err) {
    auto sends = std::move(waiting_sends[peer]);
    waiting_sends.erase(peer);
    auto waiters = std::move(session_waiters[peer]);
    session_waiters.erase(peer);
    for (const auto& s : sends) emit(event::RequestFailed{s.request, err.code, err.message});
    for (RequestId r : waiters) emit(event::RequestFailed{r, err.code, err.message});
  }

  void handle_bundle(const AccountId& peer, const wire::Bundle& b) {
    if (b.account_id() != peer.bytes()) {
      emit(event::ProtocolError{"The relay sent the key bundle of another account."});
      return fail_peer(peer, {Errc::protocol, "The relay sent a wrong key bundle."});
    }
    signal::PrekeyBundle bundle;
    bundle.registration_id = b.registration_id();
    bundle.identity_key = b.identity_key();
    bundle.signed_prekey = {b.signed_prekey().id(), b.signed_prekey().public_key(),
                            b.signed_prekey().signature()};
    if (b.has_prekey()) bundle.prekey = signal::Prekey{b.prekey().id(), b.prekey().public_key()};
    Status st = protocol->process_bundle(peer.text(), bundle);
    if (!st) {
      return fail_peer(peer,
                       {Errc::crypto, "The recipient's keys do not verify; nothing was sent."});
    }
    changed();
    advance(peer);
  }

  void encrypt_and_send(const AccountId& peer, const PlainSend& s) {
    auto ct = protocol->encrypt(peer.text(), s.padded);
    if (!ct) return emit(event::RequestFailed{s.request, ct.error().code, ct.error().message});
    PendingSend p{peer,     crypto::random_bytes(kMessageIdSize),
                  ct->type, std::move(ct->bytes),
                  s.text,   s.now_ms};
    send_requests[p.message_id] = s.request;
    outbox.push_back(std::move(p));
    changed();  // the ratchet moved: the ciphertext may leave only once this is saved
    queue_send(outbox.back());
  }

  void queue_send(const PendingSend& p) {
    wire::ClientFrame f;
    auto* s = f.mutable_send();
    s->set_to(p.to.bytes());
    s->set_message_id(p.message_id);
    s->set_type(to_wire(p.type));
    s->set_ciphertext(p.ciphertext);
    in_flight[queue_after_save(std::move(f))] = {RequestKind::send, p.to, p.message_id};
  }

  void handle_sent(const std::string& message_id, const wire::Sent& sent) {
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
    add_history({p.to, true, name, p.text, sent.server_time_ms(), p.message_id, false});
    emit(event::MessageSent{request, p.to, p.message_id, sent.server_time_ms()});
  }

  void handle_send_failed(const std::string& message_id, const Error& err) {
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

  void handle_envelope(const wire::Envelope& e, uint64_t now_ms) {
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

  void receive(const wire::Envelope& e, uint64_t now_ms) {
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
    switch (content.body_case()) {
      case content::DirectContent::kText: {
        Message m{*from,
                  false,
                  sanitize_name(content.sender_name()),
                  content.text().text(),
                  e.server_time_ms() ? e.server_time_ms() : now_ms,
                  e.message_id(),
                  true};
        add_history(m);
        emit(event::MessageReceived{std::move(m)});
        break;
      }
      default:
        // Sender keys, reports and organisation messages come with rooms and permanences.
        break;
    }
  }

  // ---- State

  state::EngineState to_state() const {
    state::EngineState s;
    s.set_format(kStateFormat);
    s.set_profile_name(name);
    if (registered()) s.set_account_id(account_id.bytes());
    s.set_server_url(server_url);
    s.set_ca_file(ca_file);
    for (const auto& [n, id] : contacts) {
      auto* c = s.add_contacts();
      c->set_name(n);
      c->set_account_id(id.bytes());
    }
    s.set_protocol(protocol->serialize());
    for (const auto& k : seen_order) s.add_seen(k);
    for (const auto& p : outbox) {
      auto* o = s.add_outbox();
      o->set_to(p.to.bytes());
      o->set_message_id(p.message_id);
      o->set_type(to_wire(p.type));
      o->set_ciphertext(p.ciphertext);
      o->set_text(p.text);
      o->set_created_ms(p.created_ms);
    }
    for (const auto& h : history) {
      auto* e = s.add_history();
      e->set_peer(h.peer.bytes());
      e->set_outgoing(h.outgoing);
      e->set_sender_name(h.sender_name);
      e->set_text(h.text);
      e->set_time_ms(h.time_ms);
      e->set_message_id(h.message_id);
      e->set_unread(h.unread);
    }
    return s;
  }

  Status from_state(const state::EngineState& s) {
    const Error corrupt{Errc::corrupt, "The saved client state is damaged."};
    if (s.format() != kStateFormat) return corrupt;
    name = s.profile_name();
    if (!s.account_id().empty()) {
      auto id = AccountId::from_bytes(s.account_id());
      if (!id) return corrupt;
      account_id = *id;
    }
    server_url = s.server_url();
    ca_file = s.ca_file();
    for (const auto& c : s.contacts()) {
      auto id = AccountId::from_bytes(c.account_id());
      if (!id) return corrupt;
      contacts[c.name()] = *id;
    }
    RELAIS_TRY_ASSIGN(protocol, signal::Protocol::restore(s.protocol()));
    for (const auto& k : s.seen()) remember(k);
    for (const auto& o : s.outbox()) {
      auto to = AccountId::from_bytes(o.to());
      if (!to) return corrupt;
      outbox.push_back({*to, o.message_id(),
                        o.type() == wire::PREKEY_MESSAGE ? signal::MessageType::prekey
                                                         : signal::MessageType::signal,
                        o.ciphertext(), o.text(), o.created_ms()});
    }
    for (const auto& h : s.history()) {
      auto peer = AccountId::from_bytes(h.peer());
      if (!peer) return corrupt;
      history.push_back({*peer, h.outgoing(), h.sender_name(), h.text(), h.time_ms(),
                         h.message_id(), h.unread()});
    }
    return ok_status();
  }
};

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;
Engine::~Engine() = default;

Result<Engine> Engine::create(Profile profile) {
  RELAIS_TRY(check_name(profile.name));
  auto impl = std::make_unique<Impl>();
  RELAIS_TRY_ASSIGN(impl->protocol, signal::Protocol::create_new());
  impl->name = std::move(profile.name);
  impl->server_url = std::move(profile.server_url);
  impl->ca_file = std::move(profile.ca_file);
  impl->invite_code = std::move(profile.invite_code);
  impl->changed();  // nothing of it is saved yet
  return Engine(std::move(impl));
}

Result<Engine> Engine::restore(std::string_view blob) {
  state::EngineState s;
  if (!s.ParseFromArray(blob.data(), static_cast<int>(blob.size()))) {
    return Error{Errc::corrupt, "The saved client state is damaged."};
  }
  auto impl = std::make_unique<Impl>();
  RELAIS_TRY(impl->from_state(s));
  return Engine(std::move(impl));
}

bool Engine::registered() const {
  return impl_->registered();
}
AccountId Engine::account_id() const {
  return impl_->account_id;
}
const std::string& Engine::name() const {
  return impl_->name;
}
const std::string& Engine::server_url() const {
  return impl_->server_url;
}
const std::string& Engine::ca_file() const {
  return impl_->ca_file;
}

std::string Engine::fingerprint() const {
  return to_hex(crypto::sha256(impl_->protocol->identity_public_key()));
}

std::vector<Contact> Engine::contacts() const {
  std::vector<Contact> out;
  for (const auto& [n, id] : impl_->contacts) out.push_back({n, id});
  return out;
}

std::optional<AccountId> Engine::find_contact(std::string_view name) const {
  auto it = impl_->contacts.find(name);
  if (it == impl_->contacts.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> Engine::contact_name(const AccountId& id) const {
  for (const auto& [n, cid] : impl_->contacts) {
    if (cid == id) return n;
  }
  return std::nullopt;
}

Status Engine::add_contact(std::string_view name, const AccountId& id) {
  RELAIS_TRY(check_name(name));
  if (id.empty()) return Error{Errc::invalid_argument, "The account id is empty."};
  if (id == impl_->account_id) {
    return Error{Errc::invalid_argument, "That is this profile's own id."};
  }
  if (auto other = contact_name(id); other && *other != name) {
    return Error{Errc::already_exists, "Another contact already has this id."};
  }
  impl_->contacts[std::string(name)] = id;
  impl_->changed();
  return ok_status();
}

std::string Engine::display_name(const Message& message) const {
  if (auto n = contact_name(message.peer)) return *n;
  if (message.outgoing) return message.peer.text();
  if (!message.sender_name.empty()) return message.sender_name;
  return message.peer.text();
}

bool Engine::has_session(const AccountId& peer) const {
  return impl_->protocol->has_session(peer.text());
}

Result<std::string> Engine::safety_number(const AccountId& peer) const {
  if (!registered()) return Error{Errc::permission, "This profile is not registered."};
  return impl_->protocol->safety_number(impl_->account_id.text(), peer.text());
}

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

bool Engine::needs_save() const {
  return impl_->version != impl_->saved_version;
}

std::string Engine::serialize() {
  impl_->serialized_version = impl_->version;
  return impl_->to_state().SerializeAsString();
}

void Engine::saved() {
  impl_->saved_version = impl_->serialized_version;
  auto& held = impl_->held;
  auto keep = std::stable_partition(held.begin(), held.end(),
                                    [&](const auto& h) { return h.first > impl_->saved_version; });
  for (auto it = keep; it != held.end(); ++it) impl_->outgoing.push_back(std::move(it->second));
  held.erase(keep, held.end());
}

void Engine::on_connected() {
  impl_->reset_connection();
}
void Engine::on_disconnected() {
  impl_->reset_connection();
}

void Engine::on_message(std::string_view message, uint64_t now_ms) {
  auto batch = wire::decode_server_batch(message, kMaxIncomingBytes);
  if (!batch) {
    impl_->emit(
        event::ProtocolError{"The relay sent a message that does not parse; it was ignored."});
    return;
  }
  for (const auto& f : batch->frames()) impl_->handle_frame(f, now_ms);
  // One Ack for the whole message, once what was decrypted from it is saved.
  if (!impl_->acks.empty()) {
    wire::ClientFrame ack;
    for (uint64_t seq : impl_->acks) ack.mutable_ack()->add_seqs(seq);
    impl_->acks.clear();
    impl_->queue_after_save(std::move(ack), /*with_id=*/false);
  }
}

bool Engine::logged_in() const {
  return impl_->logged_in;
}
bool Engine::backlog_complete() const {
  return impl_->backlog_complete;
}

std::vector<std::string> Engine::take_outgoing() {
  std::vector<std::string> out;
  auto& frames = impl_->outgoing;
  const size_t max_bytes = impl_->max_message_bytes;
  std::string batch;
  int count = 0;
  for (const auto& f : frames) {
    std::string element = wire::encode_element(f);
    if (count > 0 && (count == kFramesPerBatch || batch.size() + element.size() > max_bytes)) {
      out.push_back(std::move(batch));
      batch.clear();
      count = 0;
    }
    batch += element;
    ++count;
  }
  if (count > 0) out.push_back(std::move(batch));
  frames.clear();
  return out;
}

std::vector<Event> Engine::take_events() {
  return std::exchange(impl_->events, {});
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

RequestId Engine::open_session(const AccountId& peer) {
  const RequestId r = impl_->next_request++;
  if (peer.empty() || peer == impl_->account_id) {
    impl_->emit(
        event::RequestFailed{r, Errc::invalid_argument, "A session needs another account."});
    return r;
  }
  impl_->session_waiters[peer].push_back(r);
  impl_->advance(peer);
  return r;
}

}  // namespace relais::engine

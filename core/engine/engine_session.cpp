// The engine's session and identity: registration and log-in, prekeys, Signal sessions with
// peers, contacts, the fingerprint and safety numbers.

#include <string>
#include <string_view>

#include "core/base/encoding.h"
#include "core/crypto/digest.h"
#include "core/engine/engine_impl.h"

namespace relais::engine {

namespace {

constexpr uint32_t kProtocolVersion = 1;
constexpr size_t kNonceSize = 32;
constexpr std::string_view kRegisterContext = "relais-register-v1";
constexpr std::string_view kLoginContext = "relais-login-v1";
constexpr std::string_view kPowContext = "relais-pow-v1";

std::string solve_proof_of_work(std::string_view nonce, uint32_t difficulty) {
  const std::string prefix = std::string(kPowContext) + std::string(nonce);
  std::string candidate(8, '\0');
  for (uint64_t counter = 0;; ++counter) {
    for (int i = 0; i < 8; ++i) candidate[i] = static_cast<char>((counter >> (56 - 8 * i)) & 0xff);
    if (crypto::leading_zero_bits(crypto::sha256(prefix + candidate)) >= static_cast<int>(difficulty)) {
      return candidate;
    }
  }
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

void Engine::Impl::handle_challenge(const wire::Challenge& c) {
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

void Engine::Impl::send_login() {
  auto sig = protocol->sign(std::string(kLoginContext) + nonce + account_id.bytes());
  if (!sig)
    return emit(event::AuthFailed{Errc::crypto, "This device could not sign its log-in."});
  wire::ClientFrame f;
  f.mutable_login()->set_account_id(account_id.bytes());
  f.mutable_login()->set_signature(*sig);
  in_flight[queue(std::move(f))] = {RequestKind::login, {}, {}};
}

void Engine::Impl::send_register(uint32_t pow_difficulty) {
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

void Engine::Impl::handle_registered(const wire::Registered& r) {
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

void Engine::Impl::handle_logged_in(const wire::LoggedIn& l) {
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
void Engine::Impl::after_login() {
  for (const auto& p : outbox) queue_send(p);
  for (const auto& p : room_outbox) queue_post(p);
  std::vector<std::string> busy;
  for (const auto& [room, r] : rooms) {
    if (!r.posts.empty() || r.want_distribution) busy.push_back(room);
  }
  for (const auto& room : busy) advance_room(room);
  for (const auto& r : reports) {
    if (!r.checked()) ask_verdict(r);
  }
  // Which rooms we still belong to: a kick or ban while we were away is told no other way.
  if (std::any_of(rooms.begin(), rooms.end(),
                  [](const auto& r) { return r.second.joined || r.second.knocked; })) {
    wire::ClientFrame f;
    f.mutable_list_rooms();
    in_flight[queue(std::move(f))] = {RequestKind::list_rooms, {}, {}, {}, 0};
  }
  std::vector<AccountId> peers;
  for (const auto& [peer, _] : waiting_sends) peers.push_back(peer);
  for (const auto& [peer, _] : session_waiters) peers.push_back(peer);
  for (const auto& peer : peers) advance(peer);
}

void Engine::Impl::replenish_prekeys(uint32_t remaining) {
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
void Engine::Impl::advance(const AccountId& peer) {
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

void Engine::Impl::fail_peer(const AccountId& peer, const Error& err) {
  auto sends = std::move(waiting_sends[peer]);
  waiting_sends.erase(peer);
  auto waiters = std::move(session_waiters[peer]);
  session_waiters.erase(peer);
  for (const auto& s : sends) emit(event::RequestFailed{s.request, err.code, err.message});
  for (RequestId r : waiters) emit(event::RequestFailed{r, err.code, err.message});
}

void Engine::Impl::handle_bundle(const AccountId& peer, const wire::Bundle& b) {
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

// ---- The public API

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

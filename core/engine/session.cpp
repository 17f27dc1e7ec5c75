#include "core/engine/session.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "core/base/encoding.h"
#include "core/crypto/digest.h"
#include "core/signal/keys.h"
#include "core/wire/contract.h"

namespace relais::engine {

namespace {

Failure crypto_failure(const Error& e) {
  Failure f = failure(Problem::crypto);
  f.code = e.code;
  f.detail = e.message;
  return f;
}

}  // namespace

Checked<void> check_name(std::string_view name) {
  if (name.empty()) return failure(Problem::name_empty);
  if (name.size() > kMaxNameBytes) {
    Failure f = failure(Problem::name_too_long);
    f.limit = kMaxNameBytes;
    return f;
  }
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return failure(Problem::name_control_character);
  }
  if (name.front() == ' ' || name.back() == ' ') return failure(Problem::name_edge_space);
  return {};
}

Status Session::create(Profile profile) {
  RELAIS_TRY(check_name(profile.name));
  RELAIS_TRY_ASSIGN(protocol_, signal::Protocol::create_new());
  name_ = std::move(profile.name);
  server_url_ = std::move(profile.server_url);
  ca_file_ = std::move(profile.ca_file);
  invite_code_ = std::move(profile.invite_code);
  link_.changed();  // nothing of it is saved yet
  return ok_status();
}

std::string Session::fingerprint() const {
  return to_hex(crypto::sha256(protocol_->identity_public_key()));
}

// ---- Registration and log-in

void Session::reset_connection() {
  challenge_seen_ = false;
  nonce_.clear();
  logged_in_ = false;
  backlog_complete_ = false;
  backlog_last_seq_ = 0;
  roles_.clear();
  fetching_.clear();
  uploading_ = false;
}

void Session::auth_failed(Failure f) {
  link_.emit(event::AuthFailed{f});
}

void Session::handle_challenge(const wire::Challenge& c) {
  if (challenge_seen_) {
    return link_.emit(event::ProtocolError{Problem::second_challenge});
  }
  if (c.protocol_version() != wire::kProtocolVersion) {
    Failure f = failure(Problem::protocol_version);
    f.limit = c.protocol_version();
    return auth_failed(f);
  }
  if (c.nonce().size() != wire::kNonceBytes) {
    return auth_failed(failure(Problem::malformed_challenge));
  }
  challenge_seen_ = true;
  nonce_ = c.nonce();
  // Kept as the relay said them, bounded: a relay cannot make a client keep junk.
  std::vector<std::string> languages;
  for (const auto& l : c.interface_languages()) {
    if (languages.size() < 32 && !l.empty() && l.size() <= 8) languages.push_back(l);
  }
  if (languages != relay_languages_) {
    relay_languages_ = std::move(languages);
    link_.changed();
  }
  if (c.max_message_bytes() > 0) link_.set_max_message_bytes(c.max_message_bytes());
  if (registered()) return send_login();
  send_register(c.pow_difficulty());
}

void Session::send_login() {
  auto sig = protocol_->sign(wire::login_proof_input(nonce_, account_id_.bytes()));
  if (!sig) return auth_failed(failure(Problem::cannot_sign));
  wire::ClientFrame f;
  f.mutable_login()->set_account_id(account_id_.bytes());
  f.mutable_login()->set_signature(*sig);
  link_.ask<wire::LoggedIn>(
      std::move(f), [this](const wire::LoggedIn& l) { handle_logged_in(l); },
      [this](const Failure& e) {
        if (e.problem == Problem::not_connected) return;
        if (e.problem == Problem::unknown_account)
          return auth_failed(failure(Problem::account_reset));
        auth_failed(e);
      });
}

void Session::send_register(uint32_t pow_difficulty) {
  if (pow_difficulty > wire::kMaxProofOfWorkBits) {
    Failure f = failure(Problem::too_much_work);
    f.limit = pow_difficulty;
    return auth_failed(f);
  }
  auto prekeys = protocol_->generate_prekeys(kPrekeyTarget);
  if (!prekeys) return auth_failed(crypto_failure(prekeys.error()));
  link_.changed();
  const std::string& identity = protocol_->identity_public_key();
  auto sig = protocol_->sign(wire::register_proof_input(nonce_, identity));
  if (!sig) return auth_failed(failure(Problem::cannot_sign));
  wire::ClientFrame f;
  auto* r = f.mutable_register_();
  r->set_identity_key(identity);
  r->set_registration_id(protocol_->registration_id());
  const signal::SignedPrekey spk = protocol_->signed_prekey();
  r->mutable_signed_prekey()->set_id(spk.id);
  r->mutable_signed_prekey()->set_public_key(spk.public_key);
  r->mutable_signed_prekey()->set_signature(spk.signature);
  for (const auto& p : *prekeys) {
    auto* wp = r->add_prekeys();
    wp->set_id(p.id);
    wp->set_public_key(p.public_key);
  }
  r->set_invite_code(invite_code_);
  r->set_signature(*sig);
  if (pow_difficulty > 0) r->set_pow_nonce(wire::solve_proof_of_work(nonce_, pow_difficulty));
  // Not held for saving: until Registered names the account nothing refers to these keys.
  link_.ask<wire::Registered>(
      std::move(f), [this](const wire::Registered& reg) { handle_registered(reg); },
      [this](const Failure& e) {
        if (e.problem != Problem::not_connected) auth_failed(e);
      });
}

void Session::handle_registered(const wire::Registered& r) {
  auto id = AccountId::from_bytes(r.account_id());
  if (!id || id->empty()) return auth_failed(failure(Problem::malformed_account_id));
  account_id_ = *id;
  invite_code_.clear();
  link_.changed();
  logged_in_ = true;
  roles_.clear();
  for (const auto& g : r.roles()) roles_.push_back(g.role());
  backlog_complete_ = true;  // a new account has an empty queue
  link_.emit(event::Registered{account_id_});
  link_.emit(event::BacklogComplete{});
  if (after_login_) after_login_();
}

void Session::handle_logged_in(const wire::LoggedIn& l) {
  logged_in_ = true;
  roles_.clear();
  for (const auto& g : l.roles()) roles_.push_back(g.role());
  backlog_last_seq_ = l.queue_last_seq();
  link_.emit(event::LoggedIn{l.prekeys_remaining()});
  if (backlog_last_seq_ == 0) {
    backlog_complete_ = true;
    link_.emit(event::BacklogComplete{});
  }
  if (l.prekeys_remaining() < kPrekeyLowWater) replenish_prekeys(l.prekeys_remaining());
  if (after_login_) after_login_();
}

bool Session::has_role(wire::Role role) const {
  return std::find(roles_.begin(), roles_.end(), role) != roles_.end();
}

void Session::envelope_arrived(uint64_t seq) {
  if (!backlog_complete_ && seq >= backlog_last_seq_) {
    backlog_complete_ = true;
    link_.emit(event::BacklogComplete{});
  }
}

void Session::handle_prekey_count(const wire::PrekeyCount& c) {
  if (logged_in_ && c.remaining() < kPrekeyLowWater) replenish_prekeys(c.remaining());
}

void Session::replenish_prekeys(uint32_t remaining) {
  if (uploading_ || remaining >= kPrekeyTarget) return;
  auto prekeys = protocol_->generate_prekeys(kPrekeyTarget - remaining);
  if (!prekeys) {
    Failure f = crypto_failure(prekeys.error());
    return link_.emit(event::ServerError{f});
  }
  link_.changed();
  wire::ClientFrame f;
  for (const auto& p : *prekeys) {
    auto* wp = f.mutable_upload_prekeys()->add_prekeys();
    wp->set_id(p.id);
    wp->set_public_key(p.public_key);
  }
  uploading_ = true;
  // The private halves exist only in the state: the upload waits until it is saved.
  link_.ask_after_save<wire::PrekeyCount>(
      std::move(f),
      [this](const wire::PrekeyCount& c) {
        uploading_ = false;
        link_.emit(event::PrekeysUploaded{c.remaining()});
      },
      [this](const Failure& e) {
        uploading_ = false;
        if (e.problem == Problem::not_connected || e.problem == Problem::wrong_answer) return;
        link_.emit(event::ServerError{e});
      });
}

// ---- Sessions with peers

void Session::with_session(const AccountId& peer, std::function<void()> ready,
                           std::function<void(const Failure&)> failed) {
  waiters_[peer].push_back({std::move(ready), std::move(failed)});
  advance(peer);
}

void Session::after_login() {
  std::vector<AccountId> peers;
  for (const auto& [peer, _] : waiters_) peers.push_back(peer);
  for (const auto& peer : peers) advance(peer);
}

// Moves what waits for `peer` one step on: fetch its bundle, or run the waiters.
void Session::advance(const AccountId& peer) {
  if (!logged_in_) return;
  auto it = waiters_.find(peer);
  if (it == waiters_.end()) return;
  if (protocol_->has_session(peer.text())) {
    auto waiting = std::move(it->second);
    waiters_.erase(it);
    for (auto& w : waiting) w.ready();
    return;
  }
  if (!fetching_.insert(peer).second) return;
  wire::ClientFrame f;
  f.mutable_fetch_bundle()->set_account_id(peer.bytes());
  link_.ask<wire::Bundle>(
      std::move(f),
      [this, peer](const wire::Bundle& b) {
        fetching_.erase(peer);
        handle_bundle(peer, b);
      },
      [this, peer](const Failure& e) {
        fetching_.erase(peer);
        // A lost connection leaves the waiters for the next log-in.
        if (e.problem != Problem::not_connected) fail_peer(peer, e);
      });
}

void Session::fail_peer(const AccountId& peer, const Failure& f) {
  auto it = waiters_.find(peer);
  if (it == waiters_.end()) return;
  auto waiting = std::move(it->second);
  waiters_.erase(it);
  for (auto& w : waiting) w.failed(f);
}

signal::PrekeyBundle prekey_bundle_of(const wire::Bundle& b) {
  signal::PrekeyBundle bundle;
  bundle.registration_id = b.registration_id();
  bundle.identity_key = b.identity_key();
  bundle.signed_prekey = {b.signed_prekey().id(), b.signed_prekey().public_key(),
                          b.signed_prekey().signature()};
  if (b.has_prekey()) bundle.prekey = signal::Prekey{b.prekey().id(), b.prekey().public_key()};
  return bundle;
}

void Session::handle_bundle(const AccountId& peer, const wire::Bundle& b) {
  if (b.account_id() != peer.bytes()) {
    link_.emit(event::ProtocolError{Problem::wrong_key_bundle});
    return fail_peer(peer, failure(Problem::wrong_key_bundle));
  }
  const signal::PrekeyBundle bundle = prekey_bundle_of(b);
  const auto known_key = protocol_->peer_identity(peer.text());
  if (Status st = protocol_->process_bundle(peer.text(), bundle); !st) {
    return fail_peer(peer, failure(Problem::keys_do_not_verify));
  }
  const auto registered = registered_identity(peer);
  const bool replaced = (known_key && *known_key != bundle.identity_key) ||
                        (registered && *registered != bundle.identity_key);
  link_.changed();
  if (replaced) {
    // Told here, so libsignal's own flag is spent; the registered key stays until the person
    // verifies or accepts the new one.
    protocol_->forget_identity_change(peer.text());
    if (identity_replaced_) identity_replaced_(peer);
    link_.emit(event::IdentityChanged{peer});
    return fail_peer(peer, failure(Problem::identity_changed));
  }
  learn_identity(peer, b.identity_key());
  advance(peer);
}

bool Session::has_session(const AccountId& peer) const {
  return protocol_->has_session(peer.text());
}

Result<std::string> Session::safety_number(const AccountId& peer) const {
  if (!registered()) return to_error(failure(Problem::not_registered));
  return protocol_->safety_number(account_id_.text(), peer.text());
}

RequestId Session::open_session(const AccountId& peer) {
  const RequestId r = link_.new_request();
  if (peer.empty() || peer == account_id_) {
    link_.emit_failed(r, failure(Problem::needs_other_account));
    return r;
  }
  with_session(
      peer,
      [this, r, peer] {
        link_.emit(event::SessionReady{r, peer});
      },
      [this, r](const Failure& f) { link_.emit_failed(r, f); });
  return r;
}

// ---- Identity keys the relay registered

std::optional<std::string> Session::registered_identity(const AccountId& peer) const {
  auto it = registered_identities_.find(peer);
  if (it == registered_identities_.end()) return std::nullopt;
  return it->second;
}

void Session::learn_identity(const AccountId& peer, const std::string& identity_key) {
  auto& slot = registered_identities_[peer];
  if (slot == identity_key) return;
  slot = identity_key;
  link_.changed();
}

void Session::accept_session_identity(const AccountId& peer) {
  auto key = protocol_->peer_identity(peer.text());
  if (!key) return;
  protocol_->forget_identity_change(peer.text());
  learn_identity(peer, *key);
}

void Session::fetch_identity(const AccountId& peer, std::function<void()> found,
                             std::function<void(const Failure&)> failed) {
  wire::ClientFrame f;
  f.mutable_get_identity_key()->set_account_id(peer.bytes());
  link_.ask<wire::IdentityKey>(
      std::move(f),
      [this, peer, found = std::move(found), failed](const wire::IdentityKey& k) {
        if (k.account_id() != peer.bytes() || !signal::is_public_key(k.identity_key())) {
          link_.emit(event::ProtocolError{Problem::wrong_key_bundle});
          return failed(failure(Problem::wrong_key_bundle));
        }
        learn_identity(peer, k.identity_key());
        found();
      },
      failed);
}

// ---- Contacts

std::vector<Contact> Session::contacts() const {
  std::vector<Contact> out;
  for (const auto& [n, id] : contacts_) out.push_back({n, id});
  return out;
}

std::optional<AccountId> Session::find_contact(std::string_view name) const {
  auto it = contacts_.find(name);
  if (it == contacts_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> Session::contact_name(const AccountId& id) const {
  for (const auto& [n, cid] : contacts_) {
    if (cid == id) return n;
  }
  return std::nullopt;
}

Checked<void> Session::add_contact(std::string_view name, const AccountId& id) {
  if (auto checked = check_name(name); !checked) return checked;
  if (id.empty() || id == account_id_) return failure(Problem::needs_other_account);
  if (auto other = contact_name(id); other && *other != name) {
    return failure(Problem::contact_id_taken);
  }
  contacts_[std::string(name)] = id;
  link_.changed();
  return {};
}

// ---- Saved state

void Session::save(state::EngineState& s) const {
  s.set_profile_name(name_);
  if (registered()) s.set_account_id(account_id_.bytes());
  s.set_server_url(server_url_);
  s.set_ca_file(ca_file_);
  for (const auto& l : relay_languages_) s.add_relay_languages(l);
  for (const auto& [n, id] : contacts_) {
    auto* c = s.add_contacts();
    c->set_name(n);
    c->set_account_id(id.bytes());
  }
  s.set_protocol(protocol_->serialize());
  for (const auto& [id, key] : registered_identities_) {
    auto* k = s.add_identities();
    k->set_account_id(id.bytes());
    k->set_identity_key(key);
  }
}

Status Session::load(const state::EngineState& s) {
  const Error corrupt{Errc::corrupt, "The saved client state is damaged."};
  name_ = s.profile_name();
  if (!s.account_id().empty()) {
    auto id = AccountId::from_bytes(s.account_id());
    if (!id) return corrupt;
    account_id_ = *id;
  }
  server_url_ = s.server_url();
  ca_file_ = s.ca_file();
  relay_languages_.assign(s.relay_languages().begin(), s.relay_languages().end());
  for (const auto& c : s.contacts()) {
    auto id = AccountId::from_bytes(c.account_id());
    if (!id) return corrupt;
    contacts_[c.name()] = *id;
  }
  RELAIS_TRY_ASSIGN(protocol_, signal::Protocol::restore(s.protocol()));
  for (const auto& k : s.identities()) {
    auto id = AccountId::from_bytes(k.account_id());
    if (!id) return corrupt;
    registered_identities_[*id] = k.identity_key();
  }
  return ok_status();
}

}  // namespace relais::engine

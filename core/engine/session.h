// The engine's session component: who we are (identity, pseudonym, relay, contacts), registering
// and logging in, the prekeys the relay holds for us, and Signal sessions with peers (fetching a
// peer's bundle for whoever waits for it). Internal to the engine.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/account_id.h"
#include "core/engine/engine.h"
#include "core/engine/link.h"
#include "core/signal/protocol.h"
#include "state.pb.h"

namespace relais::engine {

// The keys a relay's Bundle answer carries, as libsignal takes them.
signal::PrekeyBundle prekey_bundle_of(const wire::Bundle& b);

class Session {
 public:
  explicit Session(Link& link) : link_(link) {}

  // ---- Who we are
  Status create(Profile profile);  // a new identity, not registered yet
  bool registered() const { return !account_id_.empty(); }
  const AccountId& self() const { return account_id_; }
  const std::string& name() const { return name_; }
  const std::string& server_url() const { return server_url_; }
  const std::string& ca_file() const { return ca_file_; }
  // The interface languages the relay offers, as its last Challenge said; empty: any.
  const std::vector<std::string>& relay_languages() const { return relay_languages_; }
  std::string fingerprint() const;
  signal::Protocol& protocol() { return *protocol_; }
  const signal::Protocol& protocol() const { return *protocol_; }

  // ---- Contacts
  std::vector<Contact> contacts() const;
  std::optional<AccountId> find_contact(std::string_view name) const;
  std::optional<std::string> contact_name(const AccountId& id) const;
  Checked<void> add_contact(std::string_view name, const AccountId& id);

  // ---- The connection
  // Called once logged in (or registered), for the other components to send what waited.
  void on_logged_in(std::function<void()> f) { after_login_ = std::move(f); }
  // Called when the relay's bundle for a peer carries another identity key than the one this
  // device knew: what waited for the session fails (Problem::identity_changed), not sent.
  void on_identity_replaced(std::function<void(const AccountId&)> f) {
    identity_replaced_ = std::move(f);
  }
  void reset_connection();
  bool logged_in() const { return logged_in_; }
  bool backlog_complete() const { return backlog_complete_; }
  // Whether the relay said at this log-in that the account holds `role` (any scope).
  bool has_role(wire::Role role) const;
  // An envelope with this seq arrived: the backlog may be complete.
  void envelope_arrived(uint64_t seq);
  void handle_challenge(const wire::Challenge& c);
  void handle_prekey_count(const wire::PrekeyCount& c);

  // ---- Sessions with peers
  // Runs `ready` once a session with `peer` exists and we are logged in (at once if so), or
  // `failed` when the peer's keys cannot be had. Waiters keep their order and outlive a
  // disconnect: they move on after the next log-in.
  void with_session(const AccountId& peer, std::function<void()> ready,
                    std::function<void(const Failure&)> failed);
  bool has_session(const AccountId& peer) const;
  Result<std::string> safety_number(const AccountId& peer) const;
  RequestId open_session(const AccountId& peer);  // SessionReady or RequestFailed
  void after_login();                             // peers that waited move on

  // ---- Identity keys the relay registered (an account keeps its key for life)
  // What a sealed envelope's claimed sender is checked against. Learnt from bundles and asked
  // for with GetIdentityKey; kept for the peers this device has met.
  std::optional<std::string> registered_identity(const AccountId& peer) const;
  // Asks the relay for `peer`'s identity key (and keeps it); `failed` hears Problem::
  // unknown_account when there is no such account, not_connected when the connection dropped.
  void fetch_identity(const AccountId& peer, std::function<void()> found,
                      std::function<void(const Failure&)> failed);
  // The person verified or accepted the key of the session with `peer`: from now on it is the key
  // a sealed envelope naming `peer` must prove. A bundle with another key never replaces the
  // registered one by itself (the real person would then be dropped as unproven).
  void accept_session_identity(const AccountId& peer);

  // ---- Saved state
  void save(state::EngineState& s) const;
  Status load(const state::EngineState& s);

 private:
  struct Waiter {
    std::function<void()> ready;
    std::function<void(const Failure&)> failed;
  };
  void send_login();
  void send_register(uint32_t pow_difficulty);
  void handle_registered(const wire::Registered& r);
  void handle_logged_in(const wire::LoggedIn& l);
  void auth_failed(Failure f);
  void replenish_prekeys(uint32_t remaining);
  void advance(const AccountId& peer);
  void fail_peer(const AccountId& peer, const Failure& f);
  void handle_bundle(const AccountId& peer, const wire::Bundle& b);
  void learn_identity(const AccountId& peer, const std::string& identity_key);

  Link& link_;
  // ---- Saved
  std::string name_;
  std::string server_url_;
  std::string ca_file_;
  AccountId account_id_;
  std::map<std::string, AccountId, std::less<>> contacts_;
  std::unique_ptr<signal::Protocol> protocol_;
  std::map<AccountId, std::string> registered_identities_;
  std::vector<std::string> relay_languages_;
  // ---- Per run
  std::string invite_code_;
  std::map<AccountId, std::vector<Waiter>> waiters_;
  std::function<void()> after_login_;
  std::function<void(const AccountId&)> identity_replaced_;
  // ---- Per connection
  bool challenge_seen_ = false;
  std::string nonce_;
  bool logged_in_ = false;
  bool backlog_complete_ = false;
  std::vector<wire::Role> roles_;  // as the relay said at log-in
  uint64_t backlog_last_seq_ = 0;
  std::set<AccountId> fetching_;
  bool uploading_ = false;
};

}  // namespace relais::engine

// The engine's direct messages component: one-to-one ciphertexts out (each waiting in the outbox,
// saved, until the relay confirms it) and envelopes in (decrypted, de-duplicated, acknowledged
// once saved), the conversation history and the pseudonyms people gave inside their messages.
// Rooms, reports and permanences send their own contents through it, each with its own
// continuation. Internal to the engine.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "content.pb.h"
#include "core/engine/link.h"
#include "core/engine/session.h"
#include "state.pb.h"

namespace relais::engine {

inline constexpr size_t kMessageIdSize = 16;

// What becomes of one direct send: confirmed by the relay, or not taken.
struct SendDone {
  std::function<void(const event::MessageSent&)> sent;  // request field: 0
  std::function<void(const Failure&)> failed;
};

// One content for one peer. `padded`: a serialized, padded DirectContent.
struct DirectSend {
  std::string padded;
  std::string text;  // for the history once the relay has it
  uint64_t now_ms = 0;
  bool control = false;  // a sender key, a report's copy, ...: no history entry
  std::string ticket = {};
  std::string org = {};
};

// Where the contents that are not plain texts go (set by the engine; each component its own).
struct DirectRoutes {
  std::function<void(const AccountId& from, const content::SenderKeyDistribution&)> sender_key;
  std::function<void(const AccountId& from, const std::string& sender_name, const content::Report&,
                     uint64_t now_ms)>
      report;
  // The ticket a text labelled `ticket` from `from` belongs to, or "" (and notes the activity).
  std::function<std::string(const AccountId& from, const std::string& ticket, uint64_t at_ms)>
      ticket_text;
  // An outgoing text of a ticket was confirmed.
  std::function<void(const std::string& ticket, uint64_t at_ms)> ticket_sent;
};

class Direct {
 public:
  Direct(Link& link, Session& session) : link_(link), session_(session) {}
  void set_routes(DirectRoutes routes) { routes_ = std::move(routes); }

  // Encrypts `what` for `peer` once a session exists (fetching its bundle first if needed) and
  // sends it once the state is saved; `done` hears how it ended.
  void send(const AccountId& peer, DirectSend what, SendDone done);
  Checked<RequestId> send_text(const AccountId& to, std::string_view text, uint64_t now_ms);

  void handle_envelope(const wire::Envelope& e, uint64_t now_ms);
  // The seqs of envelopes taken in since the last call: one Ack, once saved.
  std::vector<uint64_t> take_acks() { return std::exchange(acks_, {}); }
  void after_login();  // sends again what the relay has not confirmed
  void reset_connection() { acks_.clear(); }

  const std::deque<Message>& history() const { return history_; }
  std::vector<Message> take_unread();
  void add_history(Message m);
  std::string display_name(const Message& m) const;

  void learn_pseudonym(const AccountId& id, std::string_view raw);
  std::optional<std::string> pseudonym(const AccountId& id) const;

  void save(state::EngineState& s) const;
  Status load(const state::EngineState& s);

 private:
  // A message encrypted and waiting for the relay's Sent (state.proto PendingSend); `done` is
  // not saved: after a restart the confirmation is told with request 0.
  struct PendingSend {
    AccountId to;
    std::string message_id;
    signal::MessageType type = signal::MessageType::signal;
    std::string ciphertext;
    DirectSend what;
    SendDone done = {};
  };
  void encrypt_and_send(const AccountId& peer, DirectSend what, SendDone done);
  void queue_send(const PendingSend& p);
  void handle_sent(const std::string& message_id, const wire::Sent& sent);
  void handle_send_failed(const std::string& message_id, const Failure& f);
  void remember(const std::string& key);
  void receive(const wire::Envelope& e, uint64_t now_ms);

  Link& link_;
  Session& session_;
  DirectRoutes routes_;
  // ---- Saved
  std::deque<std::string> seen_order_;
  std::unordered_set<std::string> seen_;
  std::vector<PendingSend> outbox_;
  std::deque<Message> history_;
  std::map<AccountId, std::string> pseudonyms_;
  // ---- Per message from the relay
  std::vector<uint64_t> acks_;
};

}  // namespace relais::engine

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
  bool control = false;     // a sender key, a report's copy, ...: no history entry
  std::string ticket = {};  // a ticket's: sent as TicketSend, which the relay checks
  std::string org = {};
  std::string reply_to = {};  // an answer to this out-of-hours message
};

// Where the contents that are not plain texts go (set by the engine; each component its own).
struct DirectRoutes {
  std::function<void(const AccountId& from, const content::SenderKeyDistribution&)> sender_key;
  std::function<void(const AccountId& from, const std::string& sender_name, const content::Report&,
                     uint64_t now_ms)>
      report;
  // What belongs to the permanences: a ticket's text, its history passed on at a handoff, a
  // colleague's name for a handoff, an answer to an out-of-hours message, a colleague's hello.
  // `message_id`: the envelope's; `at_ms`: the relay's time.
  std::function<void(const AccountId& from, const content::DirectContent& content,
                     const std::string& message_id, uint64_t at_ms)>
      permanence;
  // An outgoing text of a ticket was confirmed.
  std::function<void(const std::string& ticket, uint64_t at_ms)> ticket_sent;
  // A message came with another identity key than the session had.
  std::function<void(const AccountId& from)> identity_changed;
};

class Direct {
 public:
  Direct(Link& link, Session& session) : link_(link), session_(session) {}
  void set_routes(DirectRoutes routes) { routes_ = std::move(routes); }

  // Encrypts `what` for `peer` once a session exists (fetching its bundle first if needed) and
  // sends it once the state is saved; `done` hears how it ended.
  void send(const AccountId& peer, DirectSend what, SendDone done);
  Checked<RequestId> send_text(const AccountId& to, std::string_view text, uint64_t now_ms);

  // Envelopes are taken in in order: one whose claimed sender's identity key must first be asked
  // of the relay holds up those behind it, so a sender's messages are never reordered.
  void handle_envelope(const wire::Envelope& e);
  // The seqs of envelopes taken in since the last call: one Ack, once saved.
  std::vector<uint64_t> take_acks() { return std::exchange(acks_, {}); }
  void after_login();  // sends again what the relay has not confirmed
  // Held envelopes go unacknowledged: the relay delivers them again after the next log-in.
  void reset_connection() {
    acks_.clear();
    held_.clear();
    checking_ = false;
    run_after_taken_in();
  }
  // Runs `then` once every envelope delivered so far is taken in (at once when none waits): an
  // answer that shows received texts (the staff inbox) must not overtake a sealed envelope
  // whose sender is still being checked.
  void after_taken_in(std::function<void()> then);

  const std::deque<Message>& history() const { return history_; }
  std::vector<Message> take_unread();
  void add_history(Message m);
  std::string display_name(const Message& m) const;

  void learn_pseudonym(const AccountId& id, std::string_view raw);
  std::optional<std::string> pseudonym(const AccountId& id) const;
  const std::map<AccountId, std::string>& pseudonyms() const { return pseudonyms_; }

  void save(state::EngineState& s) const;
  Status load(const state::EngineState& s);

 private:
  // A message encrypted and waiting for the relay's Sent (state.proto PendingSend); `done` is
  // not saved: after a restart the confirmation is told with request 0.
  struct PendingSend {
    AccountId to;
    std::string message_id;
    std::string sealed;  // the sealed envelope (wire type SEALED_MESSAGE)
    DirectSend what;
    SendDone done = {};
  };
  void encrypt_and_send(const AccountId& peer, DirectSend what, SendDone done);
  void queue_send(const PendingSend& p);
  void handle_sent(const std::string& message_id, const wire::Sent& sent);
  void handle_send_failed(const std::string& message_id, const Failure& f);
  void remember(const std::string& key);
  // Takes in held envelopes until one waits for its sender's identity key.
  void take_in_held();
  void run_after_taken_in();
  // False when the envelope must wait for the relay's answer about its claimed sender.
  bool take_in(const wire::Envelope& e);
  void receive(const AccountId& from, const wire::Envelope& e, const signal::Ciphertext& ct);

  Link& link_;
  Session& session_;
  DirectRoutes routes_;
  // ---- Saved
  std::deque<std::string> seen_order_;
  std::unordered_set<std::string> seen_;
  std::vector<PendingSend> outbox_;
  std::deque<Message> history_;
  std::map<AccountId, std::string> pseudonyms_;
  // ---- Per connection
  std::vector<uint64_t> acks_;
  std::deque<wire::Envelope> held_;  // in delivery order, not yet taken in
  bool checking_ = false;            // a GetIdentityKey for the first held envelope is out
  std::vector<std::function<void()>> after_taken_in_;
};

}  // namespace relais::engine

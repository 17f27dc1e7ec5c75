// What the engine's components share (internal, not installed): request ids, the frames going
// out (some held until the state they depend on is saved), the answers coming back to the code
// that asked, the events for the host, and the host's clock.
//
// Each request carries its own continuation, as tdlib's query objects hold their promise: a
// frame's answer goes straight to the code that sent it, and a lost connection fails every
// pending continuation once (Problem::not_connected). No request kinds, no central answer switch.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/engine/events.h"
#include "core/engine/failure.h"
#include "core/wire/frames.h"
#include "relais.pb.h"

namespace relais::engine {

// The continuation of one request on the wire.
class Query {
 public:
  virtual ~Query() = default;
  // The relay's answer, not an Error frame. False when it is not the kind of answer this request
  // expects: the link then reports a protocol error and calls on_error(Problem::wrong_answer).
  virtual bool on_answer(const wire::ServerFrame& answer) = 0;
  // A refusal of the relay, a wrong answer, or the connection lost (Problem::not_connected).
  virtual void on_error(const Failure& failure) = 0;
};

// Which ServerFrame body carries an answer of type T (wire::RoomList, wire::Ok, ...).
template <class T>
struct AnswerBody;
#define RELAIS_ANSWER_BODY(Type, field)                                           \
  template <>                                                                     \
  struct AnswerBody<wire::Type> {                                                 \
    static bool in(const wire::ServerFrame& f) { return f.has_##field(); }        \
    static const wire::Type& of(const wire::ServerFrame& f) { return f.field(); } \
  }
RELAIS_ANSWER_BODY(Ok, ok);
RELAIS_ANSWER_BODY(Registered, registered);
RELAIS_ANSWER_BODY(LoggedIn, logged_in);
RELAIS_ANSWER_BODY(Bundle, bundle);
RELAIS_ANSWER_BODY(PrekeyCount, prekey_count);
RELAIS_ANSWER_BODY(IdentityKey, identity_key);
RELAIS_ANSWER_BODY(Identities, identities);
RELAIS_ANSWER_BODY(Sent, sent);
RELAIS_ANSWER_BODY(RoomList, room_list);
RELAIS_ANSWER_BODY(Joined, joined);
RELAIS_ANSWER_BODY(Members, members);
RELAIS_ANSWER_BODY(Posted, posted);
RELAIS_ANSWER_BODY(JoinRequests, join_requests);
RELAIS_ANSWER_BODY(ModLog, mod_log);
RELAIS_ANSWER_BODY(FrankingVerdict, franking_verdict);
RELAIS_ANSWER_BODY(HandledReports, handled_reports);
RELAIS_ANSWER_BODY(Invite, invite);
RELAIS_ANSWER_BODY(OrgList, org_list);
RELAIS_ANSWER_BODY(Workers, workers);
RELAIS_ANSWER_BODY(Permanences, permanences);
RELAIS_ANSWER_BODY(Ticket, ticket);
RELAIS_ANSWER_BODY(TicketAssigned, ticket_assigned);
RELAIS_ANSWER_BODY(Queue, queue);
RELAIS_ANSWER_BODY(Inbox, inbox);
RELAIS_ANSWER_BODY(Stats, stats);
RELAIS_ANSWER_BODY(StaffState, staff_state);
RELAIS_ANSWER_BODY(Resources, resources);
#undef RELAIS_ANSWER_BODY

// A query expecting one kind of answer, continued by two functions.
template <class T>
class Expect final : public Query {
 public:
  using OnResult = std::function<void(const T&)>;
  using OnError = std::function<void(const Failure&)>;
  Expect(OnResult on_result, OnError on_error)
      : on_result_(std::move(on_result)), on_error_(std::move(on_error)) {}
  bool on_answer(const wire::ServerFrame& f) override {
    if (!AnswerBody<T>::in(f)) return false;
    on_result_(AnswerBody<T>::of(f));
    return true;
  }
  void on_error(const Failure& failure) override { on_error_(failure); }

 private:
  OnResult on_result_;
  OnError on_error_;
};

// The relay's refusal as a failure (a request's continuation may make it more precise).
Failure relay_failure(const wire::Error& error);

class Link {
 public:
  using OnFailure = std::function<void(const Failure&)>;

  // ---- Ids and the clock
  RequestId new_request() { return next_request_++; }
  uint64_t now_ms() const { return now_ms_; }
  void set_now(uint64_t now_ms) { now_ms_ = now_ms; }

  // ---- Events for the host
  void emit(Event e) { events_.push_back(std::move(e)); }
  void emit_failed(RequestId request, const Failure& f);  // RequestFailed
  // The usual continuation of a host's request that failed: RequestFailed, naming what the
  // request concerned.
  OnFailure fail_to(RequestId request, std::string room = {}, std::string org = {},
                    std::string ticket = {});
  std::vector<Event> take_events() { return std::exchange(events_, {}); }

  // ---- Saving: every state change bumps the version; frames that need it wait for saved().
  void changed() { ++version_; }
  bool needs_save() const { return version_ != saved_version_; }
  uint64_t version() const { return version_; }  // changes with every state change
  void serializing() { serialized_version_ = version_; }
  void saved();

  // ---- Frames out
  // A request: its answer goes to `query`.
  void ask(wire::ClientFrame frame, std::unique_ptr<Query> query);
  // A request that must not leave before the current state is durable (a ciphertext, prekeys).
  void ask_after_save(wire::ClientFrame frame, std::unique_ptr<Query> query);
  template <class T>
  void ask(wire::ClientFrame frame, typename Expect<T>::OnResult on_result,
           typename Expect<T>::OnError on_error) {
    ask(std::move(frame), std::make_unique<Expect<T>>(std::move(on_result), std::move(on_error)));
  }
  template <class T>
  void ask_after_save(wire::ClientFrame frame, typename Expect<T>::OnResult on_result,
                      typename Expect<T>::OnError on_error) {
    ask_after_save(std::move(frame),
                   std::make_unique<Expect<T>>(std::move(on_result), std::move(on_error)));
  }
  // A frame nobody answers (acknowledgements), once the current state is durable.
  void tell_after_save(wire::ClientFrame frame);
  std::vector<std::string> take_outgoing();

  // ---- The connection
  // A frame with an id: the answer to one of our requests, handed to its continuation.
  void answer(const wire::ServerFrame& frame);
  // Connected or disconnected: nothing in flight will be answered. Each pending continuation
  // fails once with Problem::not_connected, and frames not yet sent are dropped (what matters
  // is sent again after the next log-in).
  void reset();
  void set_max_message_bytes(size_t bytes) { max_message_bytes_ = bytes; }

 private:
  uint64_t stamp(wire::ClientFrame& frame);

  RequestId next_request_ = 1;
  uint64_t next_wire_id_ = 1;
  uint64_t now_ms_ = 0;
  std::vector<Event> events_;
  uint64_t version_ = 0;
  uint64_t saved_version_ = 0;
  uint64_t serialized_version_ = 0;
  std::unordered_map<uint64_t, std::unique_ptr<Query>> pending_;
  std::vector<wire::ClientFrame> outgoing_;
  std::vector<std::pair<uint64_t, wire::ClientFrame>> held_;  // version needed → frame
  size_t max_message_bytes_ = wire::kDefaultMaxMessageBytes;
};

}  // namespace relais::engine

// Why a request failed, a log-in was refused or something from the relay was dropped: a kind a
// client turns into its own sentence (in the person's language), with the parameters that
// sentence needs. Nothing here is text meant for display; describe() is English for logs and
// developers.
#pragma once

#include <cassert>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "core/base/result.h"
#include "relais.pb.h"  // wire::Field and wire::Rule: what a malformed request broke

namespace relais::engine {

// What a person must be told. Clients switch over it with no `default:` so that the compiler
// points at every place a new kind must be worded.
enum class Problem : uint8_t {
  // ---- The connection and this profile
  not_connected,   // not logged in, or the connection dropped before the relay answered
  not_registered,  // this profile has no account yet
  // ---- The relay refused (its error codes)
  relay_malformed,              // it could not parse a message from this client
  relay_unknown_request,        // it does not know a request this client made
  relay_frame_too_large,        // a message was larger than it accepts
  relay_not_authenticated,      // it expected a log-in first
  relay_already_authenticated,  // the connection was already logged in
  bad_signature,                // it did not accept this device's signature
  unknown_account,              // it knows no account with this id (a peer)
  account_reset,                // at log-in: it no longer knows this account
  invalid_request,  // a part of the request breaks the protocol's rules (core/wire/contract.h):
                    // field, rule, limit; checked here before sending, and by the relay
  rate_limited,     // slow down, try again in a moment
  store_failure,    // it could not store what was sent; try again later
  invite_required,  // registering needs a valid invite code
  proof_of_work_refused,  // it did not accept the proof of work
  forbidden,              // this account lacks the role for it
  shutting_down,
  overloaded,
  queue_full,          // the recipient's queue (or the organisation's inbox) is full; nothing sent
  quota_exceeded,      // this account stored all the relay allows it in a day
  relay_out_of_space,  // the relay is short of disk space and takes no new messages for now
  relay_refused,       // a refusal this client does not know (detail: its own words)
  // ---- Rooms (room: the room concerned)
  no_such_room,
  not_a_member,
  already_member,
  room_full,
  banned,
  muted,
  room_needs_approval,  // a knock room: a moderator approves joins
  room_needs_invite,
  no_such_message,  // the relay holds no such message (removal, pin)
  already_exists,   // a room or organisation with this id exists already
  // ---- Permanences (org, ticket: those concerned)
  no_such_org,
  no_such_ticket,  // it may have ended
  ticket_taken,    // another worker took it first
  not_on_duty,     // this worker is not on duty for the organisation
  permanence_closed,
  ticket_handed_off,      // the ticket's conversation is with another worker now
  colleague_not_on_duty,  // the colleague chosen for a handoff is not (any more) on duty
  member_away,            // the person has not come back since the relay restarted
  // ---- Checked on this device before anything is sent (beyond the protocol's rules)
  empty_text,
  text_too_long,           // limit: bytes
  comment_too_long,        // limit: bytes
  needs_other_account,     // a message, session or handoff with ourselves or with no one
  no_held_message,         // this device holds no message with that number in that room
  no_ticket_conversation,  // this device holds no conversation for that ticket
  ticket_not_taken,        // no worker has taken the ticket yet
  name_empty,              // a pseudonym or contact name (check_name)
  name_too_long,           // limit: bytes
  name_control_character,  // tabs, line breaks and the like
  name_edge_space,         // a space at the start or the end
  contact_id_taken,        // another contact already has this id
  no_safety_number,        // no session with that person yet: nothing to compare or verify
  identity_changed,        // their identity key changed: compare and verify, or accept it, first
  no_org_message,          // this device holds no out-of-hours message with that id
  no_held_report,          // this device holds no report with that id
  // ---- Deliveries the engine makes of its own
  no_moderator,         // the room has no moderator to send a report to
  report_undelivered,   // the report reached no moderator
  no_worker,            // the organisation has no worker to read a message yet
  message_undelivered,  // the out-of-hours message reached no worker
  keys_do_not_verify,   // the recipient's keys do not verify; nothing was sent
  // ---- This device
  cannot_sign,    // it could not sign its keys or its log-in
  crypto,         // a cryptographic operation failed (detail)
  too_much_work,  // the relay asks for more proof of work than this client does (limit)
  // ---- The relay broke the protocol (what it sent was ignored)
  protocol_version,  // it speaks another protocol version (limit: its version)
  malformed_challenge,
  second_challenge,
  malformed_account_id,
  wrong_answer,        // it answered with the wrong kind of frame
  wrong_key_bundle,    // it sent the key bundle of another account
  stray_answer,        // it answered a request this client did not make
  unreadable_message,  // a message that does not parse
  unknown_frame,       // a frame this client does not know
  unhandled_frame,     // a frame this client does not handle
  envelope_before_login,
  room_entry_before_login,
  malformed_room_entry,
  malformed_room_answer,
  malformed_notice,
  damaged_resources,  // the resources directory it sent does not read
  // ---- Something that arrived could not be read and was dropped (Undecryptable)
  unsealable,        // an envelope not sealed for this device (or damaged)
  sender_unproven,   // its keys are not those of the account it names: a forgery, shown as
                     // from no one
  malformed_sender,  // an envelope with a malformed sender
  unknown_message_type,
  no_session,     // there is no session with its sender
  undecryptable,  // it could not be decrypted
  undecodable,    // decrypted, but did not decode
  malformed_org_message,
  stray_ticket_message,  // a message for a ticket this device does not hold with its sender
  malformed_report,
  malformed_room_key,  // a room key for a malformed room, or that does not decode
  room_message_undecryptable,
  room_message_undecodable,
  room_message_mismatch,     // did not match what the relay recorded
  room_message_key_timeout,  // waited too long for its sender's key
  room_message_bad_sender,
  internal,
};

// A failure with what its sentence needs. Only the fields that apply are set.
struct Failure {
  Problem problem = Problem::internal;
  Errc code = Errc::internal;  // the broad category, for exit codes and tests
  std::string room = {};
  std::string org = {};
  std::string ticket = {};
  uint64_t limit = 0;                           // a size, a count or a version that was passed
  uint64_t until_ms = 0;                        // when it ends, where that is known
  wire::Field field = wire::FIELD_UNSPECIFIED;  // invalid_request: the part of the request
  wire::Rule rule = wire::RULE_UNSPECIFIED;     // and the rule it breaks
  // queue_full, rate_limited, message_undelivered: which limit of the relay refused (its
  // share of a recipient's queue from the sender's network, say), when the relay said.
  wire::Limit why = wire::LIMIT_UNSPECIFIED;
  // message_undelivered: every copy was refused as this (queue_full), or internal.
  Problem because = Problem::internal;
  // For logs and developers only, never shown: the relay's own words for a refusal this client
  // does not know, or the crypto layer's.
  std::string detail = {};
};

// The category of each problem (Errc::permission for a refusal of the relay's rules, ...).
Errc code_of(Problem problem);
inline Failure failure(Problem problem) {
  return {problem, code_of(problem)};
}
// Problem::invalid_request for a violation of the protocol's rules.
Failure invalid(const wire::Violation& violation);

// English, for logs, tests and developers; clients word failures themselves.
std::string describe(const Failure& failure);
// As a core Error (code and the English sentence): for synchronous results.
inline Error to_error(const Failure& f) {
  return {f.code, describe(f)};
}

// A command's value, or the typed failure that refused it at once (before anything was sent).
// Like Result<T>, and RELAIS_TRY works on it (with the English describe(), for code that has no
// person to tell); a client tells a person failure() in its own words.
template <class T>
class [[nodiscard]] Checked {
 public:
  Checked(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Checked(Failure failure) : v_(std::move(failure)) {}  // NOLINT
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & {
    assert(ok());
    return std::get<0>(v_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<0>(v_);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(v_));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  const Failure& failure() const {
    assert(!ok());
    return std::get<1>(v_);
  }
  Error error() const { return to_error(failure()); }

 private:
  std::variant<T, Failure> v_;
};

// A command with no value that may be refused at once: ok, or the typed failure.
template <>
class [[nodiscard]] Checked<void> {
 public:
  Checked() = default;                                  // ok
  Checked(Failure failure) : f_(std::move(failure)) {}  // NOLINT: implicit by design
  bool ok() const { return !f_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Failure& failure() const {
    assert(!ok());
    return *f_;
  }
  Error error() const { return to_error(failure()); }

 private:
  std::optional<Failure> f_;
};

}  // namespace relais::engine

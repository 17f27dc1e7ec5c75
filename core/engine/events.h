// What the engine tells its host (the CLI, the Qt client, a test). Requests made through the
// engine's commands return a RequestId; the events that answer them echo it (tdlib-style).
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/base/account_id.h"
#include "core/base/result.h"

namespace relais::engine {

using RequestId =
    uint64_t;  // 0: not tied to a request of this run (e.g. a send from before a restart)

// One direct message, as kept in the conversation history.
struct Message {
  AccountId peer;  // the other side
  bool outgoing = false;
  std::string sender_name;  // incoming: the pseudonym carried inside the ciphertext (sanitized)
  std::string text;
  uint64_t time_ms = 0;    // the relay's clock: when it accepted (outgoing) or queued (incoming) it
  std::string message_id;  // 16 bytes
  bool unread = false;     // history(): incoming and not yet taken by take_unread()
};

// A room as the relay lists it.
struct RoomSummary {
  std::string room;  // id, e.g. "brussels"
  std::string name_fr;
  std::string name_nl;
  std::string policy;  // "open", "knock", "invite"
  uint32_t members = 0;
  bool joined = false;
  uint64_t message_lifetime_s = 0;  // 0: messages are kept
};

// A room member: the id comes from the relay, the name only from the member's own messages.
struct RoomMember {
  AccountId id;
  std::string name;  // "" until a message of theirs told us
  std::string role;  // "member", "moderator"
};

// One entry of a room as kept in the room's history: a message or a membership event.
struct RoomItem {
  std::string room;
  uint64_t seq = 0;
  uint64_t time_ms = 0;  // the relay's clock
  bool is_event = false;
  AccountId from;           // message: the sender; event: the member concerned
  std::string sender_name;  // message: the pseudonym inside it (sanitized)
  std::string text;         // message
  std::string event;        // event: "joined", "left", "kicked", "banned", ...
  bool outgoing = false;
  bool unread = false;
  uint64_t expires_ms = 0;  // 0: never (disappearing messages)
};

namespace event {

// The relay created our account; the connection is logged in and the state must be saved.
struct Registered {
  AccountId id;
};
struct LoggedIn {
  uint32_t prekeys_remaining = 0;
};
// Every envelope queued before this log-in has been handed over (session.md step 3).
struct BacklogComplete {};
struct MessageReceived {
  Message message;
};
// The relay made a sent message durable.
struct MessageSent {
  RequestId request = 0;
  AccountId to;
  std::string message_id;
  uint64_t server_time_ms = 0;
};
// open_session() succeeded: we have a session (and so the peer's identity key).
struct SessionReady {
  RequestId request = 0;
  AccountId peer;
};
struct RequestFailed {
  RequestId request = 0;
  Errc code = Errc::internal;
  std::string message;  // one sentence
};
// The relay refused to register or log in; the connection is of no use.
struct AuthFailed {
  Errc code = Errc::internal;
  std::string message;
};
// A known peer now uses another identity key (re-installed, or someone in the middle).
struct IdentityChanged {
  AccountId peer;
};
// An envelope that could not be decrypted or read; it was acknowledged and dropped.
struct Undecryptable {
  AccountId from;
  std::string message;
};
// An error frame not tied to one of our requests (MALFORMED, RATE_LIMITED, ...).
struct ServerError {
  Errc code = Errc::internal;
  std::string message;
};
// A server message that does not parse or breaks the protocol; it was ignored.
struct ProtocolError {
  std::string message;
};
struct PrekeysUploaded {
  uint32_t remaining = 0;
};

struct RoomsListed {
  RequestId request = 0;
  std::vector<RoomSummary> rooms;
};
// join_room(): we are a member, and the current members were sent our sender key (or failed to).
struct RoomJoined {
  RequestId request = 0;
  std::string room;
  uint64_t from_seq = 0;
};
struct RoomLeft {
  RequestId request = 0;
  std::string room;
};
struct MembersListed {
  RequestId request = 0;
  std::string room;
  std::vector<RoomMember> members;
};
// say(): the relay made the room message durable.
struct RoomPosted {
  RequestId request = 0;
  std::string room;
  uint64_t seq = 0;
  uint64_t server_time_ms = 0;
};
// A room message or event was added to a room's history (unread).
struct RoomItemReceived {
  RoomItem item;
};

}  // namespace event

using Event =
    std::variant<event::Registered, event::LoggedIn, event::BacklogComplete, event::MessageReceived,
                 event::MessageSent, event::SessionReady, event::RequestFailed, event::AuthFailed,
                 event::IdentityChanged, event::Undecryptable, event::ServerError,
                 event::ProtocolError, event::PrekeysUploaded, event::RoomsListed,
                 event::RoomJoined, event::RoomLeft, event::MembersListed, event::RoomPosted,
                 event::RoomItemReceived>;

}  // namespace relais::engine

// What the engine tells its host (the CLI, the Qt client, a test). Requests made through the
// engine's commands return a RequestId; the events that answer them echo it (tdlib-style).
//
// Everything here is typed: kinds are enums (their machine words are in words.h), failures are
// a Problem with its parameters (failure.h), the resources directory a struct (resources.h).
// No text meant for a person comes out of the engine: each client words these in its language.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/base/account_id.h"
#include "core/base/result.h"
#include "core/engine/failure.h"
#include "core/engine/resources.h"

namespace relais::engine {

using RequestId =
    uint64_t;  // 0: not tied to a request of this run (e.g. a send from before a restart)

// Who may join a room.
enum class JoinPolicy : uint8_t { open, knock, invite };
// A role the relay gives: member and moderator of a room, outreach worker of an organisation,
// admin of the relay.
enum class Role : uint8_t { member, moderator, outreach, admin };
// What happened in a room (a room entry that is not a message).
enum class RoomEventKind : uint8_t {
  joined,
  left,
  kicked,
  banned,
  unbanned,
  muted,    // until_ms: 0 when the mute was lifted
  removed,  // a moderator removed message target_seq
  pinned,   // target_seq pinned until until_ms
  unpinned,
  role_granted,  // role
  role_revoked,
  permanence_started,
  permanence_ended,
  other,  // a kind of a newer relay
};

// One direct message, as kept in the conversation history.
struct Message {
  AccountId peer;  // the other side
  bool outgoing = false;
  std::string sender_name;  // incoming: the pseudonym carried inside the ciphertext (sanitized)
  std::string text;
  uint64_t time_ms = 0;    // the relay's clock: when it accepted (outgoing) or queued (incoming) it
  std::string message_id;  // 16 bytes
  bool unread = false;     // history(): incoming and not yet taken by take_unread()
  std::string ticket = {};  // part of a permanence conversation (issue 7)
  std::string org = {};     // an out-of-hours message for this organisation, or its answer
  // A ticket's line from before a handoff, passed on by the member's client (worker side):
  // `from_worker` when the worker before us wrote it, else the member did.
  bool earlier = false;
  bool from_worker = false;
  std::string reply_to = {};  // an answer to this out-of-hours message (its 16-byte id)
};

// Someone as a client shows them, wherever they appear (room messages, members, private
// conversations, tickets, reports, the moderation log): the name with the mark of their identity
// key (marks.h), the verified badge, and the warnings a person must see.
struct Person {
  AccountId id;
  std::string name;      // the contact's name this device gave, else their pseudonym, else ""
  bool contact = false;  // `name` is a contact's name (chosen here, not by them)
  std::string mark;      // four characters from their identity key; "" while the key is unknown
  bool self = false;     // this profile
  // The safety number was compared with them and their key is still the one compared.
  bool verified = false;
  // Their identity key changed since it was verified, or a message came with a new key (someone
  // in the middle, or a reinstalled device): compare the safety number again.
  bool key_changed = false;
  // Not empty: their name reads like the name of another account this person relies on (a
  // contact or someone verified), or like another's that even has the same mark. Shown as a
  // warning: they may be passing themselves off as that person.
  AccountId looks_like;
};

// A room as the relay lists it.
struct RoomSummary {
  std::string room;  // id, e.g. "brussels"
  std::string name_fr;
  std::string name_nl;
  JoinPolicy policy = JoinPolicy::open;
  uint32_t members = 0;
  bool joined = false;
  uint64_t message_lifetime_s = 0;  // 0: messages are kept
  bool pending = false;             // our knock waits for a moderator
};

// A room member: the id and key come from the relay, the name only from the member's own
// messages (their sender key's envelope carries it, so it is known once they joined).
struct RoomMember {
  AccountId id;
  Person person;  // as listed; Engine::person(id) gives it again with what was learned since
  Role role = Role::member;
};

// One entry of a room as kept in the room's history: a message or a membership event.
struct RoomItem {
  std::string room;
  uint64_t seq = 0;
  uint64_t time_ms = 0;  // the relay's clock
  bool is_event = false;
  AccountId from;                              // message: the sender; event: the member concerned
  std::string sender_name;                     // message: the pseudonym inside it (sanitized)
  std::string text;                            // message
  RoomEventKind event = RoomEventKind::other;  // event: what happened
  bool outgoing = false;
  bool unread = false;
  uint64_t expires_ms = 0;       // 0: never (disappearing messages)
  bool alert = false;            // message: a safety alert (what moderators pin)
  uint64_t pinned_until_ms = 0;  // message: pinned by a moderator until then
  AccountId by;                  // event: the moderator who acted, if any
  uint64_t target_seq = 0;       // event: the message removed, pinned or unpinned
  uint64_t until_ms = 0;         // event: end of a mute or a pin
  std::optional<Role> role;      // event: the role granted or revoked
};

// ---- Moderation and administration (issue 5)

enum class ModKind : uint8_t { approve, refuse, kick, ban, unban, mute, remove, pin, unpin };

struct ModCommand {
  ModKind kind = ModKind::kick;
  std::string room;
  AccountId target;         // approve .. mute
  uint64_t seq = 0;         // remove, pin, unpin
  uint64_t duration_s = 0;  // mute (0 lifts it), pin
};

// A role to grant: moderator of a room, outreach worker of an organisation, or admin (no scope).
struct RoleSpec {
  Role role = Role::moderator;
  std::string scope;  // the room or the organisation
};

struct RoomSpec {
  std::string room;
  std::string name_fr;
  std::string name_nl;
  JoinPolicy policy = JoinPolicy::open;
  uint64_t retention_s = 0;  // 0: the relay's default (a week)
  uint64_t message_lifetime_s = 0;
  uint32_t max_members = 0;  // 0: the relay's default
  std::string region;
};

struct JoinRequestItem {
  AccountId id;
  uint64_t since_ms = 0;
};

// What a moderation log entry records: a moderator action, or a role given or taken.
enum class ModLogAction : uint8_t {
  approve,
  refuse,
  kick,
  ban,
  unban,
  mute,
  remove,
  pin,
  unpin,
  grant,   // role
  revoke,  // role
  other,   // an action of a newer relay
};

struct ModLogItem {
  uint64_t time_ms = 0;
  AccountId actor;
  AccountId target;
  ModLogAction action = ModLogAction::other;
  std::optional<Role> role;  // grant, revoke
  uint64_t seq = 0;
  uint64_t duration_s = 0;
};

enum class ReportReason : uint8_t { harassment, doxing, exploitation, threat, spam, other };

// One reported room message as the moderator's client shows it.
struct ReportedItem {
  uint64_t seq = 0;
  AccountId from;           // the sender, as the relay's franking tag binds it
  std::string sender_name;  // the pseudonym inside the message (sanitized)
  std::string text;
  uint64_t time_ms = 0;
};

// A report received by a moderator. `verified`: the text opens the commitment inside the
// message AND the relay confirmed it issued the tag binding that commitment to this sender,
// room, sequence and time. False when either fails; `checked` is false until the relay answered.
struct ReportView {
  std::string report_id;  // hex
  std::string room;
  ReportReason reason = ReportReason::other;
  std::string comment;
  AccountId reporter;
  std::string reporter_name;
  ReportedItem message;
  std::vector<ReportedItem> context;  // messages before it, as the reporter saw them
  bool checked = false;
  bool verified = false;
  uint64_t received_ms = 0;
  // A moderator of the room marked it dealt with (shared by the room's moderators; who did is
  // not said).
  bool handled = false;
  uint64_t handled_ms = 0;
};

// ---- Organisations and permanences (issue 7)

struct OrgSpec {
  std::string org;
  std::string name;
  std::string description;
  std::vector<std::string> languages;
  std::string contact;
  std::string region;
};

struct SlotSpec {
  uint64_t id = 0;  // the relay's, in listings
  std::string room;
  std::string weekday;  // "mon".."sun", or empty for a one-off slot
  std::string date;     // "YYYY-MM-DD" for a one-off slot
  std::string start;    // "HH:MM", Brussels time
  std::string end;
  std::vector<std::string> languages;
};

struct PermanenceView {
  std::string org;
  std::string name;
  std::vector<SlotSpec> slots;
  std::vector<std::string> cancelled;
  bool open = false;
  uint32_t on_duty = 0;
  uint64_t next_open_ms = 0;
  std::string next_open_local;  // "2026-11-24 14:00", Brussels time
  std::string room;
  // A slot of the schedule runs now until then (0: none), open or not: when nobody is on duty
  // yet, the permanence is planned now, not "nothing planned".
  uint64_t slot_end_ms = 0;
  std::string slot_end_local;
  std::vector<std::string> languages;  // the organisation's, for slots that list none
};

// Why a ticket's conversation ended.
enum class TicketEnd : uint8_t {
  ended,              // the worker or the member ended it
  left,               // the member left the queue
  permanence_closed,  // the last worker went off duty while it waited
  handed_off,         // to a colleague (told to the worker who handed it)
  expired,            // nobody ended it within 12 hours of its take
  away,               // it waited while the member had no connection for the relay's grace
                      // period: her place went to those behind; she may knock again
  other,
};
// Our ticket (member side) as the relay describes it.
struct TicketView {
  std::string ticket;
  std::string org;
  uint32_t place = 0;
  uint64_t wait_estimate_s = 0;
  std::string language;
  AccountId worker;          // set once taken
  AccountId offered_to;      // a handoff to this colleague waits for our answer
  std::string offered_name;  // her name, as our worker's client gave it ("" until it did)
  std::optional<TicketEnd> ended;
};

// An emergency number on a closed door, named in every language the relay gave
// (in_language() picks the person's).
struct EmergencyView {
  std::string number;
  Texts names;
};

// Why an open permanence had no place for a knock (no ticket was made).
enum class QueueFull : uint8_t {
  no,       // the permanence is closed
  at_max,   // its queue holds as many people as the relay allows
  network,  // it holds as many from this network (or from new accounts) as the relay allows
};
// A knock on a closed door, or on a full queue: when it opens next, and where to turn meanwhile.
struct ClosedView {
  std::string org;
  uint64_t next_open_ms = 0;
  std::string next_open_local;
  bool can_leave_message = false;
  std::vector<EmergencyView> emergency;
  QueueFull full = QueueFull::no;
  uint64_t slot_end_ms = 0;  // as PermanenceView's
  std::string slot_end_local;
};

struct QueueItem {
  std::string ticket;
  std::string language;
  uint64_t waiting_s = 0;
};

// A conversation this device holds as the member or the worker of a ticket.
struct TicketConversation {
  std::string ticket;
  std::string org;
  AccountId peer;  // the worker (member side) or the member (worker side)
  std::string language;
  bool as_worker = false;
  bool awaiting_reply = false;  // worker side: the person wrote last
  uint64_t last_ms = 0;
};

struct InboxItem {
  std::string message_id;  // hex
  uint64_t received_ms = 0;
  bool handled = false;
  std::string text;  // when this device holds the message
  AccountId from;
  std::string sender_name;
  std::vector<std::string> answers;  // what this device answered, oldest first
  // false: this device received the message, but the relay's inbox did not list it (it was full
  // when it came): nobody can mark it handled for the colleagues, and it is shown all the same.
  bool listed = true;
};

// A worker of the same organisation on duty now, for a handoff.
struct Colleague {
  AccountId id;
  std::string name;  // the name this device knows for her ("" when none yet)
};

struct StatsView {
  std::string org;
  std::string period;
  uint32_t permanences = 0;
  uint32_t conversations = 0;
  uint32_t unanswered = 0;
  std::vector<std::pair<std::string, uint32_t>> languages;
  uint64_t wait_p50_s = 0;
  uint64_t wait_p90_s = 0;
  uint64_t wait_max_s = 0;
  uint32_t org_messages = 0;
  uint32_t handoffs = 0;
};

// A permanence event the relay pushed.
enum class PermanenceNoticeKind : uint8_t {
  opened,
  closed,
  queue_changed,     // queue_length
  handoff_declined,  // ticket
  message_handled,   // message_id
  new_ticket,        // ticket, queue_length
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
  Failure failure;
};
// The relay refused to register or log in; the connection is of no use.
struct AuthFailed {
  Failure failure;
};
// A known peer now uses another identity key (re-installed, or someone in the middle).
struct IdentityChanged {
  AccountId peer;
};
// learn_identities(): the relay gave the keys it has (unknown accounts stay without a mark).
struct IdentitiesLearned {
  RequestId request = 0;
  std::vector<AccountId> ids;  // those whose key is now known
};
// An envelope that could not be decrypted or read; it was acknowledged and dropped.
struct Undecryptable {
  AccountId from;  // empty when the sender itself was malformed
  Problem problem = Problem::undecryptable;
};
// An error frame not tied to one of our requests (MALFORMED, RATE_LIMITED, ...), or the
// failure of something the engine did of its own (uploading prekeys).
struct ServerError {
  Failure failure;
};
// A server message that does not parse or breaks the protocol; it was ignored.
struct ProtocolError {
  Problem problem = Problem::wrong_answer;
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
  bool pending = false;  // a knock room: a moderator must approve first (JoinAnswered follows)
};
// A moderator answered our knock (pushed by the relay). Approved: we are a member now.
struct JoinAnswered {
  std::string room;
  bool approved = false;
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
// A moderator removed a message: it is gone from the history.
struct RoomItemRemoved {
  std::string room;
  uint64_t seq = 0;
  bool yours = false;  // the message was this person's own: tell her so
};

// A request the relay answered with a plain yes (moderator actions, role changes, ...).
struct Done {
  RequestId request = 0;
};
struct InviteCreated {
  RequestId request = 0;
  std::string code;
  uint64_t expires_ms = 0;
};
struct RoomCreated {
  RequestId request = 0;
  RoomSummary room;
};
struct JoinRequestsListed {
  RequestId request = 0;
  std::string room;
  std::vector<JoinRequestItem> requests;
};
struct ModLogRead {
  RequestId request = 0;
  std::string room;
  std::vector<ModLogItem> entries;
};
// report(): the report reached `recipients` moderators, and the relay counted it.
struct ReportSent {
  RequestId request = 0;
  uint32_t recipients = 0;
};
// A report arrived and was checked (see ReportView::verified).
struct ReportReceived {
  ReportView report;
};
// A report this device holds was marked handled: by this moderator (mark_report_handled) or by
// another of the room's moderators (pushed by the relay, or learnt at log-in).
struct ReportHandled {
  ReportView report;
};

struct OrgsListed {
  RequestId request = 0;
  std::vector<OrgSpec> orgs;
};
struct PermanencesListed {
  RequestId request = 0;
  std::vector<PermanenceView> permanences;
};
// Our ticket: the answer to knock() or ticket_status(), or pushed when its place changes.
struct TicketUpdated {
  RequestId request = 0;
  TicketView ticket;
};
// The answer to knock() when nothing is open (request != 0), or pushed to those still waiting
// when the permanence closes (also told at the next log-in to one who was away then).
struct DoorClosed {
  RequestId request = 0;
  ClosedView closed;
};
// The answer to knock() when the permanence does not list the language asked: no ticket was
// made; knock again with `anyway`, or leave a message.
struct LanguagesOffered {
  RequestId request = 0;
  std::string org;
  std::string asked;
  std::vector<std::string> languages;
  bool can_leave_message = false;
};
// staff_status() (also asked at each log-in of a worker): the organisations we are on duty for.
// The tickets it told of came as TicketTaken / TicketClosed / PermanenceNotice first.
struct StaffStatusRead {
  RequestId request = 0;
  std::vector<std::string> on_duty;
};
struct ColleaguesListed {
  RequestId request = 0;
  std::string org;
  std::vector<Colleague> colleagues;
};
struct QueueListed {
  RequestId request = 0;
  std::string org;
  std::vector<QueueItem> entries;
};
// A ticket was taken (the answer to staff_take, or pushed: a worker took ours, a handoff).
struct TicketTaken {
  RequestId request = 0;
  TicketConversation conversation;
};
// Our worker offers to hand our conversation to a colleague (told again once her name is known).
struct HandoffOffered {
  std::string ticket;
  AccountId to_worker;
  std::string name;  // as our worker's client gave it; "" until it did
};
struct TicketClosed {
  std::string ticket;
  TicketEnd reason = TicketEnd::other;
};
struct PermanenceNotice {
  PermanenceNoticeKind kind = PermanenceNoticeKind::opened;
  std::string org;
  std::string room;
  std::string ticket;
  std::string message_id;  // hex
  uint32_t queue_length = 0;
};
// leave_message(): a copy reached each of `copies` workers and the relay recorded it.
struct OrgMessageLeft {
  RequestId request = 0;
  std::string message_id;  // hex
  uint32_t copies = 0;
  // The workers have their copies, but the relay refused to list the message in the
  // organisation's inbox (full, or full of its network's: QUEUE_FULL; RATE_LIMITED...): they
  // may not see it among the messages to handle. Told to the person, never ignored.
  std::optional<Failure> not_listed;
};
struct InboxListed {
  RequestId request = 0;
  std::string org;
  std::vector<InboxItem> entries;
};
// answer_org_message(): the answer reached the person and the message is marked handled.
struct OrgMessageAnswered {
  RequestId request = 0;
  std::string org;
  std::string message_id;  // hex
};
struct StatsRead {
  RequestId request = 0;
  StatsView stats;
};
struct ResourcesRead {
  RequestId request = 0;
  ResourceDirectory directory;
};

}  // namespace event

using Event =
    std::variant<event::Registered, event::LoggedIn, event::BacklogComplete, event::MessageReceived,
                 event::MessageSent, event::SessionReady, event::RequestFailed, event::AuthFailed,
                 event::IdentityChanged, event::IdentitiesLearned, event::Undecryptable,
                 event::ServerError, event::ProtocolError, event::PrekeysUploaded,
                 event::RoomsListed, event::RoomJoined, event::RoomLeft, event::MembersListed,
                 event::RoomPosted, event::RoomItemReceived, event::JoinAnswered,
                 event::RoomItemRemoved, event::Done, event::InviteCreated, event::RoomCreated,
                 event::JoinRequestsListed, event::ModLogRead, event::ReportSent,
                 event::ReportReceived, event::ReportHandled, event::OrgsListed, event::PermanencesListed,
                 event::TicketUpdated, event::DoorClosed, event::QueueListed, event::TicketTaken,
                 event::HandoffOffered, event::TicketClosed, event::PermanenceNotice,
                 event::OrgMessageLeft, event::InboxListed, event::StatsRead, event::ResourcesRead,
                 event::LanguagesOffered, event::StaffStatusRead, event::ColleaguesListed,
                 event::OrgMessageAnswered>;

}  // namespace relais::engine

// The client engine: one account's Signal state, contacts and conversations, speaking the relay
// protocol of docs/protocol.md (session.md) without doing any I/O itself.
//
// Sans-I/O, tdlib-like: the host (CLI over Asio, Qt, a test router) feeds it connection events,
// WebSocket messages and the time, calls commands, and takes out WebSocket messages to send and
// events to show. The engine never blocks, never reads a clock and never touches a socket.
//
// Crash safety: anything that would be wrong to do before the state is on disk — acknowledging an
// envelope (the relay deletes it), sending a ciphertext (the ratchet moved), uploading prekeys
// (their private halves exist only here) — is held back while needs_save() is true. The host's
// loop is: feed input; handle take_events(); if needs_save() { store serialize(); saved(); }
// then send take_outgoing().
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/account_id.h"
#include "core/base/result.h"
#include "core/engine/events.h"
#include "core/engine/failure.h"
#include "core/engine/resources.h"
#include "core/engine/words.h"

namespace relais::engine {

struct Profile {
  std::string name;         // our pseudonym; travels only inside ciphertexts
  std::string server_url;   // ws://HOST:PORT or wss://HOST:PORT
  std::string ca_file;      // optional PEM file to verify the relay's certificate
  std::string invite_code;  // used once, at registration; not kept
};

struct Contact {
  std::string name;
  AccountId id;
};

// Limits of what the engine keeps and accepts.
inline constexpr size_t kMaxTextBytes = 32 * 1024;
inline constexpr size_t kMaxNameBytes = 64;
inline constexpr size_t kMaxCommentBytes = 2048;  // a report's comment to the moderators
inline constexpr size_t kHistoryLimit = 2000;  // messages kept, all conversations together
inline constexpr size_t kSeenLimit = 4096;     // recent envelope ids remembered for de-duplication
inline constexpr uint32_t kPrekeyLowWater = 20;  // the relay pushes PrekeyCount below this
inline constexpr uint32_t kPrekeyTarget = 100;   // stock uploaded at registration and replenishment
// The relay gathers queued frames into messages of up to 1 MiB; leave room above that.
inline constexpr size_t kMaxIncomingBytes = 4 * 1024 * 1024;
inline constexpr size_t kRoomHistoryLimit = 1000;  // items kept per room
inline constexpr size_t kRoomPendingLimit = 512;   // entries waiting for a sender key, per room

// Whether `name` is usable as a pseudonym or contact name; if not, the Problem (name_empty,
// name_too_long with its limit, name_control_character, name_edge_space) a client words.
Checked<void> check_name(std::string_view name);

class Engine {
 public:
  // A new identity, registered with the relay at the first connection.
  static Result<Engine> create(Profile profile);
  // From serialize(). Errc::corrupt when the blob does not decode.
  static Result<Engine> restore(std::string_view state);

  Engine(Engine&&) noexcept;
  Engine& operator=(Engine&&) noexcept;
  ~Engine();

  // ---- Who we are
  bool registered() const;
  AccountId account_id() const;  // empty until registered
  const std::string& name() const;
  const std::string& server_url() const;
  const std::string& ca_file() const;
  // The interface languages the relay offers (relaisd --interface-languages), from its last
  // Challenge, kept in the saved state; empty: any (or not connected yet).
  const std::vector<std::string>& relay_languages() const;
  // Hex SHA-256 of our identity public key: what a person compares out of band.
  std::string fingerprint() const;

  // ---- Contacts: names chosen locally for account ids
  std::vector<Contact> contacts() const;  // sorted by name
  std::optional<AccountId> find_contact(std::string_view name) const;
  std::optional<std::string> contact_name(const AccountId& id) const;
  // Adds, or points an existing name at a new id. Refused with check_name's problem for a bad
  // name, needs_other_account for an empty id or our own, contact_id_taken when another name
  // already has this id.
  Checked<void> add_contact(std::string_view name, const AccountId& id);
  // The contact's name, else the pseudonym the message carried, else the id's text.
  std::string display_name(const Message& message) const;

  // ---- Signal
  bool has_session(const AccountId& peer) const;
  // 60 digits both sides see alike. Errc::not_found before any session with the peer.
  Result<std::string> safety_number(const AccountId& peer) const;

  // ---- People (marks.h): how to show someone, wherever they appear
  // Their name (a contact's, else their pseudonym), the mark of their identity key, whether
  // this person verified them, and the warnings to show (a changed key, a name that reads like
  // a contact's or a verified person's). Marks are known once a session, a member list or
  // learn_identities() gave the key.
  Person person(const AccountId& id) const;
  // Whom a person means by `text`: an account id (26 characters); "name#mark"; or a name —
  // a contact's name names that contact alone, else everyone whose pseudonym is `name` (exactly,
  // else without regard to case). Empty: no one known by it; more than one: say which with
  // the mark.
  std::vector<Person> people_named(std::string_view text) const;
  // Asks the relay for the identity keys (so the marks) of those not known yet:
  // IdentitiesLearned, or RequestFailed (not connected).
  RequestId learn_identities(const std::vector<AccountId>& ids);
  // The person compared the safety number with `peer` and it matched: their current key is
  // verified (a badge wherever they appear, until the key changes). Errc::not_found without a
  // session yet (Problem::no_safety_number). unverify() takes the badge away.
  Status verify(const AccountId& peer);
  Status unverify(const AccountId& peer);
  // After an identity change (Person::key_changed), send_text to them is refused
  // (Problem::identity_changed) until the person verifies them again or accepts the new key
  // here, having seen the warning: nothing goes silently to a key that replaced another.
  Status accept_key(const AccountId& peer);

  // ---- Conversations
  std::vector<Message> history() const;  // oldest first
  // Incoming messages not yet shown, oldest first; they are marked read (a state change).
  std::vector<Message> take_unread();

  // ---- Persistence
  bool needs_save() const;
  std::string serialize();
  // The blob last returned by serialize() is durable: releases what was held back for it.
  void saved();

  // ---- Connection
  void on_connected();
  void on_disconnected();  // forgets in-flight frames; what matters is sent again next time
  void on_message(std::string_view message, uint64_t now_ms);
  bool logged_in() const;
  bool backlog_complete() const;
  // Whether the relay said at the last log-in that this account holds `role` (for some room or
  // organisation, or the relay's admin). What a client shows, never what it may do: the relay
  // decides each request.
  bool holds_role(Role role) const;
  // Encoded ClientBatch messages, in order; empty while everything waits for saved().
  std::vector<std::string> take_outgoing();
  std::vector<Event> take_events();

  // ---- Commands (answered by events echoing the RequestId). A command the engine can refuse at
  // once (a text too long, a room id the protocol does not allow) returns Checked<RequestId>:
  // the id, or the typed Failure; nothing was sent then.
  // Encrypts and sends as soon as logged in and a session exists (fetching the peer's bundle
  // first if needed). Answered by MessageSent or RequestFailed; at once empty_text,
  // text_too_long, needs_other_account or not_registered.
  Checked<RequestId> send_text(const AccountId& to, std::string_view text, uint64_t now_ms);
  // Makes sure a session with `peer` exists (fetching its bundle if needed): SessionReady or
  // RequestFailed.
  RequestId open_session(const AccountId& peer);

  // ---- Rooms (issue 4). Room messages use Sender Keys; each member's key travels to each other
  // member over one-to-one sessions. Before each of our posts every current member gets our
  // current key, and after someone left a fresh key is made first (lazy rotation).
  RequestId list_rooms();  // RoomsListed or RequestFailed
  // RoomJoined (pending in a knock room, then JoinAnswered) or RequestFailed. `invite_code` is
  // what an invite room needs.
  RequestId join_room(std::string_view room, std::string_view invite_code = {});
  RequestId leave_room(std::string_view room);    // RoomLeft or RequestFailed
  RequestId list_members(std::string_view room);  // MembersListed or RequestFailed
  // RoomPosted or RequestFailed. Errc::invalid_argument (empty or too long text) or
  // Errc::permission (not registered) at once.
  // `alert`: a safety alert, meant to be pinned (see pin_alert).
  Checked<RequestId> say(std::string_view room, std::string_view text, uint64_t now_ms,
                         bool alert = false);
  // Rooms this profile is a member of, as far as it knows.
  std::vector<std::string> joined_rooms() const;
  std::vector<RoomItem> room_history(std::string_view room) const;  // oldest first
  // Room items not yet shown, per room by seq; they are marked read (a state change).
  std::vector<RoomItem> take_room_unread();
  // The pseudonym a member last gave inside a message, if any.
  std::optional<std::string> pseudonym(const AccountId& id) const;
  // Deletes room messages whose lifetime has passed (disappearing messages). Also done on every
  // on_message; a host calls it after restore() and now and then.
  void tick(uint64_t now_ms);
  // ---- Moderation and administration (issue 5). The relay decides who may do what: a refusal
  // arrives as RequestFailed (Errc::permission), and nothing changed.
  RequestId mod_action(const ModCommand& command);  // Done
  // Posts a safety alert and pins it for `duration_s`: RoomPosted, then Done for the pin.
  Checked<RequestId> pin_alert(std::string_view room, std::string_view text, uint64_t duration_s,
                               uint64_t now_ms);
  RequestId list_join_requests(std::string_view room);                   // JoinRequestsListed
  RequestId read_mod_log(std::string_view room, uint64_t since_ms = 0);  // ModLogRead
  RequestId grant_role(const AccountId& who, const RoleSpec& role);      // Done
  RequestId revoke_role(const AccountId& who, const RoleSpec& role);     // Done
  RequestId create_room(const RoomSpec& spec);                           // RoomCreated
  // A one-time code: for registering (room empty; admins) or for an invite room (its
  // moderators). InviteCreated.
  RequestId create_invite(std::string_view room, uint32_t uses = 1, uint64_t valid_for_s = 0,
                          const std::optional<RoleSpec>& grants = std::nullopt);
  // Sends the room message `seq` (as this device holds it, with its franking opening and a few
  // messages before it) to each moderator of the room over one-to-one sessions, then tells the
  // relay a report was made there (and nothing else). ReportSent or RequestFailed; at once
  // Errc::not_found when this device holds no such message.
  Checked<RequestId> report(std::string_view room, uint64_t seq, ReportReason reason,
                            std::string_view comment, uint64_t now_ms);
  // Reports received as a moderator, oldest first.
  std::vector<ReportView> reports() const;
  // Reports still waiting for the relay's answer about their franking tag.
  size_t reports_unchecked() const;
  // Reports are shared by the room's moderators: marks the report (ReportView::report_id, hex)
  // dealt with, for all of them. Done, with ReportHandled; RequestFailed (Problem::no_held_report,
  // forbidden for one who no longer moderates the room). The others see it handled at once if
  // online (ReportHandled), else at their next log-in. The reporter is told nothing.
  RequestId mark_report_handled(std::string_view report_id);
  // Nothing about reports is awaited from the relay: no verdict on a franking tag, and the
  // handled state each moderated room's reports had at log-in is known.
  bool reports_settled() const;

  // ---- Organisations and permanences (issue 7)
  RequestId create_org(const OrgSpec& org);  // OrgsListed (admins)
  RequestId list_orgs();                     // OrgsListed
  // PermanencesListed with the org's slots (workers of the org, admins).
  RequestId add_slot(std::string_view org, const SlotSpec& slot);
  RequestId remove_slot(std::string_view org, uint64_t slot_id);       // Done
  RequestId cancel_date(std::string_view org, std::string_view date);  // Done
  // PermanencesListed. `watch`: from now on the relay tells this connection when a permanence
  // opens or closes (PermanenceNotice opened / closed).
  RequestId list_permanences(bool watch = false);
  // Workers: on duty and off. Done.
  RequestId staff_open(std::string_view org, std::string_view room = {});
  RequestId staff_close(std::string_view org);
  // Members: TicketUpdated; DoorClosed when nothing is open; LanguagesOffered when the
  // permanence does not list `language` (unless `anyway`). The ticket is bound to a secret this
  // device keeps: after each log-in the engine asks what became of it and tells the changes
  // (TicketUpdated, TicketTaken, HandoffOffered, TicketClosed with DoorClosed) with request 0.
  RequestId knock(std::string_view org, std::string_view language, bool anyway = false);
  // TicketUpdated (ended set when it is over), or RequestFailed (Errc::not_found).
  RequestId ticket_status();
  RequestId ticket_leave();  // Done
  // Done. Accepting passes the conversation so far from this device to the colleague.
  RequestId answer_handoff(std::string_view ticket, bool accept);
  // Our own ticket as last known (member side).
  std::optional<TicketView> member_ticket() const;
  // Workers.
  RequestId staff_queue(std::string_view org);    // QueueListed
  RequestId staff_take(std::string_view ticket);  // TicketTaken
  // StaffStatusRead: duty and tickets as the relay keeps them (also asked at each log-in of an
  // outreach worker; the changes come first as TicketTaken / TicketClosed / PermanenceNotice).
  RequestId staff_status();
  RequestId staff_colleagues(std::string_view org);  // ColleaguesListed: the others on duty
  // Done. Tells the member the colleague's name first (when this device knows it).
  RequestId staff_handoff(std::string_view ticket, const AccountId& to_worker);
  RequestId end_ticket(std::string_view ticket);  // Done (either side)
  // A text in the ticket's conversation, to the worker or the member: MessageSent. Right after
  // a log-in it waits until the relay has said what became of the ticket.
  Checked<RequestId> ticket_say(std::string_view ticket, std::string_view text, uint64_t now_ms);
  // Conversations of tickets this device holds, newest first.
  std::vector<TicketConversation> ticket_conversations() const;
  // How a ticket this device held lately ended (nullopt when it knows of no end).
  std::optional<TicketEnd> ended_ticket(std::string_view ticket) const;
  // Out of hours: one copy to each worker of the org, then the relay records that it exists.
  Checked<RequestId> leave_message(std::string_view org, std::string_view text, uint64_t now_ms);
  // A worker answers it, end to end, to the person alone, on behalf of the organisation, and
  // marks it handled: OrgMessageAnswered.
  Checked<RequestId> answer_org_message(std::string_view org, std::string_view message_id_hex,
                                       std::string_view text, uint64_t now_ms);
  RequestId mark_handled(std::string_view org, std::string_view message_id_hex);  // Done
  RequestId staff_inbox(std::string_view org);                                    // InboxListed
  // period: "2026", "2026-11" or "2026-W47". StatsRead.
  RequestId staff_stats(std::string_view org, std::string_view period);
  // The resources directory: ResourcesRead; cached, so cached_resources() reads offline.
  RequestId get_resources();
  std::optional<ResourceDirectory> cached_resources() const;

  // Room entries waiting for their sender's key (for tests and diagnostics).
  size_t pending_room_entries(std::string_view room) const;

  struct Impl;

 private:
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace relais::engine

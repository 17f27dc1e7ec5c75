// The engine's private state (Engine::Impl) and the helpers shared by the engine_*.cpp files:
// engine.cpp and engine_{session,direct,rooms,moderation,permanences}.cpp. Internal, not installed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "content.pb.h"
#include "core/engine/engine.h"
#include "core/signal/protocol.h"
#include "core/wire/frames.h"
#include "relais.pb.h"
#include "state.pb.h"  // generated from core/engine/state.proto

namespace relais::engine {
namespace detail {

inline constexpr size_t kMessageIdSize = 16;

// Shared by the engine_*.cpp files, defined in engine.cpp.

// A name that came from the other side (the pseudonym inside a message): control characters
// could rewrite a terminal, and a long one could push everything else off the screen.
std::string sanitize_name(std::string_view name);
bool valid_room_id(std::string_view room);
const char* policy_word(wire::JoinPolicy p);
const char* role_word(wire::Role r);
wire::EnvelopeType to_wire(signal::MessageType t);

}  // namespace detail

// A message encrypted and waiting for the relay's Sent (state.proto PendingSend).
struct PendingSend {
  AccountId to;
  std::string message_id;
  signal::MessageType type = signal::MessageType::signal;
  std::string ciphertext;
  std::string text;
  uint64_t created_ms = 0;
  bool control = false;  // sender key etc.: no history entry
  std::string ticket = {};
  std::string org = {};
};

// A text waiting for a log-in or for a session with its recipient.
struct PlainSend {
  RequestId request = 0;
  std::string padded;
  std::string text;
  uint64_t now_ms = 0;
  bool control = false;
  std::string ticket = {};
  std::string org = {};
};

// A room text waiting for the room's members to hold our current sender key.
struct PlainPost {
  RequestId request = 0;
  std::string text;
  uint64_t now_ms = 0;
  bool alert = false;
  uint64_t pin_for_s = 0;  // pin_alert(): pin the message once posted
};

// A room message encrypted and waiting for the relay's Posted (state.proto PendingPost).
struct PendingPost {
  std::string room;
  std::string message_id;
  std::string ciphertext;
  std::string commitment;
  std::string text;
  uint64_t created_ms = 0;
  uint64_t lifetime_s = 0;
  bool alert = false;
};

// What a report of a received room message needs (state.proto RoomItem fields 17..20).
struct Opening {
  std::string content;  // serialized RoomContent, exactly as decrypted
  std::string franking_key;
  std::string commitment;
  std::string franking_tag;
};

// A report on its way to the room's moderators.
struct OutgoingReport {
  RequestId request = 0;
  std::string room;
  std::string padded;  // the DirectContent, padded
  size_t outstanding = 0;
  uint32_t delivered = 0;
  // Reports: the lists still awaited (members; for exploitation also rooms, orgs, workers)
  // and who the copies go to.
  size_t lists_pending = 0;
  std::set<AccountId> recipients = {};
  bool moderator_found = false;
  std::string room_region = {};
};

struct RoomData {
  // ---- Persistent
  bool joined = false;
  uint64_t last_seq = 0;
  uint64_t message_lifetime_s = 0;
  bool have_key = false;
  std::set<AccountId> key_holders;  // members holding our current sender key
  bool rotate = false;
  std::vector<std::string> pending;  // serialized wire::RoomEntry, waiting for a sender key
  std::deque<RoomItem> items;        // by seq
  std::map<uint64_t, Opening> openings;  // seq → franking opening of a received message
  bool knocked = false;  // our knock waits; an answer while we were away is found at log-in
  // ---- Per connection
  enum class Phase { idle, listing, distributing } phase = Phase::idle;
  std::vector<PlainPost> posts;
  bool want_distribution = false;  // after a join or a newcomer: send our key where missing
  std::set<AccountId> outstanding;
  std::vector<std::pair<RequestId, uint64_t>> join_requests;  // request, from_seq
};

enum class RequestKind {
  register_account,
  login,
  fetch_bundle,
  send,
  upload_prekeys,
  list_rooms,
  join_room,
  leave_room,
  list_members,
  post_room,
  admin,           // moderation and administration: answered by Ok or a listing
  report_members,  // the member list a report goes to
  report_filed,
  verify_report,
  org_workers,      // the workers an out-of-hours message goes to
  org_message_sent,
  report_rooms,     // exploitation reports: the room's region,
  report_orgs,      // the organisations working there,
  report_workers    // and their outreach workers
};

struct InFlight {
  RequestKind kind;
  AccountId peer;          // fetch_bundle
  std::string message_id;  // send, post_room
  std::string room = {};   // rooms
  RequestId request = 0;   // rooms: the host's request (0: the engine's own)
  std::string report_id = {};  // report_members, report_filed, verify_report
  std::string key = {};        // permanences: what an Ok answer completes ("leave", "end:T")
};

struct Engine::Impl {
  // ---- Persistent (serialized into the vault)
  std::string name;
  std::string server_url;
  std::string ca_file;
  AccountId account_id;
  std::map<std::string, AccountId, std::less<>> contacts;
  std::unique_ptr<signal::Protocol> protocol;
  std::deque<std::string> seen_order;
  std::unordered_set<std::string> seen;
  std::vector<PendingSend> outbox;
  std::deque<Message> history;
  std::map<std::string, RoomData, std::less<>> rooms;
  std::vector<PendingPost> room_outbox;
  std::map<AccountId, std::string> pseudonyms;
  std::deque<state::ReceivedReport> reports;
  std::map<std::string, state::TicketState, std::less<>> tickets;  // ticket id → what we hold
  std::string resources_version;
  std::string resources_json;

  // ---- Saving: every state change bumps `version`; frames that need it wait for saved().
  uint64_t version = 0;
  uint64_t saved_version = 0;
  uint64_t serialized_version = 0;

  // ---- Per run and per connection
  std::string invite_code;
  bool challenge_seen = false;
  std::string nonce;
  bool logged_in = false;
  bool backlog_complete = false;
  uint64_t backlog_last_seq = 0;
  size_t max_message_bytes = wire::kDefaultMaxMessageBytes;
  uint64_t next_wire_id = 1;
  RequestId next_request = 1;
  std::unordered_map<uint64_t, InFlight> in_flight;
  std::map<AccountId, std::vector<PlainSend>> waiting_sends;
  std::map<AccountId, std::vector<RequestId>> session_waiters;
  std::set<AccountId> fetching;
  std::unordered_map<std::string, RequestId> send_requests;  // message id → request
  bool uploading = false;
  std::vector<uint64_t> acks;                 // seqs collected while handling one WebSocket message
  std::map<std::string, uint64_t> room_acks;  // room → highest seq taken in from one message
  // Our sender key on its way to a member: request → (room, member).
  std::map<RequestId, std::pair<std::string, AccountId>> distributions;
  std::unordered_map<std::string, RequestId> post_requests;  // message id → request
  std::unordered_map<std::string, uint64_t> pin_after_post;  // message id → pin duration
  std::map<std::string, OutgoingReport> reports_out;          // report id → progress
  std::map<RequestId, std::string> report_sends;              // one copy's request → report id
  std::map<std::string, OutgoingReport> org_messages_out;     // message id → progress
  std::map<RequestId, std::string> org_message_sends;         // one copy's request → message id
  std::vector<wire::ClientFrame> outgoing;
  std::vector<std::pair<uint64_t, wire::ClientFrame>> held;
  std::vector<Event> events;
  uint64_t last_now_ms = 0;  // the host's clock at the last message

  bool registered() const { return !account_id.empty(); }
  void changed() { ++version; }

  // ---- engine.cpp: events, frames out, the connection, frames in, the saved state
  void emit(Event e);
  uint64_t queue(wire::ClientFrame frame, bool with_id = true);
  uint64_t queue_after_save(wire::ClientFrame frame, bool with_id = true);
  void reset_connection();
  void handle_frame(const wire::ServerFrame& f, uint64_t now_ms);
  void handle_answer(const InFlight& req, const wire::ServerFrame& f);
  void fail_unexpected(RequestId request);
  void emit_server_error(Error e) { emit(event::ServerError{e.code, std::move(e.message)}); }
  void auth_unexpected();
  void unexpected_answer();
  state::EngineState to_state() const;
  Status from_state(const state::EngineState& s);

  // ---- engine_session.cpp: registration, log-in, prekeys, sessions with peers
  void handle_challenge(const wire::Challenge& c);
  void send_login();
  void send_register(uint32_t pow_difficulty);
  void handle_registered(const wire::Registered& r);
  void handle_logged_in(const wire::LoggedIn& l);
  void after_login();
  void replenish_prekeys(uint32_t remaining);
  void advance(const AccountId& peer);
  void fail_peer(const AccountId& peer, const Error& err);
  void handle_bundle(const AccountId& peer, const wire::Bundle& b);

  // ---- engine_direct.cpp: one-to-one messages
  void remember(const std::string& key);
  void add_history(Message m);
  void encrypt_and_send(const AccountId& peer, const PlainSend& s);
  void queue_send(const PendingSend& p);
  void handle_sent(const std::string& message_id, const wire::Sent& sent);
  void handle_send_failed(const std::string& message_id, const Error& err);
  void handle_envelope(const wire::Envelope& e, uint64_t now_ms);
  void receive(const wire::Envelope& e, uint64_t now_ms);

  // ---- engine_rooms.cpp: rooms
  void learn_pseudonym(const AccountId& id, std::string_view raw);
  void insert_item(RoomData& r, RoomItem item);
  void handle_room_list(RequestId request, const wire::RoomList& list);
  void forget_room_key(RoomData& r, const std::string& room);
  void handle_joined(RequestId request, const std::string& room, const wire::Joined& j);
  void handle_left(RequestId request, const std::string& room);
  void advance_room(const std::string& room);
  void members_failed(const InFlight& req, const Error& err);
  void handle_members(const InFlight& req, const wire::Members& m);
  void distribution_done(RequestId request, bool delivered);
  void room_ready(const std::string& room);
  void encrypt_post(const std::string& room, const PlainPost& post);
  void queue_post(const PendingPost& p);
  RequestId take_post_request(const std::string& message_id);
  void handle_posted(const std::string& message_id, const wire::Posted& posted);
  void handle_post_failed(const std::string& message_id, const Error& err);
  void handle_room_entry(const wire::RoomEntry& e, uint64_t now_ms);
  void room_event(const wire::RoomEntry& e);
  bool room_message(const wire::RoomEntry& e, uint64_t now_ms);
  void receive_sender_key(const AccountId& from, const content::SenderKeyDistribution& sk);
  void expire(uint64_t now_ms);

  // ---- engine_moderation.cpp: moderation, administration answers, reports
  void handle_knock_answer(const wire::Joined& j);
  void handle_admin_answer(const InFlight& req, const wire::ServerFrame& f);
  void remove_item(const std::string& room, uint64_t seq);
  static void fill_reported(content::ReportedMessage& out, const RoomItem& item,
                            const Opening& o);
  Result<RequestId> start_report(const std::string& room, uint64_t seq, ReportReason reason,
                                 std::string_view comment, uint64_t now_ms);
  void report_failed(const std::string& report_id, const Error& err);
  void report_moderators(const std::string& report_id, const wire::Members& m);
  void queue_report_list(const std::string& report_id, RequestKind kind, wire::ClientFrame f);
  void report_region(const std::string& report_id, const wire::RoomList* list);
  void report_orgs(const std::string& report_id, const wire::OrgList* orgs);
  void report_workers(const std::string& report_id, const wire::Workers* workers);
  void list_arrived(const std::string& report_id);
  void report_copy_done(RequestId copy, bool delivered);
  void report_filed(const std::string& report_id, const std::optional<Error>& /*err*/);
  static bool read_reported(const content::ReportedMessage& in, state::ReportedItem& out);
  void receive_report(const AccountId& from, const std::string& sender_name,
                      const content::Report& rep, uint64_t now_ms);
  void ask_verdict(const state::ReceivedReport& r);
  void report_checked(const std::string& report_id, bool valid);
  static ReportedItem view(const state::ReportedItem& i);
  static ReportView view(const state::ReceivedReport& r);

  // ---- engine_permanences.cpp: organisations, permanences, tickets, out-of-hours messages
  void unexpected_push();
  static OrgSpec org_view(const wire::Org& o);
  static SlotSpec slot_view(const wire::Slot& s);
  static PermanenceView permanence_view(const wire::PermanenceInfo& p);
  static ClosedView closed_view(const wire::PermanenceClosed& c);
  static StatsView stats_view(const wire::Stats& s);
  TicketConversation conversation(const state::TicketState& t) const;
  void handle_ticket(RequestId request, const wire::Ticket& t);
  void handle_ticket_assigned(RequestId request, const wire::TicketAssigned& a);
  void forget_ticket(const std::string& key);
  void ticket_activity(const std::string& ticket, bool incoming, uint64_t at_ms);
  void handle_permanence_event(const wire::PermanenceEvent& e);
  void handle_inbox(RequestId request, const wire::Inbox& inbox);
  void org_message_failed(const std::string& message_id, const Error& err);
  void send_org_copies(const std::string& message_id, const wire::Workers& w);
  void org_copy_done(RequestId copy, bool delivered);
  void org_message_recorded(const std::string& message_id);
};

namespace detail {

// Helpers of the public API, defined in engine.cpp.
// A room request that needs a valid id and a log-in; 0 when it was answered at once.
RequestId room_request(Engine::Impl& impl, RequestId r, std::string_view room);
// Sends a moderation or administration frame whose answer the engine turns into an event.
RequestId admin_request(Engine::Impl& impl, RequestId r, wire::ClientFrame f,
                        std::string room = {});
bool logged_in_or_fail(Engine::Impl& impl, RequestId r);

}  // namespace detail
}  // namespace relais::engine

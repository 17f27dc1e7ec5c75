#include "core/engine/engine.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "content.pb.h"
#include "core/base/encoding.h"
#include "core/crypto/digest.h"
#include "core/crypto/random.h"
#include "core/engine/padding.h"
#include "core/franking/franking.h"
#include "core/signal/protocol.h"
#include "core/wire/frames.h"
#include "relais.pb.h"
#include "state.pb.h"  // generated from core/engine/state.proto

namespace relais::engine {
namespace {

constexpr uint32_t kStateFormat = 1;
constexpr uint32_t kProtocolVersion = 1;
constexpr size_t kNonceSize = 32;
constexpr size_t kMessageIdSize = 16;
constexpr int kFramesPerBatch = 256;  // below wire::kMaxFramesPerBatch, with room to spare
constexpr std::string_view kRegisterContext = "relais-register-v1";
constexpr std::string_view kLoginContext = "relais-login-v1";
constexpr std::string_view kPowContext = "relais-pow-v1";

// A name that came from the other side (the pseudonym inside a message): control characters
// could rewrite a terminal, and a long one could push everything else off the screen.
std::string sanitize_name(std::string_view name) {
  std::string out;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) continue;
    out.push_back(c);
  }
  if (out.size() > kMaxNameBytes) {
    size_t cut = kMaxNameBytes;
    // Do not split a UTF-8 sequence: back up over continuation bytes.
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

std::string solve_proof_of_work(std::string_view nonce, uint32_t difficulty) {
  const std::string prefix = std::string(kPowContext) + std::string(nonce);
  std::string candidate(8, '\0');
  for (uint64_t counter = 0;; ++counter) {
    for (int i = 0; i < 8; ++i) candidate[i] = static_cast<char>((counter >> (56 - 8 * i)) & 0xff);
    if (crypto::leading_zero_bits(crypto::sha256(prefix + candidate)) >= static_cast<int>(difficulty)) {
      return candidate;
    }
  }
}

// Our own sentence for each refusal; the relay's text is only a fallback for codes we do not
// know, and it is cleaned like any other string from the network.
Error wire_error(const wire::Error& e) {
  switch (e.code()) {
    case wire::MALFORMED:
      return {Errc::protocol, "The relay could not parse a message from this client."};
    case wire::UNKNOWN_REQUEST:
      return {Errc::protocol, "The relay does not know a request this client made."};
    case wire::FRAME_TOO_LARGE:
      return {Errc::protocol, "A message was larger than the relay accepts."};
    case wire::NOT_AUTHENTICATED:
      return {Errc::protocol, "The relay expected a log-in first."};
    case wire::ALREADY_AUTHENTICATED:
      return {Errc::protocol, "The connection was already logged in."};
    case wire::BAD_SIGNATURE:
      return {Errc::crypto, "The relay did not accept this device's signature."};
    case wire::UNKNOWN_ACCOUNT:
      return {Errc::not_found, "The relay knows no account with this id."};
    case wire::INVALID_ARGUMENT:
      return {Errc::invalid_argument, "The relay refused a malformed request."};
    case wire::RATE_LIMITED:
      return {Errc::unavailable, "The relay asks to slow down; try again in a moment."};
    case wire::STORE_FAILURE:
      return {Errc::unavailable, "The relay could not store the message; try again later."};
    case wire::INVITE_REQUIRED:
      return {Errc::permission, "The relay needs a valid invite code to register."};
    case wire::PROOF_OF_WORK_REQUIRED:
      return {Errc::permission, "The relay did not accept the proof of work."};
    case wire::FORBIDDEN:
      return {Errc::permission, "The relay refused: this account lacks the role for it."};
    case wire::NO_SUCH_ROOM:
      return {Errc::not_found, "There is no such room."};
    case wire::NOT_A_MEMBER:
      return {Errc::permission, "You are not a member of that room."};
    case wire::ALREADY_MEMBER:
      return {Errc::already_exists, "You are already a member of that room."};
    case wire::ROOM_FULL:
      return {Errc::unavailable, "This room is full."};
    case wire::BANNED:
      return {Errc::permission, "You are banned from that room."};
    case wire::MUTED:
      return {Errc::permission, "You are muted in that room for now."};
    case wire::SHUTTING_DOWN:
      return {Errc::unavailable, "The relay is shutting down; try again later."};
    case wire::OVERLOADED:
      return {Errc::unavailable, "The relay is overloaded; try again later."};
    default:
      break;
  }
  std::string text = sanitize_name(e.message().substr(0, 200));
  if (text.empty()) text = "The relay refused a request.";
  return {Errc::protocol, text};
}

const char* event_word(wire::RoomEventKind k) {
  switch (k) {
    case wire::MEMBER_JOINED:
      return "joined";
    case wire::MEMBER_LEFT:
      return "left";
    case wire::MEMBER_KICKED:
      return "kicked";
    case wire::MEMBER_BANNED:
      return "banned";
    case wire::MEMBER_UNBANNED:
      return "unbanned";
    case wire::MEMBER_MUTED:
      return "muted";
    case wire::MESSAGE_REMOVED:
      return "removed";
    case wire::ALERT_PINNED:
      return "pinned";
    case wire::ALERT_UNPINNED:
      return "unpinned";
    case wire::ROLE_GRANTED:
      return "role_granted";
    case wire::ROLE_REVOKED:
      return "role_revoked";
    case wire::PERMANENCE_STARTED:
      return "permanence_started";
    case wire::PERMANENCE_ENDED:
      return "permanence_ended";
    default:
      return "unknown";
  }
}

const char* policy_word(wire::JoinPolicy p) {
  switch (p) {
    case wire::KNOCK:
      return "knock";
    case wire::INVITE:
      return "invite";
    default:
      return "open";
  }
}

bool valid_room_id(std::string_view room) {
  if (room.empty() || room.size() > 64) return false;
  return std::all_of(room.begin(), room.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

const char* role_word(wire::Role r) {
  switch (r) {
    case wire::MODERATOR:
      return "moderator";
    case wire::OUTREACH:
      return "outreach";
    case wire::ADMIN:
      return "admin";
    default:
      return "member";
  }
}

constexpr size_t kReportContext = 3;     // messages before the reported one
constexpr size_t kMaxReports = 500;      // kept by a moderator's client
constexpr size_t kMaxCommentBytes = 2048;
constexpr size_t kReportIdSize = 16;

wire::EnvelopeType to_wire(signal::MessageType t) {
  return t == signal::MessageType::prekey ? wire::PREKEY_MESSAGE : wire::SIGNAL_MESSAGE;
}

}  // namespace

Status check_name(std::string_view name) {
  if (name.empty()) return Error{Errc::invalid_argument, "A name must not be empty."};
  if (name.size() > kMaxNameBytes) {
    return Error{Errc::invalid_argument, "A name must be at most 64 bytes long."};
  }
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {
      return Error{Errc::invalid_argument, "A name must not contain control characters."};
    }
  }
  if (name.front() == ' ' || name.back() == ' ') {
    return Error{Errc::invalid_argument, "A name must not start or end with a space."};
  }
  return ok_status();
}

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

  void emit(Event e) {
    // The answers to the engine's own sender-key sends stay inside.
    if (auto* s = std::get_if<event::MessageSent>(&e); s && distributions.count(s->request)) {
      return distribution_done(s->request, true);
    }
    if (auto* f = std::get_if<event::RequestFailed>(&e); f && distributions.count(f->request)) {
      return distribution_done(f->request, false);
    }
    if (auto* s = std::get_if<event::MessageSent>(&e); s && report_sends.count(s->request)) {
      return report_copy_done(s->request, true);
    }
    if (auto* f = std::get_if<event::RequestFailed>(&e); f && report_sends.count(f->request)) {
      return report_copy_done(f->request, false);
    }
    if (auto* s = std::get_if<event::MessageSent>(&e); s && org_message_sends.count(s->request)) {
      return org_copy_done(s->request, true);
    }
    if (auto* f = std::get_if<event::RequestFailed>(&e);
        f && org_message_sends.count(f->request)) {
      return org_copy_done(f->request, false);
    }
    events.push_back(std::move(e));
  }

  uint64_t queue(wire::ClientFrame frame, bool with_id = true) {
    const uint64_t id = with_id ? next_wire_id++ : 0;
    frame.set_id(id);
    outgoing.push_back(std::move(frame));
    return id;
  }

  // Frames that must not leave before the current state is durable (acks, sends, prekeys).
  uint64_t queue_after_save(wire::ClientFrame frame, bool with_id = true) {
    if (version == saved_version) return queue(std::move(frame), with_id);
    const uint64_t id = with_id ? next_wire_id++ : 0;
    frame.set_id(id);
    held.emplace_back(version, std::move(frame));
    return id;
  }

  void reset_connection() {
    challenge_seen = false;
    nonce.clear();
    logged_in = false;
    backlog_complete = false;
    backlog_last_seq = 0;
    in_flight.clear();
    fetching.clear();
    uploading = false;
    acks.clear();
    room_acks.clear();
    for (auto& [_, r] : rooms) {
      r.phase = RoomData::Phase::idle;
      r.outstanding.clear();
    }
    outgoing.clear();
    held.clear();
  }

  void remember(const std::string& key) {
    if (!seen.insert(key).second) return;
    seen_order.push_back(key);
    while (seen_order.size() > kSeenLimit) {
      seen.erase(seen_order.front());
      seen_order.pop_front();
    }
  }

  void add_history(Message m) {
    history.push_back(std::move(m));
    if (history.size() <= kHistoryLimit) return;
    // Drop the oldest message already shown; unread ones go only when nothing else can.
    auto it = std::find_if(history.begin(), history.end(), [](const auto& s) { return !s.unread; });
    if (it == history.end()) it = history.begin();
    history.erase(it);
  }

  // ---- Frames in

  void handle_frame(const wire::ServerFrame& f, uint64_t now_ms) {
    if (f.id() != 0) {
      auto it = in_flight.find(f.id());
      if (it == in_flight.end()) {
        emit(event::ProtocolError{"The relay answered a request this client did not make."});
        return;
      }
      InFlight req = std::move(it->second);
      in_flight.erase(it);
      handle_answer(req, f);
      return;
    }
    switch (f.body_case()) {
      case wire::ServerFrame::kChallenge:
        handle_challenge(f.challenge());
        break;
      case wire::ServerFrame::kEnvelope:
        handle_envelope(f.envelope(), now_ms);
        break;
      case wire::ServerFrame::kPrekeyCount:
        if (logged_in && f.prekey_count().remaining() < kPrekeyLowWater) {
          replenish_prekeys(f.prekey_count().remaining());
        }
        break;
      case wire::ServerFrame::kError:
        emit_server_error(wire_error(f.error()));
        break;
      case wire::ServerFrame::kRoomEntry:
        handle_room_entry(f.room_entry(), now_ms);
        break;
      case wire::ServerFrame::kJoined:
        handle_knock_answer(f.joined());
        break;
      case wire::ServerFrame::kTicket:
        handle_ticket(0, f.ticket());
        break;
      case wire::ServerFrame::kTicketAssigned:
        handle_ticket_assigned(0, f.ticket_assigned());
        break;
      case wire::ServerFrame::kHandoffOffer: {
        auto to = AccountId::from_bytes(f.handoff_offer().to_worker());
        if (!to || to->empty()) return unexpected_push();
        emit(event::HandoffOffered{sanitize_name(f.handoff_offer().ticket()), *to});
        break;
      }
      case wire::ServerFrame::kTicketClosed: {
        const std::string t = sanitize_name(f.ticket_closed().ticket());
        if (tickets.erase(t)) changed();
        emit(event::TicketClosed{t, sanitize_name(f.ticket_closed().reason())});
        break;
      }
      case wire::ServerFrame::kPermanenceEvent:
        handle_permanence_event(f.permanence_event());
        break;
      case wire::ServerFrame::kPermanenceClosed:
        emit(event::DoorClosed{0, closed_view(f.permanence_closed())});
        break;
      case wire::ServerFrame::kPong:
      case wire::ServerFrame::kOk:
        break;
      case wire::ServerFrame::BODY_NOT_SET:
        emit(event::ProtocolError{
            "The relay sent a frame this client does not know; it was ignored."});
        break;
      default:
        // Room, moderation and permanence pushes arrive with those features (issue 4 on).
        emit(event::ProtocolError{
            "The relay sent a frame this client does not handle; it was ignored."});
        break;
    }
  }

  void handle_answer(const InFlight& req, const wire::ServerFrame& f) {
    const bool is_error = f.body_case() == wire::ServerFrame::kError;
    const Error err = is_error ? wire_error(f.error()) : Error{Errc::protocol, {}};
    switch (req.kind) {
      case RequestKind::register_account:
        if (is_error) return emit(event::AuthFailed{err.code, err.message});
        if (!f.has_registered()) return auth_unexpected();
        return handle_registered(f.registered());
      case RequestKind::login:
        if (is_error) {
          if (f.error().code() == wire::UNKNOWN_ACCOUNT) {
            return emit(event::AuthFailed{
                Errc::not_found, "The relay does not know this account; it may have been reset."});
          }
          return emit(event::AuthFailed{err.code, err.message});
        }
        if (!f.has_logged_in()) return auth_unexpected();
        return handle_logged_in(f.logged_in());
      case RequestKind::fetch_bundle:
        fetching.erase(req.peer);
        if (is_error) return fail_peer(req.peer, err);
        if (!f.has_bundle()) {
          unexpected_answer();
          return fail_peer(req.peer, {Errc::protocol, "The relay sent no key bundle."});
        }
        return handle_bundle(req.peer, f.bundle());
      case RequestKind::send:
        if (is_error) return handle_send_failed(req.message_id, err);
        if (!f.has_sent()) return unexpected_answer();
        return handle_sent(req.message_id, f.sent());
      case RequestKind::upload_prekeys:
        uploading = false;
        if (is_error) return emit(event::ServerError{err.code, err.message});
        if (!f.has_prekey_count()) return unexpected_answer();
        return emit(event::PrekeysUploaded{f.prekey_count().remaining()});
      case RequestKind::list_rooms:
        if (is_error) {
          if (req.request == 0) return;  // our own check after log-in: tried again next time
          return emit(event::RequestFailed{req.request, err.code, err.message});
        }
        if (!f.has_room_list()) return fail_unexpected(req.request);
        return handle_room_list(req.request, f.room_list());
      case RequestKind::join_room:
        if (is_error) {
          Error e = err;
          if (f.error().code() == wire::FORBIDDEN) {
            e = {Errc::permission, "This room admits people only with a moderator's approval."};
          } else if (f.error().code() == wire::INVITE_REQUIRED) {
            e = {Errc::permission, "This room needs an invite code."};
          }
          return emit(event::RequestFailed{req.request, e.code, e.message});
        }
        if (!f.has_joined()) return fail_unexpected(req.request);
        return handle_joined(req.request, req.room, f.joined());
      case RequestKind::leave_room:
        if (is_error) return emit(event::RequestFailed{req.request, err.code, err.message});
        if (!f.has_ok()) return fail_unexpected(req.request);
        return handle_left(req.request, req.room);
      case RequestKind::list_members:
        if (is_error) return members_failed(req, err);
        if (!f.has_members()) {
          unexpected_answer();
          return members_failed(req, {Errc::protocol, "The relay sent no member list."});
        }
        return handle_members(req, f.members());
      case RequestKind::post_room:
        if (is_error) return handle_post_failed(req.message_id, err);
        if (!f.has_posted()) return unexpected_answer();
        return handle_posted(req.message_id, f.posted());
      case RequestKind::admin:
        if (is_error) {
          Error e = err;
          if (f.error().code() == wire::NO_SUCH_ORG) {
            e = {Errc::not_found, "There is no such organisation."};
          } else if (f.error().code() == wire::NO_SUCH_TICKET) {
            e = {Errc::not_found, "There is no such ticket (it may have ended)."};
            // Ended while we were away: the relay no longer knows it, so neither do we.
            if (req.key == "leave" || req.key == "status" || req.key.rfind("end:", 0) == 0) {
              forget_ticket(req.key == "status" ? "leave" : req.key);
            }
          } else if (f.error().code() == wire::TICKET_TAKEN) {
            e = {Errc::already_exists, "Another worker took that ticket first."};
          } else if (f.error().code() == wire::NOT_ON_DUTY) {
            e = {Errc::permission, "That needs a worker on duty: open the permanence first."};
          } else if (f.error().code() == wire::PERMANENCE_CLOSED) {
            e = {Errc::unavailable, "The permanence is closed."};
          }
          return emit(event::RequestFailed{req.request, e.code, e.message});
        }
        return handle_admin_answer(req, f);
      case RequestKind::org_workers:
        if (is_error) return org_message_failed(req.report_id, err);
        if (!f.has_workers()) {
          unexpected_answer();
          return org_message_failed(req.report_id,
                                    {Errc::protocol, "The relay sent no list of workers."});
        }
        return send_org_copies(req.report_id, f.workers());
      case RequestKind::org_message_sent:
        return org_message_recorded(req.report_id);
      case RequestKind::report_members:
        if (is_error) return report_failed(req.report_id, err);
        if (!f.has_members()) {
          unexpected_answer();
          return report_failed(req.report_id, {Errc::protocol, "The relay sent no member list."});
        }
        return report_moderators(req.report_id, f.members());
      case RequestKind::report_rooms:
        return report_region(req.report_id, is_error || !f.has_room_list() ? nullptr : &f.room_list());
      case RequestKind::report_orgs:
        return report_orgs(req.report_id, is_error || !f.has_org_list() ? nullptr : &f.org_list());
      case RequestKind::report_workers:
        return report_workers(req.report_id, is_error || !f.has_workers() ? nullptr : &f.workers());
      case RequestKind::report_filed:
        return report_filed(req.report_id, is_error ? std::optional<Error>(err) : std::nullopt);
      case RequestKind::verify_report:
        if (is_error) {
          // The relay will not say (not a member any more, say): the report stays unverified.
          return report_checked(req.report_id, false);
        }
        if (!f.has_franking_verdict()) return unexpected_answer();
        return report_checked(req.report_id, f.franking_verdict().valid());
    }
  }

  void fail_unexpected(RequestId request) {
    unexpected_answer();
    emit(event::RequestFailed{request, Errc::protocol,
                              "The relay answered with the wrong kind of frame."});
  }

  void emit_server_error(Error e) { emit(event::ServerError{e.code, std::move(e.message)}); }

  void auth_unexpected() {
    emit(event::AuthFailed{Errc::protocol,
                           "The relay answered the log-in with the wrong kind of frame."});
  }

  void unexpected_answer() {
    emit(event::ProtocolError{"The relay answered a request with the wrong kind of frame."});
  }

  void handle_challenge(const wire::Challenge& c) {
    if (challenge_seen) {
      return emit(event::ProtocolError{"The relay sent a second challenge; it was ignored."});
    }
    if (c.protocol_version() != kProtocolVersion) {
      return emit(event::AuthFailed{Errc::protocol, "The relay speaks protocol version " +
                                                        std::to_string(c.protocol_version()) +
                                                        "; this client speaks version 1."});
    }
    if (c.nonce().size() != kNonceSize) {
      return emit(event::AuthFailed{Errc::protocol, "The relay sent a malformed challenge."});
    }
    challenge_seen = true;
    nonce = c.nonce();
    if (c.max_message_bytes() > 0) max_message_bytes = c.max_message_bytes();
    if (registered()) return send_login();
    send_register(c.pow_difficulty());
  }

  void send_login() {
    auto sig = protocol->sign(std::string(kLoginContext) + nonce + account_id.bytes());
    if (!sig)
      return emit(event::AuthFailed{Errc::crypto, "This device could not sign its log-in."});
    wire::ClientFrame f;
    f.mutable_login()->set_account_id(account_id.bytes());
    f.mutable_login()->set_signature(*sig);
    in_flight[queue(std::move(f))] = {RequestKind::login, {}, {}};
  }

  void send_register(uint32_t pow_difficulty) {
    if (pow_difficulty > kMaxProofOfWorkBits) {
      return emit(event::AuthFailed{
          Errc::permission, "The relay asks for more proof of work than this client will do."});
    }
    auto prekeys = protocol->generate_prekeys(kPrekeyTarget);
    if (!prekeys) return emit(event::AuthFailed{prekeys.error().code, prekeys.error().message});
    changed();
    const std::string& identity = protocol->identity_public_key();
    auto sig = protocol->sign(std::string(kRegisterContext) + nonce + identity);
    if (!sig) return emit(event::AuthFailed{Errc::crypto, "This device could not sign its keys."});
    wire::ClientFrame f;
    auto* r = f.mutable_register_();
    r->set_identity_key(identity);
    r->set_registration_id(protocol->registration_id());
    const signal::SignedPrekey spk = protocol->signed_prekey();
    r->mutable_signed_prekey()->set_id(spk.id);
    r->mutable_signed_prekey()->set_public_key(spk.public_key);
    r->mutable_signed_prekey()->set_signature(spk.signature);
    for (const auto& p : *prekeys) {
      auto* wp = r->add_prekeys();
      wp->set_id(p.id);
      wp->set_public_key(p.public_key);
    }
    r->set_invite_code(invite_code);
    r->set_signature(*sig);
    if (pow_difficulty > 0) r->set_pow_nonce(solve_proof_of_work(nonce, pow_difficulty));
    // Not held for saving: until Registered names the account nothing refers to these keys.
    in_flight[queue(std::move(f))] = {RequestKind::register_account, {}, {}};
  }

  void handle_registered(const wire::Registered& r) {
    auto id = AccountId::from_bytes(r.account_id());
    if (!id || id->empty()) {
      return emit(event::AuthFailed{Errc::protocol, "The relay sent a malformed account id."});
    }
    account_id = *id;
    invite_code.clear();
    changed();
    logged_in = true;
    backlog_complete = true;  // a new account has an empty queue
    emit(event::Registered{account_id});
    emit(event::BacklogComplete{});
    after_login();
  }

  void handle_logged_in(const wire::LoggedIn& l) {
    logged_in = true;
    backlog_last_seq = l.queue_last_seq();
    emit(event::LoggedIn{l.prekeys_remaining()});
    if (backlog_last_seq == 0) {
      backlog_complete = true;
      emit(event::BacklogComplete{});
    }
    if (l.prekeys_remaining() < kPrekeyLowWater) replenish_prekeys(l.prekeys_remaining());
    after_login();
  }

  // Sends again what the relay has not confirmed, then what waited for the log-in.
  void after_login() {
    for (const auto& p : outbox) queue_send(p);
    for (const auto& p : room_outbox) queue_post(p);
    std::vector<std::string> busy;
    for (const auto& [room, r] : rooms) {
      if (!r.posts.empty() || r.want_distribution) busy.push_back(room);
    }
    for (const auto& room : busy) advance_room(room);
    for (const auto& r : reports) {
      if (!r.checked()) ask_verdict(r);
    }
    // Which rooms we still belong to: a kick or ban while we were away is told no other way.
    if (std::any_of(rooms.begin(), rooms.end(),
                    [](const auto& r) { return r.second.joined || r.second.knocked; })) {
      wire::ClientFrame f;
      f.mutable_list_rooms();
      in_flight[queue(std::move(f))] = {RequestKind::list_rooms, {}, {}, {}, 0};
    }
    std::vector<AccountId> peers;
    for (const auto& [peer, _] : waiting_sends) peers.push_back(peer);
    for (const auto& [peer, _] : session_waiters) peers.push_back(peer);
    for (const auto& peer : peers) advance(peer);
  }

  void replenish_prekeys(uint32_t remaining) {
    if (uploading || remaining >= kPrekeyTarget) return;
    auto prekeys = protocol->generate_prekeys(kPrekeyTarget - remaining);
    if (!prekeys) return emit(event::ServerError{prekeys.error().code, prekeys.error().message});
    changed();
    wire::ClientFrame f;
    for (const auto& p : *prekeys) {
      auto* wp = f.mutable_upload_prekeys()->add_prekeys();
      wp->set_id(p.id);
      wp->set_public_key(p.public_key);
    }
    uploading = true;
    in_flight[queue_after_save(std::move(f))] = {RequestKind::upload_prekeys, {}, {}};
  }

  // Moves the sends and session requests waiting for `peer` one step on.
  void advance(const AccountId& peer) {
    if (!logged_in) return;
    if (protocol->has_session(peer.text())) {
      auto sends = std::move(waiting_sends[peer]);
      waiting_sends.erase(peer);
      auto waiters = std::move(session_waiters[peer]);
      session_waiters.erase(peer);
      for (auto& s : sends) encrypt_and_send(peer, s);
      for (RequestId r : waiters) emit(event::SessionReady{r, peer});
      return;
    }
    const bool wanted = waiting_sends.count(peer) > 0 || session_waiters.count(peer) > 0;
    if (!wanted || fetching.count(peer)) return;
    fetching.insert(peer);
    wire::ClientFrame f;
    f.mutable_fetch_bundle()->set_account_id(peer.bytes());
    in_flight[queue(std::move(f))] = {RequestKind::fetch_bundle, peer, {}};
  }

  void fail_peer(const AccountId& peer, const Error& err) {
    auto sends = std::move(waiting_sends[peer]);
    waiting_sends.erase(peer);
    auto waiters = std::move(session_waiters[peer]);
    session_waiters.erase(peer);
    for (const auto& s : sends) emit(event::RequestFailed{s.request, err.code, err.message});
    for (RequestId r : waiters) emit(event::RequestFailed{r, err.code, err.message});
  }

  void handle_bundle(const AccountId& peer, const wire::Bundle& b) {
    if (b.account_id() != peer.bytes()) {
      emit(event::ProtocolError{"The relay sent the key bundle of another account."});
      return fail_peer(peer, {Errc::protocol, "The relay sent a wrong key bundle."});
    }
    signal::PrekeyBundle bundle;
    bundle.registration_id = b.registration_id();
    bundle.identity_key = b.identity_key();
    bundle.signed_prekey = {b.signed_prekey().id(), b.signed_prekey().public_key(),
                            b.signed_prekey().signature()};
    if (b.has_prekey()) bundle.prekey = signal::Prekey{b.prekey().id(), b.prekey().public_key()};
    Status st = protocol->process_bundle(peer.text(), bundle);
    if (!st) {
      return fail_peer(peer,
                       {Errc::crypto, "The recipient's keys do not verify; nothing was sent."});
    }
    changed();
    advance(peer);
  }

  void encrypt_and_send(const AccountId& peer, const PlainSend& s) {
    auto ct = protocol->encrypt(peer.text(), s.padded);
    if (!ct) return emit(event::RequestFailed{s.request, ct.error().code, ct.error().message});
    PendingSend p{peer,     crypto::random_bytes(kMessageIdSize),
                  ct->type, std::move(ct->bytes),
                  s.text,   s.now_ms,
                  s.control, s.ticket, s.org};
    send_requests[p.message_id] = s.request;
    outbox.push_back(std::move(p));
    changed();  // the ratchet moved: the ciphertext may leave only once this is saved
    queue_send(outbox.back());
  }

  void queue_send(const PendingSend& p) {
    wire::ClientFrame f;
    auto* s = f.mutable_send();
    s->set_to(p.to.bytes());
    s->set_message_id(p.message_id);
    s->set_type(to_wire(p.type));
    s->set_ciphertext(p.ciphertext);
    in_flight[queue_after_save(std::move(f))] = {RequestKind::send, p.to, p.message_id};
  }

  void handle_sent(const std::string& message_id, const wire::Sent& sent) {
    auto it = std::find_if(outbox.begin(), outbox.end(),
                           [&](const PendingSend& p) { return p.message_id == message_id; });
    if (it == outbox.end()) return;  // a second Sent for a copy sent again after a reconnect
    PendingSend p = std::move(*it);
    outbox.erase(it);
    changed();
    RequestId request = 0;
    if (auto r = send_requests.find(message_id); r != send_requests.end()) {
      request = r->second;
      send_requests.erase(r);
    }
    if (!p.control || !p.org.empty()) {
      add_history({p.to, true, name, p.text, sent.server_time_ms(), p.message_id, false, p.ticket,
                   p.org});
    }
    if (!p.ticket.empty()) ticket_activity(p.ticket, false, sent.server_time_ms());
    emit(event::MessageSent{request, p.to, p.message_id, sent.server_time_ms()});
  }

  void handle_send_failed(const std::string& message_id, const Error& err) {
    auto it = std::find_if(outbox.begin(), outbox.end(),
                           [&](const PendingSend& p) { return p.message_id == message_id; });
    if (it == outbox.end()) return;
    // The relay did not take it: drop it rather than deliver it surprisingly late. The ratchet
    // copes with the gap.
    outbox.erase(it);
    changed();
    RequestId request = 0;
    if (auto r = send_requests.find(message_id); r != send_requests.end()) {
      request = r->second;
      send_requests.erase(r);
    }
    emit(event::RequestFailed{request, err.code, err.message});
  }

  void handle_envelope(const wire::Envelope& e, uint64_t now_ms) {
    if (!logged_in) {
      return emit(event::ProtocolError{"The relay delivered an envelope before the log-in."});
    }
    acks.push_back(e.seq());
    // Keyed by sender too, so that no one can suppress another sender's message by reusing its id.
    const bool has_id = e.message_id().size() == kMessageIdSize;
    const std::string key = e.from() + e.message_id();
    if (!has_id || !seen.count(key)) {
      if (has_id) remember(key);
      changed();
      receive(e, now_ms);
    }
    if (!backlog_complete && e.seq() >= backlog_last_seq) {
      backlog_complete = true;
      emit(event::BacklogComplete{});
    }
  }

  void receive(const wire::Envelope& e, uint64_t now_ms) {
    auto from = AccountId::from_bytes(e.from());
    if (!from || from->empty()) {
      return emit(event::Undecryptable{{}, "An envelope with a malformed sender was dropped."});
    }
    signal::Ciphertext ct;
    if (e.type() == wire::PREKEY_MESSAGE) {
      ct.type = signal::MessageType::prekey;
    } else if (e.type() == wire::SIGNAL_MESSAGE) {
      ct.type = signal::MessageType::signal;
    } else {
      return emit(event::Undecryptable{*from, "A message of an unknown type was dropped."});
    }
    ct.bytes = e.ciphertext();
    auto decrypted = protocol->decrypt(from->text(), ct);
    if (!decrypted) {
      if (decrypted.error().code == Errc::already_exists) return;  // libsignal saw it already
      return emit(event::Undecryptable{
          *from, decrypted.error().code == Errc::not_found
                     ? "A message could not be decrypted: there is no session with its sender."
                     : "A message could not be decrypted and was dropped."});
    }
    if (decrypted->identity_changed) emit(event::IdentityChanged{*from});
    auto plain = unpad(decrypted->plaintext);
    content::DirectContent content;
    if (!plain || !content.ParseFromString(*plain)) {
      return emit(event::Undecryptable{*from, "A message did not decode and was dropped."});
    }
    learn_pseudonym(*from, content.sender_name());
    switch (content.body_case()) {
      case content::DirectContent::kSenderKey:
        return receive_sender_key(*from, content.sender_key());
      case content::DirectContent::kText: {
        Message m{*from,
                  false,
                  sanitize_name(content.sender_name()),
                  content.text().text(),
                  e.server_time_ms() ? e.server_time_ms() : now_ms,
                  e.message_id(),
                  true};
        // A ticket label counts only from the ticket's other side (or our worker-to-be).
        if (auto t = tickets.find(content.text().ticket());
            t != tickets.end() && (t->second.peer() == from->bytes() || t->second.peer().empty())) {
          m.ticket = t->first;
          ticket_activity(t->first, true, m.time_ms);
        }
        add_history(m);
        emit(event::MessageReceived{std::move(m)});
        break;
      }
      case content::DirectContent::kReport:
        return receive_report(*from, content.sender_name(), content.report(), now_ms);
      case content::DirectContent::kOrgMessage: {
        const auto& om = content.org_message();
        if (!valid_room_id(om.org()) || om.message_id().size() != kMessageIdSize ||
            om.text().empty() || om.text().size() > kMaxTextBytes) {
          return emit(event::Undecryptable{*from, "A malformed message for an organisation was dropped."});
        }
        Message m{*from,
                  false,
                  sanitize_name(content.sender_name()),
                  om.text(),
                  e.server_time_ms() ? e.server_time_ms() : now_ms,
                  om.message_id(),
                  true,
                  {},
                  om.org()};
        add_history(m);
        emit(event::MessageReceived{std::move(m)});
        break;
      }
      default:
        // Organisation messages come with permanences.
        break;
    }
  }

  // ---- Rooms

  void learn_pseudonym(const AccountId& id, std::string_view raw) {
    std::string n = sanitize_name(raw);
    if (n.empty()) return;
    auto& slot = pseudonyms[id];
    if (slot != n) {
      slot = std::move(n);
      changed();
    }
  }

  void insert_item(RoomData& r, RoomItem item) {
    auto at = std::upper_bound(r.items.begin(), r.items.end(), item.seq,
                               [](uint64_t seq, const RoomItem& i) { return seq < i.seq; });
    r.items.insert(at, std::move(item));
    while (r.items.size() > kRoomHistoryLimit) {
      r.openings.erase(r.items.front().seq);
      r.items.pop_front();
    }
    changed();
  }

  void handle_room_list(RequestId request, const wire::RoomList& list) {
    std::vector<RoomSummary> out;
    for (const auto& info : list.rooms()) {
      if (!valid_room_id(info.room())) continue;
      out.push_back({info.room(), sanitize_name(info.name_fr()), sanitize_name(info.name_nl()),
                     policy_word(info.policy()), info.members(), info.joined(),
                     info.message_lifetime_s(), info.pending()});
      auto it = rooms.find(info.room());
      if (it == rooms.end() && !info.joined()) continue;
      RoomData& r = rooms[info.room()];
      if (r.knocked && !info.pending()) {
        // Answered while we were away: approved shows as membership (its MEMBER_JOINED entry
        // follows), refused only here.
        r.knocked = false;
        changed();
        if (!info.joined()) emit(event::JoinAnswered{info.room(), false});
      }
      if (r.joined && !info.joined()) {
        // Kicked or banned while away (the relay tells only members online at that moment):
        // say so in the room's history, and forget our key as after a leave.
        forget_room_key(r, info.room());
        RoomItem item;
        item.room = info.room();
        item.seq = r.last_seq;
        item.time_ms = last_now_ms;
        item.is_event = true;
        item.from = account_id;
        item.event = "removed";
        item.unread = true;
        insert_item(r, item);
        emit(event::RoomItemReceived{std::move(item)});
      }
      if (r.joined != info.joined() || r.message_lifetime_s != info.message_lifetime_s()) {
        r.joined = info.joined();
        r.message_lifetime_s = info.message_lifetime_s();
        changed();
      }
    }
    if (request != 0) emit(event::RoomsListed{request, std::move(out)});
  }

  void forget_room_key(RoomData& r, const std::string& room) {
    r.joined = false;
    r.pending.clear();
    r.key_holders.clear();
    if (r.have_key) protocol->rotate_own_sender_key(room, account_id.text());
    r.have_key = false;
    r.rotate = false;
    changed();
  }

  void handle_joined(RequestId request, const std::string& room, const wire::Joined& j) {
    if (j.pending()) {
      rooms[room].knocked = true;
      changed();
      return emit(event::RoomJoined{request, room, 0, true});
    }
    RoomData& r = rooms[room];
    r.joined = true;
    if (j.has_info()) r.message_lifetime_s = j.info().message_lifetime_s();
    changed();
    r.join_requests.emplace_back(request, j.from_seq());
    r.want_distribution = true;
    advance_room(room);
  }

  void handle_left(RequestId request, const std::string& room) {
    forget_room_key(rooms[room], room);
    emit(event::RoomLeft{request, room});
  }

  // Moves the room's waiting posts (and a wanted key distribution) one step on: list the
  // members, give our current key to those missing it, then encrypt and post.
  void advance_room(const std::string& room) {
    if (!logged_in) return;
    RoomData& r = rooms[room];
    if (r.phase != RoomData::Phase::idle) return;
    if (r.posts.empty() && !r.want_distribution) return;
    r.phase = RoomData::Phase::listing;
    wire::ClientFrame f;
    f.mutable_list_members()->set_room(room);
    in_flight[queue(std::move(f))] = {RequestKind::list_members, {}, {}, room, 0};
  }

  void members_failed(const InFlight& req, const Error& err) {
    if (req.request != 0) return emit(event::RequestFailed{req.request, err.code, err.message});
    RoomData& r = rooms[req.room];
    r.phase = RoomData::Phase::idle;
    r.want_distribution = false;
    for (const auto& p : std::exchange(r.posts, {})) {
      emit(event::RequestFailed{p.request, err.code, err.message});
    }
    for (const auto& [request, _] : std::exchange(r.join_requests, {})) {
      emit(event::RequestFailed{request, err.code, err.message});
    }
  }

  void handle_members(const InFlight& req, const wire::Members& m) {
    std::set<AccountId> current;
    std::vector<RoomMember> listed;
    for (const auto& member : m.members()) {
      auto id = AccountId::from_bytes(member.account_id());
      if (!id || id->empty()) continue;
      std::string n;
      if (*id == account_id) {
        n = name;
      } else if (auto it = pseudonyms.find(*id); it != pseudonyms.end()) {
        n = it->second;
      }
      listed.push_back({*id, n, member.role() == wire::MODERATOR ? "moderator" : "member"});
      if (*id != account_id) current.insert(*id);
    }
    if (req.request != 0) return emit(event::MembersListed{req.request, req.room, listed});
    RoomData& r = rooms[req.room];
    if (r.phase != RoomData::Phase::listing) return;
    // Someone who holds our current key is gone: a fresh key before anything else is said.
    const bool someone_gone =
        std::any_of(r.key_holders.begin(), r.key_holders.end(),
                    [&](const AccountId& id) { return current.count(id) == 0; });
    if (r.rotate || someone_gone) {
      if (r.have_key) protocol->rotate_own_sender_key(req.room, account_id.text());
      r.have_key = false;
      r.key_holders.clear();
      r.rotate = false;
      changed();
    }
    r.want_distribution = false;
    std::vector<AccountId> missing;
    for (const auto& id : current) {
      if (!r.key_holders.count(id)) missing.push_back(id);
    }
    if (missing.empty()) return room_ready(req.room);
    auto dist = protocol->own_distribution(req.room, account_id.text());
    if (!dist) {
      return members_failed({RequestKind::list_members, {}, {}, req.room, 0}, dist.error());
    }
    r.have_key = true;
    changed();
    r.phase = RoomData::Phase::distributing;
    r.outstanding.insert(missing.begin(), missing.end());
    content::DirectContent c;
    c.set_sender_name(name);
    c.mutable_sender_key()->set_room(req.room);
    c.mutable_sender_key()->set_distribution(*dist);
    const std::string padded = pad(c.SerializeAsString());
    for (const auto& peer : missing) {
      const RequestId request = next_request++;
      distributions[request] = {req.room, peer};
      waiting_sends[peer].push_back({request, padded, {}, 0, /*control=*/true});
      advance(peer);
    }
  }

  void distribution_done(RequestId request, bool delivered) {
    auto it = distributions.find(request);
    auto [room, peer] = std::move(it->second);
    distributions.erase(it);
    RoomData& r = rooms[room];
    if (delivered) {
      r.key_holders.insert(peer);
      changed();
    }
    // A member we cannot reach (account gone) must not stop the room; they get the key at a
    // later post.
    if (r.phase != RoomData::Phase::distributing) return;
    r.outstanding.erase(peer);
    if (r.outstanding.empty()) room_ready(room);
  }

  void room_ready(const std::string& room) {
    RoomData& r = rooms[room];
    r.phase = RoomData::Phase::idle;
    for (const auto& [request, from_seq] : std::exchange(r.join_requests, {})) {
      emit(event::RoomJoined{request, room, from_seq});
    }
    for (const auto& p : std::exchange(r.posts, {})) encrypt_post(room, p);
    advance_room(room);
  }

  void encrypt_post(const std::string& room, const PlainPost& post) {
    RoomData& r = rooms[room];
    const std::string self = account_id.text();
    if (!r.have_key) {
      auto dist = protocol->own_distribution(room, self);
      if (!dist)
        return emit(event::RequestFailed{post.request, dist.error().code, dist.error().message});
      r.have_key = true;
    }
    content::RoomContent rc;
    rc.set_sender_name(name);
    rc.set_sent_at_ms(post.now_ms);
    rc.set_text(post.text);
    rc.set_lifetime_s(r.message_lifetime_s);
    rc.set_alert(post.alert);
    const std::string body = rc.SerializeAsString();
    const std::string franking_key = franking::new_franking_key();
    content::RoomPlaintext pt;
    pt.set_franking_key(franking_key);
    pt.set_content(body);
    auto ct = protocol->group_encrypt(room, self, pad(pt.SerializeAsString()));
    if (!ct) return emit(event::RequestFailed{post.request, ct.error().code, ct.error().message});
    PendingPost p{room,
                  crypto::random_bytes(kMessageIdSize),
                  std::move(*ct),
                  franking::commitment(franking_key, body),
                  post.text,
                  post.now_ms,
                  r.message_lifetime_s,
                  post.alert};
    post_requests[p.message_id] = post.request;
    if (post.pin_for_s) pin_after_post[p.message_id] = post.pin_for_s;
    room_outbox.push_back(std::move(p));
    changed();  // the chain key moved: the ciphertext leaves only once this is saved
    queue_post(room_outbox.back());
  }

  void queue_post(const PendingPost& p) {
    wire::ClientFrame f;
    auto* post = f.mutable_post_room();
    post->set_room(p.room);
    post->set_message_id(p.message_id);
    post->set_ciphertext(p.ciphertext);
    post->set_commitment(p.commitment);
    in_flight[queue_after_save(std::move(f))] = {
        RequestKind::post_room, {}, p.message_id, p.room, 0};
  }

  RequestId take_post_request(const std::string& message_id) {
    RequestId request = 0;
    if (auto r = post_requests.find(message_id); r != post_requests.end()) {
      request = r->second;
      post_requests.erase(r);
    }
    return request;
  }

  void handle_posted(const std::string& message_id, const wire::Posted& posted) {
    auto it = std::find_if(room_outbox.begin(), room_outbox.end(),
                           [&](const PendingPost& p) { return p.message_id == message_id; });
    if (it == room_outbox.end()) return;
    PendingPost p = std::move(*it);
    room_outbox.erase(it);
    RoomItem item;
    item.room = p.room;
    item.seq = posted.seq();
    item.time_ms = posted.server_time_ms();
    item.from = account_id;
    item.sender_name = name;
    item.text = p.text;
    item.outgoing = true;
    item.alert = p.alert;
    if (p.lifetime_s) item.expires_ms = posted.server_time_ms() + p.lifetime_s * 1000;
    insert_item(rooms[p.room], std::move(item));
    const RequestId request = take_post_request(message_id);
    emit(event::RoomPosted{request, p.room, posted.seq(), posted.server_time_ms()});
    if (auto pin = pin_after_post.find(message_id); pin != pin_after_post.end()) {
      wire::ClientFrame f;
      auto* a = f.mutable_mod_action();
      a->set_kind(wire::PIN);
      a->set_room(p.room);
      a->set_seq(posted.seq());
      a->set_duration_s(pin->second);
      pin_after_post.erase(pin);
      in_flight[queue(std::move(f))] = {RequestKind::admin, {}, {}, p.room, request};
    }
  }

  void handle_post_failed(const std::string& message_id, const Error& err) {
    auto it = std::find_if(room_outbox.begin(), room_outbox.end(),
                           [&](const PendingPost& p) { return p.message_id == message_id; });
    if (it == room_outbox.end()) return;
    room_outbox.erase(it);
    pin_after_post.erase(message_id);
    changed();
    emit(event::RequestFailed{take_post_request(message_id), err.code, err.message});
  }

  void handle_room_entry(const wire::RoomEntry& e, uint64_t now_ms) {
    if (!logged_in) {
      return emit(event::ProtocolError{"The relay delivered a room entry before the log-in."});
    }
    if (!valid_room_id(e.room()) || e.seq() == 0) {
      return emit(event::ProtocolError{"The relay sent a malformed room entry; it was ignored."});
    }
    auto& ack = room_acks[e.room()];
    ack = std::max(ack, e.seq());
    RoomData& r = rooms[e.room()];
    if (e.seq() <= r.last_seq) return;  // sent again after a reconnect: taken in already
    r.last_seq = e.seq();
    r.joined = true;
    changed();
    if (e.has_event()) return room_event(e);
    if (!e.has_message()) return;
    auto from = AccountId::from_bytes(e.message().from());
    if (!from || from->empty()) {
      return emit(event::Undecryptable{{}, "A room message with a malformed sender was dropped."});
    }
    if (*from == account_id) return;  // our own: in the history since Posted
    if (room_message(e, now_ms)) return;
    // No key from this sender yet: its 1:1 envelope may still be on its way.
    r.pending.push_back(e.SerializeAsString());
    if (r.pending.size() > kRoomPendingLimit) {
      r.pending.erase(r.pending.begin());
      emit(event::Undecryptable{
          *from, "A room message waited too long for its sender's key and was dropped."});
    }
  }

  void room_event(const wire::RoomEntry& e) {
    RoomData& r = rooms[e.room()];
    const auto& ev = e.event();
    AccountId who;
    if (auto id = AccountId::from_bytes(ev.who())) who = *id;
    const bool self = !who.empty() && who == account_id;
    switch (ev.kind()) {
      case wire::MEMBER_JOINED:
        // A newcomer gets our current key now, so they can read our next message at once; and
        // when the newcomer is us (a knock approved while we were away), the members get ours.
        if (self || r.have_key) {
          r.joined = true;
          r.want_distribution = true;
          advance_room(e.room());
        }
        break;
      case wire::MEMBER_LEFT:
      case wire::MEMBER_KICKED:
      case wire::MEMBER_BANNED:
        if (self) {
          forget_room_key(r, e.room());
        } else {
          r.rotate = true;  // the one who left must not read what we say next
        }
        break;
      case wire::MESSAGE_REMOVED:
        remove_item(e.room(), ev.target_seq());
        break;
      case wire::ALERT_PINNED:
      case wire::ALERT_UNPINNED:
        for (auto& i : r.items) {
          if (i.seq == ev.target_seq() && !i.is_event) {
            i.pinned_until_ms = ev.kind() == wire::ALERT_PINNED ? ev.until_ms() : 0;
          }
        }
        break;
      default:
        break;
    }
    RoomItem item;
    item.room = e.room();
    item.seq = e.seq();
    item.time_ms = e.server_time_ms();
    item.is_event = true;
    item.from = who;
    item.event = event_word(ev.kind());
    item.unread = true;
    if (auto by = AccountId::from_bytes(ev.by())) item.by = *by;
    item.target_seq = ev.target_seq();
    item.until_ms = ev.until_ms();
    if (ev.kind() == wire::ROLE_GRANTED || ev.kind() == wire::ROLE_REVOKED) {
      item.role = role_word(ev.role());
    }
    insert_item(r, item);
    emit(event::RoomItemReceived{std::move(item)});
  }

  // False when the sender's key is missing (the entry should wait); true when done with it.
  bool room_message(const wire::RoomEntry& e, uint64_t now_ms) {
    const auto& m = e.message();
    auto from = AccountId::from_bytes(m.from());
    if (!from) return true;
    auto decrypted = protocol->group_decrypt(e.room(), from->text(), m.ciphertext());
    if (!decrypted) {
      if (decrypted.error().code == Errc::not_found) return false;
      if (decrypted.error().code == Errc::already_exists) return true;
      emit(event::Undecryptable{*from, "A room message could not be decrypted and was dropped."});
      return true;
    }
    changed();
    auto plain = unpad(*decrypted);
    content::RoomPlaintext pt;
    content::RoomContent rc;
    if (!plain || !pt.ParseFromString(*plain) || !rc.ParseFromString(pt.content())) {
      emit(event::Undecryptable{*from, "A room message did not decode and was dropped."});
      return true;
    }
    if (!franking::opens(pt.franking_key(), pt.content(), m.commitment())) {
      emit(event::Undecryptable{
          *from, "A room message did not match what the relay recorded and was dropped."});
      return true;
    }
    learn_pseudonym(*from, rc.sender_name());
    RoomData& r = rooms[e.room()];
    uint64_t lifetime = r.message_lifetime_s;
    if (rc.lifetime_s() && (!lifetime || rc.lifetime_s() < lifetime)) lifetime = rc.lifetime_s();
    RoomItem item;
    item.room = e.room();
    item.seq = e.seq();
    item.time_ms = e.server_time_ms() ? e.server_time_ms() : now_ms;
    item.from = *from;
    item.sender_name = sanitize_name(rc.sender_name());
    item.text = rc.text();
    item.unread = true;
    item.alert = rc.alert();
    if (lifetime) {
      item.expires_ms = item.time_ms + lifetime * 1000;
      if (item.expires_ms <= now_ms) return true;  // already gone
    }
    r.openings[e.seq()] = {pt.content(), pt.franking_key(), m.commitment(), m.franking_tag()};
    insert_item(r, item);
    emit(event::RoomItemReceived{std::move(item)});
    return true;
  }

  void receive_sender_key(const AccountId& from, const content::SenderKeyDistribution& sk) {
    if (!valid_room_id(sk.room())) {
      return emit(event::Undecryptable{from, "A room key for a malformed room was dropped."});
    }
    if (Status st = protocol->process_distribution(sk.room(), from.text(), sk.distribution());
        !st) {
      return emit(event::Undecryptable{from, "A room key did not decode and was dropped."});
    }
    changed();
    // Entries that waited for this key, in their order.
    RoomData& r = rooms[sk.room()];
    std::vector<std::string> still;
    for (auto& blob : std::exchange(r.pending, {})) {
      wire::RoomEntry e;
      if (!e.ParseFromString(blob)) continue;
      if (e.message().from() != from.bytes() || !room_message(e, 0))
        still.push_back(std::move(blob));
    }
    rooms[sk.room()].pending = std::move(still);
  }

  void expire(uint64_t now_ms) {
    for (auto& entry : rooms) {
      RoomData& r = entry.second;  // (clang 14 lambdas cannot capture structured bindings)
      const size_t before = r.items.size();
      std::erase_if(r.items, [&](const RoomItem& i) {
        const bool gone = i.expires_ms && i.expires_ms <= now_ms;
        if (gone) r.openings.erase(i.seq);
        return gone;
      });
      if (r.items.size() != before) changed();
    }
  }

  // ---- Moderation and administration

  void handle_knock_answer(const wire::Joined& j) {
    if (!logged_in || !valid_room_id(j.room())) {
      return emit(event::ProtocolError{"The relay sent a malformed room answer; it was ignored."});
    }
    if (j.pending()) return;
    RoomData& r = rooms[j.room()];
    r.knocked = false;
    changed();
    if (j.refused()) return emit(event::JoinAnswered{j.room(), false});
    r.joined = true;
    if (j.has_info()) r.message_lifetime_s = j.info().message_lifetime_s();
    changed();
    r.want_distribution = true;
    advance_room(j.room());
    emit(event::JoinAnswered{j.room(), true});
  }

  void handle_admin_answer(const InFlight& req, const wire::ServerFrame& f) {
    switch (f.body_case()) {
      case wire::ServerFrame::kOk:
        if (req.key == "leave" || req.key.rfind("end:", 0) == 0) forget_ticket(req.key);
        return emit(event::Done{req.request});
      case wire::ServerFrame::kOrgList: {
        std::vector<OrgSpec> out;
        for (const auto& o : f.org_list().orgs()) out.push_back(org_view(o));
        return emit(event::OrgsListed{req.request, std::move(out)});
      }
      case wire::ServerFrame::kPermanences: {
        std::vector<PermanenceView> out;
        for (const auto& p : f.permanences().permanences()) out.push_back(permanence_view(p));
        return emit(event::PermanencesListed{req.request, std::move(out)});
      }
      case wire::ServerFrame::kTicket:
        return handle_ticket(req.request, f.ticket());
      case wire::ServerFrame::kPermanenceClosed:
        return emit(event::DoorClosed{req.request, closed_view(f.permanence_closed())});
      case wire::ServerFrame::kQueue: {
        std::vector<QueueItem> out;
        for (const auto& q : f.queue().entries()) {
          out.push_back({sanitize_name(q.ticket()), sanitize_name(q.language()), q.waiting_s()});
        }
        return emit(event::QueueListed{req.request, sanitize_name(f.queue().org()), std::move(out)});
      }
      case wire::ServerFrame::kTicketAssigned:
        return handle_ticket_assigned(req.request, f.ticket_assigned());
      case wire::ServerFrame::kInbox:
        return handle_inbox(req.request, f.inbox());
      case wire::ServerFrame::kStats:
        return emit(event::StatsRead{req.request, stats_view(f.stats())});
      case wire::ServerFrame::kResources:
        if (!f.resources().json().empty()) {
          resources_version = f.resources().version();
          resources_json = f.resources().json();
          changed();
        }
        return emit(event::ResourcesRead{req.request, resources_json});
      case wire::ServerFrame::kInvite:
        return emit(event::InviteCreated{req.request, sanitize_name(f.invite().code()),
                                         f.invite().expires_ms()});
      case wire::ServerFrame::kRoomList: {
        if (f.room_list().rooms().empty()) return fail_unexpected(req.request);
        const auto& info = f.room_list().rooms(0);
        return emit(event::RoomCreated{
            req.request,
            {info.room(), sanitize_name(info.name_fr()), sanitize_name(info.name_nl()),
             policy_word(info.policy()), info.members(), info.joined(),
             info.message_lifetime_s(), info.pending()}});
      }
      case wire::ServerFrame::kJoinRequests: {
        std::vector<JoinRequestItem> out;
        for (const auto& jr : f.join_requests().requests()) {
          auto id = AccountId::from_bytes(jr.account_id());
          if (id && !id->empty()) out.push_back({*id, jr.since_ms()});
        }
        return emit(event::JoinRequestsListed{req.request, req.room, std::move(out)});
      }
      case wire::ServerFrame::kModLog: {
        std::vector<ModLogItem> out;
        for (const auto& le : f.mod_log().entries()) {
          ModLogItem item;
          item.time_ms = le.time_ms();
          if (auto id = AccountId::from_bytes(le.actor())) item.actor = *id;
          if (auto id = AccountId::from_bytes(le.target())) item.target = *id;
          const auto kind = static_cast<int>(le.kind()) - 1;
          if (le.kind() == wire::GRANT_ROLE || le.kind() == wire::REVOKE_ROLE) {
            item.action = std::string(le.kind() == wire::GRANT_ROLE ? "grant " : "revoke ") +
                          role_word(le.role());
          } else if (kind >= 0 && kind <= static_cast<int>(ModKind::unpin)) {
            item.action = mod_kind_word(static_cast<ModKind>(kind));
          } else {
            item.action = "other";
          }
          item.seq = le.seq();
          item.duration_s = le.duration_s();
          out.push_back(std::move(item));
        }
        return emit(event::ModLogRead{req.request, req.room, std::move(out)});
      }
      default:
        return fail_unexpected(req.request);
    }
  }

  void remove_item(const std::string& room, uint64_t seq) {
    RoomData& r = rooms[room];
    const size_t before = r.items.size();
    std::erase_if(r.items, [&](const RoomItem& i) { return !i.is_event && i.seq == seq; });
    r.openings.erase(seq);
    std::erase_if(r.pending, [&](const std::string& blob) {
      wire::RoomEntry e;
      return e.ParseFromString(blob) && e.seq() == seq;
    });
    changed();
    if (r.items.size() != before) emit(event::RoomItemRemoved{room, seq});
  }

  // ---- Reports, sending side

  static void fill_reported(content::ReportedMessage& out, const RoomItem& item,
                            const Opening& o) {
    out.set_seq(item.seq);
    out.set_from(item.from.bytes());
    out.set_server_time_ms(item.time_ms);
    out.set_content(o.content);
    out.set_franking_key(o.franking_key);
    out.set_commitment(o.commitment);
    out.set_franking_tag(o.franking_tag);
  }

  Result<RequestId> start_report(const std::string& room, uint64_t seq, ReportReason reason,
                                 std::string_view comment, uint64_t now_ms) {
    auto rit = rooms.find(room);
    const Error missing{Errc::not_found,
                        "This device holds no message with that number in that room."};
    if (rit == rooms.end()) return missing;
    RoomData& r = rit->second;
    auto item = std::find_if(r.items.begin(), r.items.end(),
                             [&](const RoomItem& i) { return !i.is_event && i.seq == seq; });
    auto opening = r.openings.find(seq);
    if (item == r.items.end() || opening == r.openings.end()) return missing;
    content::DirectContent c;
    c.set_sender_name(name);
    c.set_sent_at_ms(now_ms);
    auto* rep = c.mutable_report();
    rep->set_room(room);
    fill_reported(*rep->mutable_message(), *item, opening->second);
    // A few messages before it, nearest last, as this device holds them.
    std::vector<const RoomItem*> before;
    for (auto it = std::make_reverse_iterator(item); it != r.items.rend(); ++it) {
      if (before.size() == kReportContext) break;
      if (!it->is_event && r.openings.count(it->seq)) before.push_back(&*it);
    }
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
      fill_reported(*rep->add_context(), **it, r.openings.at((*it)->seq));
    }
    rep->set_reason(static_cast<content::ReportReason>(static_cast<int>(reason) + 1));
    rep->set_comment(std::string(comment));
    const std::string report_id = crypto::random_bytes(kReportIdSize);
    rep->set_report_id(report_id);
    const RequestId request = next_request++;
    reports_out[report_id] = {request, room, pad(c.SerializeAsString()), 0, 0, 1};
    wire::ClientFrame f;
    f.mutable_list_members()->set_room(room);
    InFlight in{RequestKind::report_members, {}, {}, room, request};
    in.report_id = report_id;
    in_flight[queue(std::move(f))] = std::move(in);
    if (reason == ReportReason::exploitation) {
      wire::ClientFrame rooms_frame;
      rooms_frame.mutable_list_rooms();
      queue_report_list(report_id, RequestKind::report_rooms, std::move(rooms_frame));
    }
    return request;
  }

  void report_failed(const std::string& report_id, const Error& err) {
    auto it = reports_out.find(report_id);
    if (it == reports_out.end()) return;
    const RequestId request = it->second.request;
    reports_out.erase(it);
    emit(event::RequestFailed{request, err.code, err.message});
  }

  void report_moderators(const std::string& report_id, const wire::Members& m) {
    auto it = reports_out.find(report_id);
    if (it == reports_out.end()) return;
    for (const auto& member : m.members()) {
      auto id = AccountId::from_bytes(member.account_id());
      if (id && !id->empty() && *id != account_id && member.role() == wire::MODERATOR) {
        it->second.recipients.insert(*id);
        it->second.moderator_found = true;
      }
    }
    list_arrived(report_id);
  }

  void queue_report_list(const std::string& report_id, RequestKind kind, wire::ClientFrame f) {
    InFlight in{kind, {}, {}, {}, 0};
    in.report_id = report_id;
    in_flight[queue(std::move(f))] = std::move(in);
    ++reports_out[report_id].lists_pending;
  }

  // Exploitation reports also go to the outreach workers of organisations in the room's region;
  // each step is best effort: the moderators get the report whatever happens here.
  void report_region(const std::string& report_id, const wire::RoomList* list) {
    auto it = reports_out.find(report_id);
    if (it == reports_out.end()) return;
    std::string region;
    if (list) {
      for (const auto& info : list->rooms()) {
        if (info.room() == it->second.room) region = info.region();
      }
    }
    if (valid_room_id(region)) {
      wire::ClientFrame f;
      f.mutable_list_orgs();
      queue_report_list(report_id, RequestKind::report_orgs, std::move(f));
      reports_out[report_id].room_region = region;
    }
    list_arrived(report_id);
  }

  void report_orgs(const std::string& report_id, const wire::OrgList* orgs) {
    auto it = reports_out.find(report_id);
    if (it == reports_out.end()) return;
    if (orgs) {
      for (const auto& o : orgs->orgs()) {
        if (o.region() != it->second.room_region || !valid_room_id(o.org())) continue;
        wire::ClientFrame f;
        f.mutable_list_workers()->set_org(o.org());
        queue_report_list(report_id, RequestKind::report_workers, std::move(f));
      }
    }
    list_arrived(report_id);
  }

  void report_workers(const std::string& report_id, const wire::Workers* workers) {
    auto it = reports_out.find(report_id);
    if (it == reports_out.end()) return;
    if (workers) {
      for (const auto& w : workers->workers()) {
        auto id = AccountId::from_bytes(w.account_id());
        if (id && !id->empty() && *id != account_id) it->second.recipients.insert(*id);
      }
    }
    list_arrived(report_id);
  }

  void list_arrived(const std::string& report_id) {
    auto it = reports_out.find(report_id);
    if (it == reports_out.end() || --it->second.lists_pending > 0) return;
    if (!it->second.moderator_found) {
      return report_failed(report_id,
                           {Errc::not_found, "This room has no moderator to send the report to."});
    }
    it->second.outstanding = it->second.recipients.size();
    for (const auto& peer : it->second.recipients) {
      const RequestId copy = next_request++;
      report_sends[copy] = report_id;
      waiting_sends[peer].push_back({copy, it->second.padded, {}, 0, /*control=*/true});
      advance(peer);
    }
  }

  void report_copy_done(RequestId copy, bool delivered) {
    auto sit = report_sends.find(copy);
    const std::string report_id = sit->second;
    report_sends.erase(sit);
    auto it = reports_out.find(report_id);
    if (it == reports_out.end()) return;
    OutgoingReport& rep = it->second;
    if (delivered) ++rep.delivered;
    if (--rep.outstanding > 0) return;
    if (rep.delivered == 0) {
      return report_failed(report_id,
                           {Errc::unavailable, "The report could not reach any moderator."});
    }
    wire::ClientFrame f;
    f.mutable_report_filed()->set_room(rep.room);
    InFlight in{RequestKind::report_filed, {}, {}, rep.room, rep.request};
    in.report_id = report_id;
    in_flight[queue(std::move(f))] = std::move(in);
  }

  void report_filed(const std::string& report_id, const std::optional<Error>& /*err*/) {
    // The moderators have the report either way; the relay's count is only a statistic.
    auto it = reports_out.find(report_id);
    if (it == reports_out.end()) return;
    const OutgoingReport rep = std::move(it->second);
    reports_out.erase(it);
    emit(event::ReportSent{rep.request, rep.delivered});
  }

  // ---- Reports, moderator side

  static bool read_reported(const content::ReportedMessage& in, state::ReportedItem& out) {
    auto from = AccountId::from_bytes(in.from());
    content::RoomContent rc;
    if (!from || from->empty() || in.seq() == 0 || !rc.ParseFromString(in.content())) {
      return false;
    }
    out.set_seq(in.seq());
    out.set_from(in.from());
    out.set_sender_name(sanitize_name(rc.sender_name()));
    out.set_text(rc.text().substr(0, kMaxTextBytes));
    out.set_time_ms(in.server_time_ms());
    return true;
  }

  void receive_report(const AccountId& from, const std::string& sender_name,
                      const content::Report& rep, uint64_t now_ms) {
    if (!valid_room_id(rep.room()) || !rep.has_message() ||
        rep.report_id().size() != kReportIdSize || rep.comment().size() > kMaxCommentBytes ||
        rep.context_size() > static_cast<int>(kReportContext) || rep.reason() < content::HARASSMENT ||
        rep.reason() > content::OTHER) {
      return emit(event::Undecryptable{from, "A malformed report was dropped."});
    }
    for (const auto& r : reports) {
      if (r.report_id() == rep.report_id()) return;  // a copy sent again
    }
    state::ReceivedReport r;
    r.set_report_id(rep.report_id());
    r.set_room(rep.room());
    r.set_reason(report_reason_word(static_cast<ReportReason>(static_cast<int>(rep.reason()) - 1)));
    r.set_comment(rep.comment());
    r.set_reporter(from.bytes());
    r.set_reporter_name(sanitize_name(sender_name));
    r.set_received_ms(now_ms);
    const auto& m = rep.message();
    // Step one, on this device: the text must open the commitment the relay saw.
    const bool opens = read_reported(m, *r.mutable_message()) &&
                       franking::opens(m.franking_key(), m.content(), m.commitment());
    for (const auto& c : rep.context()) {
      state::ReportedItem item;
      if (read_reported(c, item)) *r.add_context() = std::move(item);
    }
    r.set_commitment(m.commitment());
    r.set_franking_tag(m.franking_tag());
    r.set_checked(!opens);
    r.set_verified(false);
    reports.push_back(std::move(r));
    while (reports.size() > kMaxReports) reports.pop_front();
    changed();
    if (!opens) return emit(event::ReportReceived{view(reports.back())});
    // Step two: only the relay can say whether it bound that commitment to that sender.
    ask_verdict(reports.back());
  }

  void ask_verdict(const state::ReceivedReport& r) {
    if (!logged_in) return;
    wire::ClientFrame f;
    auto* v = f.mutable_verify_franking();
    v->set_room(r.room());
    v->set_seq(r.message().seq());
    v->set_from(r.message().from());
    v->set_server_time_ms(r.message().time_ms());
    v->set_commitment(r.commitment());
    v->set_franking_tag(r.franking_tag());
    InFlight in{RequestKind::verify_report, {}, {}, r.room(), 0};
    in.report_id = r.report_id();
    in_flight[queue(std::move(f))] = std::move(in);
  }

  void report_checked(const std::string& report_id, bool valid) {
    for (auto& r : reports) {
      if (r.report_id() != report_id || r.checked()) continue;
      r.set_checked(true);
      r.set_verified(valid);
      changed();
      return emit(event::ReportReceived{view(r)});
    }
  }

  static ReportedItem view(const state::ReportedItem& i) {
    ReportedItem out;
    out.seq = i.seq();
    if (auto id = AccountId::from_bytes(i.from())) out.from = *id;
    out.sender_name = i.sender_name();
    out.text = i.text();
    out.time_ms = i.time_ms();
    return out;
  }

  static ReportView view(const state::ReceivedReport& r) {
    ReportView out;
    out.report_id = to_hex(r.report_id());
    out.room = r.room();
    out.reason = r.reason();
    out.comment = r.comment();
    if (auto id = AccountId::from_bytes(r.reporter())) out.reporter = *id;
    out.reporter_name = r.reporter_name();
    out.message = view(r.message());
    for (const auto& c : r.context()) out.context.push_back(view(c));
    out.checked = r.checked();
    out.verified = r.verified();
    out.received_ms = r.received_ms();
    return out;
  }

  // ---- Organisations and permanences

  void unexpected_push() {
    emit(event::ProtocolError{"The relay sent a malformed notice; it was ignored."});
  }

  static OrgSpec org_view(const wire::Org& o) {
    OrgSpec out{sanitize_name(o.org()), sanitize_name(o.name()), o.description().substr(0, 2000),
                {}, o.contact().substr(0, 500), sanitize_name(o.region())};
    for (const auto& l : o.languages()) out.languages.push_back(sanitize_name(l));
    return out;
  }

  static SlotSpec slot_view(const wire::Slot& s) {
    static const char* const kDays[] = {"", "mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    SlotSpec out;
    out.id = s.slot_id();
    out.room = sanitize_name(s.room());
    const int wd = static_cast<int>(s.weekday());
    out.weekday = wd >= 1 && wd <= 7 ? kDays[wd] : "";
    out.date = sanitize_name(s.date());
    out.start = sanitize_name(s.start());
    out.end = sanitize_name(s.end());
    for (const auto& l : s.languages()) out.languages.push_back(sanitize_name(l));
    return out;
  }

  static PermanenceView permanence_view(const wire::PermanenceInfo& p) {
    PermanenceView out;
    out.org = sanitize_name(p.org());
    out.name = sanitize_name(p.name());
    for (const auto& s : p.slots()) out.slots.push_back(slot_view(s));
    for (const auto& c : p.cancelled()) out.cancelled.push_back(sanitize_name(c));
    out.open = p.open();
    out.on_duty = p.on_duty();
    out.next_open_ms = p.next_open_ms();
    out.next_open_local = sanitize_name(p.next_open_local());
    out.room = sanitize_name(p.room());
    return out;
  }

  static ClosedView closed_view(const wire::PermanenceClosed& c) {
    ClosedView out{sanitize_name(c.org()), c.next_open_ms(), sanitize_name(c.next_open_local()),
                   c.can_leave_message(), {}};
    for (const auto& e : c.emergency()) {
      out.emergency.emplace_back(sanitize_name(e.number()), e.name().substr(0, 300));
    }
    return out;
  }

  static StatsView stats_view(const wire::Stats& s) {
    StatsView out;
    out.org = sanitize_name(s.org());
    out.period = sanitize_name(s.period());
    out.permanences = s.permanences();
    out.conversations = s.conversations();
    out.unanswered = s.unanswered();
    for (const auto& l : s.languages()) out.languages.emplace_back(sanitize_name(l.language()), l.count());
    out.wait_p50_s = s.wait_p50_s();
    out.wait_p90_s = s.wait_p90_s();
    out.wait_max_s = s.wait_max_s();
    out.org_messages = s.org_messages();
    out.handoffs = s.handoffs();
    return out;
  }

  TicketConversation conversation(const state::TicketState& t) const {
    TicketConversation c;
    c.ticket = t.ticket();
    c.org = t.org();
    if (auto id = AccountId::from_bytes(t.peer())) c.peer = *id;
    c.language = t.language();
    c.as_worker = t.as_worker();
    c.awaiting_reply = t.as_worker() && t.last_in_ms() > t.last_out_ms();
    c.last_ms = std::max(t.last_in_ms(), t.last_out_ms());
    return c;
  }

  // Our own ticket, as the relay describes it (answer or push).
  void handle_ticket(RequestId request, const wire::Ticket& t) {
    const std::string id = sanitize_name(t.ticket());
    if (id.empty()) return request ? fail_unexpected(request) : unexpected_push();
    TicketView view{id, sanitize_name(t.org()), t.place(), t.wait_estimate_s(),
                    sanitize_name(t.language()), {}};
    if (auto w = AccountId::from_bytes(t.worker()); w && !w->empty()) view.worker = *w;
    auto& mine = tickets[id];
    mine.set_ticket(id);
    mine.set_org(view.org);
    mine.set_language(view.language);
    mine.set_as_worker(false);
    if (!view.worker.empty()) mine.set_peer(view.worker.bytes());
    changed();
    emit(event::TicketUpdated{request, std::move(view)});
  }

  void handle_ticket_assigned(RequestId request, const wire::TicketAssigned& a) {
    const std::string id = sanitize_name(a.ticket());
    auto worker = AccountId::from_bytes(a.worker());
    // The member's copy leaves `member` empty: that member is us.
    auto member = a.member().empty() ? std::optional<AccountId>(AccountId{})
                                     : AccountId::from_bytes(a.member());
    if (id.empty() || !worker || worker->empty() || !member) {
      return request ? fail_unexpected(request) : unexpected_push();
    }
    auto& t = tickets[id];
    t.set_ticket(id);
    t.set_org(sanitize_name(a.org()));
    t.set_language(sanitize_name(a.language()));
    // The worker's copy names the member; the member's names only the worker.
    const bool as_worker = !member->empty() && *worker == account_id;
    t.set_as_worker(as_worker);
    t.set_peer(as_worker ? member->bytes() : worker->bytes());
    changed();
    emit(event::TicketTaken{request, conversation(t)});
  }

  void forget_ticket(const std::string& key) {
    if (key == "leave") {
      std::erase_if(tickets, [](const auto& kv) { return !kv.second.as_worker(); });
    } else {
      tickets.erase(key.substr(4));
    }
    changed();
  }

  void ticket_activity(const std::string& ticket, bool incoming, uint64_t at_ms) {
    auto it = tickets.find(ticket);
    if (it == tickets.end()) return;
    if (incoming) {
      it->second.set_last_in_ms(std::max(it->second.last_in_ms(), at_ms));
    } else {
      it->second.set_last_out_ms(std::max(it->second.last_out_ms(), at_ms));
    }
    changed();
  }

  void handle_permanence_event(const wire::PermanenceEvent& e) {
    static const char* const kKinds[] = {"",          "opened",          "closed",
                                         "queue_changed", "handoff_declined", "message_handled",
                                         "new_ticket"};
    const int k = static_cast<int>(e.kind());
    if (k < 1 || k > 6) return unexpected_push();
    emit(event::PermanenceNotice{kKinds[k], sanitize_name(e.org()), sanitize_name(e.room()),
                                 sanitize_name(e.ticket()), to_hex(e.message_id()),
                                 e.queue_length()});
  }

  void handle_inbox(RequestId request, const wire::Inbox& inbox) {
    std::vector<InboxItem> out;
    for (const auto& entry : inbox.entries()) {
      InboxItem item{to_hex(entry.message_id()), entry.received_ms(), entry.handled(), {}, {}, {}};
      for (const auto& m : history) {
        if (!m.outgoing && !m.org.empty() && m.message_id == entry.message_id()) {
          item.text = m.text;
          item.from = m.peer;
          item.sender_name = m.sender_name;
        }
      }
      out.push_back(std::move(item));
    }
    emit(event::InboxListed{request, sanitize_name(inbox.org()), std::move(out)});
  }

  // ---- Out-of-hours messages

  void org_message_failed(const std::string& message_id, const Error& err) {
    auto it = org_messages_out.find(message_id);
    if (it == org_messages_out.end()) return;
    const RequestId request = it->second.request;
    org_messages_out.erase(it);
    emit(event::RequestFailed{request, err.code, err.message});
  }

  void send_org_copies(const std::string& message_id, const wire::Workers& w) {
    auto it = org_messages_out.find(message_id);
    if (it == org_messages_out.end()) return;
    std::vector<AccountId> workers;
    for (const auto& m : w.workers()) {
      auto id = AccountId::from_bytes(m.account_id());
      if (id && !id->empty() && *id != account_id) workers.push_back(*id);
    }
    if (workers.empty()) {
      return org_message_failed(message_id, {Errc::not_found,
                                             "This organisation has no worker to read it yet."});
    }
    it->second.outstanding = workers.size();
    for (const auto& peer : workers) {
      const RequestId copy = next_request++;
      org_message_sends[copy] = message_id;
      PlainSend send{copy, it->second.padded, {}, 0, /*control=*/true};
      waiting_sends[peer].push_back(std::move(send));
      advance(peer);
    }
  }

  void org_copy_done(RequestId copy, bool delivered) {
    auto sit = org_message_sends.find(copy);
    const std::string message_id = sit->second;
    org_message_sends.erase(sit);
    auto it = org_messages_out.find(message_id);
    if (it == org_messages_out.end()) return;
    OutgoingReport& m = it->second;
    if (delivered) ++m.delivered;
    if (--m.outstanding > 0) return;
    if (m.delivered == 0) {
      return org_message_failed(message_id,
                                {Errc::unavailable, "The message could not reach any worker."});
    }
    wire::ClientFrame f;
    f.mutable_org_message_sent()->set_org(m.room);
    f.mutable_org_message_sent()->set_message_id(message_id);
    InFlight in{RequestKind::org_message_sent, {}, {}, m.room, m.request};
    in.report_id = message_id;
    in_flight[queue(std::move(f))] = std::move(in);
  }

  void org_message_recorded(const std::string& message_id) {
    // The workers have it either way; the relay's record only lets them mark it handled.
    auto it = org_messages_out.find(message_id);
    if (it == org_messages_out.end()) return;
    const OutgoingReport m = std::move(it->second);
    org_messages_out.erase(it);
    emit(event::OrgMessageLeft{m.request, to_hex(message_id), m.delivered});
  }

  // ---- State

  state::EngineState to_state() const {
    state::EngineState s;
    s.set_format(kStateFormat);
    s.set_profile_name(name);
    if (registered()) s.set_account_id(account_id.bytes());
    s.set_server_url(server_url);
    s.set_ca_file(ca_file);
    for (const auto& [n, id] : contacts) {
      auto* c = s.add_contacts();
      c->set_name(n);
      c->set_account_id(id.bytes());
    }
    s.set_protocol(protocol->serialize());
    for (const auto& k : seen_order) s.add_seen(k);
    for (const auto& p : outbox) {
      auto* o = s.add_outbox();
      o->set_to(p.to.bytes());
      o->set_message_id(p.message_id);
      o->set_type(to_wire(p.type));
      o->set_ciphertext(p.ciphertext);
      o->set_text(p.text);
      o->set_created_ms(p.created_ms);
      o->set_control(p.control);
      o->set_ticket(p.ticket);
      o->set_org(p.org);
    }
    for (const auto& [room, r] : rooms) {
      auto* sr = s.add_rooms();
      sr->set_room(room);
      sr->set_joined(r.joined);
      sr->set_last_seq(r.last_seq);
      sr->set_message_lifetime_s(r.message_lifetime_s);
      sr->set_have_key(r.have_key);
      for (const auto& id : r.key_holders) sr->add_key_holders(id.bytes());
      sr->set_rotate(r.rotate);
      sr->set_knocked(r.knocked);
      for (const auto& blob : r.pending) sr->add_pending(blob);
      for (const auto& i : r.items) {
        auto* si = sr->add_items();
        si->set_seq(i.seq);
        si->set_time_ms(i.time_ms);
        si->set_is_event(i.is_event);
        si->set_from(i.from.bytes());
        si->set_sender_name(i.sender_name);
        si->set_text(i.text);
        si->set_event(i.event);
        si->set_outgoing(i.outgoing);
        si->set_unread(i.unread);
        si->set_expires_ms(i.expires_ms);
        si->set_alert(i.alert);
        si->set_pinned_until_ms(i.pinned_until_ms);
        if (!i.by.empty()) si->set_by(i.by.bytes());
        si->set_target_seq(i.target_seq);
        si->set_until_ms(i.until_ms);
        si->set_role(i.role);
        if (auto o = r.openings.find(i.seq); o != r.openings.end() && !i.is_event) {
          si->set_content(o->second.content);
          si->set_franking_key(o->second.franking_key);
          si->set_commitment(o->second.commitment);
          si->set_franking_tag(o->second.franking_tag);
        }
      }
    }
    for (const auto& p : room_outbox) {
      auto* o = s.add_room_outbox();
      o->set_room(p.room);
      o->set_message_id(p.message_id);
      o->set_ciphertext(p.ciphertext);
      o->set_commitment(p.commitment);
      o->set_text(p.text);
      o->set_created_ms(p.created_ms);
      o->set_lifetime_s(p.lifetime_s);
      o->set_alert(p.alert);
    }
    for (const auto& r : reports) *s.add_reports() = r;
    for (const auto& [_, t] : tickets) *s.add_tickets() = t;
    s.set_resources_version(resources_version);
    s.set_resources_json(resources_json);
    for (const auto& [id, n] : pseudonyms) {
      auto* ps = s.add_pseudonyms();
      ps->set_account_id(id.bytes());
      ps->set_name(n);
    }
    for (const auto& h : history) {
      auto* e = s.add_history();
      e->set_peer(h.peer.bytes());
      e->set_outgoing(h.outgoing);
      e->set_sender_name(h.sender_name);
      e->set_text(h.text);
      e->set_time_ms(h.time_ms);
      e->set_message_id(h.message_id);
      e->set_unread(h.unread);
      e->set_ticket(h.ticket);
      e->set_org(h.org);
    }
    return s;
  }

  Status from_state(const state::EngineState& s) {
    const Error corrupt{Errc::corrupt, "The saved client state is damaged."};
    if (s.format() != kStateFormat) return corrupt;
    name = s.profile_name();
    if (!s.account_id().empty()) {
      auto id = AccountId::from_bytes(s.account_id());
      if (!id) return corrupt;
      account_id = *id;
    }
    server_url = s.server_url();
    ca_file = s.ca_file();
    for (const auto& c : s.contacts()) {
      auto id = AccountId::from_bytes(c.account_id());
      if (!id) return corrupt;
      contacts[c.name()] = *id;
    }
    RELAIS_TRY_ASSIGN(protocol, signal::Protocol::restore(s.protocol()));
    for (const auto& k : s.seen()) remember(k);
    for (const auto& o : s.outbox()) {
      auto to = AccountId::from_bytes(o.to());
      if (!to) return corrupt;
      outbox.push_back({*to, o.message_id(),
                        o.type() == wire::PREKEY_MESSAGE ? signal::MessageType::prekey
                                                         : signal::MessageType::signal,
                        o.ciphertext(), o.text(), o.created_ms(), o.control(), o.ticket(),
                        o.org()});
    }
    for (const auto& h : s.history()) {
      auto peer = AccountId::from_bytes(h.peer());
      if (!peer) return corrupt;
      history.push_back({*peer, h.outgoing(), h.sender_name(), h.text(), h.time_ms(), h.message_id(),
                         h.unread(), h.ticket(), h.org()});
    }
    for (const auto& sr : s.rooms()) {
      if (!valid_room_id(sr.room())) return corrupt;
      RoomData& r = rooms[sr.room()];
      r.joined = sr.joined();
      r.last_seq = sr.last_seq();
      r.message_lifetime_s = sr.message_lifetime_s();
      r.have_key = sr.have_key();
      for (const auto& h : sr.key_holders()) {
        auto id = AccountId::from_bytes(h);
        if (!id) return corrupt;
        r.key_holders.insert(*id);
      }
      r.rotate = sr.rotate();
      r.knocked = sr.knocked();
      r.pending.assign(sr.pending().begin(), sr.pending().end());
      for (const auto& si : sr.items()) {
        auto from = AccountId::from_bytes(si.from());
        if (!from) return corrupt;
        RoomItem i;
        i.room = sr.room();
        i.seq = si.seq();
        i.time_ms = si.time_ms();
        i.is_event = si.is_event();
        i.from = *from;
        i.sender_name = si.sender_name();
        i.text = si.text();
        i.event = si.event();
        i.outgoing = si.outgoing();
        i.unread = si.unread();
        i.expires_ms = si.expires_ms();
        i.alert = si.alert();
        i.pinned_until_ms = si.pinned_until_ms();
        if (!si.by().empty()) {
          auto by = AccountId::from_bytes(si.by());
          if (!by) return corrupt;
          i.by = *by;
        }
        i.target_seq = si.target_seq();
        i.until_ms = si.until_ms();
        i.role = si.role();
        if (!si.content().empty()) {
          r.openings[si.seq()] = {si.content(), si.franking_key(), si.commitment(),
                                  si.franking_tag()};
        }
        r.items.push_back(std::move(i));
      }
    }
    for (const auto& o : s.room_outbox()) {
      if (!valid_room_id(o.room())) return corrupt;
      room_outbox.push_back({o.room(), o.message_id(), o.ciphertext(), o.commitment(), o.text(),
                             o.created_ms(), o.lifetime_s(), o.alert()});
    }
    reports.assign(s.reports().begin(), s.reports().end());
    for (const auto& t : s.tickets()) tickets[t.ticket()] = t;
    resources_version = s.resources_version();
    resources_json = s.resources_json();
    for (const auto& ps : s.pseudonyms()) {
      auto id = AccountId::from_bytes(ps.account_id());
      if (!id) return corrupt;
      pseudonyms[*id] = ps.name();
    }
    return ok_status();
  }
};

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;
Engine::~Engine() = default;

Result<Engine> Engine::create(Profile profile) {
  RELAIS_TRY(check_name(profile.name));
  auto impl = std::make_unique<Impl>();
  RELAIS_TRY_ASSIGN(impl->protocol, signal::Protocol::create_new());
  impl->name = std::move(profile.name);
  impl->server_url = std::move(profile.server_url);
  impl->ca_file = std::move(profile.ca_file);
  impl->invite_code = std::move(profile.invite_code);
  impl->changed();  // nothing of it is saved yet
  return Engine(std::move(impl));
}

Result<Engine> Engine::restore(std::string_view blob) {
  state::EngineState s;
  if (!s.ParseFromArray(blob.data(), static_cast<int>(blob.size()))) {
    return Error{Errc::corrupt, "The saved client state is damaged."};
  }
  auto impl = std::make_unique<Impl>();
  RELAIS_TRY(impl->from_state(s));
  return Engine(std::move(impl));
}

bool Engine::registered() const {
  return impl_->registered();
}
AccountId Engine::account_id() const {
  return impl_->account_id;
}
const std::string& Engine::name() const {
  return impl_->name;
}
const std::string& Engine::server_url() const {
  return impl_->server_url;
}
const std::string& Engine::ca_file() const {
  return impl_->ca_file;
}

std::string Engine::fingerprint() const {
  return to_hex(crypto::sha256(impl_->protocol->identity_public_key()));
}

std::vector<Contact> Engine::contacts() const {
  std::vector<Contact> out;
  for (const auto& [n, id] : impl_->contacts) out.push_back({n, id});
  return out;
}

std::optional<AccountId> Engine::find_contact(std::string_view name) const {
  auto it = impl_->contacts.find(name);
  if (it == impl_->contacts.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> Engine::contact_name(const AccountId& id) const {
  for (const auto& [n, cid] : impl_->contacts) {
    if (cid == id) return n;
  }
  return std::nullopt;
}

Status Engine::add_contact(std::string_view name, const AccountId& id) {
  RELAIS_TRY(check_name(name));
  if (id.empty()) return Error{Errc::invalid_argument, "The account id is empty."};
  if (id == impl_->account_id) {
    return Error{Errc::invalid_argument, "That is this profile's own id."};
  }
  if (auto other = contact_name(id); other && *other != name) {
    return Error{Errc::already_exists, "Another contact already has this id."};
  }
  impl_->contacts[std::string(name)] = id;
  impl_->changed();
  return ok_status();
}

std::string Engine::display_name(const Message& message) const {
  if (auto n = contact_name(message.peer)) return *n;
  if (message.outgoing) return message.peer.text();
  if (!message.sender_name.empty()) return message.sender_name;
  return message.peer.text();
}

bool Engine::has_session(const AccountId& peer) const {
  return impl_->protocol->has_session(peer.text());
}

Result<std::string> Engine::safety_number(const AccountId& peer) const {
  if (!registered()) return Error{Errc::permission, "This profile is not registered."};
  return impl_->protocol->safety_number(impl_->account_id.text(), peer.text());
}

std::vector<Message> Engine::history() const {
  return {impl_->history.begin(), impl_->history.end()};
}

std::vector<Message> Engine::take_unread() {
  std::vector<Message> out;
  for (auto& h : impl_->history) {
    if (!h.unread) continue;
    h.unread = false;
    out.push_back(h);
  }
  if (!out.empty()) impl_->changed();
  return out;
}

bool Engine::needs_save() const {
  return impl_->version != impl_->saved_version;
}

std::string Engine::serialize() {
  impl_->serialized_version = impl_->version;
  return impl_->to_state().SerializeAsString();
}

void Engine::saved() {
  impl_->saved_version = impl_->serialized_version;
  auto& held = impl_->held;
  auto keep = std::stable_partition(held.begin(), held.end(),
                                    [&](const auto& h) { return h.first > impl_->saved_version; });
  for (auto it = keep; it != held.end(); ++it) impl_->outgoing.push_back(std::move(it->second));
  held.erase(keep, held.end());
}

void Engine::on_connected() {
  impl_->reset_connection();
}
void Engine::on_disconnected() {
  impl_->reset_connection();
}

void Engine::on_message(std::string_view message, uint64_t now_ms) {
  impl_->last_now_ms = now_ms;
  auto batch = wire::decode_server_batch(message, kMaxIncomingBytes);
  if (!batch) {
    impl_->emit(
        event::ProtocolError{"The relay sent a message that does not parse; it was ignored."});
    return;
  }
  for (const auto& f : batch->frames()) impl_->handle_frame(f, now_ms);
  impl_->expire(now_ms);
  // One RoomAck per room, once the entries taken in are saved.
  for (const auto& [room, seq] : std::exchange(impl_->room_acks, {})) {
    wire::ClientFrame ack;
    ack.mutable_room_ack()->set_room(room);
    ack.mutable_room_ack()->set_seq(seq);
    impl_->queue_after_save(std::move(ack), /*with_id=*/false);
  }
  // One Ack for the whole message, once what was decrypted from it is saved.
  if (!impl_->acks.empty()) {
    wire::ClientFrame ack;
    for (uint64_t seq : impl_->acks) ack.mutable_ack()->add_seqs(seq);
    impl_->acks.clear();
    impl_->queue_after_save(std::move(ack), /*with_id=*/false);
  }
}

bool Engine::logged_in() const {
  return impl_->logged_in;
}
bool Engine::backlog_complete() const {
  return impl_->backlog_complete;
}

std::vector<std::string> Engine::take_outgoing() {
  std::vector<std::string> out;
  auto& frames = impl_->outgoing;
  const size_t max_bytes = impl_->max_message_bytes;
  std::string batch;
  int count = 0;
  for (const auto& f : frames) {
    std::string element = wire::encode_element(f);
    if (count > 0 && (count == kFramesPerBatch || batch.size() + element.size() > max_bytes)) {
      out.push_back(std::move(batch));
      batch.clear();
      count = 0;
    }
    batch += element;
    ++count;
  }
  if (count > 0) out.push_back(std::move(batch));
  frames.clear();
  return out;
}

std::vector<Event> Engine::take_events() {
  return std::exchange(impl_->events, {});
}

Result<RequestId> Engine::send_text(const AccountId& to, std::string_view text, uint64_t now_ms) {
  if (!registered()) return Error{Errc::permission, "This profile is not registered."};
  if (text.empty()) return Error{Errc::invalid_argument, "The message is empty."};
  if (text.size() > kMaxTextBytes) {
    return Error{Errc::invalid_argument, "The message is longer than 32 KiB."};
  }
  if (to.empty() || to == impl_->account_id) {
    return Error{Errc::invalid_argument, "A message needs another account as its recipient."};
  }
  content::DirectContent c;
  c.set_sender_name(impl_->name);
  c.set_sent_at_ms(now_ms);
  c.mutable_text()->set_text(std::string(text));
  const RequestId r = impl_->next_request++;
  impl_->waiting_sends[to].push_back({r, pad(c.SerializeAsString()), std::string(text), now_ms});
  impl_->advance(to);
  return r;
}

RequestId Engine::open_session(const AccountId& peer) {
  const RequestId r = impl_->next_request++;
  if (peer.empty() || peer == impl_->account_id) {
    impl_->emit(
        event::RequestFailed{r, Errc::invalid_argument, "A session needs another account."});
    return r;
  }
  impl_->session_waiters[peer].push_back(r);
  impl_->advance(peer);
  return r;
}

RequestId Engine::list_rooms() {
  const RequestId r = impl_->next_request++;
  if (!impl_->logged_in) {
    impl_->emit(event::RequestFailed{r, Errc::unavailable, "Not connected to the relay."});
    return r;
  }
  wire::ClientFrame f;
  f.mutable_list_rooms();
  impl_->in_flight[impl_->queue(std::move(f))] = {RequestKind::list_rooms, {}, {}, {}, r};
  return r;
}

namespace {
// A room request that needs a valid id and a log-in; 0 when it was answered at once.
RequestId room_request(Engine::Impl& impl, RequestId r, std::string_view room) {
  if (!valid_room_id(room)) {
    impl.emit(event::RequestFailed{r, Errc::not_found, "There is no such room."});
    return 0;
  }
  if (!impl.logged_in) {
    impl.emit(event::RequestFailed{r, Errc::unavailable, "Not connected to the relay."});
    return 0;
  }
  return r;
}
}  // namespace

RequestId Engine::join_room(std::string_view room, std::string_view invite_code) {
  const RequestId r = impl_->next_request++;
  if (!room_request(*impl_, r, room)) return r;
  wire::ClientFrame f;
  f.mutable_join_room()->set_room(std::string(room));
  f.mutable_join_room()->set_invite_code(std::string(invite_code));
  impl_->in_flight[impl_->queue(std::move(f))] = {
      RequestKind::join_room, {}, {}, std::string(room), r};
  return r;
}

RequestId Engine::leave_room(std::string_view room) {
  const RequestId r = impl_->next_request++;
  if (!room_request(*impl_, r, room)) return r;
  wire::ClientFrame f;
  f.mutable_leave_room()->set_room(std::string(room));
  impl_->in_flight[impl_->queue(std::move(f))] = {
      RequestKind::leave_room, {}, {}, std::string(room), r};
  return r;
}

RequestId Engine::list_members(std::string_view room) {
  const RequestId r = impl_->next_request++;
  if (!room_request(*impl_, r, room)) return r;
  wire::ClientFrame f;
  f.mutable_list_members()->set_room(std::string(room));
  impl_->in_flight[impl_->queue(std::move(f))] = {
      RequestKind::list_members, {}, {}, std::string(room), r};
  return r;
}

Result<RequestId> Engine::say(std::string_view room, std::string_view text, uint64_t now_ms,
                              bool alert) {
  if (!registered()) return Error{Errc::permission, "This profile is not registered."};
  if (!valid_room_id(room)) return Error{Errc::not_found, "There is no such room."};
  if (text.empty()) return Error{Errc::invalid_argument, "The message is empty."};
  if (text.size() > kMaxTextBytes) {
    return Error{Errc::invalid_argument, "The message is longer than 32 KiB."};
  }
  const RequestId r = impl_->next_request++;
  const std::string id(room);
  impl_->rooms[id].posts.push_back({r, std::string(text), now_ms, alert});
  impl_->advance_room(id);
  return r;
}

Result<RequestId> Engine::pin_alert(std::string_view room, std::string_view text,
                                    uint64_t duration_s, uint64_t now_ms) {
  if (duration_s == 0) return Error{Errc::invalid_argument, "A pin needs a duration."};
  RELAIS_TRY_ASSIGN(const RequestId r, say(room, text, now_ms, /*alert=*/true));
  impl_->rooms[std::string(room)].posts.back().pin_for_s = duration_s;
  return r;
}

namespace {

// Sends a moderation or administration frame whose answer the engine turns into an event.
RequestId admin_request(Engine::Impl& impl, RequestId r, wire::ClientFrame f,
                        std::string room = {}) {
  impl.in_flight[impl.queue(std::move(f))] = {RequestKind::admin, {}, {}, std::move(room), r};
  return r;
}

bool logged_in_or_fail(Engine::Impl& impl, RequestId r) {
  if (impl.logged_in) return true;
  impl.emit(event::RequestFailed{r, Errc::unavailable, "Not connected to the relay."});
  return false;
}

std::optional<wire::RoleGrant> to_grant(const RoleSpec& spec) {
  wire::RoleGrant g;
  if (spec.role == "moderator" && valid_room_id(spec.scope)) {
    g.set_role(wire::MODERATOR);
  } else if (spec.role == "outreach" && valid_room_id(spec.scope)) {
    g.set_role(wire::OUTREACH);
  } else if (spec.role == "admin" && spec.scope.empty()) {
    g.set_role(wire::ADMIN);
  } else {
    return std::nullopt;
  }
  g.set_scope(spec.scope);
  return g;
}

}  // namespace

RequestId Engine::mod_action(const ModCommand& c) {
  const RequestId r = impl_->next_request++;
  if (!room_request(*impl_, r, c.room)) return r;
  const bool on_member = c.kind <= ModKind::mute;
  if (on_member ? c.target.empty() : c.seq == 0) {
    impl_->emit(event::RequestFailed{
        r, Errc::invalid_argument,
        on_member ? "The action needs a member's id." : "The action needs a message number."});
    return r;
  }
  wire::ClientFrame f;
  auto* a = f.mutable_mod_action();
  a->set_kind(static_cast<wire::ModActionKind>(static_cast<int>(c.kind) + 1));
  a->set_room(c.room);
  if (on_member) a->set_target(c.target.bytes());
  a->set_seq(c.seq);
  a->set_duration_s(c.duration_s);
  return admin_request(*impl_, r, std::move(f), c.room);
}

RequestId Engine::list_join_requests(std::string_view room) {
  const RequestId r = impl_->next_request++;
  if (!room_request(*impl_, r, room)) return r;
  wire::ClientFrame f;
  f.mutable_list_join_requests()->set_room(std::string(room));
  return admin_request(*impl_, r, std::move(f), std::string(room));
}

RequestId Engine::read_mod_log(std::string_view room, uint64_t since_ms) {
  const RequestId r = impl_->next_request++;
  if (!room_request(*impl_, r, room)) return r;
  wire::ClientFrame f;
  f.mutable_read_mod_log()->set_room(std::string(room));
  f.mutable_read_mod_log()->set_since_ms(since_ms);
  return admin_request(*impl_, r, std::move(f), std::string(room));
}

namespace {
RequestId role_request(Engine::Impl& impl, const AccountId& who, const RoleSpec& role, bool grant) {
  const RequestId r = impl.next_request++;
  auto g = to_grant(role);
  if (!g || who.empty()) {
    impl.emit(event::RequestFailed{
        r, Errc::invalid_argument,
        who.empty() ? "The role needs an account id."
                    : "A role is 'moderator ROOM', 'outreach ORG' or 'admin'."});
    return r;
  }
  if (!logged_in_or_fail(impl, r)) return r;
  wire::ClientFrame f;
  auto* body = grant ? f.mutable_grant_role()->mutable_grant() : f.mutable_revoke_role()->mutable_grant();
  *body = *g;
  if (grant) {
    f.mutable_grant_role()->set_account_id(who.bytes());
  } else {
    f.mutable_revoke_role()->set_account_id(who.bytes());
  }
  return admin_request(impl, r, std::move(f));
}
}  // namespace

RequestId Engine::grant_role(const AccountId& who, const RoleSpec& role) {
  return role_request(*impl_, who, role, true);
}

RequestId Engine::revoke_role(const AccountId& who, const RoleSpec& role) {
  return role_request(*impl_, who, role, false);
}

RequestId Engine::create_room(const RoomSpec& spec) {
  const RequestId r = impl_->next_request++;
  wire::JoinPolicy policy = wire::POLICY_UNSPECIFIED;
  if (spec.policy == "open") policy = wire::OPEN;
  if (spec.policy == "knock") policy = wire::KNOCK;
  if (spec.policy == "invite") policy = wire::INVITE;
  std::string problem;
  if (!valid_room_id(spec.room)) problem = "A room id is lowercase letters, digits and '-'.";
  if (!check_name(spec.name_fr).ok() || !check_name(spec.name_nl).ok()) {
    problem = "A room needs a French and a Dutch name of at most 64 bytes.";
  }
  if (policy == wire::POLICY_UNSPECIFIED) problem = "The join policy is open, knock or invite.";
  if (!spec.region.empty() && !valid_room_id(spec.region)) {
    problem = "A region is lowercase letters, digits and '-'.";
  }
  if (!problem.empty()) {
    impl_->emit(event::RequestFailed{r, Errc::invalid_argument, problem});
    return r;
  }
  if (!logged_in_or_fail(*impl_, r)) return r;
  wire::ClientFrame f;
  auto* info = f.mutable_create_room()->mutable_room();
  info->set_room(spec.room);
  info->set_name_fr(spec.name_fr);
  info->set_name_nl(spec.name_nl);
  info->set_policy(policy);
  info->set_retention_s(spec.retention_s);
  info->set_message_lifetime_s(spec.message_lifetime_s);
  info->set_max_members(spec.max_members);
  info->set_region(spec.region);
  return admin_request(*impl_, r, std::move(f), spec.room);
}

RequestId Engine::create_invite(std::string_view room, uint32_t uses, uint64_t valid_for_s,
                                const std::optional<RoleSpec>& grants) {
  const RequestId r = impl_->next_request++;
  if (!room.empty() && !valid_room_id(room)) {
    impl_->emit(event::RequestFailed{r, Errc::not_found, "There is no such room."});
    return r;
  }
  std::optional<wire::RoleGrant> g;
  if (grants) {
    g = to_grant(*grants);
    if (!g) {
      impl_->emit(event::RequestFailed{
          r, Errc::invalid_argument, "A role is 'moderator ROOM', 'outreach ORG' or 'admin'."});
      return r;
    }
  }
  if (!logged_in_or_fail(*impl_, r)) return r;
  wire::ClientFrame f;
  auto* ci = f.mutable_create_invite();
  ci->set_room(std::string(room));
  ci->set_uses(uses);
  ci->set_valid_for_s(valid_for_s);
  if (g) *ci->mutable_grants() = *g;
  return admin_request(*impl_, r, std::move(f), std::string(room));
}

Result<RequestId> Engine::report(std::string_view room, uint64_t seq, ReportReason reason,
                                 std::string_view comment, uint64_t now_ms) {
  if (!registered()) return Error{Errc::permission, "This profile is not registered."};
  if (!valid_room_id(room)) return Error{Errc::not_found, "There is no such room."};
  if (comment.size() > kMaxCommentBytes) {
    return Error{Errc::invalid_argument, "The comment is longer than 2 KiB."};
  }
  if (!impl_->logged_in) return Error{Errc::unavailable, "Not connected to the relay."};
  return impl_->start_report(std::string(room), seq, reason, comment, now_ms);
}

std::vector<ReportView> Engine::reports() const {
  std::vector<ReportView> out;
  for (const auto& r : impl_->reports) out.push_back(Impl::view(r));
  return out;
}

size_t Engine::reports_unchecked() const {
  return static_cast<size_t>(std::count_if(impl_->reports.begin(), impl_->reports.end(),
                                           [](const auto& r) { return !r.checked(); }));
}

namespace {
constexpr std::string_view kModWords[] = {"approve", "refuse", "kick",   "ban",  "unban",
                                          "mute",    "remove", "pin",    "unpin"};
constexpr std::string_view kReasonWords[] = {"harassment", "doxing", "exploitation",
                                             "threat",     "spam",   "other"};
}  // namespace

std::optional<ModKind> mod_kind_from_word(std::string_view word) {
  for (size_t i = 0; i < std::size(kModWords); ++i) {
    if (kModWords[i] == word) return static_cast<ModKind>(i);
  }
  return std::nullopt;
}

const char* mod_kind_word(ModKind kind) {
  return kModWords[static_cast<size_t>(kind)].data();
}

std::optional<ReportReason> report_reason_from_word(std::string_view word) {
  for (size_t i = 0; i < std::size(kReasonWords); ++i) {
    if (kReasonWords[i] == word) return static_cast<ReportReason>(i);
  }
  return std::nullopt;
}

const char* report_reason_word(ReportReason reason) {
  return kReasonWords[static_cast<size_t>(reason)].data();
}

std::vector<std::string> Engine::joined_rooms() const {
  std::vector<std::string> out;
  for (const auto& [room, r] : impl_->rooms) {
    if (r.joined) out.push_back(room);
  }
  return out;
}

std::vector<RoomItem> Engine::room_history(std::string_view room) const {
  auto it = impl_->rooms.find(room);
  if (it == impl_->rooms.end()) return {};
  return {it->second.items.begin(), it->second.items.end()};
}

std::vector<RoomItem> Engine::take_room_unread() {
  std::vector<RoomItem> out;
  for (auto& [_, r] : impl_->rooms) {
    for (auto& i : r.items) {
      if (!i.unread) continue;
      i.unread = false;
      out.push_back(i);
    }
  }
  if (!out.empty()) impl_->changed();
  return out;
}

std::optional<std::string> Engine::pseudonym(const AccountId& id) const {
  auto it = impl_->pseudonyms.find(id);
  if (it == impl_->pseudonyms.end()) return std::nullopt;
  return it->second;
}

void Engine::tick(uint64_t now_ms) {
  impl_->expire(now_ms);
}

size_t Engine::pending_room_entries(std::string_view room) const {
  auto it = impl_->rooms.find(room);
  return it == impl_->rooms.end() ? 0 : it->second.pending.size();
}

// ---- Organisations and permanences

namespace {

bool valid_language(std::string_view l) {
  return l.size() == 2 && std::all_of(l.begin(), l.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// An org-scoped request: a usable org id and a log-in, else answered at once (returns false).
bool org_request(Engine::Impl& impl, RequestId r, std::string_view org) {
  if (!valid_room_id(org)) {
    impl.emit(event::RequestFailed{r, Errc::not_found, "There is no such organisation."});
    return false;
  }
  return logged_in_or_fail(impl, r);
}

bool ticket_request(Engine::Impl& impl, RequestId r, std::string_view ticket) {
  const bool plain = std::all_of(ticket.begin(), ticket.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
  if (ticket.empty() || ticket.size() > 32 || !plain) {
    impl.emit(event::RequestFailed{r, Errc::not_found, "There is no such ticket."});
    return false;
  }
  return logged_in_or_fail(impl, r);
}

}  // namespace

RequestId Engine::create_org(const OrgSpec& org) {
  const RequestId r = impl_->next_request++;
  std::string problem;
  if (!valid_room_id(org.org)) problem = "An organisation id is lowercase letters, digits and '-'.";
  if (!check_name(org.name).ok()) problem = "An organisation needs a name of at most 64 bytes.";
  if (!std::all_of(org.languages.begin(), org.languages.end(), valid_language)) {
    problem = "Languages are two-letter codes such as fr, nl, en.";
  }
  if (!org.region.empty() && !valid_room_id(org.region)) problem = "The region is a room id.";
  if (!problem.empty()) {
    impl_->emit(event::RequestFailed{r, Errc::invalid_argument, problem});
    return r;
  }
  if (!logged_in_or_fail(*impl_, r)) return r;
  wire::ClientFrame f;
  auto* o = f.mutable_create_org()->mutable_org();
  o->set_org(org.org);
  o->set_name(org.name);
  o->set_description(org.description);
  for (const auto& l : org.languages) o->add_languages(l);
  o->set_contact(org.contact);
  o->set_region(org.region);
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::list_orgs() {
  const RequestId r = impl_->next_request++;
  if (!logged_in_or_fail(*impl_, r)) return r;
  wire::ClientFrame f;
  f.mutable_list_orgs();
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::add_slot(std::string_view org, const SlotSpec& slot) {
  const RequestId r = impl_->next_request++;
  static const char* const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  int weekday = 0;
  for (int i = 0; i < 7; ++i) {
    if (slot.weekday == kDays[i]) weekday = i + 1;
  }
  std::string problem;
  if (slot.weekday.empty() == slot.date.empty()) problem = "A slot has a weekday or a date.";
  if (!slot.weekday.empty() && weekday == 0) problem = "The weekday is mon, tue, ... or sun.";
  if (!valid_room_id(slot.room)) problem = "A slot needs a room.";
  if (!std::all_of(slot.languages.begin(), slot.languages.end(), valid_language)) {
    problem = "Languages are two-letter codes such as fr, nl, en.";
  }
  if (!problem.empty()) {
    impl_->emit(event::RequestFailed{r, Errc::invalid_argument, problem});
    return r;
  }
  if (!org_request(*impl_, r, org)) return r;
  wire::ClientFrame f;
  f.mutable_add_slot()->set_org(std::string(org));
  auto* sl = f.mutable_add_slot()->mutable_slot();
  sl->set_room(slot.room);
  sl->set_weekday(static_cast<wire::Weekday>(weekday));
  sl->set_date(slot.date);
  sl->set_start(slot.start);
  sl->set_end(slot.end);
  for (const auto& l : slot.languages) sl->add_languages(l);
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::remove_slot(std::string_view org, uint64_t slot_id) {
  const RequestId r = impl_->next_request++;
  if (!org_request(*impl_, r, org)) return r;
  wire::ClientFrame f;
  f.mutable_remove_slot()->set_org(std::string(org));
  f.mutable_remove_slot()->set_slot_id(slot_id);
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::cancel_date(std::string_view org, std::string_view date) {
  const RequestId r = impl_->next_request++;
  if (!org_request(*impl_, r, org)) return r;
  wire::ClientFrame f;
  f.mutable_cancel_date()->set_org(std::string(org));
  f.mutable_cancel_date()->set_date(std::string(date));
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::list_permanences() {
  const RequestId r = impl_->next_request++;
  if (!logged_in_or_fail(*impl_, r)) return r;
  wire::ClientFrame f;
  f.mutable_list_permanences();
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::staff_open(std::string_view org, std::string_view room) {
  const RequestId r = impl_->next_request++;
  if (!org_request(*impl_, r, org)) return r;
  wire::ClientFrame f;
  f.mutable_staff_open()->set_org(std::string(org));
  f.mutable_staff_open()->set_room(std::string(room));
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::staff_close(std::string_view org) {
  const RequestId r = impl_->next_request++;
  if (!org_request(*impl_, r, org)) return r;
  wire::ClientFrame f;
  f.mutable_staff_close()->set_org(std::string(org));
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::knock(std::string_view org, std::string_view language) {
  const RequestId r = impl_->next_request++;
  if (!language.empty() && !valid_language(language)) {
    impl_->emit(event::RequestFailed{r, Errc::invalid_argument,
                                     "A language is a two-letter code such as fr, nl, en."});
    return r;
  }
  if (!org_request(*impl_, r, org)) return r;
  wire::ClientFrame f;
  f.mutable_knock()->set_org(std::string(org));
  f.mutable_knock()->set_language(std::string(language));
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::ticket_status() {
  const RequestId r = impl_->next_request++;
  if (!logged_in_or_fail(*impl_, r)) return r;
  wire::ClientFrame f;
  f.mutable_ticket_status();
  impl_->in_flight[impl_->queue(std::move(f))] = {RequestKind::admin, {}, {}, {}, r, {}, "status"};
  return r;
}

RequestId Engine::ticket_leave() {
  const RequestId r = impl_->next_request++;
  if (!logged_in_or_fail(*impl_, r)) return r;
  wire::ClientFrame f;
  f.mutable_ticket_leave();
  impl_->in_flight[impl_->queue(std::move(f))] = {RequestKind::admin, {}, {}, {}, r, {}, "leave"};
  return r;
}

RequestId Engine::answer_handoff(std::string_view ticket, bool accept) {
  const RequestId r = impl_->next_request++;
  if (!ticket_request(*impl_, r, ticket)) return r;
  wire::ClientFrame f;
  f.mutable_handoff_answer()->set_ticket(std::string(ticket));
  f.mutable_handoff_answer()->set_accept(accept);
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::staff_queue(std::string_view org) {
  const RequestId r = impl_->next_request++;
  if (!org_request(*impl_, r, org)) return r;
  wire::ClientFrame f;
  f.mutable_staff_queue()->set_org(std::string(org));
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::staff_take(std::string_view ticket) {
  const RequestId r = impl_->next_request++;
  if (!ticket_request(*impl_, r, ticket)) return r;
  wire::ClientFrame f;
  f.mutable_staff_take()->set_ticket(std::string(ticket));
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::staff_handoff(std::string_view ticket, const AccountId& to_worker) {
  const RequestId r = impl_->next_request++;
  if (to_worker.empty() || to_worker == impl_->account_id) {
    impl_->emit(event::RequestFailed{r, Errc::invalid_argument, "A handoff needs a colleague."});
    return r;
  }
  if (!ticket_request(*impl_, r, ticket)) return r;
  wire::ClientFrame f;
  f.mutable_staff_handoff()->set_ticket(std::string(ticket));
  f.mutable_staff_handoff()->set_to_worker(to_worker.bytes());
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::end_ticket(std::string_view ticket) {
  const RequestId r = impl_->next_request++;
  if (!ticket_request(*impl_, r, ticket)) return r;
  wire::ClientFrame f;
  f.mutable_ticket_end()->set_ticket(std::string(ticket));
  impl_->in_flight[impl_->queue(std::move(f))] = {
      RequestKind::admin, {}, {}, {}, r, {}, "end:" + std::string(ticket)};
  return r;
}

Result<RequestId> Engine::ticket_say(std::string_view ticket, std::string_view text,
                                     uint64_t now_ms) {
  auto it = impl_->tickets.find(ticket);
  if (it == impl_->tickets.end()) {
    return Error{Errc::not_found, "This device holds no conversation for that ticket."};
  }
  auto peer = AccountId::from_bytes(it->second.peer());
  if (!peer || peer->empty()) {
    return Error{Errc::unavailable, "No worker has taken the ticket yet; wait for one."};
  }
  if (text.empty()) return Error{Errc::invalid_argument, "The message is empty."};
  if (text.size() > kMaxTextBytes) {
    return Error{Errc::invalid_argument, "The message is longer than 32 KiB."};
  }
  content::DirectContent c;
  c.set_sender_name(impl_->name);
  c.set_sent_at_ms(now_ms);
  c.mutable_text()->set_text(std::string(text));
  c.mutable_text()->set_ticket(it->first);
  const RequestId r = impl_->next_request++;
  PlainSend send{r, pad(c.SerializeAsString()), std::string(text), now_ms, false, it->first};
  impl_->waiting_sends[*peer].push_back(std::move(send));
  impl_->advance(*peer);
  return r;
}

std::vector<TicketConversation> Engine::ticket_conversations() const {
  std::vector<TicketConversation> out;
  for (const auto& [_, t] : impl_->tickets) out.push_back(impl_->conversation(t));
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.last_ms > b.last_ms; });
  return out;
}

Result<RequestId> Engine::leave_message(std::string_view org, std::string_view text,
                                        uint64_t now_ms) {
  if (!registered()) return Error{Errc::permission, "This profile is not registered."};
  if (!valid_room_id(org)) return Error{Errc::not_found, "There is no such organisation."};
  if (text.empty()) return Error{Errc::invalid_argument, "The message is empty."};
  if (text.size() > kMaxTextBytes) {
    return Error{Errc::invalid_argument, "The message is longer than 32 KiB."};
  }
  if (!impl_->logged_in) return Error{Errc::unavailable, "Not connected to the relay."};
  const std::string message_id = crypto::random_bytes(kMessageIdSize);
  content::DirectContent c;
  c.set_sender_name(impl_->name);
  c.set_sent_at_ms(now_ms);
  c.mutable_org_message()->set_org(std::string(org));
  c.mutable_org_message()->set_text(std::string(text));
  c.mutable_org_message()->set_message_id(message_id);
  const RequestId r = impl_->next_request++;
  impl_->org_messages_out[message_id] = {r, std::string(org), pad(c.SerializeAsString()), 0, 0};
  wire::ClientFrame f;
  f.mutable_list_workers()->set_org(std::string(org));
  InFlight in{RequestKind::org_workers, {}, {}, std::string(org), r};
  in.report_id = message_id;
  impl_->in_flight[impl_->queue(std::move(f))] = std::move(in);
  return r;
}

RequestId Engine::mark_handled(std::string_view org, std::string_view message_id_hex) {
  const RequestId r = impl_->next_request++;
  auto id = from_hex(message_id_hex);
  if (!id || id->size() != kMessageIdSize) {
    impl_->emit(event::RequestFailed{r, Errc::invalid_argument,
                                     "A message id is 32 hexadecimal digits (see staff inbox)."});
    return r;
  }
  if (!org_request(*impl_, r, org)) return r;
  wire::ClientFrame f;
  f.mutable_org_message_handled()->set_org(std::string(org));
  f.mutable_org_message_handled()->set_message_id(*id);
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::staff_inbox(std::string_view org) {
  const RequestId r = impl_->next_request++;
  if (!org_request(*impl_, r, org)) return r;
  wire::ClientFrame f;
  f.mutable_staff_inbox()->set_org(std::string(org));
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::staff_stats(std::string_view org, std::string_view period) {
  const RequestId r = impl_->next_request++;
  if (!org_request(*impl_, r, org)) return r;
  wire::ClientFrame f;
  f.mutable_staff_stats()->set_org(std::string(org));
  f.mutable_staff_stats()->set_period(std::string(period));
  return admin_request(*impl_, r, std::move(f));
}

RequestId Engine::get_resources() {
  const RequestId r = impl_->next_request++;
  if (!logged_in_or_fail(*impl_, r)) return r;
  wire::ClientFrame f;
  f.mutable_get_resources()->set_version(impl_->resources_json.empty() ? ""
                                                                       : impl_->resources_version);
  return admin_request(*impl_, r, std::move(f));
}

std::optional<std::string> Engine::cached_resources() const {
  if (impl_->resources_json.empty()) return std::nullopt;
  return impl_->resources_json;
}

}  // namespace relais::engine

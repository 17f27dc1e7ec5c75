// The engine's core: construction, the saved state, the dispatch of incoming frames, and the
// public API that belongs to no one concern. The concerns are in engine_*.cpp; see engine_impl.h.

#include "core/engine/engine.h"

#include <algorithm>
#include <utility>

#include "core/engine/engine_impl.h"
#include "core/wire/frames.h"
#include "relais.pb.h"
#include "state.pb.h"  // generated from core/engine/state.proto

namespace relais::engine {

using detail::admin_request;
using detail::logged_in_or_fail;
using detail::policy_word;
using detail::role_word;
using detail::room_request;
using detail::sanitize_name;
using detail::to_wire;
using detail::valid_room_id;

namespace {

constexpr uint32_t kStateFormat = 1;
constexpr int kFramesPerBatch = 256;  // below wire::kMaxFramesPerBatch, with room to spare

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

}  // namespace

namespace detail {

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

wire::EnvelopeType to_wire(signal::MessageType t) {
  return t == signal::MessageType::prekey ? wire::PREKEY_MESSAGE : wire::SIGNAL_MESSAGE;
}

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

RequestId admin_request(Engine::Impl& impl, RequestId r, wire::ClientFrame f, std::string room) {
  impl.in_flight[impl.queue(std::move(f))] = {RequestKind::admin, {}, {}, std::move(room), r};
  return r;
}

bool logged_in_or_fail(Engine::Impl& impl, RequestId r) {
  if (impl.logged_in) return true;
  impl.emit(event::RequestFailed{r, Errc::unavailable, "Not connected to the relay."});
  return false;
}

}  // namespace detail

void Engine::Impl::emit(Event e) {
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

uint64_t Engine::Impl::queue(wire::ClientFrame frame, bool with_id) {
  const uint64_t id = with_id ? next_wire_id++ : 0;
  frame.set_id(id);
  outgoing.push_back(std::move(frame));
  return id;
}

// Frames that must not leave before the current state is durable (acks, sends, prekeys).
uint64_t Engine::Impl::queue_after_save(wire::ClientFrame frame, bool with_id) {
  if (version == saved_version) return queue(std::move(frame), with_id);
  const uint64_t id = with_id ? next_wire_id++ : 0;
  frame.set_id(id);
  held.emplace_back(version, std::move(frame));
  return id;
}

void Engine::Impl::reset_connection() {
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

// ---- Frames in

void Engine::Impl::handle_frame(const wire::ServerFrame& f, uint64_t now_ms) {
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

void Engine::Impl::handle_answer(const InFlight& req, const wire::ServerFrame& f) {
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

void Engine::Impl::fail_unexpected(RequestId request) {
  unexpected_answer();
  emit(event::RequestFailed{request, Errc::protocol,
                            "The relay answered with the wrong kind of frame."});
}

void Engine::Impl::auth_unexpected() {
  emit(event::AuthFailed{Errc::protocol,
                         "The relay answered the log-in with the wrong kind of frame."});
}

void Engine::Impl::unexpected_answer() {
  emit(event::ProtocolError{"The relay answered a request with the wrong kind of frame."});
}

// ---- State

state::EngineState Engine::Impl::to_state() const {
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

Status Engine::Impl::from_state(const state::EngineState& s) {
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

// ---- The public API

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

}  // namespace relais::engine

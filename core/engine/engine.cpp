// The engine: its components over one shared link, the frames the relay pushes routed to the
// component they concern (answers go to their request's continuation, see link.h), the saved
// state assembled from each component's part, and the public face forwarded to the components.

#include "core/engine/engine.h"

#include <utility>

#include "core/engine/direct.h"
#include "core/engine/identities.h"
#include "core/engine/link.h"
#include "core/engine/moderation.h"
#include "core/engine/permanences.h"
#include "core/engine/rooms.h"
#include "core/engine/session.h"
#include "core/engine/wire_kinds.h"
#include "core/wire/contract.h"
#include "core/wire/frames.h"
#include "relais.pb.h"
#include "state.pb.h"  // generated from core/engine/state.proto

namespace relais::engine {

namespace {
constexpr uint32_t kStateFormat = 1;
}  // namespace

struct Engine::Impl {
  Link link;
  Session session{link};
  Direct direct{link, session};
  Identities identities{link, session, direct};
  Rooms rooms{link, session, direct, identities};
  Moderation moderation{link, session, direct, rooms};
  Permanences permanences{link, session, direct};

  Impl() {
    session.on_logged_in([this] { after_login(); });
    direct.set_routes(
        {[this](const AccountId& from, const content::SenderKeyDistribution& sk) {
           rooms.receive_sender_key(from, sk);
         },
         [this](const AccountId& from, const std::string& name, const content::Report& r,
                uint64_t now_ms) { moderation.receive_report(from, name, r, now_ms); },
         [this](const AccountId& from, const content::DirectContent& c,
                const std::string& message_id,
                uint64_t at_ms) { permanences.receive(from, c, message_id, at_ms); },
         [this](const std::string& ticket, uint64_t at_ms) {
           permanences.ticket_sent(ticket, at_ms);
         },
         [this](const AccountId& from) { identities.identity_changed(from); }});
    session.on_identity_replaced(
        [this](const AccountId& peer) { identities.identity_changed(peer); });
  }

  // What waited for a log-in: unconfirmed sends and posts, rooms, verdicts, peers.
  void after_login() {
    direct.after_login();
    rooms.after_login();
    moderation.after_login();
    session.after_login();
    permanences.after_login();  // what became of our tickets while we were away
  }

  void reset_connection() {
    session.reset_connection();
    direct.reset_connection();
    rooms.reset_connection();
    moderation.reset_connection();
    permanences.reset_connection();
    link.reset();
  }

  // A frame the relay pushed (id 0): to the component it concerns, one line each.
  void handle_push(const wire::ServerFrame& f, uint64_t now_ms) {
    switch (f.body_case()) {
      case wire::ServerFrame::kChallenge:
        return session.handle_challenge(f.challenge());
      case wire::ServerFrame::kPrekeyCount:
        return session.handle_prekey_count(f.prekey_count());
      case wire::ServerFrame::kEnvelope:
        return direct.handle_envelope(f.envelope());
      case wire::ServerFrame::kRoomEntry:
        return rooms.handle_room_entry(f.room_entry(), now_ms);
      case wire::ServerFrame::kJoined:
        return rooms.handle_knock_answer(f.joined());
      // What became of a ticket waits for the envelopes the relay delivered before it (one may
      // wait for its sender's identity key): a message its holder sent before an end or a
      // handoff is taken in while the ticket was still hers, in the relay's order.
      case wire::ServerFrame::kTicket:
        return direct.after_taken_in(
            [this, t = f.ticket()] { permanences.handle_ticket_push(t); });
      case wire::ServerFrame::kTicketAssigned:
        return direct.after_taken_in(
            [this, a = f.ticket_assigned()] { permanences.handle_ticket_assigned_push(a); });
      case wire::ServerFrame::kHandoffOffer:
        return direct.after_taken_in(
            [this, o = f.handoff_offer()] { permanences.handle_handoff_offer(o); });
      case wire::ServerFrame::kTicketClosed:
        return direct.after_taken_in(
            [this, c = f.ticket_closed()] { permanences.handle_ticket_closed(c); });
      case wire::ServerFrame::kPermanenceEvent:
        return permanences.handle_permanence_event(f.permanence_event());
      case wire::ServerFrame::kPermanenceClosed:
        return permanences.handle_door_closed(f.permanence_closed());
      // After the envelopes delivered before it, so that a report on its way is held first.
      case wire::ServerFrame::kHandledReports:
        return direct.after_taken_in(
            [this, h = f.handled_reports()] { moderation.handle_handled(h); });
      case wire::ServerFrame::kError: {
        const Failure e = relay_failure(f.error());
        return link.emit(event::ServerError{e});
      }
      case wire::ServerFrame::kPong:
      case wire::ServerFrame::kOk:
        return;
      case wire::ServerFrame::BODY_NOT_SET:
        return link.emit(event::ProtocolError{Problem::unknown_frame});
      default:
        return link.emit(event::ProtocolError{Problem::unhandled_frame});
    }
  }

  state::EngineState to_state() const {
    state::EngineState s;
    s.set_format(kStateFormat);
    session.save(s);
    direct.save(s);
    identities.save(s);
    rooms.save(s);
    moderation.save(s);
    permanences.save(s);
    return s;
  }

  Status from_state(const state::EngineState& s) {
    if (s.format() != kStateFormat)
      return Error{Errc::corrupt, "The saved client state is damaged."};
    RELAIS_TRY(session.load(s));
    RELAIS_TRY(direct.load(s));
    RELAIS_TRY(identities.load(s));
    RELAIS_TRY(rooms.load(s));
    moderation.load(s);
    permanences.load(s);
    return ok_status();
  }
};

// ---- Life and persistence

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;
Engine::~Engine() = default;

Result<Engine> Engine::create(Profile profile) {
  auto impl = std::make_unique<Impl>();
  RELAIS_TRY(impl->session.create(std::move(profile)));
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
  return impl_->link.needs_save();
}

std::string Engine::serialize() {
  impl_->link.serializing();
  return impl_->to_state().SerializeAsString();
}

void Engine::saved() {
  impl_->link.saved();
}

// ---- The connection

void Engine::on_connected() {
  impl_->reset_connection();
}
void Engine::on_disconnected() {
  impl_->reset_connection();
}

void Engine::on_message(std::string_view message, uint64_t now_ms) {
  Impl& impl = *impl_;
  impl.link.set_now(now_ms);
  auto batch = wire::decode_server_batch(message, kMaxIncomingBytes);
  if (!batch) {
    impl.link.emit(event::ProtocolError{Problem::unreadable_message});
    return;
  }
  for (const auto& f : batch->frames()) {
    if (f.id() != 0) {
      impl.link.answer(f);
    } else {
      impl.handle_push(f, now_ms);
    }
  }
  impl.rooms.expire(now_ms);
  // One RoomAck per room, once the entries taken in are saved.
  for (const auto& [room, seq] : impl.rooms.take_acks()) {
    wire::ClientFrame ack;
    ack.mutable_room_ack()->set_room(room);
    ack.mutable_room_ack()->set_seq(seq);
    impl.link.tell_after_save(std::move(ack));
  }
  // One Ack for the whole message, once what was decrypted from it is saved.
  if (auto seqs = impl.direct.take_acks(); !seqs.empty()) {
    wire::ClientFrame ack;
    for (uint64_t seq : seqs) ack.mutable_ack()->add_seqs(seq);
    impl.link.tell_after_save(std::move(ack));
  }
}

bool Engine::logged_in() const {
  return impl_->session.logged_in();
}
bool Engine::backlog_complete() const {
  return impl_->session.backlog_complete();
}
bool Engine::holds_role(Role role) const {
  return impl_->session.has_role(to_wire(role));
}
std::vector<std::string> Engine::take_outgoing() {
  return impl_->link.take_outgoing();
}
std::vector<Event> Engine::take_events() {
  return impl_->link.take_events();
}

// ---- Session

bool Engine::registered() const {
  return impl_->session.registered();
}
AccountId Engine::account_id() const {
  return impl_->session.self();
}
const std::string& Engine::name() const {
  return impl_->session.name();
}
const std::string& Engine::server_url() const {
  return impl_->session.server_url();
}
const std::string& Engine::ca_file() const {
  return impl_->session.ca_file();
}
const std::vector<std::string>& Engine::relay_languages() const {
  return impl_->session.relay_languages();
}
std::string Engine::fingerprint() const {
  return impl_->session.fingerprint();
}
std::vector<Contact> Engine::contacts() const {
  return impl_->session.contacts();
}
std::optional<AccountId> Engine::find_contact(std::string_view name) const {
  return impl_->session.find_contact(name);
}
std::optional<std::string> Engine::contact_name(const AccountId& id) const {
  return impl_->session.contact_name(id);
}
Checked<void> Engine::add_contact(std::string_view name, const AccountId& id) {
  return impl_->session.add_contact(name, id);
}
bool Engine::has_session(const AccountId& peer) const {
  return impl_->session.has_session(peer);
}
Result<std::string> Engine::safety_number(const AccountId& peer) const {
  return impl_->session.safety_number(peer);
}
RequestId Engine::open_session(const AccountId& peer) {
  return impl_->session.open_session(peer);
}

// ---- People

Person Engine::person(const AccountId& id) const {
  return impl_->identities.person(id);
}
std::vector<Person> Engine::people_named(std::string_view text) const {
  return impl_->identities.people_named(text);
}
RequestId Engine::learn_identities(const std::vector<AccountId>& ids) {
  return impl_->identities.learn_identities(ids);
}
Status Engine::verify(const AccountId& peer) {
  return impl_->identities.verify(peer);
}
Status Engine::unverify(const AccountId& peer) {
  return impl_->identities.unverify(peer);
}
Status Engine::accept_key(const AccountId& peer) {
  return impl_->identities.accept_key(peer);
}

// ---- Direct messages

std::string Engine::display_name(const Message& message) const {
  return impl_->direct.display_name(message);
}
std::vector<Message> Engine::history() const {
  return {impl_->direct.history().begin(), impl_->direct.history().end()};
}
std::vector<Message> Engine::take_unread() {
  return impl_->direct.take_unread();
}
Checked<RequestId> Engine::send_text(const AccountId& to, std::string_view text, uint64_t now_ms) {
  if (impl_->identities.must_confirm(to)) return failure(Problem::identity_changed);
  return impl_->direct.send_text(to, text, now_ms);
}
std::optional<std::string> Engine::pseudonym(const AccountId& id) const {
  return impl_->direct.pseudonym(id);
}

// ---- Rooms

RequestId Engine::list_rooms() {
  return impl_->rooms.list_rooms();
}
RequestId Engine::join_room(std::string_view room, std::string_view invite_code) {
  return impl_->rooms.join_room(room, invite_code);
}
RequestId Engine::leave_room(std::string_view room) {
  return impl_->rooms.leave_room(room);
}
RequestId Engine::list_members(std::string_view room) {
  return impl_->rooms.list_members(room);
}
Checked<RequestId> Engine::say(std::string_view room, std::string_view text, uint64_t now_ms,
                               bool alert) {
  return impl_->rooms.say(room, text, now_ms, alert);
}
std::vector<std::string> Engine::joined_rooms() const {
  return impl_->rooms.joined_rooms();
}
std::vector<RoomItem> Engine::room_history(std::string_view room) const {
  return impl_->rooms.history(room);
}
std::vector<RoomItem> Engine::take_room_unread() {
  return impl_->rooms.take_unread();
}
void Engine::tick(uint64_t now_ms) {
  impl_->rooms.expire(now_ms);
}
size_t Engine::pending_room_entries(std::string_view room) const {
  return impl_->rooms.pending_entries(room);
}

// ---- Moderation

RequestId Engine::mod_action(const ModCommand& command) {
  return impl_->moderation.mod_action(command);
}
Checked<RequestId> Engine::pin_alert(std::string_view room, std::string_view text,
                                     uint64_t duration_s, uint64_t now_ms) {
  // The pin's own rules, checked before the alert is posted.
  if (duration_s == 0) {
    return invalid(wire::violation(wire::FIELD_DURATION, wire::RULE_MISSING));
  }
  if (duration_s > wire::kMaxActionS) {
    return invalid(
        wire::violation(wire::FIELD_DURATION, wire::RULE_OUT_OF_RANGE, wire::kMaxActionS));
  }
  return impl_->rooms.say(room, text, now_ms, /*alert=*/true, duration_s);
}
RequestId Engine::list_join_requests(std::string_view room) {
  return impl_->moderation.list_join_requests(room);
}
RequestId Engine::read_mod_log(std::string_view room, uint64_t since_ms) {
  return impl_->moderation.read_mod_log(room, since_ms);
}
RequestId Engine::grant_role(const AccountId& who, const RoleSpec& role) {
  return impl_->moderation.change_role(who, role, /*grant=*/true);
}
RequestId Engine::revoke_role(const AccountId& who, const RoleSpec& role) {
  return impl_->moderation.change_role(who, role, /*grant=*/false);
}
RequestId Engine::create_room(const RoomSpec& spec) {
  return impl_->moderation.create_room(spec);
}
RequestId Engine::create_invite(std::string_view room, uint32_t uses, uint64_t valid_for_s,
                                const std::optional<RoleSpec>& grants) {
  return impl_->moderation.create_invite(room, uses, valid_for_s, grants);
}
Checked<RequestId> Engine::report(std::string_view room, uint64_t seq, ReportReason reason,
                                  std::string_view comment, uint64_t now_ms) {
  return impl_->moderation.report(room, seq, reason, comment, now_ms);
}
std::vector<ReportView> Engine::reports() const {
  return impl_->moderation.reports();
}
RequestId Engine::mark_report_handled(std::string_view report_id) {
  return impl_->moderation.mark_report_handled(report_id);
}
bool Engine::reports_settled() const {
  return impl_->moderation.reports_settled();
}
size_t Engine::reports_unchecked() const {
  return impl_->moderation.reports_unchecked();
}

// ---- Permanences

RequestId Engine::create_org(const OrgSpec& org) {
  return impl_->permanences.create_org(org);
}
RequestId Engine::list_orgs() {
  return impl_->permanences.list_orgs();
}
RequestId Engine::add_slot(std::string_view org, const SlotSpec& slot) {
  return impl_->permanences.add_slot(org, slot);
}
RequestId Engine::remove_slot(std::string_view org, uint64_t slot_id) {
  return impl_->permanences.remove_slot(org, slot_id);
}
RequestId Engine::cancel_date(std::string_view org, std::string_view date) {
  return impl_->permanences.cancel_date(org, date);
}
RequestId Engine::list_permanences(bool watch) {
  return impl_->permanences.list_permanences(watch);
}
RequestId Engine::staff_open(std::string_view org, std::string_view room) {
  return impl_->permanences.staff_open(org, room);
}
RequestId Engine::staff_close(std::string_view org) {
  return impl_->permanences.staff_close(org);
}
RequestId Engine::knock(std::string_view org, std::string_view language, bool anyway) {
  return impl_->permanences.knock(org, language, anyway);
}
RequestId Engine::ticket_status() {
  return impl_->permanences.ticket_status();
}
RequestId Engine::ticket_leave() {
  return impl_->permanences.ticket_leave();
}
RequestId Engine::answer_handoff(std::string_view ticket, bool accept) {
  return impl_->permanences.answer_handoff(ticket, accept);
}
RequestId Engine::staff_queue(std::string_view org) {
  return impl_->permanences.staff_queue(org);
}
RequestId Engine::staff_take(std::string_view ticket) {
  return impl_->permanences.staff_take(ticket);
}
RequestId Engine::staff_status() {
  return impl_->permanences.staff_status();
}
RequestId Engine::staff_colleagues(std::string_view org) {
  return impl_->permanences.staff_colleagues(org);
}
std::optional<TicketView> Engine::member_ticket() const {
  return impl_->permanences.member_ticket();
}
std::optional<TicketEnd> Engine::ended_ticket(std::string_view ticket) const {
  return impl_->permanences.ended_ticket(ticket);
}
Checked<RequestId> Engine::answer_org_message(std::string_view org, std::string_view message_id_hex,
                                             std::string_view text, uint64_t now_ms) {
  return impl_->permanences.answer_org_message(org, message_id_hex, text, now_ms);
}
RequestId Engine::staff_handoff(std::string_view ticket, const AccountId& to_worker) {
  return impl_->permanences.staff_handoff(ticket, to_worker);
}
RequestId Engine::end_ticket(std::string_view ticket) {
  return impl_->permanences.end_ticket(ticket);
}
Checked<RequestId> Engine::ticket_say(std::string_view ticket, std::string_view text,
                                      uint64_t now_ms) {
  return impl_->permanences.ticket_say(ticket, text, now_ms);
}
std::vector<TicketConversation> Engine::ticket_conversations() const {
  return impl_->permanences.ticket_conversations();
}
Checked<RequestId> Engine::leave_message(std::string_view org, std::string_view text,
                                         uint64_t now_ms) {
  return impl_->permanences.leave_message(org, text, now_ms);
}
RequestId Engine::mark_handled(std::string_view org, std::string_view message_id_hex) {
  return impl_->permanences.mark_handled(org, message_id_hex);
}
RequestId Engine::staff_inbox(std::string_view org) {
  return impl_->permanences.staff_inbox(org);
}
RequestId Engine::staff_stats(std::string_view org, std::string_view period) {
  return impl_->permanences.staff_stats(org, period);
}
RequestId Engine::get_resources() {
  return impl_->permanences.get_resources();
}
std::optional<ResourceDirectory> Engine::cached_resources() const {
  return impl_->permanences.cached_resources();
}

}  // namespace relais::engine

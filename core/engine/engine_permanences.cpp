// The engine's organisations and permanences: slots, tickets and their conversations, the
// worker's queue and inbox, out-of-hours messages, statistics and the resources directory.

#include <algorithm>
#include <string>

#include "core/base/encoding.h"
#include "core/crypto/random.h"
#include "core/engine/engine_impl.h"
#include "core/engine/padding.h"

namespace relais::engine {

using detail::admin_request;
using detail::kMessageIdSize;
using detail::logged_in_or_fail;
using detail::sanitize_name;
using detail::valid_room_id;

void Engine::Impl::unexpected_push() {
  emit(event::ProtocolError{"The relay sent a malformed notice; it was ignored."});
}

OrgSpec Engine::Impl::org_view(const wire::Org& o) {
  OrgSpec out{sanitize_name(o.org()), sanitize_name(o.name()), o.description().substr(0, 2000),
              {}, o.contact().substr(0, 500), sanitize_name(o.region())};
  for (const auto& l : o.languages()) out.languages.push_back(sanitize_name(l));
  return out;
}

SlotSpec Engine::Impl::slot_view(const wire::Slot& s) {
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

PermanenceView Engine::Impl::permanence_view(const wire::PermanenceInfo& p) {
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

ClosedView Engine::Impl::closed_view(const wire::PermanenceClosed& c) {
  ClosedView out{sanitize_name(c.org()), c.next_open_ms(), sanitize_name(c.next_open_local()),
                 c.can_leave_message(), {}};
  for (const auto& e : c.emergency()) {
    out.emergency.emplace_back(sanitize_name(e.number()), e.name().substr(0, 300));
  }
  return out;
}

StatsView Engine::Impl::stats_view(const wire::Stats& s) {
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

TicketConversation Engine::Impl::conversation(const state::TicketState& t) const {
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
void Engine::Impl::handle_ticket(RequestId request, const wire::Ticket& t) {
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

void Engine::Impl::handle_ticket_assigned(RequestId request, const wire::TicketAssigned& a) {
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

void Engine::Impl::forget_ticket(const std::string& key) {
  if (key == "leave") {
    std::erase_if(tickets, [](const auto& kv) { return !kv.second.as_worker(); });
  } else {
    tickets.erase(key.substr(4));
  }
  changed();
}

void Engine::Impl::ticket_activity(const std::string& ticket, bool incoming, uint64_t at_ms) {
  auto it = tickets.find(ticket);
  if (it == tickets.end()) return;
  if (incoming) {
    it->second.set_last_in_ms(std::max(it->second.last_in_ms(), at_ms));
  } else {
    it->second.set_last_out_ms(std::max(it->second.last_out_ms(), at_ms));
  }
  changed();
}

void Engine::Impl::handle_permanence_event(const wire::PermanenceEvent& e) {
  static const char* const kKinds[] = {"",          "opened",          "closed",
                                       "queue_changed", "handoff_declined", "message_handled",
                                       "new_ticket"};
  const int k = static_cast<int>(e.kind());
  if (k < 1 || k > 6) return unexpected_push();
  emit(event::PermanenceNotice{kKinds[k], sanitize_name(e.org()), sanitize_name(e.room()),
                               sanitize_name(e.ticket()), to_hex(e.message_id()),
                               e.queue_length()});
}

void Engine::Impl::handle_inbox(RequestId request, const wire::Inbox& inbox) {
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

void Engine::Impl::org_message_failed(const std::string& message_id, const Error& err) {
  auto it = org_messages_out.find(message_id);
  if (it == org_messages_out.end()) return;
  const RequestId request = it->second.request;
  org_messages_out.erase(it);
  emit(event::RequestFailed{request, err.code, err.message});
}

void Engine::Impl::send_org_copies(const std::string& message_id, const wire::Workers& w) {
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

void Engine::Impl::org_copy_done(RequestId copy, bool delivered) {
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

void Engine::Impl::org_message_recorded(const std::string& message_id) {
  // The workers have it either way; the relay's record only lets them mark it handled.
  auto it = org_messages_out.find(message_id);
  if (it == org_messages_out.end()) return;
  const OutgoingReport m = std::move(it->second);
  org_messages_out.erase(it);
  emit(event::OrgMessageLeft{m.request, to_hex(message_id), m.delivered});
}

// ---- The public API

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

#include "core/engine/permanences.h"

#include <algorithm>
#include <memory>
#include <string>

#include "core/base/encoding.h"
#include "core/crypto/random.h"
#include "core/engine/checks.h"
#include "core/engine/padding.h"
#include "core/engine/wire_kinds.h"
#include "core/engine/words.h"
#include "core/wire/contract.h"

namespace relais::engine {

namespace {

// What a closed door keeps of each emergency number's names.
constexpr size_t kMaxEmergencyLanguages = 32;
constexpr size_t kMaxEmergencyNameBytes = 300;

OrgSpec org_view(const wire::Org& o) {
  OrgSpec out{sanitize_name(o.org()),          sanitize_name(o.name()),
              o.description().substr(0, 2000), {},
              o.contact().substr(0, 500),      sanitize_name(o.region())};
  for (const auto& l : o.languages()) out.languages.push_back(sanitize_name(l));
  return out;
}

SlotSpec slot_view(const wire::Slot& s) {
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

PermanenceView permanence_view(const wire::PermanenceInfo& p) {
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

ClosedView closed_view(const wire::PermanenceClosed& c) {
  ClosedView out{sanitize_name(c.org()),
                 c.next_open_ms(),
                 sanitize_name(c.next_open_local()),
                 c.can_leave_message(),
                 {}};
  for (const auto& e : c.emergency()) {
    EmergencyView view{sanitize_name(e.number()), {}};
    // A relay's list, bounded: a few dozen languages of short names, codes of letters only.
    for (const auto& [language, given] : e.names()) {
      if (view.names.size() >= kMaxEmergencyLanguages) break;
      const bool code = !language.empty() && language.size() <= 8 &&
                        std::all_of(language.begin(), language.end(),
                                    [](char ch) { return ch >= 'a' && ch <= 'z'; });
      if (!code) continue;
      if (std::string name = clipped_text(given, kMaxEmergencyNameBytes); !name.empty())
        view.names.emplace(language, std::move(name));
    }
    // A relay from before the names by language sent one name, in English.
    if (view.names.empty() && !e.name().empty())
      view.names.emplace("en", clipped_text(e.name(), kMaxEmergencyNameBytes));
    out.emergency.push_back(std::move(view));
  }
  return out;
}

StatsView stats_view(const wire::Stats& s) {
  StatsView out;
  out.org = sanitize_name(s.org());
  out.period = sanitize_name(s.period());
  out.permanences = s.permanences();
  out.conversations = s.conversations();
  out.unanswered = s.unanswered();
  for (const auto& l : s.languages()) {
    out.languages.emplace_back(sanitize_name(l.language()), l.count());
  }
  out.wait_p50_s = s.wait_p50_s();
  out.wait_p90_s = s.wait_p90_s();
  out.wait_max_s = s.wait_max_s();
  out.org_messages = s.org_messages();
  out.handoffs = s.handoffs();
  return out;
}

void malformed_push(Link& link) {
  link.emit(event::ProtocolError{Problem::malformed_notice});
}

// An answer the request did not expect, as the link reports it.
void wrong_answer(Link& link, RequestId r) {
  link.emit(event::ProtocolError{Problem::wrong_answer});
  link.emit_failed(r, failure(Problem::wrong_answer));
}

// A query answered by one of two kinds of frame: a ticket, or a closed door.
class TicketQuery final : public Query {
 public:
  using OnTicket = std::function<void(const wire::Ticket&)>;
  using OnClosed = std::function<void(const wire::PermanenceClosed&)>;
  TicketQuery(OnTicket on_ticket, OnClosed on_closed, Link::OnFailure on_error)
      : on_ticket_(std::move(on_ticket)),
        on_closed_(std::move(on_closed)),
        on_error_(std::move(on_error)) {}
  bool on_answer(const wire::ServerFrame& f) override {
    if (f.has_ticket()) {
      on_ticket_(f.ticket());
    } else if (f.has_permanence_closed()) {
      on_closed_(f.permanence_closed());
    } else {
      return false;
    }
    return true;
  }
  void on_error(const Failure& f) override { on_error_(f); }

 private:
  OnTicket on_ticket_;
  OnClosed on_closed_;
  Link::OnFailure on_error_;
};

}  // namespace

// ---- Checks before sending

bool Permanences::logged_in_or_fail(RequestId r) {
  if (session_.logged_in()) return true;
  link_.emit_failed(r, failure(Problem::not_connected));
  return false;
}

bool Permanences::org_request(RequestId r, std::string_view org) {
  if (auto v = wire::check_id(wire::FIELD_ORG, org)) {
    link_.emit_failed(r, invalid(*v));
    return false;
  }
  return logged_in_or_fail(r);
}

bool Permanences::ticket_request(RequestId r, std::string_view ticket) {
  if (auto v = wire::check_ticket(ticket)) {
    link_.emit_failed(r, invalid(*v));
    return false;
  }
  return logged_in_or_fail(r);
}

void Permanences::ask_done(RequestId r, wire::ClientFrame f, std::string org) {
  link_.ask<wire::Ok>(
      std::move(f), [this, r](const wire::Ok&) { link_.emit(event::Done{r}); },
      link_.fail_to(r, {}, std::move(org)));
}

// ---- Organisations and schedules

RequestId Permanences::create_org(const OrgSpec& org) {
  const RequestId r = link_.new_request();
  wire::ClientFrame f;
  auto* o = f.mutable_create_org()->mutable_org();
  o->set_org(org.org);
  o->set_name(org.name);
  o->set_description(org.description);
  for (const auto& l : org.languages) o->add_languages(l);
  o->set_contact(org.contact);
  o->set_region(org.region);
  if (auto v = wire::check(*o)) {
    link_.emit_failed(r, invalid(*v));
    return r;
  }
  if (!logged_in_or_fail(r)) return r;
  link_.ask<wire::OrgList>(
      std::move(f),
      [this, r](const wire::OrgList& list) {
        std::vector<OrgSpec> out;
        for (const auto& listed : list.orgs()) out.push_back(org_view(listed));
        link_.emit(event::OrgsListed{r, std::move(out)});
      },
      link_.fail_to(r, {}, org.org));
  return r;
}

RequestId Permanences::list_orgs() {
  const RequestId r = link_.new_request();
  if (!logged_in_or_fail(r)) return r;
  wire::ClientFrame f;
  f.mutable_list_orgs();
  link_.ask<wire::OrgList>(
      std::move(f),
      [this, r](const wire::OrgList& list) {
        std::vector<OrgSpec> out;
        for (const auto& o : list.orgs()) out.push_back(org_view(o));
        link_.emit(event::OrgsListed{r, std::move(out)});
      },
      link_.fail_to(r));
  return r;
}

namespace {
void listed_permanences(Link& link, RequestId r, const wire::Permanences& list) {
  std::vector<PermanenceView> out;
  for (const auto& p : list.permanences()) out.push_back(permanence_view(p));
  link.emit(event::PermanencesListed{r, std::move(out)});
}
}  // namespace

RequestId Permanences::add_slot(std::string_view org, const SlotSpec& slot) {
  const RequestId r = link_.new_request();
  static const char* const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  int weekday = 0;
  for (int i = 0; i < 7; ++i) {
    if (slot.weekday == kDays[i]) weekday = i + 1;
  }
  wire::ClientFrame f;
  f.mutable_add_slot()->set_org(std::string(org));
  auto* sl = f.mutable_add_slot()->mutable_slot();
  sl->set_room(slot.room);
  sl->set_weekday(static_cast<wire::Weekday>(weekday));
  sl->set_date(slot.date);
  sl->set_start(slot.start);
  sl->set_end(slot.end);
  for (const auto& l : slot.languages) sl->add_languages(l);
  wire::Check problem = wire::check(*sl);
  if (!slot.weekday.empty() && weekday == 0) {
    problem = wire::violation(wire::FIELD_WEEKDAY, wire::RULE_MALFORMED);
  }
  if (problem) {
    link_.emit_failed(r, invalid(*problem));
    return r;
  }
  if (!org_request(r, org)) return r;
  link_.ask<wire::Permanences>(
      std::move(f), [this, r](const wire::Permanences& p) { listed_permanences(link_, r, p); },
      link_.fail_to(r, {}, std::string(org)));
  return r;
}

RequestId Permanences::remove_slot(std::string_view org, uint64_t slot_id) {
  const RequestId r = link_.new_request();
  if (!org_request(r, org)) return r;
  wire::ClientFrame f;
  f.mutable_remove_slot()->set_org(std::string(org));
  f.mutable_remove_slot()->set_slot_id(slot_id);
  ask_done(r, std::move(f), std::string(org));
  return r;
}

RequestId Permanences::cancel_date(std::string_view org, std::string_view date) {
  const RequestId r = link_.new_request();
  if (!org_request(r, org)) return r;
  wire::ClientFrame f;
  f.mutable_cancel_date()->set_org(std::string(org));
  f.mutable_cancel_date()->set_date(std::string(date));
  ask_done(r, std::move(f), std::string(org));
  return r;
}

RequestId Permanences::list_permanences() {
  const RequestId r = link_.new_request();
  if (!logged_in_or_fail(r)) return r;
  wire::ClientFrame f;
  f.mutable_list_permanences();
  link_.ask<wire::Permanences>(
      std::move(f), [this, r](const wire::Permanences& p) { listed_permanences(link_, r, p); },
      link_.fail_to(r));
  return r;
}

RequestId Permanences::staff_open(std::string_view org, std::string_view room) {
  const RequestId r = link_.new_request();
  if (!org_request(r, org)) return r;
  wire::ClientFrame f;
  f.mutable_staff_open()->set_org(std::string(org));
  f.mutable_staff_open()->set_room(std::string(room));
  ask_done(r, std::move(f), std::string(org));
  return r;
}

RequestId Permanences::staff_close(std::string_view org) {
  const RequestId r = link_.new_request();
  if (!org_request(r, org)) return r;
  wire::ClientFrame f;
  f.mutable_staff_close()->set_org(std::string(org));
  ask_done(r, std::move(f), std::string(org));
  return r;
}

// ---- Tickets

TicketConversation Permanences::conversation(const state::TicketState& t) const {
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
bool Permanences::take_ticket(RequestId request, const wire::Ticket& t) {
  const std::string id = sanitize_name(t.ticket());
  if (id.empty()) return false;
  TicketView view{
      id, sanitize_name(t.org()), t.place(), t.wait_estimate_s(), sanitize_name(t.language()), {}};
  if (auto w = AccountId::from_bytes(t.worker()); w && !w->empty()) view.worker = *w;
  auto& mine = tickets_[id];
  mine.set_ticket(id);
  mine.set_org(view.org);
  mine.set_language(view.language);
  mine.set_as_worker(false);
  if (!view.worker.empty()) mine.set_peer(view.worker.bytes());
  link_.changed();
  link_.emit(event::TicketUpdated{request, std::move(view)});
  return true;
}

bool Permanences::take_assignment(RequestId request, const wire::TicketAssigned& a) {
  const std::string id = sanitize_name(a.ticket());
  auto worker = AccountId::from_bytes(a.worker());
  // The member's copy leaves `member` empty: that member is us.
  auto member = a.member().empty() ? std::optional<AccountId>(AccountId{})
                                   : AccountId::from_bytes(a.member());
  if (id.empty() || !worker || worker->empty() || !member) return false;
  auto& t = tickets_[id];
  t.set_ticket(id);
  t.set_org(sanitize_name(a.org()));
  t.set_language(sanitize_name(a.language()));
  // The worker's copy names the member; the member's names only the worker.
  const bool as_worker = !member->empty() && *worker == session_.self();
  t.set_as_worker(as_worker);
  t.set_peer(as_worker ? member->bytes() : worker->bytes());
  link_.changed();
  link_.emit(event::TicketTaken{request, conversation(t)});
  return true;
}

void Permanences::forget_member_tickets() {
  std::erase_if(tickets_, [](const auto& kv) { return !kv.second.as_worker(); });
  link_.changed();
}

void Permanences::forget_ticket(const std::string& ticket) {
  tickets_.erase(ticket);
  link_.changed();
}

void Permanences::ticket_activity(const std::string& ticket, bool incoming, uint64_t at_ms) {
  auto it = tickets_.find(ticket);
  if (it == tickets_.end()) return;
  if (incoming) {
    it->second.set_last_in_ms(std::max(it->second.last_in_ms(), at_ms));
  } else {
    it->second.set_last_out_ms(std::max(it->second.last_out_ms(), at_ms));
  }
  link_.changed();
}

RequestId Permanences::knock(std::string_view org_id, std::string_view language) {
  const RequestId r = link_.new_request();
  if (!language.empty()) {
    if (auto v = wire::check_language(language)) {
      link_.emit_failed(r, invalid(*v));
      return r;
    }
  }
  if (!org_request(r, org_id)) return r;
  const std::string org(org_id);
  wire::ClientFrame f;
  f.mutable_knock()->set_org(org);
  f.mutable_knock()->set_language(std::string(language));
  link_.ask(std::move(f), std::make_unique<TicketQuery>(
                              [this, r](const wire::Ticket& t) {
                                if (!take_ticket(r, t)) wrong_answer(link_, r);
                              },
                              [this, r](const wire::PermanenceClosed& c) {
                                link_.emit(event::DoorClosed{r, closed_view(c)});
                              },
                              link_.fail_to(r, {}, org)));
  return r;
}

RequestId Permanences::ticket_status() {
  const RequestId r = link_.new_request();
  if (!logged_in_or_fail(r)) return r;
  wire::ClientFrame f;
  f.mutable_ticket_status();
  auto failed = link_.fail_to(r);
  link_.ask(std::move(f), std::make_unique<TicketQuery>(
                              [this, r](const wire::Ticket& t) {
                                if (!take_ticket(r, t)) wrong_answer(link_, r);
                              },
                              [this, r](const wire::PermanenceClosed& c) {
                                link_.emit(event::DoorClosed{r, closed_view(c)});
                              },
                              [this, failed](const Failure& e) {
                                // Ended while we were away: the relay no longer knows it, so
                                // neither do we.
                                if (e.problem == Problem::no_such_ticket) forget_member_tickets();
                                failed(e);
                              }));
  return r;
}

RequestId Permanences::ticket_leave() {
  const RequestId r = link_.new_request();
  if (!logged_in_or_fail(r)) return r;
  wire::ClientFrame f;
  f.mutable_ticket_leave();
  auto failed = link_.fail_to(r);
  link_.ask<wire::Ok>(
      std::move(f),
      [this, r](const wire::Ok&) {
        forget_member_tickets();
        link_.emit(event::Done{r});
      },
      [this, failed](const Failure& e) {
        if (e.problem == Problem::no_such_ticket) forget_member_tickets();
        failed(e);
      });
  return r;
}

RequestId Permanences::answer_handoff(std::string_view ticket, bool accept) {
  const RequestId r = link_.new_request();
  if (!ticket_request(r, ticket)) return r;
  wire::ClientFrame f;
  f.mutable_handoff_answer()->set_ticket(std::string(ticket));
  f.mutable_handoff_answer()->set_accept(accept);
  link_.ask<wire::Ok>(
      std::move(f), [this, r](const wire::Ok&) { link_.emit(event::Done{r}); },
      link_.fail_to(r, {}, {}, std::string(ticket)));
  return r;
}

RequestId Permanences::staff_queue(std::string_view org) {
  const RequestId r = link_.new_request();
  if (!org_request(r, org)) return r;
  wire::ClientFrame f;
  f.mutable_staff_queue()->set_org(std::string(org));
  link_.ask<wire::Queue>(
      std::move(f),
      [this, r](const wire::Queue& q) {
        std::vector<QueueItem> out;
        for (const auto& e : q.entries()) {
          out.push_back({sanitize_name(e.ticket()), sanitize_name(e.language()), e.waiting_s()});
        }
        link_.emit(event::QueueListed{r, sanitize_name(q.org()), std::move(out)});
      },
      link_.fail_to(r, {}, std::string(org)));
  return r;
}

RequestId Permanences::staff_take(std::string_view ticket) {
  const RequestId r = link_.new_request();
  if (!ticket_request(r, ticket)) return r;
  wire::ClientFrame f;
  f.mutable_staff_take()->set_ticket(std::string(ticket));
  link_.ask<wire::TicketAssigned>(
      std::move(f),
      [this, r](const wire::TicketAssigned& a) {
        if (!take_assignment(r, a)) wrong_answer(link_, r);
      },
      link_.fail_to(r, {}, {}, std::string(ticket)));
  return r;
}

RequestId Permanences::staff_handoff(std::string_view ticket, const AccountId& to_worker) {
  const RequestId r = link_.new_request();
  if (to_worker.empty() || to_worker == session_.self()) {
    link_.emit_failed(r, failure(Problem::needs_other_account));
    return r;
  }
  if (!ticket_request(r, ticket)) return r;
  wire::ClientFrame f;
  f.mutable_staff_handoff()->set_ticket(std::string(ticket));
  f.mutable_staff_handoff()->set_to_worker(to_worker.bytes());
  link_.ask<wire::Ok>(
      std::move(f), [this, r](const wire::Ok&) { link_.emit(event::Done{r}); },
      link_.fail_to(r, {}, {}, std::string(ticket)));
  return r;
}

RequestId Permanences::end_ticket(std::string_view ticket_id) {
  const RequestId r = link_.new_request();
  if (!ticket_request(r, ticket_id)) return r;
  const std::string ticket(ticket_id);
  wire::ClientFrame f;
  f.mutable_ticket_end()->set_ticket(ticket);
  auto failed = link_.fail_to(r, {}, {}, ticket);
  link_.ask<wire::Ok>(
      std::move(f),
      [this, r, ticket](const wire::Ok&) {
        forget_ticket(ticket);
        link_.emit(event::Done{r});
      },
      [this, ticket, failed](const Failure& e) {
        // Ended while we were away: the relay no longer knows it, so neither do we.
        if (e.problem == Problem::no_such_ticket) forget_ticket(ticket);
        failed(e);
      });
  return r;
}

Checked<RequestId> Permanences::ticket_say(std::string_view ticket, std::string_view text,
                                           uint64_t now_ms) {
  auto it = tickets_.find(ticket);
  if (it == tickets_.end()) {
    Failure f = failure(Problem::no_ticket_conversation);
    f.ticket = std::string(ticket);
    return f;
  }
  auto peer = AccountId::from_bytes(it->second.peer());
  if (!peer || peer->empty()) return failure(Problem::ticket_not_taken);
  if (text.empty()) return failure(Problem::empty_text);
  if (text.size() > kMaxTextBytes) {
    Failure f = failure(Problem::text_too_long);
    f.limit = kMaxTextBytes;
    return f;
  }
  content::DirectContent c;
  c.set_sender_name(session_.name());
  c.set_sent_at_ms(now_ms);
  c.mutable_text()->set_text(std::string(text));
  c.mutable_text()->set_ticket(it->first);
  const RequestId r = link_.new_request();
  direct_.send(*peer, {pad(c.SerializeAsString()), std::string(text), now_ms, false, it->first},
               {[this, r](event::MessageSent s) {
                  s.request = r;
                  link_.emit(std::move(s));
                },
                link_.fail_to(r, {}, {}, it->first)});
  return r;
}

std::vector<TicketConversation> Permanences::ticket_conversations() const {
  std::vector<TicketConversation> out;
  for (const auto& [_, t] : tickets_) out.push_back(conversation(t));
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.last_ms > b.last_ms; });
  return out;
}

std::string Permanences::ticket_text(const AccountId& from, const std::string& ticket,
                                     uint64_t at_ms) {
  // A ticket label counts only from the ticket's other side (or our worker-to-be).
  auto t = tickets_.find(ticket);
  if (t == tickets_.end() || (t->second.peer() != from.bytes() && !t->second.peer().empty())) {
    return {};
  }
  ticket_activity(t->first, true, at_ms);
  return t->first;
}

void Permanences::ticket_sent(const std::string& ticket, uint64_t at_ms) {
  ticket_activity(ticket, false, at_ms);
}

// ---- Pushes

void Permanences::handle_ticket_push(const wire::Ticket& t) {
  if (!take_ticket(0, t)) malformed_push(link_);
}

void Permanences::handle_ticket_assigned_push(const wire::TicketAssigned& a) {
  if (!take_assignment(0, a)) malformed_push(link_);
}

void Permanences::handle_handoff_offer(const wire::HandoffOffer& o) {
  auto to = AccountId::from_bytes(o.to_worker());
  if (!to || to->empty()) return malformed_push(link_);
  link_.emit(event::HandoffOffered{sanitize_name(o.ticket()), *to});
}

void Permanences::handle_ticket_closed(const wire::TicketClosed& c) {
  const std::string t = sanitize_name(c.ticket());
  if (tickets_.erase(t)) link_.changed();
  const auto reason = from_word<TicketEnd>(c.reason()).value_or(TicketEnd::other);
  link_.emit(event::TicketClosed{t, reason});
}

void Permanences::handle_permanence_event(const wire::PermanenceEvent& e) {
  const auto kind = notice_of(e.kind());
  if (!kind) return malformed_push(link_);
  link_.emit(event::PermanenceNotice{*kind, sanitize_name(e.org()), sanitize_name(e.room()),
                                     sanitize_name(e.ticket()), to_hex(e.message_id()),
                                     e.queue_length()});
}

void Permanences::handle_door_closed(const wire::PermanenceClosed& c) {
  link_.emit(event::DoorClosed{0, closed_view(c)});
}

// ---- Out-of-hours messages

// One out-of-hours message on its way: the org's workers listed, one copy to each, then the
// relay told it exists (so that they can mark it handled). Every continuation holds it.
class Permanences::OrgMessageDelivery : public std::enable_shared_from_this<OrgMessageDelivery> {
 public:
  OrgMessageDelivery(Permanences& p, RequestId request, std::string org, std::string message_id,
                     std::string padded)
      : p_(p),
        request_(request),
        org_(std::move(org)),
        message_id_(std::move(message_id)),
        padded_(std::move(padded)) {}

  void start() {
    wire::ClientFrame f;
    f.mutable_list_workers()->set_org(org_);
    auto self = shared_from_this();
    p_.link_.ask<wire::Workers>(
        std::move(f), [self](const wire::Workers& w) { self->send_copies(w); },
        [self](const Failure& e) { self->fail(e); });
  }

 private:
  void send_copies(const wire::Workers& w) {
    std::vector<AccountId> workers;
    for (const auto& m : w.workers()) {
      auto id = AccountId::from_bytes(m.account_id());
      if (id && !id->empty() && *id != p_.session_.self()) workers.push_back(*id);
    }
    if (workers.empty()) return fail(failure(Problem::no_worker));
    outstanding_ = workers.size();
    auto self = shared_from_this();
    for (const auto& peer : workers) {
      p_.direct_.send(peer, {padded_, {}, 0, /*control=*/true},
                      {[self](const event::MessageSent&) { self->copy_done(true); },
                       [self](const Failure&) { self->copy_done(false); }});
    }
  }

  void copy_done(bool delivered) {
    if (delivered) ++delivered_;
    if (--outstanding_ > 0) return;
    if (delivered_ == 0) return fail(failure(Problem::message_undelivered));
    wire::ClientFrame f;
    f.mutable_org_message_sent()->set_org(org_);
    f.mutable_org_message_sent()->set_message_id(message_id_);
    // The workers have it either way; the relay's record only lets them mark it handled.
    auto self = shared_from_this();
    p_.link_.ask<wire::Ok>(
        std::move(f), [self](const wire::Ok&) { self->left({}); },
        [self](const Failure& refused) { self->left(refused); });
  }

  // `not_listed`: the relay's refusal of the inbox's record, told to the person (a flood of
  // other accounts may have filled the inbox; the workers may then see the message late).
  void left(std::optional<Failure> not_listed) {
    if (not_listed) not_listed->org = org_;
    p_.link_.emit(
        event::OrgMessageLeft{request_, to_hex(message_id_), delivered_, std::move(not_listed)});
  }

  void fail(Failure f) {
    f.org = org_;
    p_.link_.emit_failed(request_, f);
  }

  Permanences& p_;
  RequestId request_;
  std::string org_;
  std::string message_id_;
  std::string padded_;
  size_t outstanding_ = 0;
  uint32_t delivered_ = 0;
};

Checked<RequestId> Permanences::leave_message(std::string_view org, std::string_view text,
                                              uint64_t now_ms) {
  if (!session_.registered()) return failure(Problem::not_registered);
  if (auto v = wire::check_id(wire::FIELD_ORG, org)) return invalid(*v);
  if (text.empty()) return failure(Problem::empty_text);
  if (text.size() > kMaxTextBytes) {
    Failure f = failure(Problem::text_too_long);
    f.limit = kMaxTextBytes;
    return f;
  }
  if (!session_.logged_in()) return failure(Problem::not_connected);
  const std::string message_id = crypto::random_bytes(kMessageIdSize);
  content::DirectContent c;
  c.set_sender_name(session_.name());
  c.set_sent_at_ms(now_ms);
  c.mutable_org_message()->set_org(std::string(org));
  c.mutable_org_message()->set_text(std::string(text));
  c.mutable_org_message()->set_message_id(message_id);
  const RequestId r = link_.new_request();
  std::make_shared<OrgMessageDelivery>(*this, r, std::string(org), message_id,
                                       pad(c.SerializeAsString()))
      ->start();
  return r;
}

RequestId Permanences::mark_handled(std::string_view org, std::string_view message_id_hex) {
  const RequestId r = link_.new_request();
  auto id = from_hex(message_id_hex);
  if (!id || id->size() != kMessageIdSize) {
    link_.emit_failed(
        r, invalid(wire::violation(wire::FIELD_MESSAGE_ID, wire::RULE_MALFORMED, kMessageIdSize)));
    return r;
  }
  if (!org_request(r, org)) return r;
  wire::ClientFrame f;
  f.mutable_org_message_handled()->set_org(std::string(org));
  f.mutable_org_message_handled()->set_message_id(*id);
  ask_done(r, std::move(f), std::string(org));
  return r;
}

RequestId Permanences::staff_inbox(std::string_view org) {
  const RequestId r = link_.new_request();
  if (!org_request(r, org)) return r;
  wire::ClientFrame f;
  f.mutable_staff_inbox()->set_org(std::string(org));
  link_.ask<wire::Inbox>(
      std::move(f),
      [this, r](const wire::Inbox& answer) {
        // The texts come with envelopes delivered before this answer: once they are taken in.
        direct_.after_taken_in([this, r, inbox = answer] {
          std::vector<InboxItem> out;
          for (const auto& entry : inbox.entries()) {
            InboxItem item{
                to_hex(entry.message_id()), entry.received_ms(), entry.handled(), {}, {}, {}};
            // The text, when this device holds the copy for it.
            for (const auto& m : direct_.history()) {
              if (!m.outgoing && !m.org.empty() && m.message_id == entry.message_id()) {
                item.text = m.text;
                item.from = m.peer;
                item.sender_name = m.sender_name;
              }
            }
            out.push_back(std::move(item));
          }
          link_.emit(event::InboxListed{r, sanitize_name(inbox.org()), std::move(out)});
        });
      },
      link_.fail_to(r, {}, std::string(org)));
  return r;
}

RequestId Permanences::staff_stats(std::string_view org, std::string_view period) {
  const RequestId r = link_.new_request();
  if (!org_request(r, org)) return r;
  wire::ClientFrame f;
  f.mutable_staff_stats()->set_org(std::string(org));
  f.mutable_staff_stats()->set_period(std::string(period));
  link_.ask<wire::Stats>(
      std::move(f),
      [this, r](const wire::Stats& s) {
        link_.emit(event::StatsRead{r, stats_view(s)});
      },
      link_.fail_to(r, {}, std::string(org)));
  return r;
}

// ---- The resources directory

RequestId Permanences::get_resources() {
  const RequestId r = link_.new_request();
  if (!logged_in_or_fail(r)) return r;
  wire::ClientFrame f;
  // Our version, so that an unchanged directory comes back empty.
  f.mutable_get_resources()->set_version(resources_json_.empty() ? "" : resources_version_);
  link_.ask<wire::Resources>(
      std::move(f),
      [this, r](const wire::Resources& res) {
        if (!res.json().empty()) {
          resources_version_ = res.version();
          resources_json_ = res.json();
          link_.changed();
        }
        auto directory = parse_resources(resources_json_);
        if (!directory) return link_.emit_failed(r, failure(Problem::damaged_resources));
        link_.emit(event::ResourcesRead{r, std::move(*directory)});
      },
      link_.fail_to(r));
  return r;
}

std::optional<ResourceDirectory> Permanences::cached_resources() const {
  if (resources_json_.empty()) return std::nullopt;
  auto directory = parse_resources(resources_json_);
  if (!directory) return std::nullopt;
  return std::move(*directory);
}

// ---- Saved state

void Permanences::save(state::EngineState& s) const {
  for (const auto& [_, t] : tickets_) *s.add_tickets() = t;
  s.set_resources_version(resources_version_);
  s.set_resources_json(resources_json_);
}

void Permanences::load(const state::EngineState& s) {
  for (const auto& t : s.tickets()) tickets_[t.ticket()] = t;
  resources_version_ = s.resources_version();
  resources_json_ = s.resources_json();
}

}  // namespace relais::engine

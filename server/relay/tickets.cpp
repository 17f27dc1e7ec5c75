// The live permanence: workers on duty, the queue of anonymous tickets, taking a ticket,
// handoffs between workers with the member's consent, and the end of a conversation. All of it in
// memory: a ticket's account is known only to route frames, and no ticket id is ever stored.
#include <algorithm>

#include "core/base/encoding.h"
#include "core/crypto/random.h"
#include "core/wire/contract.h"
#include "server/relay/permanence_counts.h"
#include "server/relay/permanences.h"

namespace relais::server {
namespace {

constexpr size_t kTicketBytes = 5;  // wire::kTicketChars (8) base32 characters
static_assert(kTicketBytes * 8 == wire::kTicketChars * 5);
constexpr size_t kRecentConversations = 20;

wire::ServerFrame closed_frame(const std::string& ticket, const char* reason) {
  wire::ServerFrame f;
  f.mutable_ticket_closed()->set_ticket(ticket);
  f.mutable_ticket_closed()->set_reason(reason);
  return f;
}

wire::ServerFrame assigned_frame(const std::string& ticket, const std::string& org,
                                 const AccountId& worker, const std::string& language) {
  wire::ServerFrame f;
  auto* a = f.mutable_ticket_assigned();
  a->set_ticket(ticket);
  a->set_org(org);
  a->set_worker(worker.bytes());
  a->set_language(language);
  return f;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Helpers

void PermanenceService::push(const AccountId& account, const wire::ServerFrame& frame) {
  if (auto conn = ctx_.online.find(account)) ctx_.reply(*conn, frame);
}

void PermanenceService::push_to_duty_locked(Outbox& out, const Org& org,
                                            wire::PermanenceEvent event) {
  event.set_org(org.record.org().org());
  event.set_room(org.open_room);
  wire::ServerFrame f;
  *f.mutable_permanence_event() = std::move(event);
  for (const auto& worker : org.on_duty) out.push(worker, f);
}

uint64_t PermanenceService::wait_estimate_locked(const Org& org, size_t place) const {
  uint64_t per_place = kDefaultWaitPerPlaceS;
  if (!org.recent_conversations_s.empty()) {
    uint64_t sum = 0;
    for (uint64_t s : org.recent_conversations_s) sum += s;
    per_place = sum / org.recent_conversations_s.size();
  }
  return place * per_place / std::max<size_t>(1, org.on_duty.size());
}

wire::Ticket PermanenceService::ticket_view_locked(const Org& org, const Ticket& ticket) const {
  wire::Ticket t;
  t.set_ticket(ticket.id);
  t.set_org(ticket.org);
  t.set_language(ticket.language);
  if (ticket.worker) {
    t.set_worker(ticket.worker->bytes());
    return t;
  }
  auto it = std::find(org.queue.begin(), org.queue.end(), ticket.id);
  const size_t place = static_cast<size_t>(it - org.queue.begin()) + 1;
  t.set_place(static_cast<uint32_t>(place));
  t.set_wait_estimate_s(wait_estimate_locked(org, place));
  return t;
}

wire::PermanenceClosed PermanenceService::closed_view_locked(const Org& org,
                                                             bool can_leave_message) const {
  wire::PermanenceClosed c;
  c.set_org(org.record.org().org());
  const auto now = static_cast<int64_t>(ctx_.clock.now_ms());
  if (auto next = org.schedule.next_after(now)) {
    c.set_next_open_ms(static_cast<uint64_t>(next->start_ms));
    c.set_next_open_local(schedule::format_brussels(next->start_ms));
  }
  c.set_can_leave_message(can_leave_message);
  for (const auto& n : resources_.emergency()) *c.add_emergency() = n;
  c.set_region(org.record.org().region());
  return c;
}

void PermanenceService::queue_moved_locked(Outbox& out, Org& org, size_t from) {
  for (size_t i = from; i < org.queue.size(); ++i) {
    const Ticket& t = tickets_.at(org.queue[i]);
    wire::ServerFrame f;
    *f.mutable_ticket() = ticket_view_locked(org, t);
    out.push(t.member, std::move(f));
  }
  wire::PermanenceEvent e;
  e.set_kind(wire::QUEUE_CHANGED);
  e.set_queue_length(static_cast<uint32_t>(org.queue.size()));
  push_to_duty_locked(out, org, std::move(e));
}

void PermanenceService::announce_locked(const Org& org, const std::string& room,
                                        wire::RoomEventKind kind) {
  if (room.empty()) return;
  wire::RoomEvent event;
  event.set_kind(kind);
  event.set_org(org.record.org().org());
  rooms_.announce(room, std::move(event));
}

void PermanenceService::remember_conversation_locked(Org& org, uint64_t length_s) {
  org.recent_conversations_s.push_back(length_s);
  if (org.recent_conversations_s.size() > kRecentConversations)
    org.recent_conversations_s.pop_front();
  count_locked(org.record.org().org(),
               [](records::PermanenceDay& d) { d.set_conversations(d.conversations() + 1); });
}

void PermanenceService::drop_ticket_locked(Outbox& out, Org& org, const std::string& ticket_id,
                                           uint64_t now) {
  auto it = tickets_.find(ticket_id);
  if (it == tickets_.end()) return;
  Ticket& t = it->second;
  if (t.worker) {
    remember_conversation_locked(org, (now - std::min(now, t.taken_ms)) / 1000);
  } else {
    auto q = std::find(org.queue.begin(), org.queue.end(), ticket_id);
    const auto place = static_cast<size_t>(q - org.queue.begin());
    if (q != org.queue.end()) org.queue.erase(q);
    count_locked(org.record.org().org(),
                 [](records::PermanenceDay& d) { d.set_unanswered(d.unanswered() + 1); });
    queue_moved_locked(out, org, place);
  }
  ticket_of_.erase(t.member);
  tickets_.erase(it);
}

std::string PermanenceService::new_ticket_id_locked() {
  for (;;) {
    std::string id = to_base32(crypto::random_bytes(kTicketBytes));
    if (!tickets_.count(id)) return id;
  }
}

PermanenceService::Ticket* PermanenceService::find_ticket_locked(const ConnectionPtr& conn,
                                                                 uint64_t id,
                                                                 std::string_view ticket) {
  if (auto v = wire::check_ticket(ticket)) {
    ctx_.fail(*conn, id, *v);
    return nullptr;
  }
  auto it = tickets_.find(std::string(ticket));
  if (it == tickets_.end()) {
    ctx_.fail(*conn, id, wire::NO_SUCH_TICKET, "There is no such ticket (it may have ended).");
    return nullptr;
  }
  return &it->second;
}

std::string PermanenceService::org_of_ticket(std::string_view ticket) {
  std::lock_guard lock(mutex_);
  auto it = tickets_.find(std::string(ticket));
  return it == tickets_.end() ? std::string() : it->second.org;
}

void PermanenceService::go_off_duty_locked(Outbox& out, Org& org, const AccountId& worker) {
  if (!org.on_duty.erase(worker)) return;
  org.offline_since.erase(worker);
  if (!org.on_duty.empty()) return;
  // The last worker left: the permanence ends, and no one is left waiting on a closed door.
  announce_locked(org, org.open_room, wire::PERMANENCE_ENDED);
  org.open_room.clear();
  if (org.queue.empty()) return;
  auto workers = has_workers(org.record.org().org());
  wire::ServerFrame closed;
  *closed.mutable_permanence_closed() = closed_view_locked(org, workers.ok() && *workers);
  const uint64_t now = ctx_.clock.now_ms();
  const std::deque<std::string> waiting = std::move(org.queue);
  org.queue.clear();
  for (const auto& ticket_id : waiting) {
    auto it = tickets_.find(ticket_id);
    if (it == tickets_.end()) continue;
    out.push(it->second.member, closed);
    out.push(it->second.member, closed_frame(ticket_id, "permanence closed"));
    drop_ticket_locked(out, org, ticket_id, now);  // no longer queued: counted unanswered
  }
}

// ---------------------------------------------------------------------------------------------
// Duty

void PermanenceService::staff_open(const ConnectionPtr& conn, uint64_t id,
                                   const wire::StaffOpen& req) {
  if (!check_org(conn, id, req.org())) return;
  if (!req.room().empty() && !rooms_.exists(req.room())) {
    return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  }
  // Only a worker sits down at a permanence: an admin who is not one of its workers cannot.
  if (!require_worker(conn, id, req.org(), /*admin_too=*/false)) return;
  const AccountId me = *conn->state().account;
  const uint64_t now = ctx_.clock.now_ms();
  std::lock_guard lock(mutex_);
  Org& org = *find_locked(req.org());
  const bool was_closed = org.on_duty.empty();
  org.on_duty.insert(me);
  org.offline_since.erase(me);
  if (was_closed) {
    // Announced in the room asked for, else the current or next slot's, else the region's.
    std::string room = req.room();
    const auto at = static_cast<int64_t>(now);
    auto slot = org.schedule.open_at(at);
    if (!slot) slot = org.schedule.next_after(at);
    if (room.empty() && slot) {
      if (const auto* s = org.schedule.find(slot->slot_id)) room = s->room;
    }
    if (room.empty() || !rooms_.exists(room)) room = org.record.org().region();
    if (!room.empty() && !rooms_.exists(room)) room.clear();
    org.open_room = room;
    count_locked(req.org(),
                 [](records::PermanenceDay& d) { d.set_permanences(d.permanences() + 1); });
    announce_locked(org, room, wire::PERMANENCE_STARTED);
  }
  ctx_.reply(*conn, wire::ok_frame(id));
}

void PermanenceService::staff_close(const ConnectionPtr& conn, uint64_t id,
                                    const wire::StaffClose& req) {
  if (!check_org(conn, id, req.org())) return;
  const AccountId me = *conn->state().account;
  {
    Outbox out(*this);
    std::lock_guard lock(mutex_);
    Org& org = *find_locked(req.org());
    if (org.on_duty.count(me)) {
      go_off_duty_locked(out, org, me);
      return ctx_.reply(*conn, wire::ok_frame(id));
    }
  }
  // Not on duty: closing again is fine for a worker, refused for anyone else.
  if (!require_worker(conn, id, req.org(), /*admin_too=*/false)) return;
  ctx_.reply(*conn, wire::ok_frame(id));
}

// ---------------------------------------------------------------------------------------------
// Members

void PermanenceService::knock(const ConnectionPtr& conn, uint64_t id, const wire::Knock& req) {
  if (!check_org(conn, id, req.org())) return;
  if (!req.language().empty()) {
    if (auto v = wire::check_language(req.language())) return ctx_.fail(*conn, id, *v);
  }
  const AccountId me = *conn->state().account;
  // Whether a message can be left, read before the lock (a store scan); only used when closed.
  auto workers = has_workers(req.org());
  const uint64_t now = ctx_.clock.now_ms();
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  Org& org = *find_locked(req.org());
  wire::ServerFrame f;
  f.set_id(id);
  if (auto mine = ticket_of_.find(me); mine != ticket_of_.end()) {
    // One ticket per account: knocking again answers with the ticket it holds.
    const Ticket& t = tickets_.at(mine->second);
    *f.mutable_ticket() = ticket_view_locked(*find_locked(t.org), t);
    return ctx_.reply(*conn, f);
  }
  if (org.on_duty.empty()) {
    *f.mutable_permanence_closed() = closed_view_locked(org, workers.ok() && *workers);
    return ctx_.reply(*conn, f);
  }
  Ticket t;
  t.id = new_ticket_id_locked();
  t.org = req.org();
  t.language = req.language();
  t.member = me;
  t.knocked_ms = now;
  org.queue.push_back(t.id);
  ticket_of_[me] = t.id;
  const Ticket& stored = tickets_.emplace(t.id, std::move(t)).first->second;
  count_locked(req.org(),
               [&](records::PermanenceDay& d) { counts::add_language(d, stored.language); });
  *f.mutable_ticket() = ticket_view_locked(org, stored);
  ctx_.reply(*conn, f);
  wire::PermanenceEvent e;
  e.set_kind(wire::NEW_TICKET);
  e.set_ticket(stored.id);
  e.set_queue_length(static_cast<uint32_t>(org.queue.size()));
  push_to_duty_locked(out, org, std::move(e));
}

void PermanenceService::ticket_status(const ConnectionPtr& conn, uint64_t id) {
  const AccountId me = *conn->state().account;
  std::lock_guard lock(mutex_);
  auto mine = ticket_of_.find(me);
  if (mine == ticket_of_.end()) {
    return ctx_.fail(*conn, id, wire::NO_SUCH_TICKET, "You hold no ticket.");
  }
  const Ticket& t = tickets_.at(mine->second);
  wire::ServerFrame f;
  f.set_id(id);
  *f.mutable_ticket() = ticket_view_locked(*find_locked(t.org), t);
  ctx_.reply(*conn, f);
}

void PermanenceService::ticket_leave(const ConnectionPtr& conn, uint64_t id) {
  const AccountId me = *conn->state().account;
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  auto mine = ticket_of_.find(me);
  if (mine == ticket_of_.end()) {
    return ctx_.fail(*conn, id, wire::NO_SUCH_TICKET, "You hold no ticket.");
  }
  const std::string ticket_id = mine->second;
  const Ticket& t = tickets_.at(ticket_id);
  Org& org = *find_locked(t.org);
  if (t.worker) out.push(*t.worker, closed_frame(ticket_id, "left"));
  drop_ticket_locked(out, org, ticket_id, ctx_.clock.now_ms());
  ctx_.reply(*conn, wire::ok_frame(id));
}

// ---------------------------------------------------------------------------------------------
// Workers

void PermanenceService::staff_queue(const ConnectionPtr& conn, uint64_t id,
                                    const wire::StaffQueue& req) {
  if (!check_org(conn, id, req.org())) return;
  if (!require_worker(conn, id, req.org(), /*admin_too=*/false)) return;
  const uint64_t now = ctx_.clock.now_ms();
  wire::ServerFrame f;
  f.set_id(id);
  auto* q = f.mutable_queue();
  q->set_org(req.org());
  std::lock_guard lock(mutex_);
  const Org& org = *find_locked(req.org());
  for (const auto& ticket_id : org.queue) {
    const Ticket& t = tickets_.at(ticket_id);
    auto* e = q->add_entries();  // never the account: the worker learns it on taking the ticket
    e->set_ticket(t.id);
    e->set_language(t.language);
    e->set_waiting_s((now - std::min(now, t.knocked_ms)) / 1000);
  }
  ctx_.reply(*conn, f);
}

void PermanenceService::staff_take(const ConnectionPtr& conn, uint64_t id,
                                   const wire::StaffTake& req) {
  if (auto v = wire::check_ticket(req.ticket())) {
    return ctx_.fail(*conn, id, *v);
  }
  const std::string org_id = org_of_ticket(req.ticket());
  if (org_id.empty()) {
    return ctx_.fail(*conn, id, wire::NO_SUCH_TICKET,
                     "There is no such ticket (it may have ended).");
  }
  if (!require_worker(conn, id, org_id, /*admin_too=*/false)) return;
  const AccountId me = *conn->state().account;
  const uint64_t now = ctx_.clock.now_ms();
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  // Looked up again: it may have been taken or ended while the role was read.
  Ticket* t = find_ticket_locked(conn, id, req.ticket());
  if (!t) return;
  Org& org = *find_locked(t->org);
  if (!org.on_duty.count(me)) {
    return ctx_.fail(*conn, id, wire::NOT_ON_DUTY,
                     "Open the permanence (staff open) before taking a ticket.");
  }
  if (t->worker)
    return ctx_.fail(*conn, id, wire::TICKET_TAKEN, "Another worker took this ticket.");
  auto q = std::find(org.queue.begin(), org.queue.end(), t->id);
  const auto place = static_cast<size_t>(q - org.queue.begin());
  if (q != org.queue.end()) org.queue.erase(q);
  t->worker = me;
  t->taken_ms = now;
  const uint64_t waited_s = (now - std::min(now, t->knocked_ms)) / 1000;
  count_locked(t->org, [&](records::PermanenceDay& d) { counts::add_wait(d, waited_s); });
  auto answer = assigned_frame(t->id, t->org, me, t->language);
  answer.set_id(id);
  answer.mutable_ticket_assigned()->set_member(t->member.bytes());
  ctx_.reply(*conn, answer);
  out.push(t->member, assigned_frame(t->id, t->org, me, t->language));
  queue_moved_locked(out, org, place);
}

void PermanenceService::staff_handoff(const ConnectionPtr& conn, uint64_t id,
                                      const wire::StaffHandoff& req) {
  const AccountId me = *conn->state().account;
  if (auto v = wire::check_account(req.to_worker())) return ctx_.fail(*conn, id, *v);
  auto to = AccountId::from_bytes(req.to_worker());
  if (*to == me)
    return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "A ticket is handed to a colleague.");
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  Ticket* t = find_ticket_locked(conn, id, req.ticket());
  if (!t) return;
  if (t->worker != me) {
    return ctx_.fail(*conn, id, wire::FORBIDDEN,
                     "Only the worker who holds this ticket can hand it over.");
  }
  const Org& org = *find_locked(t->org);
  if (!org.on_duty.count(*to)) {
    return ctx_.fail(*conn, id, wire::NOT_ON_DUTY,
                     "That colleague is not on duty for this organisation.");
  }
  t->offered_to = *to;
  wire::ServerFrame offer;
  offer.mutable_handoff_offer()->set_ticket(t->id);
  offer.mutable_handoff_offer()->set_to_worker(to->bytes());
  out.push(t->member, std::move(offer));
  ctx_.reply(*conn, wire::ok_frame(id));
}

void PermanenceService::handoff_answer(const ConnectionPtr& conn, uint64_t id,
                                       const wire::HandoffAnswer& req) {
  const AccountId me = *conn->state().account;
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  Ticket* t = find_ticket_locked(conn, id, req.ticket());
  if (!t) return;
  if (t->member != me) return ctx_.fail(*conn, id, wire::FORBIDDEN, "This is not your ticket.");
  if (!t->offered_to || !t->worker) {
    return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT,
                     "No handoff of this ticket waits for an answer.");
  }
  Org& org = *find_locked(t->org);
  const AccountId from = *t->worker;
  const AccountId to = *t->offered_to;
  t->offered_to.reset();
  if (!req.accept()) {
    wire::ServerFrame declined;
    auto* e = declined.mutable_permanence_event();
    e->set_kind(wire::HANDOFF_DECLINED);
    e->set_org(t->org);
    e->set_room(org.open_room);
    e->set_ticket(t->id);
    out.push(from, std::move(declined));
    return ctx_.reply(*conn, wire::ok_frame(id));
  }
  if (!org.on_duty.count(to)) {
    return ctx_.fail(*conn, id, wire::NOT_ON_DUTY,
                     "That worker is no longer on duty; the conversation stays as it was.");
  }
  t->worker = to;
  count_locked(t->org, [](records::PermanenceDay& d) { d.set_handoffs(d.handoffs() + 1); });
  auto to_worker = assigned_frame(t->id, t->org, to, t->language);
  to_worker.mutable_ticket_assigned()->set_member(t->member.bytes());
  out.push(to, std::move(to_worker));
  ctx_.reply(*conn, wire::ok_frame(id));
  out.push(me, assigned_frame(t->id, t->org, to, t->language));
  out.push(from, closed_frame(t->id, "handed off"));
}

void PermanenceService::ticket_end(const ConnectionPtr& conn, uint64_t id,
                                   const wire::TicketEnd& req) {
  const AccountId me = *conn->state().account;
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  Ticket* t = find_ticket_locked(conn, id, req.ticket());
  if (!t) return;
  if (t->member != me && t->worker != me) {
    return ctx_.fail(*conn, id, wire::FORBIDDEN,
                     "Only the person or the worker of a ticket can end it.");
  }
  if (t->worker) out.push(t->member == me ? *t->worker : t->member, closed_frame(t->id, "ended"));
  const std::string ticket_id = t->id;
  drop_ticket_locked(out, *find_locked(t->org), ticket_id, ctx_.clock.now_ms());
  ctx_.reply(*conn, wire::ok_frame(id));
}

// ---------------------------------------------------------------------------------------------
// Upkeep

void PermanenceService::tick() {
  const uint64_t now = ctx_.clock.now_ms();
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  for (auto& [name, org] : orgs_) {
    std::vector<AccountId> gone;
    for (const auto& worker : org.on_duty) {
      if (ctx_.online.find(worker)) {
        org.offline_since.erase(worker);
        continue;
      }
      auto [since, fresh] = org.offline_since.emplace(worker, now);
      if (!fresh && now - since->second >= kDutyOfflineMs) gone.push_back(worker);
    }
    for (const auto& worker : gone) go_off_duty_locked(out, org, worker);
    WriteBatch expired;
    for (auto it = org.inbox.begin(); it != org.inbox.end();) {
      if (it->second.received_ms() + inbox_keep_ms() < now) {
        expired.erase(Table::orgs, marker_key(name, it->first));
        it = org.inbox.erase(it);
      } else {
        ++it;
      }
    }
    if (!expired.empty()) {
      ctx_.commit_unanswered(std::move(expired), Durability::buffered,
                             "expiring out-of-hours message markers");
    }
  }
  std::vector<std::string> abandoned;
  for (const auto& [ticket_id, t] : tickets_) {
    if (t.worker && now - std::min(now, t.taken_ms) >= kTakenTicketMaxMs)
      abandoned.push_back(ticket_id);
  }
  for (const auto& ticket_id : abandoned) {
    const Ticket& t = tickets_.at(ticket_id);
    out.push(t.member, closed_frame(ticket_id, "ended"));
    out.push(*t.worker, closed_frame(ticket_id, "ended"));
    drop_ticket_locked(out, *find_locked(t.org), ticket_id, now);
  }
}

}  // namespace relais::server

// The live permanence: workers on duty, the queue of anonymous tickets, taking a ticket,
// handoffs between workers with the member's consent, the messages of a ticket's conversation,
// and the end of a conversation. All of it is stored (a restart ends nothing), and nothing stored
// names a member: see permanences.h.
#include <algorithm>

#include "core/base/encoding.h"
#include "core/crypto/digest.h"
#include "core/crypto/random.h"
#include "core/wire/contract.h"
#include "server/relay/log.h"
#include "server/relay/permanence_counts.h"
#include "server/relay/permanences.h"
#include "server/relay/staged_changes.h"

namespace relais::server {
namespace {

constexpr size_t kTicketBytes = 5;  // wire::kTicketChars (8) base32 characters
static_assert(kTicketBytes * 8 == wire::kTicketChars * 5);
constexpr size_t kRecentConversations = 20;
constexpr std::string_view kBindingContext = "relais-ticket-v1";
constexpr std::string_view kTicketIdContext = "relais-ticket-id-v1";
constexpr char kTicketKeyName[] = "ticket-key";
constexpr char kTicketPrefix[] = "tk/";
constexpr char kDutyPrefix[] = "duty/";

constexpr char kEnded[] = "ended";
constexpr char kLeft[] = "left";
constexpr char kPermanenceClosed[] = "permanence closed";
constexpr char kHandedOff[] = "handed off";
constexpr char kExpired[] = "expired";
constexpr char kAway[] = "away";

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

std::optional<AccountId> account_of(const std::string& bytes) {
  if (bytes.empty()) return std::nullopt;
  return AccountId::from_bytes(bytes);
}

}  // namespace

std::optional<AccountId> PermanenceService::Ticket::worker() const {
  return account_of(record.worker());
}

std::optional<AccountId> PermanenceService::Ticket::offered_to() const {
  return account_of(record.offered_to());
}

std::string PermanenceService::ticket_key(std::string_view binding) {
  return kTicketPrefix + std::string(binding);
}

std::string PermanenceService::duty_key(std::string_view org, const AccountId& worker) {
  return kDutyPrefix + std::string(org) + '/' + worker.bytes();
}

std::string PermanenceService::binding_of(std::string_view secret) {
  std::string input(kBindingContext);
  input.append(secret);
  return crypto::sha256(input);
}

// ---------------------------------------------------------------------------------------------
// One request's changes to tickets and duty

// The records a request changes, written as one batch, and how to put memory back if the store
// refuses it (at once) or fails to write it (later, under the lock): each ticket touched is
// restored as it was, unless a later change already moved it on.
class PermanenceService::TicketChange {
 public:
  explicit TicketChange(PermanenceService& service) : s_(service), staged_(service.mutex_) {}

  // Before `t` changes in memory (or is forgotten).
  void touch(const Ticket& t) { before_.emplace(t.id, t); }
  // A ticket this request made.
  void created(const std::string& id) { before_.emplace(id, std::nullopt); }
  // A worker went on or off duty.
  void duty(const std::string& org, const AccountId& worker, bool on, const std::string& room) {
    if (on) {
      staged_.batch().put(Table::orgs, duty_key(org, worker), room);
    } else {
      staged_.batch().erase(Table::orgs, duty_key(org, worker));
    }
    staged_.undo([this, org, worker, on] {
      Org* o = s_.find_locked(org);
      if (!o) return;
      if (on) {
        o->on_duty.erase(worker);
      } else {
        o->on_duty.insert(worker);
      }
    });
  }
  bool empty() { return before_.empty() && staged_.batch().empty(); }

  // Writes every ticket touched as it is now (erasing the record of one forgotten).
  [[nodiscard]] Status commit(Durability durability, KvStore::Done done) && {
    for (auto& [id, before] : before_) {
      auto it = s_.tickets_.find(id);
      uint64_t version = 0;
      if (it == s_.tickets_.end()) {
        if (!before) continue;  // made and forgotten within the request
        staged_.batch().erase(Table::orgs, ticket_key(before->binding));
      } else {
        version = it->second.version = ++s_.ticket_versions_;
        staged_.batch().put(Table::orgs, ticket_key(it->second.binding),
                            it->second.record.SerializeAsString());
      }
      staged_.undo([this, id = id, before = std::move(before), version] {
        auto now = s_.tickets_.find(id);
        const bool untouched_since =
            now == s_.tickets_.end() ? version == 0 : now->second.version == version;
        if (untouched_since) s_.put_back_locked(id, before);
      });
    }
    return std::move(staged_).commit(s_.ctx_.store, durability, std::move(done));
  }

 private:
  PermanenceService& s_;
  StagedChanges staged_;
  std::map<std::string, std::optional<Ticket>> before_;
};

void PermanenceService::forget_locked(const std::string& id) {
  auto it = tickets_.find(id);
  if (it == tickets_.end()) return;
  if (it->second.member) {
    auto mine = ticket_of_.find(*it->second.member);
    if (mine != ticket_of_.end() && mine->second == id) ticket_of_.erase(mine);
  }
  by_binding_.erase(it->second.binding);
  const std::string org = it->second.record.org();
  tickets_.erase(it);
  if (Org* o = find_locked(org)) rebuild_queue_locked(*o);
}

void PermanenceService::put_back_locked(const std::string& id,
                                        const std::optional<Ticket>& before) {
  forget_locked(id);
  if (!before) return;
  Ticket& t = tickets_.emplace(id, *before).first->second;
  by_binding_[t.binding] = id;
  if (t.live() && t.member) ticket_of_[*t.member] = id;
  if (Org* o = find_locked(t.record.org())) rebuild_queue_locked(*o);
}

// A ticket ended and both sides know: nothing is kept of it any more.
void PermanenceService::settle_locked(const std::string& id) {
  auto it = tickets_.find(id);
  if (it == tickets_.end() || it->second.live()) return;
  const auto& r = it->second.record;
  if (r.member_told() && r.worker_told() && (r.handed_from().empty() || r.handed_told())) {
    forget_locked(id);
  }
}

// ---------------------------------------------------------------------------------------------
// Loading

std::string PermanenceService::ticket_id_locked(std::string_view binding, uint32_t round) const {
  std::string input(kTicketIdContext);
  input.append(binding);
  input.append(be32(round));
  return to_base32(crypto::hmac_sha256(ticket_key_, input).substr(0, kTicketBytes));
}

Status PermanenceService::load_live_locked() {
  // The ticket key is made once, at the first start, and never leaves the store.
  RELAIS_TRY_ASSIGN(auto key, ctx_.store.get(Table::meta, kTicketKeyName));
  if (!key) {
    key = crypto::random_bytes(32);
    WriteBatch batch;
    batch.put(Table::meta, kTicketKeyName, *key);
    RELAIS_TRY(ctx_.store.commit_and_wait(std::move(batch), Durability::synced));
  }
  ticket_key_ = std::move(*key);
  // Nobody has presented a ticket's secret yet: the waiting count as away from the start, so
  // that a restart gives each member the whole grace to come back (and never drops at once).
  started_ms_ = ctx_.clock.now_ms();

  const std::string tickets_begin = kTicketPrefix;
  RELAIS_TRY(ctx_.store.scan(
      Table::orgs, tickets_begin, prefix_end(tickets_begin), 0,
      [&](std::string_view k, std::string_view v) {
        Ticket t;
        t.binding = std::string(k.substr(tickets_begin.size()));
        if (!t.record.ParseFromArray(v.data(), static_cast<int>(v.size())) ||
            !find_locked(t.record.org())) {
          RELAIS_LOG(warn) << "a stored ticket is damaged or of an unknown organisation; skipped";
          return true;
        }
        t.id = ticket_id_locked(t.binding, t.record.id_round());
        t.away_since_ms = started_ms_;
        next_order_ = std::max(next_order_, t.record.order() + 1);
        by_binding_[t.binding] = t.id;
        tickets_.emplace(t.id, std::move(t));
        return true;
      }));
  const std::string duty_begin = kDutyPrefix;
  RELAIS_TRY(ctx_.store.scan(Table::orgs, duty_begin, prefix_end(duty_begin), 0,
                             [&](std::string_view k, std::string_view v) {
                               k.remove_prefix(duty_begin.size());
                               // The org id has no '/'; the account's raw bytes may.
                               const auto slash = k.find('/');
                               if (slash == std::string_view::npos) return true;
                               Org* org = find_locked(k.substr(0, slash));
                               auto worker = AccountId::from_bytes(k.substr(slash + 1));
                               if (!org || !worker) return true;
                               org->on_duty.insert(*worker);
                               if (org->open_room.empty()) org->open_room = std::string(v);
                               return true;
                             }));
  for (auto& [_, org] : orgs_) rebuild_queue_locked(org);
  return ok_status();
}

// ---------------------------------------------------------------------------------------------
// Helpers

void PermanenceService::push(const AccountId& account, const wire::ServerFrame& frame) {
  if (auto conn = ctx_.online.find(account)) ctx_.reply(*conn, frame);
}

void PermanenceService::tell_watchers(const std::string& org, wire::PermanenceEventKind kind) {
  wire::ServerFrame f;
  f.mutable_permanence_event()->set_kind(kind);
  f.mutable_permanence_event()->set_org(org);
  std::vector<ConnectionPtr> live;
  {
    std::lock_guard lock(watchers_mutex_);
    std::erase_if(watchers_, [](const ConnectionWeak& w) { return w.expired(); });
    for (const auto& w : watchers_) {
      if (auto c = w.lock()) live.push_back(std::move(c));
    }
  }
  for (const auto& c : live) ctx_.reply(*c, f);
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

wire::Ticket PermanenceService::ticket_view_locked(const Ticket& ticket) const {
  wire::Ticket t;
  t.set_ticket(ticket.id);
  t.set_org(ticket.record.org());
  const auto org_it = orgs_.find(ticket.record.org());
  if (!ticket.live()) {
    t.set_ended(ticket.record.ended());
    // Its last worker, already told to the member when she took it: a member who was away then
    // learns whose messages were part of it.
    t.set_worker(ticket.record.worker());
    if (ticket.record.ended() == kPermanenceClosed && org_it != orgs_.end()) {
      auto workers = has_workers(ticket.record.org());
      *t.mutable_closed() = closed_view_locked(org_it->second, workers.ok() && *workers);
    }
    return t;
  }
  t.set_language(ticket.record.language());
  if (ticket.taken()) {
    t.set_worker(ticket.record.worker());
    t.set_offered_to(ticket.record.offered_to());
    return t;
  }
  if (org_it == orgs_.end()) return t;
  const Org& org = org_it->second;
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
  if (auto slot = org.schedule.open_at(now)) {
    c.set_slot_end_ms(static_cast<uint64_t>(slot->end_ms));
    c.set_slot_end_local(schedule::format_brussels(slot->end_ms));
  }
  c.set_can_leave_message(can_leave_message);
  for (const auto& n : resources_.emergency()) *c.add_emergency() = n;
  c.set_region(org.record.org().region());
  return c;
}

std::vector<std::string> PermanenceService::languages_offered_locked(const Org& org,
                                                                     uint64_t now) const {
  if (auto slot = org.schedule.open_at(static_cast<int64_t>(now))) {
    if (const auto* s = org.schedule.find(slot->slot_id); s && !s->languages.empty()) {
      return s->languages;
    }
  }
  const auto& listed = org.record.org().languages();
  return {listed.begin(), listed.end()};
}

void PermanenceService::rebuild_queue_locked(Org& org) {
  std::vector<std::pair<uint64_t, std::string>> waiting;
  for (const auto& [id, t] : tickets_) {
    if (t.live() && !t.taken() && t.record.org() == org.record.org().org()) {
      waiting.emplace_back(t.record.order(), id);
    }
  }
  std::sort(waiting.begin(), waiting.end());
  org.queue.clear();
  for (auto& [_, id] : waiting) org.queue.push_back(std::move(id));
}

void PermanenceService::queue_moved_locked(Outbox& out, Org& org, size_t from) {
  for (size_t i = from; i < org.queue.size(); ++i) {
    const Ticket& t = tickets_.at(org.queue[i]);
    if (!t.member) continue;  // told when it presents its secret again
    wire::ServerFrame f;
    *f.mutable_ticket() = ticket_view_locked(t);
    out.push(*t.member, std::move(f));
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

void PermanenceService::end_ticket_locked(Outbox& out, TicketChange& change, Ticket& t,
                                          const char* reason, uint64_t now, bool tell_queue) {
  change.touch(t);
  Org& org = *find_locked(t.record.org());
  if (t.taken()) {
    remember_conversation_locked(org, (now - std::min(now, t.record.taken_ms())) / 1000);
  } else {
    auto q = std::find(org.queue.begin(), org.queue.end(), t.id);
    const auto place = static_cast<size_t>(q - org.queue.begin());
    if (q != org.queue.end()) org.queue.erase(q);
    count_locked(org.record.org().org(),
                 [](records::PermanenceDay& d) { d.set_unanswered(d.unanswered() + 1); });
    if (tell_queue) queue_moved_locked(out, org, place);
  }
  t.record.set_ended(reason);
  t.record.set_ended_ms(now);
  t.record.clear_offered_to();
  t.record.set_handoff_declined(false);
  t.record.set_member_told(false);
  t.record.set_worker_told(!t.taken());
  if (t.member) {
    auto mine = ticket_of_.find(*t.member);
    if (mine != ticket_of_.end() && mine->second == t.id) ticket_of_.erase(mine);
  }
}

PermanenceService::Ticket* PermanenceService::find_ticket_locked(const ConnectionPtr& conn,
                                                                 uint64_t id,
                                                                 std::string_view ticket,
                                                                 bool ended_too) {
  if (auto v = wire::check_ticket(ticket)) {
    ctx_.fail(*conn, id, *v);
    return nullptr;
  }
  auto it = tickets_.find(std::string(ticket));
  if (it == tickets_.end() || (!ended_too && !it->second.live())) {
    ctx_.fail(*conn, id, wire::NO_SUCH_TICKET, "There is no such ticket (it may have ended).");
    return nullptr;
  }
  return &it->second;
}

PermanenceService::Ticket* PermanenceService::ticket_of_locked(const AccountId& account) {
  auto mine = ticket_of_.find(account);
  if (mine == ticket_of_.end()) return nullptr;
  auto it = tickets_.find(mine->second);
  return it == tickets_.end() || !it->second.live() ? nullptr : &it->second;
}

void PermanenceService::attach_locked(Outbox& out, Ticket& t, const AccountId& account) {
  if (!t.live() || t.member == account) return;
  if (t.member) {
    auto mine = ticket_of_.find(*t.member);
    if (mine != ticket_of_.end() && mine->second == t.id) ticket_of_.erase(mine);
  }
  const bool was_unknown = !t.member.has_value();
  t.member = account;
  t.away_since_ms = 0;
  ticket_of_[account] = t.id;
  // After a restart of the relay its worker may not know who holds it: now it can write.
  if (was_unknown && t.taken()) {
    auto f = assigned_frame(t.id, t.record.org(), *t.worker(), t.record.language());
    f.mutable_ticket_assigned()->set_member(account.bytes());
    out.push(*t.worker(), std::move(f));
  }
}

std::string PermanenceService::org_of_ticket(std::string_view ticket) {
  std::lock_guard lock(mutex_);
  auto it = tickets_.find(std::string(ticket));
  return it == tickets_.end() || !it->second.live() ? std::string() : it->second.record.org();
}

void PermanenceService::answer_status_locked(Outbox& out, const ConnectionPtr& conn, uint64_t id,
                                             Ticket& t) {
  const AccountId me = *conn->state().account;
  if (t.live()) {
    if (Ticket* other = ticket_of_locked(me); other && other != &t) {
      return ctx_.fail(*conn, id, wire::FORBIDDEN, "This account holds another ticket.");
    }
    // A secret replayed by another account while its member is known: refused, and the ticket
    // stays hers. (After a restart of the relay the first account to present it is bound.)
    if (t.member && *t.member != me) {
      return ctx_.fail(*conn, id, wire::FORBIDDEN, "This ticket belongs to another account.");
    }
    attach_locked(out, t, me);
    t.away_since_ms = 0;
    if (t.network == 0) {  // known again after a restart of the relay
      t.network = conn->state().network_key;
      t.new_account = ctx_.is_new_account(conn->state());
    }
  }
  wire::ServerFrame f;
  f.set_id(id);
  *f.mutable_ticket() = ticket_view_locked(t);
  ctx_.reply(*conn, f);
  if (t.live() || t.record.member_told()) return;
  // She knows now: once her worker does too, nothing is kept. Told again if this is lost.
  TicketChange change(*this);
  const std::string ticket_id = t.id;
  change.touch(t);
  t.record.set_member_told(true);
  settle_locked(ticket_id);
  (void)std::move(change).commit(Durability::buffered, {});
}

void PermanenceService::go_off_duty_locked(Outbox& out, TicketChange& change, Org& org,
                                           const AccountId& worker) {
  if (!org.on_duty.erase(worker)) return;
  const std::string org_id = org.record.org().org();
  change.duty(org_id, worker, false, {});
  org.offline_since.erase(worker);
  if (!org.on_duty.empty()) return;
  // The last worker left: the permanence ends, and no one is left waiting on a closed door.
  announce_locked(org, org.open_room, wire::PERMANENCE_ENDED);
  out.opened_or_closed(org_id, wire::CLOSED);
  org.open_room.clear();
  if (org.queue.empty()) return;
  auto workers = has_workers(org_id);
  wire::ServerFrame closed;
  *closed.mutable_permanence_closed() = closed_view_locked(org, workers.ok() && *workers);
  const uint64_t now = ctx_.clock.now_ms();
  const std::deque<std::string> waiting = org.queue;
  for (const auto& ticket_id : waiting) {
    auto it = tickets_.find(ticket_id);
    if (it == tickets_.end()) continue;
    if (it->second.member) {
      out.push(*it->second.member, closed);
      out.push(*it->second.member, closed_frame(ticket_id, kPermanenceClosed));
    }
    end_ticket_locked(out, change, it->second, kPermanenceClosed, now);  // counted unanswered
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
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  Org& org = *find_locked(req.org());
  org.offline_since.erase(me);
  if (org.on_duty.count(me)) return ctx_.reply(*conn, wire::ok_frame(id));
  const bool was_closed = org.on_duty.empty();
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
  }
  org.on_duty.insert(me);
  TicketChange change(*this);
  change.duty(req.org(), me, true, org.open_room);
  if (!std::move(change)
           .commit(Durability::synced, ctx_.answer_when_stored(conn, wire::ok_frame(id)))
           .ok()) {
    return ctx_.store_failed(*conn, id);
  }
  if (was_closed) {
    count_locked(req.org(),
                 [](records::PermanenceDay& d) { d.set_permanences(d.permanences() + 1); });
    announce_locked(org, org.open_room, wire::PERMANENCE_STARTED);
    out.opened_or_closed(req.org(), wire::OPENED);
  }
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
      TicketChange change(*this);
      go_off_duty_locked(out, change, org, me);
      if (!std::move(change)
               .commit(Durability::synced, ctx_.answer_when_stored(conn, wire::ok_frame(id)))
               .ok()) {
        out.cancel();
        ctx_.store_failed(*conn, id);
      }
      return;
    }
  }
  // Not on duty: closing again is fine for a worker, refused for anyone else.
  if (!require_worker(conn, id, req.org(), /*admin_too=*/false)) return;
  ctx_.reply(*conn, wire::ok_frame(id));
}

// ---------------------------------------------------------------------------------------------
// Members

void PermanenceService::knock(const ConnectionPtr& conn, uint64_t id, const wire::Knock& req) {
  if (auto v = wire::check(req)) return ctx_.fail(*conn, id, *v);
  if (!check_org(conn, id, req.org())) return;
  const AccountId me = *conn->state().account;
  const std::string binding = binding_of(req.secret());
  // Whether a message can be left, read before the lock (a store scan).
  auto workers = has_workers(req.org());
  const bool can_leave_message = workers.ok() && *workers;
  const uint64_t now = ctx_.clock.now_ms();
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  // The same secret again (a knock sent twice, or after a reconnection): the same ticket.
  if (auto known = by_binding_.find(binding); known != by_binding_.end()) {
    return answer_status_locked(out, conn, id, tickets_.at(known->second));
  }
  wire::ServerFrame f;
  f.set_id(id);
  if (const Ticket* mine = ticket_of_locked(me)) {
    // One ticket per account: knocking again answers with the ticket it holds.
    *f.mutable_ticket() = ticket_view_locked(*mine);
    return ctx_.reply(*conn, f);
  }
  Org& org = *find_locked(req.org());
  if (org.on_duty.empty()) {
    *f.mutable_permanence_closed() = closed_view_locked(org, can_leave_message);
    return ctx_.reply(*conn, f);
  }
  if (!req.anyway() && !req.language().empty()) {
    auto offered = languages_offered_locked(org, now);
    if (!offered.empty() &&
        std::find(offered.begin(), offered.end(), req.language()) == offered.end()) {
      auto* l = f.mutable_languages_offered();
      l->set_org(req.org());
      l->set_asked(req.language());
      for (auto& language : offered) l->add_languages(std::move(language));
      l->set_can_leave_message(can_leave_message);
      return ctx_.reply(*conn, f);
    }
  }
  if (!queue_has_room_locked(conn, id, org, can_leave_message)) return;
  // Knocks that make a ticket, per account: knocking and leaving in a loop writes a record and
  // a count each time.
  if (!ctx_.limits.knocks.take(RelayContext::account_key(me), now)) {
    ctx_.refused(Refusal::knock_account);
    return ctx_.fail(*conn, id, wire::RATE_LIMITED,
                     "You knocked many times just now; try again in a minute.");
  }
  Ticket t;
  t.binding = binding;
  for (uint32_t round = 0;; ++round) {
    t.id = ticket_id_locked(binding, round);
    if (!tickets_.count(t.id)) {
      t.record.set_id_round(round);
      break;
    }
  }
  t.record.set_org(req.org());
  t.record.set_language(req.language());
  t.record.set_knocked_ms(now);
  t.record.set_order(next_order_++);
  t.member = me;
  t.network = conn->state().network_key;
  t.new_account = ctx_.is_new_account(conn->state());
  const std::string ticket_id = t.id;
  TicketChange change(*this);
  change.created(ticket_id);
  by_binding_[binding] = ticket_id;
  ticket_of_[me] = ticket_id;
  tickets_.emplace(ticket_id, std::move(t));
  org.queue.push_back(ticket_id);
  const Ticket& stored = tickets_.at(ticket_id);
  *f.mutable_ticket() = ticket_view_locked(stored);
  if (!std::move(change).commit(Durability::synced, ctx_.answer_when_stored(conn, f)).ok()) {
    ctx_.limits.knocks.give_back(RelayContext::account_key(me), 1);
    return ctx_.store_failed(*conn, id);
  }
  count_locked(req.org(),
               [&](records::PermanenceDay& d) { counts::add_language(d, req.language()); });
  wire::PermanenceEvent e;
  e.set_kind(wire::NEW_TICKET);
  e.set_ticket(ticket_id);
  e.set_queue_length(static_cast<uint32_t>(org.queue.size()));
  push_to_duty_locked(out, org, std::move(e));
}

bool PermanenceService::queue_has_room_locked(const ConnectionPtr& conn, uint64_t id,
                                              const Org& org, bool can_leave_message) {
  // The queue of a permanence is bounded, and the accounts of one network, new ones included,
  // hold at most their part of it; new accounts from every network together hold at most half
  // the queue: many accounts of one person cannot bury a real knock, nor fill the queue so that
  // she finds no place. (Before, new accounts of every network shared one network's part, and
  // ten fresh accounts of one /24 kept every new member out: fourth attacker review.)
  wire::QueueFull full = wire::QUEUE_NOT_FULL;
  const ConnState& st = conn->state();
  const bool young = ctx_.is_new_account(st);
  const size_t share = ctx_.config.permanence_queue_per_network;
  if (org.queue.size() >= ctx_.config.permanence_queue_max) {
    ctx_.refused(Refusal::permanence_queue_max);
    full = wire::QUEUE_AT_MAX;
  } else {
    size_t from_network = 0;
    size_t from_new = 0;
    for (const auto& ticket_id : org.queue) {
      const Ticket& t = tickets_.at(ticket_id);
      if (t.network != 0 && t.network == st.network_key) ++from_network;
      if (t.new_account) ++from_new;
    }
    if (from_network >= share) {
      ctx_.refused(Refusal::permanence_queue_network);
      full = wire::QUEUE_NETWORK_SHARE;
    } else if (young && from_new >= std::max(share, ctx_.config.permanence_queue_max / 2)) {
      ctx_.refused(Refusal::permanence_queue_new_accounts);
      full = wire::QUEUE_NETWORK_SHARE;
    }
  }
  if (full == wire::QUEUE_NOT_FULL) return true;
  // No ticket: where to turn, as when the permanence is closed.
  wire::ServerFrame f;
  f.set_id(id);
  *f.mutable_permanence_closed() = closed_view_locked(org, can_leave_message);
  f.mutable_permanence_closed()->set_full(full);
  ctx_.reply(*conn, f);
  return false;
}

void PermanenceService::ticket_status(const ConnectionPtr& conn, uint64_t id,
                                      const wire::TicketStatus& req) {
  const AccountId me = *conn->state().account;
  if (!req.secret().empty()) {
    if (auto v = wire::check_ticket_secret(req.secret())) return ctx_.fail(*conn, id, *v);
  }
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  if (!req.secret().empty()) {
    auto known = by_binding_.find(binding_of(req.secret()));
    if (known == by_binding_.end()) {
      return ctx_.fail(*conn, id, wire::NO_SUCH_TICKET,
                       "There is no such ticket (it may have ended).");
    }
    return answer_status_locked(out, conn, id, tickets_.at(known->second));
  }
  const Ticket* mine = ticket_of_locked(me);
  if (!mine) return ctx_.fail(*conn, id, wire::NO_SUCH_TICKET, "You hold no ticket.");
  wire::ServerFrame f;
  f.set_id(id);
  *f.mutable_ticket() = ticket_view_locked(*mine);
  ctx_.reply(*conn, f);
}

void PermanenceService::ticket_leave(const ConnectionPtr& conn, uint64_t id) {
  const AccountId me = *conn->state().account;
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  Ticket* t = ticket_of_locked(me);
  if (!t) return ctx_.fail(*conn, id, wire::NO_SUCH_TICKET, "You hold no ticket.");
  const std::string ticket_id = t->id;
  if (auto worker = t->worker()) out.push(*worker, closed_frame(ticket_id, kLeft));
  TicketChange change(*this);
  end_ticket_locked(out, change, *t, kLeft, ctx_.clock.now_ms());
  t->record.set_member_told(true);
  settle_locked(ticket_id);
  if (!std::move(change)
           .commit(Durability::synced, ctx_.answer_when_stored(conn, wire::ok_frame(id)))
           .ok()) {
    out.cancel();
    ctx_.store_failed(*conn, id);
  }
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
    e->set_language(t.record.language());
    e->set_waiting_s((now - std::min(now, t.record.knocked_ms())) / 1000);
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
  Org& org = *find_locked(t->record.org());
  if (!org.on_duty.count(me)) {
    return ctx_.fail(*conn, id, wire::NOT_ON_DUTY,
                     "Go on duty for this organisation (staff open) before taking a ticket.");
  }
  if (t->taken())
    return ctx_.fail(*conn, id, wire::TICKET_TAKEN, "Another worker took this ticket.");
  TicketChange change(*this);
  change.touch(*t);
  auto q = std::find(org.queue.begin(), org.queue.end(), t->id);
  const auto place = static_cast<size_t>(q - org.queue.begin());
  if (q != org.queue.end()) org.queue.erase(q);
  t->record.set_worker(me.bytes());
  t->record.set_taken_ms(now);
  const uint64_t waited_s = (now - std::min(now, t->record.knocked_ms())) / 1000;
  auto answer = assigned_frame(t->id, t->record.org(), me, t->record.language());
  answer.set_id(id);
  // Empty while the member has not come back since a restart of the relay: her client then
  // presents its secret and this worker is told who she is (attach_locked).
  if (t->member) answer.mutable_ticket_assigned()->set_member(t->member->bytes());
  if (!std::move(change).commit(Durability::synced, ctx_.answer_when_stored(conn, answer)).ok()) {
    return ctx_.store_failed(*conn, id);
  }
  count_locked(t->record.org(), [&](records::PermanenceDay& d) { counts::add_wait(d, waited_s); });
  if (t->member) {
    out.push(*t->member, assigned_frame(t->id, t->record.org(), me, t->record.language()));
  }
  queue_moved_locked(out, org, place);
}

void PermanenceService::staff_handoff(const ConnectionPtr& conn, uint64_t id,
                                      const wire::StaffHandoff& req) {
  const AccountId me = *conn->state().account;
  if (auto v = wire::check_ticket(req.ticket())) return ctx_.fail(*conn, id, *v);
  if (auto v = wire::check_account(req.to_worker())) return ctx_.fail(*conn, id, *v);
  auto to = AccountId::from_bytes(req.to_worker());
  if (*to == me)
    return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "A ticket is handed to a colleague.");
  const std::string org_id = org_of_ticket(req.ticket());
  if (org_id.empty()) {
    return ctx_.fail(*conn, id, wire::NO_SUCH_TICKET,
                     "There is no such ticket (it may have ended).");
  }
  auto colleague = is_worker(*to, org_id);
  if (!colleague.ok()) return ctx_.store_failed(*conn, id);
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  Ticket* t = find_ticket_locked(conn, id, req.ticket());
  if (!t) return;
  if (t->worker() != me) {
    if (t->record.handed_from() == me.bytes()) {
      return ctx_.fail(*conn, id, wire::TICKET_HANDED_OFF,
                       "This conversation was handed to a colleague already.");
    }
    return ctx_.fail(*conn, id, wire::FORBIDDEN,
                     "Only the worker who holds this ticket can hand it over.");
  }
  const Org& org = *find_locked(t->record.org());
  if (!*colleague || !org.on_duty.count(*to)) {
    return ctx_.fail(*conn, id, wire::NOT_ON_DUTY,
                     "That colleague is not on duty for this organisation.");
  }
  TicketChange change(*this);
  change.touch(*t);
  t->record.set_offered_to(to->bytes());
  t->record.set_handoff_declined(false);
  if (!std::move(change)
           .commit(Durability::synced, ctx_.answer_when_stored(conn, wire::ok_frame(id)))
           .ok()) {
    return ctx_.store_failed(*conn, id);
  }
  if (t->member) {
    wire::ServerFrame offer;
    offer.mutable_handoff_offer()->set_ticket(t->id);
    offer.mutable_handoff_offer()->set_to_worker(to->bytes());
    out.push(*t->member, std::move(offer));
  }
}

void PermanenceService::handoff_answer(const ConnectionPtr& conn, uint64_t id,
                                       const wire::HandoffAnswer& req) {
  const AccountId me = *conn->state().account;
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  Ticket* t = find_ticket_locked(conn, id, req.ticket());
  if (!t) return;
  if (t->member != me) return ctx_.fail(*conn, id, wire::FORBIDDEN, "This is not your ticket.");
  const auto from = t->worker();
  const auto to = t->offered_to();
  if (!from || !to) {
    return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT,
                     "No handoff of this ticket waits for an answer.");
  }
  Org& org = *find_locked(t->record.org());
  if (req.accept() && !org.on_duty.count(*to)) {
    return ctx_.fail(*conn, id, wire::NOT_ON_DUTY,
                     "That worker is no longer on duty; the conversation stays as it was.");
  }
  TicketChange change(*this);
  change.touch(*t);
  t->record.clear_offered_to();
  if (!req.accept()) {
    t->record.set_handoff_declined(true);  // until its worker's client has seen it
    if (!std::move(change)
             .commit(Durability::synced, ctx_.answer_when_stored(conn, wire::ok_frame(id)))
             .ok()) {
      return ctx_.store_failed(*conn, id);
    }
    wire::ServerFrame declined;
    auto* e = declined.mutable_permanence_event();
    e->set_kind(wire::HANDOFF_DECLINED);
    e->set_org(t->record.org());
    e->set_room(org.open_room);
    e->set_ticket(t->id);
    return out.push(*from, std::move(declined));
  }
  t->record.set_handoff_declined(false);
  t->record.set_handed_from(from->bytes());
  t->record.set_handed_told(false);
  t->record.set_worker(to->bytes());
  if (!std::move(change)
           .commit(Durability::synced, ctx_.answer_when_stored(conn, wire::ok_frame(id)))
           .ok()) {
    return ctx_.store_failed(*conn, id);
  }
  count_locked(t->record.org(),
               [](records::PermanenceDay& d) { d.set_handoffs(d.handoffs() + 1); });
  auto to_worker = assigned_frame(t->id, t->record.org(), *to, t->record.language());
  to_worker.mutable_ticket_assigned()->set_member(me.bytes());
  out.push(*to, std::move(to_worker));
  out.push(me, assigned_frame(t->id, t->record.org(), *to, t->record.language()));
  out.push(*from, closed_frame(t->id, kHandedOff));
}

void PermanenceService::ticket_end(const ConnectionPtr& conn, uint64_t id,
                                   const wire::TicketEnd& req) {
  const AccountId me = *conn->state().account;
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  Ticket* t = find_ticket_locked(conn, id, req.ticket());
  if (!t) return;
  const bool by_member = t->member == me;
  const bool by_worker = t->worker() == me;
  if (!by_member && !by_worker) {
    if (t->record.handed_from() == me.bytes()) {
      return ctx_.fail(*conn, id, wire::TICKET_HANDED_OFF,
                       "This conversation was handed to a colleague; it is hers to end.");
    }
    return ctx_.fail(*conn, id, wire::FORBIDDEN,
                     "Only the person or the worker of a ticket can end it.");
  }
  const std::string ticket_id = t->id;
  if (by_worker && t->member) out.push(*t->member, closed_frame(ticket_id, kEnded));
  if (by_member) {
    if (auto worker = t->worker()) out.push(*worker, closed_frame(ticket_id, kEnded));
  }
  TicketChange change(*this);
  end_ticket_locked(out, change, *t, kEnded, ctx_.clock.now_ms());
  if (by_member) t->record.set_member_told(true);
  if (by_worker) t->record.set_worker_told(true);
  settle_locked(ticket_id);
  if (!std::move(change)
           .commit(Durability::synced, ctx_.answer_when_stored(conn, wire::ok_frame(id)))
           .ok()) {
    out.cancel();
    ctx_.store_failed(*conn, id);
  }
}

void PermanenceService::ticket_send(const ConnectionPtr& conn, uint64_t id,
                                    const wire::TicketSend& req) {
  if (auto v = wire::check(req)) return ctx_.fail(*conn, id, *v);
  const AccountId me = *conn->state().account;
  const auto to = AccountId::from_bytes(req.send().to());
  {
    std::lock_guard lock(mutex_);
    Ticket* t = find_ticket_locked(conn, id, req.ticket());
    if (!t) return;
    if (t->worker() == me) {
      // Its member may not have come back since a restart: the worker's device knows her.
      if (t->member && *t->member != *to) {
        return ctx_.fail(*conn, id, wire::FORBIDDEN, "That account does not hold this ticket.");
      }
    } else if (t->member == me) {
      if (!t->taken()) {
        return ctx_.fail(*conn, id, wire::FORBIDDEN, "No worker has taken this ticket yet.");
      }
      if (t->worker() != *to) {
        return ctx_.fail(*conn, id, wire::TICKET_HANDED_OFF,
                         "This conversation is with another worker now.");
      }
    } else if (t->record.handed_from() == me.bytes()) {
      return ctx_.fail(*conn, id, wire::TICKET_HANDED_OFF,
                       "This conversation was handed to a colleague; you can no longer write in "
                       "it.");
    } else {
      return ctx_.fail(*conn, id, wire::FORBIDDEN, "This is not your ticket.");
    }
  }
  rooms_.deliver(conn, id, req.send());
}

void PermanenceService::staff_status(const ConnectionPtr& conn, uint64_t id) {
  const AccountId me = *conn->state().account;
  wire::ServerFrame f;
  f.set_id(id);
  auto* state = f.mutable_staff_state();
  std::lock_guard lock(mutex_);
  for (const auto& [name, org] : orgs_) {
    if (org.on_duty.count(me)) state->add_on_duty(name);
  }
  TicketChange change(*this);
  std::vector<std::string> settled;
  for (auto& [ticket_id, t] : tickets_) {
    const bool mine = t.worker() == me;
    if (t.live() && mine) {
      auto* a = state->add_tickets();
      a->set_ticket(ticket_id);
      a->set_org(t.record.org());
      a->set_worker(me.bytes());
      if (t.member) a->set_member(t.member->bytes());
      a->set_language(t.record.language());
      a->set_offered_to(t.record.offered_to());
      if (t.record.handoff_declined()) {
        state->add_declined(ticket_id);
        change.touch(t);
        t.record.set_handoff_declined(false);
      }
    }
    if (!t.live() && mine && !t.record.worker_told()) {
      auto* c = state->add_ended();
      c->set_ticket(ticket_id);
      c->set_reason(t.record.ended());
      change.touch(t);
      t.record.set_worker_told(true);
      settled.push_back(ticket_id);
    }
    if (t.record.handed_from() == me.bytes() && !t.record.handed_told()) {
      auto* c = state->add_ended();
      c->set_ticket(ticket_id);
      c->set_reason(kHandedOff);
      change.touch(t);
      t.record.set_handed_told(true);
      settled.push_back(ticket_id);
    }
  }
  for (const auto& ticket_id : settled) settle_locked(ticket_id);
  ctx_.reply(*conn, f);
  // Told again if this write is lost: the client takes the same news twice without harm.
  if (!change.empty()) (void)std::move(change).commit(Durability::buffered, {});
}

// ---------------------------------------------------------------------------------------------
// Upkeep

void PermanenceService::member_gone(const AccountId& account) {
  std::lock_guard lock(mutex_);
  Ticket* t = ticket_of_locked(account);
  if (t && !t->taken() && t->away_since_ms == 0) t->away_since_ms = ctx_.clock.now_ms();
}

void PermanenceService::check_away_locked(Outbox& out, TicketChange& change, uint64_t now) {
  const uint64_t grace_ms = static_cast<uint64_t>(ctx_.config.permanence_away_grace.count()) * 1000;
  for (auto& [_, org] : orgs_) {
    size_t first = org.queue.size();
    std::vector<std::string> away;
    for (size_t i = 0; i < org.queue.size(); ++i) {
      Ticket& t = tickets_.at(org.queue[i]);
      if (t.member && ctx_.online.find(*t.member)) {
        t.away_since_ms = 0;
        continue;
      }
      if (t.away_since_ms == 0) t.away_since_ms = now;
      if (now - std::min(now, t.away_since_ms) < grace_ms) continue;
      first = std::min(first, i);
      away.push_back(org.queue[i]);
    }
    if (away.empty()) continue;
    // She is told at her next log-in (her client presents the ticket's secret): the end is kept
    // until then, as any other. The people behind are told their new place once.
    for (const auto& ticket_id : away) {
      ctx_.refused(Refusal::permanence_away);
      end_ticket_locked(out, change, tickets_.at(ticket_id), kAway, now, /*tell_queue=*/false);
    }
    queue_moved_locked(out, org, first);
  }
}

void PermanenceService::check_away() {
  const uint64_t now = ctx_.clock.now_ms();
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  TicketChange change(*this);
  check_away_locked(out, change, now);
  if (change.empty()) return;
  Status queued = std::move(change).commit(Durability::synced, [](const Status& s) {
    if (!s.ok()) RELAIS_LOG(warn) << "a queue's upkeep could not be written: " << s.error().message;
  });
  if (!queued.ok()) {
    out.cancel();
    RELAIS_LOG(warn) << "a queue's upkeep was refused: " << queued.error().message;
  }
}

void PermanenceService::tick() {
  const uint64_t now = ctx_.clock.now_ms();
  Outbox out(*this);
  std::lock_guard lock(mutex_);
  TicketChange change(*this);
  check_away_locked(out, change, now);
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
    for (const auto& worker : gone) go_off_duty_locked(out, change, org, worker);
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
  std::vector<std::string> stale;
  for (const auto& [ticket_id, t] : tickets_) {
    if (t.live() && t.taken() && now - std::min(now, t.record.taken_ms()) >= kTakenTicketMaxMs)
      abandoned.push_back(ticket_id);
    if (!t.live() && now - std::min(now, t.record.ended_ms()) >= kEndedKeepMs)
      stale.push_back(ticket_id);
  }
  for (const auto& ticket_id : abandoned) {
    Ticket& t = tickets_.at(ticket_id);
    if (t.member) out.push(*t.member, closed_frame(ticket_id, kExpired));
    out.push(*t.worker(), closed_frame(ticket_id, kExpired));
    end_ticket_locked(out, change, t, kExpired, now);
  }
  for (const auto& ticket_id : stale) {
    change.touch(tickets_.at(ticket_id));
    forget_locked(ticket_id);
  }
  if (!change.empty()) {
    Status queued = std::move(change).commit(Durability::synced, [](const Status& s) {
      if (!s.ok())
        RELAIS_LOG(warn) << "permanence upkeep could not be written: " << s.error().message;
    });
    if (!queued.ok()) {
      out.cancel();
      RELAIS_LOG(warn) << "permanence upkeep was refused: " << queued.error().message;
    }
  }
}

}  // namespace relais::server

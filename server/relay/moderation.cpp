// Moderation and administration of rooms: moderator actions (each a room event seen by every
// member, and an entry in the room's moderation log), join requests, role grants, room creation
// and invite codes. The relay enforces roles; it stores no plaintext in any of this.
#include <algorithm>
#include <deque>
#include <tuple>

#include "core/base/encoding.h"
#include "core/crypto/digest.h"
#include "core/crypto/random.h"
#include "core/wire/contract.h"
#include "server/relay/log.h"
#include "server/relay/rooms.h"

namespace relais::server {
namespace {

constexpr uint64_t kDayS = 24 * 3600;
constexpr uint64_t kDayMs = kDayS * 1000;
constexpr size_t kMaxPins = 16;
constexpr size_t kMaxModLogEntries = 1000;

wire::ModLogEntry mod_entry(wire::ModActionKind kind, const AccountId& actor) {
  wire::ModLogEntry e;
  e.set_kind(kind);
  e.set_actor(actor.bytes());
  return e;
}

wire::ModLogEntry mod_entry(wire::ModActionKind kind, const AccountId& actor,
                            const AccountId& target) {
  auto e = mod_entry(kind, actor);
  e.set_target(target.bytes());
  return e;
}

bool same_pins(const std::vector<wire::Pin>& a, const std::vector<wire::Pin>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
    return x.seq() == y.seq() && x.until_ms() == y.until_ms();
  });
}

}  // namespace

void RoomService::undo_pins_locked(Room& room, StagedChanges& change,
                                   std::vector<wire::Pin> previous) {
  // Only while the pins are still those staged here: a later change queued behind this one
  // wrote the whole list, this change's part with it (and undoes it first if it fails too).
  change.undo([&room, previous = std::move(previous), staged = room.pins] {
    if (same_pins(room.pins, staged)) room.pins = previous;
  });
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

void RoomService::log_moderation_locked(Room& room, WriteBatch& batch, wire::ModLogEntry entry) {
  entry.set_time_ms(ctx_.clock.now_ms());
  batch.put(Table::mod_log, mod_log_key(room.info.room(), entry.time_ms(), room.next_mod++),
            entry.SerializeAsString());
}

bool RoomService::require_moderator(const ConnectionPtr& conn, uint64_t id, std::string_view room) {
  auto allowed = accounts_.has_role(*conn->state().account, wire::MODERATOR, room);
  if (!allowed.ok()) {
    ctx_.store_failed(*conn, id);
    return false;
  }
  if (!*allowed)
    ctx_.fail(*conn, id, wire::FORBIDDEN, "Only a moderator of this room can do this.");
  return *allowed;
}

bool RoomService::require_admin(const ConnectionPtr& conn, uint64_t id) {
  auto allowed = accounts_.has_role(*conn->state().account, wire::ADMIN);
  if (!allowed.ok()) {
    ctx_.store_failed(*conn, id);
    return false;
  }
  if (!*allowed) ctx_.fail(*conn, id, wire::FORBIDDEN, "Only an admin of this relay can do this.");
  return *allowed;
}

void RoomService::deliver_last(const AccountId& account, const std::string& room, uint64_t seq) {
  auto target = ctx_.online.find(account);
  if (!target) return;
  target->post([this, target, room, seq] {
    auto it = target->state().rooms.find(room);
    // Gone (told already by pump()), or a later membership's cursor (joined again since).
    if (it == target->state().rooms.end() || it->second.delivered_upto >= seq) return;
    // The entries before the end are its too, those of its commit group among them: fan-outs
    // no longer reach it, so they are read from the store, as the window allows.
    it->second.ends_at = seq;
    pump(target, room);
  });
}

void RoomService::push_joined(const AccountId& account, wire::Joined joined) {
  auto target = ctx_.online.find(account);
  if (!target) return;
  wire::ServerFrame f;
  *f.mutable_joined() = std::move(joined);
  target->post([this, target, f] {
    if (f.joined().from_seq() != 0)
      begin_delivery(*target, f.joined().room(), f.joined().from_seq());
    ctx_.reply(*target, f);
  });
}

Result<bool> RoomService::is_message(const std::string& room, uint64_t seq) const {
  RELAIS_TRY_ASSIGN(auto stored, ctx_.store.get(Table::room_log, log_key(room, seq)));
  if (!stored) return false;
  wire::ServerBatch one;
  return one.ParseFromString(*stored) && one.frames_size() == 1 &&
         one.frames(0).room_entry().has_message();
}

uint64_t RoomService::reports_filed(std::string_view room) {
  Room* r = find(room);
  return r ? r->reports.load() : 0;
}

// ---------------------------------------------------------------------------------------------
// Moderator actions

void RoomService::moderate(const ConnectionPtr& conn, uint64_t id, const wire::ModAction& req) {
  const AccountId me = *conn->state().account;
  if (auto v = wire::check(req)) return ctx_.fail(*conn, id, *v);
  const auto kind = req.kind();
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  if (!require_moderator(conn, id, req.room())) return;
  // Every kind is placed here by name, with no `default:`: a new kind does not compile until
  // it is. wire::check() has refused the kinds that are not actions.
  const auto not_an_action = [&] {
    ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "This is not a moderator action.");
  };
  switch (kind) {
    case wire::REMOVE:
      return remove(conn, id, *room, req.seq());
    case wire::PIN:
      return pin(conn, id, *room, req.seq(), req.duration_s());
    case wire::UNPIN:
      return unpin(conn, id, *room, req.seq());
    case wire::APPROVE:
    case wire::REFUSE:
    case wire::KICK:
    case wire::BAN:
    case wire::UNBAN:
    case wire::MUTE:
      break;  // about an account: below
    case wire::GRANT_ROLE:
    case wire::REVOKE_ROLE:
    case wire::MOD_UNSPECIFIED:
    case wire::ModActionKind_INT_MIN_SENTINEL_DO_NOT_USE_:
    case wire::ModActionKind_INT_MAX_SENTINEL_DO_NOT_USE_:
      return not_an_action();
  }
  const auto parsed = AccountId::from_bytes(req.target());  // checked by wire::check()
  if (!wire::about_account(kind) || !parsed) return not_an_action();
  const AccountId target = *parsed;
  if (target == me && (kind == wire::KICK || kind == wire::BAN || kind == wire::MUTE)) {
    return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT,
                     "A moderator cannot do this to themselves.");
  }
  Target t{target};
  auto target_moderates = accounts_.has_role(target, wire::MODERATOR, req.room());
  auto actor_admin = accounts_.has_role(me, wire::ADMIN);
  if (!target_moderates.ok() || !actor_admin.ok()) return ctx_.store_failed(*conn, id);
  t.moderates = *target_moderates;
  // Moderators answer to admins, not to each other.
  if (t.moderates && !*actor_admin && target != me && kind != wire::APPROVE) {
    return ctx_.fail(*conn, id, wire::FORBIDDEN,
                     "A moderator cannot act on another moderator or an admin.");
  }
  switch (kind) {
    case wire::APPROVE:
      return approve(conn, id, *room, t);
    case wire::REFUSE:
      return refuse(conn, id, *room, t);
    case wire::KICK:
      return kick(conn, id, *room, t);
    case wire::BAN:
      return ban(conn, id, *room, t);
    case wire::UNBAN:
      return unban(conn, id, *room, t);
    case wire::MUTE:
      return mute(conn, id, *room, t, req.duration_s());
    case wire::REMOVE:
    case wire::PIN:
    case wire::UNPIN:
    case wire::GRANT_ROLE:
    case wire::REVOKE_ROLE:
    case wire::MOD_UNSPECIFIED:
    case wire::ModActionKind_INT_MIN_SENTINEL_DO_NOT_USE_:
    case wire::ModActionKind_INT_MAX_SENTINEL_DO_NOT_USE_:
      break;  // placed above
  }
  return not_an_action();
}

void RoomService::approve(const ConnectionPtr& conn, uint64_t id, Room& room,
                          const Target& target) {
  const AccountId me = *conn->state().account;
  const uint64_t now = ctx_.clock.now_ms();
  std::lock_guard lock(room.mutex);
  auto it = room.pending.find(target.account);
  if (it == room.pending.end()) {
    return ctx_.fail(*conn, id, wire::NOT_A_MEMBER,
                     "This account has no join request in this room.");
  }
  if (full_locked(room, now)) return ctx_.fail(*conn, id, wire::ROOM_FULL, "This room is full.");
  wire::RoomEntry entry = next_entry_locked(room, now);
  entry.mutable_event()->set_kind(wire::MEMBER_JOINED);
  entry.mutable_event()->set_who(target.account.bytes());
  records::Membership m;
  m.set_state(records::JOINED);
  m.set_role(target.moderates ? wire::MODERATOR : wire::MEMBER);
  m.set_joined_seq(entry.seq());
  m.set_cursor(entry.seq() - 1);
  m.set_since_ms(now - now % kDayMs);
  StagedChanges change = stage(room);
  change.batch().put(Table::members, member_key(room.info.room(), target.account),
                     m.SerializeAsString());
  log_moderation_locked(room, change.batch(), mod_entry(wire::APPROVE, me, target.account));
  change.undo([&room, target, knock = it->second] { room.pending.emplace(target.account, knock); });
  room.pending.erase(it);
  add_member_locked(room, change, target.account, m, ctx_.online.find(target.account));
  wire::Joined joined;
  joined.set_room(room.info.room());
  joined.set_from_seq(entry.seq());
  *joined.mutable_info() = info_for_locked(room, target.account, now);
  Status queued = append_locked(
      room, std::move(entry), std::move(change),
      [this, conn, id, target, joined](const Status& s, const wire::RoomEntry&,
                                       const wire::SharedElement&) {
        if (!s.ok()) return ctx_.store_failed(*conn, id);
        // Before the fan-out of the entry itself.
        push_joined(target.account, joined);
        ctx_.reply(*conn, wire::ok_frame(id));
      });
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

void RoomService::refuse(const ConnectionPtr& conn, uint64_t id, Room& room, const Target& target) {
  const AccountId me = *conn->state().account;
  std::lock_guard lock(room.mutex);
  auto it = room.pending.find(target.account);
  if (it == room.pending.end()) {
    return ctx_.fail(*conn, id, wire::NOT_A_MEMBER,
                     "This account has no join request in this room.");
  }
  StagedChanges change = stage(room);
  change.batch().erase(Table::members, member_key(room.info.room(), target.account));
  log_moderation_locked(room, change.batch(), mod_entry(wire::REFUSE, me, target.account));
  change.undo([&room, target, knock = it->second] { room.pending.emplace(target.account, knock); });
  room.pending.erase(it);
  // Never a member: no room event, only the moderation log and the answer to the knock.
  Status queued = std::move(change).commit(
      ctx_.store, Durability::synced, [this, conn, id, &room, target](const Status& s) {
        if (!s.ok()) return ctx_.store_failed(*conn, id);
        wire::Joined refused;
        refused.set_room(room.info.room());
        refused.set_refused(true);
        push_joined(target.account, refused);
        ctx_.reply(*conn, wire::ok_frame(id));
      });
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

void RoomService::kick(const ConnectionPtr& conn, uint64_t id, Room& room, const Target& target) {
  const AccountId me = *conn->state().account;
  std::lock_guard lock(room.mutex);
  if (!room.members.count(target.account)) {
    return ctx_.fail(*conn, id, wire::NOT_A_MEMBER, "This account is not in this room.");
  }
  wire::RoomEntry entry = next_entry_locked(room, ctx_.clock.now_ms());
  entry.mutable_event()->set_kind(wire::MEMBER_KICKED);
  entry.mutable_event()->set_who(target.account.bytes());
  StagedChanges change = stage(room);
  change.batch().erase(Table::members, member_key(room.info.room(), target.account));
  log_moderation_locked(room, change.batch(), mod_entry(wire::KICK, me, target.account));
  drop_member_locked(room, change, target.account);
  Status queued = append_locked(room, std::move(entry), std::move(change),
                                [this, conn, id, target](const Status& s, const wire::RoomEntry& e,
                                                         const wire::SharedElement&) {
                                  if (!s.ok()) return ctx_.store_failed(*conn, id);
                                  deliver_last(target.account, e.room(), e.seq());
                                  ctx_.reply(*conn, wire::ok_frame(id));
                                });
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

void RoomService::ban(const ConnectionPtr& conn, uint64_t id, Room& room, const Target& target) {
  const AccountId me = *conn->state().account;
  auto known = accounts_.exists(target.account);
  if (!known.ok()) return ctx_.store_failed(*conn, id);
  if (!*known)
    return ctx_.fail(*conn, id, wire::UNKNOWN_ACCOUNT, "There is no such account on this relay.");
  const uint64_t now = ctx_.clock.now_ms();
  std::lock_guard lock(room.mutex);
  if (room.banned.count(target.account)) return ctx_.reply(*conn, wire::ok_frame(id));  // already
  records::Membership m;
  m.set_state(records::BANNED);
  m.set_role(wire::MEMBER);
  m.set_since_ms(now - now % kDayMs);
  StagedChanges change = stage(room);
  change.batch().put(Table::members, member_key(room.info.room(), target.account),
                     m.SerializeAsString());
  log_moderation_locked(room, change.batch(), mod_entry(wire::BAN, me, target.account));
  room.banned.emplace(target.account, m);
  change.undo([&room, target] { room.banned.erase(target.account); });

  if (!room.members.count(target.account)) {
    // Not a member: only the moderation log says so; a waiting knock is answered as refused.
    bool knocked = false;
    if (auto p = room.pending.find(target.account); p != room.pending.end()) {
      knocked = true;
      change.undo([&room, target, knock = p->second] { room.pending.emplace(target.account, knock); });
      room.pending.erase(p);
    }
    Status queued = std::move(change).commit(
        ctx_.store, Durability::synced, [this, conn, id, &room, target, knocked](const Status& s) {
          if (!s.ok()) return ctx_.store_failed(*conn, id);
          if (knocked) {
            wire::Joined refused;
            refused.set_room(room.info.room());
            refused.set_refused(true);
            push_joined(target.account, refused);
          }
          ctx_.reply(*conn, wire::ok_frame(id));
        });
    if (!queued.ok()) ctx_.store_failed(*conn, id);
    return;
  }
  wire::RoomEntry entry = next_entry_locked(room, now);
  entry.mutable_event()->set_kind(wire::MEMBER_BANNED);
  entry.mutable_event()->set_who(target.account.bytes());
  drop_member_locked(room, change, target.account);
  Status queued = append_locked(room, std::move(entry), std::move(change),
                                [this, conn, id, target](const Status& s, const wire::RoomEntry& e,
                                                         const wire::SharedElement&) {
                                  if (!s.ok()) return ctx_.store_failed(*conn, id);
                                  deliver_last(target.account, e.room(), e.seq());
                                  ctx_.reply(*conn, wire::ok_frame(id));
                                });
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

void RoomService::unban(const ConnectionPtr& conn, uint64_t id, Room& room, const Target& target) {
  const AccountId me = *conn->state().account;
  std::lock_guard lock(room.mutex);
  auto it = room.banned.find(target.account);
  if (it == room.banned.end()) {
    return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT,
                     "This account is not banned from this room.");
  }
  wire::RoomEntry entry = next_entry_locked(room, ctx_.clock.now_ms());
  entry.mutable_event()->set_kind(wire::MEMBER_UNBANNED);
  entry.mutable_event()->set_who(target.account.bytes());
  StagedChanges change = stage(room);
  change.batch().erase(Table::members, member_key(room.info.room(), target.account));
  log_moderation_locked(room, change.batch(), mod_entry(wire::UNBAN, me, target.account));
  change.undo([&room, target, ban = it->second] { room.banned.emplace(target.account, ban); });
  room.banned.erase(it);
  Status queued = append_locked(room, std::move(entry), std::move(change),
                                answer_when_stored(conn, wire::ok_frame(id)));
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

void RoomService::mute(const ConnectionPtr& conn, uint64_t id, Room& room, const Target& target,
                       uint64_t duration_s) {
  const AccountId me = *conn->state().account;
  const uint64_t now = ctx_.clock.now_ms();
  std::lock_guard lock(room.mutex);
  auto it = room.members.find(target.account);
  if (it == room.members.end()) {
    return ctx_.fail(*conn, id, wire::NOT_A_MEMBER, "This account is not in this room.");
  }
  const uint64_t until = duration_s == 0 ? 0 : now + duration_s * 1000;  // 0: unmute
  wire::RoomEntry entry = next_entry_locked(room, now);
  entry.mutable_event()->set_kind(wire::MEMBER_MUTED);
  entry.mutable_event()->set_who(target.account.bytes());
  entry.mutable_event()->set_until_ms(until);
  StagedChanges change = stage(room);
  // Only while the mute is still the one staged here: a later mute queued behind this one wrote
  // its own value (and undoes it first if it fails too).
  change.undo([&room, target, previous = it->second.muted_until_ms(), until] {
    if (auto m = room.members.find(target.account);
        m != room.members.end() && m->second.muted_until_ms() == until)
      m->second.set_muted_until_ms(previous);
  });
  it->second.set_muted_until_ms(until);
  change.batch().put(Table::members, member_key(room.info.room(), target.account),
                     it->second.SerializeAsString());
  auto logged = mod_entry(wire::MUTE, me, target.account);
  logged.set_duration_s(duration_s);
  log_moderation_locked(room, change.batch(), std::move(logged));
  Status queued = append_locked(room, std::move(entry), std::move(change),
                                answer_when_stored(conn, wire::ok_frame(id)));
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

void RoomService::remove(const ConnectionPtr& conn, uint64_t id, Room& room, uint64_t seq) {
  const AccountId me = *conn->state().account;
  const std::string name = room.info.room();
  std::lock_guard lock(room.mutex);
  auto message = is_message(name, seq);
  if (!message.ok()) return ctx_.store_failed(*conn, id);
  if (!*message || room.removing.count(seq)) {
    return ctx_.fail(*conn, id, wire::NO_SUCH_MESSAGE, "There is no such message in this room.");
  }
  wire::RoomEntry entry = next_entry_locked(room, ctx_.clock.now_ms());
  entry.mutable_event()->set_kind(wire::MESSAGE_REMOVED);
  entry.mutable_event()->set_target_seq(seq);
  const std::string key = log_key(name, seq);
  StagedChanges change = stage(room);
  change.batch().erase(Table::room_log, key);
  // A removed alert is no longer pinned.
  auto previous = room.pins;
  if (std::erase_if(room.pins, [seq](const wire::Pin& p) { return p.seq() == seq; }) > 0) {
    change.batch().put(Table::rooms, name, record_locked(room).SerializeAsString());
    undo_pins_locked(room, change, std::move(previous));
  }
  auto logged = mod_entry(wire::REMOVE, me);
  logged.set_seq(seq);
  log_moderation_locked(room, change.batch(), std::move(logged));
  room.removing.insert(seq);
  change.finally([&room, seq] { room.removing.erase(seq); });
  Status queued = append_locked(
      room, std::move(entry), std::move(change),
      [this, conn, id, key](const Status& s, const wire::RoomEntry&, const wire::SharedElement&) {
        if (!s.ok()) return ctx_.store_failed(*conn, id);
        // The moderator hears back once the ciphertext is gone from the disk too.
        auto answer = [this, conn, id](const Status& purged) {
          if (!purged.ok())
            ctx_.store_trouble("purging a removed room message", purged.error().message);
          ctx_.reply(*conn, wire::ok_frame(id));
        };
        Status queued_purge = ctx_.store.purge(Table::room_log, key, key + '\0', answer);
        if (!queued_purge.ok()) answer(queued_purge);
      });
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

void RoomService::pin(const ConnectionPtr& conn, uint64_t id, Room& room, uint64_t seq,
                      uint64_t duration_s) {
  const AccountId me = *conn->state().account;
  const std::string name = room.info.room();
  const uint64_t now = ctx_.clock.now_ms();
  std::lock_guard lock(room.mutex);
  auto message = is_message(name, seq);
  if (!message.ok()) return ctx_.store_failed(*conn, id);
  if (!*message || room.removing.count(seq)) {
    return ctx_.fail(*conn, id, wire::NO_SUCH_MESSAGE, "There is no such message in this room.");
  }
  auto pins = room.pins;
  std::erase_if(pins, [&](const wire::Pin& p) { return p.until_ms() <= now || p.seq() == seq; });
  if (pins.size() >= kMaxPins) {
    return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT,
                     "This room has as many pinned alerts as it can hold.");
  }
  const uint64_t until = now + duration_s * 1000;
  wire::Pin added;
  added.set_seq(seq);
  added.set_until_ms(until);
  pins.push_back(added);
  StagedChanges change = stage(room);
  auto previous = std::exchange(room.pins, std::move(pins));
  undo_pins_locked(room, change, std::move(previous));
  wire::RoomEntry entry = next_entry_locked(room, now);
  entry.mutable_event()->set_kind(wire::ALERT_PINNED);
  entry.mutable_event()->set_target_seq(seq);
  entry.mutable_event()->set_until_ms(until);
  change.batch().put(Table::rooms, name, record_locked(room).SerializeAsString());
  auto logged = mod_entry(wire::PIN, me);
  logged.set_seq(seq);
  logged.set_duration_s(duration_s);
  log_moderation_locked(room, change.batch(), std::move(logged));
  Status queued = append_locked(room, std::move(entry), std::move(change),
                                answer_when_stored(conn, wire::ok_frame(id)));
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

void RoomService::unpin(const ConnectionPtr& conn, uint64_t id, Room& room, uint64_t seq) {
  const AccountId me = *conn->state().account;
  const std::string name = room.info.room();
  std::lock_guard lock(room.mutex);
  auto it = std::find_if(room.pins.begin(), room.pins.end(),
                         [seq](const wire::Pin& p) { return p.seq() == seq; });
  if (it == room.pins.end()) {
    return ctx_.fail(*conn, id, wire::NO_SUCH_MESSAGE, "No alert is pinned at this sequence.");
  }
  StagedChanges change = stage(room);
  auto previous = room.pins;
  room.pins.erase(it);
  undo_pins_locked(room, change, std::move(previous));
  wire::RoomEntry entry = next_entry_locked(room, ctx_.clock.now_ms());
  entry.mutable_event()->set_kind(wire::ALERT_UNPINNED);
  entry.mutable_event()->set_target_seq(seq);
  change.batch().put(Table::rooms, name, record_locked(room).SerializeAsString());
  auto logged = mod_entry(wire::UNPIN, me);
  logged.set_seq(seq);
  log_moderation_locked(room, change.batch(), std::move(logged));
  Status queued = append_locked(room, std::move(entry), std::move(change),
                                answer_when_stored(conn, wire::ok_frame(id)));
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

// ---------------------------------------------------------------------------------------------
// Listings for moderators, reports

void RoomService::join_requests(const ConnectionPtr& conn, uint64_t id,
                                const wire::ListJoinRequests& req) {
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  if (!require_moderator(conn, id, req.room())) return;
  wire::ServerFrame f;
  f.set_id(id);
  auto* list = f.mutable_join_requests();
  list->set_room(req.room());
  {
    std::lock_guard lock(room->mutex);
    for (const auto& [account, m] : room->pending) {
      auto* r = list->add_requests();
      r->set_account_id(account.bytes());
      r->set_since_ms(m.since_ms());
    }
  }
  std::sort(list->mutable_requests()->begin(), list->mutable_requests()->end(),
            [](const wire::JoinRequest& a, const wire::JoinRequest& b) {
              return std::forward_as_tuple(a.since_ms(), a.account_id()) <
                     std::forward_as_tuple(b.since_ms(), b.account_id());
            });
  ctx_.reply(*conn, f);
}

void RoomService::read_mod_log(const ConnectionPtr& conn, uint64_t id,
                               const wire::ReadModLog& req) {
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  if (!require_moderator(conn, id, req.room())) return;
  // The newest entries since `since_ms`, oldest first.
  std::deque<wire::ModLogEntry> entries;
  bool damaged = false;
  const std::string prefix = req.room() + '\0';
  auto scanned = ctx_.store.scan(Table::mod_log, prefix + be64(req.since_ms()), prefix_end(prefix),
                                 0, [&](std::string_view, std::string_view v) {
                                   wire::ModLogEntry e;
                                   if (!e.ParseFromArray(v.data(), static_cast<int>(v.size()))) {
                                     damaged = true;
                                     return true;  // skipped: one bad record hides nothing else
                                   }
                                   entries.push_back(std::move(e));
                                   if (entries.size() > kMaxModLogEntries) entries.pop_front();
                                   return true;
                                 });
  if (!scanned.ok()) return ctx_.store_failed(*conn, id);
  if (damaged) RELAIS_LOG(warn) << "a stored moderation log entry is damaged";
  wire::ServerFrame f;
  f.set_id(id);
  f.mutable_mod_log()->set_room(req.room());
  for (auto& e : entries) *f.mutable_mod_log()->add_entries() = std::move(e);
  ctx_.reply(*conn, f);
}

void RoomService::report_filed(const ConnectionPtr& conn, uint64_t id,
                               const wire::ReportFiled& req) {
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  {
    std::lock_guard lock(room->mutex);
    if (!room->members.count(*conn->state().account)) {
      return ctx_.fail(*conn, id, wire::NOT_A_MEMBER, "You are not in this room.");
    }
  }
  room->reports++;
  ctx_.metrics.reports_filed++;
  if (id != 0) ctx_.reply(*conn, wire::ok_frame(id));
}

void RoomService::report_handled(const ConnectionPtr& conn, uint64_t id,
                                 const wire::ReportHandled& req) {
  if (auto v = wire::check(req)) return ctx_.fail(*conn, id, *v);
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  if (!require_moderator(conn, id, req.room())) return;
  const AccountId me = *conn->state().account;
  const uint64_t now = ctx_.clock.now_ms();
  std::lock_guard lock(room->mutex);
  // Marked already (a retry, or a colleague first): nothing changes and nobody is told again.
  if (room->handled_reports.count(req.report_id())) return ctx_.reply(*conn, wire::ok_frame(id));
  StagedChanges change = stage(*room);
  const std::string name = room->info.room();
  // Full: the oldest mark goes (a moderator's client keeps what it learnt).
  if (room->handled_reports.size() >= wire::kMaxHandledReports) {
    auto oldest = std::min_element(
        room->handled_reports.begin(), room->handled_reports.end(),
        [](const auto& a, const auto& b) { return a.second < b.second; });
    change.batch().erase(Table::meta, handled_report_key(name, oldest->first));
    change.undo([room, report = oldest->first, when = oldest->second] {
      room->handled_reports.emplace(report, when);
    });
    room->handled_reports.erase(oldest);
  }
  room->handled_reports.emplace(req.report_id(), now);
  change.undo([room, report = req.report_id()] { room->handled_reports.erase(report); });
  change.batch().put(Table::meta, handled_report_key(name, req.report_id()), be64(now));
  // The room's other moderators online, taken under the lock and told outside it once stored.
  std::vector<ConnectionWeak> moderators;
  for (const auto& [account, weak] : room->online) {
    auto m = room->members.find(account);
    if (account != me && m != room->members.end() && m->second.role() == wire::MODERATOR)
      moderators.push_back(weak);
  }
  wire::ServerFrame push;
  push.mutable_handled_reports()->set_room(name);
  auto* handled = push.mutable_handled_reports()->add_reports();
  handled->set_report_id(req.report_id());
  handled->set_handled_ms(now);
  Status queued = std::move(change).commit(
      ctx_.store, Durability::synced,
      [this, conn, id, moderators = std::move(moderators), push](const Status& s) {
        if (!s.ok()) return ctx_.store_failed(*conn, id);
        conn->post([this, conn, id] { ctx_.reply(*conn, wire::ok_frame(id)); });
        for (const auto& weak : moderators) {
          if (auto target = weak.lock()) target->post([this, target, push] { ctx_.reply(*target, push); });
        }
      });
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

void RoomService::list_handled_reports(const ConnectionPtr& conn, uint64_t id,
                                       const wire::ListHandledReports& req) {
  if (auto v = wire::check_id(wire::FIELD_ROOM, req.room())) return ctx_.fail(*conn, id, *v);
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  if (!require_moderator(conn, id, req.room())) return;
  const uint64_t now = ctx_.clock.now_ms();
  const uint64_t keep_ms = wire::kHandledReportKeepS * 1000;
  wire::ServerFrame f;
  f.set_id(id);
  auto* list = f.mutable_handled_reports();
  list->set_room(req.room());
  {
    std::lock_guard lock(room->mutex);
    for (const auto& [report, when] : room->handled_reports) {
      if (when + keep_ms < now) continue;  // expired, not yet dropped
      auto* h = list->add_reports();
      h->set_report_id(report);
      h->set_handled_ms(when);
    }
  }
  std::sort(list->mutable_reports()->begin(), list->mutable_reports()->end(),
            [](const auto& a, const auto& b) {
              if (a.handled_ms() != b.handled_ms()) return a.handled_ms() < b.handled_ms();
              return a.report_id() < b.report_id();
            });
  ctx_.reply(*conn, f);
}

// ---------------------------------------------------------------------------------------------
// Administration

void RoomService::grant_role(const ConnectionPtr& conn, uint64_t id, const wire::GrantRole& req) {
  change_role(conn, id, req.account_id(), req.grant(), true);
}

void RoomService::revoke_role(const ConnectionPtr& conn, uint64_t id, const wire::RevokeRole& req) {
  change_role(conn, id, req.account_id(), req.grant(), false);
}

void RoomService::change_role(const ConnectionPtr& conn, uint64_t id,
                              const std::string& account_bytes, const wire::RoleGrant& grant,
                              bool add) {
  const AccountId me = *conn->state().account;
  if (!require_admin(conn, id)) return;
  if (auto v = wire::check_account(account_bytes)) return ctx_.fail(*conn, id, *v);
  if (auto v = wire::check(grant)) return ctx_.fail(*conn, id, *v);
  auto account = AccountId::from_bytes(account_bytes);
  Room* room = nullptr;
  if (grant.role() == wire::MODERATOR) {
    room = find(grant.scope());
    if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  }
  // Revoking needs no organisation, so a grant can always be undone.
  if (grant.role() == wire::OUTREACH && add && !accounts_.org_exists(grant.scope()))
    return ctx_.fail(*conn, id, wire::NO_SUCH_ORG, "There is no such organisation.");
  auto known = accounts_.exists(*account);
  if (!known.ok()) return ctx_.store_failed(*conn, id);
  if (!*known)
    return ctx_.fail(*conn, id, wire::UNKNOWN_ACCOUNT, "There is no such account on this relay.");

  if (!room) {
    WriteBatch batch;
    auto staged = accounts_.stage_role_change(*account, grant, add, batch);
    if (!staged.ok()) return ctx_.store_failed(*conn, id);
    if (!staged->changed) return ctx_.reply(*conn, wire::ok_frame(id));
    Status queued = ctx_.store.commit(std::move(batch), Durability::synced,
                                      [this, conn, id, account, ticket = staged->ticket](const Status& s) {
                                        accounts_.role_change_done(*account, ticket);
                                        if (!s.ok()) return ctx_.store_failed(*conn, id);
                                        ctx_.reply(*conn, wire::ok_frame(id));
                                      });
    if (!queued.ok()) {
      accounts_.role_change_done(*account, staged->ticket);
      ctx_.store_failed(*conn, id);
    }
    return;
  }
  // Whether the account stays a moderator through the admin role, for the member list.
  auto admin = accounts_.has_role(*account, wire::ADMIN);
  if (!admin.ok()) return ctx_.store_failed(*conn, id);
  std::lock_guard lock(room->mutex);
  StagedChanges change = stage(*room);
  auto staged = accounts_.stage_role_change(*account, grant, add, change.batch());
  if (!staged.ok()) return ctx_.store_failed(*conn, id);
  if (!staged->changed) return ctx_.reply(*conn, wire::ok_frame(id));
  change.finally([this, account, ticket = staged->ticket] {
    accounts_.role_change_done(*account, ticket);
  });
  if (auto m = room->members.find(*account); m != room->members.end()) {
    const wire::Role role = add || *admin ? wire::MODERATOR : wire::MEMBER;
    change.undo([room, account, previous = m->second.role(), role] {
      if (auto again = room->members.find(*account);
          again != room->members.end() && again->second.role() == role)
        again->second.set_role(previous);
    });
    m->second.set_role(role);
    change.batch().put(Table::members, member_key(room->info.room(), *account),
                       m->second.SerializeAsString());
  }
  auto logged = mod_entry(add ? wire::GRANT_ROLE : wire::REVOKE_ROLE, me, *account);
  logged.set_role(wire::MODERATOR);
  log_moderation_locked(*room, change.batch(), std::move(logged));
  wire::RoomEntry entry = next_entry_locked(*room, ctx_.clock.now_ms());
  entry.mutable_event()->set_kind(add ? wire::ROLE_GRANTED : wire::ROLE_REVOKED);
  entry.mutable_event()->set_who(account->bytes());
  entry.mutable_event()->set_role(wire::MODERATOR);
  Status queued = append_locked(*room, std::move(entry), std::move(change),
                                answer_when_stored(conn, wire::ok_frame(id)));
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

void RoomService::create_room(const ConnectionPtr& conn, uint64_t id, const wire::CreateRoom& req) {
  if (!require_admin(conn, id)) return;
  const auto& asked = req.room();
  if (auto v = wire::check(asked)) return ctx_.fail(*conn, id, *v);
  wire::RoomInfo info;
  info.set_room(asked.room());
  info.set_name_fr(asked.name_fr());
  info.set_name_nl(asked.name_nl());
  info.set_policy(asked.policy());
  info.set_retention_s(asked.retention_s() ? asked.retention_s() : kWeekS);
  info.set_message_lifetime_s(asked.message_lifetime_s());
  info.set_max_members(asked.max_members() ? asked.max_members() : kDefaultMaxMembers);
  info.set_region(asked.region());
  {
    std::unique_lock lock(rooms_mutex_);
    if (rooms_.count(info.room()) || creating_.count(info.room())) {
      return ctx_.fail(*conn, id, wire::ALREADY_EXISTS, "A room with this id exists already.");
    }
    creating_.insert(info.room());
  }
  records::Room record;
  *record.mutable_info() = info;
  WriteBatch batch;
  batch.put(Table::rooms, info.room(), record.SerializeAsString());
  // The room is published once stored (rooms are never removed, so no undo), and its id is held
  // meanwhile against a second creation.
  Status queued = ctx_.store.commit(std::move(batch), Durability::synced, [this, conn, id, info](const Status& s) {
    {
      std::unique_lock lock(rooms_mutex_);
      creating_.erase(info.room());
      if (s.ok()) {
        auto room = std::make_unique<Room>();
        room->info = info;
        rooms_.emplace(info.room(), std::move(room));
      }
    }
    if (!s.ok()) return ctx_.store_failed(*conn, id);
    wire::ServerFrame f;
    f.set_id(id);
    *f.mutable_room_list()->add_rooms() = info;
    ctx_.reply(*conn, f);
  });
  if (!queued.ok()) {
    {
      std::unique_lock lock(rooms_mutex_);
      creating_.erase(info.room());
    }
    ctx_.store_failed(*conn, id);
  }
}

void RoomService::create_invite(const ConnectionPtr& conn, uint64_t id,
                                const wire::CreateInvite& req) {
  if (auto v = wire::check(req)) return ctx_.fail(*conn, id, *v);
  records::Invite invite;
  if (req.room().empty()) {
    if (!require_admin(conn, id)) return;
    if (req.has_grants()) {
      const auto& g = req.grants();
      if (g.role() == wire::MODERATOR && !find(g.scope()))
        return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
      if (g.role() == wire::OUTREACH && !accounts_.org_exists(g.scope()))
        return ctx_.fail(*conn, id, wire::NO_SUCH_ORG, "There is no such organisation.");
      *invite.mutable_grant() = g;
    }
  } else {
    if (!find(req.room()))
      return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
    if (!require_moderator(conn, id, req.room())) return;
    invite.set_room(req.room());
  }
  const uint64_t expires =
      ctx_.clock.now_ms() + (req.valid_for_s() ? req.valid_for_s() : kWeekS) * 1000;
  invite.set_uses_left(req.uses() ? req.uses() : 1);
  invite.set_expires_ms(expires);
  std::string code = to_base32(crypto::random_bytes(15));
  WriteBatch batch;
  batch.put(Table::invites, crypto::sha256(code),
            invite.SerializeAsString());  // only the hash is kept
  wire::ServerFrame answer;
  answer.set_id(id);
  answer.mutable_invite()->set_code(code);
  answer.mutable_invite()->set_expires_ms(expires);
  Status queued = ctx_.store.commit(std::move(batch), Durability::synced,
                                    ctx_.answer_when_stored(conn, std::move(answer)));
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

}  // namespace relais::server

#include "server/relay/rooms.h"

#include <algorithm>
#include <functional>
#include <string>

#include "core/crypto/digest.h"
#include "core/franking/franking.h"
#include "core/wire/contract.h"
#include "server/relay/log.h"

namespace relais::server {
namespace {

constexpr uint64_t kDayMs = 24 * 3600 * 1000;
constexpr size_t kExpireScanLimit = 10000;
// Read cursors have keys of their own in Table::meta: kCursorPrefix + member_key -> be64(seq).
// A flush writes only them, never the membership record beside them (role, mute).
constexpr std::string_view kCursorPrefix = "room-cursor/";
// Reports marked handled have keys of their own in Table::meta: kHandledPrefix + room | 0 |
// report id -> be64(time marked).
constexpr std::string_view kHandledPrefix = "report-handled/";

std::string room_seq_key(std::string_view room) {
  return "room-seq/" + std::string(room);
}

std::string log_prefix(std::string_view room) {
  return std::string(room) + '\0';
}

wire::RoomInfo regional(const char* id, const char* fr, const char* nl) {
  wire::RoomInfo r;
  r.set_room(id);
  r.set_name_fr(fr);
  r.set_name_nl(nl);
  r.set_policy(wire::OPEN);
  r.set_retention_s(RoomService::kWeekS);
  r.set_message_lifetime_s(RoomService::kWeekS);
  r.set_max_members(RoomService::kDefaultMaxMembers);
  r.set_region(id);
  return r;
}

}  // namespace

std::vector<wire::RoomInfo> RoomService::default_rooms() {
  return {regional("brussels", "Bruxelles", "Brussel"), regional("antwerp", "Anvers", "Antwerpen"),
          regional("liege", "Liège", "Luik"), regional("gent", "Gand", "Gent"),
          regional("charleroi", "Charleroi", "Charleroi")};
}

std::string RoomService::log_key(std::string_view room, uint64_t seq) {
  return log_prefix(room) + be64(seq);
}

std::string RoomService::member_key(std::string_view room, const AccountId& account) {
  return log_prefix(room) + account.bytes();
}

std::string RoomService::cursor_key(std::string_view room, const AccountId& account) {
  return std::string(kCursorPrefix) + member_key(room, account);
}

std::string RoomService::handled_report_key(std::string_view room, std::string_view report_id) {
  return std::string(kHandledPrefix) + log_prefix(room) + std::string(report_id);
}

std::string RoomService::mod_log_key(std::string_view room, uint64_t time_ms, uint64_t counter) {
  return log_prefix(room) + be64(time_ms) + be64(counter);
}

RoomService::RoomService(RelayContext& ctx, AccountService& accounts)
    : ctx_(ctx), accounts_(accounts) {
  ctx_.store.set_after_group([this] { fan_out_group(); });
}

RoomService::~RoomService() {
  ctx_.store.set_after_group({});
  flush_cursors();
  // Every callback queued before this one (the cursors' among them) has run once it completes.
  (void)ctx_.store.commit_and_wait(WriteBatch{}, Durability::buffered);
}

Status RoomService::load() {
  Status parsed = ok_status();
  RELAIS_TRY(ctx_.store.scan(Table::rooms, "", std::string(1, '\xff'), 0,
                             [&](std::string_view, std::string_view v) {
                               records::Room record;
                               if (!record.ParseFromArray(v.data(), static_cast<int>(v.size()))) {
                                 parsed = Status(Errc::corrupt, "A stored room record is damaged.");
                                 return false;
                               }
                               auto room = std::make_unique<Room>();
                               room->info = record.info();
                               room->pins.assign(record.pins().begin(), record.pins().end());
                               rooms_.emplace(room->info.room(), std::move(room));
                               return true;
                             }));
  RELAIS_TRY(parsed);
  if (rooms_.empty()) {
    WriteBatch batch;
    for (auto& info : default_rooms()) {
      records::Room record;
      *record.mutable_info() = info;
      batch.put(Table::rooms, info.room(), record.SerializeAsString());
      auto room = std::make_unique<Room>();
      room->info = info;
      rooms_.emplace(info.room(), std::move(room));
    }
    RELAIS_TRY(ctx_.store.commit_and_wait(std::move(batch), Durability::synced));
  }
  RELAIS_TRY(ctx_.store.scan(
      Table::members, "", std::string(1, '\xff'), 0, [&](std::string_view k, std::string_view v) {
        auto zero = k.find('\0');
        records::Membership m;
        auto account = zero == std::string_view::npos ? std::nullopt
                                                      : AccountId::from_bytes(k.substr(zero + 1));
        auto it = account ? rooms_.find(k.substr(0, zero)) : rooms_.end();
        if (it == rooms_.end() || !m.ParseFromArray(v.data(), static_cast<int>(v.size()))) {
          parsed = Status(Errc::corrupt, "A stored membership record is damaged.");
          return false;
        }
        auto& room = *it->second;
        switch (m.state()) {
          case records::JOINED:
            room.members.emplace(*account, std::move(m));
            break;
          case records::PENDING:
            room.pending.emplace(*account, std::move(m));
            break;
          case records::BANNED:
            room.banned.emplace(*account, std::move(m));
            break;
          default:
            break;  // a state a newer relay wrote: left alone
        }
        return true;
      }));
  RELAIS_TRY(parsed);
  // Cursors flushed under their own keys; a data folder of an older relay has them in the
  // membership records only (read above): the further of the two counts.
  const std::string cursors(kCursorPrefix);
  RELAIS_TRY(ctx_.store.scan(
      Table::meta, cursors, prefix_end(cursors), 0, [&](std::string_view k, std::string_view v) {
        const std::string_view key = k.substr(cursors.size());
        const auto zero = key.find('\0');
        if (zero == std::string_view::npos || v.size() != 8) return true;  // not one of ours
        auto account = AccountId::from_bytes(key.substr(zero + 1));
        auto room = rooms_.find(key.substr(0, zero));
        if (!account || room == rooms_.end()) return true;
        auto member = room->second->members.find(*account);
        if (member != room->second->members.end() && read_be64(v) > member->second.cursor())
          member->second.set_cursor(read_be64(v));
        return true;
      }));
  const std::string handled(kHandledPrefix);
  RELAIS_TRY(ctx_.store.scan(
      Table::meta, handled, prefix_end(handled), 0, [&](std::string_view k, std::string_view v) {
        const std::string_view key = k.substr(handled.size());
        const auto zero = key.find('\0');
        if (zero == std::string_view::npos || v.size() != 8) return true;  // not one of ours
        auto room = rooms_.find(key.substr(0, zero));
        if (room == rooms_.end()) return true;
        room->second->handled_reports.insert_or_assign(std::string(key.substr(zero + 1)),
                                                       read_be64(v));
        return true;
      }));
  for (auto& [id, room] : rooms_) {
    RELAIS_TRY_ASSIGN(auto last, ctx_.store.get(Table::meta, room_seq_key(id)));
    room->next_seq = last && last->size() == 8 ? read_be64(*last) + 1 : 1;
    const std::string prefix = log_prefix(id);
    RELAIS_TRY_ASSIGN(auto last_mod,
                      ctx_.store.last_in(Table::mod_log, prefix, prefix_end(prefix)));
    room->next_mod =
        last_mod && last_mod->first.size() == prefix.size() + 16
            ? read_be64(std::string_view(last_mod->first).substr(prefix.size() + 8)) + 1
            : 1;
  }
  return load_recent_posts();
}

Status RoomService::load_recent_posts() {
  for (auto& entry : rooms_) {
    // Not a structured binding: clang 14 cannot capture one in the lambda below.
    const std::string& id = entry.first;
    Room* room = entry.second.get();
    const uint64_t first = room->next_seq > ctx_.config.room_recent_posts
                               ? room->next_seq - ctx_.config.room_recent_posts
                               : 1;
    RELAIS_TRY(
        ctx_.store.scan(Table::room_log, log_key(id, first), prefix_end(log_prefix(id)), 0,
                        [&](std::string_view, std::string_view value) {
                          wire::ServerBatch one;
                          if (!one.ParseFromArray(value.data(), static_cast<int>(value.size())) ||
                              one.frames_size() != 1 || !one.frames(0).room_entry().has_message())
                            return true;
                          const auto& e = one.frames(0).room_entry();
                          Room::RecentPost post;
                          post.seq = e.seq();
                          post.time_ms = e.server_time_ms();
                          post.franking_tag = e.message().franking_tag();
                          post.stored = true;
                          std::string key = e.message().from() + e.message().message_id();
                          room->recent_order.emplace_back(key, post.seq);
                          room->recent.insert_or_assign(std::move(key), std::move(post));
                          return true;
                        }));
  }
  return ok_status();
}

wire::ServerFrame RoomService::posted_frame(uint64_t id, const std::string& room,
                                            const Room::RecentPost& post) {
  wire::ServerFrame f;
  f.set_id(id);
  auto* posted = f.mutable_posted();
  posted->set_room(room);
  posted->set_seq(post.seq);
  posted->set_server_time_ms(post.time_ms);
  posted->set_franking_tag(post.franking_tag);
  return f;
}

void RoomService::remember_post_locked(Room& room, StagedChanges& change, const std::string& key,
                                       Room::RecentPost post, Waiters orphans) {
  room.recent_order.emplace_back(key, post.seq);
  room.recent.insert_or_assign(key, std::move(post));
  trim_recent_locked(room);
  change.undo([this, &room, key, orphans] {
    auto it = room.recent.find(key);
    if (it == room.recent.end()) return;
    *orphans = std::move(it->second.waiting);  // answered STORE_FAILURE by the commit's callback
    room.recent.erase(it);
    trim_recent_locked(room);  // it may have held the oldest slot
  });
}

void RoomService::trim_recent_locked(Room& room) {
  while (room.recent_order.size() > ctx_.config.room_recent_posts) {
    const auto& [key, seq] = room.recent_order.front();
    auto old = room.recent.find(key);
    if (old != room.recent.end() && old->second.seq == seq) {
      if (!old->second.stored) return;  // being committed: trimmed when its callback runs
      room.recent.erase(old);
    }
    room.recent_order.pop_front();
  }
}

size_t RoomService::remembered_posts(std::string_view name) {
  Room* room = find(name);
  if (!room) return 0;
  std::lock_guard lock(room->mutex);
  return room->recent.size();
}

RoomService::Room* RoomService::find(std::string_view room) {
  std::shared_lock lock(rooms_mutex_);
  auto it = rooms_.find(room);
  return it == rooms_.end() ? nullptr : it->second.get();
}

wire::RoomInfo RoomService::info_for_locked(const Room& room, const AccountId& account,
                                            uint64_t now) const {
  wire::RoomInfo info = room.info;
  info.set_members(static_cast<uint32_t>(room.members.size()));
  info.set_joined(room.members.count(account) > 0);
  info.set_pending(room.pending.count(account) > 0);
  info.set_banned(room.banned.count(account) > 0);
  info.clear_pins();
  for (const auto& pin : room.pins) {
    if (pin.until_ms() > now) *info.add_pins() = pin;
  }
  return info;
}

records::Room RoomService::record_locked(const Room& room) const {
  records::Room record;
  *record.mutable_info() = room.info;
  const uint64_t now = ctx_.clock.now_ms();
  for (const auto& pin : room.pins) {
    if (pin.until_ms() > now) *record.add_pins() = pin;  // expired pins are dropped here
  }
  return record;
}

wire::RoomEntry RoomService::next_entry_locked(Room& room, uint64_t now) {
  wire::RoomEntry entry;
  entry.set_room(room.info.room());
  entry.set_seq(room.next_seq++);
  entry.set_server_time_ms(now);
  return entry;
}

void RoomService::list(const ConnectionPtr& conn, uint64_t id) {
  const AccountId me = *conn->state().account;
  const uint64_t now = ctx_.clock.now_ms();
  wire::ServerFrame f;
  f.set_id(id);
  std::shared_lock lock(rooms_mutex_);
  for (auto& [name, room] : rooms_) {
    std::lock_guard room_lock(room->mutex);
    *f.mutable_room_list()->add_rooms() = info_for_locked(*room, me, now);
  }
  ctx_.reply(*conn, f);
}

Status RoomService::append_locked(Room& room, wire::RoomEntry entry, StagedChanges change,
                                  EntryDone done) {
  wire::ServerFrame frame;
  *frame.mutable_room_entry() = std::move(entry);
  auto element = wire::share_element(frame);
  const uint64_t seq = frame.room_entry().seq();
  const std::string& name = frame.room_entry().room();
  change.batch().put(Table::room_log, log_key(name, seq), *element);
  change.batch().put(Table::meta, room_seq_key(name), be64(seq));
  Status queued = std::move(change).commit(
      ctx_.store, Durability::synced,
      [this, &room, frame = std::move(frame), element, done = std::move(done)](const Status& s) {
        done(s, frame.room_entry(), element);
        if (!s.ok()) return;
        ctx_.metrics.room_entries_stored++;
        // Fanned out with the rest of its commit group, by fan_out_group().
        auto it = std::find_if(committed_.begin(), committed_.end(),
                               [&room](const auto& c) { return c.first == &room; });
        if (it == committed_.end()) it = committed_.insert(committed_.end(), {&room, {}});
        it->second.emplace_back(frame.room_entry().seq(), element);
      });
  // Refused: nothing was numbered after it under the lock, so the next entry takes its number.
  if (!queued.ok()) room.next_seq = seq;
  return queued;
}

RoomService::EntryDone RoomService::answer_when_stored(const ConnectionPtr& conn,
                                                       wire::ServerFrame answer) {
  return [done = ctx_.answer_when_stored(conn, std::move(answer))](
             const Status& s, const wire::RoomEntry&, const wire::SharedElement&) { done(s); };
}

void RoomService::add_member_locked(Room& room, StagedChanges& change, const AccountId& account,
                                    const records::Membership& m, const ConnectionPtr& conn) {
  room.members.insert_or_assign(account, m);
  if (conn) room.online.insert_or_assign(account, conn);
  change.undo([&room, account] {
    room.members.erase(account);
    room.online.erase(account);
  });
}

void RoomService::drop_member_locked(Room& room, StagedChanges& change, const AccountId& account) {
  auto it = room.members.find(account);
  if (it == room.members.end()) return;
  std::optional<ConnectionWeak> online;
  if (auto o = room.online.find(account); o != room.online.end()) {
    online = o->second;
    room.online.erase(o);
  }
  change.undo([&room, account, previous = it->second, online] {
    room.members.emplace(account, previous);
    if (online) room.online.emplace(account, *online);
  });
  room.members.erase(it);
  change.batch().erase(Table::meta, cursor_key(room.info.room(), account));
  // Not lowered by the undo: a membership that did not end costs its cursors one more check.
  memberships_ended_.fetch_add(1, std::memory_order_release);
}

bool RoomService::has_room(std::string_view room) {
  return find(room) != nullptr;
}

void RoomService::append_event(std::string_view room_id, wire::RoomEvent event) {
  Room* room = find(room_id);
  if (!room) return;
  std::lock_guard lock(room->mutex);
  wire::RoomEntry entry = next_entry_locked(*room, ctx_.clock.now_ms());
  *entry.mutable_event() = std::move(event);
  Status queued = append_locked(
      *room, std::move(entry), stage(*room),
      [this](const Status& s, const wire::RoomEntry&, const wire::SharedElement&) {
        if (!s.ok()) ctx_.store_trouble("storing a room event", s.error().message);
      });
  if (!queued.ok()) ctx_.store_trouble("storing a room event (refused)", queued.error().message);
}

void RoomService::fan_out_group() {
  for (auto& [room, entries] : committed_)
    fan_out(*room, std::make_shared<const Committed>(std::move(entries)));
  committed_.clear();
}

void RoomService::fan_out(Room& room, std::shared_ptr<const Committed> entries) {
  // Beast chat-multi's shared_state::send: copy the recipients under the lock, send outside it,
  // so that no connection is written to while the room is held.
  std::vector<ConnectionWeak> recipients;
  {
    std::lock_guard lock(room.mutex);
    recipients.reserve(room.online.size());
    for (const auto& [account, conn] : room.online) recipients.push_back(conn);
  }
  uint64_t online = 0;
  Room* at = &room;  // rooms are never removed
  for (const auto& weak : recipients) {
    if (auto conn = weak.lock()) {
      ++online;
      conn->post([this, conn, at, entries] {
        for (const auto& [seq, element] : *entries) {
          // A read from the store brings the rest of the group too: all of it is written.
          if (on_committed(conn, at->info.room(), seq, element)) break;
        }
      });
    }
  }
  for (size_t i = 0; i < entries->size(); ++i) ctx_.metrics.fanout(online);
}

void RoomService::join(const ConnectionPtr& conn, uint64_t id, const wire::JoinRoom& req) {
  const AccountId me = *conn->state().account;
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  if (ctx_.refuse_if_disk_low(*conn, id)) return;
  // A room's moderators (and admins) need neither approval nor an invite.
  auto moderates = accounts_.has_role(me, wire::MODERATOR, req.room());
  if (!moderates.ok()) return ctx_.store_failed(*conn, id);
  const uint64_t now = ctx_.clock.now_ms();
  std::lock_guard lock(room->mutex);
  if (room->banned.count(me))
    return ctx_.fail(*conn, id, wire::BANNED, "You are banned from this room.");
  if (room->members.count(me))
    return ctx_.fail(*conn, id, wire::ALREADY_MEMBER, "You are already in this room.");
  if (full_locked(*room, now)) return ctx_.fail(*conn, id, wire::ROOM_FULL, "This room is full.");
  const bool knock = !*moderates && room->info.policy() == wire::KNOCK;
  // Joins are limited per account and per network (knocks too; knocking again changes nothing
  // and costs nothing): thousands of fresh accounts cannot fill a room, or bury a room's real
  // join requests, in seconds.
  if (!(knock && room->pending.count(me)) && !take_join(*conn, id, now)) return;
  if (knock) return knock_locked(conn, id, *room, me);
  StagedChanges change = stage(*room);
  std::string invite_hash;
  if (!*moderates && room->info.policy() == wire::INVITE) {
    auto refuse = [&] {
      ctx_.fail(*conn, id, wire::INVITE_REQUIRED,
                req.invite_code().empty()
                    ? "This room needs an invite code."
                    : "The invite code is not valid for this room, or was used up.");
    };
    if (req.invite_code().empty() || req.invite_code().size() > wire::kMaxInviteCodeBytes)
      return refuse();
    invite_hash = crypto::sha256(req.invite_code());
    auto stored = ctx_.store.get(Table::invites, invite_hash);
    if (!stored.ok()) return ctx_.store_failed(*conn, id);
    records::Invite invite;
    // Uses taken by joins not yet committed count as spent (this room's lock orders them).
    uint32_t& committing = room->invite_uses_committing[invite_hash];
    if (!*stored || !invite.ParseFromString(**stored) || invite.room() != room->info.room() ||
        invite.expires_ms() < now || invite.uses_left() <= committing) {
      if (committing == 0) room->invite_uses_committing.erase(invite_hash);
      return refuse();
    }
    ++committing;
    change.finally([room, invite_hash] {
      auto it = room->invite_uses_committing.find(invite_hash);
      if (it != room->invite_uses_committing.end() && --it->second == 0)
        room->invite_uses_committing.erase(it);
    });
    invite.set_uses_left(invite.uses_left() - committing);
    if (invite.uses_left() == 0) {
      change.batch().erase(Table::invites, invite_hash);
    } else {
      change.batch().put(Table::invites, invite_hash, invite.SerializeAsString());
    }
  }
  wire::RoomEntry entry = next_entry_locked(*room, now);
  entry.mutable_event()->set_kind(wire::MEMBER_JOINED);
  entry.mutable_event()->set_who(me.bytes());
  records::Membership m;
  m.set_state(records::JOINED);
  m.set_role(*moderates ? wire::MODERATOR : wire::MEMBER);
  m.set_joined_seq(entry.seq());
  m.set_cursor(entry.seq() - 1);
  m.set_since_ms(now - now % kDayMs);  // day resolution: no precise timing kept
  change.batch().put(Table::members, member_key(room->info.room(), me), m.SerializeAsString());
  add_member_locked(*room, change, me, m, conn);  // at once: this very entry's fan-out has it
  wire::RoomInfo info = info_for_locked(*room, me, now);
  Status queued = append_locked(*room, std::move(entry), std::move(change),
                                [this, conn, id, info](const Status& s, const wire::RoomEntry& e,
                                                       const wire::SharedElement&) {
                                  if (!s.ok()) return ctx_.store_failed(*conn, id);
                                  conn->post([this, conn, id, info, seq = e.seq()] {
                                    begin_delivery(*conn, info.room(), seq);
                                    wire::ServerFrame f;
                                    f.set_id(id);
                                    auto* joined = f.mutable_joined();
                                    joined->set_room(info.room());
                                    joined->set_from_seq(seq);
                                    *joined->mutable_info() = info;
                                    ctx_.reply(*conn, f);
                                  });
                                });
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

bool RoomService::full_locked(const Room& room, uint64_t now_ms) const {
  const uint64_t cap = room.info.max_members();
  if (cap == 0 || room.members.size() < cap) return false;
  const uint64_t idle_ms = uint64_t{ctx_.config.room_idle_member_days} * kDayMs;
  if (idle_ms == 0) return true;
  uint64_t counted = 0;
  for (const auto& [account, m] : room.members) {
    const bool never_read = m.cursor() < m.joined_seq();
    const bool long_ago = m.since_ms() + idle_ms < now_ms;
    if (never_read && long_ago && !room.online.count(account)) continue;
    if (++counted >= cap) return true;
  }
  return false;
}

bool RoomService::take_join(Connection& conn, uint64_t id, uint64_t now) {
  const ConnState& st = conn.state();
  const uint64_t account = RelayContext::account_key(*st.account);
  if (!ctx_.limits.joins.take(account, now)) {
    ctx_.refused(Refusal::join_account);
    ctx_.fail(conn, id, wire::RATE_LIMITED, "You joined many rooms just now; try again later.");
    return false;
  }
  if (!ctx_.network_limits.joins.take(st.network_key, now)) {
    ctx_.limits.joins.give_back(account, 1);
    ctx_.refused(Refusal::join_network);
    ctx_.fail(conn, id, wire::RATE_LIMITED,
              "Many accounts of your network joined rooms just now; try again in a few minutes.");
    return false;
  }
  return true;
}

void RoomService::knock_locked(const ConnectionPtr& conn, uint64_t id, Room& room,
                               const AccountId& me) {
  const uint64_t now = ctx_.clock.now_ms();
  wire::ServerFrame f;
  f.set_id(id);
  f.mutable_joined()->set_room(room.info.room());
  f.mutable_joined()->set_pending(true);
  if (room.pending.count(me)) {  // knocking again changes nothing
    *f.mutable_joined()->mutable_info() = info_for_locked(room, me, now);
    return ctx_.reply(*conn, f);
  }
  // Requests waiting are capped per room, and one network holds at most its part of them, so
  // that a real person's request is not buried under thousands a moderator cannot read.
  const uint64_t network = conn->state().network_key;
  if (room.pending.size() >= ctx_.config.room_pending_max) {
    ctx_.refused(Refusal::knock_room_full);
    return ctx_.fail(*conn, id, wire::ROOM_FULL,
                     "This room has as many requests to join waiting as it allows; try again "
                     "later.");
  }
  size_t from_network = 0;
  for (auto it = room.pending_network.begin(); it != room.pending_network.end();) {
    if (!room.pending.count(it->first)) {
      it = room.pending_network.erase(it);
      continue;
    }
    if (it->second == network) ++from_network;
    ++it;
  }
  if (from_network >= ctx_.config.room_pending_per_network) {
    ctx_.refused(Refusal::knock_network);
    return ctx_.fail(*conn, id, wire::ROOM_FULL,
                     "This room has as many requests to join from your network waiting as it "
                     "allows; try again later.");
  }
  records::Membership m;
  m.set_state(records::PENDING);
  m.set_role(wire::MEMBER);
  m.set_since_ms(now);
  StagedChanges change = stage(room);
  change.batch().put(Table::members, member_key(room.info.room(), me), m.SerializeAsString());
  room.pending.emplace(me, m);
  room.pending_network[me] = network;
  change.undo([&room, me] {
    room.pending.erase(me);
    room.pending_network.erase(me);
  });
  *f.mutable_joined()->mutable_info() = info_for_locked(room, me, now);
  Status queued = std::move(change).commit(ctx_.store, Durability::synced,
                                           ctx_.answer_when_stored(conn, std::move(f)));
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

void RoomService::begin_delivery(Connection& conn, const std::string& room, uint64_t from_seq) {
  auto& st = conn.state();
  if (auto old = st.rooms.find(room); old != st.rooms.end()) forget_cursor(st, old);
  RoomCursor cursor;
  cursor.delivered_upto = cursor.acked = cursor.stored_ack = from_seq - 1;
  cursor.live = true;
  st.rooms.emplace(room, std::move(cursor));
}

void RoomService::forget_cursor(ConnState& st,
                                std::map<std::string, RoomCursor, std::less<>>::iterator it) {
  for (const auto& [seq, bytes] : it->second.unacked) st.delivery_bytes -= bytes;
  st.rooms.erase(it);
}

void RoomService::leave(const ConnectionPtr& conn, uint64_t id, const wire::LeaveRoom& req) {
  const AccountId me = *conn->state().account;
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  auto answered = [this, conn, id, name = req.room()](const Status& s) {
    if (!s.ok()) {
      // Undone: a member again, whose cursor on this connection was dropped when it was queued.
      conn->post([this, conn, name] { restart_delivery(conn, name); });
      return ctx_.store_failed(*conn, id);
    }
    if (id != 0) ctx_.reply(*conn, wire::ok_frame(id));
  };
  std::lock_guard lock(room->mutex);
  StagedChanges change = stage(*room);
  change.batch().erase(Table::members, member_key(room->info.room(), me));
  if (auto knock = room->pending.find(me); knock != room->pending.end()) {
    // Withdrawing a knock: it was never a membership, so no event.
    change.undo([room, me, previous = knock->second] { room->pending.emplace(me, previous); });
    room->pending.erase(knock);
    Status queued = std::move(change).commit(ctx_.store, Durability::synced, answered);
    if (!queued.ok()) ctx_.store_failed(*conn, id);
    return;
  }
  if (!room->members.count(me))
    return ctx_.fail(*conn, id, wire::NOT_A_MEMBER, "You are not in this room.");
  drop_member_locked(*room, change, me);
  wire::RoomEntry entry = next_entry_locked(*room, ctx_.clock.now_ms());
  entry.mutable_event()->set_kind(wire::MEMBER_LEFT);
  entry.mutable_event()->set_who(me.bytes());
  Status queued = append_locked(*room, std::move(entry), std::move(change),
                                [answered](const Status& s, const wire::RoomEntry&,
                                           const wire::SharedElement&) { answered(s); });
  if (!queued.ok()) return ctx_.store_failed(*conn, id);
  // Nothing more of this room reaches this connection.
  auto& st = conn->state();
  if (auto cursor = st.rooms.find(room->info.room()); cursor != st.rooms.end())
    forget_cursor(st, cursor);
}

void RoomService::members(const ConnectionPtr& conn, uint64_t id, const wire::ListMembers& req) {
  const AccountId me = *conn->state().account;
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  std::vector<std::pair<AccountId, records::Membership>> snapshot;
  {
    std::lock_guard lock(room->mutex);
    if (!room->members.count(me))
      return ctx_.fail(*conn, id, wire::NOT_A_MEMBER, "You are not in this room.");
    size_t& listed = conn->state().member_rows_in_message;
    if (listed > 0 && listed + room->members.size() > kMaxMemberRowsPerMessage) {
      return ctx_.fail(*conn, id, wire::RATE_LIMITED,
                       "Too many member lists in one message; ask again in another.");
    }
    listed += room->members.size();
    snapshot.assign(room->members.begin(), room->members.end());
  }
  wire::ServerFrame f;
  f.set_id(id);
  auto* list = f.mutable_members();
  list->set_room(req.room());
  for (const auto& [account, m] : snapshot) {
    auto record = accounts_.load(account);
    if (!record.ok()) return ctx_.store_failed(*conn, id);
    if (!*record) continue;
    auto* member = list->add_members();
    member->set_account_id(account.bytes());
    member->set_role(m.role());
    member->set_identity_key((*record)->identity_key());
    member->set_muted_until_ms(m.muted_until_ms());
  }
  ctx_.reply(*conn, f);
}

void RoomService::post(const ConnectionPtr& conn, uint64_t id, const wire::PostRoom& req) {
  const AccountId me = *conn->state().account;
  if (auto v = wire::check(req)) return ctx_.fail(*conn, id, *v);
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  const uint64_t now = ctx_.clock.now_ms();
  const std::string key = me.bytes() + req.message_id();
  std::lock_guard lock(room->mutex);
  // Sent again (its Posted was lost): the first answer, and nothing stored. Keyed by the sender
  // too, so that no one can pass for another's post by reusing its message id.
  if (auto seen = room->recent.find(key); seen != room->recent.end()) {
    if (seen->second.stored)
      return ctx_.reply(*conn, posted_frame(id, room->info.room(), seen->second));
    if (seen->second.waiting.size() >= ctx_.config.room_post_waiting_copies) {
      return ctx_.fail(*conn, id, wire::RATE_LIMITED,
                       "This message is already being stored; wait for its answer.");
    }
    seen->second.waiting.emplace_back(conn, id);  // answered when the first one is stored
    return;
  }
  auto it = room->members.find(me);
  if (it == room->members.end())
    return ctx_.fail(*conn, id, wire::NOT_A_MEMBER, "You are not in this room.");
  if (it->second.muted_until_ms() > now) {
    return ctx_.fail(*conn, id, wire::MUTED, "A moderator muted you in this room for now.");
  }
  if (ctx_.refuse_if_disk_low(*conn, id)) return;
  if (!ctx_.limits.room_posts.take(RelayContext::account_key(me), now)) {
    return ctx_.fail(*conn, id, wire::RATE_LIMITED, "Too many room messages; slow down.");
  }
  // Counted in bytes too: each post reaches every member online, and a count alone lets one
  // account send 64 KiB posts at the pace of short texts.
  const double post_bytes = static_cast<double>(req.ciphertext().size());
  if (!ctx_.limits.room_post_bytes.take(RelayContext::account_key(me), now, post_bytes)) {
    ctx_.limits.room_posts.give_back(RelayContext::account_key(me), 1);
    return ctx_.fail(*conn, id, wire::RATE_LIMITED, "Too many bytes of room messages; slow down.");
  }
  // The accounts of one network together too, in each room: eighty Sybils of a few /24s posted
  // 300 times at once, 20 a second after (third attacker review); counted per room, so that a
  // flood in one room does not silence a network's honest members in the others (fourth).
  const uint64_t network =
      conn->state().network_key ^ (std::hash<std::string>{}(req.room()) * 0x9E3779B97F4A7C15ULL);
  if (!ctx_.network_limits.room_posts.take(network, now)) {
    ctx_.limits.room_posts.give_back(RelayContext::account_key(me), 1);
    ctx_.limits.room_post_bytes.give_back(RelayContext::account_key(me), post_bytes);
    ctx_.refused(Refusal::room_posts_network);
    return ctx_.fail(*conn, id, wire::RATE_LIMITED, wire::LIMIT_NETWORK_ROOM_POSTS,
                     "Many accounts of your network posted in this room just now; slow down.");
  }
  auto give_back_rates = [this, me, post_bytes, network] {
    ctx_.limits.room_posts.give_back(RelayContext::account_key(me), 1);
    ctx_.limits.room_post_bytes.give_back(RelayContext::account_key(me), post_bytes);
    ctx_.network_limits.room_posts.give_back(network, 1);
  };
  wire::RoomEntry entry = next_entry_locked(*room, now);
  auto* msg = entry.mutable_message();
  msg->set_from(me.bytes());
  msg->set_message_id(req.message_id());
  msg->set_ciphertext(req.ciphertext());
  msg->set_commitment(req.commitment());
  msg->set_franking_tag(franking::relay_tag(
      ctx_.franking_key, {req.commitment(), msg->from(), entry.room(), entry.seq(), now}));
  // The stored bytes of a post count once, however many members read it.
  const size_t bytes = entry.ByteSizeLong();
  if (!ctx_.take_stored(*conn, id, me, bytes)) {
    room->next_seq = entry.seq();  // nothing was numbered after it under the lock
    give_back_rates();
    return;
  }
  Room::RecentPost recent;
  recent.seq = entry.seq();
  recent.time_ms = now;
  recent.franking_tag = msg->franking_tag();
  StagedChanges change = stage(*room);
  auto orphans = std::make_shared<Waiters::element_type>();
  remember_post_locked(*room, change, key, recent, orphans);
  Status queued =
      append_locked(*room, std::move(entry), std::move(change),
                    [this, conn, id, room, key, me, bytes, orphans, give_back_rates,
                     network = conn->state().network_key](const Status& s, const wire::RoomEntry& e,
                                                          const wire::SharedElement&) {
                      if (!s.ok()) {
                        ctx_.give_back_stored(me, bytes, network);
                        give_back_rates();
                        ctx_.store_failed(*conn, id);
                        for (const auto& [other, other_id] : *orphans)
                          ctx_.store_failed(*other, other_id);
                        return;
                      }
                      std::vector<std::pair<ConnectionPtr, uint64_t>> waiting;
                      Room::RecentPost answer;
                      {
                        std::lock_guard l(room->mutex);
                        if (auto r = room->recent.find(key);
                            r != room->recent.end() && r->second.seq == e.seq()) {
                          r->second.stored = true;
                          waiting = std::move(r->second.waiting);
                          r->second.waiting.clear();
                          answer = r->second;
                          trim_recent_locked(*room);  // it may have held back older ones
                        }
                      }
                      answer.seq = e.seq();
                      answer.time_ms = e.server_time_ms();
                      answer.franking_tag = e.message().franking_tag();
                      ctx_.reply(*conn, posted_frame(id, e.room(), answer));
                      for (const auto& [other, other_id] : waiting)
                        ctx_.reply(*other, posted_frame(other_id, e.room(), answer));
                    });
  if (!queued.ok()) {
    ctx_.give_back_stored(me, bytes, conn->state().network_key);
    give_back_rates();
    ctx_.store_failed(*conn, id);
  }
}

void RoomService::verify_franking(const ConnectionPtr& conn, uint64_t id,
                                  const wire::VerifyFranking& req) {
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  bool member;
  {
    std::lock_guard lock(room->mutex);
    member = room->members.count(*conn->state().account) > 0;
  }
  if (!member) {
    // A moderator checks reports about the room even when not in it, and so does an outreach
    // worker, to whom reports of exploitation are also sent.
    auto moderates = accounts_.has_role(*conn->state().account, wire::MODERATOR, req.room());
    if (!moderates.ok()) return ctx_.store_failed(*conn, id);
    bool outreach = false;
    if (!*moderates) {
      auto record = accounts_.load(*conn->state().account);
      if (!record.ok()) return ctx_.store_failed(*conn, id);
      if (*record) {
        for (const auto& g : (*record)->roles()) outreach |= g.role() == wire::OUTREACH;
      }
    }
    if (!*moderates && !outreach) {
      return ctx_.fail(*conn, id, wire::NOT_A_MEMBER, "You are not in this room.");
    }
  }
  wire::ServerFrame f;
  f.set_id(id);
  f.mutable_franking_verdict()->set_valid(franking::verify_relay_tag(
      ctx_.franking_key,
      {req.commitment(), req.from(), req.room(), req.seq(), req.server_time_ms()},
      req.franking_tag()));
  ctx_.reply(*conn, f);
}

void RoomService::start(const ConnectionPtr& conn) {
  auto& st = conn->state();
  const AccountId me = *st.account;
  std::vector<std::string> joined;
  {
    std::shared_lock lock(rooms_mutex_);
    for (auto& [name, room] : rooms_) {
      std::lock_guard room_lock(room->mutex);
      auto it = room->members.find(me);
      if (it == room->members.end()) continue;
      room->online.insert_or_assign(me, conn);  // replaces a previous connection of the account
      RoomCursor cursor;
      cursor.delivered_upto = cursor.acked = cursor.stored_ack =
          std::max(it->second.cursor(), it->second.joined_seq() - 1);
      cursor.membership_seen = memberships_ended_.load(std::memory_order_acquire);
      st.rooms[name] = cursor;
      joined.push_back(name);
    }
  }
  for (const auto& name : joined) pump(conn, name);
}

void RoomService::restart_delivery(const ConnectionPtr& conn, const std::string& name) {
  auto& st = conn->state();
  Room* room = find(name);
  if (!room || !st.account || st.rooms.count(name)) return;
  {
    std::lock_guard lock(room->mutex);
    auto it = room->members.find(*st.account);
    if (it == room->members.end()) return;
    auto online = room->online.find(*st.account);
    if (online == room->online.end() || online->second.lock() != conn) return;  // served elsewhere
    RoomCursor cursor;  // from where start() would begin
    cursor.delivered_upto = cursor.acked = cursor.stored_ack =
        std::max(it->second.cursor(), it->second.joined_seq() - 1);
    cursor.membership_seen = memberships_ended_.load(std::memory_order_acquire);
    st.rooms[name] = cursor;
  }
  pump(conn, name);
}

void RoomService::pump(const ConnectionPtr& conn, const std::string& name) {
  auto it = conn->state().rooms.find(name);
  if (it == conn->state().rooms.end()) return;
  auto& st = conn->state();
  RoomCursor& c = it->second;
  c.live = false;
  if (c.unacked.size() >= ctx_.config.room_window) return;
  const size_t limit = ctx_.config.room_window - c.unacked.size();
  size_t sent = 0;
  bool window_full = false;
  // A membership known to end stops at its last entry. Any other may have ended (kicked,
  // banned, left elsewhere) before this strand was told, with entries after its end already in
  // the log. Once the store's read has begun, every end it can hold has moved the count of ended
  // memberships: if the count moved, each entry read is looked into (one parse) for this
  // account's end. Otherwise an entry costs one comparison, and no lock is taken.
  bool checked = c.ends_at != 0;
  bool may_have_ended = false;
  const std::string end_key =
      c.ends_at != 0 ? log_key(name, c.ends_at + 1) : prefix_end(log_prefix(name));
  auto scanned = ctx_.store.scan(
      Table::room_log, log_key(name, c.delivered_upto + 1), end_key, limit,
      [&](std::string_view key, std::string_view value) {
        if (!checked) {
          checked = true;
          may_have_ended =
              memberships_ended_.load(std::memory_order_acquire) != c.membership_seen;
        }
        if (!ctx_.delivery_fits(st, value.size())) {
          window_full = true;  // an acknowledgement makes room
          return false;
        }
        ctx_.reply_shared(*conn, wire::ServerFrame::kRoomEntry,
                          std::make_shared<const std::string>(value));
        c.delivered_upto = read_be64(key.substr(key.size() - 8));
        c.unacked.emplace_back(c.delivered_upto, static_cast<uint32_t>(value.size()));
        st.delivery_bytes += value.size();
        ++sent;
        if (may_have_ended && ends_membership(value, *st.account)) {
          c.ends_at = c.delivered_upto;
          return false;
        }
        return true;
      });
  if (!scanned.ok()) {
    ctx_.store_trouble("reading a room log (the connection is closed)", scanned.error().message);
    conn->close(Connection::CloseReason::going_away);
    return;
  }
  if (c.ends_at != 0 && c.delivered_upto >= c.ends_at) return forget_cursor(st, it);  // all told
  // The end may be staged and not written yet: the room says, under its lock (taken here, not
  // during the store's read); a membership that lasts is read without looking in again.
  if (may_have_ended && c.ends_at == 0 && membership_lasts(name, c, *st.account))
    may_have_ended = false;
  // A cursor whose membership ended is never live: fan-outs no longer reach it, deliver_last does.
  c.live = c.ends_at == 0 && !may_have_ended && !window_full && sent < limit;
}

bool RoomService::membership_lasts(const std::string& name, RoomCursor& c,
                                   const AccountId& account) {
  // Loaded before the room is looked at: an end staged after it moves the count again.
  const uint64_t ended = memberships_ended_.load(std::memory_order_acquire);
  if (ended == c.membership_seen) return true;
  Room* room = find(name);
  if (!room) return false;
  std::lock_guard lock(room->mutex);
  auto m = room->members.find(account);
  if (m == room->members.end() || m->second.joined_seq() > c.delivered_upto + 1) return false;
  c.membership_seen = ended;
  return true;
}

bool RoomService::ends_membership(std::string_view stored, const AccountId& account) {
  wire::ServerBatch one;
  if (!one.ParseFromArray(stored.data(), static_cast<int>(stored.size())) ||
      one.frames_size() != 1 || !one.frames(0).room_entry().has_event())
    return false;
  const auto& event = one.frames(0).room_entry().event();
  return (event.kind() == wire::MEMBER_LEFT || event.kind() == wire::MEMBER_KICKED ||
          event.kind() == wire::MEMBER_BANNED) &&
         event.who() == account.bytes();
}

void RoomService::resume(const ConnectionPtr& conn) {
  auto& st = conn->state();
  if (!st.account || st.rooms.empty()) return;
  // Round robin: start after the room served first last time.
  std::vector<std::string> order;
  order.reserve(st.rooms.size());
  auto start = st.rooms.upper_bound(st.resume_from);
  for (auto it = start; it != st.rooms.end(); ++it) order.push_back(it->first);
  for (auto it = st.rooms.begin(); it != start; ++it) order.push_back(it->first);
  st.resume_from = order.front();
  for (const auto& name : order) {
    auto it = st.rooms.find(name);
    if (it != st.rooms.end() && !it->second.live) pump(conn, name);
  }
}

bool RoomService::on_committed(const ConnectionPtr& conn, const std::string& name, uint64_t seq,
                               const wire::SharedElement& element) {
  auto it = conn->state().rooms.find(name);
  if (it == conn->state().rooms.end()) return false;
  auto& st = conn->state();
  RoomCursor& c = it->second;
  if (seq <= c.delivered_upto) return false;
  if (c.live && seq == c.delivered_upto + 1 && c.unacked.size() < ctx_.config.room_window &&
      ctx_.delivery_fits(st, element->size())) {
    ctx_.reply_shared(*conn, wire::ServerFrame::kRoomEntry, element);
    c.delivered_upto = seq;
    c.unacked.emplace_back(seq, static_cast<uint32_t>(element->size()));
    st.delivery_bytes += element->size();
    return false;
  }
  // Behind (window full, or a gap): the store has it; read from there, now or when an
  // acknowledgement opens the window.
  pump(conn, name);
  return true;
}

void RoomService::ack(const ConnectionPtr& conn, uint64_t id, const wire::RoomAck& req) {
  auto it = conn->state().rooms.find(req.room());
  if (it == conn->state().rooms.end())
    return ctx_.fail(*conn, id, wire::NOT_A_MEMBER, "You are not in this room.");
  auto& st = conn->state();
  RoomCursor& c = it->second;
  c.acked = std::max(c.acked, std::min(req.seq(), c.delivered_upto));
  bool freed = false;
  while (!c.unacked.empty() && c.unacked.front().first <= c.acked) {
    st.delivery_bytes -= c.unacked.front().second;
    c.unacked.pop_front();
    freed = true;
  }
  // Every move, in memory: the next flush writes it (docs/operator.md, cursor-flush-ms).
  if (c.acked > c.stored_ack) note_cursor(conn, req.room(), c);
  if (id != 0) ctx_.reply(*conn, wire::ok_frame(id));
  if (freed) ctx_.resume_delivery(conn);
}

void RoomService::note_cursor(const ConnectionPtr& conn, const std::string& name,
                              RoomCursor& cursor) {
  std::string key = member_key(name, *conn->state().account);
  {
    std::lock_guard lock(cursors_mutex_);
    uint64_t& unsaved = unsaved_cursors_[std::move(key)];
    unsaved = std::max(unsaved, cursor.acked);
  }
  cursor.stored_ack = cursor.acked;
}

void RoomService::flush_cursors() {
  std::map<std::string, uint64_t> cursors;
  {
    std::lock_guard lock(cursors_mutex_);
    cursors.swap(unsaved_cursors_);
  }
  auto it = cursors.begin();
  while (it != cursors.end()) {
    const std::string name = it->first.substr(0, it->first.find('\0'));
    const std::string prefix = log_prefix(name);
    auto end = cursors.lower_bound(prefix_end(prefix));
    Room* room = find(name);
    if (!room) {
      it = end;
      continue;
    }
    // Only the cursors' own keys: the membership record (role, mute) is never written from
    // here. Under the room's lock, so that a member who leaves has its cursor erased after this.
    std::lock_guard lock(room->mutex);
    WriteBatch batch;
    for (auto one = it; one != end; ++one) {
      auto account = AccountId::from_bytes(std::string_view(one->first).substr(prefix.size()));
      if (!account) continue;
      auto member = room->members.find(*account);
      if (member == room->members.end()) continue;  // left meanwhile
      if (one->second > member->second.cursor()) member->second.set_cursor(one->second);
      batch.put(Table::meta, std::string(kCursorPrefix) + one->first,
                be64(member->second.cursor()));
    }
    const size_t written = batch.size();
    if (written > 0) {
      // Refused (overloaded) or not written (disk full): tried again at the next flush.
      auto again = std::make_shared<const std::map<std::string, uint64_t>>(it, end);
      Status queued = ctx_.store.commit(std::move(batch), Durability::buffered,
                                        [this, again](const Status& s) {
                                          if (s.ok()) return;
                                          ctx_.store_trouble("saving room cursors",
                                                             s.error().message);
                                          keep_unsaved(*again);
                                        });
      if (queued.ok()) {
        ctx_.metrics.room_cursors_written += written;
      } else {
        ctx_.store_trouble("saving room cursors", queued.error().message);
        keep_unsaved(*again);
      }
    }
    it = end;
  }
}

void RoomService::keep_unsaved(const std::map<std::string, uint64_t>& cursors) {
  std::lock_guard lock(cursors_mutex_);
  for (const auto& [key, acked] : cursors) {
    uint64_t& unsaved = unsaved_cursors_[key];
    unsaved = std::max(unsaved, acked);
  }
}

void RoomService::stop(const ConnectionPtr& conn) {
  for (auto& [name, cursor] : conn->state().rooms) {
    if (cursor.acked > cursor.stored_ack) note_cursor(conn, name, cursor);
  }
  const AccountId me = *conn->state().account;
  std::shared_lock lock(rooms_mutex_);
  for (auto& [name, room] : rooms_) {
    std::lock_guard room_lock(room->mutex);
    // A log-in before the next flush starts from here (the record on disk follows).
    if (auto c = conn->state().rooms.find(name); c != conn->state().rooms.end()) {
      if (auto m = room->members.find(me);
          m != room->members.end() && c->second.acked > m->second.cursor())
        m->second.set_cursor(c->second.acked);
    }
    auto it = room->online.find(me);
    if (it == room->online.end()) continue;
    // Only this connection's entry: a newer log-in of the account may have replaced it already.
    auto current = it->second.lock();
    if (!current || current == conn) room->online.erase(it);
  }
}

void RoomService::expire() {
  std::vector<std::pair<std::string, uint64_t>> rooms;
  {
    std::shared_lock lock(rooms_mutex_);
    for (auto& [name, room] : rooms_) rooms.emplace_back(name, room->info.retention_s());
  }
  const uint64_t now = ctx_.clock.now_ms();
  // Reports marked handled longer ago than they are kept.
  for (const auto& [name, retention_s] : rooms) {
    Room* room = find(name);
    if (!room) continue;
    WriteBatch batch;
    {
      std::lock_guard lock(room->mutex);
      for (auto it = room->handled_reports.begin(); it != room->handled_reports.end();) {
        if (it->second + wire::kHandledReportKeepS * 1000 >= now) {
          ++it;
          continue;
        }
        batch.erase(Table::meta, handled_report_key(name, it->first));
        it = room->handled_reports.erase(it);
      }
    }
    if (!batch.empty())
      ctx_.commit_unanswered(std::move(batch), Durability::buffered, "expiring handled reports");
  }
  for (const auto& [name, retention_s] : rooms) {
    if (retention_s == 0 || now < retention_s * 1000) continue;
    const uint64_t cutoff = now - retention_s * 1000;
    uint64_t first_kept = 0;
    bool any_old = false;
    auto scanned = ctx_.store.scan(
        Table::room_log, log_key(name, 0), prefix_end(log_prefix(name)), kExpireScanLimit,
        [&](std::string_view key, std::string_view value) {
          wire::ServerBatch one;
          uint64_t seq = read_be64(key.substr(key.size() - 8));
          if (one.ParseFromArray(value.data(), static_cast<int>(value.size())) &&
              one.frames_size() == 1 && one.frames(0).room_entry().server_time_ms() >= cutoff) {
            first_kept = seq;
            return false;
          }
          any_old = true;
          first_kept = seq + 1;
          return true;
        });
    if (!scanned.ok() || !any_old) continue;
    WriteBatch batch;
    batch.erase_range(Table::room_log, log_key(name, 0), log_key(name, first_kept));
    ctx_.commit_unanswered(std::move(batch), Durability::buffered, "expiring a room log");
  }
}

}  // namespace relais::server

#include "server/relay/rooms.h"

#include "core/crypto/digest.h"
#include "core/franking/franking.h"
#include "server/relay/log.h"

namespace relais::server {
namespace {

constexpr uint64_t kWeekS = 7 * 24 * 3600;
constexpr uint32_t kDefaultMaxMembers = 5000;
constexpr uint64_t kCursorPersistEvery = 64;  // acks between cursor writes (a crash only redelivers)
constexpr size_t kExpireScanLimit = 10000;

std::string room_seq_key(std::string_view room) { return "room-seq/" + std::string(room); }

std::string log_prefix(std::string_view room) { return std::string(room) + '\0'; }

wire::RoomInfo regional(const char* id, const char* fr, const char* nl) {
  wire::RoomInfo r;
  r.set_room(id);
  r.set_name_fr(fr);
  r.set_name_nl(nl);
  r.set_policy(wire::OPEN);
  r.set_retention_s(kWeekS);
  r.set_message_lifetime_s(kWeekS);
  r.set_max_members(kDefaultMaxMembers);
  r.set_region(id);
  return r;
}

}  // namespace

std::vector<wire::RoomInfo> RoomService::default_rooms() {
  return {regional("brussels", "Bruxelles", "Brussel"), regional("antwerp", "Anvers", "Antwerpen"),
          regional("liege", "Liège", "Luik"), regional("gent", "Gand", "Gent"),
          regional("charleroi", "Charleroi", "Charleroi")};
}

std::string RoomService::log_key(std::string_view room, uint64_t seq) { return log_prefix(room) + be64(seq); }

std::string RoomService::member_key(std::string_view room, const AccountId& account) {
  return log_prefix(room) + account.bytes();
}

RoomService::RoomService(RelayContext& ctx, AccountService& accounts) : ctx_(ctx), accounts_(accounts) {}

Status RoomService::load() {
  Status parsed = ok_status();
  RELAIS_TRY(ctx_.store.scan(Table::rooms, "", std::string(1, '\xff'), 0, [&](std::string_view, std::string_view v) {
    records::Room record;
    if (!record.ParseFromArray(v.data(), static_cast<int>(v.size()))) {
      parsed = Status(Errc::corrupt, "A stored room record is damaged.");
      return false;
    }
    auto room = std::make_unique<Room>();
    room->info = record.info();
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
  RELAIS_TRY(ctx_.store.scan(Table::members, "", std::string(1, '\xff'), 0, [&](std::string_view k, std::string_view v) {
    auto zero = k.find('\0');
    records::Membership m;
    auto account = zero == std::string_view::npos ? std::nullopt : AccountId::from_bytes(k.substr(zero + 1));
    auto it = account ? rooms_.find(k.substr(0, zero)) : rooms_.end();
    if (it == rooms_.end() || !m.ParseFromArray(v.data(), static_cast<int>(v.size()))) {
      parsed = Status(Errc::corrupt, "A stored membership record is damaged.");
      return false;
    }
    if (m.state() == records::JOINED) it->second->members.emplace(*account, std::move(m));
    return true;
  }));
  RELAIS_TRY(parsed);
  for (auto& [id, room] : rooms_) {
    RELAIS_TRY_ASSIGN(auto last, ctx_.store.get(Table::meta, room_seq_key(id)));
    room->next_seq = last && last->size() == 8 ? read_be64(*last) + 1 : 1;
  }
  return ok_status();
}

RoomService::Room* RoomService::find(std::string_view room) {
  std::shared_lock lock(rooms_mutex_);
  auto it = rooms_.find(room);
  return it == rooms_.end() ? nullptr : it->second.get();
}

void RoomService::list(const ConnectionPtr& conn, uint64_t id) {
  const AccountId me = *conn->state().account;
  wire::ServerFrame f;
  f.set_id(id);
  std::shared_lock lock(rooms_mutex_);
  for (auto& [name, room] : rooms_) {
    std::lock_guard room_lock(room->mutex);
    auto* info = f.mutable_room_list()->add_rooms();
    *info = room->info;
    info->set_members(static_cast<uint32_t>(room->members.size()));
    info->set_joined(room->members.count(me) > 0);
  }
  ctx_.reply(*conn, f);
}

void RoomService::append_locked(Room& room, wire::RoomEntry entry, WriteBatch batch,
                                std::function<void(Status, const wire::RoomEntry&)> done) {
  wire::ServerFrame frame;
  *frame.mutable_room_entry() = std::move(entry);
  auto element = wire::share_element(frame);
  const auto& e = frame.room_entry();
  batch.put(Table::room_log, log_key(e.room(), e.seq()), *element);
  batch.put(Table::meta, room_seq_key(e.room()), be64(e.seq()));
  ctx_.store.commit(std::move(batch), Durability::synced,
                    [this, &room, frame = std::move(frame), element, done = std::move(done)](Status s) {
                      done(s, frame.room_entry());
                      if (!s.ok()) return;
                      ctx_.metrics.room_entries_stored++;
                      fan_out(room, frame.room_entry().seq(), element);
                    });
}

void RoomService::fan_out(Room& room, uint64_t seq, const wire::SharedElement& element) {
  std::vector<AccountId> members;
  {
    std::lock_guard lock(room.mutex);
    members.reserve(room.members.size());
    for (const auto& [account, m] : room.members) members.push_back(account);
  }
  uint64_t online = 0;
  const std::string& name = room.info.room();
  for (const auto& account : members) {
    if (auto conn = ctx_.online.find(account)) {
      ++online;
      conn->post([this, conn, name, seq, element] { on_committed(conn, name, seq, element); });
    }
  }
  ctx_.metrics.fanout(online);
}

void RoomService::join(const ConnectionPtr& conn, uint64_t id, const wire::JoinRoom& req) {
  const AccountId me = *conn->state().account;
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  std::lock_guard lock(room->mutex);
  if (room->members.count(me)) return ctx_.fail(*conn, id, wire::ALREADY_MEMBER, "You are already in this room.");
  if (room->info.policy() == wire::KNOCK) {
    return ctx_.fail(*conn, id, wire::FORBIDDEN, "This room admits people only with a moderator's approval.");
  }
  if (room->info.policy() == wire::INVITE) {
    return ctx_.fail(*conn, id, wire::INVITE_REQUIRED, "This room needs an invite code.");
  }
  if (room->info.max_members() > 0 && room->members.size() >= room->info.max_members()) {
    return ctx_.fail(*conn, id, wire::ROOM_FULL, "This room is full.");
  }
  const uint64_t now = ctx_.clock.now_ms();
  wire::RoomEntry entry;
  entry.set_room(room->info.room());
  entry.set_seq(room->next_seq++);
  entry.set_server_time_ms(now);
  entry.mutable_event()->set_kind(wire::MEMBER_JOINED);
  entry.mutable_event()->set_who(me.bytes());
  records::Membership m;
  m.set_state(records::JOINED);
  m.set_role(wire::MEMBER);
  m.set_joined_seq(entry.seq());
  m.set_cursor(entry.seq() - 1);
  m.set_since_ms(now - now % (24 * 3600 * 1000));  // day resolution: no precise timing kept
  WriteBatch batch;
  batch.put(Table::members, member_key(room->info.room(), me), m.SerializeAsString());
  room->members.emplace(me, m);  // at once, so the fan-out of this very entry includes the joiner
  wire::RoomInfo info = room->info;
  info.set_joined(true);
  info.set_members(static_cast<uint32_t>(room->members.size()));
  append_locked(*room, std::move(entry), std::move(batch),
                [this, conn, id, room, me, info](Status s, const wire::RoomEntry& e) {
                  if (!s.ok()) {
                    std::lock_guard l(room->mutex);
                    room->members.erase(me);
                    return ctx_.store_failed(*conn, id);
                  }
                  conn->post([this, conn, id, info, seq = e.seq()] {
                    RoomCursor cursor;
                    cursor.delivered_upto = cursor.acked = cursor.stored_ack = seq - 1;
                    cursor.live = true;
                    conn->state().rooms[info.room()] = cursor;
                    wire::ServerFrame f;
                    f.set_id(id);
                    auto* joined = f.mutable_joined();
                    joined->set_room(info.room());
                    joined->set_from_seq(seq);
                    *joined->mutable_info() = info;
                    ctx_.reply(*conn, f);
                  });
                });
}

void RoomService::leave(const ConnectionPtr& conn, uint64_t id, const wire::LeaveRoom& req) {
  const AccountId me = *conn->state().account;
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  std::lock_guard lock(room->mutex);
  auto it = room->members.find(me);
  if (it == room->members.end()) return ctx_.fail(*conn, id, wire::NOT_A_MEMBER, "You are not in this room.");
  auto previous = it->second;
  room->members.erase(it);
  wire::RoomEntry entry;
  entry.set_room(room->info.room());
  entry.set_seq(room->next_seq++);
  entry.set_server_time_ms(ctx_.clock.now_ms());
  entry.mutable_event()->set_kind(wire::MEMBER_LEFT);
  entry.mutable_event()->set_who(me.bytes());
  WriteBatch batch;
  batch.erase(Table::members, member_key(room->info.room(), me));
  std::string name = room->info.room();
  conn->state().rooms.erase(name);  // nothing more of this room reaches this connection
  append_locked(*room, std::move(entry), std::move(batch),
                [this, conn, id, room, me, previous](Status s, const wire::RoomEntry&) {
                  if (!s.ok()) {
                    std::lock_guard l(room->mutex);
                    room->members.emplace(me, previous);
                    return ctx_.store_failed(*conn, id);
                  }
                  if (id != 0) ctx_.reply(*conn, wire::ok_frame(id));
                });
}

void RoomService::members(const ConnectionPtr& conn, uint64_t id, const wire::ListMembers& req) {
  const AccountId me = *conn->state().account;
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  std::vector<std::pair<AccountId, records::Membership>> snapshot;
  {
    std::lock_guard lock(room->mutex);
    if (!room->members.count(me)) return ctx_.fail(*conn, id, wire::NOT_A_MEMBER, "You are not in this room.");
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
  if (req.message_id().size() != 16) return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "The message id must be 16 bytes.");
  if (req.ciphertext().empty()) return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "The message is empty.");
  if (req.commitment().size() != 32) {
    return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "The franking commitment must be 32 bytes.");
  }
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  const uint64_t now = ctx_.clock.now_ms();
  std::lock_guard lock(room->mutex);
  auto it = room->members.find(me);
  if (it == room->members.end()) return ctx_.fail(*conn, id, wire::NOT_A_MEMBER, "You are not in this room.");
  if (it->second.muted_until_ms() > now) {
    return ctx_.fail(*conn, id, wire::MUTED, "A moderator muted you in this room for now.");
  }
  wire::RoomEntry entry;
  entry.set_room(room->info.room());
  entry.set_seq(room->next_seq++);
  entry.set_server_time_ms(now);
  auto* msg = entry.mutable_message();
  msg->set_from(me.bytes());
  msg->set_message_id(req.message_id());
  msg->set_ciphertext(req.ciphertext());
  msg->set_commitment(req.commitment());
  msg->set_franking_tag(franking::relay_tag(
      ctx_.franking_key, {req.commitment(), msg->from(), entry.room(), entry.seq(), now}));
  append_locked(*room, std::move(entry), WriteBatch{}, [this, conn, id](Status s, const wire::RoomEntry& e) {
    if (!s.ok()) return ctx_.store_failed(*conn, id);
    wire::ServerFrame f;
    f.set_id(id);
    auto* posted = f.mutable_posted();
    posted->set_room(e.room());
    posted->set_seq(e.seq());
    posted->set_server_time_ms(e.server_time_ms());
    posted->set_franking_tag(e.message().franking_tag());
    ctx_.reply(*conn, f);
  });
}

void RoomService::verify_franking(const ConnectionPtr& conn, uint64_t id, const wire::VerifyFranking& req) {
  Room* room = find(req.room());
  if (!room) return ctx_.fail(*conn, id, wire::NO_SUCH_ROOM, "There is no such room.");
  {
    std::lock_guard lock(room->mutex);
    if (!room->members.count(*conn->state().account)) {
      return ctx_.fail(*conn, id, wire::NOT_A_MEMBER, "You are not in this room.");
    }
  }
  wire::ServerFrame f;
  f.set_id(id);
  f.mutable_franking_verdict()->set_valid(franking::verify_relay_tag(
      ctx_.franking_key, {req.commitment(), req.from(), req.room(), req.seq(), req.server_time_ms()},
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
      RoomCursor cursor;
      cursor.delivered_upto = cursor.acked = cursor.stored_ack =
          std::max(it->second.cursor(), it->second.joined_seq() - 1);
      st.rooms[name] = cursor;
      joined.push_back(name);
    }
  }
  for (const auto& name : joined) pump(conn, name);
}

void RoomService::pump(const ConnectionPtr& conn, const std::string& name) {
  auto it = conn->state().rooms.find(name);
  if (it == conn->state().rooms.end()) return;
  RoomCursor& c = it->second;
  const size_t in_flight = c.delivered_upto - c.acked;
  if (in_flight >= ctx_.config.room_window) {
    c.live = false;
    return;
  }
  const size_t limit = ctx_.config.room_window - in_flight;
  size_t sent = 0;
  auto scanned = ctx_.store.scan(Table::room_log, log_key(name, c.delivered_upto + 1), prefix_end(log_prefix(name)),
                                 limit, [&](std::string_view key, std::string_view value) {
                                   ctx_.reply_shared(*conn, wire::ServerFrame::kRoomEntry,
                                                     std::make_shared<const std::string>(value));
                                   c.delivered_upto = read_be64(key.substr(key.size() - 8));
                                   ++sent;
                                   return true;
                                 });
  if (!scanned.ok()) {
    RELAIS_LOG(error) << "reading a room log failed; closing the connection";
    conn->close(Connection::CloseReason::going_away);
    return;
  }
  c.live = sent < limit;
}

void RoomService::on_committed(const ConnectionPtr& conn, const std::string& name, uint64_t seq,
                               const wire::SharedElement& element) {
  auto it = conn->state().rooms.find(name);
  if (it == conn->state().rooms.end()) return;
  RoomCursor& c = it->second;
  if (seq <= c.delivered_upto) return;
  const size_t in_flight = c.delivered_upto - c.acked;
  if (c.live && seq == c.delivered_upto + 1 && in_flight < ctx_.config.room_window) {
    ctx_.reply_shared(*conn, wire::ServerFrame::kRoomEntry, element);
    c.delivered_upto = seq;
    return;
  }
  c.live = false;
  if (in_flight < ctx_.config.room_window) pump(conn, name);
}

void RoomService::ack(const ConnectionPtr& conn, uint64_t id, const wire::RoomAck& req) {
  auto it = conn->state().rooms.find(req.room());
  if (it == conn->state().rooms.end()) return ctx_.fail(*conn, id, wire::NOT_A_MEMBER, "You are not in this room.");
  RoomCursor& c = it->second;
  c.acked = std::max(c.acked, std::min(req.seq(), c.delivered_upto));
  if (c.acked >= c.stored_ack + kCursorPersistEvery) persist_cursor(conn, req.room(), c);
  if (id != 0) ctx_.reply(*conn, wire::ok_frame(id));
  if (!c.live) pump(conn, req.room());
}

void RoomService::persist_cursor(const ConnectionPtr& conn, const std::string& name, RoomCursor& cursor) {
  Room* room = find(name);
  if (!room) return;
  const AccountId me = *conn->state().account;
  WriteBatch batch;
  {
    std::lock_guard lock(room->mutex);
    auto it = room->members.find(me);
    if (it == room->members.end()) return;
    it->second.set_cursor(cursor.acked);
    batch.put(Table::members, member_key(name, me), it->second.SerializeAsString());
  }
  cursor.stored_ack = cursor.acked;
  // Buffered: a cursor lost in a crash only means entries are delivered again.
  ctx_.store.commit(std::move(batch), Durability::buffered, [](Status s) {
    if (!s.ok()) RELAIS_LOG(warn) << "saving a room cursor failed";
  });
}

void RoomService::stop(const ConnectionPtr& conn) {
  for (auto& [name, cursor] : conn->state().rooms) {
    if (cursor.acked > cursor.stored_ack) persist_cursor(conn, name, cursor);
  }
}

void RoomService::expire() {
  std::vector<std::pair<std::string, uint64_t>> rooms;
  {
    std::shared_lock lock(rooms_mutex_);
    for (auto& [name, room] : rooms_) rooms.emplace_back(name, room->info.retention_s());
  }
  const uint64_t now = ctx_.clock.now_ms();
  for (const auto& [name, retention_s] : rooms) {
    if (retention_s == 0 || now < retention_s * 1000) continue;
    const uint64_t cutoff = now - retention_s * 1000;
    uint64_t first_kept = 0;
    bool any_old = false;
    auto scanned = ctx_.store.scan(Table::room_log, log_key(name, 0), prefix_end(log_prefix(name)), kExpireScanLimit,
                                   [&](std::string_view key, std::string_view value) {
                                     wire::ServerBatch one;
                                     uint64_t seq = read_be64(key.substr(key.size() - 8));
                                     if (one.ParseFromArray(value.data(), static_cast<int>(value.size())) &&
                                         one.frames_size() == 1 &&
                                         one.frames(0).room_entry().server_time_ms() >= cutoff) {
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
    ctx_.store.commit(std::move(batch), Durability::buffered, [](Status s) {
      if (!s.ok()) RELAIS_LOG(warn) << "expiring a room log failed";
    });
  }
}

}  // namespace relais::server

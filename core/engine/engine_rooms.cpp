// The engine's rooms: joining and leaving, members and our sender key, posting, room entries,
// history and disappearing messages.

#include <algorithm>
#include <string>

#include "core/crypto/random.h"
#include "core/engine/engine_impl.h"
#include "core/engine/padding.h"
#include "core/franking/franking.h"

namespace relais::engine {

using detail::kMessageIdSize;
using detail::policy_word;
using detail::role_word;
using detail::room_request;
using detail::sanitize_name;
using detail::valid_room_id;

namespace {

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

}  // namespace

void Engine::Impl::learn_pseudonym(const AccountId& id, std::string_view raw) {
  std::string n = sanitize_name(raw);
  if (n.empty()) return;
  auto& slot = pseudonyms[id];
  if (slot != n) {
    slot = std::move(n);
    changed();
  }
}

void Engine::Impl::insert_item(RoomData& r, RoomItem item) {
  auto at = std::upper_bound(r.items.begin(), r.items.end(), item.seq,
                             [](uint64_t seq, const RoomItem& i) { return seq < i.seq; });
  r.items.insert(at, std::move(item));
  while (r.items.size() > kRoomHistoryLimit) {
    r.openings.erase(r.items.front().seq);
    r.items.pop_front();
  }
  changed();
}

void Engine::Impl::handle_room_list(RequestId request, const wire::RoomList& list) {
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

void Engine::Impl::forget_room_key(RoomData& r, const std::string& room) {
  r.joined = false;
  r.pending.clear();
  r.key_holders.clear();
  if (r.have_key) protocol->rotate_own_sender_key(room, account_id.text());
  r.have_key = false;
  r.rotate = false;
  changed();
}

void Engine::Impl::handle_joined(RequestId request, const std::string& room,
                                 const wire::Joined& j) {
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

void Engine::Impl::handle_left(RequestId request, const std::string& room) {
  forget_room_key(rooms[room], room);
  emit(event::RoomLeft{request, room});
}

// Moves the room's waiting posts (and a wanted key distribution) one step on: list the
// members, give our current key to those missing it, then encrypt and post.
void Engine::Impl::advance_room(const std::string& room) {
  if (!logged_in) return;
  RoomData& r = rooms[room];
  if (r.phase != RoomData::Phase::idle) return;
  if (r.posts.empty() && !r.want_distribution) return;
  r.phase = RoomData::Phase::listing;
  wire::ClientFrame f;
  f.mutable_list_members()->set_room(room);
  in_flight[queue(std::move(f))] = {RequestKind::list_members, {}, {}, room, 0};
}

void Engine::Impl::members_failed(const InFlight& req, const Error& err) {
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

void Engine::Impl::handle_members(const InFlight& req, const wire::Members& m) {
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

void Engine::Impl::distribution_done(RequestId request, bool delivered) {
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

void Engine::Impl::room_ready(const std::string& room) {
  RoomData& r = rooms[room];
  r.phase = RoomData::Phase::idle;
  for (const auto& [request, from_seq] : std::exchange(r.join_requests, {})) {
    emit(event::RoomJoined{request, room, from_seq});
  }
  for (const auto& p : std::exchange(r.posts, {})) encrypt_post(room, p);
  advance_room(room);
}

void Engine::Impl::encrypt_post(const std::string& room, const PlainPost& post) {
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

void Engine::Impl::queue_post(const PendingPost& p) {
  wire::ClientFrame f;
  auto* post = f.mutable_post_room();
  post->set_room(p.room);
  post->set_message_id(p.message_id);
  post->set_ciphertext(p.ciphertext);
  post->set_commitment(p.commitment);
  in_flight[queue_after_save(std::move(f))] = {
      RequestKind::post_room, {}, p.message_id, p.room, 0};
}

RequestId Engine::Impl::take_post_request(const std::string& message_id) {
  RequestId request = 0;
  if (auto r = post_requests.find(message_id); r != post_requests.end()) {
    request = r->second;
    post_requests.erase(r);
  }
  return request;
}

void Engine::Impl::handle_posted(const std::string& message_id, const wire::Posted& posted) {
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

void Engine::Impl::handle_post_failed(const std::string& message_id, const Error& err) {
  auto it = std::find_if(room_outbox.begin(), room_outbox.end(),
                         [&](const PendingPost& p) { return p.message_id == message_id; });
  if (it == room_outbox.end()) return;
  room_outbox.erase(it);
  pin_after_post.erase(message_id);
  changed();
  emit(event::RequestFailed{take_post_request(message_id), err.code, err.message});
}

void Engine::Impl::handle_room_entry(const wire::RoomEntry& e, uint64_t now_ms) {
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

void Engine::Impl::room_event(const wire::RoomEntry& e) {
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
bool Engine::Impl::room_message(const wire::RoomEntry& e, uint64_t now_ms) {
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

void Engine::Impl::receive_sender_key(const AccountId& from,
                                      const content::SenderKeyDistribution& sk) {
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

void Engine::Impl::expire(uint64_t now_ms) {
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

// ---- The public API

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

}  // namespace relais::engine

#include "core/engine/rooms.h"

#include <algorithm>
#include <string>

#include "core/crypto/random.h"
#include "core/engine/checks.h"
#include "core/engine/padding.h"
#include "core/engine/wire_kinds.h"
#include "core/engine/words.h"
#include "core/franking/franking.h"
#include "core/wire/contract.h"

namespace relais::engine {

RoomSummary room_summary(const wire::RoomInfo& info) {
  return {info.room(),
          sanitize_name(info.name_fr()),
          sanitize_name(info.name_nl()),
          policy_of(info.policy()),
          info.members(),
          info.joined(),
          info.message_lifetime_s(),
          info.pending()};
}

bool Rooms::room_request(RequestId r, std::string_view room) {
  if (auto v = wire::check_id(wire::FIELD_ROOM, room)) {
    link_.emit_failed(r, invalid(*v));
    return false;
  }
  if (!session_.logged_in()) {
    link_.emit_failed(r, failure(Problem::not_connected));
    return false;
  }
  return true;
}

void Rooms::insert_item(Room& r, RoomItem item) {
  auto at = std::upper_bound(r.items.begin(), r.items.end(), item.seq,
                             [](uint64_t seq, const RoomItem& i) { return seq < i.seq; });
  r.items.insert(at, std::move(item));
  while (r.items.size() > kRoomHistoryLimit) {
    r.openings.erase(r.items.front().seq);
    r.items.pop_front();
  }
  link_.changed();
}

void Rooms::remove_item(const std::string& room, uint64_t seq) {
  Room& r = rooms_[room];
  const size_t before = r.items.size();
  const bool yours = std::any_of(r.items.begin(), r.items.end(), [&](const RoomItem& i) {
    return !i.is_event && i.seq == seq && (i.outgoing || i.from == session_.self());
  });
  std::erase_if(r.items, [&](const RoomItem& i) { return !i.is_event && i.seq == seq; });
  r.openings.erase(seq);
  std::erase_if(r.pending, [&](const std::string& blob) {
    wire::RoomEntry e;
    return e.ParseFromString(blob) && e.seq() == seq;
  });
  link_.changed();
  if (r.items.size() != before) link_.emit(event::RoomItemRemoved{room, seq, yours});
}

// ---- Listing, joining, leaving

RequestId Rooms::list_rooms() {
  const RequestId r = link_.new_request();
  if (!session_.logged_in()) {
    link_.emit_failed(r, failure(Problem::not_connected));
    return r;
  }
  wire::ClientFrame f;
  f.mutable_list_rooms();
  link_.ask<wire::RoomList>(
      std::move(f), [this, r](const wire::RoomList& list) { handle_room_list(r, list); },
      [this, r](const Failure& e) { link_.emit_failed(r, e); });
  return r;
}

void Rooms::handle_room_list(RequestId request, const wire::RoomList& list) {
  std::vector<RoomSummary> out;
  for (const auto& info : list.rooms()) {
    if (!wire::valid_id(info.room())) continue;
    out.push_back(room_summary(info));
    auto it = rooms_.find(info.room());
    if (it == rooms_.end() && !info.joined()) continue;
    Room& r = rooms_[info.room()];
    if (r.knocked && !info.pending()) {
      // Answered while we were away: approved shows as membership (its MEMBER_JOINED entry
      // follows), refused only here.
      r.knocked = false;
      link_.changed();
      if (!info.joined()) link_.emit(event::JoinAnswered{info.room(), false});
    }
    if (r.joined && !info.joined()) {
      // Kicked or banned while away (the relay tells only members online at that moment):
      // say which in the room's history (the relay tells us alone that we are banned), and
      // forget our key as after a leave.
      forget_key(r, info.room());
      RoomItem item;
      item.room = info.room();
      item.seq = r.last_seq;
      item.time_ms = link_.now_ms();
      item.is_event = true;
      item.from = session_.self();
      item.event = info.banned() ? RoomEventKind::banned : RoomEventKind::kicked;
      item.unread = true;
      insert_item(r, item);
      link_.emit(event::RoomItemReceived{std::move(item)});
    }
    if (r.joined != info.joined() || r.message_lifetime_s != info.message_lifetime_s()) {
      r.joined = info.joined();
      r.message_lifetime_s = info.message_lifetime_s();
      link_.changed();
    }
  }
  if (request != 0) link_.emit(event::RoomsListed{request, std::move(out)});
}

void Rooms::forget_key(Room& r, const std::string& room) {
  r.joined = false;
  r.pending.clear();
  r.key_holders.clear();
  if (r.have_key) session_.protocol().rotate_own_sender_key(room, session_.self().text());
  r.have_key = false;
  r.rotate = false;
  link_.changed();
}

RequestId Rooms::join_room(std::string_view room_id, std::string_view invite_code) {
  const RequestId r = link_.new_request();
  if (!room_request(r, room_id)) return r;
  const std::string room(room_id);
  wire::ClientFrame f;
  f.mutable_join_room()->set_room(room);
  f.mutable_join_room()->set_invite_code(std::string(invite_code));
  link_.ask<wire::Joined>(
      std::move(f), [this, r, room](const wire::Joined& j) { handle_joined(r, room, j); },
      [this, r, room](Failure e) {
        // What the relay's general refusals mean for a join.
        if (e.problem == Problem::forbidden) e = failure(Problem::room_needs_approval);
        if (e.problem == Problem::invite_required) e = failure(Problem::room_needs_invite);
        e.room = room;
        link_.emit_failed(r, e);
      });
  return r;
}

void Rooms::handle_joined(RequestId request, const std::string& room, const wire::Joined& j) {
  if (j.pending()) {
    rooms_[room].knocked = true;
    link_.changed();
    return link_.emit(event::RoomJoined{request, room, 0, true});
  }
  Room& r = rooms_[room];
  r.joined = true;
  if (j.has_info()) r.message_lifetime_s = j.info().message_lifetime_s();
  link_.changed();
  Progress& p = progress_[room];
  p.joins.emplace_back(request, j.from_seq());
  p.want_distribution = true;
  advance(room);
}

RequestId Rooms::leave_room(std::string_view room_id) {
  const RequestId r = link_.new_request();
  if (!room_request(r, room_id)) return r;
  const std::string room(room_id);
  wire::ClientFrame f;
  f.mutable_leave_room()->set_room(room);
  link_.ask<wire::Ok>(
      std::move(f),
      [this, r, room](const wire::Ok&) {
        forget_key(rooms_[room], room);
        link_.emit(event::RoomLeft{r, room});
      },
      [this, r, room](Failure e) {
        e.room = room;
        link_.emit_failed(r, e);
      });
  return r;
}

RequestId Rooms::list_members(std::string_view room_id) {
  const RequestId r = link_.new_request();
  if (!room_request(r, room_id)) return r;
  const std::string room(room_id);
  wire::ClientFrame f;
  f.mutable_list_members()->set_room(room);
  link_.ask<wire::Members>(
      std::move(f),
      [this, r, room](const wire::Members& m) {
        std::vector<RoomMember> listed;
        for (const auto& member : m.members()) {
          auto id = AccountId::from_bytes(member.account_id());
          if (!id || id->empty()) continue;
          identities_.learn(*id, member.identity_key());
          listed.push_back({*id, identities_.person(*id), role_of(member.role())});
        }
        link_.emit(event::MembersListed{r, room, std::move(listed)});
      },
      [this, r, room](Failure e) {
        e.room = room;
        link_.emit_failed(r, e);
      });
  return r;
}

// ---- Our sender key and our posts

// Moves the room's waiting posts (and a wanted key distribution) one step on: list the
// members, give our current key to those missing it, then encrypt and post.
void Rooms::advance(const std::string& room) {
  if (!session_.logged_in()) return;
  Progress& p = progress_[room];
  if (p.phase != Progress::Phase::idle) return;
  if (p.posts.empty() && !p.want_distribution) return;
  p.phase = Progress::Phase::listing;
  wire::ClientFrame f;
  f.mutable_list_members()->set_room(room);
  link_.ask<wire::Members>(
      std::move(f), [this, room](const wire::Members& m) { distribute(room, m); },
      [this, room](const Failure& e) {
        // A lost connection: the posts wait for the next log-in.
        if (e.problem == Problem::not_connected) return;
        members_failed(room, e);
      });
}

void Rooms::members_failed(const std::string& room, const Failure& f) {
  Progress& p = progress_[room];
  p.phase = Progress::Phase::idle;
  p.want_distribution = false;
  Failure e = f;
  e.room = room;
  for (const auto& post : std::exchange(p.posts, {})) link_.emit_failed(post.request, e);
  for (const auto& [request, _] : std::exchange(p.joins, {})) link_.emit_failed(request, e);
}

void Rooms::distribute(const std::string& room, const wire::Members& m) {
  Progress& p = progress_[room];
  if (p.phase != Progress::Phase::listing) return;
  std::set<AccountId> current;
  for (const auto& member : m.members()) {
    auto id = AccountId::from_bytes(member.account_id());
    if (id && !id->empty() && *id != session_.self()) {
      current.insert(*id);
      identities_.learn(*id, member.identity_key());
    }
  }
  Room& r = rooms_[room];
  const std::string self = session_.self().text();
  // Someone who holds our current key is gone: a fresh key before anything else is said.
  const bool someone_gone =
      std::any_of(r.key_holders.begin(), r.key_holders.end(),
                  [&](const AccountId& id) { return current.count(id) == 0; });
  if (r.rotate || someone_gone) {
    if (r.have_key) session_.protocol().rotate_own_sender_key(room, self);
    r.have_key = false;
    r.key_holders.clear();
    r.rotate = false;
    link_.changed();
  }
  p.want_distribution = false;
  std::vector<AccountId> missing;
  for (const auto& id : current) {
    if (!r.key_holders.count(id)) missing.push_back(id);
  }
  if (missing.empty()) return ready(room);
  auto dist = session_.protocol().own_distribution(room, self);
  if (!dist) {
    Failure f = failure(Problem::crypto);
    f.detail = dist.error().message;
    return members_failed(room, f);
  }
  r.have_key = true;
  link_.changed();
  p.phase = Progress::Phase::distributing;
  p.outstanding.insert(missing.begin(), missing.end());
  content::DirectContent c;
  c.set_sender_name(session_.name());
  c.mutable_sender_key()->set_room(room);
  c.mutable_sender_key()->set_distribution(*dist);
  const std::string padded = pad(c.SerializeAsString());
  for (const auto& peer : missing) {
    DirectSend key{padded, {}, 0, /*control=*/true};
    direct_.send(
        peer, std::move(key),
        {[this, room, peer](const event::MessageSent&) { distribution_done(room, peer, true); },
         [this, room, peer](const Failure&) { distribution_done(room, peer, false); }});
  }
}

void Rooms::distribution_done(const std::string& room, const AccountId& peer, bool delivered) {
  if (delivered) {
    rooms_[room].key_holders.insert(peer);
    link_.changed();
  }
  // A member we cannot reach (account gone) must not stop the room; they get the key at a
  // later post.
  Progress& p = progress_[room];
  if (p.phase != Progress::Phase::distributing) return;
  p.outstanding.erase(peer);
  if (p.outstanding.empty()) ready(room);
}

void Rooms::ready(const std::string& room) {
  Progress& p = progress_[room];
  p.phase = Progress::Phase::idle;
  for (const auto& [request, from_seq] : std::exchange(p.joins, {})) {
    link_.emit(event::RoomJoined{request, room, from_seq});
  }
  for (const auto& post : std::exchange(progress_[room].posts, {})) encrypt_post(room, post);
  advance(room);
}

Checked<RequestId> Rooms::say(std::string_view room, std::string_view text, uint64_t now_ms,
                              bool alert, uint64_t pin_for_s) {
  if (!session_.registered()) return failure(Problem::not_registered);
  if (auto v = wire::check_id(wire::FIELD_ROOM, room)) return invalid(*v);
  if (text.empty()) return failure(Problem::empty_text);
  if (text.size() > kMaxTextBytes) {
    Failure f = failure(Problem::text_too_long);
    f.limit = kMaxTextBytes;
    return f;
  }
  const RequestId r = link_.new_request();
  const std::string id(room);
  rooms_[id];  // known from now on, as the relay will confirm
  progress_[id].posts.push_back({r, std::string(text), now_ms, alert, pin_for_s});
  advance(id);
  return r;
}

void Rooms::encrypt_post(const std::string& room, const PlainPost& post) {
  Room& r = rooms_[room];
  const std::string self = session_.self().text();
  auto crypto_failed = [&](const Error& e) {
    Failure f = failure(Problem::crypto);
    f.code = e.code;
    f.detail = e.message;
    link_.emit_failed(post.request, f);
  };
  if (!r.have_key) {
    auto dist = session_.protocol().own_distribution(room, self);
    if (!dist) return crypto_failed(dist.error());
    r.have_key = true;
  }
  content::RoomContent rc;
  rc.set_sender_name(session_.name());
  rc.set_sent_at_ms(post.now_ms);
  rc.set_text(post.text);
  rc.set_lifetime_s(r.message_lifetime_s);
  rc.set_alert(post.alert);
  const std::string body = rc.SerializeAsString();
  const std::string franking_key = franking::new_franking_key();
  content::RoomPlaintext pt;
  pt.set_franking_key(franking_key);
  pt.set_content(body);
  auto ct = session_.protocol().group_encrypt(room, self, pad(pt.SerializeAsString()));
  if (!ct) return crypto_failed(ct.error());
  outbox_.push_back({room, crypto::random_bytes(kMessageIdSize), std::move(*ct),
                     franking::commitment(franking_key, body), post.text, post.now_ms,
                     r.message_lifetime_s, post.alert, post.request, post.pin_for_s});
  link_.changed();  // the chain key moved: the ciphertext leaves only once this is saved
  queue_post(outbox_.back());
}

void Rooms::queue_post(const PendingPost& p) {
  wire::ClientFrame f;
  auto* post = f.mutable_post_room();
  post->set_room(p.room);
  post->set_message_id(p.message_id);
  post->set_ciphertext(p.ciphertext);
  post->set_commitment(p.commitment);
  const std::string id = p.message_id;
  // A lost connection changes nothing: the outbox posts it again after the next log-in.
  link_.ask_after_save<wire::Posted>(
      std::move(f), [this, id](const wire::Posted& posted) { handle_posted(id, posted); },
      [this, id](const Failure& e) {
        if (e.problem != Problem::not_connected && e.problem != Problem::wrong_answer) {
          handle_post_failed(id, e);
        }
      });
}

void Rooms::handle_posted(const std::string& message_id, const wire::Posted& posted) {
  auto it = std::find_if(outbox_.begin(), outbox_.end(),
                         [&](const PendingPost& p) { return p.message_id == message_id; });
  if (it == outbox_.end()) return;
  PendingPost p = std::move(*it);
  outbox_.erase(it);
  RoomItem item;
  item.room = p.room;
  item.seq = posted.seq();
  item.time_ms = posted.server_time_ms();
  item.from = session_.self();
  item.sender_name = session_.name();
  item.text = p.text;
  item.outgoing = true;
  item.alert = p.alert;
  if (p.lifetime_s) item.expires_ms = posted.server_time_ms() + p.lifetime_s * 1000;
  insert_item(rooms_[p.room], std::move(item));
  const RequestId r = p.request;
  link_.emit(event::RoomPosted{r, p.room, posted.seq(), posted.server_time_ms()});
  if (!p.pin_for_s) return;
  wire::ClientFrame f;
  auto* a = f.mutable_mod_action();
  a->set_kind(wire::PIN);
  a->set_room(p.room);
  a->set_seq(posted.seq());
  a->set_duration_s(p.pin_for_s);
  const std::string room = p.room;
  link_.ask<wire::Ok>(
      std::move(f), [this, r](const wire::Ok&) { link_.emit(event::Done{r}); },
      [this, r, room](Failure e) {
        e.room = room;
        link_.emit_failed(r, e);
      });
}

void Rooms::handle_post_failed(const std::string& message_id, const Failure& f) {
  auto it = std::find_if(outbox_.begin(), outbox_.end(),
                         [&](const PendingPost& p) { return p.message_id == message_id; });
  if (it == outbox_.end()) return;
  const RequestId r = it->request;
  Failure e = f;
  e.room = it->room;
  outbox_.erase(it);
  link_.changed();
  link_.emit_failed(r, e);
}

// ---- Room entries from the relay

void Rooms::handle_room_entry(const wire::RoomEntry& e, uint64_t now_ms) {
  if (!session_.logged_in()) {
    return link_.emit(event::ProtocolError{Problem::room_entry_before_login});
  }
  if (!wire::valid_id(e.room()) || e.seq() == 0) {
    return link_.emit(event::ProtocolError{Problem::malformed_room_entry});
  }
  auto& ack = acks_[e.room()];
  ack = std::max(ack, e.seq());
  Room& r = rooms_[e.room()];
  if (e.seq() <= r.last_seq) return;  // sent again after a reconnect: taken in already
  r.last_seq = e.seq();
  r.joined = true;
  link_.changed();
  if (e.has_event()) return room_event(e);
  if (!e.has_message()) return;
  auto from = AccountId::from_bytes(e.message().from());
  if (!from || from->empty()) {
    return link_.emit(event::Undecryptable{{}, Problem::room_message_bad_sender});
  }
  if (*from == session_.self()) return;  // our own: in the history since Posted
  if (room_message(e, now_ms)) return;
  // No key from this sender yet: its 1:1 envelope may still be on its way.
  r.pending.push_back(e.SerializeAsString());
  if (r.pending.size() > kRoomPendingLimit) {
    r.pending.erase(r.pending.begin());
    link_.emit(event::Undecryptable{*from, Problem::room_message_key_timeout});
  }
}

void Rooms::room_event(const wire::RoomEntry& e) {
  Room& r = rooms_[e.room()];
  const auto& ev = e.event();
  AccountId who;
  if (auto id = AccountId::from_bytes(ev.who())) who = *id;
  const bool self = !who.empty() && who == session_.self();
  switch (ev.kind()) {
    case wire::MEMBER_JOINED:
      // A newcomer gets our current key now, so they can read our next message at once; and
      // when the newcomer is us (a knock approved while we were away), the members get ours.
      if (self || r.have_key) {
        r.joined = true;
        progress_[e.room()].want_distribution = true;
        advance(e.room());
      }
      break;
    case wire::MEMBER_LEFT:
    case wire::MEMBER_KICKED:
    case wire::MEMBER_BANNED:
      if (self) {
        forget_key(r, e.room());
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
  item.event = room_event_of(ev.kind());
  item.unread = true;
  if (auto by = AccountId::from_bytes(ev.by())) item.by = *by;
  item.target_seq = ev.target_seq();
  item.until_ms = ev.until_ms();
  if (ev.kind() == wire::ROLE_GRANTED || ev.kind() == wire::ROLE_REVOKED) {
    item.role = role_of(ev.role());
  }
  insert_item(rooms_[e.room()], item);
  link_.emit(event::RoomItemReceived{std::move(item)});
}

// False when the sender's key is missing (the entry should wait); true when done with it.
bool Rooms::room_message(const wire::RoomEntry& e, uint64_t now_ms) {
  const auto& m = e.message();
  auto from = AccountId::from_bytes(m.from());
  if (!from) return true;
  auto dropped = [&](Problem p) {
    link_.emit(event::Undecryptable{*from, p});
    return true;
  };
  auto decrypted = session_.protocol().group_decrypt(e.room(), from->text(), m.ciphertext());
  if (!decrypted) {
    if (decrypted.error().code == Errc::not_found) return false;
    if (decrypted.error().code == Errc::already_exists) return true;
    return dropped(Problem::room_message_undecryptable);
  }
  link_.changed();
  auto plain = unpad(*decrypted);
  content::RoomPlaintext pt;
  content::RoomContent rc;
  if (!plain || !pt.ParseFromString(*plain) || !rc.ParseFromString(pt.content())) {
    return dropped(Problem::room_message_undecodable);
  }
  if (!franking::opens(pt.franking_key(), pt.content(), m.commitment())) {
    return dropped(Problem::room_message_mismatch);
  }
  direct_.learn_pseudonym(*from, rc.sender_name());
  Room& r = rooms_[e.room()];
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
  link_.emit(event::RoomItemReceived{std::move(item)});
  return true;
}

void Rooms::receive_sender_key(const AccountId& from, const content::SenderKeyDistribution& sk) {
  if (!wire::valid_id(sk.room())) {
    return link_.emit(event::Undecryptable{from, Problem::malformed_room_key});
  }
  if (Status st =
          session_.protocol().process_distribution(sk.room(), from.text(), sk.distribution());
      !st) {
    return link_.emit(event::Undecryptable{from, Problem::malformed_room_key});
  }
  link_.changed();
  // Entries that waited for this key, in their order.
  std::vector<std::string> still;
  for (auto& blob : std::exchange(rooms_[sk.room()].pending, {})) {
    wire::RoomEntry e;
    if (!e.ParseFromString(blob)) continue;
    if (e.message().from() != from.bytes() || !room_message(e, 0)) {
      still.push_back(std::move(blob));
    }
  }
  rooms_[sk.room()].pending = std::move(still);
}

void Rooms::handle_knock_answer(const wire::Joined& j) {
  if (!session_.logged_in() || !wire::valid_id(j.room())) {
    return link_.emit(event::ProtocolError{Problem::malformed_room_answer});
  }
  if (j.pending()) return;
  Room& r = rooms_[j.room()];
  r.knocked = false;
  link_.changed();
  if (j.refused()) return link_.emit(event::JoinAnswered{j.room(), false});
  r.joined = true;
  if (j.has_info()) r.message_lifetime_s = j.info().message_lifetime_s();
  progress_[j.room()].want_distribution = true;
  advance(j.room());
  link_.emit(event::JoinAnswered{j.room(), true});
}

void Rooms::expire(uint64_t now_ms) {
  for (auto& entry : rooms_) {
    Room& r = entry.second;  // (clang 14 lambdas cannot capture structured bindings)
    const size_t before = r.items.size();
    std::erase_if(r.items, [&](const RoomItem& i) {
      const bool gone = i.expires_ms && i.expires_ms <= now_ms;
      if (gone) r.openings.erase(i.seq);
      return gone;
    });
    if (r.items.size() != before) link_.changed();
  }
}

// ---- The connection

void Rooms::reset_connection() {
  acks_.clear();
  for (auto& [_, p] : progress_) {
    p.phase = Progress::Phase::idle;
    p.outstanding.clear();
  }
}

// Sends again what the relay has not confirmed, moves on the rooms that wait, and asks which
// rooms we still belong to: a kick or ban while we were away is told no other way.
void Rooms::after_login() {
  for (const auto& p : outbox_) queue_post(p);
  std::vector<std::string> busy;
  for (const auto& [room, p] : progress_) {
    if (!p.posts.empty() || p.want_distribution) busy.push_back(room);
  }
  for (const auto& room : busy) advance(room);
  if (std::any_of(rooms_.begin(), rooms_.end(),
                  [](const auto& r) { return r.second.joined || r.second.knocked; })) {
    wire::ClientFrame f;
    f.mutable_list_rooms();
    // Our own check: a failure is tried again at the next log-in.
    link_.ask<wire::RoomList>(
        std::move(f), [this](const wire::RoomList& list) { handle_room_list(0, list); },
        [](const Failure&) {});
  }
}

// ---- Reading

std::vector<std::string> Rooms::joined_rooms() const {
  std::vector<std::string> out;
  for (const auto& [room, r] : rooms_) {
    if (r.joined) out.push_back(room);
  }
  return out;
}

std::vector<RoomItem> Rooms::history(std::string_view room) const {
  auto it = rooms_.find(room);
  if (it == rooms_.end()) return {};
  return {it->second.items.begin(), it->second.items.end()};
}

std::vector<RoomItem> Rooms::take_unread() {
  std::vector<RoomItem> out;
  for (auto& [_, r] : rooms_) {
    for (auto& i : r.items) {
      if (!i.unread) continue;
      i.unread = false;
      out.push_back(i);
    }
  }
  if (!out.empty()) link_.changed();
  return out;
}

size_t Rooms::pending_entries(std::string_view room) const {
  auto it = rooms_.find(room);
  return it == rooms_.end() ? 0 : it->second.pending.size();
}

const Rooms::Room* Rooms::find(std::string_view room) const {
  auto it = rooms_.find(room);
  return it == rooms_.end() ? nullptr : &it->second;
}

// ---- Saved state

void Rooms::save(state::EngineState& s) const {
  for (const auto& [room, r] : rooms_) {
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
      if (i.is_event) si->set_event(std::string(word(i.event)));
      si->set_outgoing(i.outgoing);
      si->set_unread(i.unread);
      si->set_expires_ms(i.expires_ms);
      si->set_alert(i.alert);
      si->set_pinned_until_ms(i.pinned_until_ms);
      if (!i.by.empty()) si->set_by(i.by.bytes());
      si->set_target_seq(i.target_seq);
      si->set_until_ms(i.until_ms);
      if (i.role) si->set_role(std::string(word(*i.role)));
      if (auto o = r.openings.find(i.seq); o != r.openings.end() && !i.is_event) {
        si->set_content(o->second.content);
        si->set_franking_key(o->second.franking_key);
        si->set_commitment(o->second.commitment);
        si->set_franking_tag(o->second.franking_tag);
      }
    }
  }
  for (const auto& p : outbox_) {
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
}

Status Rooms::load(const state::EngineState& s) {
  const Error corrupt{Errc::corrupt, "The saved client state is damaged."};
  for (const auto& sr : s.rooms()) {
    if (!wire::valid_id(sr.room())) return corrupt;
    Room& r = rooms_[sr.room()];
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
      // A word of a newer client: an event this one does not know.
      if (i.is_event) i.event = from_word<RoomEventKind>(si.event()).value_or(RoomEventKind::other);
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
      if (!si.role().empty()) i.role = from_word<Role>(si.role());
      if (!si.content().empty()) {
        r.openings[si.seq()] = {si.content(), si.franking_key(), si.commitment(),
                                si.franking_tag()};
      }
      r.items.push_back(std::move(i));
    }
  }
  for (const auto& o : s.room_outbox()) {
    if (!wire::valid_id(o.room())) return corrupt;
    outbox_.push_back({o.room(), o.message_id(), o.ciphertext(), o.commitment(), o.text(),
                       o.created_ms(), o.lifetime_s(), o.alert()});
  }
  return ok_status();
}

}  // namespace relais::engine

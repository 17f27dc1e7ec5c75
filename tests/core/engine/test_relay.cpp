#include "tests/core/engine/test_relay.h"

#include <algorithm>

#include "core/crypto/digest.h"
#include "core/crypto/random.h"
#include "core/signal/keys.h"

namespace relais::engine::testing {
namespace {

wire::ServerFrame error(uint64_t id, wire::ErrorCode code) {
  return wire::error_frame(id, code, "refused by the test relay");
}

}  // namespace

void TestRelay::connect(Device& d) {
  if (std::find(devices.begin(), devices.end(), &d) == devices.end()) devices.push_back(&d);
  d.connected = true;
  d.engine.on_connected();
  Conn c;
  c.nonce = crypto::random_bytes(32);
  conns_[&d] = c;
  wire::ServerFrame f;
  f.mutable_challenge()->set_nonce(c.nonce);
  f.mutable_challenge()->set_protocol_version(1);
  f.mutable_challenge()->set_pow_difficulty(pow_difficulty);
  f.mutable_challenge()->set_max_message_bytes(wire::kDefaultMaxMessageBytes);
  deliver(d, {f});
}

void TestRelay::disconnect(Device& d) {
  d.connected = false;
  conns_.erase(&d);
  d.engine.on_disconnected();
}

Device* TestRelay::online(const AccountId& id) {
  for (auto& [dev, conn] : conns_) {
    if (conn.authed && conn.account == id) return dev;
  }
  return nullptr;
}

void TestRelay::pump() {
  for (int round = 0; round < 1000; ++round) {
    bool moved = false;
    for (Device* d : devices) {
      auto events = d->engine.take_events();
      moved |= !events.empty();
      for (auto& e : events) d->events.push_back(std::move(e));
      if (d->autosave && d->engine.needs_save()) {
        d->save();
        moved = true;
      }
      if (!d->connected) continue;
      for (const auto& m : d->engine.take_outgoing()) {
        moved = true;
        handle(*d, m);
      }
    }
    if (!moved) return;
  }
}

void TestRelay::inject(Device& d, const std::string& message) {
  d.engine.on_message(message, d.clock_ms);
}

void TestRelay::inject(Device& d, const std::vector<wire::ServerFrame>& frames) {
  deliver(d, frames);
}

void TestRelay::deliver(Device& d, const std::vector<wire::ServerFrame>& frames) {
  if (frames.empty()) return;
  d.engine.on_message(wire::encode_server_batch(frames), d.clock_ms);
}

void TestRelay::handle(Device& d, const std::string& message) {
  auto batch = wire::decode_client_batch(message);
  std::vector<wire::ServerFrame> out;
  if (!batch) {
    out.push_back(error(0, wire::MALFORMED));
  } else {
    for (const auto& f : batch->frames()) handle_frame(d, f, out);
  }
  deliver(d, out);
}

void TestRelay::handle_frame(Device& d, const wire::ClientFrame& f,
                             std::vector<wire::ServerFrame>& out) {
  ++frames_in;
  Conn& c = conns_[&d];
  const uint64_t id = f.id();
  auto answer = [&](wire::ServerFrame s) {
    s.set_id(id);
    out.push_back(std::move(s));
  };
  switch (f.body_case()) {
    case wire::ClientFrame::kRegister: {
      const auto& r = f.register_();
      if (require_invite && r.invite_code() != "let-me-in")
        return answer(error(id, wire::INVITE_REQUIRED));
      if (!signal::verify(r.identity_key(), "relais-register-v1" + c.nonce + r.identity_key(),
                          r.signature())) {
        return answer(error(id, wire::BAD_SIGNATURE));
      }
      if (pow_difficulty > 0 &&
          crypto::leading_zero_bits(crypto::sha256("relais-pow-v1" + c.nonce + r.pow_nonce())) <
              static_cast<int>(pow_difficulty)) {
        return answer(error(id, wire::PROOF_OF_WORK_REQUIRED));
      }
      AccountId aid = *AccountId::from_bytes(crypto::random_bytes(16));
      Account& a = accounts[aid];
      a.identity_key = r.identity_key();
      a.registration_id = r.registration_id();
      a.signed_prekey = r.signed_prekey();
      a.prekeys.assign(r.prekeys().begin(), r.prekeys().end());
      c.account = aid;
      c.authed = true;
      wire::ServerFrame s;
      s.mutable_registered()->set_account_id(aid.bytes());
      return answer(s);
    }
    case wire::ClientFrame::kLogin: {
      auto aid = AccountId::from_bytes(f.login().account_id());
      if (!aid || !accounts.count(*aid)) return answer(error(id, wire::UNKNOWN_ACCOUNT));
      Account& a = accounts[*aid];
      if (!signal::verify(a.identity_key, "relais-login-v1" + c.nonce + aid->bytes(),
                          f.login().signature())) {
        return answer(error(id, wire::BAD_SIGNATURE));
      }
      c.account = *aid;
      c.authed = true;
      wire::ServerFrame s;
      s.mutable_logged_in()->set_prekeys_remaining(static_cast<uint32_t>(a.prekeys.size()));
      s.mutable_logged_in()->set_queue_last_seq(a.queue.empty() ? 0 : a.queue.back().seq());
      answer(s);
      auto push_envelopes = [&] {
        for (const auto& e : a.queue) {
          wire::ServerFrame push;
          *push.mutable_envelope() = e;
          out.push_back(push);
        }
      };
      if (!room_entries_first) push_envelopes();
      for (const auto& [name, room] : rooms) {
        auto m = room.cursors.find(*aid);
        if (m == room.cursors.end()) continue;
        for (const auto& entry : room.log) {
          if (entry.seq() <= m->second) continue;
          wire::ServerFrame push;
          *push.mutable_room_entry() = entry;
          out.push_back(push);
        }
      }
      if (room_entries_first) push_envelopes();
      if (a.prekeys.size() < 20) {
        wire::ServerFrame push;
        push.mutable_prekey_count()->set_remaining(static_cast<uint32_t>(a.prekeys.size()));
        out.push_back(push);
      }
      return;
    }
    default:
      break;
  }
  if (!c.authed) return answer(error(id, wire::NOT_AUTHENTICATED));
  switch (f.body_case()) {
    case wire::ClientFrame::kFetchBundle: {
      if (answer_fetch_wrongly) {
        wire::ServerFrame s;
        s.mutable_pong();
        return answer(s);
      }
      auto aid = AccountId::from_bytes(f.fetch_bundle().account_id());
      if (!aid || !accounts.count(*aid)) return answer(error(id, wire::UNKNOWN_ACCOUNT));
      Account& a = accounts[*aid];
      wire::ServerFrame s;
      auto* b = s.mutable_bundle();
      b->set_account_id(aid->bytes());
      b->set_identity_key(a.identity_key);
      b->set_registration_id(a.registration_id);
      *b->mutable_signed_prekey() = a.signed_prekey;
      if (!a.prekeys.empty()) {
        *b->mutable_prekey() = a.prekeys.front();
        a.prekeys.pop_front();
      }
      return answer(s);
    }
    case wire::ClientFrame::kSend: {
      auto to = AccountId::from_bytes(f.send().to());
      if (!to || !accounts.count(*to)) return answer(error(id, wire::UNKNOWN_ACCOUNT));
      Account& a = accounts[*to];
      send_log.emplace_back(c.account, *to);
      wire::Envelope e;
      e.set_seq(a.next_seq++);
      e.set_from(c.account.bytes());
      e.set_message_id(f.send().message_id());
      e.set_type(f.send().type());
      e.set_ciphertext(f.send().ciphertext());
      e.set_server_time_ms(1'700'000'000'000 + e.seq());
      a.queue.push_back(e);
      if (!swallow_sent) {
        wire::ServerFrame s;
        s.mutable_sent()->set_message_id(f.send().message_id());
        s.mutable_sent()->set_server_time_ms(e.server_time_ms());
        answer(s);
      }
      if (Device* r = online(*to)) {
        wire::ServerFrame push;
        *push.mutable_envelope() = e;
        deliver(*r, {push});
      }
      return;
    }
    case wire::ClientFrame::kAck: {
      auto& q = accounts[c.account].queue;
      for (uint64_t seq : f.ack().seqs()) {
        q.erase(std::remove_if(q.begin(), q.end(), [&](const auto& e) { return e.seq() == seq; }),
                q.end());
      }
      if (id != 0) answer(wire::ok_frame(id));
      return;
    }
    case wire::ClientFrame::kUploadPrekeys: {
      Account& a = accounts[c.account];
      for (const auto& p : f.upload_prekeys().prekeys()) a.prekeys.push_back(p);
      wire::ServerFrame s;
      s.mutable_prekey_count()->set_remaining(static_cast<uint32_t>(a.prekeys.size()));
      return answer(s);
    }
    case wire::ClientFrame::kListRooms:
    case wire::ClientFrame::kJoinRoom:
    case wire::ClientFrame::kLeaveRoom:
    case wire::ClientFrame::kListMembers:
    case wire::ClientFrame::kPostRoom:
    case wire::ClientFrame::kRoomAck:
      return handle_room_frame(c, f, out);
    default:
      return answer(error(id, wire::UNKNOWN_REQUEST));
  }
}

void TestRelay::add_room(const std::string& id, uint32_t max_members, uint64_t lifetime_s) {
  Room& r = rooms[id];
  r.info.set_room(id);
  r.info.set_name_fr(id);
  r.info.set_name_nl(id);
  r.info.set_policy(wire::OPEN);
  r.info.set_max_members(max_members);
  r.info.set_message_lifetime_s(lifetime_s);
}

void TestRelay::append(const std::string& room, wire::RoomEntry entry) {
  Room& r = rooms[room];
  entry.set_room(room);
  entry.set_seq(r.log.size() + 1);
  entry.set_server_time_ms(++room_clock_ms);
  r.log.push_back(entry);
  wire::ServerFrame push;
  *push.mutable_room_entry() = entry;
  for (const auto& [member, _] : r.cursors) {
    if (Device* d = online(member)) deliver(*d, {push});
  }
}

void TestRelay::handle_room_frame(Conn& c, const wire::ClientFrame& f,
                                  std::vector<wire::ServerFrame>& out) {
  const uint64_t id = f.id();
  auto answer = [&](wire::ServerFrame s) {
    s.set_id(id);
    out.push_back(std::move(s));
  };
  // Pushes go after the answer, as the real relay orders them.
  std::vector<std::pair<std::string, wire::RoomEntry>> appends;
  auto find = [&](const std::string& room) -> Room* {
    auto it = rooms.find(room);
    return it == rooms.end() ? nullptr : &it->second;
  };
  switch (f.body_case()) {
    case wire::ClientFrame::kListRooms: {
      wire::ServerFrame s;
      for (const auto& [name, r] : rooms) {
        auto* info = s.mutable_room_list()->add_rooms();
        *info = r.info;
        info->set_members(static_cast<uint32_t>(r.cursors.size()));
        info->set_joined(r.cursors.count(c.account) > 0);
      }
      return answer(s);
    }
    case wire::ClientFrame::kJoinRoom: {
      Room* r = find(f.join_room().room());
      if (!r) return answer(error(id, wire::NO_SUCH_ROOM));
      if (r->cursors.count(c.account)) return answer(error(id, wire::ALREADY_MEMBER));
      if (r->info.max_members() && r->cursors.size() >= r->info.max_members()) {
        return answer(error(id, wire::ROOM_FULL));
      }
      r->cursors[c.account] = r->log.size();
      wire::ServerFrame s;
      s.mutable_joined()->set_room(r->info.room());
      s.mutable_joined()->set_from_seq(r->log.size() + 1);
      *s.mutable_joined()->mutable_info() = r->info;
      answer(s);
      wire::RoomEntry e;
      e.mutable_event()->set_kind(wire::MEMBER_JOINED);
      e.mutable_event()->set_who(c.account.bytes());
      appends.emplace_back(r->info.room(), e);
      break;
    }
    case wire::ClientFrame::kLeaveRoom: {
      Room* r = find(f.leave_room().room());
      if (!r) return answer(error(id, wire::NO_SUCH_ROOM));
      if (!r->cursors.erase(c.account)) return answer(error(id, wire::NOT_A_MEMBER));
      answer(wire::ok_frame(id));
      wire::RoomEntry e;
      e.mutable_event()->set_kind(wire::MEMBER_LEFT);
      e.mutable_event()->set_who(c.account.bytes());
      appends.emplace_back(r->info.room(), e);
      break;
    }
    case wire::ClientFrame::kListMembers: {
      Room* r = find(f.list_members().room());
      if (!r) return answer(error(id, wire::NO_SUCH_ROOM));
      if (!r->cursors.count(c.account)) return answer(error(id, wire::NOT_A_MEMBER));
      wire::ServerFrame s;
      s.mutable_members()->set_room(r->info.room());
      for (const auto& [member, _] : r->cursors) {
        auto* m = s.mutable_members()->add_members();
        m->set_account_id(member.bytes());
        m->set_role(wire::MEMBER);
        m->set_identity_key(accounts[member].identity_key);
      }
      return answer(s);
    }
    case wire::ClientFrame::kPostRoom: {
      const auto& p = f.post_room();
      Room* r = find(p.room());
      if (!r) return answer(error(id, wire::NO_SUCH_ROOM));
      if (!r->cursors.count(c.account)) return answer(error(id, wire::NOT_A_MEMBER));
      if (p.message_id().size() != 16 || p.commitment().size() != 32) {
        return answer(error(id, wire::INVALID_ARGUMENT));
      }
      wire::ServerFrame s;
      s.mutable_posted()->set_room(p.room());
      s.mutable_posted()->set_seq(r->log.size() + 1);
      s.mutable_posted()->set_server_time_ms(room_clock_ms + 1);
      answer(s);
      wire::RoomEntry e;
      auto* m = e.mutable_message();
      m->set_from(c.account.bytes());
      m->set_message_id(p.message_id());
      m->set_ciphertext(p.ciphertext());
      m->set_commitment(p.commitment());
      appends.emplace_back(p.room(), e);
      break;
    }
    case wire::ClientFrame::kRoomAck: {
      Room* r = find(f.room_ack().room());
      if (!r || !r->cursors.count(c.account)) return answer(error(id, wire::NOT_A_MEMBER));
      auto& cursor = r->cursors[c.account];
      cursor = std::max(cursor, std::min<uint64_t>(f.room_ack().seq(), r->log.size()));
      if (id != 0) answer(wire::ok_frame(id));
      return;
    }
    default:
      return answer(error(id, wire::UNKNOWN_REQUEST));
  }
  // The answer leaves first, then the entry reaches every online member (the poster too).
  Device* self = nullptr;
  for (auto& [dev, conn] : conns_) {
    if (&conn == &c) self = dev;
  }
  if (self) {
    deliver(*self, out);
    out.clear();
  }
  for (auto& [room, e] : appends) append(room, std::move(e));
}

}  // namespace relais::engine::testing

#include "tests/core/engine/test_relay.h"

#include <algorithm>

#include "core/crypto/digest.h"
#include "core/crypto/random.h"
#include "core/signal/keys.h"

namespace relais::engine::testing {
namespace {

int leading_zero_bits(const std::string& digest) {
  int bits = 0;
  for (char c : digest) {
    const auto b = static_cast<unsigned char>(c);
    if (b == 0) {
      bits += 8;
      continue;
    }
    for (int i = 7; i >= 0 && !(b & (1u << i)); --i) ++bits;
    break;
  }
  return bits;
}

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
          leading_zero_bits(crypto::sha256("relais-pow-v1" + c.nonce + r.pow_nonce())) <
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
      for (const auto& e : a.queue) {
        wire::ServerFrame push;
        *push.mutable_envelope() = e;
        out.push_back(push);
      }
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
    default:
      return answer(error(id, wire::UNKNOWN_REQUEST));
  }
}

}  // namespace relais::engine::testing

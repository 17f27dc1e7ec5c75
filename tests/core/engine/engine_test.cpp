#include "core/engine/engine.h"

#include <gtest/gtest.h>

#include "core/crypto/random.h"
#include "core/wire/contract.h"
#include "tests/core/engine/test_relay.h"

namespace relais::engine {
namespace {

using testing::Device;
using testing::TestRelay;

Device new_device(const std::string& name) {
  auto e = Engine::create({name, "ws://127.0.0.1:1", "", ""});
  EXPECT_TRUE(e.ok());
  return Device(std::move(*e));
}

// Registers a device with the relay and leaves it online.
void register_device(TestRelay& relay, Device& d) {
  relay.connect(d);
  relay.pump();
  ASSERT_EQ(d.seen<event::Registered>().size(), 1u);
  ASSERT_TRUE(d.engine.registered());
  ASSERT_FALSE(d.engine.needs_save());
}

// A device's engine as a restart would see it: restored from its disk.
void restart(TestRelay& relay, Device& d) {
  relay.disconnect(d);
  auto e = Engine::restore(d.disk);
  ASSERT_TRUE(e.ok()) << e.error().message;
  d.engine = std::move(*e);
  d.events.clear();
}

std::vector<std::string> texts(const std::vector<event::MessageReceived>& received) {
  std::vector<std::string> out;
  for (const auto& r : received) out.push_back(r.message.text);
  return out;
}

size_t count_frames(const std::vector<std::string>& messages, wire::ClientFrame::BodyCase body) {
  size_t n = 0;
  for (const auto& m : messages) {
    auto batch = wire::decode_client_batch(m);
    EXPECT_TRUE(batch.ok());
    for (const auto& f : batch->frames()) n += f.body_case() == body;
  }
  return n;
}

class EngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    register_device(relay, alice);
    register_device(relay, bob);
    ASSERT_TRUE(alice.engine.add_contact("bob", bob.engine.account_id()).ok());
    relay.pump();
  }

  TestRelay relay;
  Device alice = new_device("Alice");
  Device bob = new_device("Bob");
};

TEST(Engine, CreateChecksThePseudonym) {
  EXPECT_EQ(Engine::create({"", "", "", ""}).error().code, Errc::invalid_argument);
  EXPECT_EQ(Engine::create({std::string(65, 'a'), "", "", ""}).error().code,
            Errc::invalid_argument);
  EXPECT_EQ(Engine::create({"a\x1b[2J", "", "", ""}).error().code, Errc::invalid_argument);
  EXPECT_EQ(Engine::create({" a", "", "", ""}).error().code, Errc::invalid_argument);
  EXPECT_TRUE(Engine::create({"Zoë", "", "", ""}).ok());
}

TEST(Engine, RegistersThenLogsInAfterARestart) {
  TestRelay relay;
  Device d = new_device("Zoë");
  EXPECT_TRUE(d.engine.needs_save());  // a fresh identity is not on disk yet
  register_device(relay, d);
  const AccountId id = d.engine.account_id();
  EXPECT_EQ(relay.accounts.at(id).prekeys.size(), kPrekeyTarget);
  EXPECT_EQ(d.engine.fingerprint().size(), 64u);

  restart(relay, d);
  EXPECT_EQ(d.engine.account_id(), id);
  EXPECT_EQ(d.engine.name(), "Zoë");
  EXPECT_FALSE(d.engine.needs_save());
  relay.connect(d);
  relay.pump();
  EXPECT_EQ(d.seen<event::LoggedIn>().size(), 1u);
  EXPECT_EQ(d.seen<event::BacklogComplete>().size(), 1u);  // nothing queued
  EXPECT_TRUE(d.engine.logged_in());
}

TEST(Engine, SolvesTheProofOfWork) {
  TestRelay relay;
  relay.pow_difficulty = 10;
  Device d = new_device("Zoë");
  register_device(relay, d);
}

TEST(Engine, ReportsARefusedRegistration) {
  TestRelay relay;
  relay.require_invite = true;
  Device d = new_device("Zoë");
  relay.connect(d);
  relay.pump();
  auto failed = d.seen<event::AuthFailed>();
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].failure.code, Errc::permission);
  EXPECT_FALSE(d.engine.registered());

  auto with_code = Engine::create({"Zoë", "", "", "let-me-in"});
  ASSERT_TRUE(with_code.ok());
  Device e(std::move(*with_code));
  register_device(relay, e);
}

TEST(Engine, ReportsAnUnknownAccountAtLogIn) {
  TestRelay relay;
  Device d = new_device("Zoë");
  register_device(relay, d);
  restart(relay, d);
  relay.accounts.clear();  // a relay reset
  relay.connect(d);
  relay.pump();
  auto failed = d.seen<event::AuthFailed>();
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].failure.code, Errc::not_found);
  EXPECT_FALSE(d.engine.logged_in());
}

TEST_F(EngineTest, SendsBothWays) {
  auto r = alice.engine.send_text(bob.engine.account_id(), "hello bob", 5);
  ASSERT_TRUE(r.ok());
  relay.pump();
  auto sent = alice.seen<event::MessageSent>();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].request, *r);
  EXPECT_EQ(sent[0].to, bob.engine.account_id());
  EXPECT_GT(sent[0].server_time_ms, 0u);

  auto got = bob.seen<event::MessageReceived>();
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].message.text, "hello bob");
  EXPECT_EQ(got[0].message.peer, alice.engine.account_id());
  EXPECT_EQ(got[0].message.sender_name, "Alice");  // the pseudonym from inside the ciphertext
  EXPECT_EQ(bob.engine.display_name(got[0].message), "Alice");  // not a contact of Bob's

  // Bob answers the id he saw; Alice knows Bob as the contact "bob".
  ASSERT_TRUE(bob.engine.send_text(alice.engine.account_id(), "hi alice", 6).ok());
  relay.pump();
  auto back = alice.seen<event::MessageReceived>();
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].message.text, "hi alice");
  EXPECT_EQ(back[0].message.sender_name, "Bob");
  EXPECT_EQ(alice.engine.display_name(back[0].message), "bob");

  // Both sides keep the conversation; incoming stays unread until taken.
  auto history = alice.engine.history();
  ASSERT_EQ(history.size(), 2u);
  EXPECT_TRUE(history[0].outgoing);
  EXPECT_EQ(history[0].text, "hello bob");
  EXPECT_FALSE(history[1].outgoing);
  auto unread = alice.engine.take_unread();
  ASSERT_EQ(unread.size(), 1u);
  EXPECT_EQ(unread[0].text, "hi alice");
  EXPECT_TRUE(alice.engine.take_unread().empty());
  EXPECT_TRUE(alice.engine.needs_save());

  // Everything was acknowledged.
  EXPECT_TRUE(relay.accounts.at(alice.engine.account_id()).queue.empty());
  EXPECT_TRUE(relay.accounts.at(bob.engine.account_id()).queue.empty());

  // Both sides compute the same safety number.
  EXPECT_EQ(alice.engine.safety_number(bob.engine.account_id()).value(),
            bob.engine.safety_number(alice.engine.account_id()).value());
}

TEST_F(EngineTest, PadsTextsSoShortOnesLookAlike) {
  relay.disconnect(bob);
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "a", 1).ok());
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), std::string(100, 'x'), 1).ok());
  relay.pump();
  const auto& q = relay.accounts.at(bob.engine.account_id()).queue;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].type(), q[1].type());
  EXPECT_EQ(q[0].ciphertext().size(), q[1].ciphertext().size());
}

TEST_F(EngineTest, DeliversTheBacklogInOrderAfterALogIn) {
  relay.disconnect(bob);
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "m" + std::to_string(i), 10).ok());
  }
  relay.pump();
  EXPECT_EQ(alice.seen<event::MessageSent>().size(), 5u);
  EXPECT_EQ(relay.accounts.at(bob.engine.account_id()).queue.size(), 5u);

  restart(relay, bob);
  relay.connect(bob);
  relay.pump();
  EXPECT_EQ(texts(bob.seen<event::MessageReceived>()),
            (std::vector<std::string>{"m0", "m1", "m2", "m3", "m4"}));
  EXPECT_EQ(bob.seen<event::BacklogComplete>().size(), 1u);
  // The backlog completes after the last message of it, not before.
  size_t last_message = 0, complete = 0;
  for (size_t i = 0; i < bob.events.size(); ++i) {
    if (std::holds_alternative<event::MessageReceived>(bob.events[i])) last_message = i;
    if (std::holds_alternative<event::BacklogComplete>(bob.events[i])) complete = i;
  }
  EXPECT_GT(complete, last_message);
  EXPECT_TRUE(relay.accounts.at(bob.engine.account_id()).queue.empty());
}

TEST_F(EngineTest, DropsADuplicateEnvelope) {
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "once", 1).ok());
  relay.pump();
  ASSERT_EQ(bob.seen<event::MessageReceived>().size(), 1u);

  // The relay delivers the very same envelope again under a new seq (e.g. the sender resent it).
  auto& q = relay.accounts.at(bob.engine.account_id()).queue;
  ASSERT_TRUE(q.empty());
  relay.swallow_sent = true;  // keep nothing: we build the copy by hand below
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "second", 2).ok());
  relay.disconnect(bob);
  relay.pump();
  ASSERT_EQ(q.size(), 1u);
  wire::Envelope copy = q.back();
  copy.set_seq(copy.seq() + 100);
  q.push_back(copy);
  relay.connect(bob);
  relay.pump();
  EXPECT_EQ(texts(bob.seen<event::MessageReceived>()),
            (std::vector<std::string>{"once", "second"}));
  EXPECT_TRUE(q.empty());  // both copies acknowledged
}

TEST_F(EngineTest, SendsAgainAfterAReconnectAndTheCopyIsDropped) {
  relay.swallow_sent = true;  // the relay stores it, but the Sent answer is lost
  auto r = alice.engine.send_text(bob.engine.account_id(), "are you there?", 1);
  ASSERT_TRUE(r.ok());
  relay.pump();
  EXPECT_TRUE(alice.seen<event::MessageSent>().empty());
  EXPECT_EQ(bob.seen<event::MessageReceived>().size(), 1u);

  // Alice restarts from disk: the pending send is there and goes again, same id, same bytes.
  relay.swallow_sent = false;
  restart(relay, alice);
  relay.connect(alice);
  relay.pump();
  auto sent = alice.seen<event::MessageSent>();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].request, 0u);                            // a request from before the restart
  EXPECT_EQ(bob.seen<event::MessageReceived>().size(), 1u);  // shown once
  ASSERT_EQ(alice.engine.history().size(), 1u);
}

TEST_F(EngineTest, HoldsAcksUntilSaved) {
  bob.autosave = false;
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "keep me", 1).ok());
  relay.pump();
  ASSERT_EQ(bob.seen<event::MessageReceived>().size(), 1u);
  EXPECT_TRUE(bob.engine.needs_save());
  EXPECT_TRUE(bob.engine.take_outgoing().empty());  // no Ack before the state is on disk
  EXPECT_EQ(relay.accounts.at(bob.engine.account_id()).queue.size(), 1u);

  // A crash now loses the decrypted message and the ratchet step, but not the envelope.
  restart(relay, bob);
  relay.connect(bob);
  relay.pump();
  EXPECT_EQ(texts(bob.seen<event::MessageReceived>()), (std::vector<std::string>{"keep me"}));
  EXPECT_TRUE(bob.engine.needs_save());
  EXPECT_EQ(relay.accounts.at(bob.engine.account_id()).queue.size(), 1u);

  std::string blob = bob.engine.serialize();
  EXPECT_TRUE(bob.engine.take_outgoing().empty());  // serialized is not yet saved
  bob.disk = blob;
  bob.engine.saved();
  auto out = bob.engine.take_outgoing();
  EXPECT_EQ(count_frames(out, wire::ClientFrame::kAck), 1u);
}

TEST_F(EngineTest, HoldsSendsUntilSaved) {
  alice.autosave = false;
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "first", 1).ok());
  relay.pump();  // fetches the bundle (nothing to save for that), encrypts, then waits
  EXPECT_TRUE(alice.engine.needs_save());
  EXPECT_TRUE(bob.seen<event::MessageReceived>().empty());
  alice.save();
  relay.pump();
  EXPECT_EQ(texts(bob.seen<event::MessageReceived>()), (std::vector<std::string>{"first"}));
}

TEST_F(EngineTest, RestoresMidConversation) {
  for (int round = 0; round < 3; ++round) {
    ASSERT_TRUE(
        alice.engine.send_text(bob.engine.account_id(), "a" + std::to_string(round), 1).ok());
    relay.pump();
    restart(relay, bob);
    relay.connect(bob);
    relay.pump();
    ASSERT_TRUE(
        bob.engine.send_text(alice.engine.account_id(), "b" + std::to_string(round), 1).ok());
    relay.pump();
    restart(relay, alice);
    ASSERT_TRUE(alice.engine.find_contact("bob").has_value());
    relay.connect(alice);
    relay.pump();
  }
  std::vector<std::string> bob_got;
  for (const auto& m : bob.engine.history()) {
    if (!m.outgoing) bob_got.push_back(m.text);
  }
  EXPECT_EQ(bob_got, (std::vector<std::string>{"a0", "a1", "a2"}));
  std::vector<std::string> alice_got;
  for (const auto& m : alice.engine.history()) {
    if (!m.outgoing) alice_got.push_back(m.text);
  }
  EXPECT_EQ(alice_got, (std::vector<std::string>{"b0", "b1", "b2"}));
}

TEST_F(EngineTest, FailsASendToAnUnknownAccount) {
  AccountId nobody = *AccountId::from_bytes(crypto::random_bytes(16));
  auto r = alice.engine.send_text(nobody, "hello?", 1);
  ASSERT_TRUE(r.ok());
  relay.pump();
  auto failed = alice.seen<event::RequestFailed>();
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].request, *r);
  EXPECT_EQ(failed[0].failure.code, Errc::not_found);
}

TEST_F(EngineTest, FailsASendWhenTheRelayAnswersWithTheWrongFrame) {
  relay.answer_fetch_wrongly = true;
  auto r = alice.engine.send_text(bob.engine.account_id(), "hello?", 1);
  ASSERT_TRUE(r.ok());
  relay.pump();
  auto failed = alice.seen<event::RequestFailed>();
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].request, *r);
  EXPECT_EQ(failed[0].failure.code, Errc::protocol);
  EXPECT_EQ(alice.seen<event::ProtocolError>().size(), 1u);
}

TEST_F(EngineTest, RejectsUnusableSends) {
  const AccountId b = bob.engine.account_id();
  EXPECT_EQ(alice.engine.send_text(b, "", 1).error().code, Errc::invalid_argument);
  EXPECT_EQ(alice.engine.send_text(b, std::string(kMaxTextBytes + 1, 'x'), 1).error().code,
            Errc::invalid_argument);
  EXPECT_EQ(alice.engine.send_text(alice.engine.account_id(), "me", 1).error().code,
            Errc::invalid_argument);
  EXPECT_EQ(alice.engine.send_text(AccountId{}, "nobody", 1).error().code, Errc::invalid_argument);
  Device fresh = new_device("New");
  EXPECT_EQ(fresh.engine.send_text(b, "hi", 1).error().code, Errc::permission);
}

TEST_F(EngineTest, OpensASessionForTheSafetyNumber) {
  const AccountId b = bob.engine.account_id();
  EXPECT_EQ(alice.engine.safety_number(b).error().code, Errc::not_found);
  RequestId r = alice.engine.open_session(b);
  relay.pump();
  auto ready = alice.seen<event::SessionReady>();
  ASSERT_EQ(ready.size(), 1u);
  EXPECT_EQ(ready[0].request, r);
  auto digits = alice.engine.safety_number(b);
  ASSERT_TRUE(digits.ok());
  EXPECT_EQ(digits->size(), 60u);
}

TEST_F(EngineTest, ManagesContacts) {
  const AccountId b = bob.engine.account_id();
  EXPECT_EQ(alice.engine.find_contact("bob"), b);
  EXPECT_EQ(alice.engine.contact_name(b), "bob");
  // Another name for the same id is refused; a new id for the same name replaces it.
  EXPECT_EQ(alice.engine.add_contact("robert", b).error().code, Errc::already_exists);
  AccountId other = *AccountId::from_bytes(crypto::random_bytes(16));
  EXPECT_TRUE(alice.engine.add_contact("bob", other).ok());
  EXPECT_EQ(alice.engine.find_contact("bob"), other);
  EXPECT_FALSE(alice.engine.contact_name(b).has_value());
  EXPECT_EQ(alice.engine.add_contact("me", alice.engine.account_id()).error().code,
            Errc::invalid_argument);
  EXPECT_EQ(alice.engine.add_contact("", other).error().code, Errc::invalid_argument);
  EXPECT_EQ(alice.engine.add_contact("x", AccountId{}).error().code, Errc::invalid_argument);
  ASSERT_TRUE(alice.engine.add_contact("carol", b).ok());
  auto list = alice.engine.contacts();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].name, "bob");
  EXPECT_EQ(list[1].name, "carol");
  relay.pump();
  restart(relay, alice);
  EXPECT_EQ(alice.engine.contacts().size(), 2u);
}

TEST_F(EngineTest, ReplenishesPrekeysWhenTheRelayRunsLow) {
  auto& a = relay.accounts.at(bob.engine.account_id());
  a.prekeys.resize(3);
  restart(relay, bob);
  relay.connect(bob);
  relay.pump();
  auto uploaded = bob.seen<event::PrekeysUploaded>();
  ASSERT_EQ(uploaded.size(), 1u);  // once, though both LoggedIn and the push say it is low
  EXPECT_EQ(uploaded[0].remaining, kPrekeyTarget);
  EXPECT_EQ(a.prekeys.size(), kPrekeyTarget);

  // A pushed low count later on does the same.
  a.prekeys.resize(1);
  wire::ServerFrame low;
  low.mutable_prekey_count()->set_remaining(1);
  relay.inject(bob, {low});
  relay.pump();
  EXPECT_EQ(bob.seen<event::PrekeysUploaded>().size(), 2u);
  EXPECT_EQ(a.prekeys.size(), kPrekeyTarget);

  // The new prekeys work: a newcomer's first message uses one of them.
  Device carol = new_device("Carol");
  register_device(relay, carol);
  ASSERT_TRUE(carol.engine.send_text(bob.engine.account_id(), "hello from carol", 1).ok());
  relay.pump();
  EXPECT_EQ(texts(bob.seen<event::MessageReceived>()),
            (std::vector<std::string>{"hello from carol"}));
}

TEST_F(EngineTest, SurvivesMalformedServerMessages) {
  const size_t before = bob.events.size();
  relay.inject(bob, std::string("\xff\xff\xff\xff\x0f garbage", 14));
  relay.inject(bob, std::string(kMaxIncomingBytes + 1, '\0'));
  wire::ServerFrame unknown;  // no body: a frame of a newer relay
  wire::ServerFrame stray_answer;
  stray_answer.set_id(987654);
  stray_answer.mutable_pong();
  wire::ServerFrame second_challenge;
  second_challenge.mutable_challenge()->set_nonce(std::string(32, 'n'));
  second_challenge.mutable_challenge()->set_protocol_version(1);
  wire::ServerFrame room;  // not handled before rooms exist
  room.mutable_room_entry()->set_room("brussels");
  relay.inject(bob, {unknown, stray_answer, second_challenge, room});
  relay.inject(bob, {wire::error_frame(0, wire::RATE_LIMITED, "\x1b[31mslow down")});
  relay.pump();
  std::vector<Event> fresh(bob.events.begin() + static_cast<long>(before), bob.events.end());
  size_t protocol_errors = 0, server_errors = 0;
  for (const auto& e : fresh) {
    if (auto* p = std::get_if<event::ProtocolError>(&e)) {
      ++protocol_errors;
      EXPECT_NE(p->problem, Problem::internal);
    }
    if (auto* s = std::get_if<event::ServerError>(&e)) {
      ++server_errors;
      EXPECT_EQ(s->failure.code, Errc::unavailable);
      EXPECT_EQ(s->failure.problem, Problem::rate_limited);
    }
  }
  EXPECT_EQ(protocol_errors, 6u);
  EXPECT_EQ(server_errors, 1u);

  // Still working afterwards.
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "still there?", 1).ok());
  relay.pump();
  EXPECT_EQ(texts(bob.seen<event::MessageReceived>()), (std::vector<std::string>{"still there?"}));
}

TEST_F(EngineTest, DropsAndAcknowledgesUnreadableEnvelopes) {
  auto envelope = [&](uint64_t seq, std::string from, std::string ciphertext,
                      wire::EnvelopeType t) {
    wire::ServerFrame f;
    auto* e = f.mutable_envelope();
    e->set_seq(seq);
    e->set_from(std::move(from));
    e->set_message_id(crypto::random_bytes(16));
    e->set_type(t);
    e->set_ciphertext(std::move(ciphertext));
    return f;
  };
  const std::string a = alice.engine.account_id().bytes();
  relay.inject(bob, {envelope(900, a, "garbage", wire::SIGNAL_MESSAGE),
                     envelope(901, a, "garbage", wire::PREKEY_MESSAGE),
                     envelope(902, a, "garbage", wire::ENVELOPE_UNSPECIFIED),
                     envelope(903, "short", "garbage", wire::SIGNAL_MESSAGE)});
  EXPECT_EQ(bob.engine.take_events().size(), 4u);
  EXPECT_TRUE(bob.engine.needs_save());
  bob.save();
  auto out = bob.engine.take_outgoing();
  ASSERT_EQ(out.size(), 1u);
  auto batch = wire::decode_client_batch(out[0]);
  ASSERT_TRUE(batch.ok());
  ASSERT_EQ(batch->frames_size(), 1u);
  EXPECT_EQ(batch->frames(0).ack().seqs_size(), 4);
}

TEST(Engine, ReportsAChallengeItCannotAnswer) {
  Device d = new_device("Zoë");
  TestRelay relay;
  d.engine.on_connected();
  wire::ServerFrame bad_version;
  bad_version.mutable_challenge()->set_nonce(std::string(32, 'n'));
  bad_version.mutable_challenge()->set_protocol_version(2);
  relay.inject(d, {bad_version});
  wire::ServerFrame short_nonce;
  short_nonce.mutable_challenge()->set_nonce("short");
  short_nonce.mutable_challenge()->set_protocol_version(1);
  relay.inject(d, {short_nonce});
  wire::ServerFrame too_much_work;
  too_much_work.mutable_challenge()->set_nonce(std::string(32, 'n'));
  too_much_work.mutable_challenge()->set_protocol_version(1);
  too_much_work.mutable_challenge()->set_pow_difficulty(wire::kMaxProofOfWorkBits + 1);
  relay.inject(d, {too_much_work});
  auto events = d.engine.take_events();
  ASSERT_EQ(events.size(), 3u);
  for (const auto& e : events) EXPECT_TRUE(std::holds_alternative<event::AuthFailed>(e));
  EXPECT_TRUE(d.engine.take_outgoing().empty());

  wire::Envelope early;
  wire::ServerFrame f;
  *f.mutable_envelope() = early;
  relay.inject(d, {f});
  events = d.engine.take_events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<event::ProtocolError>(events[0]));
}

TEST(Engine, RestoreRejectsGarbage) {
  EXPECT_EQ(Engine::restore("not a state").error().code, Errc::corrupt);
  EXPECT_EQ(Engine::restore("").error().code, Errc::corrupt);  // format 0
}

}  // namespace
}  // namespace relais::engine

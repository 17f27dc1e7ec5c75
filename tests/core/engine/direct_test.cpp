// The engine's direct messages against the relay's real request handling: texts both ways,
// padding, the backlog in order, duplicates dropped, sends repeated after a lost answer, and the
// save-before-send rule for acknowledgements and ciphertexts.
#include <gtest/gtest.h>

#include "content.pb.h"
#include "core/crypto/random.h"
#include "core/engine/engine.h"
#include "core/engine/padding.h"
#include "core/engine/session.h"
#include "core/signal/protocol.h"
#include "core/signal/sealed.h"
#include "core/wire/contract.h"
#include "tests/core/engine/live_relay.h"

namespace relais::engine {
namespace {

using testing::Device;
using testing::LiveRelay;
using testing::AliceAndBob;
using testing::new_device;

void restart(LiveRelay& relay, Device& d) {
  relay.disconnect(d);
  auto e = Engine::restore(d.disk);
  ASSERT_TRUE(e.ok()) << e.error().message;
  d.engine = std::move(*e);
  d.events.clear();
}

std::vector<std::string> texts(const Device& d) {
  std::vector<std::string> out;
  for (const auto& r : d.seen<event::MessageReceived>()) out.push_back(r.message.text);
  return out;
}

size_t count_sent(const Device& d, wire::ClientFrame::BodyCase body) {
  size_t n = 0;
  for (const auto& f : d.sent) n += f.body_case() == body;
  return n;
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

class DirectTest : public AliceAndBob {};

TEST_F(DirectTest, SendsBothWays) {
  auto r = alice.engine.send_text(bob.engine.account_id(), "hello bob", 5);
  ASSERT_TRUE(r.ok());
  relay.pump();
  auto sent = alice.seen<event::MessageSent>();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].request, *r);
  EXPECT_EQ(sent[0].to, bob.engine.account_id());
  EXPECT_EQ(sent[0].server_time_ms, relay.clock().now_ms());

  auto got = bob.seen<event::MessageReceived>();
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].message.text, "hello bob");
  EXPECT_EQ(got[0].message.peer, alice.engine.account_id());
  EXPECT_EQ(got[0].message.sender_name, "Alice");  // the pseudonym from inside the ciphertext
  EXPECT_EQ(bob.engine.display_name(got[0].message), "Alice");  // not a contact of Bob's
  EXPECT_EQ(bob.engine.pseudonym(alice.engine.account_id()), "Alice");

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

  // Each envelope was acknowledged once: a new log-in brings nothing again.
  EXPECT_EQ(count_sent(bob, wire::ClientFrame::kAck), 1u);
  restart(relay, bob);
  relay.connect_and_log_in(bob);
  EXPECT_TRUE(bob.seen<event::MessageReceived>().empty());
}

TEST_F(DirectTest, PadsTextsSoShortOnesLookAlike) {
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "a", 1).ok());
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), std::string(100, 'x'), 1).ok());
  relay.pump();
  std::vector<const wire::Send*> sends;
  for (const auto& f : alice.sent) {
    if (f.has_send()) sends.push_back(&f.send());
  }
  ASSERT_EQ(sends.size(), 2u);
  EXPECT_EQ(sends[0]->type(), sends[1]->type());
  EXPECT_EQ(sends[0]->ciphertext().size(), sends[1]->ciphertext().size());
  EXPECT_EQ(texts(bob), (std::vector<std::string>{"a", std::string(100, 'x')}));
}

TEST_F(DirectTest, DeliversTheBacklogInOrderAfterALogIn) {
  restart(relay, bob);
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "m" + std::to_string(i), 10).ok());
  }
  relay.pump();
  EXPECT_EQ(alice.seen<event::MessageSent>().size(), 5u);

  relay.connect_and_log_in(bob);
  EXPECT_EQ(texts(bob), (std::vector<std::string>{"m0", "m1", "m2", "m3", "m4"}));
  EXPECT_EQ(bob.seen<event::BacklogComplete>().size(), 1u);
  // The backlog completes after the last message of it, not before.
  size_t last_message = 0, complete = 0;
  for (size_t i = 0; i < bob.events.size(); ++i) {
    if (std::holds_alternative<event::MessageReceived>(bob.events[i])) last_message = i;
    if (std::holds_alternative<event::BacklogComplete>(bob.events[i])) complete = i;
  }
  EXPECT_GT(complete, last_message);
  // Acknowledged: nothing comes again.
  restart(relay, bob);
  relay.connect_and_log_in(bob);
  EXPECT_TRUE(texts(bob).empty());
}

TEST_F(DirectTest, DropsADuplicateEnvelope) {
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "once", 1).ok());
  relay.pump();
  ASSERT_EQ(texts(bob), std::vector<std::string>{"once"});
  // The very same envelope again under another seq (a sender that sent it twice, a relay that
  // delivered it twice): shown once, acknowledged all the same.
  wire::ServerFrame copy;
  for (const auto& f : bob.received) {
    if (f.has_envelope()) copy = f;
  }
  ASSERT_TRUE(copy.has_envelope());
  copy.mutable_envelope()->set_seq(copy.envelope().seq() + 100);
  relay.inject(bob, {copy});
  EXPECT_EQ(texts(bob), std::vector<std::string>{"once"});
  bob.save();
  auto out = bob.engine.take_outgoing();
  EXPECT_EQ(count_frames(out, wire::ClientFrame::kAck), 1u);
}

TEST_F(DirectTest, SendsAgainAfterAReconnectAndTheCopyIsDropped) {
  // The relay stores the message, but its answer is lost with the connection.
  alice.lose = [](const wire::ServerFrame& f) { return f.has_sent(); };
  auto r = alice.engine.send_text(bob.engine.account_id(), "are you there?", 1);
  ASSERT_TRUE(r.ok());
  relay.pump();
  EXPECT_TRUE(alice.seen<event::MessageSent>().empty());
  EXPECT_EQ(texts(bob).size(), 1u);

  // Alice restarts from disk: the pending send is there and goes again, same id, same bytes.
  alice.lose = nullptr;
  restart(relay, alice);
  relay.connect_and_log_in(alice);
  auto sent = alice.seen<event::MessageSent>();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].request, 0u);    // a request from before the restart
  EXPECT_EQ(texts(bob).size(), 1u);  // shown once
  ASSERT_EQ(alice.engine.history().size(), 1u);
  std::vector<std::string> ciphertexts;
  for (const auto& f : alice.sent) {
    if (f.has_send()) ciphertexts.push_back(f.send().message_id() + f.send().ciphertext());
  }
  ASSERT_EQ(ciphertexts.size(), 2u);
  EXPECT_EQ(ciphertexts[0], ciphertexts[1]);
}

TEST_F(DirectTest, HoldsAcksUntilSaved) {
  bob.autosave = false;
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "keep me", 1).ok());
  relay.pump();
  ASSERT_EQ(texts(bob), std::vector<std::string>{"keep me"});
  EXPECT_TRUE(bob.engine.needs_save());
  EXPECT_EQ(count_sent(bob, wire::ClientFrame::kAck), 0u);  // no Ack before the state is on disk

  // A crash now loses the decrypted message and the ratchet step, but not the envelope.
  restart(relay, bob);
  relay.connect_and_log_in(bob);
  EXPECT_EQ(texts(bob), std::vector<std::string>{"keep me"});
  EXPECT_TRUE(bob.engine.needs_save());

  std::string blob = bob.engine.serialize();
  EXPECT_TRUE(bob.engine.take_outgoing().empty());  // serialized is not yet saved
  bob.disk = blob;
  bob.engine.saved();
  EXPECT_EQ(count_frames(bob.engine.take_outgoing(), wire::ClientFrame::kAck), 1u);
}

TEST_F(DirectTest, HoldsSendsUntilSaved) {
  alice.autosave = false;
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "first", 1).ok());
  relay.pump();  // fetches the bundle (nothing to save for that), encrypts, then waits
  EXPECT_TRUE(alice.engine.needs_save());
  EXPECT_EQ(count_sent(alice, wire::ClientFrame::kSend), 0u);
  EXPECT_TRUE(texts(bob).empty());
  alice.save();
  relay.pump();
  EXPECT_EQ(texts(bob), std::vector<std::string>{"first"});
}

TEST_F(DirectTest, RestoresMidConversation) {
  for (int round = 0; round < 3; ++round) {
    ASSERT_TRUE(
        alice.engine.send_text(bob.engine.account_id(), "a" + std::to_string(round), 1).ok());
    relay.pump();
    restart(relay, bob);
    relay.connect_and_log_in(bob);
    ASSERT_TRUE(
        bob.engine.send_text(alice.engine.account_id(), "b" + std::to_string(round), 1).ok());
    relay.pump();
    restart(relay, alice);
    ASSERT_TRUE(alice.engine.find_contact("bob").has_value());
    relay.connect_and_log_in(alice);
  }
  std::vector<std::string> bob_got, alice_got;
  for (const auto& m : bob.engine.history()) {
    if (!m.outgoing) bob_got.push_back(m.text);
  }
  for (const auto& m : alice.engine.history()) {
    if (!m.outgoing) alice_got.push_back(m.text);
  }
  EXPECT_EQ(bob_got, (std::vector<std::string>{"a0", "a1", "a2"}));
  EXPECT_EQ(alice_got, (std::vector<std::string>{"b0", "b1", "b2"}));
}

TEST_F(DirectTest, FailsASendToAnUnknownAccount) {
  const AccountId nobody = *AccountId::from_bytes(std::string(16, '\x0c'));
  auto r = alice.engine.send_text(nobody, "hello?", 1);
  ASSERT_TRUE(r.ok());
  relay.pump();
  auto failed = alice.failures(*r);
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].failure.problem, Problem::unknown_account);
  EXPECT_EQ(failed[0].failure.code, Errc::not_found);
  EXPECT_TRUE(alice.engine.history().empty());
}

TEST_F(DirectTest, RejectsUnusableSendsAtOnce) {
  const AccountId b = bob.engine.account_id();
  const size_t frames = relay.frames_in();
  EXPECT_EQ(alice.engine.send_text(b, "", 1).failure().problem, Problem::empty_text);
  const auto too_long = alice.engine.send_text(b, std::string(kMaxTextBytes + 1, 'x'), 1);
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.failure().problem, Problem::text_too_long);
  EXPECT_EQ(too_long.failure().limit, kMaxTextBytes);  // what the sentence says
  EXPECT_EQ(too_long.error().code, Errc::invalid_argument);
  EXPECT_EQ(alice.engine.send_text(alice.engine.account_id(), "me", 1).error().code,
            Errc::invalid_argument);
  EXPECT_EQ(alice.engine.send_text(AccountId{}, "nobody", 1).error().code, Errc::invalid_argument);
  Device fresh = new_device("New");
  EXPECT_EQ(fresh.engine.send_text(b, "hi", 1).error().code, Errc::permission);
  relay.pump();
  EXPECT_EQ(relay.frames_in(), frames);
}

// Someone registered on the relay who is not Alice, writing to Bob as her: Bob's bundle from
// the relay, her own Signal keys, and a sealed envelope that claims Alice's account id. The
// relay cannot tell (it sees no sender); Bob must.
struct Forger {
  Device device = new_device("Mallory");
  std::unique_ptr<signal::Protocol> keys = signal::Protocol::create_new().value();
  std::string bob_identity;

  void start(LiveRelay& relay, const AccountId& bob) {
    relay.connect_and_log_in(device);
    wire::ClientFrame f;
    f.mutable_fetch_bundle()->set_account_id(bob.bytes());
    relay.send_raw(device, f);
    ASSERT_TRUE(device.received.back().has_bundle());
    const auto& b = device.received.back().bundle();
    ASSERT_TRUE(keys->process_bundle(bob.text(), prekey_bundle_of(b)).ok());
    bob_identity = b.identity_key();
  }
  // Sends, through the relay, a message to `to` that claims to come from `claimed`.
  void send(LiveRelay& relay, const AccountId& to, const std::string& claimed,
            const std::string& text) {
    content::DirectContent c;
    c.set_sender_name("Alice");
    c.mutable_text()->set_text(text);
    auto ct = keys->encrypt(to.text(), pad(c.SerializeAsString()));
    ASSERT_TRUE(ct.ok());
    wire::ClientFrame f;
    auto* s = f.mutable_send();
    s->set_to(to.bytes());
    s->set_message_id(crypto::random_bytes(16));
    s->set_type(wire::SEALED_MESSAGE);
    s->set_ciphertext(signal::seal(bob_identity, s->message_id(), {claimed, *ct}).value());
    relay.send_raw(device, f);
    ASSERT_TRUE(device.received.back().has_sent()) << "the relay refused the forgery's shape";
  }
};

std::vector<Problem> problems(const Device& d) {
  std::vector<Problem> out;
  for (const auto& dropped : d.seen<event::Undecryptable>()) {
    EXPECT_TRUE(dropped.from.empty()) << "a dropped envelope names " << dropped.from.text();
    out.push_back(dropped.problem);
  }
  return out;
}

// The relay passes on envelopes that name their recipient only; the sender is inside the sealed
// layer, and the recipient checks it against the key the relay registered, once per sender.
TEST_F(DirectTest, EnvelopesAreSealedAndTheSenderIsCheckedOnce) {
  const std::string a = alice.engine.account_id().bytes();
  relay.disconnect(bob);
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "first", 1).ok());
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "second", 2).ok());
  relay.pump();
  relay.connect_and_log_in(bob);
  size_t envelopes = 0;
  for (const auto& f : bob.received) {
    if (!f.has_envelope()) continue;
    ++envelopes;
    EXPECT_EQ(f.envelope().type(), wire::SEALED_MESSAGE);
    EXPECT_EQ(f.SerializeAsString().find(a), std::string::npos) << "the envelope names Alice";
  }
  EXPECT_EQ(envelopes, 2u);
  for (const auto& f : alice.sent) {
    if (f.has_send()) {
      EXPECT_EQ(f.SerializeAsString().find(a), std::string::npos);
    }
  }
  auto got = bob.seen<event::MessageReceived>();
  ASSERT_EQ(texts(bob), (std::vector<std::string>{"first", "second"}));
  EXPECT_EQ(got[0].message.peer, alice.engine.account_id());  // Bob still sees who wrote
  EXPECT_EQ(count_sent(bob, wire::ClientFrame::kGetIdentityKey), 1u);
  // Bob keeps Alice's registered key, also across a restart: no second question.
  bob.save();
  restart(relay, bob);
  relay.connect_and_log_in(bob);
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "third", 3).ok());
  relay.pump();
  EXPECT_EQ(texts(bob), (std::vector<std::string>{"third"}));
  EXPECT_EQ(count_sent(bob, wire::ClientFrame::kGetIdentityKey), 1u);
  // Alice learnt Bob's key from his bundle: his answer needs no question.
  ASSERT_TRUE(bob.engine.send_text(alice.engine.account_id(), "hi", 4).ok());
  relay.pump();
  EXPECT_EQ(texts(alice), (std::vector<std::string>{"hi"}));
  EXPECT_EQ(alice.seen<event::MessageReceived>()[0].message.peer, bob.engine.account_id());
  EXPECT_EQ(count_sent(alice, wire::ClientFrame::kGetIdentityKey), 0u);
}

// A message that claims to be Alice's but whose keys are not hers is dropped with a word and
// names no one; an account that does not exist is no better; the real Alice and Bob go on.
TEST_F(DirectTest, AForgedSenderIsDroppedAndNamesNoOne) {
  const AccountId b = bob.engine.account_id();
  const std::string a = alice.engine.account_id().bytes();
  Forger forger;
  forger.start(relay, b);
  bob.events.clear();
  forger.send(relay, b, a, "it's me");
  relay.pump();  // Bob asks the relay for Alice's key, and sees it is not the message's
  EXPECT_TRUE(bob.seen<event::MessageReceived>().empty());
  EXPECT_EQ(problems(bob), (std::vector<Problem>{Problem::sender_unproven}));
  EXPECT_TRUE(bob.engine.history().empty());
  EXPECT_EQ(count_sent(bob, wire::ClientFrame::kGetIdentityKey), 1u);
  EXPECT_FALSE(describe(failure(Problem::sender_unproven)).empty());

  // Again, now that Bob knows Alice's key: refused without asking. Then a stranger's id.
  bob.events.clear();
  forger.send(relay, b, a, "me!");
  forger.send(relay, b, std::string(16, '\x42'), "a stranger");
  relay.pump();
  EXPECT_EQ(count_sent(bob, wire::ClientFrame::kGetIdentityKey), 2u);  // the stranger only
  EXPECT_EQ(problems(bob),
            (std::vector<Problem>{Problem::sender_unproven, Problem::sender_unproven}));
  EXPECT_TRUE(bob.seen<event::MessageReceived>().empty());

  // All acknowledged: after a reconnect nothing comes again.
  bob.events.clear();
  relay.disconnect(bob);
  relay.connect_and_log_in(bob);
  EXPECT_TRUE(bob.seen<event::Undecryptable>().empty());

  // The real Alice and Bob talk as before.
  ASSERT_TRUE(alice.engine.send_text(b, "the real one", 5).ok());
  relay.pump();
  auto got = bob.seen<event::MessageReceived>();
  ASSERT_EQ(texts(bob), (std::vector<std::string>{"the real one"}));
  EXPECT_EQ(got[0].message.peer, alice.engine.account_id());
  ASSERT_TRUE(bob.engine.send_text(alice.engine.account_id(), "hello you", 6).ok());
  relay.pump();
  EXPECT_EQ(texts(alice), (std::vector<std::string>{"hello you"}));
}

// A sealed envelope replayed by someone who saw it go by: under its own message id it is a
// duplicate (shown once), under another one it does not open (the id is bound in).
TEST_F(DirectTest, AReplayedSealedEnvelopeIsShownOnce) {
  const AccountId b = bob.engine.account_id();
  ASSERT_TRUE(alice.engine.send_text(b, "once", 1).ok());
  relay.pump();
  ASSERT_EQ(texts(bob), std::vector<std::string>{"once"});
  wire::Send original;
  for (const auto& f : alice.sent) {
    if (f.has_send()) original = f.send();
  }
  Forger replayer;
  replayer.start(relay, b);
  bob.events.clear();
  for (bool same_id : {true, false}) {
    wire::ClientFrame f;
    *f.mutable_send() = original;
    if (!same_id) f.mutable_send()->set_message_id(crypto::random_bytes(16));
    relay.send_raw(replayer.device, f);
  }
  relay.pump();
  EXPECT_TRUE(texts(bob).empty());
  EXPECT_EQ(problems(bob), (std::vector<Problem>{Problem::unsealable}));
  ASSERT_TRUE(alice.engine.send_text(b, "twice", 2).ok());
  relay.pump();
  EXPECT_EQ(texts(bob), std::vector<std::string>{"twice"});
}

// Envelopes behind one whose sender is being checked wait for it: order is kept.
TEST_F(DirectTest, EnvelopesWaitInOrderWhileASenderIsChecked) {
  Device carol = new_device("Carol");
  relay.connect_and_log_in(carol);
  relay.disconnect(bob);
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "a1", 1).ok());
  relay.pump();
  ASSERT_TRUE(carol.engine.send_text(bob.engine.account_id(), "c1", 2).ok());
  relay.pump();
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "a2", 3).ok());
  relay.pump();
  bob.events.clear();
  relay.connect_and_log_in(bob);
  EXPECT_EQ(texts(bob), (std::vector<std::string>{"a1", "c1", "a2"}));
  EXPECT_EQ(count_sent(bob, wire::ClientFrame::kGetIdentityKey), 2u);
  // The backlog is complete once the last of it was taken in, not when it arrived.
  ASSERT_EQ(bob.seen<event::BacklogComplete>().size(), 1u);
  size_t last_message = 0, complete = 0;
  for (size_t i = 0; i < bob.events.size(); ++i) {
    if (std::holds_alternative<event::MessageReceived>(bob.events[i])) last_message = i;
    if (std::holds_alternative<event::BacklogComplete>(bob.events[i])) complete = i;
  }
  EXPECT_GT(complete, last_message);
}

TEST_F(DirectTest, DropsAndAcknowledgesUnreadableEnvelopes) {
  const AccountId b = bob.engine.account_id();
  Forger forger;  // for Bob's identity key, as anyone may fetch it
  forger.start(relay, b);
  const std::string bob_key = forger.bob_identity;
  const std::string a = alice.engine.account_id().bytes();
  auto envelope = [&](uint64_t seq, std::string ciphertext, wire::EnvelopeType t,
                      std::string id = crypto::random_bytes(16)) {
    wire::ServerFrame f;
    auto* e = f.mutable_envelope();
    e->set_seq(seq);
    e->set_message_id(std::move(id));
    e->set_type(t);
    e->set_ciphertext(std::move(ciphertext));
    return f;
  };
  auto sealed = [&](uint64_t seq, std::string sender, signal::MessageType type) {
    const std::string id = crypto::random_bytes(16);
    return envelope(seq, signal::seal(bob_key, id, {std::move(sender), {type, "garbage"}}).value(),
                    wire::SEALED_MESSAGE, id);
  };
  const std::string for_bob = sealed(0, a, signal::MessageType::signal).envelope().ciphertext();
  bob.events.clear();
  relay.inject(bob, {envelope(900, "\x01garbage", wire::SEALED_MESSAGE),
                     envelope(901, for_bob, wire::SIGNAL_MESSAGE),  // not sealed
                     envelope(902, for_bob, wire::SEALED_MESSAGE),  // another message id
                     sealed(903, std::string(16, '\0'), signal::MessageType::signal),
                     sealed(904, b.bytes(), signal::MessageType::signal),  // "from" Bob himself
                     sealed(905, a, signal::MessageType::signal),          // no session with Alice
                     sealed(906, a, signal::MessageType::prekey)});
  EXPECT_EQ(problems(bob),
            (std::vector<Problem>{Problem::unsealable, Problem::unsealable, Problem::unsealable,
                                  Problem::malformed_sender, Problem::malformed_sender,
                                  Problem::no_session, Problem::undecryptable}));
  // Nothing of them is kept, so nothing waits for a save: one Ack for all seven.
  auto out = bob.engine.take_outgoing();
  ASSERT_EQ(out.size(), 1u);
  auto batch = wire::decode_client_batch(out[0]);
  ASSERT_TRUE(batch.ok());
  ASSERT_EQ(batch->frames_size(), 1);
  EXPECT_EQ(batch->frames(0).ack().seqs_size(), 7);
}

}  // namespace
}  // namespace relais::engine

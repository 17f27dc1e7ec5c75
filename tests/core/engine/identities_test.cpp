// People in the engine, against the relay's real request handling: two members who both call
// themselves "amira" get different marks; a name that reads like a contact's or a verified
// person's is flagged; a person is named by id, "name#mark" or a name (ambiguous, unknown);
// verification survives a restart; a changed identity key is told, takes the badge away and
// stops the next message until the person verifies again or accepts the new key.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>

#include "content.pb.h"
#include "core/crypto/random.h"
#include "core/engine/engine.h"
#include "core/engine/marks.h"
#include "core/engine/padding.h"
#include "core/engine/session.h"
#include "core/signal/protocol.h"
#include "core/signal/sealed.h"
#include "state.pb.h"
#include "tests/core/engine/live_relay.h"

namespace relais::engine {
namespace {

using testing::Device;
using testing::LiveRelay;
using testing::new_device;

std::vector<AccountId> ids_of(const std::vector<Person>& people) {
  std::vector<AccountId> out;
  for (const auto& p : people) out.push_back(p.id);
  std::sort(out.begin(), out.end());
  return out;
}

class IdentitiesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (Device* d : {&bea, &amira, &impostor}) relay.connect_and_log_in(*d);
    for (Device* d : {&bea, &amira, &impostor}) {
      d->engine.join_room("liege");
      relay.pump();
    }
    for (Device* d : {&amira, &impostor}) {
      ASSERT_TRUE(d->engine.say("liege", "C'est amira", relay.clock().now_ms()).ok());
      relay.pump();
    }
  }
  AccountId id(const Device& d) const { return d.engine.account_id(); }
  std::string mark_of(const Device& d) const { return d.engine.person(id(d)).mark; }

  LiveRelay relay;
  Device bea = new_device("bea");
  Device amira = new_device("amira");
  Device impostor = new_device("amira");
};

TEST_F(IdentitiesTest, TwoPeopleWithOneNameHaveTwoMarks) {
  const Person a = bea.engine.person(id(amira));
  const Person b = bea.engine.person(id(impostor));
  EXPECT_EQ(a.name, "amira");
  EXPECT_EQ(b.name, "amira");
  ASSERT_EQ(a.mark.size(), kMarkChars);
  ASSERT_EQ(b.mark.size(), kMarkChars);
  EXPECT_NE(a.mark, b.mark);
  // Each one's own view of itself carries the same mark as others see.
  EXPECT_EQ(amira.engine.person(id(amira)).mark, a.mark);
  EXPECT_TRUE(amira.engine.person(id(amira)).self);
  // Strangers with one name: told apart by the mark, nothing to warn of yet.
  EXPECT_TRUE(a.looks_like.empty());
  EXPECT_TRUE(b.looks_like.empty());
  EXPECT_FALSE(a.verified || a.key_changed || a.contact);

  // The member list names both (from their sender keys' envelopes), with their marks.
  bea.engine.list_members("liege");
  relay.pump();
  auto listed = bea.seen<event::MembersListed>();
  ASSERT_FALSE(listed.empty());
  std::vector<std::string> shown;
  for (const auto& m : listed.back().members) shown.push_back(marked(m.person.name, m.person.mark));
  std::sort(shown.begin(), shown.end());
  std::vector<std::string> want{"amira#" + a.mark, "amira#" + b.mark,
                                "bea#" + bea.engine.person(id(bea)).mark};
  std::sort(want.begin(), want.end());
  EXPECT_EQ(shown, want);
}

TEST_F(IdentitiesTest, ANameLikeAContactsIsFlagged) {
  ASSERT_TRUE(bea.engine.add_contact("Amira", id(amira)).ok());
  const Person contact = bea.engine.person(id(amira));
  EXPECT_TRUE(contact.contact);
  EXPECT_EQ(contact.name, "Amira");
  EXPECT_TRUE(contact.looks_like.empty());
  // "amira" reads like the contact "Amira": the impostor is flagged, pointing at her.
  EXPECT_EQ(bea.engine.person(id(impostor)).looks_like, id(amira));
}

TEST_F(IdentitiesTest, ANameLikeAVerifiedPersonsIsFlaggedAndTheBadgeGoesWithAChangedKey) {
  ASSERT_TRUE(bea.engine.verify(id(amira)).ok());
  EXPECT_TRUE(bea.engine.person(id(amira)).verified);
  EXPECT_EQ(bea.engine.person(id(impostor)).looks_like, id(amira));
  // Kept across a restart.
  bea.save();
  auto restored = Engine::restore(bea.disk);
  ASSERT_TRUE(restored.ok());
  EXPECT_TRUE(restored->person(id(amira)).verified);
  EXPECT_EQ(restored->person(id(impostor)).looks_like, id(amira));
  ASSERT_TRUE(bea.engine.unverify(id(amira)).ok());
  EXPECT_FALSE(bea.engine.person(id(amira)).verified);
  EXPECT_TRUE(bea.engine.person(id(impostor)).looks_like.empty());
}

TEST_F(IdentitiesTest, NoSafetyNumberNoVerification) {
  Device stranger = new_device("stranger");
  relay.connect_and_log_in(stranger);
  auto refused = bea.engine.verify(id(stranger));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, Errc::not_found);
  EXPECT_FALSE(bea.engine.verify(id(bea)).ok());
  EXPECT_FALSE(bea.engine.verify({}).ok());
}

TEST_F(IdentitiesTest, PeopleAreNamedByIdNameOrNameAndMark) {
  const std::string a = mark_of(amira);
  const std::string b = bea.engine.person(id(impostor)).mark;
  // A name two people gave: ambiguous, both offered.
  EXPECT_EQ(ids_of(bea.engine.people_named("amira")),
            ids_of({bea.engine.person(id(amira)), bea.engine.person(id(impostor))}));
  EXPECT_EQ(bea.engine.people_named("AMIRA").size(), 2u);  // case aside, when nothing is exact
  // The mark says which.
  auto one = bea.engine.people_named("amira#" + b);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].id, id(impostor));
  one = bea.engine.people_named("Amira#" + a);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].id, id(amira));
  one = bea.engine.people_named("#" + a);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].id, id(amira));
  // An id names its account.
  one = bea.engine.people_named(id(impostor).text());
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].id, id(impostor));
  // Unknown names and wrong marks name no one.
  EXPECT_TRUE(bea.engine.people_named("nadia").empty());
  EXPECT_TRUE(
      bea.engine.people_named("amira#" + std::string(a == "aaaa" ? "bbbb" : "aaaa")).empty());
  EXPECT_TRUE(bea.engine.people_named("").empty());
  // A contact's name is the person's own choice: it names the contact alone.
  ASSERT_TRUE(bea.engine.add_contact("amira", id(amira)).ok());
  one = bea.engine.people_named("amira");
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].id, id(amira));
  one = bea.engine.people_named("amira#" + b);  // the impostor is still reachable by her mark
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].id, id(impostor));
}

TEST_F(IdentitiesTest, KeysOfPeopleNeverMetAreLookedUp) {
  Device stranger = new_device("stranger");
  relay.connect_and_log_in(stranger);
  EXPECT_EQ(bea.engine.person(id(stranger)).mark, "");
  const AccountId unknown = *AccountId::from_bytes(std::string(16, '\x09'));
  const RequestId r = bea.engine.learn_identities({id(stranger), unknown, id(amira)});
  relay.pump();
  auto learned = bea.seen<event::IdentitiesLearned>();
  ASSERT_EQ(learned.size(), 1u);
  EXPECT_EQ(learned[0].request, r);
  EXPECT_EQ(learned[0].ids, (std::vector<AccountId>{id(stranger), id(amira)}));
  EXPECT_EQ(bea.engine.person(id(stranger)).mark, mark_of(stranger));
  EXPECT_EQ(bea.engine.person(unknown).mark, "");
  // Kept: known after a restart without asking again.
  bea.save();
  auto restored = Engine::restore(bea.disk);
  ASSERT_TRUE(restored.ok());
  EXPECT_EQ(restored->person(id(stranger)).mark, mark_of(stranger));
}

// A relay in the middle that vouches for Mallory's key as amira's (what a re-installed device
// would look like too). Mallory is registered under her own account and keeps separate Signal
// keys: a sealed envelope she makes names amira inside, and her bundle stands in for amira's.
struct Impersonator {
  Device device = new_device("amira");
  std::unique_ptr<signal::Protocol> keys = signal::Protocol::create_new().value();

  const std::string& key() const { return keys->identity_public_key(); }
  // What the relay in the middle answers for amira's FetchBundle: Mallory's keys.
  void as_bundle(wire::Bundle& b) const {
    b.set_identity_key(key());
    b.set_registration_id(keys->registration_id());
    const signal::SignedPrekey spk = keys->signed_prekey();
    b.mutable_signed_prekey()->set_id(spk.id);
    b.mutable_signed_prekey()->set_public_key(spk.public_key);
    b.mutable_signed_prekey()->set_signature(spk.signature);
    b.clear_prekey();
  }
  // Through the relay to `to`, sealed, naming `claimed` inside.
  void send(LiveRelay& relay, const AccountId& to, const AccountId& claimed,
            const std::string& text) {
    wire::ClientFrame ask;
    ask.mutable_fetch_bundle()->set_account_id(to.bytes());
    relay.send_raw(device, ask);
    ASSERT_TRUE(device.received.back().has_bundle());
    const auto& b = device.received.back().bundle();
    ASSERT_TRUE(keys->process_bundle(to.text(), prekey_bundle_of(b)).ok());
    content::DirectContent c;
    c.set_sender_name("amira");
    c.mutable_text()->set_text(text);
    auto ct = keys->encrypt(to.text(), pad(c.SerializeAsString()));
    ASSERT_TRUE(ct.ok());
    wire::ClientFrame f;
    auto* s = f.mutable_send();
    s->set_to(to.bytes());
    s->set_message_id(crypto::random_bytes(16));
    s->set_type(wire::SEALED_MESSAGE);
    s->set_ciphertext(
        signal::seal(b.identity_key(), s->message_id(), {claimed.bytes(), *ct}).value());
    relay.send_raw(device, f);
    ASSERT_TRUE(device.received.back().has_sent());
  }
};

// Restarts `d` from its saved state as `edit` changes it, and logs it in again.
void restart_edited(LiveRelay& relay, Device& d,
                    const std::function<void(state::EngineState&)>& edit) {
  d.save();
  relay.disconnect(d);
  state::EngineState s;
  ASSERT_TRUE(s.ParseFromString(d.disk));
  edit(s);
  d.disk = s.SerializeAsString();
  auto e = Engine::restore(d.disk);
  ASSERT_TRUE(e.ok()) << e.error().message;
  d.engine = std::move(*e);
  relay.connect_and_log_in(d);
}

// With sealed sender, Bea believes the sender an envelope names only if its key is the one the
// relay registered for that account, and she keeps that key: a relay that later vouches for
// another key is not asked. A device whose state holds amira's session but not yet her
// registered key (saved by a client of protocol version 1) asks once; a lying relay then hands
// Bea a message from Mallory's key as amira's. Bea never compared the safety number with amira,
// yet she is warned and her next message to amira is refused until she verifies or accepts the
// new key. (A verified person's badge going with a changed key: the bundle test below.)
TEST_F(IdentitiesTest, AChangedKeyIsToldAndStopsTheNextMessage) {
  ASSERT_TRUE(amira.engine.send_text(id(bea), "hello", relay.clock().now_ms()).ok());
  relay.pump();
  const std::string old_mark = bea.engine.person(id(amira)).mark;
  ASSERT_EQ(old_mark, mark_of(amira));

  Impersonator mallory;
  relay.connect_and_log_in(mallory.device);
  // Once Bea holds amira's registered key, Mallory's claim is dropped and nothing changes.
  bea.events.clear();
  mallory.send(relay, id(bea), id(amira), "it's me, amira");
  relay.pump();
  EXPECT_TRUE(bea.seen<event::IdentityChanged>().empty());
  ASSERT_EQ(bea.seen<event::Undecryptable>().size(), 1u);
  EXPECT_EQ(bea.seen<event::Undecryptable>()[0].problem, Problem::sender_unproven);
  EXPECT_FALSE(bea.engine.person(id(amira)).key_changed);
  EXPECT_EQ(bea.engine.person(id(amira)).mark, old_mark);

  restart_edited(relay, bea, [](state::EngineState& s) { s.clear_identities(); });
  const std::string amira_bytes = id(amira).bytes();
  bea.rewrite = [&](wire::ServerFrame& f) {
    if (f.has_identity_key() && f.identity_key().account_id() == amira_bytes)
      f.mutable_identity_key()->set_identity_key(mallory.key());
  };
  bea.events.clear();
  mallory.send(relay, id(bea), id(amira), "it's me, amira");
  relay.pump();
  bea.rewrite = nullptr;

  auto changed = bea.seen<event::IdentityChanged>();
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(changed[0].peer, id(amira));
  const Person now = bea.engine.person(id(amira));
  EXPECT_FALSE(now.verified);
  EXPECT_TRUE(now.key_changed);
  EXPECT_NE(now.mark, old_mark);  // the mark follows the key
  EXPECT_EQ(now.mark, identity_mark(mallory.key()));

  // Bea's next message is not sent to the new key: refused, and nothing goes to the relay.
  const size_t sends_before = bea.sent.size();
  auto refused = bea.engine.send_text(id(amira), "my number is…", relay.clock().now_ms());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.failure().problem, Problem::identity_changed);
  EXPECT_EQ(refused.error().code, Errc::permission);
  relay.pump();
  for (size_t i = sends_before; i < bea.sent.size(); ++i) EXPECT_FALSE(bea.sent[i].has_send());

  // Still so after a restart.
  bea.save();
  auto restored = Engine::restore(bea.disk);
  ASSERT_TRUE(restored.ok());
  EXPECT_TRUE(restored->person(id(amira)).key_changed);
  EXPECT_FALSE(restored->person(id(amira)).verified);
  EXPECT_FALSE(restored->send_text(id(amira), "again", 1).ok());

  // Accepting the new key lets messages go, without the badge.
  ASSERT_TRUE(bea.engine.accept_key(id(amira)).ok());
  EXPECT_FALSE(bea.engine.person(id(amira)).key_changed);
  EXPECT_FALSE(bea.engine.person(id(amira)).verified);
  const size_t sends_then = bea.sent.size();
  EXPECT_TRUE(bea.engine.send_text(id(amira), "who are you?", relay.clock().now_ms()).ok());
  relay.pump();
  EXPECT_TRUE(std::any_of(bea.sent.begin() + static_cast<std::ptrdiff_t>(sends_then),
                          bea.sent.end(), [](const wire::ClientFrame& f) { return f.has_send(); }));
  // Verifying (after comparing anew) gives the badge to the new key.
  ASSERT_TRUE(bea.engine.verify(id(amira)).ok());
  EXPECT_TRUE(bea.engine.person(id(amira)).verified);
  EXPECT_FALSE(bea.engine.person(id(amira)).key_changed);
}

// Bea knows amira's key but holds no session with her any more; the relay in the middle answers
// her FetchBundle with Mallory's keys. What waited for the session fails (nothing is sealed to
// the new key), Bea is warned, and her messages stay refused until she verifies or accepts.
TEST_F(IdentitiesTest, ABundleWithAnotherKeyFailsWhatWaited) {
  ASSERT_TRUE(amira.engine.send_text(id(bea), "hello", relay.clock().now_ms()).ok());
  relay.pump();
  ASSERT_TRUE(bea.engine.verify(id(amira)).ok());
  Impersonator mallory;
  restart_edited(relay, bea, [&](state::EngineState& s) {
    auto keys = signal::Protocol::restore(s.protocol());
    ASSERT_TRUE(keys.ok());
    (*keys)->delete_session(id(amira).text());
    s.set_protocol((*keys)->serialize());
  });
  ASSERT_FALSE(bea.engine.has_session(id(amira)));
  const std::string amira_bytes = id(amira).bytes();
  bea.rewrite = [&](wire::ServerFrame& f) {
    if (f.has_bundle() && f.bundle().account_id() == amira_bytes)
      mallory.as_bundle(*f.mutable_bundle());
  };
  bea.events.clear();
  const size_t sends_before = bea.sent.size();
  auto waited = bea.engine.send_text(id(amira), "my number is…", relay.clock().now_ms());
  ASSERT_TRUE(waited.ok());  // nothing was known to be wrong before the bundle came
  relay.pump();
  bea.rewrite = nullptr;

  auto failed = bea.failures(*waited);
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].failure.problem, Problem::identity_changed);
  for (size_t i = sends_before; i < bea.sent.size(); ++i) EXPECT_FALSE(bea.sent[i].has_send());
  EXPECT_TRUE(bea.seen<event::MessageSent>().empty());
  auto changed = bea.seen<event::IdentityChanged>();
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(changed[0].peer, id(amira));
  const Person now = bea.engine.person(id(amira));
  EXPECT_FALSE(now.verified);
  EXPECT_TRUE(now.key_changed);
  EXPECT_EQ(now.mark, identity_mark(mallory.key()));
  EXPECT_FALSE(bea.engine.send_text(id(amira), "again", relay.clock().now_ms()).ok());
  ASSERT_TRUE(bea.engine.accept_key(id(amira)).ok());
  EXPECT_TRUE(bea.engine.send_text(id(amira), "who are you?", relay.clock().now_ms()).ok());
}

// Bea's session and her copy of amira's bundle both replaced by a relay in the middle with
// Mallory's: the waiting message fails and Bea is warned (the test above).
void take_a_lying_bundle(LiveRelay& relay, Device& bea, const AccountId& amira,
                         const Impersonator& mallory) {
  restart_edited(relay, bea, [&](state::EngineState& s) {
    auto keys = signal::Protocol::restore(s.protocol());
    ASSERT_TRUE(keys.ok());
    (*keys)->delete_session(amira.text());
    s.set_protocol((*keys)->serialize());
  });
  const std::string amira_bytes = amira.bytes();
  bea.rewrite = [&](wire::ServerFrame& f) {
    if (f.has_bundle() && f.bundle().account_id() == amira_bytes)
      mallory.as_bundle(*f.mutable_bundle());
  };
  auto waited = bea.engine.send_text(amira, "my number is…", relay.clock().now_ms());
  ASSERT_TRUE(waited.ok());
  relay.pump();
  bea.rewrite = nullptr;
  ASSERT_EQ(bea.failures(*waited).size(), 1u);
  ASSERT_TRUE(bea.engine.person(amira).key_changed);
}

std::vector<std::string> texts_from(const Device& d, const AccountId& from) {
  std::vector<std::string> out;
  for (const auto& m : d.seen<event::MessageReceived>()) {
    if (m.message.peer == from) out.push_back(m.message.text);
  }
  return out;
}

// The bundle's key is the one Bea accepted: the next message sealed with it is not a second
// warning (libsignal's own "identity changed" flag, set when the bundle was processed, is spent
// when the engine tells of the change itself).
TEST_F(IdentitiesTest, AnAcceptedKeyIsNotToldAgainByItsNextMessage) {
  ASSERT_TRUE(amira.engine.send_text(id(bea), "hello", relay.clock().now_ms()).ok());
  relay.pump();
  Impersonator mallory;
  relay.connect_and_log_in(mallory.device);
  take_a_lying_bundle(relay, bea, id(amira), mallory);
  ASSERT_TRUE(bea.engine.accept_key(id(amira)).ok());
  ASSERT_FALSE(bea.engine.person(id(amira)).key_changed);

  bea.events.clear();
  mallory.send(relay, id(bea), id(amira), "c'est moi");
  relay.pump();
  EXPECT_TRUE(bea.seen<event::IdentityChanged>().empty());
  EXPECT_EQ(texts_from(bea, id(amira)), std::vector<std::string>{"c'est moi"});
  EXPECT_FALSE(bea.engine.person(id(amira)).key_changed);
  EXPECT_TRUE(bea.engine.send_text(id(amira), "ok", relay.clock().now_ms()).ok());
}

// A bundle with another key does not replace the key the relay registered for amira until Bea
// accepts or verifies it: Mallory's claims are still dropped, and the real amira (her key
// verified) still reaches Bea, who gets her badge back.
TEST_F(IdentitiesTest, ABundleWithAnotherKeyLeavesTheRegisteredKeyUntilAccepted) {
  ASSERT_TRUE(amira.engine.send_text(id(bea), "hello", relay.clock().now_ms()).ok());
  relay.pump();
  ASSERT_TRUE(bea.engine.verify(id(amira)).ok());
  Impersonator mallory;
  relay.connect_and_log_in(mallory.device);
  take_a_lying_bundle(relay, bea, id(amira), mallory);

  bea.events.clear();
  mallory.send(relay, id(bea), id(amira), "c'est amira, ton numéro ?");
  relay.pump();
  EXPECT_TRUE(texts_from(bea, id(amira)).empty());
  ASSERT_EQ(bea.seen<event::Undecryptable>().size(), 1u);
  EXPECT_EQ(bea.seen<event::Undecryptable>()[0].problem, Problem::sender_unproven);

  // The real amira starts a fresh session (her device lost the old one).
  restart_edited(relay, amira, [&](state::EngineState& s) {
    auto keys = signal::Protocol::restore(s.protocol());
    ASSERT_TRUE(keys.ok());
    (*keys)->delete_session(id(bea).text());
    s.set_protocol((*keys)->serialize());
  });
  bea.events.clear();
  ASSERT_TRUE(amira.engine.send_text(id(bea), "c'est vraiment moi", relay.clock().now_ms()).ok());
  relay.pump();
  EXPECT_EQ(texts_from(bea, id(amira)), std::vector<std::string>{"c'est vraiment moi"});
  const Person now = bea.engine.person(id(amira));
  EXPECT_EQ(now.mark, mark_of(amira));
  EXPECT_TRUE(now.verified);
  EXPECT_FALSE(now.key_changed);
  const size_t sends_before = bea.sent.size();
  ASSERT_TRUE(bea.engine.send_text(id(amira), "ah, te revoilà", relay.clock().now_ms()).ok());
  relay.pump();
  EXPECT_TRUE(std::any_of(bea.sent.begin() + static_cast<std::ptrdiff_t>(sends_before),
                          bea.sent.end(), [](const wire::ClientFrame& f) { return f.has_send(); }));
}

// Both compare the same safety number and verify each other: after both restart, both still
// show "verified", and messages still flow.
TEST_F(IdentitiesTest, VerifiedSurvivesARestartOnBothSides) {
  ASSERT_TRUE(amira.engine.send_text(id(bea), "hello", relay.clock().now_ms()).ok());
  relay.pump();
  ASSERT_TRUE(bea.engine.send_text(id(amira), "hi", relay.clock().now_ms()).ok());
  relay.pump();
  // Both see the same safety number, both mark the other verified.
  auto at_bea = bea.engine.safety_number(id(amira));
  auto at_amira = amira.engine.safety_number(id(bea));
  ASSERT_TRUE(at_bea.ok() && at_amira.ok());
  EXPECT_EQ(*at_bea, *at_amira);
  ASSERT_TRUE(bea.engine.verify(id(amira)).ok());
  ASSERT_TRUE(amira.engine.verify(id(bea)).ok());
  for (Device* d : {&bea, &amira}) {
    d->save();
    relay.disconnect(*d);
    auto e = Engine::restore(d->disk);
    ASSERT_TRUE(e.ok());
    d->engine = std::move(*e);
    relay.connect_and_log_in(*d);
  }
  EXPECT_TRUE(bea.engine.person(id(amira)).verified);
  EXPECT_TRUE(amira.engine.person(id(bea)).verified);
  // And messages still flow both ways.
  ASSERT_TRUE(bea.engine.send_text(id(amira), "still you?", relay.clock().now_ms()).ok());
  relay.pump();
  EXPECT_FALSE(amira.seen<event::MessageReceived>().empty());
}

}  // namespace
}  // namespace relais::engine

#include "core/signal/protocol.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/signal/keys.h"
#include "signal_state.pb.h"

namespace relais::signal {
namespace {

std::unique_ptr<Protocol> make() {
  auto p = Protocol::create_new();
  EXPECT_TRUE(p.ok());
  return std::move(p).value();
}

PrekeyBundle bundle_of(Protocol& p, bool with_prekey = true) {
  PrekeyBundle b;
  b.registration_id = p.registration_id();
  b.identity_key = p.identity_public_key();
  b.signed_prekey = p.signed_prekey();
  if (with_prekey) {
    auto prekeys = p.generate_prekeys(1);
    EXPECT_TRUE(prekeys.ok());
    b.prekey = prekeys->front();
  }
  return b;
}

std::unique_ptr<Protocol> round_trip(const Protocol& p) {
  auto restored = Protocol::restore(p.serialize());
  EXPECT_TRUE(restored.ok()) << restored.error().message;
  return std::move(restored).value();
}

// Sends one message and checks it arrives intact.
void deliver(Protocol& from, const std::string& from_name, Protocol& to, const std::string& to_name,
             const std::string& text) {
  auto ct = from.encrypt(to_name, text);
  ASSERT_TRUE(ct.ok()) << ct.error().message;
  auto pt = to.decrypt(from_name, *ct);
  ASSERT_TRUE(pt.ok()) << pt.error().message;
  EXPECT_EQ(pt->plaintext, text);
  EXPECT_FALSE(pt->identity_changed);
}

// Alice starts a session from Bob's bundle and both have spoken once.
struct Pair : ::testing::Test {
  std::unique_ptr<Protocol> alice = make();
  std::unique_ptr<Protocol> bob = make();

  void establish() {
    ASSERT_TRUE(alice->process_bundle("bob", bundle_of(*bob)).ok());
    auto first = alice->encrypt("bob", "hello bob");
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->type, MessageType::prekey);
    auto got = bob->decrypt("alice", *first);
    ASSERT_TRUE(got.ok()) << got.error().message;
    EXPECT_EQ(got->plaintext, "hello bob");
    EXPECT_FALSE(got->identity_changed);
    deliver(*bob, "bob", *alice, "alice", "hello alice");
  }
};

TEST(Protocol, NewStateIsWellFormed) {
  auto p = make();
  EXPECT_TRUE(is_public_key(p->identity_public_key()));
  EXPECT_GE(p->registration_id(), 1u);
  EXPECT_LE(p->registration_id(), 16380u);
  SignedPrekey spk = p->signed_prekey();
  EXPECT_TRUE(is_public_key(spk.public_key));
  EXPECT_TRUE(verify(p->identity_public_key(), spk.public_key, spk.signature));
  EXPECT_EQ(p->prekeys_left(), 0u);
  EXPECT_NE(make()->identity_public_key(), p->identity_public_key());
}

TEST(Protocol, SignsWithTheIdentityKey) {
  auto p = make();
  auto sig = p->sign("login challenge");
  ASSERT_TRUE(sig.ok());
  EXPECT_TRUE(verify(p->identity_public_key(), "login challenge", *sig));
  EXPECT_FALSE(verify(p->identity_public_key(), "login challenge!", *sig));
  EXPECT_FALSE(verify(make()->identity_public_key(), "login challenge", *sig));
}

TEST(Protocol, PrekeyIdsAreNeverReused) {
  auto p = make();
  std::set<uint32_t> ids;
  auto first = p->generate_prekeys(5);
  ASSERT_TRUE(first.ok());
  for (const auto& k : *first) {
    EXPECT_TRUE(is_public_key(k.public_key));
    ids.insert(k.id);
  }
  auto restored = round_trip(*p);
  auto second = restored->generate_prekeys(5);
  ASSERT_TRUE(second.ok());
  for (const auto& k : *second) ids.insert(k.id);
  EXPECT_EQ(ids.size(), 10u);
  EXPECT_EQ(restored->prekeys_left(), 10u);
  EXPECT_EQ(restored->generate_prekeys(100000).error().code, Errc::invalid_argument);
  auto none = restored->generate_prekeys(0);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_F(Pair, EstablishesAndConversesBothWaysManyTimes) {
  establish();
  EXPECT_TRUE(alice->has_session("bob"));
  EXPECT_TRUE(bob->has_session("alice"));
  EXPECT_EQ(bob->prekeys_left(), 0u);  // the one-time prekey was consumed
  EXPECT_EQ(alice->peer_identity("bob"), bob->identity_public_key());
  EXPECT_EQ(bob->peer_identity("alice"), alice->identity_public_key());
  for (int round = 0; round < 40; ++round) {
    // Uneven bursts so that both chains advance and the ratchet turns over many times.
    for (int i = 0; i <= round % 3; ++i)
      deliver(*alice, "alice", *bob, "bob", "a" + std::to_string(round * 10 + i));
    for (int i = 0; i <= round % 2; ++i)
      deliver(*bob, "bob", *alice, "alice", "b" + std::to_string(round * 10 + i));
  }
  auto later = alice->encrypt("bob", "signal type now");
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(later->type, MessageType::signal);
}

TEST_F(Pair, WorksWithoutAOneTimePrekey) {
  ASSERT_TRUE(alice->process_bundle("bob", bundle_of(*bob, false)).ok());
  auto ct = alice->encrypt("bob", "no prekey left on the relay");
  ASSERT_TRUE(ct.ok());
  auto pt = bob->decrypt("alice", *ct);
  ASSERT_TRUE(pt.ok()) << pt.error().message;
  EXPECT_EQ(pt->plaintext, "no prekey left on the relay");
  deliver(*bob, "bob", *alice, "alice", "fine");
}

TEST_F(Pair, EmptyAndLargePlaintexts) {
  establish();
  deliver(*alice, "alice", *bob, "bob", "");
  deliver(*bob, "bob", *alice, "alice", std::string(size_t{64} * 1024, 'z'));
}

TEST_F(Pair, DecryptsOutOfOrderDelivery) {
  establish();
  std::vector<Ciphertext> sent;
  for (int i = 0; i < 6; ++i) {
    auto ct = alice->encrypt("bob", "m" + std::to_string(i));
    ASSERT_TRUE(ct.ok());
    sent.push_back(*ct);
  }
  for (int i : {3, 1, 5, 0, 4, 2}) {
    auto pt = bob->decrypt("alice", sent[static_cast<size_t>(i)]);
    ASSERT_TRUE(pt.ok()) << "message " << i << ": " << pt.error().message;
    EXPECT_EQ(pt->plaintext, "m" + std::to_string(i));
  }
  // A message from before a ratchet turn, delivered after it.
  auto old = alice->encrypt("bob", "late");
  ASSERT_TRUE(old.ok());
  deliver(*bob, "bob", *alice, "alice", "turn");
  deliver(*alice, "alice", *bob, "bob", "after turn");
  auto pt = bob->decrypt("alice", *old);
  ASSERT_TRUE(pt.ok()) << pt.error().message;
  EXPECT_EQ(pt->plaintext, "late");
}

TEST_F(Pair, DuplicateIsAlreadyExists) {
  ASSERT_TRUE(alice->process_bundle("bob", bundle_of(*bob)).ok());
  auto first = alice->encrypt("bob", "once");
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(bob->decrypt("alice", *first).ok());
  // A replayed prekey message: rejected, and Bob still knows Alice's identity afterwards.
  auto again = bob->decrypt("alice", *first);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, Errc::already_exists);
  EXPECT_EQ(bob->peer_identity("alice"), alice->identity_public_key());

  deliver(*bob, "bob", *alice, "alice", "reply");
  auto ct = alice->encrypt("bob", "twice");
  ASSERT_TRUE(ct.ok());
  ASSERT_EQ(ct->type, MessageType::signal);
  ASSERT_TRUE(bob->decrypt("alice", *ct).ok());
  auto dup = bob->decrypt("alice", *ct);
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, Errc::already_exists);
}

TEST_F(Pair, StateSurvivesSerializeRestoreOnBothSides) {
  establish();
  for (int i = 0; i < 5; ++i) deliver(*alice, "alice", *bob, "bob", "before " + std::to_string(i));
  // In flight while both sides are saved and reloaded.
  auto in_flight = alice->encrypt("bob", "in flight");
  ASSERT_TRUE(in_flight.ok());
  auto skipped = alice->encrypt("bob", "skipped for now");
  ASSERT_TRUE(skipped.ok());

  alice = round_trip(*alice);
  bob = round_trip(*bob);

  auto pt = bob->decrypt("alice", *in_flight);
  ASSERT_TRUE(pt.ok()) << pt.error().message;
  EXPECT_EQ(pt->plaintext, "in flight");
  // A second reload in the middle, with a skipped message key that must be kept.
  auto third = alice->encrypt("bob", "third");
  ASSERT_TRUE(third.ok());
  ASSERT_TRUE(bob->decrypt("alice", *third).ok());
  bob = round_trip(*bob);
  pt = bob->decrypt("alice", *skipped);
  ASSERT_TRUE(pt.ok()) << pt.error().message;
  EXPECT_EQ(pt->plaintext, "skipped for now");
  // Restored state still rejects the replay.
  EXPECT_EQ(bob->decrypt("alice", *in_flight).error().code, Errc::already_exists);

  for (int i = 0; i < 10; ++i) {
    deliver(*bob, "bob", *alice, "alice", "after " + std::to_string(i));
    deliver(*alice, "alice", *bob, "bob", "after " + std::to_string(i));
  }
  EXPECT_EQ(alice->identity_public_key(), round_trip(*alice)->identity_public_key());
  EXPECT_EQ(alice->registration_id(), round_trip(*alice)->registration_id());
  EXPECT_EQ(alice->signed_prekey().public_key, round_trip(*alice)->signed_prekey().public_key);
}

TEST_F(Pair, GarbageAndTruncatedCiphertextFailWithoutHarm) {
  establish();
  auto good = alice->encrypt("bob", "the real one");
  ASSERT_TRUE(good.ok());
  const std::string& bytes = good->bytes;

  auto expect_rejected = [&](const Ciphertext& ct) {
    auto r = bob->decrypt("alice", ct);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().code == Errc::corrupt || r.error().code == Errc::crypto ||
                r.error().code == Errc::not_found)
        << errc_name(r.error().code);
  };
  for (size_t n = 0; n < bytes.size(); ++n)
    expect_rejected({MessageType::signal, bytes.substr(0, n)});
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string flipped = bytes;
    flipped[i] = static_cast<char>(flipped[i] ^ 0x20);
    expect_rejected({MessageType::signal, flipped});
  }
  expect_rejected({MessageType::signal, std::string(200, '\x33')});
  expect_rejected({MessageType::signal, std::string(1 << 20, '\x33')});  // oversize
  expect_rejected({MessageType::prekey, std::string(1 << 20, '\x33')});
  expect_rejected({MessageType::prekey, bytes});  // right bytes, wrong type
  expect_rejected({MessageType::prekey, std::string(1, '\x33')});
  expect_rejected({MessageType::prekey, ""});

  // None of that disturbed the session.
  auto pt = bob->decrypt("alice", *good);
  ASSERT_TRUE(pt.ok()) << pt.error().message;
  EXPECT_EQ(pt->plaintext, "the real one");
  EXPECT_EQ(bob->peer_identity("alice"), alice->identity_public_key());
}

TEST_F(Pair, MangledPrekeyMessagesFailWithoutHarm) {
  ASSERT_TRUE(alice->process_bundle("bob", bundle_of(*bob)).ok());
  auto good = alice->encrypt("bob", "first contact");
  ASSERT_TRUE(good.ok());
  ASSERT_EQ(good->type, MessageType::prekey);
  const std::string bob_before = bob->serialize();
  // Each attempt on a fresh copy of Bob, so that one cannot mask another. Some bytes of the
  // outer prekey message are not authenticated (e.g. the low version nibble, the registration
  // id): changing them may still decrypt, but only ever to the genuine plaintext.
  auto attempt = [&](const std::string& bytes, const std::string& what) {
    auto fresh = Protocol::restore(bob_before);
    ASSERT_TRUE(fresh.ok());
    auto r = (*fresh)->decrypt("alice", {MessageType::prekey, bytes});
    if (r.ok()) {
      EXPECT_EQ(r->plaintext, "first contact") << what;
    } else {
      EXPECT_FALSE((*fresh)->peer_identity("alice").has_value())
          << what << ": learned from a failed message";
      EXPECT_EQ((*fresh)->prekeys_left(), bob->prekeys_left())
          << what << ": prekey consumed by a failed message";
    }
  };
  for (size_t n = 0; n < good->bytes.size(); n += 3)
    attempt(good->bytes.substr(0, n), "prefix " + std::to_string(n));
  for (size_t i = 0; i < good->bytes.size(); i += 2) {
    std::string flipped = good->bytes;
    flipped[i] = static_cast<char>(flipped[i] ^ 0x01);
    attempt(flipped, "flip at " + std::to_string(i));
  }
  auto pt = bob->decrypt("alice", *good);
  ASSERT_TRUE(pt.ok()) << pt.error().message;
  EXPECT_EQ(pt->plaintext, "first contact");
}

TEST_F(Pair, SignalMessageWithoutSessionIsNotFound) {
  establish();
  auto ct = alice->encrypt("bob", "x");
  ASSERT_TRUE(ct.ok());
  auto stranger = make();
  auto r = stranger->decrypt("alice", *ct);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, Errc::not_found);
  EXPECT_EQ(stranger->encrypt("alice", "x").error().code, Errc::not_found);

  bob->delete_session("alice");
  EXPECT_FALSE(bob->has_session("alice"));
  EXPECT_EQ(bob->decrypt("alice", *ct).error().code, Errc::not_found);
}

TEST_F(Pair, PrekeyMessageForAConsumedPrekeyIsRejected) {
  PrekeyBundle b = bundle_of(*bob);
  ASSERT_TRUE(alice->process_bundle("bob", b).ok());
  auto ct = alice->encrypt("bob", "x");
  ASSERT_TRUE(ct.ok());
  // A second initiator used the same one-time prekey (the relay handed it out twice).
  auto carol = make();
  ASSERT_TRUE(carol->process_bundle("bob", b).ok());
  auto from_carol = carol->encrypt("bob", "y");
  ASSERT_TRUE(from_carol.ok());
  ASSERT_TRUE(bob->decrypt("alice", *ct).ok());
  auto r = bob->decrypt("carol", *from_carol);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, Errc::not_found);
}

TEST_F(Pair, BundleWithBadSignatureIsRejected) {
  PrekeyBundle b = bundle_of(*bob);
  b.signed_prekey.signature[5] = static_cast<char>(b.signed_prekey.signature[5] ^ 0x01);
  Status s = alice->process_bundle("bob", b);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, Errc::crypto);
  EXPECT_FALSE(alice->has_session("bob"));
  EXPECT_FALSE(alice->peer_identity("bob").has_value());

  // A signed prekey signed by someone else's identity.
  PrekeyBundle swapped = bundle_of(*bob);
  swapped.identity_key = make()->identity_public_key();
  EXPECT_EQ(alice->process_bundle("bob", swapped).error().code, Errc::crypto);
  PrekeyBundle short_sig = bundle_of(*bob);
  short_sig.signed_prekey.signature.resize(10);
  EXPECT_EQ(alice->process_bundle("bob", short_sig).error().code, Errc::crypto);
  EXPECT_FALSE(alice->has_session("bob"));
}

TEST_F(Pair, BundleWithMalformedKeysIsInvalidArgument) {
  PrekeyBundle bad_identity = bundle_of(*bob);
  bad_identity.identity_key = bad_identity.identity_key.substr(1);
  EXPECT_EQ(alice->process_bundle("bob", bad_identity).error().code, Errc::invalid_argument);
  PrekeyBundle bad_signed = bundle_of(*bob);
  bad_signed.signed_prekey.public_key[0] = 0x07;
  EXPECT_EQ(alice->process_bundle("bob", bad_signed).error().code, Errc::invalid_argument);
  PrekeyBundle bad_prekey = bundle_of(*bob);
  bad_prekey.prekey->public_key = "short";
  EXPECT_EQ(alice->process_bundle("bob", bad_prekey).error().code, Errc::invalid_argument);
  EXPECT_FALSE(alice->has_session("bob"));
}

TEST_F(Pair, RotatedSignedPrekeyStillAcceptsOldBundle) {
  PrekeyBundle old_bundle = bundle_of(*bob);
  auto rotated = bob->rotate_signed_prekey();
  ASSERT_TRUE(rotated.ok());
  EXPECT_NE(rotated->id, old_bundle.signed_prekey.id);
  EXPECT_EQ(bob->signed_prekey().id, rotated->id);
  EXPECT_TRUE(verify(bob->identity_public_key(), rotated->public_key, rotated->signature));
  bob = round_trip(*bob);
  ASSERT_TRUE(alice->process_bundle("bob", old_bundle).ok());
  auto ct = alice->encrypt("bob", "from an old bundle");
  ASSERT_TRUE(ct.ok());
  auto pt = bob->decrypt("alice", *ct);
  ASSERT_TRUE(pt.ok()) << pt.error().message;
  // Far older signed prekeys are dropped eventually.
  PrekeyBundle ancient = bundle_of(*bob, false);
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(bob->rotate_signed_prekey().ok());
  auto carol = make();
  ASSERT_TRUE(carol->process_bundle("bob", ancient).ok());
  auto too_old = carol->encrypt("bob", "x");
  ASSERT_TRUE(too_old.ok());
  EXPECT_EQ(bob->decrypt("carol", *too_old).error().code, Errc::not_found);
}

TEST_F(Pair, ReinstalledPeerGetsNewSessionAndChangeIsReported) {
  establish();
  const std::string old_bob_key = bob->identity_public_key();

  // Bob re-installs: new identity, and he starts the new session himself.
  bob = make();
  ASSERT_TRUE(bob->process_bundle("alice", bundle_of(*alice)).ok());
  auto hello = bob->encrypt("alice", "it's me, new phone");
  ASSERT_TRUE(hello.ok());
  auto pt = alice->decrypt("bob", *hello);
  ASSERT_TRUE(pt.ok()) << pt.error().message;
  EXPECT_EQ(pt->plaintext, "it's me, new phone");
  EXPECT_TRUE(pt->identity_changed);
  EXPECT_EQ(alice->peer_identity("bob"), bob->identity_public_key());
  EXPECT_NE(alice->peer_identity("bob"), old_bob_key);
  // Reported once, then the conversation goes on normally.
  deliver(*alice, "alice", *bob, "bob", "welcome back");
  deliver(*bob, "bob", *alice, "alice", "thanks");

  // Re-installs again; this time Alice learns the new key from his bundle, and the change is
  // reported with the first message she receives from him.
  bob = make();
  ASSERT_TRUE(alice->process_bundle("bob", bundle_of(*bob)).ok());
  alice = round_trip(*alice);  // the unreported change survives a reload
  auto ct = alice->encrypt("bob", "are you there?");
  ASSERT_TRUE(ct.ok());
  auto at_bob = bob->decrypt("alice", *ct);
  ASSERT_TRUE(at_bob.ok()) << at_bob.error().message;
  EXPECT_FALSE(at_bob->identity_changed);  // Bob never knew Alice before
  auto reply = bob->encrypt("alice", "yes");
  ASSERT_TRUE(reply.ok());
  auto at_alice = alice->decrypt("bob", *reply);
  ASSERT_TRUE(at_alice.ok()) << at_alice.error().message;
  EXPECT_TRUE(at_alice->identity_changed);
  deliver(*bob, "bob", *alice, "alice", "still me");
}

TEST_F(Pair, FailedPrekeyMessageDoesNotReplaceAKnownIdentity) {
  establish();
  const std::string known = bob->identity_public_key();
  auto impostor = make();
  ASSERT_TRUE(impostor->process_bundle("alice", bundle_of(*alice)).ok());
  auto ct = impostor->encrypt("alice", "trust me");
  ASSERT_TRUE(ct.ok());
  ASSERT_EQ(ct->type, MessageType::prekey);
  // Every single-byte corruption, each on a fresh copy of Alice: whichever step of libsignal
  // rejects it (after the identity was already saved, for a corrupted MAC), Bob's key stays.
  const std::string alice_before = alice->serialize();
  int rejected = 0;
  for (size_t i = 0; i < ct->bytes.size(); ++i) {
    std::string broken = ct->bytes;
    broken[i] = static_cast<char>(broken[i] ^ 0x01);
    auto fresh = Protocol::restore(alice_before);
    ASSERT_TRUE(fresh.ok());
    if ((*fresh)->decrypt("bob", {MessageType::prekey, broken}).ok())
      continue;  // unauthenticated byte
    ++rejected;
    EXPECT_EQ((*fresh)->peer_identity("bob"), known) << "flip at " << i;
  }
  EXPECT_GT(rejected, 0);
  deliver(*alice, "alice", *bob, "bob", "still talking to the real bob");
  deliver(*bob, "bob", *alice, "alice", "yes");  // and no identity change is reported
}

TEST_F(Pair, SafetyNumbersMatchAcrossAndChangeWithTheKey) {
  establish();
  // Each side's own id must be the name the other side uses for it (the engine: account ids).
  auto at_alice = alice->safety_number("alice", "bob");
  auto at_bob = bob->safety_number("bob", "alice");
  ASSERT_TRUE(at_alice.ok()) << at_alice.error().message;
  ASSERT_TRUE(at_bob.ok()) << at_bob.error().message;
  EXPECT_EQ(*at_alice, *at_bob);
  EXPECT_EQ(at_alice->size(), 60u);
  EXPECT_TRUE(
      std::all_of(at_alice->begin(), at_alice->end(), [](char c) { return c >= '0' && c <= '9'; }));

  // Bob with a different key: a different number.
  bob = make();
  ASSERT_TRUE(alice->process_bundle("bob", bundle_of(*bob)).ok());
  auto changed = alice->safety_number("alice", "bob");
  ASSERT_TRUE(changed.ok());
  EXPECT_NE(*changed, *at_alice);

  // A mismatched own id gives a number the other side will not see.
  auto misnamed = alice->safety_number("alice-account", "bob");
  ASSERT_TRUE(misnamed.ok());
  EXPECT_NE(*misnamed, *changed);
  EXPECT_EQ(alice->safety_number("alice", "nobody").error().code, Errc::not_found);
  EXPECT_EQ(alice->safety_number(std::string("a\0b", 3), "bob").error().code,
            Errc::invalid_argument);
}

TEST(ProtocolState, RestoreRejectsGarbage) {
  EXPECT_EQ(Protocol::restore("").error().code, Errc::corrupt);
  EXPECT_EQ(Protocol::restore("not a protobuf at all \xff\xff\xff").error().code, Errc::corrupt);
  EXPECT_EQ(Protocol::restore(std::string(100, '\0')).error().code, Errc::corrupt);
}

TEST(ProtocolState, TruncatedOrMangledStateNeverCrashes) {
  auto alice = make();
  auto bob = make();
  ASSERT_TRUE(alice->process_bundle("bob", bundle_of(*bob)).ok());
  ASSERT_TRUE(alice->generate_prekeys(3).ok());
  ASSERT_TRUE(alice->own_distribution("room", "alice").ok());
  const std::string blob = alice->serialize();
  // Cut inside the identity or signed prekey fields: always refused.
  for (size_t n = 0; n < 80; ++n) EXPECT_FALSE(Protocol::restore(blob.substr(0, n)).ok()) << n;
  // Anywhere else: refused, or accepted as a consistent (smaller) state.
  for (size_t n = 80; n < blob.size(); n += 7) (void)Protocol::restore(blob.substr(0, n));
  // Mangled bytes: a state that still restores must fail cleanly or work when used.
  for (size_t i = 0; i < blob.size(); i += 5) {
    std::string mangled = blob;
    mangled[i] = static_cast<char>(mangled[i] ^ 0x5a);
    auto restored = Protocol::restore(mangled);
    if (!restored.ok()) continue;
    Protocol& p = **restored;
    (void)p.encrypt("bob", "x");
    (void)p.group_encrypt("room", "alice", "x");
    (void)p.own_distribution("room", "alice");
    (void)p.generate_prekeys(1);
    (void)p.serialize();
  }
}

TEST(ProtocolState, RestoreChecksTheIdentityAndVersion) {
  auto alice = make();
  signal_state::ProtocolState state;
  ASSERT_TRUE(state.ParseFromString(alice->serialize()));

  signal_state::ProtocolState other_private = state;
  other_private.set_identity_private(generate_key_pair().private_key);
  EXPECT_EQ(Protocol::restore(other_private.SerializeAsString()).error().code, Errc::corrupt);

  signal_state::ProtocolState future = state;
  future.set_version(state.version() + 1);
  EXPECT_EQ(Protocol::restore(future.SerializeAsString()).error().code, Errc::corrupt);

  signal_state::ProtocolState no_signed_prekey = state;
  no_signed_prekey.clear_signed_prekeys();
  EXPECT_EQ(Protocol::restore(no_signed_prekey.SerializeAsString()).error().code, Errc::corrupt);

  signal_state::ProtocolState reused_ids = state;
  auto* stale = reused_ids.add_prekeys();
  stale->set_id(state.next_prekey_id());  // a stored key the counter would hand out again
  stale->set_record("x");
  EXPECT_EQ(Protocol::restore(reused_ids.SerializeAsString()).error().code, Errc::corrupt);

  signal_state::ProtocolState bad_signed_prekey = state;
  bad_signed_prekey.mutable_signed_prekeys(0)->set_record("junk");
  EXPECT_EQ(Protocol::restore(bad_signed_prekey.SerializeAsString()).error().code, Errc::corrupt);

  EXPECT_TRUE(Protocol::restore(state.SerializeAsString()).ok());
}

}  // namespace
}  // namespace relais::signal

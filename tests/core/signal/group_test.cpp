// Sender Keys for rooms, with three real members.
#include <gtest/gtest.h>

#include "core/signal/protocol.h"

namespace relais::signal {
namespace {

constexpr const char* kRoom = "brussels";

struct Member {
  std::string name;
  std::unique_ptr<Protocol> p;
};

Member make(std::string name) {
  auto p = Protocol::create_new();
  EXPECT_TRUE(p.ok());
  return {std::move(name), std::move(p).value()};
}

struct Room : ::testing::Test {
  Member alice = make("alice");
  Member bob = make("bob");
  Member carol = make("carol");

  // Every member hands its distribution to every other (in the engine: over 1:1 sessions).
  void distribute_all() {
    for (Member* from : {&alice, &bob, &carol}) {
      auto d = from->p->own_distribution(kRoom, from->name);
      ASSERT_TRUE(d.ok()) << d.error().message;
      for (Member* to : {&alice, &bob, &carol}) {
        if (to == from) continue;
        ASSERT_TRUE(to->p->process_distribution(kRoom, from->name, *d).ok());
      }
    }
  }

  std::string send(Member& from, const std::string& text) {
    auto ct = from.p->group_encrypt(kRoom, from.name, text);
    EXPECT_TRUE(ct.ok()) << ct.error().message;
    return ct.ok() ? *ct : std::string();
  }

  void expect_reads(Member& reader, const Member& sender, const std::string& ct,
                    const std::string& text) {
    auto pt = reader.p->group_decrypt(kRoom, sender.name, ct);
    ASSERT_TRUE(pt.ok()) << reader.name << " reading " << sender.name << ": " << pt.error().message;
    EXPECT_EQ(*pt, text);
  }
};

TEST_F(Room, EveryMemberReadsEveryOther) {
  distribute_all();
  for (int round = 0; round < 5; ++round) {
    for (Member* from : {&alice, &bob, &carol}) {
      const std::string text = from->name + " says " + std::to_string(round);
      const std::string ct = send(*from, text);
      for (Member* to : {&alice, &bob, &carol}) {
        if (to != from) expect_reads(*to, *from, ct, text);
      }
    }
  }
}

TEST_F(Room, DistributionIsStableUntilRotation) {
  auto first = alice.p->own_distribution(kRoom, "alice");
  auto second = alice.p->own_distribution(kRoom, "alice");
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(second.ok());
  ASSERT_TRUE(bob.p->process_distribution(kRoom, "alice", *first).ok());
  // Re-sending the distribution (e.g. to a new member) keeps one chain.
  expect_reads(bob, alice, send(alice, "one"), "one");
  ASSERT_TRUE(
      carol.p->process_distribution(kRoom, "alice", *alice.p->own_distribution(kRoom, "alice"))
          .ok());
  const std::string ct = send(alice, "two");
  expect_reads(bob, alice, ct, "two");
  expect_reads(carol, alice, ct, "two");
}

TEST_F(Room, OutOfOrderAndDuplicate) {
  distribute_all();
  std::vector<std::string> sent;
  sent.reserve(5);
  for (int i = 0; i < 5; ++i) sent.push_back(send(alice, "m" + std::to_string(i)));
  for (int i : {4, 0, 2, 1, 3})
    expect_reads(bob, alice, sent[static_cast<size_t>(i)], "m" + std::to_string(i));
  auto dup = bob.p->group_decrypt(kRoom, "alice", sent[2]);
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, Errc::already_exists);
}

TEST_F(Room, NoSenderKeyIsNotFound) {
  auto d = alice.p->own_distribution(kRoom, "alice");
  ASSERT_TRUE(d.ok());
  ASSERT_TRUE(bob.p->process_distribution(kRoom, "alice", *d).ok());
  const std::string ct = send(alice, "hello");
  auto r = carol.p->group_decrypt(kRoom, "alice", ct);  // carol never got the distribution
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, Errc::not_found);
  // The key is per room and per sender.
  EXPECT_EQ(bob.p->group_decrypt("antwerp", "alice", ct).error().code, Errc::not_found);
  EXPECT_EQ(bob.p->group_decrypt(kRoom, "carol", ct).error().code, Errc::not_found);
  // And one cannot send before making one's own key.
  EXPECT_EQ(carol.p->group_encrypt(kRoom, "carol", "x").error().code, Errc::not_found);
}

TEST_F(Room, RotationLocksOutWhoeverMissedTheNewDistribution) {
  distribute_all();
  const std::string before = send(alice, "before rotation");
  expect_reads(bob, alice, before, "before rotation");

  // Carol is removed from the room: Alice rotates and tells only Bob.
  alice.p->rotate_own_sender_key(kRoom, "alice");
  EXPECT_EQ(alice.p->group_encrypt(kRoom, "alice", "x").error().code, Errc::not_found);
  auto fresh = alice.p->own_distribution(kRoom, "alice");
  ASSERT_TRUE(fresh.ok());
  ASSERT_TRUE(bob.p->process_distribution(kRoom, "alice", *fresh).ok());

  const std::string after = send(alice, "after rotation");
  expect_reads(bob, alice, after, "after rotation");
  auto locked_out = carol.p->group_decrypt(kRoom, "alice", after);
  ASSERT_FALSE(locked_out.ok());
  EXPECT_TRUE(locked_out.error().code == Errc::not_found || locked_out.error().code == Errc::crypto)
      << errc_name(locked_out.error().code);
  // What Carol received before the removal she can still read.
  expect_reads(carol, alice, before, "before rotation");
  // Bob can still read a late message from the old chain too.
  alice.p = Protocol::restore(alice.p->serialize()).value();
  expect_reads(bob, alice, send(alice, "still fine after reload"), "still fine after reload");
}

TEST_F(Room, SenderKeysSurviveSerializeRestore) {
  distribute_all();
  expect_reads(bob, alice, send(alice, "one"), "one");
  alice.p = Protocol::restore(alice.p->serialize()).value();
  bob.p = Protocol::restore(bob.p->serialize()).value();
  expect_reads(bob, alice, send(alice, "two"), "two");
  expect_reads(alice, bob, send(bob, "three"), "three");
}

TEST_F(Room, GarbageFailsWithoutHarm) {
  distribute_all();
  const std::string ct = send(alice, "genuine");
  auto rejected = [&](std::string_view bytes) {
    auto r = bob.p->group_decrypt(kRoom, "alice", bytes);
    return !r.ok() && (r.error().code == Errc::corrupt || r.error().code == Errc::crypto ||
                       r.error().code == Errc::not_found);
  };
  for (size_t n = 0; n < ct.size(); ++n) EXPECT_TRUE(rejected(ct.substr(0, n))) << "prefix " << n;
  for (size_t i = 0; i < ct.size(); ++i) {
    std::string flipped = ct;
    flipped[i] = static_cast<char>(flipped[i] ^ 0x04);
    EXPECT_TRUE(rejected(flipped)) << "flip at " << i;
  }
  EXPECT_TRUE(rejected(std::string(100, 'x')));
  EXPECT_TRUE(rejected(std::string(1 << 20, 'x')));  // oversize
  expect_reads(bob, alice, ct, "genuine");

  auto d = carol.p->own_distribution(kRoom, "carol");
  ASSERT_TRUE(d.ok());
  for (size_t n = 0; n < d->size(); ++n) {
    Status s = bob.p->process_distribution("other", "carol", d->substr(0, n));
    EXPECT_FALSE(s.ok()) << "prefix " << n;
  }
  EXPECT_EQ(bob.p->process_distribution(kRoom, "carol", "garbage").error().code, Errc::corrupt);
}

TEST_F(Room, ForgedSignatureIsRejected) {
  distribute_all();
  // Mallory has Alice's distribution (she is a member) and signs with her own key under
  // Alice's key id: the signature check must catch it.
  const std::string ct = send(alice, "genuine");
  std::string forged = ct;
  forged[forged.size() - 1] =
      static_cast<char>(forged[forged.size() - 1] ^ 0x01);  // last byte: signature
  auto r = bob.p->group_decrypt(kRoom, "alice", forged);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().code, Errc::not_found);
  expect_reads(bob, alice, ct, "genuine");
}

// docs/protocol.md ("How rooms are encrypted") names the format: libsignal's sender-key
// messages of version 3, whose first byte is (3 << 4) | 3.
TEST_F(Room, DistributionsAndMessagesAreSenderKeyVersion3) {
  auto d = alice.p->own_distribution(kRoom, alice.name);
  ASSERT_TRUE(d.ok());
  ASSERT_FALSE(d->empty());
  EXPECT_EQ(static_cast<uint8_t>((*d)[0]), 0x33);
  auto ct = alice.p->group_encrypt(kRoom, alice.name, "hello");
  ASSERT_TRUE(ct.ok());
  ASSERT_GT(ct->size(), 64u);
  EXPECT_EQ(static_cast<uint8_t>((*ct)[0]), 0x33);
}

}  // namespace
}  // namespace relais::signal

// People in the engine: two members who both call themselves "amira" get different marks; a
// name that reads like a contact's or a verified person's is flagged; a person is named by id,
// "name#mark" or a name (ambiguous, unknown); verification and a changed identity key.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/engine/engine.h"
#include "core/engine/marks.h"
#include "state.pb.h"
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

std::vector<AccountId> ids_of(const std::vector<Person>& people) {
  std::vector<AccountId> out;
  for (const auto& p : people) out.push_back(p.id);
  std::sort(out.begin(), out.end());
  return out;
}

class IdentitiesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    relay.add_room("liege");
    for (Device* d : {&bea, &amira, &impostor}) {
      relay.connect(*d);
      relay.pump();
      ASSERT_TRUE(d->engine.registered());
    }
    for (Device* d : {&bea, &amira, &impostor}) {
      d->engine.join_room("liege");
      relay.pump();
    }
    for (Device* d : {&amira, &impostor}) {
      ASSERT_TRUE(d->engine.say("liege", "C'est amira", d->clock_ms).ok());
      relay.pump();
    }
  }
  AccountId id(const Device& d) const { return d.engine.account_id(); }
  std::string mark_of(const Device& d) const { return d.engine.person(id(d)).mark; }

  TestRelay relay;
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
  auto restored = Engine::restore(bea.engine.serialize());
  ASSERT_TRUE(restored.ok());
  EXPECT_TRUE(restored->person(id(amira)).verified);
  EXPECT_EQ(restored->person(id(impostor)).looks_like, id(amira));
  ASSERT_TRUE(bea.engine.unverify(id(amira)).ok());
  EXPECT_FALSE(bea.engine.person(id(amira)).verified);
  EXPECT_TRUE(bea.engine.person(id(impostor)).looks_like.empty());
}

TEST_F(IdentitiesTest, NoSafetyNumberNoVerification) {
  Device stranger = new_device("stranger");
  relay.connect(stranger);
  relay.pump();
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
  relay.connect(stranger);
  relay.pump();
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
  auto restored = Engine::restore(bea.engine.serialize());
  ASSERT_TRUE(restored.ok());
  EXPECT_EQ(restored->person(id(stranger)).mark, mark_of(stranger));
}

// The relay hands amira's account to someone else's key (a relay in the middle): her next
// message comes with another identity key. Bea is warned, and the badge is gone.
TEST_F(IdentitiesTest, AChangedKeyIsToldAndTakesTheBadgeAway) {
  ASSERT_TRUE(amira.engine.send_text(id(bea), "hello", amira.clock_ms).ok());
  relay.pump();
  ASSERT_TRUE(bea.engine.verify(id(amira)).ok());
  const std::string old_mark = bea.engine.person(id(amira)).mark;

  // Mallory's device, made to log in as amira's account, which the relay now says has her key.
  Device mallory = new_device("amira");
  relay.connect(mallory);
  relay.pump();
  const AccountId mallory_id = mallory.engine.account_id();
  relay.disconnect(mallory);
  relay.disconnect(amira);
  auto& accounts = relay.accounts;
  accounts[id(amira)].identity_key = accounts[mallory_id].identity_key;
  accounts[id(amira)].signed_prekey = accounts[mallory_id].signed_prekey;
  accounts[id(amira)].prekeys = accounts[mallory_id].prekeys;
  state::EngineState s;
  ASSERT_TRUE(s.ParseFromString(mallory.engine.serialize()));
  s.set_account_id(id(amira).bytes());
  auto as_amira = Engine::restore(s.SerializeAsString());
  ASSERT_TRUE(as_amira.ok());
  Device fake(std::move(*as_amira));
  relay.connect(fake);
  relay.pump();
  ASSERT_TRUE(fake.engine.send_text(id(bea), "it's me, amira", fake.clock_ms).ok());
  relay.pump();

  auto changed = bea.seen<event::IdentityChanged>();
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(changed[0].peer, id(amira));
  const Person now = bea.engine.person(id(amira));
  EXPECT_FALSE(now.verified);
  EXPECT_TRUE(now.key_changed);
  EXPECT_NE(now.mark, old_mark);  // the mark follows the key
  // Still so after a restart; verifying again (after comparing anew) clears it.
  auto restored = Engine::restore(bea.engine.serialize());
  ASSERT_TRUE(restored.ok());
  EXPECT_TRUE(restored->person(id(amira)).key_changed);
  ASSERT_TRUE(bea.engine.verify(id(amira)).ok());
  EXPECT_TRUE(bea.engine.person(id(amira)).verified);
  EXPECT_FALSE(bea.engine.person(id(amira)).key_changed);
}

}  // namespace
}  // namespace relais::engine

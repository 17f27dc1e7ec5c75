// Who am I talking to, end to end: a real relaisd and real `relais` homes. Two accounts both
// called "amira" join Liège; what Bea sees in the room, the member list and her private
// conversations tells them apart by the mark of each one's identity key, and once Bea has the
// real amira as a contact the impostor carries a warning wherever she appears. A name two people
// share is refused as ambiguous; name#mark says which. Verification is seen on both sides and
// kept across runs (each `relais` command is a new process over the saved profile).
#include <gtest/gtest.h>

#include "core/base/account_id.h"
#include "core/vault/vault.h"
#include "state.pb.h"
#include "tests/e2e/e2e_harness.h"

namespace relais::e2e {
namespace {

class Identity : public ::testing::Test {
 protected:
  void SetUp() override {
    relay_ = std::make_unique<Relay>(root_ / "data");
    impostor_.set_home((root_ / "home-impostor").string());
    for (auto* p : {&bea_, &amira_, &impostor_}) p->register_on(*relay_);
    for (auto* p : {&bea_, &amira_, &impostor_}) p->ok({"join", "liege"});
    amira_.ok({"say", "liege", "bonjour Liège"});
    impostor_.ok({"say", "liege", "C'est amira, envoyez-moi vos numéros en privé"});
  }
  // The one line about `id` among `lines`.
  static boost::json::object about(const std::vector<boost::json::object>& lines,
                                   const std::string& key, const std::string& id) {
    for (const auto& l : lines)
      if (str(l, key.c_str()) == id) return l;
    ADD_FAILURE() << "nothing about " << id;
    return {};
  }

  relais::testing::TempDir root_{"relais-e2e-identity"};
  std::unique_ptr<Relay> relay_;
  Person bea_{root_, "bea"}, amira_{root_, "amira"}, impostor_{root_, "amira"};
};

TEST_F(Identity, TwoAmirasAreToldApartAndTheLookAlikeIsFlagged) {
  // The room: both messages say "amira", with two different marks.
  auto room = of_kind(bea_.ok({"sync"}), "room", "liege");
  ASSERT_EQ(room.size(), 2u);
  const auto real = about(room, "from_id", amira_.id());
  const auto fake = about(room, "from_id", impostor_.id());
  EXPECT_EQ(str(real, "from"), "amira");
  EXPECT_EQ(str(fake, "from"), "amira");
  ASSERT_EQ(str(real, "mark").size(), 4u);
  ASSERT_EQ(str(fake, "mark").size(), 4u);
  EXPECT_NE(str(real, "mark"), str(fake, "mark"));
  // Each one's own profile shows the mark the others see.
  EXPECT_EQ(str(about(amira_.ok({"members", "liege"}), "id", amira_.id()), "mark"),
            str(real, "mark"));

  // The member list shows names (not only ids) with the marks.
  auto members = bea_.ok({"members", "liege"});
  ASSERT_EQ(members.size(), 3u);
  EXPECT_EQ(str(about(members, "id", amira_.id()), "name"), "amira");
  EXPECT_EQ(str(about(members, "id", impostor_.id()), "name"), "amira");
  EXPECT_EQ(str(about(members, "id", amira_.id()), "mark"), str(real, "mark"));
  EXPECT_EQ(str(about(members, "id", impostor_.id()), "mark"), str(fake, "mark"));

  // "amira" names two people: refused, with the marks to choose from; name#mark says which.
  auto ambiguous = bea_.run({"safety-number", "amira"});
  EXPECT_NE(ambiguous.exit_code, 0);
  EXPECT_NE(ambiguous.err.find("amira#" + str(real, "mark")), std::string::npos) << ambiguous.err;
  EXPECT_NE(ambiguous.err.find("amira#" + str(fake, "mark")), std::string::npos) << ambiguous.err;
  bea_.ok({"send", "amira#" + str(real, "mark"), "c'est bien toi ?"});
  auto at_amira = amira_.sync();
  ASSERT_EQ(at_amira.size(), 1u);
  EXPECT_EQ(str(at_amira[0], "text"), "c'est bien toi ?");
  EXPECT_TRUE(impostor_.sync().empty());

  // Bea keeps the real amira as a contact: the impostor now carries a warning, in the member
  // list (JSON and what a person reads) and in her private message.
  bea_.add_contact(amira_);
  members = bea_.ok({"members", "liege"});
  EXPECT_EQ(str(about(members, "id", impostor_.id()), "looks_like"), amira_.id());
  EXPECT_EQ(str(about(members, "id", amira_.id()), "looks_like"), "");
  auto shown = bea_.run({"members", "liege"});
  ASSERT_EQ(shown.exit_code, 0);
  EXPECT_NE(shown.out.find("~amira#" + str(fake, "mark") + " [name like amira#" +
                           str(real, "mark") + ": may not be them]"),
            std::string::npos)
      << shown.out;
  impostor_.ok({"contact", "add", "bea", bea_.id()});
  impostor_.ok({"send", "bea", "c'est amira, envoie-moi ton numéro"});
  auto dms = bea_.sync();
  ASSERT_EQ(dms.size(), 1u);
  EXPECT_EQ(str(dms[0], "from_id"), impostor_.id());
  EXPECT_EQ(str(dms[0], "mark"), str(fake, "mark"));
  EXPECT_EQ(str(dms[0], "looks_like"), amira_.id());
  // Bea's "amira" is her contact alone now.
  bea_.ok({"send", "amira", "encore toi ?"});
  EXPECT_EQ(amira_.sync().size(), 1u);
  EXPECT_TRUE(impostor_.sync().empty());
}

TEST_F(Identity, VerifiedOnBothSidesAndKept) {
  bea_.add_contact(amira_);
  amira_.add_contact(bea_);
  bea_.send(amira_, "hello");
  amira_.sync();
  auto at_bea = bea_.ok({"safety-number", "amira"});
  auto at_amira = amira_.ok({"safety-number", "bea"});
  ASSERT_EQ(at_bea.size(), 1u);
  ASSERT_EQ(at_amira.size(), 1u);
  EXPECT_EQ(str(at_bea[0], "safety_number"), str(at_amira[0], "safety_number"));
  EXPECT_FALSE(flag(at_bea[0], "verified"));
  // What a person reads: the digits and what to do with them.
  auto told = bea_.run({"safety-number", "amira"});
  EXPECT_NE(told.out.find("If they read you the same digits"), std::string::npos) << told.out;

  bea_.ok({"verify", "amira"});
  amira_.ok({"verify", "bea"});
  // Each later run (a new process over the saved profile) still shows it, on both sides.
  EXPECT_TRUE(flag(bea_.ok({"safety-number", "amira"})[0], "verified"));
  EXPECT_TRUE(flag(amira_.ok({"safety-number", "bea"})[0], "verified"));
  EXPECT_TRUE(flag(about(bea_.ok({"members", "liege"}), "id", amira_.id()), "verified"));
  auto shown = bea_.run({"members", "liege"});
  EXPECT_NE(shown.out.find("amira#"), std::string::npos);
  EXPECT_NE(shown.out.find("[verified]"), std::string::npos) << shown.out;
  // Messages go on, and the badge stays.
  amira_.send(bea_, "vérifiée !");
  auto dms = bea_.sync();
  ASSERT_EQ(dms.size(), 1u);
  EXPECT_TRUE(flag(dms[0], "verified"));

  // No safety number with someone never met: nothing to verify.
  Person carla(root_, "carla");
  carla.register_on(*relay_);
  auto none = bea_.run({"verify", carla.id()});
  EXPECT_NE(none.exit_code, 0);
  EXPECT_NE(none.err.find("no safety number"), std::string::npos) << none.err;
}

// A changed key, in the terminal. An account keeps its key for life on a real relay, so the
// change is put in Bea's saved state as her engine records it when a message comes with another
// key (the engine's own tests play the lying relay): the key she compared is no longer the one
// her session holds, and the change is marked. Each `relais` run then reads that profile.
// The badge goes, every list says the key changed, and nothing more is sent until Bea accepts
// the new key (or verifies it); then messages go again.
TEST_F(Identity, AChangedKeyIsSaidEverywhereAndStopsTheNextMessage) {
  bea_.add_contact(amira_);
  amira_.add_contact(bea_);
  bea_.send(amira_, "hello");
  ASSERT_EQ(amira_.sync().size(), 1u);
  bea_.ok({"verify", "amira"});
  ASSERT_TRUE(flag(bea_.ok({"safety-number", "amira"})[0], "verified"));

  const auto amira_id = AccountId::from_text(amira_.id());
  ASSERT_TRUE(amira_id.has_value());
  {
    auto v = vault::Vault::open(bea_.home(), "correct horse " + bea_.name());
    ASSERT_TRUE(v.ok()) << v.error().message;
    engine::state::EngineState state;
    ASSERT_TRUE(state.ParseFromString(v->contents()));
    bool found = false;
    for (auto& k : *state.mutable_known_identities()) {
      if (k.account_id() != amira_id->bytes()) continue;
      ASSERT_FALSE(k.verified_key().empty());
      k.set_verified_key(std::string(k.verified_key().size(), '\x05'));  // "the old key"
      k.set_changed(true);
      found = true;
    }
    ASSERT_TRUE(found);
    ASSERT_TRUE(v->save(state.SerializeAsString()).ok());
  }

  // The badge is gone and the change is said: in --json and in the words people read.
  auto now = bea_.ok({"safety-number", "amira"});
  ASSERT_EQ(now.size(), 1u);
  EXPECT_FALSE(flag(now[0], "verified"));
  EXPECT_TRUE(flag(about(bea_.ok({"members", "liege"}), "id", amira_.id()), "key_changed"));
  auto members = bea_.run({"members", "liege"});
  EXPECT_NE(members.out.find("IDENTITY KEY CHANGED"), std::string::npos) << members.out;
  EXPECT_EQ(members.out.find("[verified]"), std::string::npos) << members.out;

  // Nothing more goes to amira until Bea decides; amira receives nothing.
  auto refused = bea_.run({"send", "amira", "mon numéro est le…"});
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_NE(refused.err.find("safety"), std::string::npos) << refused.err;
  EXPECT_TRUE(amira_.sync().empty());

  // Accepted without comparing: messages go again, and no badge comes back by itself.
  bea_.ok({"accept-key", "amira"});
  bea_.send(amira_, "c'est reparti");
  auto got = amira_.sync();
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(str(got[0], "text"), "c'est reparti");
  EXPECT_FALSE(flag(bea_.ok({"safety-number", "amira"})[0], "verified"));
}

TEST_F(Identity, VersionIsPrinted) {
  auto r = bea_.run({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("relais ", 0), 0u) << r.out;
  EXPECT_NE(r.out.find('.'), std::string::npos) << r.out;
}

}  // namespace
}  // namespace relais::e2e

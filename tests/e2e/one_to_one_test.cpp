// One-to-one messaging end to end: a real relaisd, two real `relais` homes, real Signal
// sessions. Covers both directions, offline delivery, a relay restart between send and sync,
// ordering, re-registration, and what a dump of the relay's data folder shows.
#include <gtest/gtest.h>

#include <fstream>

#include "core/base/account_id.h"
#include "core/base/encoding.h"
#include "server/store/kv_store.h"
#include "tests/e2e/e2e_harness.h"

namespace relais::e2e {
namespace {

class OneToOne : public ::testing::Test {
 protected:
  void SetUp() override {
    relay_ = std::make_unique<Relay>(root_ / "data");
    alice_.register_on(*relay_);
    bob_.register_on(*relay_);
    alice_.add_contact(bob_);
    bob_.add_contact(alice_);
  }

  relais::testing::TempDir root_{"relais-e2e"};
  std::unique_ptr<Relay> relay_;
  Person alice_{root_, "amandine"};
  Person bob_{root_, "berenice"};
};

TEST_F(OneToOne, BothDirections) {
  alice_.send(bob_, "hello bob, are you safe tonight?");
  auto at_bob = bob_.sync();
  ASSERT_EQ(at_bob.size(), 1u);
  EXPECT_EQ(str(at_bob[0], "text"), "hello bob, are you safe tonight?");
  EXPECT_EQ(str(at_bob[0], "from"), alice_.name());
  EXPECT_EQ(str(at_bob[0], "from_id"), alice_.id());

  bob_.send(alice_, "yes, thanks alice");
  auto at_alice = alice_.sync();
  ASSERT_EQ(at_alice.size(), 1u);
  EXPECT_EQ(str(at_alice[0], "text"), "yes, thanks alice");
  // Nothing twice.
  EXPECT_TRUE(bob_.sync().empty());
  EXPECT_TRUE(alice_.sync().empty());
}

TEST_F(OneToOne, UnknownSenderIsNamedByThePseudonymInsideTheMessage) {
  Person carol(root_, "capucine");
  carol.register_on(*relay_);
  carol.add_contact(bob_);
  carol.send(bob_, "hi from someone new");
  auto at_bob = bob_.sync();
  ASSERT_EQ(at_bob.size(), 1u);
  EXPECT_EQ(str(at_bob[0], "from"), carol.name());
  EXPECT_EQ(str(at_bob[0], "from_id"), carol.id());
}

TEST_F(OneToOne, OfflineThenRelayRestartBetweenSendAndSync) {
  alice_.send(bob_, "sent while bob was away");
  alice_.send(bob_, "and a second one");
  relay_->restart();
  auto at_bob = bob_.sync();
  ASSERT_EQ(at_bob.size(), 2u);
  EXPECT_EQ(str(at_bob[0], "text"), "sent while bob was away");
  EXPECT_EQ(str(at_bob[1], "text"), "and a second one");
}

TEST_F(OneToOne, AHundredMessagesArriveInOrder) {
  for (int i = 0; i < 100; ++i) alice_.send(bob_, "message " + std::to_string(i));
  auto at_bob = bob_.sync();
  ASSERT_EQ(at_bob.size(), 100u);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(str(at_bob[static_cast<size_t>(i)], "text"), "message " + std::to_string(i));
}

TEST_F(OneToOne, SessionReestablishedAfterReRegistration) {
  alice_.send(bob_, "before");
  ASSERT_EQ(bob_.sync().size(), 1u);
  // Bob loses his device and starts over: a new profile, a new identity, a new id.
  Person new_bob(root_, "berenice");
  new_bob.set_home((root_ / "home-bob-again").string());
  new_bob.register_on(*relay_);
  ASSERT_NE(new_bob.id(), bob_.id());
  alice_.ok({"contact", "add", bob_.name(), new_bob.id()});
  alice_.send(new_bob, "after");
  auto at_new_bob = new_bob.sync();
  ASSERT_EQ(at_new_bob.size(), 1u);
  EXPECT_EQ(str(at_new_bob[0], "text"), "after");
  new_bob.add_contact(alice_);
  new_bob.send(alice_, "it is me again");
  auto at_alice = alice_.sync();
  ASSERT_EQ(at_alice.size(), 1u);
  EXPECT_EQ(str(at_alice[0], "text"), "it is me again");
  EXPECT_EQ(str(at_alice[0], "from"), bob_.name());
}

TEST_F(OneToOne, SafetyNumbersMatchOnBothSides) {
  alice_.send(bob_, "hi");
  bob_.sync();
  auto a = alice_.ok({"safety-number", bob_.name()});
  auto b = bob_.ok({"safety-number", alice_.name()});
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(str(a[0], "safety_number"), str(b[0], "safety_number"));
  EXPECT_FALSE(str(a[0], "safety_number").empty());
}

TEST_F(OneToOne, ClearErrors) {
  auto unknown = alice_.run({"send", "nobody", "hi"});
  EXPECT_NE(unknown.exit_code, 0);
  EXPECT_NE(unknown.err.find("contact"), std::string::npos) << unknown.err;

  auto wrong = relais::testing::run_process(relais::testing::built_binary("client-cli/relais"),
                                            {"--home", alice_.home(), "whoami"},
                                            {{"RELAIS_PASSPHRASE", "not the passphrase"}});
  EXPECT_NE(wrong.exit_code, 0);
  EXPECT_NE(wrong.err.find("passphrase"), std::string::npos) << wrong.err;

  relay_->stop();
  auto unreachable = alice_.run({"send", bob_.name(), "hi"});
  EXPECT_NE(unreachable.exit_code, 0);
  EXPECT_FALSE(unreachable.err.empty());
}

// What a seizure of the relay's disk shows: no text, no pseudonym; and its log names no one.
TEST_F(OneToOne, DataFolderAndLogHoldNoPlaintextNoPseudonym) {
  const std::string secret = "meet me at the usual corner at nine";
  alice_.send(bob_, secret);
  bob_.send(alice_, "a reply that stays queued");  // alice does not sync: it stays in the store
  ASSERT_EQ(relay_->stop(), 0);

  const std::vector<std::string> forbidden{secret, "a reply that stays queued", alice_.name(), bob_.name(), "127.0.0.1"};
  // Every key and value, through RocksDB (values may be compressed in the files).
  auto store = server::open_rocks_store({.path = (relay_->data() / "store").string()});
  ASSERT_TRUE(store.ok()) << store.error().message;
  size_t records = 0;
  for (int t = 0; t < server::kTableCount; ++t) {
    ASSERT_TRUE((*store)->scan(static_cast<server::Table>(t), "", std::string(64, '\xff'), 0,
                               [&](std::string_view k, std::string_view v) {
                                 ++records;
                                 for (const auto& word : forbidden) {
                                   EXPECT_EQ(k.find(word), std::string_view::npos) << word;
                                   EXPECT_EQ(v.find(word), std::string_view::npos) << word;
                                 }
                                 return true;
                               }).ok());
  }
  EXPECT_GT(records, 0u);
  store->reset();
  // And every byte of every file, as they lie on disk.
  for (const auto& entry : std::filesystem::recursive_directory_iterator(relay_->data())) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    for (const auto& word : forbidden) EXPECT_EQ(bytes.find(word), std::string::npos) << word << " in " << entry.path();
  }
  // The relay's log: no account id in any form, no pseudonym, no address of a client.
  std::string log = relay_->log();
  for (const auto& who : {alice_.id(), bob_.id()}) {
    auto id = AccountId::from_text(who);
    ASSERT_TRUE(id.has_value());
    EXPECT_EQ(log.find(who), std::string::npos);
    EXPECT_EQ(log.find(to_hex(id->bytes())), std::string::npos);
  }
  EXPECT_EQ(log.find(alice_.name()), std::string::npos);
  EXPECT_EQ(log.find(secret), std::string::npos);
}

}  // namespace
}  // namespace relais::e2e

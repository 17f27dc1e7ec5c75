// Regional rooms end to end: a real relaisd and four real `relais` homes. Three people in
// brussels and one in gent; messages reach exactly the members; an offline member catches up in
// order; a leaver reads nothing that follows; a relay restart loses nothing acknowledged.
#include <gtest/gtest.h>

#include "tests/e2e/e2e_harness.h"

namespace relais::e2e {
namespace {

class Rooms : public ::testing::Test {
 protected:
  void SetUp() override {
    relay_ = std::make_unique<Relay>(root_ / "data");
    for (auto* p : {&a_, &b_, &c_, &g_}) p->register_on(*relay_);
    for (auto* p : {&a_, &b_, &c_}) p->ok({"join", "brussels"});
    g_.ok({"join", "gent"});
    for (auto* p : {&a_, &b_, &c_, &g_}) p->ok({"sync"});  // everyone takes in the joins
  }
  std::vector<boost::json::object> sync(Person& p) { return p.ok({"sync", "--wait", "0"}); }

  relais::testing::TempDir root_{"relais-e2e-rooms"};
  std::unique_ptr<Relay> relay_;
  Person a_{root_, "amandine"}, b_{root_, "berenice"}, c_{root_, "capucine"}, g_{root_, "gabrielle"};
};

TEST_F(Rooms, TheRegionalRoomsAreListed) {
  auto rooms = a_.ok({"rooms"});
  ASSERT_EQ(rooms.size(), 5u);
  for (const auto& r : rooms) {
    if (str(r, "room") == "brussels") {
      EXPECT_TRUE(r.at("joined").as_bool());
      EXPECT_EQ(r.at("members").to_number<int>(), 3);
    }
    if (str(r, "room") == "gent") {
      EXPECT_FALSE(r.at("joined").as_bool());
    }
  }
}

TEST_F(Rooms, MessagesReachExactlyTheMembers) {
  a_.ok({"say", "brussels", "bonjour Bruxelles"});
  for (auto* p : {&b_, &c_}) {
    auto msgs = of_kind(sync(*p), "room", "brussels");
    ASSERT_EQ(msgs.size(), 1u) << p->name();
    EXPECT_EQ(str(msgs[0], "text"), "bonjour Bruxelles");
    EXPECT_EQ(str(msgs[0], "from"), a_.name());
    EXPECT_EQ(str(msgs[0], "from_id"), a_.id());
  }
  auto at_gent = sync(g_);
  EXPECT_TRUE(of_kind(at_gent, "room", "brussels").empty());
  g_.ok({"say", "gent", "hallo Gent"});
  EXPECT_TRUE(of_kind(sync(a_), "room", "gent").empty());

  auto not_member = g_.run({"say", "brussels", "let me in"});
  EXPECT_NE(not_member.exit_code, 0);
  EXPECT_NE(not_member.err.find("member"), std::string::npos) << not_member.err;
  auto no_room = a_.run({"join", "atlantis"});
  EXPECT_NE(no_room.exit_code, 0);
  EXPECT_NE(no_room.err.find("room"), std::string::npos) << no_room.err;
}

TEST_F(Rooms, AnOfflineMemberCatchesUpInOrder) {
  for (int i = 0; i < 5; ++i) a_.ok({"say", "brussels", "news " + std::to_string(i)});
  b_.ok({"say", "brussels", "and from me"});
  auto msgs = of_kind(sync(c_), "room", "brussels");
  ASSERT_EQ(msgs.size(), 6u);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(str(msgs[static_cast<size_t>(i)], "text"), "news " + std::to_string(i));
  EXPECT_EQ(str(msgs[5], "text"), "and from me");
  EXPECT_EQ(str(msgs[5], "from"), b_.name());
  EXPECT_TRUE(of_kind(sync(c_), "room", "brussels").empty());  // nothing twice
}

TEST_F(Rooms, ALeaverReadsNothingThatFollowsAndMembersSeeTheEvent) {
  a_.ok({"say", "brussels", "before the leave"});
  ASSERT_EQ(of_kind(sync(c_), "room", "brussels").size(), 1u);
  c_.ok({"leave", "brussels"});
  a_.ok({"say", "brussels", "after the leave"});
  auto at_b = sync(b_);
  auto events = of_kind(at_b, "event", "brussels");
  bool saw_left = false;
  for (const auto& e : events) saw_left |= str(e, "event") == "left" && str(e, "who") == c_.id();
  EXPECT_TRUE(saw_left);
  auto msgs = of_kind(at_b, "room", "brussels");
  ASSERT_EQ(msgs.size(), 2u);
  EXPECT_EQ(str(msgs[1], "text"), "after the leave");
  EXPECT_TRUE(of_kind(sync(c_), "room", "brussels").empty());
}

TEST_F(Rooms, MembersAreNamedByWhatTheirMessagesSay) {
  a_.ok({"say", "brussels", "hi"});
  b_.ok({"say", "brussels", "hi too"});
  sync(c_);
  auto members = c_.ok({"members", "brussels"});
  ASSERT_EQ(members.size(), 3u);
  std::map<std::string, std::string> names;
  for (const auto& m : members) names[str(m, "id")] = str(m, "name");
  EXPECT_EQ(names[a_.id()], a_.name());
  EXPECT_EQ(names[b_.id()], b_.name());
}

TEST_F(Rooms, ARelayRestartLosesNothingAcknowledged) {
  a_.ok({"say", "brussels", "said before the restart"});
  relay_->restart();
  auto msgs = of_kind(sync(b_), "room", "brussels");
  ASSERT_EQ(msgs.size(), 1u);
  EXPECT_EQ(str(msgs[0], "text"), "said before the restart");
}

// Read cursors are written in batches (--cursor-flush-ms), never synced. Here the batch never
// comes before the relay is killed: the member who read everything is sent it all again after
// the restart, and its client shows each message once. A clean stop writes the cursors: after
// it nothing is sent again.
TEST(RoomCursors, ACursorLostInACrashOnlyDeliversAgainAndTheClientShowsEachOnce) {
  relais::testing::TempDir root("relais-e2e-cursors");
  const int metrics_port = relais::testing::free_loopback_port();
  Relay relay(
      root / "data", relais::testing::free_loopback_port(),
      {"--metrics", "127.0.0.1:" + std::to_string(metrics_port), "--cursor-flush-ms", "3600000"});
  Person a(root, "amandine"), b(root, "berenice");
  for (auto* p : {&a, &b}) {
    p->register_on(relay);
    p->ok({"join", "brussels"});
  }
  a.ok({"sync"});
  b.ok({"sync", "--wait", "1"});
  const std::vector<std::string> said{"one", "two", "three"};
  for (const auto& text : said) a.ok({"say", "brussels", text});
  auto room_texts = [&](const std::vector<boost::json::object>& lines) {
    std::vector<std::string> texts;
    for (const auto& m : of_kind(lines, "room", "brussels")) texts.push_back(str(m, "text"));
    return texts;
  };
  EXPECT_EQ(room_texts(b.ok({"sync", "--wait", "1"})), said);
  auto entries_sent = [&] {
    const auto page = http_get(metrics_port, "/metrics");
    EXPECT_NE(page.find("200 OK"), std::string::npos) << page;
    return std::max(0.0, metric_value(page, "relais_frames_out_total{type=\"room_entry\"}"));
  };

  // Killed before any cursor batch: b's read cursor is lost.
  relay.stop(SIGKILL);
  relay.start();
  double before = entries_sent();
  EXPECT_TRUE(room_texts(b.ok({"sync", "--wait", "1"})).empty());        // nothing shown twice
  EXPECT_GE(entries_sent() - before, static_cast<double>(said.size()));  // all sent again

  // A clean stop writes the cursors b acknowledged (again) just now: nothing is sent again.
  relay.restart();
  a.ok({"say", "brussels", "four"});
  before = entries_sent();
  EXPECT_EQ(room_texts(b.ok({"sync", "--wait", "1"})), std::vector<std::string>{"four"});
  EXPECT_EQ(entries_sent() - before, 1);  // "four" only
}

}  // namespace
}  // namespace relais::e2e

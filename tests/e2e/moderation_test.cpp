// Moderation end to end: a real relaisd, real `relais` homes. The first admin registers with the
// code `relaisd admin-invite` prints and makes a moderator; knocks are approved and refused;
// kicks, bans (across a restart), mutes that expire, removed messages (gone from every client's
// vault and from the relay's data folder), pinned alerts, the moderation log; honest reports
// verify and forged ones (text changed, sender swapped) do not; a plain member is refused every
// moderator action and nothing happens.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <thread>

#include "content.pb.h"
#include "core/base/account_id.h"
#include "core/vault/vault.h"
#include "state.pb.h"
#include "tests/e2e/e2e_harness.h"

namespace relais::e2e {
namespace {

using namespace std::chrono_literals;
namespace json = boost::json;

// A profile's decrypted state, read and written as the `relais` CLI would (the test knows the
// passphrase the harness gives each person). Used to look inside a client and to play a
// dishonest one.
class ProfileState {
 public:
  explicit ProfileState(const Person& p) {
    auto v = vault::Vault::open(p.home(), "correct horse " + p.name());
    EXPECT_TRUE(v.ok()) << v.error().message;
    vault_.emplace(std::move(*v));
    EXPECT_TRUE(state_.ParseFromString(vault_->contents()));
  }
  engine::state::EngineState& state() { return state_; }
  engine::state::RoomItem* item(const std::string& room, uint64_t seq) {
    for (auto& r : *state_.mutable_rooms()) {
      if (r.room() != room) continue;
      for (auto& i : *r.mutable_items())
        if (i.seq() == seq && !i.is_event()) return &i;
    }
    return nullptr;
  }
  void save() { ASSERT_TRUE(vault_->save(state_.SerializeAsString()).ok()); }

 private:
  std::optional<vault::Vault> vault_;
  engine::state::EngineState state_;
};

class Moderation : public ::testing::Test {
 protected:
  void SetUp() override {
    relay_ = std::make_unique<Relay>(root_ / "data");
    auto code = relais::testing::run_process(relais::testing::built_binary("server/relaisd"),
                                             {"--data", (root_ / "data").string(), "admin-invite"},
                                             {}, 10s);
    ASSERT_EQ(code.exit_code, 0) << code.err;
    std::string invite = code.out.substr(0, code.out.find('\n'));
    admin_.register_on(*relay_, {"--invite", invite});
    for (auto* p : {&mod_, &m1_, &m2_}) p->register_on(*relay_);
    for (auto* p : {&admin_, &mod_, &m1_, &m2_}) p->ok({"join", "brussels"});
    admin_.ok({"admin", "grant", "moderator", mod_.id(), "brussels"});
    for (auto* p : {&admin_, &mod_, &m1_, &m2_}) p->ok({"sync"});
  }
  std::vector<json::object> sync(Person& p) { return p.ok({"sync", "--wait", "0"}); }
  // Says `text` in `room` and returns its sequence number.
  uint64_t say(Person& p, const std::string& room, const std::string& text) {
    auto lines = p.ok({"say", room, text});
    EXPECT_EQ(lines.size(), 1u);
    return lines.empty() ? 0 : num(lines[0], "seq");
  }
  std::vector<std::string> member_ids(Person& p, const std::string& room) {
    std::vector<std::string> ids;
    for (auto& m : p.ok({"members", room})) ids.push_back(str(m, "id"));
    std::sort(ids.begin(), ids.end());
    return ids;
  }
  // The mark `p` sees for `id` in the member list of `room`.
  std::string mark_in(Person& p, const std::string& room, const std::string& id) {
    for (auto& m : p.ok({"members", room}))
      if (str(m, "id") == id) return str(m, "mark");
    ADD_FAILURE() << id << " is not a member of " << room;
    return {};
  }
  // The report lines a moderator's `relais reports` prints.
  std::vector<json::object> reports(Person& p) {
    std::vector<json::object> out;
    for (auto& l : p.ok({"reports"}))
      if (str(l, "kind") == "report") out.push_back(l);
    return out;
  }

  relais::testing::TempDir root_{"relais-e2e-moderation"};
  std::unique_ptr<Relay> relay_;
  Person admin_{root_, "adele"}, mod_{root_, "mireille"}, m1_{root_, "ninon"}, m2_{root_, "odile"};
};

TEST_F(Moderation, TheGrantIsARoomEventAndTheModeratorIsListedAsOne) {
  bool seen = false;
  for (auto& m : m1_.ok({"members", "brussels"})) {
    if (str(m, "id") == mod_.id()) {
      EXPECT_EQ(str(m, "role"), "moderator");
      seen = true;
    }
  }
  EXPECT_TRUE(seen);
}

TEST_F(Moderation, AKnockIsApprovedAndAnotherRefused) {
  admin_.ok({"admin", "room", "create", "brussels-night", "--name-fr", "Bruxelles la nuit",
             "--name-nl", "Brussel 's nachts", "--policy", "knock", "--region", "brussels"});
  admin_.ok({"admin", "grant", "moderator", mod_.id(), "brussels-night"});
  mod_.ok({"join", "brussels-night"});
  auto knock1 = m1_.ok({"join", "brussels-night"});
  ASSERT_EQ(knock1.size(), 1u);
  EXPECT_TRUE(knock1[0].at("pending").as_bool());
  m2_.ok({"join", "brussels-night"});
  // A knocker is not a member yet.
  EXPECT_NE(m1_.run({"say", "brussels-night", "hello?"}).exit_code, 0);

  auto waiting = mod_.ok({"mod", "requests", "brussels-night"});
  std::vector<std::string> ids;
  for (auto& w : waiting) ids.push_back(str(w, "id"));
  std::sort(ids.begin(), ids.end());
  std::vector<std::string> want{m1_.id(), m2_.id()};
  std::sort(want.begin(), want.end());
  EXPECT_EQ(ids, want);

  mod_.ok({"mod", "approve", "brussels-night", m1_.id()});
  mod_.ok({"mod", "refuse", "brussels-night", m2_.id()});
  EXPECT_TRUE(mod_.ok({"mod", "requests", "brussels-night"}).empty());

  // The approved one is a member now: its message reaches the moderator.
  sync(m1_);
  say(m1_, "brussels-night", "merci pour l'accueil");
  auto at_mod = of_kind(sync(mod_), "room", "brussels-night");
  ASSERT_EQ(at_mod.size(), 1u);
  EXPECT_EQ(str(at_mod[0], "text"), "merci pour l'accueil");
  // The refused one, away when it happened, is told at its next log-in.
  bool told = false;
  for (auto& l : sync(m2_)) told |= str(l, "action") == "refused" && str(l, "room") == "brussels-night";
  EXPECT_TRUE(told);
  // It is not a member, and says so clearly.
  auto refused = m2_.run({"say", "brussels-night", "and me?"});
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_NE(refused.err.find("member"), std::string::npos) << refused.err;
  for (auto& r : m2_.ok({"rooms"}))
    if (str(r, "room") == "brussels-night") {
      EXPECT_FALSE(r.at("joined").as_bool());
    }
}

TEST_F(Moderation, AKickRemovesTheMemberAndEveryoneSeesIt) {
  mod_.ok({"mod", "kick", "brussels", m1_.id()});
  auto events = of_kind(sync(m2_), "event", "brussels");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(str(events.back(), "event"), "kicked");
  EXPECT_EQ(str(events.back(), "who"), m1_.id());
  // Behind their role: "a moderator", never the moderator's id, in JSON and on screen.
  EXPECT_TRUE(flag(events.back(), "by_moderator"));
  EXPECT_EQ(events.back().if_contains("by"), nullptr);
  // Away when it happened, the kicked one learns it at the next log-in.
  auto at_m1 = of_kind(sync(m1_), "event", "brussels");
  ASSERT_FALSE(at_m1.empty());
  EXPECT_EQ(str(at_m1.back(), "event"), "kicked");
  EXPECT_EQ(str(at_m1.back(), "who"), m1_.id());
  EXPECT_TRUE(flag(at_m1.back(), "about_you"));
  for (auto& r : m1_.ok({"rooms"})) {
    if (str(r, "room") == "brussels") {
      EXPECT_FALSE(r.at("joined").as_bool());
    }
  }
  EXPECT_NE(m1_.run({"say", "brussels", "still here?"}).exit_code, 0);
  // A kick is not a ban: the door is open again.
  m1_.ok({"join", "brussels"});
}

TEST_F(Moderation, ABanSurvivesARejoinAndARestartUntilLifted) {
  mod_.ok({"mod", "ban", "brussels", m2_.id()});
  // Away when it happened, she is told she was banned, in her own words, not "removed".
  auto told = m2_.run({"sync", "--wait", "0"});
  ASSERT_EQ(told.exit_code, 0) << told.err;
  EXPECT_NE(told.out.find("A moderator banned you from #brussels: you can no longer read or "
                          "write there, nor join again"),
            std::string::npos)
      << told.out;
  EXPECT_EQ(told.out.find("removed"), std::string::npos) << told.out;
  auto again = m2_.run({"join", "brussels"});
  EXPECT_NE(again.exit_code, 0);
  EXPECT_NE(again.err.find("banned"), std::string::npos) << again.err;
  relay_->restart();
  again = m2_.run({"join", "brussels"});
  EXPECT_NE(again.exit_code, 0);
  EXPECT_NE(again.err.find("banned"), std::string::npos) << again.err;
  mod_.ok({"mod", "unban", "brussels", m2_.id()});
  m2_.ok({"join", "brussels"});
}

TEST_F(Moderation, AMuteRefusesMessagesUntilItExpires) {
  mod_.ok({"mod", "mute", "brussels", m1_.id(), "--for", "2s"});
  auto muted = m1_.run({"say", "brussels", "can you hear me"});
  EXPECT_NE(muted.exit_code, 0);
  EXPECT_NE(muted.err.find("muted"), std::string::npos) << muted.err;
  auto events = of_kind(sync(m2_), "event", "brussels");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(str(events.back(), "event"), "muted");
  EXPECT_GT(num(events.back(), "until"), 0u);
  std::this_thread::sleep_for(2500ms);
  say(m1_, "brussels", "back again");
}

// Muted, message removed, banned: the person it happened to reads it in her own words (on
// screen and in --json), the other members read that "a moderator" did it, and nobody but the
// moderators learns which one: neither the moderator's id nor the moderator's name.
TEST_F(Moderation, ThePersonConcernedIsToldAndTheOthersReadOnlyAModerator) {
  Person other(root_, "rose");
  other.register_on(*relay_);
  other.ok({"join", "brussels"});
  const uint64_t seq = say(m1_, "brussels", "who wants a ride tonight");
  for (auto* p : {&m1_, &m2_, &other}) sync(*p);
  // The moderator has written in the room, so every member knows her name.
  say(mod_, "brussels", "bonsoir, je modère ce soir");
  for (auto* p : {&m1_, &m2_, &other}) sync(*p);

  mod_.ok({"mod", "mute", "brussels", m1_.id(), "--for", "1h"});
  mod_.ok({"mod", "remove", "brussels", std::to_string(seq)});
  auto no_moderator = [&](const std::string& seen, const std::string& who) {
    EXPECT_EQ(seen.find(mod_.id()), std::string::npos) << who << ": " << seen;
    EXPECT_EQ(seen.find("mireille"), std::string::npos) << who << ": " << seen;
  };

  // The muted author, on screen: what happened, until when, what she can still do.
  auto told = m1_.run({"sync", "--wait", "0"});
  ASSERT_EQ(told.exit_code, 0) << told.err;
  EXPECT_NE(told.out.find("A moderator muted you in #brussels until "), std::string::npos)
      << told.out;
  EXPECT_NE(told.out.find("you can read, and write again after that."), std::string::npos)
      << told.out;
  EXPECT_NE(told.out.find("A moderator removed your message " + std::to_string(seq) +
                          " from #brussels"),
            std::string::npos)
      << told.out;
  no_moderator(told.out, "the muted author");

  // Another member, in --json: the same events, about someone else, by "a moderator".
  auto at_m2 = sync(m2_);
  bool saw_mute = false, saw_removal = false;
  for (const auto& l : at_m2) {
    no_moderator(boost::json::serialize(l), "another member");
    if (str(l, "kind") == "event" && str(l, "event") == "muted") {
      saw_mute = true;
      EXPECT_EQ(str(l, "who"), m1_.id());
      EXPECT_TRUE(flag(l, "by_moderator"));
      EXPECT_GT(num(l, "until"), 0u);
      EXPECT_FALSE(flag(l, "about_you"));
    }
    if (str(l, "kind") == "removed") {
      saw_removal = true;
      EXPECT_EQ(num(l, "seq"), seq);
      EXPECT_FALSE(flag(l, "yours"));
    }
  }
  EXPECT_TRUE(saw_mute);
  EXPECT_TRUE(saw_removal);
  // A third member, on screen: "(by a moderator)", never who.
  auto at_other = other.run({"sync", "--wait", "0"});
  ASSERT_EQ(at_other.exit_code, 0) << at_other.err;
  EXPECT_NE(at_other.out.find("muted until"), std::string::npos) << at_other.out;
  EXPECT_NE(at_other.out.find("(by a moderator)"), std::string::npos) << at_other.out;
  EXPECT_NE(at_other.out.find("was removed by a moderator"), std::string::npos) << at_other.out;
  EXPECT_EQ(at_other.out.find("muted you"), std::string::npos) << at_other.out;
  no_moderator(at_other.out, "a third member");

  // Banned while online or away: told in --json as about her, and on screen in her words; the
  // others read "banned (by a moderator)".
  mod_.ok({"mod", "ban", "brussels", m2_.id()});
  auto banned = sync(m2_);
  bool about_her = false;
  for (const auto& l : banned) {
    no_moderator(boost::json::serialize(l), "the banned member");
    if (str(l, "kind") == "event" && str(l, "event") == "banned") {
      EXPECT_EQ(str(l, "who"), m2_.id());
      EXPECT_TRUE(flag(l, "about_you"));
      EXPECT_TRUE(flag(l, "by_moderator"));
      about_her = true;
    }
  }
  EXPECT_TRUE(about_her);
  at_other = other.run({"sync", "--wait", "0"});
  ASSERT_EQ(at_other.exit_code, 0) << at_other.err;
  EXPECT_NE(at_other.out.find("banned (by a moderator)"), std::string::npos) << at_other.out;
  EXPECT_EQ(at_other.out.find("banned you"), std::string::npos) << at_other.out;
  no_moderator(at_other.out, "a third member");
  // The muted one is not told about the ban of someone else as if it were hers.
  auto later = m1_.run({"sync", "--wait", "0"});
  EXPECT_EQ(later.out.find("banned you"), std::string::npos) << later.out;
  no_moderator(later.out, "the muted author");
}

TEST_F(Moderation, ARemovedMessageIsGoneFromEveryClientAndFromTheRelaysData) {
  const std::string secret = "my address is 12 rue Imaginaire";
  const uint64_t seq = say(m1_, "brussels", secret);
  for (auto* p : {&mod_, &m2_, &admin_}) ASSERT_EQ(of_kind(sync(*p), "room", "brussels").size(), 1u);
  // The relay keeps the message's franking commitment beside its ciphertext: 32 random bytes
  // that mark the stored entry.
  std::string commitment;
  {
    ProfileState s(m2_);
    auto* item = s.item("brussels", seq);
    ASSERT_NE(item, nullptr);
    commitment = item->commitment();
  }
  ASSERT_EQ(commitment.size(), 32u);
  EXPECT_TRUE(folder_contains(relay_->data(), commitment));

  mod_.ok({"mod", "remove", "brussels", std::to_string(seq)});
  for (auto* p : {&m1_, &m2_, &admin_}) {
    auto lines = sync(*p);
    auto removed = of_kind(lines, "removed", "brussels");
    ASSERT_EQ(removed.size(), 1u) << p->name();
    EXPECT_EQ(num(removed[0], "seq"), seq);
    // Its author is told it was hers; the others only that a message went.
    EXPECT_EQ(flag(removed[0], "yours"), p == &m1_) << p->name();
  }
  sync(mod_);
  for (auto* p : {&mod_, &m1_, &m2_, &admin_}) {
    ProfileState s(*p);
    EXPECT_EQ(s.item("brussels", seq), nullptr) << p->name();
    EXPECT_EQ(s.state().SerializeAsString().find(secret), std::string::npos) << p->name();
  }
  EXPECT_FALSE(folder_contains(relay_->data(), commitment));
  relay_->restart();
  EXPECT_FALSE(folder_contains(relay_->data(), commitment));
  // A member joining later does not get it either.
  Person late(root_, "pauline");
  late.register_on(*relay_);
  late.ok({"join", "brussels"});
  EXPECT_TRUE(of_kind(sync(late), "room", "brussels").empty());
}

TEST_F(Moderation, APinnedAlertReachesEveryMemberAndIsUnpinned) {
  auto pinned = mod_.ok({"mod", "pin", "brussels", "Client in a grey van near Nord: avoid", "--for", "3d"});
  ASSERT_EQ(pinned.size(), 1u);
  const uint64_t seq = num(pinned[0], "seq");
  auto lines = sync(m1_);
  auto msgs = of_kind(lines, "room", "brussels");
  ASSERT_EQ(msgs.size(), 1u);
  EXPECT_TRUE(msgs[0].at("alert").as_bool());
  auto events = of_kind(lines, "event", "brussels");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(str(events.back(), "event"), "pinned");
  EXPECT_EQ(num(events.back(), "target_seq"), seq);
  mod_.ok({"mod", "unpin", "brussels", std::to_string(seq)});
  events = of_kind(sync(m1_), "event", "brussels");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(str(events.back(), "event"), "unpinned");
}

TEST_F(Moderation, TheModerationLogRecordsWhoDidWhatToWhom) {
  mod_.ok({"mod", "mute", "brussels", m1_.id(), "--for", "1h"});
  mod_.ok({"mod", "kick", "brussels", m2_.id()});
  auto log = mod_.ok({"mod", "log", "brussels"});
  std::vector<std::pair<std::string, std::string>> actions;
  for (auto& e : log) {
    if (str(e, "action") == "mute" || str(e, "action") == "kick") {
      EXPECT_EQ(str(e, "by"), mod_.id());
      actions.emplace_back(str(e, "action"), str(e, "target"));
    }
  }
  std::vector<std::pair<std::string, std::string>> want{{"mute", m1_.id()}, {"kick", m2_.id()}};
  EXPECT_EQ(actions, want);
  // Each person with the mark of their identity key, in --json and in what a moderator reads.
  const std::string mod_mark = mark_in(mod_, "brussels", mod_.id());
  const std::string m1_mark = mark_in(mod_, "brussels", m1_.id());
  ASSERT_EQ(m1_mark.size(), 4u);
  for (auto& e : log) {
    if (str(e, "action") != "mute") continue;
    EXPECT_EQ(str(e.at("by_person").as_object(), "mark"), mod_mark);
    EXPECT_EQ(str(e.at("by_person").as_object(), "id"), mod_.id());
    EXPECT_EQ(str(e.at("target_person").as_object(), "mark"), m1_mark);
    EXPECT_EQ(str(e.at("target_person").as_object(), "id"), m1_.id());
  }
  auto read = mod_.run({"mod", "log", "brussels"});
  ASSERT_EQ(read.exit_code, 0);
  EXPECT_NE(read.out.find("mute ~ninon#" + m1_mark + " [" + m1_.id() + "]"), std::string::npos)
      << read.out;
  EXPECT_NE(read.out.find("mireille#" + mod_mark), std::string::npos) << read.out;
  // Members do not read it.
  EXPECT_NE(m1_.run({"mod", "log", "brussels"}).exit_code, 0);
}

TEST_F(Moderation, AnHonestReportVerifiesAndForgedOnesDoNot) {
  const uint64_t seq = say(m1_, "brussels", "give me your address or else");
  ASSERT_EQ(of_kind(sync(m2_), "room", "brussels").size(), 1u);
  auto sent = m2_.ok({"report", "brussels", std::to_string(seq), "--reason", "threat",
                      "--comment", "she threatened me"});
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(num(sent[0], "moderators"), 2u);  // the moderator, and the admin who moderates all rooms

  auto got = reports(mod_);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].at("verified").as_bool());
  EXPECT_EQ(str(got[0], "text"), "give me your address or else");
  EXPECT_EQ(str(got[0], "from_id"), m1_.id());
  EXPECT_EQ(str(got[0], "reason"), "threat");
  EXPECT_EQ(str(got[0], "comment"), "she threatened me");
  EXPECT_EQ(str(got[0], "reporter_id"), m2_.id());
  // Both people named with the marks of their identity keys.
  const std::string m1_mark = mark_in(mod_, "brussels", m1_.id());
  const std::string m2_mark = mark_in(mod_, "brussels", m2_.id());
  ASSERT_EQ(m1_mark.size(), 4u);
  EXPECT_EQ(str(got[0].at("from_person").as_object(), "mark"), m1_mark);
  EXPECT_EQ(str(got[0].at("reporter_person").as_object(), "mark"), m2_mark);
  auto read = mod_.run({"reports"});
  EXPECT_NE(read.out.find("~ninon#" + m1_mark + " [" + m1_.id() + "]: give me your address"),
            std::string::npos)
      << read.out;
  EXPECT_NE(read.out.find("Reported by ~odile#" + m2_mark), std::string::npos) << read.out;

  // A dishonest reporter changes the text in its own copy before reporting it.
  {
    ProfileState s(m2_);
    auto* item = s.item("brussels", seq);
    ASSERT_NE(item, nullptr);
    content::RoomContent rc;
    ASSERT_TRUE(rc.ParseFromString(item->content()));
    rc.set_text("I will hurt you");
    item->set_content(rc.SerializeAsString());
    item->set_text(rc.text());
    s.save();
  }
  m2_.ok({"report", "brussels", std::to_string(seq), "--reason", "threat"});
  got = reports(mod_);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(str(got[1], "text"), "I will hurt you");
  EXPECT_TRUE(got[1].at("checked").as_bool());
  EXPECT_FALSE(got[1].at("verified").as_bool());

  // Another puts the words, unchanged, in someone else's mouth.
  {
    ProfileState s(m2_);
    auto* item = s.item("brussels", seq);
    ASSERT_NE(item, nullptr);
    content::RoomContent rc;
    ASSERT_TRUE(rc.ParseFromString(item->content()));
    rc.set_text("give me your address or else");
    item->set_content(rc.SerializeAsString());
    item->set_from(AccountId::from_text(admin_.id())->bytes());
    s.save();
  }
  m2_.ok({"report", "brussels", std::to_string(seq), "--reason", "harassment"});
  got = reports(mod_);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(str(got[2], "from_id"), admin_.id());
  EXPECT_TRUE(got[2].at("checked").as_bool());
  EXPECT_FALSE(got[2].at("verified").as_bool());
  // The relay learnt only that reports were made: nothing of them is in its data folder.
  EXPECT_FALSE(folder_contains(relay_->data(), "she threatened me"));
}

// Two moderators of the room (the moderator, and the admin who moderates every room): one marks
// a report handled, the other — away then — finds it handled at her next `relais reports`,
// which lists the open ones unless --all. The reporter is told nothing, and nobody but a
// moderator of the room can mark.
TEST_F(Moderation, AReportHandledByOneModeratorIsHandledForTheOther) {
  const uint64_t seq = say(m1_, "brussels", "send me your photos or else");
  const uint64_t later = say(m1_, "brussels", "I know where you work");
  sync(m2_);
  m2_.ok({"report", "brussels", std::to_string(seq), "--reason", "threat"});
  m2_.ok({"report", "brussels", std::to_string(later), "--reason", "threat"});
  auto open = reports(mod_);
  ASSERT_EQ(open.size(), 2u);
  for (const auto& r : open) EXPECT_FALSE(flag(r, "handled"));
  ASSERT_EQ(reports(admin_).size(), 2u);
  std::string first_id, later_id;
  for (const auto& r : open) (num(r, "seq") == seq ? first_id : later_id) = str(r, "report");
  ASSERT_EQ(first_id.size(), 32u);

  // The moderator marks the first, by the eight characters `relais reports` shows.
  auto marked = mod_.ok({"reports", "handled", first_id.substr(0, 8)});
  ASSERT_EQ(marked.size(), 1u);
  EXPECT_EQ(str(marked[0], "kind"), "report_handled");
  EXPECT_EQ(str(marked[0], "report"), first_id);
  EXPECT_TRUE(flag(marked[0], "ok"));
  open = reports(mod_);
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(str(open[0], "report"), later_id);
  bool listed_handled = false;
  for (auto& l : mod_.ok({"reports", "--all"}))
    if (str(l, "kind") == "report" && str(l, "report") == first_id) listed_handled = flag(l, "handled");
  EXPECT_TRUE(listed_handled);

  // The other moderator, away when it happened, finds it handled.
  open = reports(admin_);
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(str(open[0], "report"), later_id);
  auto seen = admin_.run({"reports"});
  ASSERT_EQ(seen.exit_code, 0) << seen.err;
  EXPECT_NE(seen.out.find("1 handled report is not shown (relais reports --all)."),
            std::string::npos)
      << seen.out;
  // She marks the other one; the first moderator reads that a moderator did, never who.
  admin_.ok({"reports", "handled", later_id});
  auto told = mod_.run({"sync", "--wait", "0"});
  ASSERT_EQ(told.exit_code, 0) << told.err;
  EXPECT_EQ(told.out.find(admin_.id()), std::string::npos) << told.out;
  auto none = mod_.run({"reports"});
  EXPECT_NE(none.out.find("No reports."), std::string::npos) << none.out;
  EXPECT_NE(none.out.find("2 handled reports are not shown"), std::string::npos) << none.out;

  // The reporter is told nothing of it.
  for (const auto& l : sync(m2_)) {
    EXPECT_NE(str(l, "kind"), "report_handled");
    const std::string line = boost::json::serialize(l);
    EXPECT_EQ(line.find(mod_.id()), std::string::npos) << line;
    EXPECT_EQ(line.find(admin_.id()), std::string::npos) << line;
  }
  // A member holds no report to mark; an ambiguous or unknown id is refused; a moderator whose
  // role was revoked is refused by the relay.
  auto member_try = m2_.run({"reports", "handled", first_id});
  EXPECT_EQ(member_try.exit_code, 1);
  EXPECT_NE(member_try.err.find("no report with that id"), std::string::npos) << member_try.err;
  EXPECT_NE(mod_.run({"reports", "handled", "zz"}).exit_code, 0);
  const uint64_t third = say(m1_, "brussels", "and again");
  sync(m2_);
  m2_.ok({"report", "brussels", std::to_string(third), "--reason", "spam"});
  open = reports(mod_);
  ASSERT_EQ(open.size(), 1u);
  admin_.ok({"admin", "revoke", "moderator", mod_.id(), "brussels"});
  auto revoked = mod_.run({"reports", "handled", str(open[0], "report")});
  EXPECT_EQ(revoked.exit_code, 1);
  EXPECT_NE(revoked.err.find("lacks the role"), std::string::npos) << revoked.err;
  EXPECT_EQ(reports(admin_).size(), 1u);  // still open for the moderators
}

TEST_F(Moderation, AReportWithoutTheMessageIsAClearError) {
  auto r = m2_.run({"report", "brussels", "999", "--reason", "spam"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("no message"), std::string::npos) << r.err;
  auto bad = m2_.run({"report", "brussels", "1", "--reason", "rudeness"});
  EXPECT_EQ(bad.exit_code, 2);
}

TEST_F(Moderation, AMemberIsRefusedEveryModeratorActionAndNothingHappens) {
  const uint64_t seq = say(m2_, "brussels", "an ordinary message");
  const auto before = member_ids(admin_, "brussels");
  const std::vector<std::vector<std::string>> attempts{
      {"mod", "kick", "brussels", m2_.id()},
      {"mod", "ban", "brussels", m2_.id()},
      {"mod", "unban", "brussels", m2_.id()},
      {"mod", "mute", "brussels", m2_.id(), "--for", "1h"},
      {"mod", "approve", "brussels", m2_.id()},
      {"mod", "refuse", "brussels", m2_.id()},
      {"mod", "remove", "brussels", std::to_string(seq)},
      {"mod", "pin", "brussels", "fake alert", "--for", "1h"},
      {"mod", "unpin", "brussels", std::to_string(seq)},
      {"mod", "requests", "brussels"},
      {"mod", "log", "brussels"},
      {"admin", "grant", "moderator", m1_.id(), "brussels"},
      {"admin", "revoke", "moderator", mod_.id(), "brussels"},
      {"admin", "room", "create", "mine", "--name-fr", "A moi", "--name-nl", "Van mij"},
      {"admin", "invite"},
  };
  for (const auto& args : attempts) {
    auto r = m1_.run(args);
    EXPECT_EQ(r.exit_code, 1) << args[0] << " " << args[1];
    EXPECT_NE(r.err.find("role"), std::string::npos) << args[1] << ": " << r.err;
  }
  EXPECT_EQ(member_ids(admin_, "brussels"), before);
  for (auto& m : m1_.ok({"members", "brussels"}))
    if (str(m, "id") == m1_.id()) {
      EXPECT_EQ(str(m, "role"), "member");
    }
  // The message is still there for a newcomer's moderator to act on, and the room has no "mine".
  mod_.ok({"mod", "remove", "brussels", std::to_string(seq)});
  for (auto& r : m1_.ok({"rooms"})) EXPECT_NE(str(r, "room"), "mine");
  // A moderator of one room is a member elsewhere.
  mod_.ok({"join", "gent"});
  m1_.ok({"join", "gent"});
  auto elsewhere = mod_.run({"mod", "kick", "gent", m1_.id()});
  EXPECT_EQ(elsewhere.exit_code, 1);
}

TEST_F(Moderation, InvitesOpenInviteRoomsAndRegistrationsOnce) {
  admin_.ok({"admin", "room", "create", "liege-trans", "--name-fr", "Liège trans", "--name-nl",
             "Luik trans", "--policy", "invite", "--region", "liege"});
  admin_.ok({"admin", "grant", "moderator", mod_.id(), "liege-trans"});
  auto without = m1_.run({"join", "liege-trans"});
  EXPECT_NE(without.exit_code, 0);
  EXPECT_NE(without.err.find("invite"), std::string::npos) << without.err;
  auto invite = mod_.ok({"admin", "invite", "liege-trans"});
  ASSERT_EQ(invite.size(), 1u);
  const std::string code = str(invite[0], "code");
  ASSERT_FALSE(code.empty());
  EXPECT_NE(m1_.run({"join", "liege-trans", "--invite", "not-the-code"}).exit_code, 0);
  m1_.ok({"join", "liege-trans", "--invite", code});
  EXPECT_NE(m2_.run({"join", "liege-trans", "--invite", code}).exit_code, 0);  // used up

  // A registration code from an admin works once.
  auto reg = admin_.ok({"admin", "invite", "--uses", "1"});
  ASSERT_EQ(reg.size(), 1u);
  Person newcomer(root_, "quitterie");
  newcomer.register_on(*relay_, {"--invite", str(reg[0], "code")});
  // (That a spent code is refused is tested against the relay core: a sixth registration from
  // one address here would meet the registration rate limit first.)
}

}  // namespace
}  // namespace relais::e2e

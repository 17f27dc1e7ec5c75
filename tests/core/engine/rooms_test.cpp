// Rooms in the engine: three engines through the in-test relay. Sender keys travel over 1:1
// sessions; a leave makes every remaining sender rotate before its next message, so the one who
// left cannot read what follows.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/engine/engine.h"
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

std::vector<std::string> room_texts(const Device& d, const std::string& room) {
  std::vector<std::string> out;
  for (const auto& r : d.seen<event::RoomItemReceived>()) {
    if (r.item.room == room && !r.item.is_event) out.push_back(r.item.text);
  }
  return out;
}

std::vector<event::RequestFailed> failures(const Device& d, RequestId r) {
  std::vector<event::RequestFailed> out;
  for (const auto& f : d.seen<event::RequestFailed>()) {
    if (f.request == r) out.push_back(f);
  }
  return out;
}

class RoomsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    relay.add_room("brussels");
    relay.add_room("gent", /*max_members=*/1);
    for (Device* d : {&a, &b, &c}) {
      relay.connect(*d);
      relay.pump();
      ASSERT_TRUE(d->engine.registered());
    }
  }

  void join(Device& d, const std::string& room) {
    const RequestId r = d.engine.join_room(room);
    relay.pump();
    bool joined = false;
    for (const auto& j : d.seen<event::RoomJoined>()) joined |= j.request == r;
    ASSERT_TRUE(joined) << d.engine.name();
  }

  RequestId say(Device& d, const std::string& room, const std::string& text) {
    auto r = d.engine.say(room, text, d.clock_ms);
    EXPECT_TRUE(r.ok());
    relay.pump();
    bool posted = false;
    for (const auto& p : d.seen<event::RoomPosted>()) posted |= p.request == *r;
    EXPECT_TRUE(posted) << d.engine.name() << " could not say " << text;
    return *r;
  }

  // Who received a Send from `from` since index `since` of the relay's log.
  std::vector<AccountId> sends_from(const Device& from, size_t since) {
    std::vector<AccountId> to;
    for (size_t i = since; i < relay.send_log.size(); ++i) {
      if (relay.send_log[i].first == from.engine.account_id())
        to.push_back(relay.send_log[i].second);
    }
    std::sort(to.begin(), to.end());
    return to;
  }

  TestRelay relay;
  Device a = new_device("Amandine");
  Device b = new_device("Berenice");
  Device c = new_device("Capucine");
};

TEST_F(RoomsTest, AJoinerSendsItsKeyToTheMembersAndMessagesReachThem) {
  join(a, "brussels");
  const size_t before_b = relay.send_log.size();
  join(b, "brussels");
  // b's key went to a, the one member before it.
  EXPECT_EQ(sends_from(b, before_b), std::vector<AccountId>{a.engine.account_id()});
  join(c, "brussels");

  say(b, "brussels", "hello from b");
  EXPECT_EQ(room_texts(a, "brussels"), std::vector<std::string>{"hello from b"});
  EXPECT_EQ(room_texts(c, "brussels"), std::vector<std::string>{"hello from b"});
  EXPECT_TRUE(room_texts(b, "brussels").empty());  // our own is not "received"

  say(a, "brussels", "and from a");
  EXPECT_EQ(room_texts(b, "brussels").back(), "and from a");
  EXPECT_EQ(room_texts(c, "brussels").back(), "and from a");
  auto received = c.seen<event::RoomItemReceived>();
  EXPECT_EQ(received.back().item.sender_name, "Amandine");
  EXPECT_EQ(received.back().item.from, a.engine.account_id());
  // Pseudonyms come from the messages: c can name both.
  EXPECT_EQ(c.engine.pseudonym(a.engine.account_id()), "Amandine");
  EXPECT_EQ(c.engine.pseudonym(b.engine.account_id()), "Berenice");

  // Events arrive in order with the messages: c saw itself join first.
  auto items = c.engine.room_history("brussels");
  ASSERT_FALSE(items.empty());
  EXPECT_TRUE(items.front().is_event);
  EXPECT_EQ(items.front().event, RoomEventKind::joined);
  EXPECT_EQ(items.front().from, c.engine.account_id());
  EXPECT_TRUE(std::is_sorted(items.begin(), items.end(),
                             [](const RoomItem& x, const RoomItem& y) { return x.seq < y.seq; }));

  // A second post needs no new distribution: everyone holds the key.
  const size_t before = relay.send_log.size();
  say(a, "brussels", "again");
  EXPECT_TRUE(sends_from(a, before).empty());
  EXPECT_EQ(room_texts(b, "brussels").back(), "again");

  const RequestId m = c.engine.list_members("brussels");
  relay.pump();
  auto listed = c.seen<event::MembersListed>();
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].request, m);
  EXPECT_EQ(listed[0].members.size(), 3u);
  for (const auto& member : listed[0].members) {
    if (member.id == a.engine.account_id()) {
      EXPECT_EQ(member.name, "Amandine");
    }
    if (member.id == c.engine.account_id()) {
      EXPECT_EQ(member.name, "Capucine");
    }
  }
}

TEST_F(RoomsTest, ALeaveRotatesLazilyAndTheRemovedMemberCannotReadWhatFollows) {
  for (Device* d : {&a, &b, &c}) join(*d, "brussels");
  say(a, "brussels", "before");
  ASSERT_EQ(room_texts(c, "brussels"), std::vector<std::string>{"before"});
  const auto before_entry = relay.rooms["brussels"].log.back();

  // c keeps its engine (and its copy of a's old key) but leaves.
  const RequestId left = c.engine.leave_room("brussels");
  relay.pump();
  ASSERT_EQ(c.seen<event::RoomLeft>().size(), 1u);
  EXPECT_EQ(c.seen<event::RoomLeft>()[0].request, left);

  // Nothing is rotated at the leave itself: only a's next post costs a distribution, to b only.
  const size_t before = relay.send_log.size();
  say(a, "brussels", "after");
  EXPECT_EQ(sends_from(a, before), std::vector<AccountId>{b.engine.account_id()});
  EXPECT_EQ(room_texts(b, "brussels").back(), "after");
  const auto after_entry = relay.rooms["brussels"].log.back();
  ASSERT_TRUE(after_entry.has_message());

  // THE removed-member test: handed the later ciphertext (a copy of the relay's data), c's
  // engine cannot decrypt it — it waits, forever, for a key it will never be sent.
  relay.disconnect(c);
  relay.connect(c);
  relay.pump();
  const size_t shown = room_texts(c, "brussels").size();
  wire::ServerFrame push;
  *push.mutable_room_entry() = after_entry;
  relay.inject(c, {push});
  relay.pump();
  EXPECT_EQ(room_texts(c, "brussels").size(), shown);
  EXPECT_EQ(c.engine.pending_room_entries("brussels"), 1u);
  for (const auto& item : c.engine.room_history("brussels")) EXPECT_NE(item.text, "after");
  // The control: before the leave the same engine could read a's messages ("before" above).
  EXPECT_EQ(before_entry.message().from(), a.engine.account_id().bytes());

  // b had never posted: its first key is made now and goes to a only, not to the leaver.
  const size_t before_b = relay.send_log.size();
  say(b, "brussels", "from b after");
  EXPECT_EQ(sends_from(b, before_b), std::vector<AccountId>{a.engine.account_id()});
  EXPECT_EQ(room_texts(a, "brussels").back(), "from b after");
}

TEST_F(RoomsTest, AMessageWaitsForItsSendersKeyAndIsShownOnce) {
  join(a, "brussels");
  join(b, "brussels");
  relay.disconnect(b);
  say(a, "brussels", "while you were away");
  relay.room_entries_first = true;  // the room entry arrives before the 1:1 key
  relay.connect(b);
  relay.pump();
  EXPECT_EQ(room_texts(b, "brussels"), std::vector<std::string>{"while you were away"});
  EXPECT_EQ(b.engine.pending_room_entries("brussels"), 0u);

  // Delivered again (as after a reconnect before the RoomAck): not shown twice.
  wire::ServerFrame push;
  *push.mutable_room_entry() = relay.rooms["brussels"].log.back();
  relay.inject(b, {push});
  relay.pump();
  EXPECT_EQ(room_texts(b, "brussels").size(), 1u);
  auto unread = b.engine.take_room_unread();
  EXPECT_EQ(
      std::count_if(unread.begin(), unread.end(), [](const RoomItem& i) { return !i.is_event; }),
      1);
  EXPECT_TRUE(b.engine.take_room_unread().empty());
}

TEST_F(RoomsTest, RoomAcksWaitForTheSaveAndRoomsSurviveARestart) {
  join(a, "brussels");
  join(b, "brussels");
  b.autosave = false;
  say(a, "brussels", "kept");
  // b decrypted the message but has not saved: no RoomAck may have left, so the relay's cursor
  // still points before it.
  const uint64_t seq = relay.rooms["brussels"].log.back().seq();
  EXPECT_LT(relay.rooms["brussels"].cursors[b.engine.account_id()], seq);
  b.save();
  relay.pump();
  EXPECT_EQ(relay.rooms["brussels"].cursors[b.engine.account_id()], seq);

  // Restored from its disk, b still knows the room, its history and a's key.
  relay.disconnect(b);
  auto restored = Engine::restore(b.disk);
  ASSERT_TRUE(restored.ok());
  b.engine = std::move(*restored);
  b.events.clear();
  b.autosave = true;
  EXPECT_EQ(b.engine.joined_rooms(), std::vector<std::string>{"brussels"});
  EXPECT_EQ(b.engine.room_history("brussels").back().text, "kept");
  relay.connect(b);
  relay.pump();
  say(a, "brussels", "after the restart");
  EXPECT_EQ(room_texts(b, "brussels"), std::vector<std::string>{"after the restart"});
}

TEST_F(RoomsTest, RefusalsAreSentences) {
  join(a, "brussels");
  auto r = c.engine.say("brussels", "let me in", c.clock_ms);
  ASSERT_TRUE(r.ok());
  relay.pump();
  ASSERT_EQ(failures(c, *r).size(), 1u);
  EXPECT_EQ(failures(c, *r)[0].failure.problem, Problem::not_a_member);

  const RequestId none = a.engine.join_room("atlantis");
  relay.pump();
  ASSERT_EQ(failures(a, none).size(), 1u);
  EXPECT_EQ(failures(a, none)[0].failure.problem, Problem::no_such_room);
  EXPECT_EQ(failures(a, none)[0].failure.room, "atlantis");

  join(b, "gent");
  const RequestId full = c.engine.join_room("gent");
  relay.pump();
  ASSERT_EQ(failures(c, full).size(), 1u);
  EXPECT_EQ(failures(c, full)[0].failure.problem, Problem::room_full);

  const RequestId bad = a.engine.join_room("Not A Room!");
  relay.pump();
  ASSERT_EQ(failures(a, bad).size(), 1u);
  EXPECT_FALSE(a.engine.say("brussels", "", 0).ok());
  EXPECT_FALSE(a.engine.say("brussels", std::string(kMaxTextBytes + 1, 'x'), 0).ok());
}

TEST_F(RoomsTest, MalformedRoomEntriesAreDroppedWithAWord) {
  join(a, "brussels");
  join(b, "brussels");
  auto bad_room = [&] {
    wire::ServerFrame f;
    f.mutable_room_entry()->set_room("../etc");
    f.mutable_room_entry()->set_seq(99);
    return f;
  }();
  // Entries the relay logged (so with its sequence numbers) but whose contents are garbage.
  wire::RoomEntry garbage;
  garbage.mutable_message()->set_from(b.engine.account_id().bytes());
  garbage.mutable_message()->set_message_id(std::string(16, 'm'));
  garbage.mutable_message()->set_ciphertext("not a sender key message");
  wire::RoomEntry no_sender;
  no_sender.mutable_message()->set_from("short");
  const size_t before = a.seen<event::ProtocolError>().size();
  relay.inject(a, {bad_room});
  relay.append("brussels", garbage);
  relay.append("brussels", no_sender);
  relay.pump();
  EXPECT_EQ(a.seen<event::ProtocolError>().size(), before + 1);
  EXPECT_GE(a.seen<event::Undecryptable>().size(), 2u);
  EXPECT_TRUE(room_texts(a, "brussels").empty());
  EXPECT_EQ(a.engine.pending_room_entries("brussels"), 0u);
  // The engine still works.
  say(b, "brussels", "still here");
  EXPECT_EQ(room_texts(a, "brussels"), std::vector<std::string>{"still here"});
}

TEST_F(RoomsTest, RoomMessagesDisappearAfterTheRoomsLifetime) {
  relay.add_room("liege", 0, /*lifetime_s=*/60);
  join(a, "liege");
  join(b, "liege");
  say(a, "liege", "soon gone");
  auto texts_in = [](const Engine& e) {
    size_t n = 0;
    for (const auto& i : e.room_history("liege")) n += !i.is_event && !i.text.empty();
    return n;
  };
  ASSERT_EQ(texts_in(b.engine), 1u);
  ASSERT_EQ(texts_in(a.engine), 1u);
  const uint64_t posted_at = relay.rooms["liege"].log.back().server_time_ms();
  b.engine.tick(posted_at + 59'000);
  EXPECT_EQ(texts_in(b.engine), 1u);
  b.engine.tick(posted_at + 61'000);
  a.engine.tick(posted_at + 61'000);
  EXPECT_EQ(texts_in(b.engine), 0u);
  EXPECT_EQ(texts_in(a.engine), 0u);
  EXPECT_TRUE(b.engine.needs_save());  // the deletion reaches the disk too
}

}  // namespace
}  // namespace relais::engine

namespace relais::engine {
namespace {

TEST(ModerationWords, RoundTrip) {
  for (auto k : {ModKind::approve, ModKind::refuse, ModKind::kick, ModKind::ban, ModKind::unban,
                 ModKind::mute, ModKind::remove, ModKind::pin, ModKind::unpin}) {
    EXPECT_EQ(from_word<ModKind>(word(k)), k);
  }
  for (auto r : {ReportReason::harassment, ReportReason::doxing, ReportReason::exploitation,
                 ReportReason::threat, ReportReason::spam, ReportReason::other}) {
    EXPECT_EQ(from_word<ReportReason>(word(r)), r);
  }
  EXPECT_FALSE(from_word<ModKind>("smite"));
  EXPECT_FALSE(from_word<ReportReason>(""));
}

TEST_F(RoomsTest, ModerationRequestsThatCannotBeRightFailAtOnceAndSendNothing) {
  const size_t frames = relay.frames_in;
  auto fails = [&](RequestId r, Errc code) {
    relay.pump();  // hands the engine's events to the device
    ASSERT_EQ(failures(a, r).size(), 1u);
    EXPECT_EQ(failures(a, r)[0].failure.code, code);
  };
  fails(a.engine.create_room({"Bad Id", "Nuit", "Nacht", JoinPolicy::open, 0, 0, 0, ""}),
        Errc::invalid_argument);
  fails(a.engine.create_room({"night", "", "Nacht", JoinPolicy::open, 0, 0, 0, ""}),
        Errc::invalid_argument);
  fails(a.engine.create_room({"night", "Nuit", "Nacht", JoinPolicy::open, 0, 0, 0, "Bad"}),
        Errc::invalid_argument);
  fails(a.engine.grant_role(b.engine.account_id(), {Role::member, ""}), Errc::invalid_argument);
  fails(a.engine.grant_role(b.engine.account_id(), {Role::moderator, ""}), Errc::invalid_argument);
  fails(a.engine.grant_role(b.engine.account_id(), {Role::admin, "gent"}), Errc::invalid_argument);
  fails(a.engine.grant_role({}, {Role::admin, ""}), Errc::invalid_argument);
  fails(a.engine.mod_action({ModKind::kick, "brussels", {}, 0, 0}), Errc::invalid_argument);
  fails(a.engine.mod_action({ModKind::remove, "brussels", {}, 0, 0}), Errc::invalid_argument);
  fails(a.engine.mod_action({ModKind::kick, "No Room", b.engine.account_id(), 0, 0}),
        Errc::invalid_argument);
  fails(a.engine.create_invite("No Room"), Errc::invalid_argument);
  fails(a.engine.create_invite("", 1, 0, RoleSpec{Role::member, ""}), Errc::invalid_argument);
  EXPECT_EQ(a.engine.pin_alert("brussels", "alert", 0, 0).error().code, Errc::invalid_argument);
  EXPECT_EQ(
      a.engine.report("brussels", 1, ReportReason::spam, std::string(3000, 'x'), 0).error().code,
      Errc::invalid_argument);
  EXPECT_EQ(a.engine.report("brussels", 1, ReportReason::spam, "", 0).error().code,
            Errc::not_found);
  relay.pump();
  EXPECT_EQ(relay.frames_in, frames);
}

TEST_F(RoomsTest, AReportNeedsTheMessagesOpeningWhichSurvivesARestart) {
  join(a, "brussels");
  join(b, "brussels");
  say(a, "brussels", "reported later");
  const uint64_t seq = relay.rooms["brussels"].log.back().seq();
  // Our own message cannot be reported (we hold no tag for it); a's in b's history can.
  EXPECT_EQ(a.engine.report("brussels", seq, ReportReason::spam, "", 0).error().code,
            Errc::not_found);
  relay.disconnect(b);
  auto restored = Engine::restore(b.disk);
  ASSERT_TRUE(restored.ok());
  b.engine = std::move(*restored);
  b.events.clear();
  relay.connect(b);
  relay.pump();
  auto r = b.engine.report("brussels", seq, ReportReason::threat, "", 0);
  ASSERT_TRUE(r.ok()) << r.error().message;
  relay.pump();
  // The in-test relay names no moderator: the report has nowhere to go, and says so.
  ASSERT_EQ(failures(b, *r).size(), 1u);
  EXPECT_EQ(failures(b, *r)[0].failure.problem, Problem::no_moderator);
}

TEST_F(RoomsTest, PermanenceRequestsThatCannotBeRightFailAtOnceAndSendNothing) {
  const size_t frames = relay.frames_in;
  auto fails = [&](RequestId r, Errc code) {
    relay.pump();
    ASSERT_EQ(failures(a, r).size(), 1u);
    EXPECT_EQ(failures(a, r)[0].failure.code, code);
  };
  fails(a.engine.create_org({"Bad Org", "Espace P", "", {}, "", ""}), Errc::invalid_argument);
  fails(a.engine.create_org({"espace-p", "", "", {}, "", ""}), Errc::invalid_argument);
  fails(a.engine.create_org({"espace-p", "Espace P", "", {"french"}, "", ""}),
        Errc::invalid_argument);
  fails(a.engine.add_slot("espace-p", {0, "brussels", "", "", "14:00", "15:00", {}}),
        Errc::invalid_argument);
  fails(a.engine.add_slot("espace-p", {0, "brussels", "tue", "2026-12-01", "14:00", "15:00", {}}),
        Errc::invalid_argument);
  fails(a.engine.add_slot("espace-p", {0, "brussels", "mardi", "", "14:00", "15:00", {}}),
        Errc::invalid_argument);
  fails(a.engine.knock("espace-p", "french"), Errc::invalid_argument);
  fails(a.engine.knock("Espace P", "fr"), Errc::invalid_argument);
  fails(a.engine.staff_take("no spaces please"), Errc::invalid_argument);
  fails(a.engine.staff_handoff("T1", a.engine.account_id()), Errc::invalid_argument);
  fails(a.engine.mark_handled("espace-p", "xyz"), Errc::invalid_argument);
  EXPECT_EQ(a.engine.ticket_say("T1", "hello", 0).error().code, Errc::not_found);
  EXPECT_EQ(a.engine.leave_message("espace-p", "", 0).error().code, Errc::invalid_argument);
  EXPECT_EQ(a.engine.leave_message("Bad Org", "hi", 0).error().code, Errc::invalid_argument);
  EXPECT_TRUE(a.engine.ticket_conversations().empty());
  EXPECT_FALSE(a.engine.cached_resources());
  relay.pump();
  EXPECT_EQ(relay.frames_in, frames);
}

}  // namespace
}  // namespace relais::engine

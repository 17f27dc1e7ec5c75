// The engine's rooms against the relay's real request handling: sender keys travel over 1:1
// sessions; a leave makes every remaining sender rotate before its next message, so the one who
// left cannot read what follows; entries wait for their sender's key; room acks wait for the
// save; refusals arrive typed.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/engine/engine.h"
#include "tests/core/engine/live_relay.h"

namespace relais::engine {
namespace {

using testing::Device;
using testing::LiveRelay;
using testing::new_device;

std::vector<std::string> room_texts(const Device& d, const std::string& room) {
  std::vector<std::string> out;
  for (const auto& r : d.seen<event::RoomItemReceived>()) {
    if (r.item.room == room && !r.item.is_event) out.push_back(r.item.text);
  }
  return out;
}

void restart(LiveRelay& relay, Device& d) {
  relay.disconnect(d);
  auto e = Engine::restore(d.disk);
  ASSERT_TRUE(e.ok()) << e.error().message;
  d.engine = std::move(*e);
  d.events.clear();
}

class RoomsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (Device* d : {&a, &b, &c}) relay.connect_and_log_in(*d);
  }

  void join(Device& d, const std::string& room) {
    const RequestId r = d.engine.join_room(room);
    relay.pump();
    bool joined = false;
    for (const auto& j : d.seen<event::RoomJoined>()) joined |= j.request == r;
    ASSERT_TRUE(joined) << d.engine.name() << " did not join " << room;
  }

  RequestId say(Device& d, const std::string& room, const std::string& text) {
    auto r = d.engine.say(room, text, relay.clock().now_ms());
    EXPECT_TRUE(r.ok());
    relay.pump();
    bool posted = false;
    for (const auto& p : d.seen<event::RoomPosted>()) posted |= p.request == *r;
    EXPECT_TRUE(posted) << d.engine.name() << " could not say " << text;
    return *r;
  }

  // Who `from` sent a one-to-one frame to since its `since`-th frame.
  std::vector<AccountId> sends_from(const Device& from, size_t since) {
    std::vector<AccountId> to;
    for (size_t i = since; i < from.sent.size(); ++i) {
      if (from.sent[i].has_send()) to.push_back(*AccountId::from_bytes(from.sent[i].send().to()));
    }
    std::sort(to.begin(), to.end());
    to.erase(std::unique(to.begin(), to.end()), to.end());
    return to;
  }

  // An admin who creates a room with its own settings.
  void create_room(const std::string& room, uint32_t max_members, uint64_t lifetime_s) {
    if (!admin.engine.registered()) relay.connect_and_log_in(admin);
    const RequestId r = admin.engine.create_room(
        {room, "Salle", "Zaal", JoinPolicy::open, 0, lifetime_s, max_members, ""});
    relay.pump();
    ASSERT_EQ(admin.seen<event::RoomCreated>().size(), 1u)
        << describe(admin.failures(r)[0].failure);
  }

  LiveRelay relay;
  Device a = new_device("Amandine");
  Device b = new_device("Berenice");
  Device c = new_device("Capucine");
  Device admin = new_device("Admin", relay.admin_invite());
};

TEST_F(RoomsTest, AJoinerSendsItsKeyToTheMembersAndMessagesReachThem) {
  join(a, "brussels");
  const size_t before_b = b.sent.size();
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

  // Events arrive in order with the messages, typed: c saw itself join first.
  auto items = c.engine.room_history("brussels");
  ASSERT_FALSE(items.empty());
  EXPECT_TRUE(items.front().is_event);
  EXPECT_EQ(items.front().event, RoomEventKind::joined);
  EXPECT_EQ(items.front().from, c.engine.account_id());
  EXPECT_TRUE(std::is_sorted(items.begin(), items.end(),
                             [](const RoomItem& x, const RoomItem& y) { return x.seq < y.seq; }));

  // A second post needs no new distribution: everyone holds the key.
  const size_t before = a.sent.size();
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
    EXPECT_EQ(member.role, Role::member);
    if (member.id == a.engine.account_id()) {
      EXPECT_EQ(member.person.name, "Amandine");
    }
    if (member.id == c.engine.account_id()) {
      EXPECT_EQ(member.person.name, "Capucine");
    }
  }

  const RequestId rooms = c.engine.list_rooms();
  relay.pump();
  ASSERT_EQ(c.seen<event::RoomsListed>().size(), 1u);
  EXPECT_EQ(c.seen<event::RoomsListed>()[0].request, rooms);
  bool found = false;
  const auto listed_rooms = c.seen<event::RoomsListed>()[0].rooms;
  for (const auto& room : listed_rooms) {
    if (room.room != "brussels") continue;
    found = true;
    EXPECT_TRUE(room.joined);
    EXPECT_EQ(room.policy, JoinPolicy::open);
    EXPECT_EQ(room.members, 3u);
  }
  EXPECT_TRUE(found);
}

TEST_F(RoomsTest, ALeaveRotatesLazilyAndTheRemovedMemberCannotReadWhatFollows) {
  for (Device* d : {&a, &b, &c}) join(*d, "brussels");
  say(a, "brussels", "before");
  ASSERT_EQ(room_texts(c, "brussels"), std::vector<std::string>{"before"});
  const auto before_entry = *relay.last_room_entry("brussels");

  // c keeps its engine (and its copy of a's old key) but leaves.
  const RequestId left = c.engine.leave_room("brussels");
  relay.pump();
  ASSERT_EQ(c.seen<event::RoomLeft>().size(), 1u);
  EXPECT_EQ(c.seen<event::RoomLeft>()[0].request, left);
  EXPECT_TRUE(c.engine.joined_rooms().empty());

  // Nothing is rotated at the leave itself: only a's next post costs a distribution, to b only.
  const size_t before = a.sent.size();
  say(a, "brussels", "after");
  EXPECT_EQ(sends_from(a, before), std::vector<AccountId>{b.engine.account_id()});
  EXPECT_EQ(room_texts(b, "brussels").back(), "after");
  const auto after_entry = *relay.last_room_entry("brussels");
  ASSERT_TRUE(after_entry.has_message());

  // THE removed-member test: handed the later ciphertext (a copy of the relay's data), c's
  // engine cannot decrypt it — it waits, forever, for a key it will never be sent.
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
  const size_t before_b = b.sent.size();
  say(b, "brussels", "from b after");
  EXPECT_EQ(sends_from(b, before_b), std::vector<AccountId>{a.engine.account_id()});
  EXPECT_EQ(room_texts(a, "brussels").back(), "from b after");
}

TEST_F(RoomsTest, AMessageWaitsForItsSendersKeyAndIsShownOnce) {
  join(a, "brussels");
  join(b, "brussels");
  restart(relay, b);
  say(a, "brussels", "while you were away");
  b.room_entries_first = true;  // the room entry arrives before the 1:1 key
  relay.connect_and_log_in(b);
  EXPECT_EQ(room_texts(b, "brussels"), std::vector<std::string>{"while you were away"});
  EXPECT_EQ(b.engine.pending_room_entries("brussels"), 0u);

  // Delivered again (as after a reconnect before the RoomAck): not shown twice.
  wire::ServerFrame push;
  *push.mutable_room_entry() = *relay.last_room_entry("brussels");
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
  const size_t acks_before =
      std::count_if(b.sent.begin(), b.sent.end(), [](const auto& f) { return f.has_room_ack(); });
  say(a, "brussels", "kept");
  // b decrypted the message but has not saved: no RoomAck may have left.
  EXPECT_EQ(
      std::count_if(b.sent.begin(), b.sent.end(), [](const auto& f) { return f.has_room_ack(); }),
      acks_before);
  // A crash now: the relay still holds the entry for b.
  restart(relay, b);
  b.autosave = true;
  relay.connect_and_log_in(b);
  EXPECT_EQ(room_texts(b, "brussels"), std::vector<std::string>{"kept"});

  // Saved and acknowledged: restored from its disk, b knows the room, its history and a's key.
  restart(relay, b);
  EXPECT_EQ(b.engine.joined_rooms(), std::vector<std::string>{"brussels"});
  EXPECT_EQ(b.engine.room_history("brussels").back().text, "kept");
  relay.connect_and_log_in(b);
  EXPECT_TRUE(room_texts(b, "brussels").empty());  // not delivered again
  say(a, "brussels", "after the restart");
  EXPECT_EQ(room_texts(b, "brussels"), std::vector<std::string>{"after the restart"});
}

TEST_F(RoomsTest, RefusalsAreTyped) {
  join(a, "brussels");
  auto r = c.engine.say("brussels", "let me in", relay.clock().now_ms());
  ASSERT_TRUE(r.ok());
  relay.pump();
  ASSERT_EQ(c.failures(*r).size(), 1u);
  EXPECT_EQ(c.failures(*r)[0].failure.problem, Problem::not_a_member);
  EXPECT_EQ(c.failures(*r)[0].failure.room, "brussels");

  const RequestId none = a.engine.join_room("atlantis");
  relay.pump();
  ASSERT_EQ(a.failures(none).size(), 1u);
  EXPECT_EQ(a.failures(none)[0].failure.problem, Problem::no_such_room);
  EXPECT_EQ(a.failures(none)[0].failure.room, "atlantis");

  create_room("tiny", /*max_members=*/1, 0);
  join(b, "tiny");
  const RequestId full = c.engine.join_room("tiny");
  relay.pump();
  ASSERT_EQ(c.failures(full).size(), 1u);
  EXPECT_EQ(c.failures(full)[0].failure.problem, Problem::room_full);

  const RequestId again = a.engine.join_room("brussels");
  relay.pump();
  ASSERT_EQ(a.failures(again).size(), 1u);
  EXPECT_EQ(a.failures(again)[0].failure.problem, Problem::already_member);

  // Malformed before anything is sent: the protocol's own rules, with the part at fault.
  const size_t frames = relay.frames_in();
  const RequestId bad = a.engine.join_room("Not A Room!");
  relay.pump();
  ASSERT_EQ(a.failures(bad).size(), 1u);
  EXPECT_EQ(a.failures(bad)[0].failure.problem, Problem::invalid_request);
  EXPECT_EQ(a.failures(bad)[0].failure.field, wire::FIELD_ROOM);
  EXPECT_EQ(a.failures(bad)[0].failure.rule, wire::RULE_MALFORMED);
  EXPECT_EQ(a.engine.say("brussels", "", 0).error().code, Errc::invalid_argument);
  const auto no_room = a.engine.say("Not A Room!", "hello", 0);
  ASSERT_FALSE(no_room.ok());
  EXPECT_EQ(no_room.failure().problem, Problem::invalid_request);
  EXPECT_EQ(no_room.failure().field, wire::FIELD_ROOM);
  EXPECT_EQ(a.engine.say("brussels", std::string(kMaxTextBytes + 1, 'x'), 0).error().code,
            Errc::invalid_argument);
  relay.pump();
  EXPECT_EQ(relay.frames_in(), frames);
}

TEST_F(RoomsTest, MalformedRoomEntriesAreDroppedWithAWord) {
  join(a, "brussels");
  join(b, "brussels");
  // Entries the relay logged (so with its sequence numbers) but whose contents are garbage: a
  // member's client of another make posts them.
  wire::ClientFrame garbage;
  auto* post = garbage.mutable_post_room();
  post->set_room("brussels");
  post->set_message_id(std::string(16, 'm'));
  post->set_ciphertext("not a sender key message");
  post->set_commitment(std::string(32, 'c'));
  relay.send_raw(b, garbage);
  relay.pump();
  ASSERT_EQ(a.seen<event::Undecryptable>().size(), 1u);
  EXPECT_EQ(a.seen<event::Undecryptable>()[0].from, b.engine.account_id());
  EXPECT_EQ(a.seen<event::Undecryptable>()[0].problem, Problem::room_message_undecryptable);
  // A sender the relay would never write (in a room of its own here: its made-up seq must not
  // hide brussels' next entries), and a room that is no room: said, and ignored.
  join(a, "gent");
  wire::ServerFrame no_sender;
  no_sender.mutable_room_entry()->set_room("gent");
  no_sender.mutable_room_entry()->set_seq(1000);
  no_sender.mutable_room_entry()->mutable_message()->set_from("short");
  wire::ServerFrame bad_room;
  bad_room.mutable_room_entry()->set_room("../etc");
  bad_room.mutable_room_entry()->set_seq(99);
  relay.inject(a, {no_sender, bad_room});
  EXPECT_EQ(a.seen<event::Undecryptable>().back().problem, Problem::room_message_bad_sender);
  EXPECT_EQ(a.seen<event::ProtocolError>().back().problem, Problem::malformed_room_entry);
  EXPECT_TRUE(room_texts(a, "brussels").empty());
  EXPECT_EQ(a.engine.pending_room_entries("brussels"), 0u);
  // The engine still works.
  say(b, "brussels", "still here");
  EXPECT_EQ(room_texts(a, "brussels"), std::vector<std::string>{"still here"});
}

TEST_F(RoomsTest, RoomMessagesDisappearAfterTheRoomsLifetime) {
  create_room("fleeting", 0, /*lifetime_s=*/60);
  join(a, "fleeting");
  join(b, "fleeting");
  say(a, "fleeting", "soon gone");
  auto texts_in = [](const Engine& e) {
    size_t n = 0;
    for (const auto& i : e.room_history("fleeting")) n += !i.is_event && !i.text.empty();
    return n;
  };
  ASSERT_EQ(texts_in(b.engine), 1u);
  ASSERT_EQ(texts_in(a.engine), 1u);
  const uint64_t posted_at = relay.last_room_entry("fleeting")->server_time_ms();
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

// Rooms on the relay: the regional rooms, joining, posting, fan-out to exactly the members,
// catch-up from a cursor after a reconnection or a restart, leaving, retention, franking.
#include "server/relay/rooms.h"

#include <gtest/gtest.h>

#include "core/crypto/random.h"
#include "tests/server/relay/relay_harness.h"

namespace relais::server::testing {
namespace {

using F = wire::ServerFrame;
// How long to wait for something that must not come (the relay is in-process and fast).
constexpr std::chrono::milliseconds kQuiet{300};

class RoomsTest : public RelayFixture {
 protected:
  struct Member {
    Identity who;
    std::shared_ptr<RecordingConnection> conn;
  };

  Member member() {
    std::string nonce;
    Member m;
    m.conn = connect_with_nonce(nonce);
    m.who = register_on(m.conn, nonce);
    return m;
  }
  void reconnect(Member& m) {
    std::string nonce;
    m.conn = connect_with_nonce(nonce);
    auto logged = login(m.conn, nonce, m.who, 900);
    ASSERT_TRUE(logged && logged->has_logged_in());
  }
  void disconnect(Member& m) {
    m.conn->run([&] { core_->on_close(m.conn); });
  }

  std::optional<F> call(Member& m, wire::ClientFrame f) {
    f.set_id(++next_id_);
    request(m.conn, f);
    return m.conn->answer(next_id_);
  }
  std::optional<F> join(Member& m, const std::string& room) {
    wire::ClientFrame f;
    f.mutable_join_room()->set_room(room);
    return call(m, f);
  }
  std::optional<F> post(Member& m, const std::string& room, const std::string& ciphertext) {
    wire::ClientFrame f;
    auto* p = f.mutable_post_room();
    p->set_room(room);
    p->set_message_id(crypto::random_bytes(16));
    p->set_ciphertext(ciphertext);
    p->set_commitment(std::string(32, 'c'));
    return call(m, f);
  }
  // The next room entry pushed to `m` that is a message (events skipped).
  std::optional<wire::RoomEntry> next_message(Member& m, std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    auto got = m.conn->next([](const F& f) { return f.has_room_entry() && f.room_entry().has_message(); }, timeout);
    return got ? std::optional(got->room_entry()) : std::nullopt;
  }
  std::optional<wire::RoomEntry> next_event(Member& m, wire::RoomEventKind kind) {
    auto got = m.conn->next([kind](const F& f) {
      return f.has_room_entry() && f.room_entry().has_event() && f.room_entry().event().kind() == kind;
    });
    return got ? std::optional(got->room_entry()) : std::nullopt;
  }
  void ack(Member& m, const std::string& room, uint64_t seq) {
    wire::ClientFrame f;
    f.mutable_room_ack()->set_room(room);
    f.mutable_room_ack()->set_seq(seq);
    request(m.conn, f);
  }

  uint64_t next_id_ = 100;
};

TEST_F(RoomsTest, TheFiveRegionalRoomsExistFromTheStart) {
  auto m = member();
  wire::ClientFrame f;
  f.mutable_list_rooms();
  auto list = call(m, f);
  ASSERT_TRUE(list && list->has_room_list());
  std::map<std::string, wire::RoomInfo> rooms;
  for (const auto& r : list->room_list().rooms()) rooms[r.room()] = r;
  ASSERT_EQ(rooms.size(), 5u);
  EXPECT_EQ(rooms["liege"].name_fr(), "Liège");
  EXPECT_EQ(rooms["liege"].name_nl(), "Luik");
  EXPECT_EQ(rooms["antwerp"].name_nl(), "Antwerpen");
  EXPECT_EQ(rooms["brussels"].retention_s(), 7u * 24 * 3600);
  EXPECT_EQ(rooms["charleroi"].policy(), wire::OPEN);
  EXPECT_FALSE(rooms["gent"].joined());
}

TEST_F(RoomsTest, MessagesReachExactlyTheMembersOfTheRoom) {
  auto a = member(), b = member(), c = member(), g = member();
  for (auto* m : {&a, &b, &c}) ASSERT_TRUE(join(*m, "brussels")->has_joined());
  ASSERT_TRUE(join(g, "gent")->has_joined());
  auto already = join(a, "brussels");
  EXPECT_EQ(already->error().code(), wire::ALREADY_MEMBER);
  EXPECT_EQ(join(a, "atlantis")->error().code(), wire::NO_SUCH_ROOM);

  auto posted = post(a, "brussels", "sender-key ciphertext");
  ASSERT_TRUE(posted && posted->has_posted()) << posted->DebugString();
  EXPECT_EQ(posted->posted().franking_tag().size(), 32u);
  for (auto* m : {&a, &b, &c}) {
    auto e = next_message(*m);
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->message().ciphertext(), "sender-key ciphertext");
    EXPECT_EQ(e->message().from(), a.who.account.bytes());
    EXPECT_EQ(e->seq(), posted->posted().seq());
    EXPECT_EQ(e->message().franking_tag(), posted->posted().franking_tag());
  }
  EXPECT_EQ(next_message(g, kQuiet), std::nullopt);
  // Not a member, or a malformed post.
  EXPECT_EQ(post(g, "brussels", "x")->error().code(), wire::NOT_A_MEMBER);
  wire::ClientFrame bad;
  bad.mutable_post_room()->set_room("brussels");
  bad.mutable_post_room()->set_message_id(std::string(16, 'i'));
  bad.mutable_post_room()->set_ciphertext("x");
  bad.mutable_post_room()->set_commitment("short");
  EXPECT_EQ(call(a, bad)->error().code(), wire::INVALID_ARGUMENT);
}

TEST_F(RoomsTest, MembersSeeJoinsAndLeavesAndTheMemberList) {
  auto a = member(), b = member();
  join(a, "gent");
  join(b, "gent");
  auto joined = next_event(a, wire::MEMBER_JOINED);  // a's own join
  ASSERT_TRUE(joined.has_value());
  auto b_joined = next_event(a, wire::MEMBER_JOINED);
  ASSERT_TRUE(b_joined.has_value());
  EXPECT_EQ(b_joined->event().who(), b.who.account.bytes());

  wire::ClientFrame list;
  list.mutable_list_members()->set_room("gent");
  auto members = call(a, list);
  ASSERT_TRUE(members && members->has_members());
  ASSERT_EQ(members->members().members_size(), 2);
  for (const auto& m : members->members().members()) EXPECT_EQ(m.identity_key().size(), 33u);

  wire::ClientFrame leave;
  leave.mutable_leave_room()->set_room("gent");
  ASSERT_TRUE(call(b, leave)->has_ok());
  auto left = next_event(a, wire::MEMBER_LEFT);
  ASSERT_TRUE(left.has_value());
  EXPECT_EQ(left->event().who(), b.who.account.bytes());
  post(a, "gent", "after b left");
  EXPECT_EQ(next_message(b, kQuiet), std::nullopt);
  EXPECT_EQ(call(b, leave)->error().code(), wire::NOT_A_MEMBER);
  EXPECT_EQ(call(b, list)->error().code(), wire::NOT_A_MEMBER);
}

TEST_F(RoomsTest, AnOfflineMemberCatchesUpInOrderEvenAcrossARestart) {
  auto a = member(), b = member();
  join(a, "liege");
  join(b, "liege");
  post(a, "liege", "first");
  auto first = next_message(b);
  ASSERT_TRUE(first.has_value());
  ack(b, "liege", first->seq());
  disconnect(b);
  constexpr int kCount = 700;  // more than one delivery window
  for (int i = 0; i < kCount; ++i) ASSERT_TRUE(post(a, "liege", "m" + std::to_string(i))->has_posted());

  close_relay();
  open();
  reconnect(b);
  for (int i = 0; i < kCount; ++i) {
    auto e = next_message(b);
    ASSERT_TRUE(e.has_value()) << i;
    EXPECT_EQ(e->message().ciphertext(), "m" + std::to_string(i));
    ack(b, "liege", e->seq());
  }
  EXPECT_EQ(next_message(b, kQuiet), std::nullopt);  // "first" was acknowledged before: not again
}

TEST_F(RoomsTest, RetentionDropsOldEntries) {
  auto a = member();
  join(a, "charleroi");
  post(a, "charleroi", "old");
  clock_.advance_ms(8ull * 24 * 3600 * 1000);
  post(a, "charleroi", "new");
  core_->tick();
  ASSERT_TRUE(store_->commit_and_wait(WriteBatch{}, Durability::synced).ok());
  std::vector<std::string> kept;
  ASSERT_TRUE(store_->scan(Table::room_log, RoomService::log_key("charleroi", 0),
                           RoomService::log_key("charleroi", ~0ull), 0, [&](auto, std::string_view v) {
                             kept.emplace_back(v);
                             return true;
                           }).ok());
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_NE(kept[0].find("new"), std::string::npos);
}

TEST_F(RoomsTest, TheRelayConfirmsOnlyTheTagsItIssued) {
  auto a = member(), b = member();
  join(a, "antwerp");
  join(b, "antwerp");
  auto posted = post(a, "antwerp", "ct");
  auto e = next_message(b);
  ASSERT_TRUE(e.has_value());
  wire::ClientFrame v;
  auto* q = v.mutable_verify_franking();
  q->set_room("antwerp");
  q->set_seq(e->seq());
  q->set_from(e->message().from());
  q->set_server_time_ms(e->server_time_ms());
  q->set_commitment(e->message().commitment());
  q->set_franking_tag(e->message().franking_tag());
  EXPECT_TRUE(call(b, v)->franking_verdict().valid());
  q->set_from(b.who.account.bytes());  // a report that names another sender
  EXPECT_FALSE(call(b, v)->franking_verdict().valid());
}

}  // namespace
}  // namespace relais::server::testing

// Moderation on the relay: roles and their grants, room creation, join policies (knock, invite),
// every moderator action with its room event, the moderation log, the physical removal of a
// message, and the refusals: a plain member's attempt at each action changes nothing.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <iterator>
#include <thread>

#include "core/crypto/random.h"
#include "core/wire/contract.h"
#include "server/relay/rooms.h"
#include "tests/server/relay/relay_harness.h"
#include "tests/support/files.h"

namespace relais::server::testing {
namespace {

using F = wire::ServerFrame;
constexpr std::chrono::milliseconds kQuiet{300};

class ModerationTest : public RelayFixture {
 protected:
  using Member = Client;

  void SetUp() override {
    config_.registrations_per_address = {1000, 1000};  // many accounts from one test address
    RelayFixture::SetUp();
  }

  Member member(const std::string& invite_code = {}) { return registered_client(invite_code); }
  Member admin() { return admin_client(); }
  void reconnect(Member& m) {
    std::string nonce;
    m.conn = connect_with_nonce(nonce);
    auto logged = login(m.conn, nonce, m.who, 900);
    ASSERT_TRUE(logged && logged->has_logged_in());
  }
  void disconnect(Member& m) {
    m.conn->run([&] { core_->on_close(m.conn); });
  }
  void restart() {
    close_relay();
    open();
  }

  std::optional<F> call(Member& m, wire::ClientFrame f) {
    f.set_id(++next_id_);
    request(m.conn, f);
    return m.conn->answer(next_id_);
  }
  static wire::ErrorCode err(const std::optional<F>& f) {
    return f && f->has_error() ? f->error().code() : wire::ERROR_UNSPECIFIED;
  }
  std::optional<F> join(Member& m, const std::string& room, const std::string& invite = {}) {
    wire::ClientFrame f;
    f.mutable_join_room()->set_room(room);
    f.mutable_join_room()->set_invite_code(invite);
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
  std::optional<F> act(Member& m, wire::ModActionKind kind, const std::string& room,
                       const std::string& target, uint64_t seq = 0, uint64_t duration_s = 0) {
    wire::ClientFrame f;
    auto* a = f.mutable_mod_action();
    a->set_kind(kind);
    a->set_room(room);
    a->set_target(target);
    a->set_seq(seq);
    a->set_duration_s(duration_s);
    return call(m, f);
  }
  std::optional<F> grant(Member& by, const std::string& account, wire::Role role,
                         const std::string& scope, bool add = true) {
    wire::ClientFrame f;
    wire::RoleGrant* g;
    if (add) {
      f.mutable_grant_role()->set_account_id(account);
      g = f.mutable_grant_role()->mutable_grant();
    } else {
      f.mutable_revoke_role()->set_account_id(account);
      g = f.mutable_revoke_role()->mutable_grant();
    }
    g->set_role(role);
    g->set_scope(scope);
    return call(by, f);
  }
  std::optional<F> create_room(Member& by, const std::string& id, wire::JoinPolicy policy,
                               const std::function<void(wire::RoomInfo&)>& tweak = {}) {
    wire::ClientFrame f;
    auto* r = f.mutable_create_room()->mutable_room();
    r->set_room(id);
    r->set_name_fr("Salle " + id);
    r->set_name_nl("Zaal " + id);
    r->set_policy(policy);
    if (tweak) tweak(*r);
    return call(by, f);
  }
  std::optional<F> invite(Member& by, const std::string& room, uint32_t uses = 0,
                          uint64_t valid_for_s = 0) {
    wire::ClientFrame f;
    f.mutable_create_invite()->set_room(room);
    f.mutable_create_invite()->set_uses(uses);
    f.mutable_create_invite()->set_valid_for_s(valid_for_s);
    return call(by, f);
  }
  std::map<std::string, wire::RoomInfo> rooms(Member& m) {
    wire::ClientFrame f;
    f.mutable_list_rooms();
    auto list = call(m, f);
    std::map<std::string, wire::RoomInfo> out;
    EXPECT_TRUE(list && list->has_room_list());
    if (list) {
      for (const auto& r : list->room_list().rooms()) out[r.room()] = r;
    }
    return out;
  }
  std::vector<wire::Member> members(Member& m, const std::string& room) {
    wire::ClientFrame f;
    f.mutable_list_members()->set_room(room);
    auto list = call(m, f);
    EXPECT_TRUE(list && list->has_members()) << (list ? list->DebugString() : "no answer");
    if (!list || !list->has_members()) return {};
    return {list->members().members().begin(), list->members().members().end()};
  }
  std::optional<F> mod_log(Member& m, const std::string& room, uint64_t since_ms = 0) {
    wire::ClientFrame f;
    f.mutable_read_mod_log()->set_room(room);
    f.mutable_read_mod_log()->set_since_ms(since_ms);
    return call(m, f);
  }
  std::optional<wire::RoomEntry> next_event(
      Member& m, wire::RoomEventKind kind,
      std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    auto got = m.conn->next(
        [kind](const F& f) {
          return f.has_room_entry() && f.room_entry().has_event() &&
                 f.room_entry().event().kind() == kind;
        },
        timeout);
    return got ? std::optional(got->room_entry()) : std::nullopt;
  }
  std::optional<wire::RoomEntry> next_entry(
      Member& m, std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    auto got = m.conn->next([](const F& f) { return f.has_room_entry(); }, timeout);
    return got ? std::optional(got->room_entry()) : std::nullopt;
  }
  std::optional<wire::RoomEntry> next_message(
      Member& m, std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    auto got = m.conn->next(
        [](const F& f) { return f.has_room_entry() && f.room_entry().has_message(); }, timeout);
    return got ? std::optional(got->room_entry()) : std::nullopt;
  }
  bool is_member(Member& m, const std::string& room) { return rooms(m)[room].joined(); }

  // An admin, a moderator of `room` (granted by the admin) and two plain members, all in it.
  struct Cast {
    Member admin, mod, a, b;
  };
  Cast cast(const std::string& room) {
    Cast c{admin(), member(), member(), member()};
    EXPECT_TRUE(grant(c.admin, c.mod.id(), wire::MODERATOR, room)->has_ok());
    for (auto* m : {&c.mod, &c.a, &c.b}) EXPECT_TRUE(join(*m, room)->has_joined());
    return c;
  }

  // Whether `bytes` occur in any file under the relay's data folder.
  bool on_disk(const std::string& bytes) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir_.path())) {
      if (!entry.is_regular_file()) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (content.find(bytes) != std::string::npos) return true;
    }
    return false;
  }

  uint64_t next_id_ = 100;
};

// Over a store that can be made to refuse (RocksOptions::max_pending_bytes, StoreOverload).
class ModerationRefusedTest : public ModerationTest {
 protected:
  static constexpr size_t kMaxPending = 64 * 1024;
  void SetUp() override {
    store_options_.max_pending_bytes = kMaxPending;
    ModerationTest::SetUp();
  }
};

TEST_F(ModerationTest, AnAdminCreatesRoomsThatSurviveARestart) {
  auto root = admin();
  auto m = member();
  auto created =
      create_room(root, "nl-topic", wire::KNOCK, [](wire::RoomInfo& r) { r.set_region("gent"); });
  ASSERT_TRUE(created && created->has_room_list()) << created->DebugString();
  ASSERT_EQ(created->room_list().rooms_size(), 1);
  const auto& info = created->room_list().rooms(0);
  EXPECT_EQ(info.room(), "nl-topic");
  EXPECT_EQ(info.policy(), wire::KNOCK);
  EXPECT_EQ(info.retention_s(), 7u * 24 * 3600);
  EXPECT_EQ(info.max_members(), RoomService::kDefaultMaxMembers);
  EXPECT_EQ(err(create_room(root, "nl-topic", wire::OPEN)), wire::ALREADY_EXISTS);
  EXPECT_EQ(err(create_room(m, "mine", wire::OPEN)), wire::FORBIDDEN);

  restart();
  reconnect(m);
  auto listed = rooms(m);
  ASSERT_TRUE(listed.count("nl-topic"));
  EXPECT_EQ(listed["nl-topic"].name_nl(), "Zaal nl-topic");
  EXPECT_EQ(listed["nl-topic"].policy(), wire::KNOCK);
  EXPECT_EQ(listed["nl-topic"].region(), "gent");
  EXPECT_FALSE(listed.count("mine"));
  EXPECT_EQ(listed.size(), 6u);
}

// Found by the second attacker review (issue 15): accounts that joined a room and vanished
// kept a real member out for good ("This room is full"). Now a member who has read nothing
// since joining, room-idle-member-days ago and not online, no longer counts toward the cap.
TEST_F(ModerationTest, MembersWhoJoinedAndVanishedStopFillingARoom) {
  auto root = admin();
  ASSERT_TRUE(create_room(root, "small", wire::OPEN, [](wire::RoomInfo& r) {
                r.set_max_members(2);
              })->has_room_list());
  auto sybil1 = member(), sybil2 = member(), real = member();
  ASSERT_TRUE(join(sybil1, "small")->has_joined());
  ASSERT_TRUE(join(sybil2, "small")->has_joined());
  EXPECT_EQ(err(join(real, "small")), wire::ROOM_FULL);
  clock_.advance_ms(uint64_t{config_.room_idle_member_days + 1} * 24 * 3600 * 1000);
  // Online, they still count: someone connected may be reading.
  EXPECT_EQ(err(join(real, "small")), wire::ROOM_FULL);
  disconnect(sybil1);
  disconnect(sybil2);
  ASSERT_TRUE(join(real, "small")->has_joined());
  // A third place is not made by that: the real member counts, and so would anyone who reads.
  auto late = member();
  ASSERT_TRUE(join(late, "small")->has_joined());  // the two idle ones still do not count
  auto later = member();
  EXPECT_EQ(err(join(later, "small")), wire::ROOM_FULL);
}

TEST_F(ModerationTest, CreateRoomRefusesMalformedRooms) {
  auto root = admin();
  using Tweak = std::function<void(wire::RoomInfo&)>;
  const std::vector<std::pair<std::string, Tweak>> bad = {
      {"", {}},
      {"Upper", {}},
      {"under_score", {}},
      {std::string(33, 'a'), {}},
      {"ok1", [](wire::RoomInfo& r) { r.set_name_fr(""); }},
      {"ok2", [](wire::RoomInfo& r) { r.set_name_nl(std::string(65, 'n')); }},
      {"ok3", [](wire::RoomInfo& r) { r.set_policy(wire::POLICY_UNSPECIFIED); }},
      {"ok4", [](wire::RoomInfo& r) { r.set_policy(static_cast<wire::JoinPolicy>(9)); }},
      {"ok5", [](wire::RoomInfo& r) { r.set_retention_s(91ull * 24 * 3600); }},
      {"ok6", [](wire::RoomInfo& r) { r.set_max_members(1'000'000); }},
      {"ok7", [](wire::RoomInfo& r) { r.set_region("Not A Region"); }},
  };
  for (const auto& [id, tweak] : bad) {
    EXPECT_EQ(err(create_room(root, id, wire::OPEN, tweak)), wire::INVALID_ARGUMENT) << id;
  }
  // The refusal says which field broke which rule, so a client can say it in its own words.
  auto long_name = create_room(root, "ok8", wire::OPEN,
                               [](wire::RoomInfo& r) { r.set_name_nl(std::string(65, 'n')); });
  ASSERT_TRUE(long_name && long_name->has_error());
  EXPECT_EQ(long_name->error().violation().field(), wire::FIELD_ROOM_NAME);
  EXPECT_EQ(long_name->error().violation().rule(), wire::RULE_TOO_LONG);
  EXPECT_EQ(long_name->error().violation().limit(), wire::kMaxRoomNameBytes);
  EXPECT_EQ(rooms(root).size(), 5u);
  EXPECT_TRUE(create_room(root, std::string(32, 'a'), wire::OPEN)->has_room_list());
}

TEST_F(ModerationTest, GrantingAndRevokingAModeratorIsSeenInTheRoom) {
  auto root = admin();
  auto mod = member(), a = member();
  ASSERT_TRUE(join(mod, "gent")->has_joined());
  ASSERT_TRUE(join(a, "gent")->has_joined());
  EXPECT_EQ(err(act(mod, wire::MUTE, "gent", a.id(), 0, 60)), wire::FORBIDDEN);

  ASSERT_TRUE(grant(root, mod.id(), wire::MODERATOR, "gent")->has_ok());
  auto granted = next_event(a, wire::ROLE_GRANTED);
  ASSERT_TRUE(granted.has_value());
  EXPECT_EQ(granted->event().who(), mod.id());
  EXPECT_TRUE(granted->event().by().empty());  // behind the role
  EXPECT_EQ(granted->event().role(), wire::MODERATOR);
  for (const auto& m : members(a, "gent")) {
    EXPECT_EQ(m.role(), m.account_id() == mod.id() ? wire::MODERATOR : wire::MEMBER);
  }
  // The role takes effect at the moderator's next request.
  EXPECT_TRUE(act(mod, wire::MUTE, "gent", a.id(), 0, 60)->has_ok());
  // A moderator of one room is nobody in another.
  ASSERT_TRUE(join(a, "liege")->has_joined());
  EXPECT_EQ(err(act(mod, wire::KICK, "liege", a.id())), wire::FORBIDDEN);

  ASSERT_TRUE(grant(root, mod.id(), wire::MODERATOR, "gent", false)->has_ok());
  auto revoked = next_event(a, wire::ROLE_REVOKED);
  ASSERT_TRUE(revoked.has_value());
  EXPECT_EQ(revoked->event().who(), mod.id());
  for (const auto& m : members(a, "gent")) EXPECT_EQ(m.role(), wire::MEMBER);
  EXPECT_EQ(err(act(mod, wire::MUTE, "gent", a.id(), 0, 0)), wire::FORBIDDEN);

  // Roles outside rooms; only admins grant; malformed grants. An outreach role names an
  // existing organisation.
  EXPECT_EQ(err(grant(root, a.id(), wire::OUTREACH, "espace-p")), wire::NO_SUCH_ORG);
  wire::ClientFrame org;
  org.mutable_create_org()->mutable_org()->set_org("espace-p");
  org.mutable_create_org()->mutable_org()->set_name("Espace P");
  ASSERT_TRUE(call(root, org)->has_org_list());
  EXPECT_TRUE(grant(root, a.id(), wire::OUTREACH, "espace-p")->has_ok());
  EXPECT_EQ(err(grant(a, mod.id(), wire::MODERATOR, "gent")), wire::FORBIDDEN);
  EXPECT_EQ(err(grant(root, std::string(16, 'x'), wire::MODERATOR, "gent")), wire::UNKNOWN_ACCOUNT);
  EXPECT_EQ(err(grant(root, mod.id(), wire::MODERATOR, "atlantis")), wire::NO_SUCH_ROOM);
  EXPECT_EQ(err(grant(root, mod.id(), wire::MODERATOR, "")), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(grant(root, mod.id(), wire::MEMBER, "gent")), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(grant(root, mod.id(), wire::ADMIN, "gent")), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(grant(root, mod.id(), wire::OUTREACH, "")), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(grant(root, "short", wire::ADMIN, "")), wire::INVALID_ARGUMENT);

  auto log = mod_log(root, "gent");
  ASSERT_TRUE(log && log->has_mod_log());
  std::vector<wire::ModActionKind> kinds;
  for (const auto& e : log->mod_log().entries()) kinds.push_back(e.kind());
  EXPECT_EQ(kinds,
            (std::vector<wire::ModActionKind>{wire::GRANT_ROLE, wire::MUTE, wire::REVOKE_ROLE}));
  EXPECT_EQ(log->mod_log().entries(0).role(), wire::MODERATOR);
  EXPECT_EQ(log->mod_log().entries(0).target(), mod.id());
}

TEST_F(ModerationTest, AnAdminGrantedByAnotherAdminCanAdminister) {
  auto root = admin();
  auto other = member();
  EXPECT_EQ(err(create_room(other, "x", wire::OPEN)), wire::FORBIDDEN);
  ASSERT_TRUE(grant(root, other.id(), wire::ADMIN, "")->has_ok());
  EXPECT_TRUE(create_room(other, "x", wire::OPEN)->has_room_list());
  ASSERT_TRUE(grant(root, other.id(), wire::ADMIN, "", false)->has_ok());
  EXPECT_EQ(err(create_room(other, "y", wire::OPEN)), wire::FORBIDDEN);
}

TEST_F(ModerationTest, AKnockIsApprovedOrRefusedAndTheKnockerIsTold) {
  auto root = admin();
  auto mod = member(), old = member(), k1 = member(), k2 = member();
  ASSERT_TRUE(create_room(root, "knock", wire::KNOCK)->has_room_list());
  ASSERT_TRUE(grant(root, mod.id(), wire::MODERATOR, "knock")->has_ok());
  ASSERT_TRUE(join(mod, "knock")->has_joined());  // a moderator needs no approval
  ASSERT_TRUE(next_event(mod, wire::MEMBER_JOINED).has_value());

  auto knocked = join(k1, "knock");
  ASSERT_TRUE(knocked && knocked->has_joined());
  EXPECT_TRUE(knocked->joined().pending());
  EXPECT_TRUE(knocked->joined().info().pending());
  EXPECT_FALSE(knocked->joined().info().joined());
  EXPECT_TRUE(join(k1, "knock")->joined().pending());  // again: the same
  clock_.advance_ms(1000);
  EXPECT_TRUE(join(k2, "knock")->joined().pending());
  EXPECT_TRUE(rooms(k1)["knock"].pending());
  EXPECT_EQ(err(post(k1, "knock", "not yet")), wire::NOT_A_MEMBER);
  EXPECT_EQ(rooms(mod)["knock"].members(), 1u);

  wire::ClientFrame requests;
  requests.mutable_list_join_requests()->set_room("knock");
  auto listed = call(mod, requests);
  ASSERT_TRUE(listed && listed->has_join_requests());
  ASSERT_EQ(listed->join_requests().requests_size(), 2);
  EXPECT_EQ(listed->join_requests().requests(0).account_id(), k1.id());
  EXPECT_EQ(listed->join_requests().requests(1).account_id(), k2.id());
  EXPECT_LT(listed->join_requests().requests(0).since_ms(),
            listed->join_requests().requests(1).since_ms());
  EXPECT_EQ(err(call(old, requests)), wire::FORBIDDEN);
  EXPECT_EQ(err(act(old, wire::APPROVE, "knock", k1.id())), wire::FORBIDDEN);
  EXPECT_TRUE(rooms(k1)["knock"].pending());

  ASSERT_TRUE(act(mod, wire::APPROVE, "knock", k1.id())->has_ok());
  auto told = k1.conn->push(F::kJoined);
  ASSERT_TRUE(told.has_value());
  EXPECT_EQ(told->joined().room(), "knock");
  EXPECT_FALSE(told->joined().pending());
  EXPECT_FALSE(told->joined().refused());
  EXPECT_TRUE(told->joined().info().joined());
  auto seen = next_event(mod, wire::MEMBER_JOINED);
  ASSERT_TRUE(seen.has_value());
  EXPECT_EQ(seen->event().who(), k1.id());
  EXPECT_TRUE(seen->event().by().empty());  // members never see who
  EXPECT_EQ(told->joined().from_seq(), seen->seq());
  auto own = next_event(k1, wire::MEMBER_JOINED);  // the approved member's first entry
  ASSERT_TRUE(own.has_value());
  EXPECT_EQ(own->seq(), seen->seq());
  ASSERT_TRUE(post(k1, "knock", "hello")->has_posted());
  EXPECT_TRUE(next_message(mod).has_value());
  EXPECT_EQ(err(act(mod, wire::APPROVE, "knock", k1.id())), wire::NOT_A_MEMBER);

  ASSERT_TRUE(act(mod, wire::REFUSE, "knock", k2.id())->has_ok());
  auto refused = k2.conn->push(F::kJoined);
  ASSERT_TRUE(refused.has_value());
  EXPECT_TRUE(refused->joined().refused());
  EXPECT_EQ(refused->joined().room(), "knock");
  auto k2_view = rooms(k2)["knock"];
  EXPECT_FALSE(k2_view.pending());
  EXPECT_FALSE(k2_view.joined());
  EXPECT_EQ(next_entry(k2, kQuiet), std::nullopt);
  EXPECT_EQ(err(act(mod, wire::REFUSE, "knock", k2.id())), wire::NOT_A_MEMBER);
  // A refusal is no room event; it is in the moderation log.
  EXPECT_EQ(next_event(mod, wire::MEMBER_JOINED, kQuiet), std::nullopt);
  auto log = mod_log(mod, "knock");
  ASSERT_EQ(log->mod_log().entries_size(), 3);  // grant, approve, refuse
  EXPECT_EQ(log->mod_log().entries(2).kind(), wire::REFUSE);
  EXPECT_EQ(log->mod_log().entries(2).target(), k2.id());
  EXPECT_EQ(log->mod_log().entries(2).actor(), mod.id());
}

TEST_F(ModerationTest, APendingKnockSurvivesARestart) {
  auto root = admin();
  auto k = member();
  ASSERT_TRUE(create_room(root, "knock", wire::KNOCK)->has_room_list());
  ASSERT_TRUE(join(k, "knock")->joined().pending());
  restart();
  reconnect(root);
  reconnect(k);
  wire::ClientFrame requests;
  requests.mutable_list_join_requests()->set_room("knock");
  auto listed = call(root, requests);
  ASSERT_EQ(listed->join_requests().requests_size(), 1);
  ASSERT_TRUE(act(root, wire::APPROVE, "knock", k.id())->has_ok());
  EXPECT_TRUE(k.conn->push(F::kJoined).has_value());
  EXPECT_TRUE(is_member(k, "knock"));
}

TEST_F(ModerationTest, AKnockCanBeWithdrawn) {
  auto root = admin();
  auto k = member();
  ASSERT_TRUE(create_room(root, "knock", wire::KNOCK)->has_room_list());
  ASSERT_TRUE(join(k, "knock")->joined().pending());
  wire::ClientFrame leave;
  leave.mutable_leave_room()->set_room("knock");
  EXPECT_TRUE(call(k, leave)->has_ok());
  EXPECT_FALSE(rooms(k)["knock"].pending());
  EXPECT_EQ(err(call(k, leave)), wire::NOT_A_MEMBER);
  EXPECT_EQ(err(act(root, wire::APPROVE, "knock", k.id())), wire::NOT_A_MEMBER);
  restart();
  reconnect(root);
  wire::ClientFrame requests;
  requests.mutable_list_join_requests()->set_room("knock");
  EXPECT_EQ(call(root, requests)->join_requests().requests_size(), 0);
}

TEST_F(ModerationTest, AModeratorOutsideTheRoomCanCheckAFrankingTag) {
  auto c = cast("gent");
  ASSERT_TRUE(post(c.a, "gent", "reported")->has_posted());
  auto e = next_message(c.b);
  ASSERT_TRUE(e.has_value());
  wire::ClientFrame v;
  auto* q = v.mutable_verify_franking();
  q->set_room("gent");
  q->set_seq(e->seq());
  q->set_from(e->message().from());
  q->set_server_time_ms(e->server_time_ms());
  q->set_commitment(e->message().commitment());
  q->set_franking_tag(e->message().franking_tag());
  EXPECT_TRUE(call(c.admin, v)->franking_verdict().valid());  // an admin, not in the room
  auto outsider = member();
  EXPECT_EQ(err(call(outsider, v)), wire::NOT_A_MEMBER);
}

TEST_F(ModerationTest, AKickedMemberGetsTheKickAsItsLastEntryAndMayRejoin) {
  auto c = cast("brussels");
  ASSERT_TRUE(act(c.mod, wire::KICK, "brussels", c.b.id())->has_ok());
  auto seen = next_event(c.a, wire::MEMBER_KICKED);
  ASSERT_TRUE(seen.has_value());
  EXPECT_EQ(seen->event().who(), c.b.id());
  EXPECT_TRUE(seen->event().by().empty());  // members never see who
  auto last = next_event(c.b, wire::MEMBER_KICKED);
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(last->seq(), seen->seq());
  ASSERT_TRUE(post(c.a, "brussels", "after the kick")->has_posted());
  EXPECT_TRUE(next_message(c.a).has_value());
  EXPECT_EQ(next_message(c.b, kQuiet), std::nullopt);
  EXPECT_FALSE(is_member(c.b, "brussels"));
  EXPECT_EQ(err(post(c.b, "brussels", "x")), wire::NOT_A_MEMBER);
  EXPECT_EQ(err(act(c.mod, wire::KICK, "brussels", c.b.id())), wire::NOT_A_MEMBER);
  EXPECT_TRUE(join(c.b, "brussels")->has_joined());
}

TEST_F(ModerationTest, ABanHoldsAcrossARestartUntilUnbanned) {
  auto c = cast("antwerp");
  auto stranger = member();  // never joined: banned beforehand
  ASSERT_TRUE(act(c.mod, wire::BAN, "antwerp", c.b.id())->has_ok());
  auto seen = next_event(c.a, wire::MEMBER_BANNED);
  ASSERT_TRUE(seen.has_value());
  EXPECT_EQ(seen->event().who(), c.b.id());
  EXPECT_TRUE(next_event(c.b, wire::MEMBER_BANNED).has_value());
  EXPECT_EQ(err(join(c.b, "antwerp")), wire::BANNED);
  ASSERT_TRUE(act(c.mod, wire::BAN, "antwerp", stranger.id())->has_ok());
  EXPECT_EQ(next_event(c.a, wire::MEMBER_BANNED, kQuiet), std::nullopt);  // not a member: log only
  EXPECT_EQ(err(join(stranger, "antwerp")), wire::BANNED);
  EXPECT_EQ(err(act(c.mod, wire::BAN, "antwerp", std::string(16, 'u'))), wire::UNKNOWN_ACCOUNT);

  restart();
  reconnect(c.b);
  reconnect(c.mod);
  reconnect(c.a);
  EXPECT_EQ(err(join(c.b, "antwerp")), wire::BANNED);
  reconnect(stranger);
  EXPECT_EQ(err(join(stranger, "antwerp")), wire::BANNED);
  EXPECT_FALSE(is_member(c.b, "antwerp"));

  ASSERT_TRUE(act(c.mod, wire::UNBAN, "antwerp", c.b.id())->has_ok());
  auto unbanned = next_event(c.a, wire::MEMBER_UNBANNED);
  ASSERT_TRUE(unbanned.has_value());
  EXPECT_EQ(unbanned->event().who(), c.b.id());
  EXPECT_TRUE(unbanned->event().by().empty());  // members never see who
  EXPECT_EQ(err(act(c.mod, wire::UNBAN, "antwerp", c.b.id())), wire::INVALID_ARGUMENT);
  EXPECT_TRUE(join(c.b, "antwerp")->has_joined());
}

TEST_F(ModerationTest, AMuteRefusesPostsUntilItExpires) {
  auto c = cast("liege");
  ASSERT_TRUE(act(c.mod, wire::MUTE, "liege", c.b.id(), 0, 60)->has_ok());
  auto seen = next_event(c.a, wire::MEMBER_MUTED);
  ASSERT_TRUE(seen.has_value());
  EXPECT_EQ(seen->event().who(), c.b.id());
  EXPECT_EQ(seen->event().until_ms(), clock_.now_ms() + 60'000);
  EXPECT_EQ(err(post(c.b, "liege", "let me speak")), wire::MUTED);
  for (const auto& m : members(c.a, "liege")) {
    if (m.account_id() == c.b.id()) {
      EXPECT_EQ(m.muted_until_ms(), clock_.now_ms() + 60'000);
    }
  }
  clock_.advance_ms(59'000);
  EXPECT_EQ(err(post(c.b, "liege", "now?")), wire::MUTED);
  clock_.advance_ms(1'001);
  EXPECT_TRUE(post(c.b, "liege", "thank you")->has_posted());

  ASSERT_TRUE(act(c.mod, wire::MUTE, "liege", c.b.id(), 0, 3600)->has_ok());
  EXPECT_EQ(err(post(c.b, "liege", "x")), wire::MUTED);
  ASSERT_TRUE(act(c.mod, wire::MUTE, "liege", c.b.id(), 0, 0)->has_ok());  // unmute
  EXPECT_TRUE(post(c.b, "liege", "unmuted")->has_posted());
  EXPECT_EQ(err(act(c.mod, wire::MUTE, "liege", c.mod.id(), 0, 60)), wire::INVALID_ARGUMENT);
}

TEST_F(ModerationTest, ARemovedMessageIsGoneFromTheLogTheCatchUpAndTheDisk) {
  auto c = cast("charleroi");
  disconnect(c.b);
  const std::string secret = crypto::random_bytes(48);  // random: appears verbatim if stored
  auto posted = post(c.a, "charleroi", secret);
  ASSERT_TRUE(posted && posted->has_posted());
  const uint64_t seq = posted->posted().seq();
  ASSERT_TRUE(post(c.a, "charleroi", "kept")->has_posted());
  ASSERT_TRUE(on_disk(secret));  // in the write-ahead log at least: the check below can fail

  ASSERT_TRUE(act(c.mod, wire::REMOVE, "charleroi", {}, seq)->has_ok());
  auto seen = next_event(c.a, wire::MESSAGE_REMOVED);
  ASSERT_TRUE(seen.has_value());
  EXPECT_EQ(seen->event().target_seq(), seq);
  EXPECT_TRUE(seen->event().by().empty());  // members never see who
  auto stored = store_->get(Table::room_log, RoomService::log_key("charleroi", seq));
  ASSERT_TRUE(stored.ok());
  EXPECT_FALSE(stored->has_value());
  EXPECT_FALSE(on_disk(secret));
  EXPECT_EQ(err(act(c.mod, wire::REMOVE, "charleroi", {}, seq)), wire::NO_SUCH_MESSAGE);
  EXPECT_EQ(err(act(c.mod, wire::REMOVE, "charleroi", {}, seen->seq())),
            wire::NO_SUCH_MESSAGE);  // an event
  EXPECT_EQ(err(act(c.mod, wire::REMOVE, "charleroi", {}, 10'000)), wire::NO_SUCH_MESSAGE);

  // The offline member catches up across the hole: the kept message and the removal, in order.
  reconnect(c.b);
  std::vector<wire::RoomEntry> caught;
  while (auto e = next_entry(c.b, kQuiet)) caught.push_back(*e);
  ASSERT_GE(caught.size(), 2u);
  for (const auto& e : caught) EXPECT_NE(e.seq(), seq);
  EXPECT_EQ(caught[caught.size() - 2].message().ciphertext(), "kept");
  EXPECT_EQ(caught.back().event().kind(), wire::MESSAGE_REMOVED);
  for (size_t i = 1; i < caught.size(); ++i) EXPECT_LT(caught[i - 1].seq(), caught[i].seq());

  // Still gone after a restart (nothing replays it from a log).
  restart();
  EXPECT_FALSE(on_disk(secret));
}

TEST_F(ModerationTest, AnAlertIsPinnedUntilItExpiresOrIsUnpinned) {
  auto c = cast("gent");
  auto alert = post(c.mod, "gent", "safety alert ciphertext");
  const uint64_t seq = alert->posted().seq();
  ASSERT_TRUE(act(c.mod, wire::PIN, "gent", {}, seq, 3 * 24 * 3600)->has_ok());
  auto pinned = next_event(c.a, wire::ALERT_PINNED);
  ASSERT_TRUE(pinned.has_value());
  EXPECT_EQ(pinned->event().target_seq(), seq);
  EXPECT_EQ(pinned->event().until_ms(), clock_.now_ms() + 3ull * 24 * 3600 * 1000);
  auto info = rooms(c.a)["gent"];
  ASSERT_EQ(info.pins_size(), 1);
  EXPECT_EQ(info.pins(0).seq(), seq);

  restart();
  reconnect(c.a);
  reconnect(c.mod);
  ASSERT_EQ(rooms(c.a)["gent"].pins_size(), 1);

  ASSERT_TRUE(act(c.mod, wire::UNPIN, "gent", {}, seq)->has_ok());
  auto unpinned = next_event(c.a, wire::ALERT_UNPINNED);
  ASSERT_TRUE(unpinned.has_value());
  EXPECT_EQ(unpinned->event().target_seq(), seq);
  EXPECT_EQ(rooms(c.a)["gent"].pins_size(), 0);
  EXPECT_EQ(err(act(c.mod, wire::UNPIN, "gent", {}, seq)), wire::NO_SUCH_MESSAGE);
  EXPECT_EQ(err(act(c.mod, wire::PIN, "gent", {}, 9999, 60)), wire::NO_SUCH_MESSAGE);
  EXPECT_EQ(err(act(c.mod, wire::PIN, "gent", {}, unpinned->seq(), 60)), wire::NO_SUCH_MESSAGE);

  ASSERT_TRUE(act(c.mod, wire::PIN, "gent", {}, seq, 10)->has_ok());
  EXPECT_EQ(rooms(c.a)["gent"].pins_size(), 1);
  clock_.advance_ms(10'001);
  EXPECT_EQ(rooms(c.a)["gent"].pins_size(), 0);
}

TEST_F(ModerationTest, TheModerationLogRecordsEachActionWithoutContent) {
  auto c = cast("brussels");
  auto msg = post(c.a, "brussels", "m");
  const uint64_t t0 = clock_.now_ms();
  ASSERT_TRUE(act(c.mod, wire::MUTE, "brussels", c.a.id(), 0, 120)->has_ok());
  clock_.advance_ms(5);
  ASSERT_TRUE(act(c.mod, wire::PIN, "brussels", {}, msg->posted().seq(), 60)->has_ok());
  ASSERT_TRUE(act(c.admin, wire::KICK, "brussels", c.b.id())->has_ok());
  auto log = mod_log(c.mod, "brussels");
  ASSERT_TRUE(log && log->has_mod_log());
  EXPECT_EQ(log->mod_log().room(), "brussels");
  ASSERT_EQ(log->mod_log().entries_size(), 4);  // grant, mute, pin, kick
  const auto& mute = log->mod_log().entries(1);
  EXPECT_EQ(mute.kind(), wire::MUTE);
  EXPECT_EQ(mute.actor(), c.mod.id());
  EXPECT_EQ(mute.target(), c.a.id());
  EXPECT_EQ(mute.duration_s(), 120u);
  EXPECT_EQ(mute.time_ms(), t0);
  const auto& pin = log->mod_log().entries(2);
  EXPECT_EQ(pin.kind(), wire::PIN);
  EXPECT_EQ(pin.seq(), msg->posted().seq());
  EXPECT_EQ(pin.duration_s(), 60u);
  EXPECT_TRUE(pin.target().empty());
  EXPECT_EQ(log->mod_log().entries(3).kind(), wire::KICK);
  EXPECT_EQ(log->mod_log().entries(3).actor(), c.admin.id());
  // Newer than a time; only for moderators; per room.
  EXPECT_EQ(mod_log(c.mod, "brussels", t0 + 1)->mod_log().entries_size(), 2);
  EXPECT_EQ(err(mod_log(c.a, "brussels")), wire::FORBIDDEN);
  EXPECT_EQ(mod_log(c.admin, "gent")->mod_log().entries_size(), 0);
  EXPECT_EQ(err(mod_log(c.mod, "atlantis")), wire::NO_SUCH_ROOM);

  restart();  // the counter that orders entries of one millisecond continues after a restart
  reconnect(c.mod);
  ASSERT_TRUE(act(c.mod, wire::UNPIN, "brussels", {}, msg->posted().seq())->has_ok());
  auto after = mod_log(c.mod, "brussels");
  ASSERT_EQ(after->mod_log().entries_size(), 5);
  EXPECT_EQ(after->mod_log().entries(4).kind(), wire::UNPIN);
}

TEST_F(ModerationTest, AnInviteRoomAdmitsEachCodeForItsUsesOnly) {
  auto root = admin();
  auto mod = member(), a = member(), b = member(), c = member();
  ASSERT_TRUE(create_room(root, "private", wire::INVITE)->has_room_list());
  ASSERT_TRUE(grant(root, mod.id(), wire::MODERATOR, "private")->has_ok());
  ASSERT_TRUE(join(mod, "private")->has_joined());

  EXPECT_EQ(err(join(a, "private")), wire::INVITE_REQUIRED);
  EXPECT_EQ(err(join(a, "private", "NOTACODE")), wire::INVITE_REQUIRED);
  EXPECT_EQ(err(invite(a, "private")), wire::FORBIDDEN);
  EXPECT_EQ(err(invite(mod, "")), wire::FORBIDDEN);  // registration invites: admins only
  EXPECT_EQ(err(invite(mod, "atlantis")), wire::NO_SUCH_ROOM);
  EXPECT_EQ(err(invite(mod, "private", 1001)), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(invite(mod, "private", 1, 91ull * 24 * 3600)), wire::INVALID_ARGUMENT);
  wire::ClientFrame granting;
  granting.mutable_create_invite()->set_room("private");
  granting.mutable_create_invite()->mutable_grants()->set_role(wire::MODERATOR);
  granting.mutable_create_invite()->mutable_grants()->set_scope("private");
  EXPECT_EQ(err(call(root, granting)), wire::INVALID_ARGUMENT);

  auto one = invite(mod, "private");
  ASSERT_TRUE(one && one->has_invite());
  EXPECT_EQ(one->invite().expires_ms(), clock_.now_ms() + 7ull * 24 * 3600 * 1000);
  EXPECT_FALSE(on_disk(one->invite().code()));  // only its hash is stored
  EXPECT_TRUE(join(a, "private", one->invite().code())->has_joined());
  EXPECT_EQ(err(join(b, "private", one->invite().code())), wire::INVITE_REQUIRED);  // used

  // A registration code is no room code, and a room code no registration code.
  auto registration = invite(root, "");
  ASSERT_TRUE(registration && registration->has_invite());
  EXPECT_EQ(err(join(b, "private", registration->invite().code())), wire::INVITE_REQUIRED);
  auto two = invite(mod, "private", 2, 60);
  ASSERT_TRUE(two && two->has_invite());
  {
    std::string nonce;
    auto conn = connect_with_nonce(nonce);
    wire::ClientFrame f;
    f.set_id(1);
    auto* r = f.mutable_register_();
    auto id = signal::generate_key_pair();
    auto spk = signal::generate_key_pair();
    r->set_identity_key(id.public_key);
    r->set_registration_id(7);
    r->mutable_signed_prekey()->set_id(1);
    r->mutable_signed_prekey()->set_public_key(spk.public_key);
    r->mutable_signed_prekey()->set_signature(*signal::sign(id.private_key, spk.public_key));
    r->set_invite_code(two->invite().code());
    r->set_signature(
        *signal::sign(id.private_key, wire::register_proof_input(nonce, id.public_key)));
    request(conn, f);
    auto refused = conn->answer(1);
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(err(refused), wire::INVITE_REQUIRED);
  }
  auto registered = member(registration->invite().code());  // the registration code still works
  EXPECT_FALSE(registered.who.account.empty());

  EXPECT_TRUE(join(b, "private", two->invite().code())->has_joined());
  clock_.advance_ms(61'000);  // expired with a use left
  EXPECT_EQ(err(join(c, "private", two->invite().code())), wire::INVITE_REQUIRED);
  EXPECT_FALSE(is_member(c, "private"));
}

TEST_F(ModerationTest, APlainMemberIsRefusedEveryActionAndNothingChanges) {
  auto c = cast("brussels");
  auto knocker = member();
  ASSERT_TRUE(create_room(c.admin, "knock", wire::KNOCK)->has_room_list());
  ASSERT_TRUE(join(c.a, "knock")->joined().pending());
  ASSERT_TRUE(join(knocker, "knock")->joined().pending());
  auto msg = post(c.b, "brussels", "a message");
  const uint64_t seq = msg->posted().seq();
  ASSERT_TRUE(act(c.mod, wire::PIN, "brussels", {}, seq, 60)->has_ok());
  auto banned = member();
  ASSERT_TRUE(act(c.mod, wire::BAN, "brussels", banned.id())->has_ok());
  while (next_entry(c.mod, kQuiet)) {
  }

  const std::string b = c.b.id();
  EXPECT_EQ(err(act(c.a, wire::APPROVE, "knock", knocker.id())), wire::FORBIDDEN);
  EXPECT_EQ(err(act(c.a, wire::REFUSE, "knock", knocker.id())), wire::FORBIDDEN);
  EXPECT_EQ(err(act(c.a, wire::KICK, "brussels", b)), wire::FORBIDDEN);
  EXPECT_EQ(err(act(c.a, wire::BAN, "brussels", b)), wire::FORBIDDEN);
  EXPECT_EQ(err(act(c.a, wire::UNBAN, "brussels", banned.id())), wire::FORBIDDEN);
  EXPECT_EQ(err(act(c.a, wire::MUTE, "brussels", b, 0, 60)), wire::FORBIDDEN);
  EXPECT_EQ(err(act(c.a, wire::REMOVE, "brussels", {}, seq)), wire::FORBIDDEN);
  EXPECT_EQ(err(act(c.a, wire::PIN, "brussels", {}, seq, 60)), wire::FORBIDDEN);
  EXPECT_EQ(err(act(c.a, wire::UNPIN, "brussels", {}, seq)), wire::FORBIDDEN);
  EXPECT_EQ(err(invite(c.a, "brussels")), wire::FORBIDDEN);
  EXPECT_EQ(err(grant(c.a, b, wire::MODERATOR, "brussels")), wire::FORBIDDEN);
  EXPECT_EQ(err(grant(c.mod, b, wire::MODERATOR, "brussels")), wire::FORBIDDEN);  // admins only
  EXPECT_EQ(err(create_room(c.mod, "new", wire::OPEN)), wire::FORBIDDEN);

  // Nothing happened: no event, same members, pins, bans, requests, message, log.
  EXPECT_EQ(next_entry(c.mod, kQuiet), std::nullopt);
  EXPECT_TRUE(rooms(knocker)["knock"].pending());
  EXPECT_TRUE(is_member(c.b, "brussels"));
  EXPECT_TRUE(post(c.b, "brussels", "not muted")->has_posted());
  EXPECT_EQ(rooms(c.a)["brussels"].pins_size(), 1);
  auto stored = store_->get(Table::room_log, RoomService::log_key("brussels", seq));
  ASSERT_TRUE(stored.ok() && stored->has_value());
  EXPECT_EQ(err(join(banned, "brussels")), wire::BANNED);
  EXPECT_EQ(mod_log(c.mod, "brussels")->mod_log().entries_size(), 3);  // grant, pin, ban
  for (const auto& m : members(c.a, "brussels")) {
    if (m.account_id() == b) {
      EXPECT_EQ(m.role(), wire::MEMBER);
    }
  }
}

TEST_F(ModerationTest, ModeratorsAnswerToAdminsNotToEachOther) {
  auto c = cast("liege");
  auto mod2 = member();
  ASSERT_TRUE(grant(c.admin, mod2.id(), wire::MODERATOR, "liege")->has_ok());
  ASSERT_TRUE(join(mod2, "liege")->has_joined());
  ASSERT_TRUE(join(c.admin, "liege")->has_joined());
  EXPECT_EQ(err(act(mod2, wire::KICK, "liege", c.mod.id())), wire::FORBIDDEN);
  EXPECT_EQ(err(act(mod2, wire::MUTE, "liege", c.mod.id(), 0, 60)), wire::FORBIDDEN);
  EXPECT_EQ(err(act(c.mod, wire::BAN, "liege", c.admin.id())), wire::FORBIDDEN);
  EXPECT_EQ(err(act(c.mod, wire::KICK, "liege", c.mod.id())), wire::INVALID_ARGUMENT);
  EXPECT_TRUE(is_member(c.mod, "liege"));
  EXPECT_TRUE(act(c.admin, wire::KICK, "liege", mod2.id())->has_ok());
  EXPECT_FALSE(is_member(mod2, "liege"));
  for (const auto& m : members(c.a, "liege")) {
    if (m.account_id() == c.mod.id()) {
      EXPECT_EQ(m.role(), wire::MODERATOR);
    }
  }
}

TEST_F(ModerationTest, MalformedActionsAreInvalidArguments) {
  auto c = cast("gent");
  const std::string b = c.b.id();
  EXPECT_EQ(err(act(c.mod, wire::KICK, "", b)), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(act(c.mod, wire::MOD_UNSPECIFIED, "gent", b)), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(act(c.mod, wire::GRANT_ROLE, "gent", b)), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(act(c.mod, static_cast<wire::ModActionKind>(77), "gent", b)),
            wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(act(c.mod, wire::KICK, "gent", "")), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(act(c.mod, wire::BAN, "gent", std::string(17, 'x'))), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(act(c.mod, wire::REMOVE, "gent", {}, 0)), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(act(c.mod, wire::PIN, "gent", {}, 0, 60)), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(act(c.mod, wire::MUTE, "gent", b, 0, 30ull * 24 * 3600 + 1)),
            wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(act(c.mod, wire::PIN, "gent", {}, 1, 0)), wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(act(c.mod, wire::PIN, "gent", {}, 1, 30ull * 24 * 3600 + 1)),
            wire::INVALID_ARGUMENT);
  EXPECT_EQ(err(act(c.mod, wire::KICK, "atlantis", b)), wire::NO_SUCH_ROOM);
  wire::ClientFrame requests;
  requests.mutable_list_join_requests()->set_room("atlantis");
  EXPECT_EQ(err(call(c.mod, requests)), wire::NO_SUCH_ROOM);
  // The longest mute is accepted.
  EXPECT_TRUE(act(c.mod, wire::MUTE, "gent", b, 0, 30ull * 24 * 3600)->has_ok());
  EXPECT_EQ(mod_log(c.mod, "gent")->mod_log().entries_size(), 2);  // grant, mute
}

TEST_F(ModerationTest, AReportOnlyCountsInItsRoom) {
  auto c = cast("antwerp");
  wire::ClientFrame report;
  report.mutable_report_filed()->set_room("antwerp");
  EXPECT_TRUE(call(c.a, report)->has_ok());
  EXPECT_TRUE(call(c.b, report)->has_ok());
  auto outsider = member();
  EXPECT_EQ(err(call(outsider, report)), wire::NOT_A_MEMBER);
  report.mutable_report_filed()->set_room("atlantis");
  EXPECT_EQ(err(call(c.a, report)), wire::NO_SUCH_ROOM);
  EXPECT_EQ(metrics_.reports_filed.load(), 2u);
  EXPECT_EQ(core_->rooms().reports_filed("antwerp"), 2u);
  EXPECT_EQ(core_->rooms().reports_filed("gent"), 0u);
  EXPECT_EQ(mod_log(c.mod, "antwerp")->mod_log().entries_size(), 1);  // the grant alone
}

// Reports marked handled are shared by the room's moderators: kept as the report's random id
// and the time, pushed to the other moderators online (never to members), listed after a
// log-in, across a restart. Only a moderator of that room marks; a replay changes nothing.
TEST_F(ModerationTest, AReportHandledIsSharedByTheRoomsModeratorsOnly) {
  auto c = cast("liege");
  auto mod2 = member();
  ASSERT_TRUE(grant(c.admin, mod2.id(), wire::MODERATOR, "liege")->has_ok());
  ASSERT_TRUE(join(mod2, "liege")->has_joined());
  auto other_mod = member();  // moderates Gent, not Liège
  ASSERT_TRUE(grant(c.admin, other_mod.id(), wire::MODERATOR, "gent")->has_ok());
  ASSERT_TRUE(join(other_mod, "gent")->has_joined());
  const std::string report = crypto::random_bytes(16);
  auto handled = [&](Member& by, const std::string& room, const std::string& id) {
    wire::ClientFrame f;
    f.mutable_report_handled()->set_room(room);
    f.mutable_report_handled()->set_report_id(id);
    return call(by, f);
  };
  auto list = [&](Member& by, const std::string& room) {
    wire::ClientFrame f;
    f.mutable_list_handled_reports()->set_room(room);
    return call(by, f);
  };
  auto pushed = [](Member& m, std::chrono::milliseconds wait) {
    return m.conn->next([](const F& f) { return f.id() == 0 && f.has_handled_reports(); }, wait);
  };

  // Wrong role, wrong room, malformed: refused, nothing kept, nobody told.
  EXPECT_EQ(err(handled(c.a, "liege", report)), wire::FORBIDDEN);
  EXPECT_EQ(err(handled(other_mod, "liege", report)), wire::FORBIDDEN);
  EXPECT_EQ(err(list(c.a, "liege")), wire::FORBIDDEN);
  EXPECT_EQ(err(list(other_mod, "liege")), wire::FORBIDDEN);
  EXPECT_EQ(err(handled(c.mod, "atlantis", report)), wire::NO_SUCH_ROOM);
  EXPECT_EQ(err(list(c.mod, "atlantis")), wire::NO_SUCH_ROOM);
  for (const std::string& bad : {std::string(), std::string(15, 'r'), std::string(17, 'r')}) {
    auto refused = handled(c.mod, "liege", bad);
    ASSERT_TRUE(refused && refused->has_error());
    EXPECT_EQ(refused->error().code(), wire::INVALID_ARGUMENT);
    EXPECT_EQ(refused->error().violation().field(), wire::FIELD_MESSAGE_ID);
  }
  EXPECT_EQ(err(handled(c.mod, "", report)), wire::INVALID_ARGUMENT);
  EXPECT_EQ(list(c.mod, "liege")->handled_reports().reports_size(), 0);
  EXPECT_FALSE(pushed(mod2, kQuiet));

  // One moderator marks it: the other, online, is told; the members and the other room's
  // moderator are not.
  ASSERT_TRUE(handled(c.mod, "liege", report)->has_ok());
  auto told = pushed(mod2, std::chrono::seconds(5));
  ASSERT_TRUE(told);
  EXPECT_EQ(told->handled_reports().room(), "liege");
  ASSERT_EQ(told->handled_reports().reports_size(), 1);
  EXPECT_EQ(told->handled_reports().reports(0).report_id(), report);
  EXPECT_GT(told->handled_reports().reports(0).handled_ms(), 0u);
  for (auto* m : {&c.a, &c.b, &other_mod, &c.mod}) EXPECT_FALSE(pushed(*m, kQuiet));
  // Marked again (a replay, or the other moderator too): Ok, nothing more told or kept.
  EXPECT_TRUE(handled(c.mod, "liege", report)->has_ok());
  EXPECT_TRUE(handled(mod2, "liege", report)->has_ok());
  EXPECT_FALSE(pushed(mod2, kQuiet));
  EXPECT_FALSE(pushed(c.mod, kQuiet));
  // The same id marked in another room is another room's business.
  EXPECT_TRUE(handled(other_mod, "gent", report)->has_ok());
  ASSERT_EQ(list(c.mod, "liege")->handled_reports().reports_size(), 1);

  // Kept, naming no moderator: listed to each moderator after a log-in, and after a restart.
  restart();
  for (auto* m : {&c.mod, &mod2, &c.admin}) reconnect(*m);
  for (auto* m : {&c.mod, &mod2, &c.admin}) {
    auto after = list(*m, "liege");
    ASSERT_TRUE(after && after->has_handled_reports());
    ASSERT_EQ(after->handled_reports().reports_size(), 1);
    EXPECT_EQ(after->handled_reports().reports(0).report_id(), report);
  }
  // No moderation-log entry names who marked it: the two grants only.
  EXPECT_EQ(mod_log(c.mod, "liege")->mod_log().entries_size(), 2);
}

TEST_F(ModerationTest, AFloodOfHandledReportsKeepsTheNewestOnly) {
  auto c = cast("gent");
  std::vector<std::string> ids;
  for (size_t i = 0; i < wire::kMaxHandledReports + 5; ++i) ids.push_back(crypto::random_bytes(16));
  // All sent at once (their writes share syncs), then the answers: as many as the connection's
  // budget lets through are accepted.
  std::vector<uint64_t> sent;
  for (const auto& id : ids) {
    wire::ClientFrame f;
    f.set_id(++next_id_);
    f.mutable_report_handled()->set_room("gent");
    f.mutable_report_handled()->set_report_id(id);
    request(c.mod.conn, f);
    sent.push_back(next_id_);
  }
  size_t accepted = 0;
  for (uint64_t id : sent) {
    auto answer = c.mod.conn->answer(id);
    ASSERT_TRUE(answer);
    if (answer->has_ok()) ++accepted;
  }
  EXPECT_GT(accepted, wire::kMaxHandledReports);
  wire::ClientFrame f;
  f.mutable_list_handled_reports()->set_room("gent");
  auto listed = call(c.mod, f);
  ASSERT_TRUE(listed && listed->has_handled_reports());
  EXPECT_LE(static_cast<size_t>(listed->handled_reports().reports_size()),
            wire::kMaxHandledReports);
  EXPECT_EQ(static_cast<size_t>(listed->handled_reports().reports_size()),
            std::min(accepted, wire::kMaxHandledReports));
  // The oldest went: the last one marked is kept.
  bool newest_kept = false;
  for (const auto& h : listed->handled_reports().reports()) newest_kept |= h.report_id() == ids.back();
  EXPECT_TRUE(newest_kept);
}

TEST_F(ModerationRefusedTest, ActionsRefusedByAnOverloadedStoreChangeNothing) {
  auto c = cast("gent");
  auto knocker = member();
  ASSERT_TRUE(create_room(c.admin, "quiet", wire::KNOCK)->has_room_list());
  ASSERT_TRUE(grant(c.admin, c.mod.id(), wire::MODERATOR, "quiet")->has_ok());
  ASSERT_TRUE(join(knocker, "quiet")->joined().pending());
  auto alert = post(c.a, "gent", "an alert");
  ASSERT_TRUE(alert && alert->has_posted());
  const uint64_t seq = alert->posted().seq();
  while (next_entry(c.b, kQuiet)) {
  }
  {
    StoreOverload overload(*store_, kMaxPending);
    EXPECT_EQ(err(act(c.mod, wire::KICK, "gent", c.b.id())), wire::STORE_FAILURE);
    EXPECT_EQ(err(act(c.mod, wire::BAN, "gent", c.b.id())), wire::STORE_FAILURE);
    EXPECT_EQ(err(act(c.mod, wire::MUTE, "gent", c.a.id(), 0, 60)), wire::STORE_FAILURE);
    EXPECT_EQ(err(act(c.mod, wire::PIN, "gent", "", seq, 60)), wire::STORE_FAILURE);
    EXPECT_EQ(err(act(c.mod, wire::REMOVE, "gent", "", seq)), wire::STORE_FAILURE);
    EXPECT_EQ(err(act(c.mod, wire::APPROVE, "quiet", knocker.id())), wire::STORE_FAILURE);
    EXPECT_EQ(err(act(c.mod, wire::REFUSE, "quiet", knocker.id())), wire::STORE_FAILURE);
    EXPECT_EQ(err(grant(c.admin, c.a.id(), wire::MODERATOR, "gent")), wire::STORE_FAILURE);
    EXPECT_EQ(err(create_room(c.admin, "new-room", wire::OPEN)), wire::STORE_FAILURE);

    // Reads are answered meanwhile, and show everything as it was.
    auto list = members(c.mod, "gent");
    ASSERT_EQ(list.size(), 3u);
    for (const auto& m : list) {
      EXPECT_EQ(m.muted_until_ms(), 0u);
      EXPECT_EQ(m.role(), m.account_id() == c.mod.id() ? wire::MODERATOR : wire::MEMBER);
    }
    EXPECT_TRUE(rooms(c.b)["gent"].joined());
    EXPECT_EQ(rooms(c.b)["gent"].pins_size(), 0);
    EXPECT_TRUE(rooms(knocker)["quiet"].pending());
    EXPECT_EQ(rooms(c.admin).count("new-room"), 0u);
  }
  EXPECT_EQ(next_entry(c.b, kQuiet), std::nullopt);  // no event of a refused action went out

  // Nothing was left half done: each action goes through now, the room's numbers without a gap.
  ASSERT_TRUE(post(c.a, "gent", "not muted")->has_posted());
  auto next = next_message(c.b);
  ASSERT_TRUE(next.has_value());
  EXPECT_EQ(next->seq(), seq + 1);
  EXPECT_TRUE(act(c.mod, wire::PIN, "gent", "", seq, 60)->has_ok());
  EXPECT_TRUE(act(c.mod, wire::REMOVE, "gent", "", seq)->has_ok());
  EXPECT_TRUE(grant(c.admin, c.a.id(), wire::MODERATOR, "gent")->has_ok());
  EXPECT_TRUE(act(c.mod, wire::KICK, "gent", c.b.id())->has_ok());
  EXPECT_TRUE(act(c.mod, wire::APPROVE, "quiet", knocker.id())->has_ok());
  EXPECT_TRUE(rooms(knocker)["quiet"].joined());
  EXPECT_TRUE(create_room(c.admin, "new-room", wire::OPEN)->has_room_list());
}

// The end of a membership (kick, ban, leave) is the last entry its member receives, whatever the
// commit groups: a member's window of a few entries, so that one who does not acknowledge is soon
// behind, and posts queued behind a held writer, so that they share the ending entry's group.
class MembershipEndTest : public ModerationTest {
 protected:
  static constexpr size_t kWindow = 4;
  void SetUp() override {
    config_.room_window = kWindow;
    config_.room_posts_per_account = {1e6, 1e6};
    ModerationTest::SetUp();
  }

  // The room entries `m` receives, in order, until none comes for kQuiet; acknowledging each
  // as the client engine does, or none.
  std::vector<wire::RoomEntry> received(Member& m, bool acknowledge = false) {
    std::vector<wire::RoomEntry> out;
    while (auto e = next_entry(m, kQuiet)) {
      out.push_back(*e);
      if (acknowledge) ack(m, e->seq());
    }
    return out;
  }
  void ack(Member& m, uint64_t seq) {
    wire::ClientFrame f;
    f.mutable_room_ack()->set_room("gent");
    f.mutable_room_ack()->set_seq(seq);
    request(m.conn, f);
  }
  // `m` reads what it was sent and acknowledges it: its window is empty.
  void catch_up(Member& m) {
    auto got = received(m);
    if (!got.empty()) ack(m, got.back().seq());
  }
  // Sends a request without waiting for its answer (held writer: answered once written).
  void queue(Member& m, uint64_t id, wire::ClientFrame f) {
    f.set_id(id);
    request(m.conn, f);
  }
  static wire::ClientFrame post_frame(const std::string& text) {
    wire::ClientFrame f;
    auto* p = f.mutable_post_room();
    p->set_room("gent");
    p->set_message_id(crypto::random_bytes(16));
    p->set_ciphertext(text);
    p->set_commitment(std::string(32, 'c'));
    return f;
  }
  static wire::ClientFrame action_frame(wire::ModActionKind kind, const std::string& target) {
    wire::ClientFrame f;
    f.mutable_mod_action()->set_kind(kind);
    f.mutable_mod_action()->set_room("gent");
    f.mutable_mod_action()->set_target(target);
    return f;
  }
  static std::string text(const wire::RoomEntry& e) {
    return e.has_message() ? e.message().ciphertext() : "event " + std::to_string(e.event().kind());
  }
  uint64_t posted_seq(Member& m, uint64_t id) {
    auto got = m.conn->answer(id);
    EXPECT_TRUE(got && got->has_posted()) << (got ? got->DebugString() : "no answer");
    return got && got->has_posted() ? got->posted().seq() : 0;
  }

  // Two posts, the kick or ban of b, two more posts: one commit group. b receives the two posts
  // before its end, then the end, then nothing; not after reconnecting either.
  void end_inside_a_group(wire::ModActionKind kind, wire::RoomEventKind event) {
    auto c = cast("gent");
    catch_up(c.b);
    catch_up(c.a);
    {
      WriterHold hold(*store_);
      queue(c.a, 61, post_frame("before 1"));
      queue(c.a, 62, post_frame("before 2"));
      queue(c.mod, 63, action_frame(kind, c.b.id()));
      queue(c.a, 64, post_frame("after 1"));
      queue(c.a, 65, post_frame("after 2"));
    }
    const uint64_t first = posted_seq(c.a, 61);
    ASSERT_NE(first, 0u);
    EXPECT_EQ(posted_seq(c.a, 62), first + 1);
    auto done = c.mod.conn->answer(63);
    ASSERT_TRUE(done && done->has_ok());
    EXPECT_EQ(posted_seq(c.a, 64), first + 3);
    EXPECT_EQ(posted_seq(c.a, 65), first + 4);

    auto got = received(c.b);
    std::vector<std::string> texts;
    for (const auto& e : got) texts.push_back(text(e));
    ASSERT_EQ(texts, (std::vector<std::string>{"before 1", "before 2",
                                               "event " + std::to_string(event)}));
    EXPECT_EQ(got[2].seq(), first + 2);
    EXPECT_EQ(got[2].event().who(), c.b.id());
    EXPECT_EQ(received(c.a, true).size(), 5u);  // a member sees all five

    reconnect(c.b);
    EXPECT_EQ(next_entry(c.b, kQuiet), std::nullopt);
    EXPECT_FALSE(is_member(c.b, "gent"));
    ASSERT_TRUE(post(c.a, "gent", "later")->has_posted());
    EXPECT_EQ(next_entry(c.b, kQuiet), std::nullopt);
  }
};

TEST_F(MembershipEndTest, AKickInsideACommitGroupIsTheLastEntryItsMemberGets) {
  end_inside_a_group(wire::KICK, wire::MEMBER_KICKED);
}

TEST_F(MembershipEndTest, ABanInsideACommitGroupIsTheLastEntryItsMemberGets) {
  end_inside_a_group(wire::BAN, wire::MEMBER_BANNED);
}

// b's window is full when it is kicked. Its acknowledgement is handled on its strand after the
// kick and two posts after it are written, but before the relay's callback tells b's connection
// of the kick (it waits for the strand): b's window opens onto a log that already holds what
// followed the kick. b gets what was posted before the kick, the kick, and nothing after.
TEST_F(MembershipEndTest, AWindowOpeningAfterTheKickIsWrittenReadsNoFurtherThanTheKick) {
  auto c = cast("gent");
  catch_up(c.b);
  for (size_t i = 0; i < kWindow; ++i)
    ASSERT_TRUE(post(c.a, "gent", "read " + std::to_string(i))->has_posted());
  auto read = received(c.b);
  ASSERT_EQ(read.size(), kWindow);  // nothing acknowledged: its window is full
  auto waiting = post(c.a, "gent", "waits for b's window");
  ASSERT_TRUE(waiting && waiting->has_posted());
  EXPECT_EQ(next_entry(c.b, kQuiet), std::nullopt);
  const uint64_t kick_seq = waiting->posted().seq() + 1;
  {
    WriterHold hold(*store_);
    queue(c.mod, 61, action_frame(wire::KICK, c.b.id()));
    queue(c.a, 62, post_frame("after 1"));
    queue(c.a, 63, post_frame("after 2"));
    std::promise<void> holding;
    std::thread strand([&] {
      c.b.conn->run([&] {
        holding.set_value();
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (std::chrono::steady_clock::now() < deadline) {
          auto last = store_->get(Table::room_log, RoomService::log_key("gent", kick_seq + 2));
          if (last.ok() && *last) break;
          std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        ack(c.b, read.back().seq());
      });
    });
    holding.get_future().wait();
    hold.release();
    strand.join();
  }
  auto done = c.mod.conn->answer(61);
  ASSERT_TRUE(done && done->has_ok());
  EXPECT_EQ(posted_seq(c.a, 62), kick_seq + 1);
  EXPECT_EQ(posted_seq(c.a, 63), kick_seq + 2);
  std::vector<std::string> texts;
  for (const auto& e : received(c.b)) texts.push_back(text(e));
  EXPECT_EQ(texts, (std::vector<std::string>{"waits for b's window",
                                             "event " + std::to_string(wire::MEMBER_KICKED)}));
  reconnect(c.b);
  EXPECT_EQ(next_entry(c.b, kQuiet), std::nullopt);
}

// b leaves in the middle of a commit group: nothing posted after her leave reaches her, then or
// after reconnecting; joining again, she gets what follows her new join only.
TEST_F(MembershipEndTest, AMemberWhoLeavesGetsNothingPostedAfterHerLeave) {
  auto c = cast("gent");
  catch_up(c.b);
  {
    WriterHold hold(*store_);
    queue(c.a, 61, post_frame("before"));
    wire::ClientFrame leave;
    leave.mutable_leave_room()->set_room("gent");
    queue(c.b, 62, leave);
    queue(c.a, 63, post_frame("after 1"));
    queue(c.a, 64, post_frame("after 2"));
  }
  const uint64_t before = posted_seq(c.a, 61);
  auto left = c.b.conn->answer(62);
  ASSERT_TRUE(left && left->has_ok());
  EXPECT_EQ(posted_seq(c.a, 64), before + 3);
  for (const auto& e : received(c.b)) EXPECT_LE(e.seq(), before + 1) << text(e);
  reconnect(c.b);
  EXPECT_EQ(next_entry(c.b, kQuiet), std::nullopt);
  auto joined = join(c.b, "gent");
  ASSERT_TRUE(joined && joined->has_joined());
  const uint64_t from = joined->joined().from_seq();
  ASSERT_TRUE(post(c.a, "gent", "welcome back")->has_posted());
  std::vector<std::string> texts;
  for (const auto& e : received(c.b)) {
    EXPECT_GE(e.seq(), from);
    texts.push_back(text(e));
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"event " + std::to_string(wire::MEMBER_JOINED),
                                             "welcome back"}));
}

// Moderator actions whose write fails (a full disk: RLIMIT_FSIZE in a child process) after they
// were queued: each is undone when the store calls back, and what members see afterwards is what
// is on disk, however the failed actions interleaved with others.
class ModerationWriteFailureTest : public ModerationTest {
 protected:
  void SetUp() override {}  // the child opens the relay itself

  // Queues requests (answered once written) without waiting for their answers.
  void queue(Member& m, uint64_t id, wire::ClientFrame f) {
    f.set_id(id);
    request(m.conn, f);
  }
  static wire::ClientFrame action(wire::ModActionKind kind, const std::string& target, uint64_t seq,
                                  uint64_t duration_s) {
    wire::ClientFrame f;
    auto* a = f.mutable_mod_action();
    a->set_kind(kind);
    a->set_room("gent");
    a->set_target(target);
    a->set_seq(seq);
    a->set_duration_s(duration_s);
    return f;
  }
  // Four posts of the largest size from `m`: more than the log may grow by under fill_disk().
  void big_posts(Member& m) {
    for (uint64_t id = 46; id <= 49; ++id) {
      wire::ClientFrame big;
      auto* p = big.mutable_post_room();
      p->set_room("gent");
      p->set_message_id(crypto::random_bytes(16));
      p->set_ciphertext(std::string(wire::kMaxRoomCiphertextBytes, 'z'));
      p->set_commitment(std::string(32, 'c'));
      queue(m, id, big);
    }
  }
  void fill_disk() {
    ::signal(SIGXFSZ, SIG_IGN);
    rlimit limit{};
    ::getrlimit(RLIMIT_FSIZE, &limit);
    saved_ = limit;
    limit.rlim_cur = relais::testing::largest_file_size(dir_.path()) + 16 * 1024;
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0) relais::testing::exit_child(3);
  }
  void free_disk() {
    if (setrlimit(RLIMIT_FSIZE, &saved_) != 0) relais::testing::exit_child(4);
  }
  uint64_t muted_until(Member& by, const Member& who) {
    for (const auto& m : members(by, "gent")) {
      if (m.account_id() == who.id()) return m.muted_until_ms();
    }
    return ~uint64_t{0};
  }
  bool failed(Member& m, uint64_t id) {
    auto got = m.conn->answer(id);
    return got && got->has_error() && got->error().code() == wire::STORE_FAILURE;
  }

  // After a failed group the writer refuses commits (unavailable) until it has called back all
  // it failed, which may be after the answer a test waited for: retry, as a client would.
  void until_the_writer_takes_commits() {
    for (int tries = 0; tries < 1000; ++tries) {
      auto s = store_->commit_and_wait(WriteBatch{}, Durability::buffered);
      if (s.ok() || s.error().code != Errc::unavailable) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    relais::testing::exit_child(90);
  }

  // A mute and a longer mute of the same member, a pin and the unpin of the same alert, all in
  // one group that fails: undone last first, every one finds the state it staged.
  [[noreturn]] void failed_group_child() {
    open();
    auto c = cast("gent");
    auto alert = post(c.a, "gent", "an alert");
    if (!alert || !alert->has_posted()) relais::testing::exit_child(2);
    const uint64_t seq = alert->posted().seq();
    {
      WriterHold hold(*store_);  // everything below goes to disk in one group
      fill_disk();
      big_posts(c.a);
      queue(c.mod, 61, action(wire::MUTE, c.b.id(), 0, 60));
      queue(c.mod, 62, action(wire::MUTE, c.b.id(), 0, 3600));
      queue(c.mod, 63, action(wire::PIN, "", seq, 60));
      queue(c.mod, 64, action(wire::UNPIN, "", seq, 0));
    }
    for (uint64_t id = 61; id <= 64; ++id) {
      if (!failed(c.mod, id)) relais::testing::exit_child(10 + static_cast<int>(id - 60));
    }
    free_disk();
    until_the_writer_takes_commits();
    if (muted_until(c.mod, c.b) != 0) relais::testing::exit_child(20);
    if (rooms(c.b)["gent"].pins_size() != 0) relais::testing::exit_child(21);
    if (!post(c.b, "gent", "not muted")->has_posted()) relais::testing::exit_child(22);
    restart();  // and the disk says the same
    reconnect(c.mod);
    if (muted_until(c.mod, c.b) != 0) relais::testing::exit_child(23);
    if (rooms(c.mod)["gent"].pins_size() != 0) relais::testing::exit_child(24);
    relais::testing::exit_child(0);
  }

  // A mute whose write fails, and a second mute of the same member sent while the first one's
  // undo is pending: the second is refused (STORE_FAILURE; it would be staged on a state about
  // to be taken back), nothing of either stays, in memory or on disk, and a retry goes through.
  [[noreturn]] void mute_during_a_failed_mutes_undo_child() {
    open();
    auto c = cast("gent");
    auto entered = std::make_shared<std::promise<void>>();
    std::promise<void> release;
    {
      WriterHold hold(*store_);
      fill_disk();
      big_posts(c.a);
      queue(c.mod, 71, action(wire::MUTE, c.b.id(), 0, 60));
      // Last of the failing group, so called back first: holds the writer before the mute's undo.
      auto go = release.get_future().share();
      if (!store_
               ->commit(WriteBatch{}, Durability::buffered,
                        [entered, go](Status) {
                          entered->set_value();
                          go.wait();
                        })
               .ok())
        relais::testing::exit_child(5);
    }
    entered->get_future().wait();  // the group failed; the mute is not undone yet
    free_disk();
    queue(c.mod, 72, action(wire::MUTE, c.b.id(), 0, 3600));  // refused while undos run
    release.set_value();
    if (!failed(c.mod, 71)) relais::testing::exit_child(11);
    if (!failed(c.mod, 72)) relais::testing::exit_child(12);
    if (muted_until(c.mod, c.b) != 0) relais::testing::exit_child(20);
    until_the_writer_takes_commits();
    if (!post(c.b, "gent", "not muted")->has_posted()) relais::testing::exit_child(21);
    restart();
    reconnect(c.mod);
    if (muted_until(c.mod, c.b) != 0) relais::testing::exit_child(22);
    // The client retries: now it is written.
    if (!act(c.mod, wire::MUTE, "gent", c.b.id(), 0, 3600)->has_ok())
      relais::testing::exit_child(23);
    const uint64_t until = clock_.now_ms() + 3'600'000;
    if (muted_until(c.mod, c.b) != until) relais::testing::exit_child(24);
    restart();
    reconnect(c.mod);
    if (muted_until(c.mod, c.b) != until) relais::testing::exit_child(25);
    relais::testing::exit_child(0);
  }

  // A cursor flush while a mute's write is failing: the flush writes the cursor only, so the
  // mute that is then undone is not written back by it.
  [[noreturn]] void flush_during_a_failed_mute_child() {
    open();
    auto c = cast("gent");
    auto hello = post(c.a, "gent", "hello");
    if (!hello || !hello->has_posted() || !next_message(c.b)) relais::testing::exit_child(2);
    wire::ClientFrame ack;
    ack.mutable_room_ack()->set_room("gent");
    ack.mutable_room_ack()->set_seq(hello->posted().seq());
    request(c.b.conn, ack);
    disconnect(c.b);  // its cursor is noted for the next flush
    auto entered = std::make_shared<std::promise<void>>();
    std::promise<void> release;
    {
      WriterHold hold(*store_);
      fill_disk();
      big_posts(c.a);
      queue(c.mod, 81, action(wire::MUTE, c.b.id(), 0, 60));
      auto go = release.get_future().share();
      if (!store_
               ->commit(WriteBatch{}, Durability::buffered,
                        [entered, go](Status) {
                          entered->set_value();
                          go.wait();
                        })
               .ok())
        relais::testing::exit_child(5);
    }
    entered->get_future().wait();  // the group failed; the mute is still staged in memory
    free_disk();
    core_->rooms().flush_cursors();  // queued in the next group, which is written
    release.set_value();
    if (!failed(c.mod, 81)) relais::testing::exit_child(11);
    until_the_writer_takes_commits();
    if (muted_until(c.mod, c.b) != 0) relais::testing::exit_child(20);
    restart();
    reconnect(c.mod);
    if (muted_until(c.mod, c.b) != 0) relais::testing::exit_child(21);
    relais::testing::exit_child(0);
  }

  // An unban whose group fails, and a ban of the same account staged behind it while the first
  // group's undos are pending, with posts that cannot be written either. The ban must be undone
  // before the unban (last first across groups), else memory says "not banned" and the disk
  // "banned", and b's next join overwrites the ban.
  [[noreturn]] void ban_behind_a_failed_unban_child() {
    open();
    auto c = cast("gent");
    if (!act(c.mod, wire::BAN, "gent", c.b.id())->has_ok()) relais::testing::exit_child(2);
    auto entered = std::make_shared<std::promise<void>>();
    std::promise<void> release;
    {
      WriterHold hold(*store_);
      fill_disk();
      big_posts(c.a);
      queue(c.mod, 71, action(wire::UNBAN, c.b.id(), 0, 0));
      auto go = release.get_future().share();
      if (!store_
               ->commit(WriteBatch{}, Durability::buffered,
                        [entered, go](Status) {
                          entered->set_value();
                          go.wait();
                        })
               .ok())
        relais::testing::exit_child(5);
    }
    entered->get_future().wait();  // G1 failed; the unban is not undone yet
    {
      // More large posts (the disk is still full), then the ban, staged on top of the unban.
      for (uint64_t id = 200; id < 216; ++id) {
        wire::ClientFrame big;
        auto* p = big.mutable_post_room();
        p->set_room("gent");
        p->set_message_id(crypto::random_bytes(16));
        p->set_ciphertext(std::string(wire::kMaxRoomCiphertextBytes, 'y'));
        p->set_commitment(std::string(32, 'c'));
        queue(c.mod, id, big);
      }
      queue(c.mod, 72, action(wire::BAN, c.b.id(), 0, 0));
    }
    release.set_value();
    if (!failed(c.mod, 71)) relais::testing::exit_child(11);
    if (!failed(c.mod, 72)) relais::testing::exit_child(12);
    free_disk();
    until_the_writer_takes_commits();
    // Both the unban and the ban failed: b must still be banned.
    auto joined = join(c.b, "gent");
    if (joined && joined->has_joined()) {
      restart();
      reconnect(c.b);
      if (rooms(c.b)["gent"].joined()) relais::testing::exit_child(30);  // ban lost on disk too
      relais::testing::exit_child(31);                                   // joined in memory only
    }
    relais::testing::exit_child(0);
  }

  // A leave whose write fails: b is told STORE_FAILURE and is a member still, so it goes on
  // receiving the room's posts on the same connection (its cursor was dropped when queued).
  [[noreturn]] void failed_leave_child() {
    open();
    auto c = cast("gent");
    {
      WriterHold hold(*store_);
      fill_disk();
      big_posts(c.a);
      wire::ClientFrame leave;
      leave.mutable_leave_room()->set_room("gent");
      queue(c.b, 91, leave);
    }
    if (!failed(c.b, 91)) relais::testing::exit_child(11);
    free_disk();
    until_the_writer_takes_commits();
    if (!is_member(c.b, "gent")) relais::testing::exit_child(12);  // still a member: as told
    auto after = post(c.a, "gent", "after the failed leave");
    if (!after || !after->has_posted()) relais::testing::exit_child(13);
    auto got = next_message(c.b, std::chrono::milliseconds(1500));
    if (!got) relais::testing::exit_child(40);  // b hears nothing more until it reconnects
    if (got->seq() != after->posted().seq()) relais::testing::exit_child(41);
    relais::testing::exit_child(0);
  }

  // A cursor flush whose write fails (full disk) is kept for the next flush: once the disk has
  // room the cursor is written, and after a restart b is not sent what it acknowledged.
  [[noreturn]] void failed_cursor_flush_child() {
    open();
    auto c = cast("gent");
    auto hello = post(c.a, "gent", "hello");
    if (!hello || !hello->has_posted() || !next_message(c.b)) relais::testing::exit_child(2);
    wire::ClientFrame ack;
    ack.mutable_room_ack()->set_room("gent");
    ack.mutable_room_ack()->set_seq(hello->posted().seq());
    request(c.b.conn, ack);
    disconnect(c.b);  // its cursor is noted for the next flush
    {
      WriterHold hold(*store_);
      fill_disk();
      big_posts(c.a);
      core_->rooms().flush_cursors();  // in the group that fails
    }
    if (!failed(c.a, 49)) relais::testing::exit_child(10);  // the group did fail
    free_disk();
    core_->rooms().flush_cursors();  // the failed flush's cursor again
    if (!store_->commit_and_wait(WriteBatch{}, Durability::synced).ok())
      relais::testing::exit_child(11);
    restart();
    reconnect(c.b);
    if (auto again = next_message(c.b, std::chrono::milliseconds(800)))
      relais::testing::exit_child(20);  // "hello" again: the acknowledged cursor was lost
    relais::testing::exit_child(0);
  }

  rlimit saved_{};
};

TEST_F(ModerationWriteFailureTest, ABanSurvivesAFailedUnbanAndAFailedBanBehindIt) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(ban_behind_a_failed_unban_child(), ::testing::ExitedWithCode(0), "");
}

TEST_F(ModerationWriteFailureTest, AFailedLeaveKeepsDeliveringTheRoom) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(failed_leave_child(), ::testing::ExitedWithCode(0), "");
}

TEST_F(ModerationWriteFailureTest, AFailedCursorFlushIsWrittenByTheNextFlush) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(failed_cursor_flush_child(), ::testing::ExitedWithCode(0), "");
}

TEST_F(ModerationWriteFailureTest, AFailedGroupIsUndoneLastFirstAndMatchesTheDisk) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(failed_group_child(), ::testing::ExitedWithCode(0), "");
}

TEST_F(ModerationWriteFailureTest, AMuteDuringAFailedMutesUndoIsRefusedAndCanBeRetried) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(mute_during_a_failed_mutes_undo_child(), ::testing::ExitedWithCode(0), "");
}

TEST_F(ModerationWriteFailureTest, ACursorFlushCannotWriteBackAFailedMute) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(flush_during_a_failed_mute_child(), ::testing::ExitedWithCode(0), "");
}

}  // namespace
}  // namespace relais::server::testing

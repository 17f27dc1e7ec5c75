// The engine's moderation component against the relay's real request handling: an admin gives
// roles and makes rooms; a moderator acts (typed events for everyone, a typed log); knocks are
// answered; reports reach the room's moderators (and for exploitation the outreach workers of
// its region) and are verified against the relay's franking tag.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/base/encoding.h"
#include "core/engine/engine.h"
#include "tests/core/engine/live_relay.h"

namespace relais::engine {
namespace {

using testing::Device;
using testing::LiveRelay;
using testing::new_device;

class ModerationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (Device* d : {&admin, &mod, &a, &b}) relay.connect_and_log_in(*d);
    done(admin, admin.engine.grant_role(mod.engine.account_id(), {Role::moderator, "brussels"}));
    for (Device* d : {&mod, &a, &b}) join(*d, "brussels");
  }

  void join(Device& d, const std::string& room) {
    const RequestId r = d.engine.join_room(room);
    relay.pump();
    bool joined = false;
    for (const auto& j : d.seen<event::RoomJoined>()) joined |= j.request == r;
    ASSERT_TRUE(joined) << d.engine.name() << " did not join " << room;
  }
  // Runs `r` (already asked) and expects Done for it.
  void done(Device& d, RequestId r) {
    relay.pump();
    auto dones = d.seen<event::Done>();
    const bool ok =
        std::any_of(dones.begin(), dones.end(), [&](auto& x) { return x.request == r; });
    ASSERT_TRUE(ok) << (d.failures(r).empty() ? "no answer" : describe(d.failures(r)[0].failure));
  }
  uint64_t say(Device& d, const std::string& room, const std::string& text) {
    auto r = d.engine.say(room, text, relay.clock().now_ms());
    EXPECT_TRUE(r.ok());
    relay.pump();
    for (const auto& p : d.seen<event::RoomPosted>()) {
      if (p.request == *r) return p.seq;
    }
    ADD_FAILURE() << d.engine.name() << " could not say " << text;
    return 0;
  }
  std::vector<RoomItem> events_of(const Device& d, RoomEventKind kind) {
    std::vector<RoomItem> out;
    for (const auto& r : d.seen<event::RoomItemReceived>()) {
      if (r.item.is_event && r.item.event == kind) out.push_back(r.item);
    }
    return out;
  }

  LiveRelay relay;
  Device admin = new_device("Admin", relay.admin_invite());
  Device mod = new_device("Modesta");
  Device a = new_device("Amandine");
  Device b = new_device("Berenice");
};

TEST_F(ModerationTest, AModeratorActsAndEveryoneSeesTypedEvents) {
  // The role as members see it.
  const RequestId listing = a.engine.list_members("brussels");
  relay.pump();
  ASSERT_EQ(a.seen<event::MembersListed>().size(), 1u);
  const auto listed = a.seen<event::MembersListed>()[0].members;
  for (const auto& m : listed) {
    EXPECT_EQ(m.role, m.id == mod.engine.account_id() ? Role::moderator : Role::member);
  }
  EXPECT_EQ(a.seen<event::MembersListed>()[0].request, listing);

  // A mute with its end, then a kick: the member concerned and the others see what happened.
  done(mod, mod.engine.mod_action({ModKind::mute, "brussels", b.engine.account_id(), 0, 3600}));
  auto muted = events_of(a, RoomEventKind::muted);
  ASSERT_EQ(muted.size(), 1u);
  EXPECT_EQ(muted[0].from, b.engine.account_id());
  EXPECT_TRUE(muted[0].by.empty());  // the moderator acts behind the role
  EXPECT_EQ(muted[0].until_ms, relay.clock().now_ms() + 3'600'000);
  auto r = b.engine.say("brussels", "can I?", relay.clock().now_ms());
  ASSERT_TRUE(r.ok());
  relay.pump();
  ASSERT_EQ(b.failures(*r).size(), 1u);
  EXPECT_EQ(b.failures(*r)[0].failure.problem, Problem::muted);

  done(mod, mod.engine.mod_action({ModKind::kick, "brussels", b.engine.account_id(), 0, 0}));
  ASSERT_EQ(events_of(b, RoomEventKind::kicked).size(), 1u);
  EXPECT_EQ(events_of(b, RoomEventKind::kicked)[0].from, b.engine.account_id());
  EXPECT_TRUE(b.engine.joined_rooms().empty());
  ASSERT_EQ(events_of(a, RoomEventKind::kicked).size(), 1u);

  // The one kicked cannot read what follows: a's next post is keyed anew for those left.
  say(a, "brussels", "without b");
  for (const auto& item : b.engine.room_history("brussels")) EXPECT_NE(item.text, "without b");

  // The log, typed: actions, who, whom, how long.
  const RequestId log = mod.engine.read_mod_log("brussels");
  relay.pump();
  auto read = mod.seen<event::ModLogRead>();
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].request, log);
  std::vector<ModLogAction> actions;
  for (const auto& e : read[0].entries) {
    actions.push_back(e.action);
    if (e.action == ModLogAction::mute) {
      EXPECT_EQ(e.duration_s, 3600u);
    }
    if (e.action == ModLogAction::kick) {
      EXPECT_EQ(e.actor, mod.engine.account_id());
      EXPECT_EQ(e.target, b.engine.account_id());
    }
  }
  EXPECT_NE(std::find(actions.begin(), actions.end(), ModLogAction::grant), actions.end());
  EXPECT_NE(std::find(actions.begin(), actions.end(), ModLogAction::mute), actions.end());
  EXPECT_NE(std::find(actions.begin(), actions.end(), ModLogAction::kick), actions.end());
  for (const auto& e : read[0].entries) {
    if (e.action == ModLogAction::grant) {
      EXPECT_EQ(e.role, Role::moderator);
    }
  }
}

// The member concerned is told what happened to her, not a vague "removed": that the message a
// moderator removed was hers, and, away when it happened, whether she was banned or kicked
// (the relay tells her alone that she is banned).
TEST_F(ModerationTest, TheMemberConcernedIsToldWhatHappenedEvenAway) {
  const uint64_t seq = say(a, "brussels", "mon adresse, c'est…");
  done(mod, mod.engine.mod_action({ModKind::remove, "brussels", {}, seq, 0}));
  auto removed_at = [](const Device& d) {
    std::vector<event::RoomItemRemoved> out = d.seen<event::RoomItemRemoved>();
    return out;
  };
  ASSERT_EQ(removed_at(a).size(), 1u);
  EXPECT_TRUE(removed_at(a)[0].yours);
  ASSERT_EQ(removed_at(b).size(), 1u);
  EXPECT_FALSE(removed_at(b)[0].yours);

  relay.disconnect(a);
  relay.disconnect(b);
  done(mod, mod.engine.mod_action({ModKind::ban, "brussels", b.engine.account_id(), 0, 0}));
  done(mod, mod.engine.mod_action({ModKind::kick, "brussels", a.engine.account_id(), 0, 0}));
  for (Device* d : {&a, &b}) {
    d->events.clear();
    relay.connect_and_log_in(*d);
    relay.pump();
  }
  const AccountId self_b = b.engine.account_id();
  ASSERT_EQ(events_of(b, RoomEventKind::banned).size(), 1u);
  EXPECT_EQ(events_of(b, RoomEventKind::banned)[0].from, self_b);
  EXPECT_TRUE(events_of(b, RoomEventKind::kicked).empty());
  EXPECT_TRUE(events_of(b, RoomEventKind::removed).empty());
  ASSERT_EQ(events_of(a, RoomEventKind::kicked).size(), 1u);
  EXPECT_EQ(events_of(a, RoomEventKind::kicked)[0].from, a.engine.account_id());
  EXPECT_TRUE(events_of(a, RoomEventKind::banned).empty());
  EXPECT_TRUE(b.engine.joined_rooms().empty());
  // What the room's history keeps says the same after the fact.
  bool banned_in_history = false;
  for (const auto& item : b.engine.room_history("brussels"))
    banned_in_history |=
        item.is_event && item.event == RoomEventKind::banned && item.from == self_b;
  EXPECT_TRUE(banned_in_history);
}

TEST_F(ModerationTest, AMemberCannotModerateAndNothingChanges) {
  const RequestId r = a.engine.mod_action({ModKind::kick, "brussels", b.engine.account_id(), 0, 0});
  relay.pump();
  ASSERT_EQ(a.failures(r).size(), 1u);
  EXPECT_EQ(a.failures(r)[0].failure.problem, Problem::forbidden);
  EXPECT_EQ(a.failures(r)[0].failure.room, "brussels");
  EXPECT_TRUE(events_of(b, RoomEventKind::kicked).empty());
  EXPECT_EQ(b.engine.joined_rooms(), std::vector<std::string>{"brussels"});
  const RequestId g = a.engine.grant_role(a.engine.account_id(), {Role::admin, ""});
  relay.pump();
  ASSERT_EQ(a.failures(g).size(), 1u);
  EXPECT_EQ(a.failures(g)[0].failure.problem, Problem::forbidden);
}

TEST_F(ModerationTest, AnAlertIsPostedThenPinned) {
  auto r = mod.engine.pin_alert("brussels", "grey van near Nord: avoid", 3 * 86400,
                                relay.clock().now_ms());
  ASSERT_TRUE(r.ok());
  relay.pump();
  ASSERT_EQ(mod.seen<event::RoomPosted>().size(), 1u);
  EXPECT_EQ(mod.seen<event::RoomPosted>()[0].request, *r);
  ASSERT_EQ(mod.seen<event::Done>().back().request, *r);  // then the pin
  const uint64_t seq = mod.seen<event::RoomPosted>()[0].seq;
  auto pinned = events_of(a, RoomEventKind::pinned);
  ASSERT_EQ(pinned.size(), 1u);
  EXPECT_EQ(pinned[0].target_seq, seq);
  for (const auto& item : a.engine.room_history("brussels")) {
    if (item.seq == seq && !item.is_event) {
      EXPECT_TRUE(item.alert);
      EXPECT_EQ(item.pinned_until_ms, pinned[0].until_ms);
    }
  }
  // A member cannot pin: the alert is posted, the pin refused, and the request says so.
  auto no = a.engine.pin_alert("brussels", "fake alert", 3600, relay.clock().now_ms());
  ASSERT_TRUE(no.ok());
  relay.pump();
  ASSERT_EQ(a.failures(*no).size(), 1u);
  EXPECT_EQ(a.failures(*no)[0].failure.problem, Problem::forbidden);
  // A duration the protocol does not allow is refused before anything is posted.
  EXPECT_EQ(mod.engine.pin_alert("brussels", "x", 0, 0).error().code, Errc::invalid_argument);
  EXPECT_EQ(mod.engine.pin_alert("brussels", "x", 400 * 86400, 0).error().code,
            Errc::invalid_argument);
}

TEST_F(ModerationTest, AKnockIsAnsweredByAModerator) {
  const RequestId made = admin.engine.create_room(
      {"night", "La nuit", "De nacht", JoinPolicy::knock, 0, 0, 0, "brussels"});
  relay.pump();
  auto created = admin.seen<event::RoomCreated>();
  ASSERT_EQ(created.size(), 1u);
  EXPECT_EQ(created[0].request, made);
  EXPECT_EQ(created[0].room.room, "night");
  EXPECT_EQ(created[0].room.policy, JoinPolicy::knock);
  done(admin, admin.engine.grant_role(mod.engine.account_id(), {Role::moderator, "night"}));
  join(mod, "night");

  // The same id again: refused, with the room named.
  const RequestId twice =
      admin.engine.create_room({"night", "La nuit", "De nacht", JoinPolicy::knock, 0, 0, 0, ""});
  relay.pump();
  ASSERT_EQ(admin.failures(twice).size(), 1u);
  EXPECT_EQ(admin.failures(twice)[0].failure.problem, Problem::already_exists);
  EXPECT_EQ(admin.failures(twice)[0].failure.room, "night");

  const RequestId knock = a.engine.join_room("night");
  relay.pump();
  ASSERT_EQ(a.seen<event::RoomJoined>().back().request, knock);
  EXPECT_TRUE(a.seen<event::RoomJoined>().back().pending);

  const RequestId waiting = mod.engine.list_join_requests("night");
  relay.pump();
  ASSERT_EQ(mod.seen<event::JoinRequestsListed>().size(), 1u);
  EXPECT_EQ(mod.seen<event::JoinRequestsListed>()[0].request, waiting);
  ASSERT_EQ(mod.seen<event::JoinRequestsListed>()[0].requests.size(), 1u);
  EXPECT_EQ(mod.seen<event::JoinRequestsListed>()[0].requests[0].id, a.engine.account_id());

  done(mod, mod.engine.mod_action({ModKind::approve, "night", a.engine.account_id(), 0, 0}));
  ASSERT_EQ(a.seen<event::JoinAnswered>().size(), 1u);
  EXPECT_TRUE(a.seen<event::JoinAnswered>()[0].approved);
  EXPECT_EQ(a.seen<event::JoinAnswered>()[0].room, "night");
  // In: what a says reaches the moderator.
  auto r = a.engine.say("night", "merci", relay.clock().now_ms());
  ASSERT_TRUE(r.ok());
  relay.pump();
  bool heard = false;
  for (const auto& item : mod.seen<event::RoomItemReceived>()) heard |= item.item.text == "merci";
  EXPECT_TRUE(heard);

  // A refused knock is told too.
  b.engine.join_room("night");
  relay.pump();
  done(mod, mod.engine.mod_action({ModKind::refuse, "night", b.engine.account_id(), 0, 0}));
  ASSERT_EQ(b.seen<event::JoinAnswered>().size(), 1u);
  EXPECT_FALSE(b.seen<event::JoinAnswered>()[0].approved);
}

TEST_F(ModerationTest, AReportReachesTheModeratorVerified) {
  const uint64_t seq = say(a, "brussels", "give me your address or else");
  auto r = b.engine.report("brussels", seq, ReportReason::threat, "she threatened me",
                           relay.clock().now_ms());
  ASSERT_TRUE(r.ok()) << r.error().message;
  const size_t sends_before = b.sent.size();
  relay.pump();
  auto sent = b.seen<event::ReportSent>();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].request, *r);
  EXPECT_EQ(sent[0].recipients, 1u);
  // The copy went to the moderator only.
  for (size_t i = sends_before; i < b.sent.size(); ++i) {
    if (b.sent[i].has_send()) {
      EXPECT_EQ(b.sent[i].send().to(), mod.engine.account_id().bytes());
    }
  }

  auto got = mod.seen<event::ReportReceived>();
  ASSERT_EQ(got.size(), 1u);
  const ReportView& report = got[0].report;
  EXPECT_TRUE(report.checked);
  EXPECT_TRUE(report.verified);  // the text opens the commitment the relay bound to a
  EXPECT_EQ(report.reason, ReportReason::threat);
  EXPECT_EQ(report.room, "brussels");
  EXPECT_EQ(report.comment, "she threatened me");
  EXPECT_EQ(report.reporter, b.engine.account_id());
  EXPECT_EQ(report.message.seq, seq);
  EXPECT_EQ(report.message.from, a.engine.account_id());
  EXPECT_EQ(report.message.text, "give me your address or else");
  EXPECT_EQ(mod.engine.reports().size(), 1u);
  EXPECT_EQ(mod.engine.reports_unchecked(), 0u);
}

// A report's handled state is shared by the room's moderators: marked by one, the other sees it
// at once when online, at its next log-in when not; the reporter is told nothing; a replay tells
// nobody twice; a report of this room is never closed by a mark made in another room.
TEST_F(ModerationTest, AReportHandledByOneModeratorIsHandledForTheOthers) {
  Device mod2 = new_device("Maud");
  relay.connect_and_log_in(mod2);
  done(admin, admin.engine.grant_role(mod2.engine.account_id(), {Role::moderator, "brussels"}));
  join(mod2, "brussels");
  const uint64_t first = say(a, "brussels", "first insult");
  const uint64_t second = say(a, "brussels", "second insult");
  for (uint64_t seq : {first, second}) {
    ASSERT_TRUE(b.engine.report("brussels", seq, ReportReason::harassment, "", relay.clock().now_ms()).ok());
    relay.pump();
  }
  ASSERT_EQ(mod.engine.reports().size(), 2u);
  ASSERT_EQ(mod2.engine.reports().size(), 2u);
  const std::string id1 = mod.engine.reports()[0].report_id;
  const std::string id2 = mod.engine.reports()[1].report_id;
  EXPECT_FALSE(mod2.engine.reports()[0].handled);

  // Online: told at once.
  done(mod, mod.engine.mark_report_handled(id1));
  ASSERT_EQ(mod.seen<event::ReportHandled>().size(), 1u);
  auto told = mod2.seen<event::ReportHandled>();
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(told[0].report.report_id, id1);
  EXPECT_TRUE(told[0].report.handled);
  EXPECT_TRUE(mod2.engine.reports()[0].handled);
  EXPECT_FALSE(mod2.engine.reports()[1].handled);
  // Marked again: nobody is told twice.
  done(mod2, mod2.engine.mark_report_handled(id1));
  done(mod, mod.engine.mark_report_handled(id1));
  EXPECT_EQ(mod2.seen<event::ReportHandled>().size(), 1u);
  EXPECT_EQ(mod.seen<event::ReportHandled>().size(), 1u);

  // Away: told at the next log-in, and kept across a restart of the client.
  relay.disconnect(mod2);
  done(mod, mod.engine.mark_report_handled(id2));
  EXPECT_EQ(mod2.seen<event::ReportHandled>().size(), 1u);
  relay.connect_and_log_in(mod2);
  relay.pump();
  EXPECT_TRUE(mod2.engine.reports_settled());
  ASSERT_EQ(mod2.seen<event::ReportHandled>().size(), 2u);
  EXPECT_EQ(mod2.seen<event::ReportHandled>()[1].report.report_id, id2);
  relay.disconnect(mod2);
  auto restored = Engine::restore(mod2.disk);
  ASSERT_TRUE(restored.ok());
  for (const auto& r : restored->reports()) EXPECT_TRUE(r.handled) << r.report_id;

  // The reporter heard nothing of it: no event, no frame naming the report or a moderator.
  EXPECT_TRUE(b.seen<event::ReportHandled>().empty());
  for (const auto& f : b.received) EXPECT_FALSE(f.has_handled_reports()) << f.DebugString();

  // A report this device does not hold: a clear failure, nothing sent.
  const size_t sent_before = a.sent.size();
  const RequestId none = a.engine.mark_report_handled(id1);
  relay.pump();
  ASSERT_EQ(a.failures(none).size(), 1u);
  EXPECT_EQ(a.failures(none)[0].failure.problem, Problem::no_held_report);
  EXPECT_EQ(a.sent.size(), sent_before);
}

TEST_F(ModerationTest, AMarkMadeInAnotherRoomClosesNoReportOfThisOne) {
  const uint64_t seq = say(a, "brussels", "an insult");
  ASSERT_TRUE(b.engine.report("brussels", seq, ReportReason::harassment, "", relay.clock().now_ms()).ok());
  relay.pump();
  ASSERT_EQ(mod.engine.reports().size(), 1u);
  const auto id = from_hex(mod.engine.reports()[0].report_id);
  ASSERT_TRUE(id);
  // A relay (or a moderator of Gent marking the same id there) says it is handled in Gent.
  wire::ServerFrame push;
  push.mutable_handled_reports()->set_room("gent");
  auto* h = push.mutable_handled_reports()->add_reports();
  h->set_report_id(*id);
  h->set_handled_ms(relay.clock().now_ms());
  // And a malformed one.
  wire::ServerFrame bad;
  bad.mutable_handled_reports()->set_room("brussels");
  bad.mutable_handled_reports()->add_reports()->set_report_id(std::string(3, 'x'));
  relay.inject(mod, {push, bad});
  relay.pump();
  EXPECT_FALSE(mod.engine.reports()[0].handled);
  EXPECT_TRUE(mod.seen<event::ReportHandled>().empty());
}

TEST_F(ModerationTest, AnExploitationReportAlsoReachesTheRegionsOutreachWorkers) {
  Device worker = new_device("Wanda");
  relay.connect_and_log_in(worker);
  const RequestId org =
      admin.engine.create_org({"espace-p", "Espace P", "", {"fr"}, "", "brussels"});
  relay.pump();
  ASSERT_FALSE(admin.seen<event::OrgsListed>().empty()) << describe(admin.failures(org)[0].failure);
  done(admin, admin.engine.grant_role(worker.engine.account_id(), {Role::outreach, "espace-p"}));

  const uint64_t seq = say(a, "brussels", "she cannot leave the house");
  auto r = b.engine.report("brussels", seq, ReportReason::exploitation, "", relay.clock().now_ms());
  ASSERT_TRUE(r.ok());
  relay.pump();
  ASSERT_EQ(b.seen<event::ReportSent>().size(), 1u);
  EXPECT_EQ(b.seen<event::ReportSent>()[0].recipients, 2u);
  ASSERT_EQ(worker.seen<event::ReportReceived>().size(), 1u);
  EXPECT_EQ(worker.seen<event::ReportReceived>()[0].report.reason, ReportReason::exploitation);
  EXPECT_EQ(mod.seen<event::ReportReceived>().size(), 1u);
}

TEST_F(ModerationTest, AReportNeedsTheMessagesOpeningAndAModerator) {
  const uint64_t seq = say(a, "brussels", "reported later");
  // Our own message cannot be reported (we hold no tag for it).
  EXPECT_EQ(a.engine.report("brussels", seq, ReportReason::spam, "", 0).error().code,
            Errc::not_found);
  // A room without a moderator: the report has nowhere to go, and says so.
  join(a, "gent");
  join(b, "gent");
  const uint64_t there = say(a, "gent", "no one watches here");
  // The opening survives a restart.
  relay.disconnect(b);
  auto restored = Engine::restore(b.disk);
  ASSERT_TRUE(restored.ok());
  b.engine = std::move(*restored);
  b.events.clear();
  relay.connect_and_log_in(b);
  auto r = b.engine.report("gent", there, ReportReason::threat, "", 0);
  ASSERT_TRUE(r.ok()) << r.error().message;
  relay.pump();
  ASSERT_EQ(b.failures(*r).size(), 1u);
  EXPECT_EQ(b.failures(*r)[0].failure.problem, Problem::no_moderator);
}

TEST_F(ModerationTest, RequestsThatCannotBeRightFailAtOnceAndSendNothing) {
  const size_t frames = relay.frames_in();
  auto fails = [&](RequestId r, wire::Field field) {
    relay.pump();
    ASSERT_EQ(a.failures(r).size(), 1u);
    EXPECT_EQ(a.failures(r)[0].failure.problem, Problem::invalid_request);
    EXPECT_EQ(a.failures(r)[0].failure.code, Errc::invalid_argument);
    EXPECT_EQ(a.failures(r)[0].failure.field, field);
  };
  fails(a.engine.create_room({"Bad Id", "Nuit", "Nacht", JoinPolicy::open, 0, 0, 0, ""}),
        wire::FIELD_ROOM);
  fails(a.engine.create_room({"night", "", "Nacht", JoinPolicy::open, 0, 0, 0, ""}),
        wire::FIELD_ROOM_NAME);
  fails(
      a.engine.create_room({"night", "Nuit", std::string(65, 'n'), JoinPolicy::open, 0, 0, 0, ""}),
      wire::FIELD_ROOM_NAME);
  fails(a.engine.create_room({"night", "Nuit", "Nacht", JoinPolicy::open, 0, 0, 0, "Bad"}),
        wire::FIELD_REGION);
  fails(a.engine.grant_role(b.engine.account_id(), {Role::member, ""}), wire::FIELD_ROLE);
  fails(a.engine.grant_role(b.engine.account_id(), {Role::moderator, ""}), wire::FIELD_SCOPE);
  fails(a.engine.grant_role(b.engine.account_id(), {Role::admin, "gent"}), wire::FIELD_SCOPE);
  fails(a.engine.grant_role({}, {Role::admin, ""}), wire::FIELD_ACCOUNT);
  fails(a.engine.mod_action({ModKind::kick, "brussels", {}, 0, 0}), wire::FIELD_ACCOUNT);
  fails(a.engine.mod_action({ModKind::remove, "brussels", {}, 0, 0}), wire::FIELD_SEQ);
  fails(a.engine.mod_action({ModKind::mute, "brussels", b.engine.account_id(), 0, 400 * 86400}),
        wire::FIELD_DURATION);
  fails(a.engine.mod_action({ModKind::kick, "No Room", b.engine.account_id(), 0, 0}),
        wire::FIELD_ROOM);
  fails(a.engine.create_invite("No Room"), wire::FIELD_ROOM);
  fails(a.engine.create_invite("", 1, 0, RoleSpec{Role::member, ""}), wire::FIELD_ROLE);
  fails(a.engine.create_invite("brussels", 1, 0, RoleSpec{Role::admin, ""}), wire::FIELD_GRANT);
  fails(a.engine.create_invite("", 5000), wire::FIELD_USES);
  EXPECT_EQ(
      a.engine.report("brussels", 1, ReportReason::spam, std::string(3000, 'x'), 0).error().code,
      Errc::invalid_argument);
  EXPECT_EQ(a.engine.report("brussels", 1, ReportReason::spam, "", 0).error().code,
            Errc::not_found);
  relay.pump();
  EXPECT_EQ(relay.frames_in(), frames);
}

TEST_F(ModerationTest, AnInviteCodeLetsSomeoneRegister) {
  const RequestId r = admin.engine.create_invite("", 1, 0, std::nullopt);
  relay.pump();
  auto invites = admin.seen<event::InviteCreated>();
  ASSERT_EQ(invites.size(), 1u);
  EXPECT_EQ(invites[0].request, r);
  EXPECT_FALSE(invites[0].code.empty());
  EXPECT_GT(invites[0].expires_ms, relay.clock().now_ms());
}

}  // namespace
}  // namespace relais::engine

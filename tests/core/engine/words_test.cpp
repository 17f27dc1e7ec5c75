// The words table (core/engine/words.h) and the resources directory's parser: what scripts and
// the saved state rely on, and what a malformed file does.
#include <gtest/gtest.h>

#include "core/engine/engine.h"

namespace relais::engine {
namespace {

template <class Kind>
void round_trips(std::initializer_list<Kind> kinds) {
  for (Kind k : kinds) {
    const std::string_view w = word(k);
    EXPECT_FALSE(w.empty()) << static_cast<int>(k);
    EXPECT_EQ(from_word<Kind>(w), k) << w;
  }
  EXPECT_FALSE(from_word<Kind>("no-such-word"));
  EXPECT_FALSE(from_word<Kind>(""));
}

TEST(Words, EveryKindHasOneWordBothWays) {
  round_trips({JoinPolicy::open, JoinPolicy::knock, JoinPolicy::invite});
  round_trips({Role::member, Role::moderator, Role::outreach, Role::admin});
  round_trips(
      {RoomEventKind::joined, RoomEventKind::left, RoomEventKind::kicked, RoomEventKind::banned,
       RoomEventKind::unbanned, RoomEventKind::muted, RoomEventKind::removed, RoomEventKind::pinned,
       RoomEventKind::unpinned, RoomEventKind::role_granted, RoomEventKind::role_revoked,
       RoomEventKind::permanence_started, RoomEventKind::permanence_ended, RoomEventKind::other});
  round_trips({ModKind::approve, ModKind::refuse, ModKind::kick, ModKind::ban, ModKind::unban,
               ModKind::mute, ModKind::remove, ModKind::pin, ModKind::unpin});
  round_trips({ModLogAction::approve, ModLogAction::refuse, ModLogAction::kick, ModLogAction::ban,
               ModLogAction::unban, ModLogAction::mute, ModLogAction::remove, ModLogAction::pin,
               ModLogAction::unpin, ModLogAction::grant, ModLogAction::revoke,
               ModLogAction::other});
  round_trips({ReportReason::harassment, ReportReason::doxing, ReportReason::exploitation,
               ReportReason::threat, ReportReason::spam, ReportReason::other});
  round_trips({PermanenceNoticeKind::opened, PermanenceNoticeKind::closed,
               PermanenceNoticeKind::queue_changed, PermanenceNoticeKind::handoff_declined,
               PermanenceNoticeKind::message_handled, PermanenceNoticeKind::new_ticket});
  round_trips({TicketEnd::ended, TicketEnd::left, TicketEnd::permanence_closed,
               TicketEnd::handed_off, TicketEnd::other});
}

// The words scripts read in --json (docs/cli-json.md): they never change.
TEST(Words, TheJsonWordsStayTheSame) {
  EXPECT_EQ(word(RoomEventKind::role_granted), "role_granted");
  EXPECT_EQ(word(RoomEventKind::other), "unknown");
  EXPECT_EQ(word(TicketEnd::permanence_closed), "permanence closed");
  EXPECT_EQ(word(PermanenceNoticeKind::message_handled), "message_handled");
  ModLogItem grant;
  grant.action = ModLogAction::grant;
  grant.role = Role::moderator;
  EXPECT_EQ(mod_log_word(grant), "grant moderator");
  ModLogItem kick;
  kick.action = ModLogAction::kick;
  EXPECT_EQ(mod_log_word(kick), "kick");
}

TEST(Resources, ParsesEveryLanguageAndTheFlags) {
  auto d = parse_resources(R"({
    "generated": "2026-11-22",
    "emergency": [{"number": "112", "name_fr": "Urgences", "name_en": "Emergencies",
                   "name_sq": "Emergjenca", "checked": true, "needs_confirmation": false},
                  {"number": "101", "name_nl": "Politie"}, "not an object"],
    "organisations": [{"id": "espace-p", "name": "Espace P", "cities": ["Brussels", 7],
                       "what_fr": "Soutien", "what_en": "Support", "phone": null,
                       "languages": ["fr", "en"], "checked": true,
                       "needs_confirmation": false},
                      {"id": "alias", "name": "Alias", "cities": ["Liège"]}]})");
  ASSERT_TRUE(d.ok()) << d.error().message;
  EXPECT_EQ(d->generated, "2026-11-22");
  ASSERT_EQ(d->emergency.size(), 2u);
  EXPECT_EQ(d->emergency[0].names.size(), 3u);
  EXPECT_EQ(d->emergency[0].names.at("sq"), "Emergjenca");
  EXPECT_TRUE(d->emergency[0].checked);
  EXPECT_FALSE(d->emergency[0].needs_confirmation);
  EXPECT_TRUE(d->emergency[1].needs_confirmation);  // unchecked and unsaid: to confirm
  ASSERT_EQ(d->organisations.size(), 2u);
  const auto& espace = d->organisations[0];
  EXPECT_EQ(espace.cities, std::vector<std::string>{"Brussels"});
  EXPECT_EQ(espace.phone, "");
  EXPECT_FALSE(espace.needs_confirmation);
  EXPECT_TRUE(d->organisations[1].needs_confirmation);
  // The person's language, then the stated fallbacks, then any.
  EXPECT_EQ(pick(espace.what, {"nl", "en", "fr"}), "Support");
  EXPECT_EQ(pick(espace.what, {"fr"}), "Soutien");
  EXPECT_EQ(pick(d->emergency[1].names, {"fr", "en"}), "Politie");
  EXPECT_EQ(pick({}, {"fr"}), "");
  // Cities as a person types them.
  EXPECT_TRUE(works_in(d->organisations[1], "liege"));
  EXPECT_TRUE(works_in(d->organisations[1], "LIÈGE"));
  EXPECT_FALSE(works_in(d->organisations[1], "brussels"));
}

TEST(Resources, RefusesWhatIsNoDirectory) {
  for (const char* bad : {"", "not json", "[1,2]", "{}", R"({"organisations": 3})", "\"x\""}) {
    auto d = parse_resources(bad);
    ASSERT_FALSE(d.ok()) << bad;
    EXPECT_EQ(d.error().code, Errc::corrupt) << bad;
  }
  EXPECT_TRUE(parse_resources(R"({"emergency": []})").ok());
}

}  // namespace
}  // namespace relais::engine

// The words table (core/engine/words.h) and the resources directory's parser: what scripts and
// the saved state rely on, and what a malformed file does.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/engine/engine.h"
#include "core/engine/resources.h"
#include "core/wire/contract.h"

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

// The order docs/translations.md states: the person's language, English, French, Dutch, any.
TEST(Resources, TheFallbackOrderIsThePersonsLanguageThenEnglishFrenchDutch) {
  const Texts all{
      {"fr", "Urgences"}, {"nl", "Noodgevallen"}, {"en", "Emergencies"}, {"bg", "Спешни"}};
  EXPECT_EQ(in_language(all, "fr"), "Urgences");
  EXPECT_EQ(in_language(all, "fr_BE.UTF-8"), "Urgences");  // a locale, as LANG writes it
  EXPECT_EQ(in_language(all, "nl-BE"), "Noodgevallen");
  EXPECT_EQ(in_language(all, "FR"), "Urgences");
  EXPECT_EQ(in_language(all, "bg"), "Спешни");
  EXPECT_EQ(in_language(all, "ro"), "Emergencies");  // no Romanian: English
  EXPECT_EQ(in_language(all, ""), "Emergencies");
  EXPECT_EQ(in_language({{"fr", "Urgences"}, {"nl", "Nood"}}, "ro"), "Urgences");  // then French
  EXPECT_EQ(in_language({{"nl", "Nood"}, {"bg", "Спешни"}}, "ro"), "Nood");        // then Dutch
  EXPECT_EQ(in_language({{"sq", "Emergjenca"}}, "fr"), "Emergjenca");  // then whatever there is
  EXPECT_EQ(in_language({}, "fr"), "");
}

TEST(Resources, CitiesAndScopesInEveryLanguageTheFileGives) {
  auto d = parse_resources(R"json({
    "city_names": {"Brussels": {"fr": "Bruxelles", "nl": "Brussel", "en": "Brussels"},
                   "Gent": {"fr": "Gand", "nl": "Gent", "en": "Ghent"}, "Odd": 3},
    "emergency": [{"number": "101", "scope": "Belgium; 24/7.", "scope_fr": "Belgique ; 24 h/24."}],
    "organisations": [{"id": "v", "name": "Violett (formerly Pasop)",
                       "name_fr": "Violett (anciennement Pasop)", "cities": ["Gent", "Hasselt"]},
                      {"id": "a", "name": "Alias", "cities": ["Brussels"]}]})json");
  ASSERT_TRUE(d.ok()) << d.error().message;
  EXPECT_EQ(d->city_names.size(), 2u);  // "Odd" is no city
  const auto& violett = d->organisations[0];
  EXPECT_EQ(cities_in_language(violett, "fr"), (std::vector<std::string>{"Gand", "Hasselt"}));
  EXPECT_EQ(cities_in_language(violett, "nl"), (std::vector<std::string>{"Gent", "Hasselt"}));
  EXPECT_EQ(cities_in_language(violett, "ro"), (std::vector<std::string>{"Ghent", "Hasselt"}));
  EXPECT_EQ(in_language(violett.names, "fr"), "Violett (anciennement Pasop)");
  // A city as a person types it in any language.
  EXPECT_TRUE(works_in(d->organisations[1], "Bruxelles"));
  EXPECT_TRUE(works_in(d->organisations[1], "brussel"));
  EXPECT_TRUE(works_in(violett, "gand"));
  EXPECT_FALSE(works_in(violett, "bruxelles"));
  // The plain "scope" is the English one.
  EXPECT_EQ(in_language(d->emergency[0].scope, "fr"), "Belgique ; 24 h/24.");
  EXPECT_EQ(in_language(d->emergency[0].scope, "nl"), "Belgium; 24/7.");
}

// deploy/resources-be.json as shipped: every emergency number, organisation and city has French,
// Dutch and English, so no French or Dutch screen falls back to another language.
TEST(Resources, TheShippedDirectoryHasFrenchDutchAndEnglishEverywhere) {
  std::ifstream in(std::string(RELAIS_SOURCE_DIR) + "/deploy/resources-be.json", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  auto d = parse_resources(text.str());
  ASSERT_TRUE(d.ok()) << d.error().message;
  ASSERT_FALSE(d->emergency.empty());
  for (const auto& e : d->emergency) {
    for (const char* lang : {"fr", "nl", "en"}) {
      EXPECT_TRUE(e.names.count(lang)) << e.number << " has no name in " << lang;
      EXPECT_TRUE(e.scope.count(lang)) << e.number << " has no scope in " << lang;
    }
  }
  for (const auto& o : d->organisations) {
    for (const char* lang : {"fr", "nl", "en"}) {
      EXPECT_TRUE(o.what.count(lang)) << o.id << " says not in " << lang << " what it does";
      if (!o.names.empty()) {
        EXPECT_TRUE(o.names.count(lang)) << o.id << " has no name in " << lang;
      }
    }
    for (size_t i = 0; i < o.cities.size(); ++i) {
      for (const char* lang : {"fr", "nl", "en"})
        EXPECT_TRUE(o.city_names[i].count(lang)) << o.cities[i] << " has no name in " << lang;
    }
  }
  const auto brussels = d->city_names.find("Brussels");
  ASSERT_NE(brussels, d->city_names.end());
  EXPECT_EQ(brussels->second.at("fr"), "Bruxelles");
  EXPECT_EQ(brussels->second.at("nl"), "Brussel");
}

// Safety text: every language a client's interface is offered in (wire::kInterfaceLanguages)
// names and describes every emergency number and says what each organisation does, so nobody
// reads where and when a number answers in a language they did not choose.
TEST(Resources, EveryInterfaceLanguageDescribesEveryEmergencyNumber) {
  std::ifstream in(std::string(RELAIS_SOURCE_DIR) + "/deploy/resources-be.json", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  auto d = parse_resources(text.str());
  ASSERT_TRUE(d.ok()) << d.error().message;
  ASSERT_GE(d->emergency.size(), 6u);
  for (const std::string_view lang : wire::kInterfaceLanguages) {
    const std::string code(lang);
    for (const auto& e : d->emergency) {
      EXPECT_TRUE(e.names.count(code)) << e.number << " has no name in " << code;
      ASSERT_TRUE(e.scope.count(code)) << e.number << " has no description in " << code;
      EXPECT_GT(e.scope.at(code).size(), 20u) << e.number << " in " << code;
      if (code != "en") {
        EXPECT_NE(e.scope.at(code), e.scope.at("en")) << e.number << " in " << code;
      }
    }
    for (const auto& o : d->organisations) {
      EXPECT_TRUE(o.what.count(code)) << o.id << " says not in " << code << " what it does";
      if (!o.names.empty()) {
        EXPECT_TRUE(o.names.count(code)) << o.id << " in " << code;
      }
    }
  }
  // What a Romanian speaker reads about 112 is Romanian, not the English fallback.
  const auto& first = d->emergency.front();
  EXPECT_EQ(first.number, "112");
  EXPECT_NE(in_language(first.scope, "ro_RO.UTF-8").find("Uniune Europeană"), std::string::npos);
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

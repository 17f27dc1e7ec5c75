// The terminal client's language: chosen from the environment as GNU gettext would, sentences
// from the built-in catalogs, plurals by each language's rule, placeholders filled in order.
#include "client-cli/i18n.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "client-cli/output.h"
#include "client-cli/sentences.h"
#include "core/engine/resources.h"

namespace relais::cli {
namespace {

class Language : public ::testing::Test {
 protected:
  void TearDown() override { speak("en"); }  // the other tests of this binary read English
};

std::string language_of(const std::map<std::string, std::string>& env) {
  return language_from_environment([&](const char* name) -> const char* {
    auto it = env.find(name);
    return it == env.end() ? nullptr : it->second.c_str();
  });
}

TEST_F(Language, FollowsLcAllThenLcMessagesThenLang) {
  EXPECT_EQ(language_of({{"LANG", "fr_BE.UTF-8"}}), "fr");
  EXPECT_EQ(language_of({{"LANG", "nl_BE.UTF-8"}}), "nl");
  EXPECT_EQ(language_of({{"LANG", "fr_BE.UTF-8"}, {"LC_MESSAGES", "nl_BE.UTF-8"}}), "nl");
  EXPECT_EQ(
      language_of(
          {{"LANG", "fr_BE.UTF-8"}, {"LC_MESSAGES", "nl_BE.UTF-8"}, {"LC_ALL", "en_GB.UTF-8"}}),
      "en");
  EXPECT_EQ(language_of({{"LANG", "nl-BE"}}), "nl");
  EXPECT_EQ(language_of({{"LANG", "FR_be@euro"}}), "fr");
  // An empty variable counts as unset, as in POSIX.
  EXPECT_EQ(language_of({{"LC_ALL", ""}, {"LANG", "fr_BE.UTF-8"}}), "fr");
}

TEST_F(Language, EnglishWithoutALocaleOrInC) {
  EXPECT_EQ(language_of({}), "en");
  EXPECT_EQ(language_of({{"LANG", "C"}}), "en");
  EXPECT_EQ(language_of({{"LANG", "C.UTF-8"}}), "en");
  EXPECT_EQ(language_of({{"LANG", "fr_BE.UTF-8"}, {"LC_ALL", "POSIX"}}), "en");
  // GNU's LANGUAGE is a list of preferences, heard only when the locale is not C.
  EXPECT_EQ(language_of({{"LANG", "C.UTF-8"}, {"LANGUAGE", "fr"}}), "en");
  EXPECT_EQ(language_of({{"LANG", "en_GB.UTF-8"}, {"LANGUAGE", "de:nl:fr"}}), "nl");
  // A language relais has no sentences in is kept for the relay's data (Spanish names).
  EXPECT_EQ(language_of({{"LANG", "es_ES.UTF-8"}}), "es");
}

TEST_F(Language, SentencesFromTheBuiltInCatalogs) {
  speak("fr");
  EXPECT_EQ(spoken_language(), "fr");
  EXPECT_EQ(sentence(engine::Problem::no_such_room), "Ce salon n'existe pas.");
  EXPECT_EQ(tr("Emergency numbers:"), "Numéros d'urgence :");
  speak("nl_BE.UTF-8");
  EXPECT_EQ(spoken_language(), "nl");
  EXPECT_EQ(tr("Emergency numbers:"), "Noodnummers:");
  EXPECT_EQ(tr("The permanence of {1} is closed.", "espace-p"),
            "De permanentie van espace-p is gesloten.");
  // A sentence the catalog does not have stays English rather than empty.
  EXPECT_EQ(tr("Not a sentence of relais {1}.", 7), "Not a sentence of relais 7.");
  speak("es");
  EXPECT_EQ(spoken_language(), "en");
  EXPECT_EQ(data_language(), "es");
  EXPECT_EQ(tr("Emergency numbers:"), "Emergency numbers:");
  speak("");
  EXPECT_EQ(spoken_language(), "en");
  EXPECT_EQ(data_language(), "en");
}

// The relay's interface languages (relaisd --interface-languages): a language left out falls
// back to English, else French, else Dutch, else the first listed; the data follows; the person
// is told once, when the language changes.
TEST_F(Language, ALanguageTheRelayTurnedOffFallsBackInTheStatedOrder) {
  speak("nl_BE.UTF-8");
  EXPECT_EQ(follow_relay_languages({}), "");  // no list: nothing is off
  EXPECT_EQ(spoken_language(), "nl");
  EXPECT_EQ(follow_relay_languages({"fr", "nl", "en"}), "");
  EXPECT_EQ(spoken_language(), "nl");
  EXPECT_EQ(follow_relay_languages({"fr", "en"}), "nl");
  EXPECT_EQ(spoken_language(), "en");
  EXPECT_EQ(data_language(), "en");
  EXPECT_EQ(follow_relay_languages({"fr", "en"}), "");  // told once
  EXPECT_EQ(follow_relay_languages({"bg", "fr"}), "nl");
  EXPECT_EQ(spoken_language(), "fr");
  EXPECT_EQ(language_off_sentence("nl"),
            "n\u00e9erlandais n'est pas propos\u00e9 sur ce relais : relais parle fran\u00e7ais.");
  EXPECT_EQ(follow_relay_languages({"bg", "ro"}), "nl");
  EXPECT_EQ(spoken_language(), "en");  // Bulgarian: relais has no sentences in it
  EXPECT_EQ(data_language(), "bg");
  // Offered again: back to the language asked for.
  EXPECT_EQ(follow_relay_languages({"nl"}), "");
  EXPECT_EQ(spoken_language(), "nl");
  speak("es_ES.UTF-8");
  EXPECT_EQ(follow_relay_languages({"fr", "en"}), "es");
  EXPECT_EQ(data_language(), "en");
  EXPECT_EQ(language_off_sentence("es"),
            "espa\u00f1ol is not offered on this relay: relais speaks English.");
  speak("en");
}

TEST_F(Language, PluralsByEachLanguagesRule) {
  auto members = [](uint64_t n) { return trn("{1} member", "{1} members", n, n); };
  EXPECT_EQ(members(0), "0 members");
  EXPECT_EQ(members(1), "1 member");
  speak("fr");  // French: 0 and 1 take the singular
  EXPECT_EQ(members(0), "0 membre");
  EXPECT_EQ(members(1), "1 membre");
  EXPECT_EQ(members(2), "2 membres");
  speak("nl");
  EXPECT_EQ(members(0), "0 leden");
  EXPECT_EQ(members(1), "1 lid");
  EXPECT_EQ(members(5000000000ULL), "5000000000 leden");
}

TEST_F(Language, PlaceholdersFilledInTheTranslationsOrder) {
  EXPECT_EQ(i18n_detail::fill("{2} before {1}", {"a", "b"}), "b before a");
  EXPECT_EQ(i18n_detail::fill("{1} and {1}", {"x"}), "x and x");
  // A placeholder without an argument, or a brace that is none, stays as it is.
  EXPECT_EQ(i18n_detail::fill("{3} {x} {", {"a"}), "{3} {x} {");
  // An argument is never read as a placeholder (a pseudonym "{1}").
  EXPECT_EQ(i18n_detail::fill("{1} / {2}", {"{2}", "b"}), "{2} / b");
}

TEST_F(Language, TheClosedDoorInFrenchWithTheNumbersNamesInFrench) {
  engine::ClosedView closed;
  closed.org = "espace-p";
  closed.next_open_local = "2026-12-08 14:00";
  closed.can_leave_message = true;
  closed.emergency.push_back({"112",
                              {{"en", "European emergency number (fire, ambulance, police)"},
                               {"fr", "Numéro d'urgence européen (pompiers, ambulance, police)"}}});
  speak("fr");
  std::ostringstream out;
  Printer(out, false).door_closed(closed);
  EXPECT_EQ(out.str(),
            "La permanence « espace-p » est fermée ; prochaine ouverture le mardi 8 décembre "
            "2026 "
            "à 14:00 (heure de Bruxelles).\n"
            "Vous pouvez laisser un message maintenant : relais leave-message espace-p \"...\"\n"
            "En cas d'urgence :\n"
            "    112  Numéro d'urgence européen (pompiers, ambulance, police)\n");
  // With the organisations' names known, the person reads the name; commands keep the id.
  {
    std::ostringstream named;
    Printer printer(named, false);
    printer.organisations({{"espace-p", "Espace P\u2026"}});
    printer.door_closed(closed);
    EXPECT_EQ(named.str().rfind("La permanence « Espace P\u2026 » est fermée ; ", 0), 0u)
        << named.str();
    EXPECT_NE(named.str().find("relais leave-message espace-p"), std::string::npos);
  }
  // --json is for programs: the same words in every language.
  std::ostringstream fr_json, en_json;
  Printer(fr_json, true).door_closed(closed);
  speak("en");
  Printer(en_json, true).door_closed(closed);
  EXPECT_EQ(fr_json.str(), en_json.str());
}

}  // namespace
}  // namespace relais::cli

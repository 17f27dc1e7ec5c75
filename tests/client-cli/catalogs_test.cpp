// The terminal client's catalogs are finished: every sentence xgettext finds in client-cli/
// (build/client-cli/relais.pot, made at each build) is translated in client-cli/po/fr.po and
// nl.po, none fuzzy, every plural form written, every placeholder kept; and the check itself
// fails on small broken catalogs. After changing a sentence: docs/translations.md says how.
#include <gtest/gtest.h>

#include <string>

#include "tests/support/po_file.h"

namespace relais::testing {
namespace {

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

TEST(CliCatalogs, EveryShippedLanguageIsFinished) {
  const PoFile pot = read_po(RELAIS_CLI_POT);
  ASSERT_TRUE(pot.error.empty()) << pot.error;
  ASSERT_GT(pot.entries.size(), 400u) << "xgettext found too few sentences in client-cli/";
  for (const char* language : {"fr", "nl"}) {
    const PoFile po = read_po(std::string(RELAIS_CLI_PO_DIR) + "/" + language + ".po");
    EXPECT_NE(po.header.find("Plural-Forms: nplurals=2;"), std::string::npos) << language;
    EXPECT_NE(po.header.find("charset=UTF-8"), std::string::npos) << language;
    const auto problems = unfinished(po, pot, 2);
    EXPECT_TRUE(problems.empty()) << "client-cli/po/" << language << ".po:\n" << joined(problems);
  }
}

const char* kPot = R"(msgid ""
msgstr ""

#: output.cpp
msgid "The permanence of {1} is closed."
msgstr ""

msgid "{1} member"
msgid_plural "{1} members"
msgstr[0] ""
msgstr[1] ""
)";

TEST(CliCatalogs, TheCheckFailsOnWhatIsUnfinished) {
  const PoFile pot = parse_po(kPot);
  ASSERT_TRUE(pot.error.empty()) << pot.error;
  ASSERT_EQ(pot.entries.size(), 2u);
  const PoFile finished = parse_po(R"(msgid ""
msgstr "Plural-Forms: nplurals=2; plural=(n > 1);\n"

msgid "The permanence of {1} is closed."
msgstr "La permanence de {1} "
"est fermée."

msgid "{1} member"
msgid_plural "{1} members"
msgstr[0] "{1} membre"
msgstr[1] "{1} membres"
)");
  EXPECT_TRUE(unfinished(finished, pot, 2).empty()) << joined(unfinished(finished, pot, 2));
  EXPECT_EQ(finished.entries[0].msgstr[0], "La permanence de {1} est fermée.");

  auto fails_with = [&](const std::string& po, const std::string& why) {
    const auto problems = unfinished(parse_po(po), pot, 2);
    ASSERT_FALSE(problems.empty()) << why;
    EXPECT_NE(joined(problems).find(why), std::string::npos) << joined(problems);
  };
  const std::string plural_ok =
      "msgid \"{1} member\"\nmsgid_plural \"{1} members\"\nmsgstr[0] \"{1} membre\"\n"
      "msgstr[1] \"{1} membres\"\n";
  fails_with(plural_ok, "missing");
  fails_with("msgid \"The permanence of {1} is closed.\"\nmsgstr \"\"\n\n" + plural_ok,
             "untranslated");
  fails_with(
      "#, fuzzy\nmsgid \"The permanence of {1} is closed.\"\nmsgstr \"Fermé {1}.\"\n\n" + plural_ok,
      "fuzzy");
  fails_with(
      "msgid \"The permanence of {1} is closed.\"\nmsgstr \"La permanence est fermée.\"\n\n" +
          plural_ok,
      "placeholders differ");
  fails_with("msgid \"The permanence of {1} is closed.\"\nmsgstr \"{1} {2}\"\n\n" + plural_ok,
             "placeholders differ");
  fails_with(
      "msgid \"The permanence of {1} is closed.\"\nmsgstr \"Fermé {1}.\"\n\n"
      "msgid \"{1} member\"\nmsgid_plural \"{1} members\"\nmsgstr[0] \"{1} membre\"\n",
      "short of plural forms");
  fails_with("msgid \"The permanence of {1} is closed.\"\nmsgstr \"Fermé {1}.\"\n\n" + plural_ok +
                 "\nmsgid \"Gone.\"\nmsgstr \"Parti.\"\n",
             "no longer in the sources");
  fails_with("msgid \"The permanence of {1} is closed.\"\nmsgstr \"Fermé {1}.\n", "unreadable");
}

TEST(CliCatalogs, PlaceholdersAreCountedWithRepeats) {
  EXPECT_EQ(placeholders("{2} a {1} b {1}"), (std::vector<std::string>{"{1}", "{1}", "{2}"}));
  EXPECT_TRUE(placeholders("{x} {0} {").empty());
}

}  // namespace
}  // namespace relais::testing

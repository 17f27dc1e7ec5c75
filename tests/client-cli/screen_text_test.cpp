// Folding text to a terminal's width: never wider than the row, never inside a character, words
// kept whole where they fit, the hanging indent under the text; and what may reach a terminal.
#include "client-cli/screen_text.h"

#include <gtest/gtest.h>

#include "core/base/encoding.h"

namespace relais::cli {
namespace {

// Every row is valid UTF-8 (nothing cut inside a character) and at most `width` columns.
void expect_fits(const std::vector<std::string>& rows, size_t width) {
  for (const auto& row : rows) {
    EXPECT_LE(columns(row), width) << "'" << row << "'";
    for (size_t i = 0; i < row.size();) {
      uint32_t cp = 0;
      const size_t len = utf8_sequence(row, i, cp);
      ASSERT_NE(len, 0u) << "a character was cut in '" << row << "'";
      i += len;
    }
  }
}

std::string joined(const std::vector<std::string>& rows) {
  std::string out;
  for (const auto& r : rows) out += r + "|";
  return out;
}

TEST(ScreenText, ColumnsCountCharactersNotBytes) {
  EXPECT_EQ(columns("abc"), 3u);
  EXPECT_EQ(columns("Liège"), 5u);             // è is two bytes, one column
  EXPECT_EQ(columns("Привет"), 6u);            // Cyrillic: two bytes each
  EXPECT_EQ(columns("e\xCC\x81"), 1u);         // e + combining acute accent
  EXPECT_EQ(columns("日本"), 4u);              // wide
  EXPECT_EQ(columns("\xF0\x9F\x98\x80"), 2u);  // an emoji
  EXPECT_EQ(columns("a\xFF"), 2u);             // an invalid byte shows as one replacement
}

TEST(ScreenText, ShortTextIsOneRow) {
  EXPECT_EQ(wrap("bonjour", 20), std::vector<std::string>{"bonjour"});
  EXPECT_EQ(wrap("", 20), std::vector<std::string>{""});
}

TEST(ScreenText, FoldsAtSpacesWithAHangingIndent) {
  const auto rows = wrap("[14:03] ~amira#k3fq: on se retrouve demain devant la gare", 24, 8);
  expect_fits(rows, 24);
  EXPECT_EQ(joined(rows),
            "[14:03] ~amira#k3fq: on|        se retrouve|        demain devant la|"
            "        gare|");
}

TEST(ScreenText, AWordLongerThanARowIsCutBetweenCharacters) {
  const std::string word = "ééééééééééééééééééééééé";  // 23 two-byte characters
  const auto rows = wrap(word, 10, 0);
  expect_fits(rows, 10);
  ASSERT_EQ(rows.size(), 3u) << joined(rows);
  EXPECT_EQ(columns(rows[0]), 10u);
  EXPECT_EQ(rows[0] + rows[1] + rows[2], word);
}

TEST(ScreenText, CyrillicAndWideCharactersNeverOverflow) {
  const std::string text = "Здравствуйте, это сообщение для всех 日本語のテキスト 😀😀😀";
  for (size_t width : {5u, 7u, 11u, 13u, 40u}) {
    const auto rows = wrap(text, width, 2);
    expect_fits(rows, width);
    // Nothing lost, nothing doubled: the characters are all there, in order.
    auto no_spaces = [](std::string s) {
      std::erase(s, ' ');
      return s;
    };
    std::string all;
    for (const auto& r : rows) all += r;
    EXPECT_EQ(no_spaces(all), no_spaces(text)) << width;
    if (width >= 13) {
      for (const char* word : {"Здравствуйте,", "сообщение", "😀😀😀"}) {
        EXPECT_NE(joined(rows).find(word), std::string::npos) << width << ": " << joined(rows);
      }
    }
  }
}

TEST(ScreenText, ACombiningAccentStaysWithItsLetter) {
  // "e" + U+0301 at the end of each row's room: never split from each other.
  const std::string decomposed =
      "abcde\xCC\x81"
      "fgh";
  const auto rows = wrap(decomposed, 5, 0);
  expect_fits(rows, 5);
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows[0], "abcde\xCC\x81");
  EXPECT_EQ(rows[1], "fgh");
}

TEST(ScreenText, NewlinesStartRowsUnderTheIndent) {
  const auto rows = wrap("[09:00] bob: one\ntwo", 40, 8);
  EXPECT_EQ(joined(rows), "[09:00] bob: one|        two|");
}

TEST(ScreenText, NoWidthMeansNoFolding) {
  const std::string long_line(300, 'x');
  EXPECT_EQ(wrap(long_line, 0), std::vector<std::string>{long_line});
  EXPECT_EQ(joined(wrap("a\nb", 0, 2)), "a|  b|");
}

TEST(ScreenText, ANarrowPaneKeepsRoomForTheText) {
  const auto rows = wrap("[14:03] amira: un deux trois quatre", 12, 8);
  expect_fits(rows, 12);
  for (size_t i = 1; i < rows.size(); ++i) EXPECT_EQ(rows[i].substr(0, 6), "      ");
}

TEST(ScreenText, HeadNeverCutsACharacter) {
  EXPECT_EQ(head("Liège", 3), "Liè");
  EXPECT_EQ(head("日本語", 3), "日");
  EXPECT_EQ(head("abc", 10), "abc");
}

TEST(ScreenText, NothingHostileReachesTheTerminal) {
  // Moving the cursor, clearing the screen, retitling the window, a C1 CSI, a bidi override.
  const std::string hostile =
      "a\x1b[2J\x1b]0;pwned\x07\x1b[10;10H\xC2\x9B"
      "31m\xE2\x80\xAE"
      "b\tc\rd";
  const std::string shown = printable(hostile, false);
  for (char c : shown) {
    EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20 || c == 0x7F) << static_cast<int>(c);
  }
  EXPECT_EQ(shown.find("\xC2\x9B"), std::string::npos);
  EXPECT_EQ(shown.find("\xE2\x80\xAE"), std::string::npos);
  EXPECT_NE(shown.find("b c"), std::string::npos);  // a tab becomes a space
  EXPECT_EQ(printable("un\ndeux", true), "un\ndeux");
  EXPECT_EQ(printable("un\ndeux", false),
            "un\xEF\xBF\xBD"
            "deux");
  EXPECT_EQ(printable("bad \xC3", false), "bad \xEF\xBF\xBD");
}

}  // namespace
}  // namespace relais::cli

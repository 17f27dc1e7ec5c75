// The chat's line editor, fed the bytes a terminal in raw mode sends: UTF-8 typed and pasted
// (split anywhere), the arrow keys' escape sequences, control keys; and the one row it draws.
#include "client-cli/line_editor.h"

#include <gtest/gtest.h>

#include <string>

#include "client-cli/screen_text.h"

namespace relais::cli {
namespace {

constexpr const char* kLeft = "\x1b[D";
constexpr const char* kRight = "\x1b[C";
constexpr const char* kHome = "\x1b[H";
constexpr const char* kEnd = "\x1b[F";
constexpr const char* kUp = "\x1b[A";
constexpr const char* kDown = "\x1b[B";
constexpr const char* kDelete = "\x1b[3~";

TEST(LineEditor, TypedTextIsSubmittedOnEnter) {
  LineEditor e(100);
  auto t = e.feed("bonjour");
  EXPECT_TRUE(t.changed);
  EXPECT_TRUE(t.lines.empty());
  EXPECT_EQ(e.line(), "bonjour");
  t = e.feed("\r");
  ASSERT_EQ(t.lines.size(), 1u);
  EXPECT_EQ(t.lines[0].text, "bonjour");
  EXPECT_FALSE(t.lines[0].cut);
  EXPECT_EQ(e.line(), "");
  // A pasted block gives its lines in order; "\r\n" gives no empty line.
  t = e.feed("un\r\ndeux\ntrois");
  ASSERT_EQ(t.lines.size(), 2u);
  EXPECT_EQ(t.lines[0].text, "un");
  EXPECT_EQ(t.lines[1].text, "deux");
  EXPECT_EQ(e.line(), "trois");
}

TEST(LineEditor, UTF8SplitAcrossReadsIsOneCharacter) {
  LineEditor e(100);
  const std::string text = "Liège Привет";
  for (char c : text) (void)e.feed(std::string(1, c));  // byte by byte, as a slow terminal
  EXPECT_EQ(e.line(), text);
  EXPECT_EQ(e.cursor(), text.size());
}

TEST(LineEditor, BackspaceAndArrowsMoveByCharacters) {
  LineEditor e(100);
  (void)e.feed("Liège");
  (void)e.feed("\x7f");
  EXPECT_EQ(e.line(), "Lièg");
  (void)e.feed(kLeft);
  (void)e.feed("\x7f");  // removes è, both bytes
  EXPECT_EQ(e.line(), "Lig");
  (void)e.feed(kHome);
  (void)e.feed("x");
  EXPECT_EQ(e.line(), "xLig");
  (void)e.feed(kEnd);
  (void)e.feed("!");
  EXPECT_EQ(e.line(), "xLig!");
  (void)e.feed(kHome);
  (void)e.feed(kRight);
  (void)e.feed(kDelete);
  EXPECT_EQ(e.line(), "xig!");
  // A combining accent goes with its letter.
  LineEditor d(100);
  (void)d.feed("ae\xCC\x81");
  (void)d.feed(kLeft);
  EXPECT_EQ(d.cursor(), 1u);
  (void)d.feed("\x7f");
  EXPECT_EQ(d.line(), "e\xCC\x81");
}

TEST(LineEditor, ControlKeysEdit) {
  LineEditor e(100);
  (void)e.feed("on se voit demain");
  (void)e.feed("\x17");  // Ctrl-W
  EXPECT_EQ(e.line(), "on se voit ");
  (void)e.feed("\x01");      // Ctrl-A
  (void)e.feed("\x06\x06");  // Ctrl-F twice
  (void)e.feed("\x0b");      // Ctrl-K
  EXPECT_EQ(e.line(), "on");
  (void)e.feed("\x05 ok\x02\x02\x15");  // Ctrl-E, " ok", Ctrl-B twice, Ctrl-U
  EXPECT_EQ(e.line(), "ok");
  auto t = e.feed("\x04");  // Ctrl-D on a line: delete, not the end
  EXPECT_FALSE(t.end);
  EXPECT_EQ(e.line(), "k");
  (void)e.feed("\x0b");  // Ctrl-K: the cursor is at the start
  t = e.feed("\x04");
  EXPECT_TRUE(t.end);
  t = e.feed("\x03");
  EXPECT_TRUE(t.interrupted);
}

TEST(LineEditor, NoControlCharacterOrUnknownSequenceEntersTheLine) {
  LineEditor e(100);
  using namespace std::string_literals;
  (void)e.feed(
      "a\x1b[31mb\x07\x1b]c\x1b[200~d\x1b[1;5Ce\x00"
      "f\x1bOHg\x9b"
      "h\xE2\x80\xAEi\tj"s);
  for (char c : e.line()) {
    EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20 || c == 0x7F) << static_cast<int>(c);
  }
  EXPECT_EQ(e.line().find("\xE2\x80\xAE"), std::string::npos);  // no bidi override
  EXPECT_EQ(e.line().find('\x9b'), std::string::npos);
  EXPECT_NE(e.line().find('j'), std::string::npos);
}

TEST(LineEditor, AnEscapeSequenceSplitAcrossReadsIsOneKey) {
  LineEditor e(100);
  (void)e.feed("ab");
  (void)e.feed("\x1b");
  (void)e.feed("[");
  (void)e.feed("D");
  (void)e.feed("X");
  EXPECT_EQ(e.line(), "aXb");
}

TEST(LineEditor, UpAndDownBringBackSentLines) {
  LineEditor e(100);
  (void)e.feed("un\rdeux\rtrois en cours");
  (void)e.feed(kUp);
  EXPECT_EQ(e.line(), "deux");
  (void)e.feed(kUp);
  EXPECT_EQ(e.line(), "un");
  (void)e.feed(kUp);
  EXPECT_EQ(e.line(), "un");
  (void)e.feed(kDown);
  (void)e.feed(kDown);
  EXPECT_EQ(e.line(), "trois en cours");  // the draft is back
}

TEST(LineEditor, ALineBeyondItsSizeIsMarkedCutNotSentInPart) {
  LineEditor e(10);
  auto t = e.feed("0123456789abc\r");
  ASSERT_EQ(t.lines.size(), 1u);
  EXPECT_TRUE(t.lines[0].cut);
  EXPECT_EQ(e.line(), "");
  t = e.feed("short\r");
  ASSERT_EQ(t.lines.size(), 1u);
  EXPECT_FALSE(t.lines[0].cut);
  // A cut line is not brought back by Up.
  (void)e.feed(kUp);
  EXPECT_EQ(e.line(), "short");
  // Never half a character at the limit.
  LineEditor u(5);
  (void)u.feed("abcdé");
  EXPECT_EQ(u.line(), "abcd");
}

TEST(LineEditor, TheViewFitsTheRowAndShowsTheCursor) {
  LineEditor e(1000);
  (void)e.feed("bonjour");
  auto v = e.view("#liege> ", 40);
  EXPECT_EQ(v.text, "#liege> bonjour");
  EXPECT_EQ(v.cursor_column, 15u);
  (void)e.feed(kHome);
  EXPECT_EQ(e.view("#liege> ", 40).cursor_column, 8u);

  // Longer than the row: scrolled so the cursor stays visible, '<' on the left, last column free.
  LineEditor l(1000);
  std::string typed;
  for (int i = 0; i < 30; ++i) typed += "é" + std::to_string(i % 10);
  (void)l.feed(typed);
  v = l.view("> ", 20);
  EXPECT_LE(columns(v.text), 19u);
  EXPECT_EQ(v.text.substr(0, 3), "> <");
  EXPECT_LE(v.cursor_column, 19u);
  EXPECT_EQ(v.cursor_column, 2 + columns(v.text.substr(2)));  // at the end of the text
  (void)l.feed(kHome);
  v = l.view("> ", 20);
  EXPECT_EQ(v.cursor_column, 2u);
  EXPECT_EQ(v.text.substr(0, 5), "> é0");
  EXPECT_LE(columns(v.text), 19u);
  // Every width, every cursor place: within the row, never half a character.
  for (size_t width : {4u, 10u, 21u, 80u}) {
    (void)l.feed(kHome);
    for (size_t k = 0; k <= 60; ++k) {
      v = l.view("ticket 7f3a> ", width);
      EXPECT_LT(v.cursor_column, width);
      EXPECT_LE(columns(v.text), width - 1);
      EXPECT_EQ(printable(v.text, false), v.text);
      (void)l.feed(kRight);
    }
  }
}

}  // namespace
}  // namespace relais::cli

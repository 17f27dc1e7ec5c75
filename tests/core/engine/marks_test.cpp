// Marks: fixed keys give fixed marks (the values docs/protocol.md lets another client check), the
// "name#mark" form both ways, and the folding that catches names that only look alike.
#include "core/engine/marks.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace relais::engine {
namespace {

std::string key(unsigned char first_byte_after_type, bool counting = false) {
  std::string k(1, '\x05');
  for (int i = 0; i < 32; ++i) {
    k += static_cast<char>(counting ? i + 1 : first_byte_after_type);
  }
  return k;
}

TEST(Marks, FixedKeysGiveFixedMarks) {
  // SHA-256("relais-mark-v1" || key) begins c4d9d5, 8d3148 and 02024e for these three keys.
  EXPECT_EQ(identity_mark(key(0x00)), "ytm5");
  EXPECT_EQ(identity_mark(key(0, /*counting=*/true)), "ruyu");
  EXPECT_EQ(identity_mark(key(0xff)), "aibe");
}

TEST(Marks, AreFourBase32CharactersAndDifferForDifferentKeys) {
  std::set<std::string> seen;
  for (int i = 0; i < 64; ++i) {
    const std::string m = identity_mark(key(static_cast<unsigned char>(i)));
    ASSERT_EQ(m.size(), kMarkChars);
    for (char c : m) EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '2' && c <= '7')) << m;
    seen.insert(m);
  }
  EXPECT_EQ(seen.size(), 64u);  // 20 bits: no collision among a handful
  EXPECT_EQ(identity_mark(""), "");
}

TEST(Marks, MarkedNamesAndBack) {
  EXPECT_EQ(marked("amira", "k3fq"), "amira#k3fq");
  EXPECT_EQ(marked("amira", ""), "amira");
  EXPECT_EQ(marked("", "k3fq"), "#k3fq");

  auto s = split_mark("amira#K3FQ");
  EXPECT_EQ(s.name, "amira");
  EXPECT_EQ(s.mark, "k3fq");
  s = split_mark("#k3fq");
  EXPECT_EQ(s.name, "");
  EXPECT_EQ(s.mark, "k3fq");
  // Not a mark: a name that merely holds a '#'.
  for (const char* plain : {"amira", "amira#k3f", "amira#k3fqq", "amira#k1fq", "a#b#", "#"}) {
    s = split_mark(plain);
    EXPECT_EQ(s.name, plain);
    EXPECT_EQ(s.mark, "") << plain;
  }
  s = split_mark("a#b#k3fq");
  EXPECT_EQ(s.name, "a#b");
  EXPECT_EQ(s.mark, "k3fq");
}

TEST(Marks, NamesThatLookAlikeFoldAlike) {
  const std::string amira = name_skeleton("amira");
  EXPECT_EQ(amira, "amira");
  for (const char* alike : {"Amira", "AMIRA", " amira ", "a m i r a", "am.ira", "am\u200bira",
                            "\u0430mira",     // Cyrillic a
                            "am\u0456ra",     // Cyrillic i
                            "\u00e1mira",     // a with acute
                            "\u0101mira",     // a with macron
                            "\uff41mira",     // fullwidth a
                            "am\u03b9ra"}) {  // Greek iota
    EXPECT_EQ(name_skeleton(alike), amira) << alike;
  }
  EXPECT_EQ(name_skeleton("B0b5"), "bobs");
  EXPECT_EQ(name_skeleton("L\u00e9a"), name_skeleton("Lea"));
  EXPECT_NE(name_skeleton("amina"), amira);
  EXPECT_NE(name_skeleton("amir"), amira);
  // Scripts without Latin twins are kept as they are.
  EXPECT_EQ(name_skeleton("\u0627\u0645\u064a\u0631\u0629"), "\u0627\u0645\u064a\u0631\u0629");
  // Bytes that are not UTF-8 do not break anything.
  EXPECT_EQ(name_skeleton(std::string("a\xff"
                                      "b",
                                      3)),
            std::string("a\xff"
                        "b",
                        3));
}

}  // namespace
}  // namespace relais::engine

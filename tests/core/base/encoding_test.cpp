#include "core/base/encoding.h"

#include <gtest/gtest.h>

namespace relais {
namespace {

TEST(Hex, RoundTrips) {
  std::string bytes("\x00\x01\xab\xff", 4);
  EXPECT_EQ(to_hex(bytes), "0001abff");
  EXPECT_EQ(from_hex("0001ABff"), bytes);
}

TEST(Hex, RejectsOddLengthAndStrangers) {
  EXPECT_FALSE(from_hex("abc"));
  EXPECT_FALSE(from_hex("zz"));
}

// RFC 4648 section 10 test vectors, lowercased and without padding.
TEST(Base32, MatchesRfc4648Vectors) {
  EXPECT_EQ(to_base32(""), "");
  EXPECT_EQ(to_base32("f"), "my");
  EXPECT_EQ(to_base32("fo"), "mzxq");
  EXPECT_EQ(to_base32("foo"), "mzxw6");
  EXPECT_EQ(to_base32("foob"), "mzxw6yq");
  EXPECT_EQ(to_base32("fooba"), "mzxw6ytb");
  EXPECT_EQ(to_base32("foobar"), "mzxw6ytboi");
  EXPECT_EQ(from_base32("MZXW6YTBOI"), "foobar");
}

TEST(Base32, RejectsNonCanonicalAndInvalid) {
  EXPECT_FALSE(from_base32("mz"));      // trailing bits set
  EXPECT_FALSE(from_base32("my======"));
  EXPECT_FALSE(from_base32("m1"));
  EXPECT_FALSE(from_base32("m"));      // five bits cannot encode a byte
}

TEST(Utf8, DecodesOneCodePointAndItsLength) {
  uint32_t cp = 0;
  EXPECT_EQ(utf8_sequence("a", 0, cp), 1u);
  EXPECT_EQ(cp, 0x61u);
  EXPECT_EQ(utf8_sequence("\xc3\xa9", 0, cp), 2u);  // é
  EXPECT_EQ(cp, 0xE9u);
  EXPECT_EQ(utf8_sequence("x\xe2\x82\xac", 1, cp), 3u);  // €
  EXPECT_EQ(cp, 0x20ACu);
  EXPECT_EQ(utf8_sequence("\xf0\x9f\x98\x80", 0, cp), 4u);  // U+1F600
  EXPECT_EQ(cp, 0x1F600u);
}

TEST(Utf8, RefusesWhatIsNotUtf8) {
  uint32_t cp = 0;
  EXPECT_EQ(utf8_sequence("\x80", 0, cp), 0u);              // a continuation byte first
  EXPECT_EQ(utf8_sequence("\xc3", 0, cp), 0u);              // truncated
  EXPECT_EQ(utf8_sequence("\xc3(", 0, cp), 0u);             // not a continuation
  EXPECT_EQ(utf8_sequence("\xc0\xaf", 0, cp), 0u);          // overlong '/'
  EXPECT_EQ(utf8_sequence("\xed\xa0\x80", 0, cp), 0u);      // a surrogate
  EXPECT_EQ(utf8_sequence("\xf4\x90\x80\x80", 0, cp), 0u);  // past U+10FFFF
  EXPECT_EQ(utf8_sequence("\xff", 0, cp), 0u);
}

}  // namespace
}  // namespace relais

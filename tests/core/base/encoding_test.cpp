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

}  // namespace
}  // namespace relais

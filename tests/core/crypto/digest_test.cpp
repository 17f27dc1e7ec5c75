#include "core/crypto/digest.h"

#include <gtest/gtest.h>

#include "core/base/encoding.h"

namespace relais::crypto {
namespace {

std::string unhex(std::string_view text) {
  return from_hex(text).value();
}

// FIPS 180-2 appendix C.1 / B.1: the one-block message "abc".
TEST(Digest, Sha512MatchesFips180Abc) {
  EXPECT_EQ(to_hex(sha512("abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
            "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
}

TEST(Digest, Sha256MatchesFips180Abc) {
  EXPECT_EQ(to_hex(sha256("abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(to_hex(sha256("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

// RFC 4231 section 4.
TEST(Hmac, MatchesRfc4231Case1) {
  EXPECT_EQ(to_hex(hmac_sha256(std::string(20, '\x0b'), "Hi There")),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
}

TEST(Hmac, MatchesRfc4231Case2) {
  EXPECT_EQ(to_hex(hmac_sha256("Jefe", "what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(Hmac, MatchesRfc4231Case3) {
  EXPECT_EQ(to_hex(hmac_sha256(std::string(20, '\xaa'), std::string(50, '\xdd'))),
            "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
}

TEST(Hmac, MatchesRfc4231Case6KeyLargerThanBlock) {
  EXPECT_EQ(to_hex(hmac_sha256(std::string(131, '\xaa'),
                               "Test Using Larger Than Block-Size Key - Hash Key First")),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

TEST(Hmac, AcceptsEmptyKeyAndData) {
  // HMAC-SHA256("", "") as published in many references (e.g. Wikipedia's HMAC article).
  EXPECT_EQ(to_hex(hmac_sha256("", "")),
            "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
}

TEST(ConstantTimeEqual, ComparesContentAndSize) {
  EXPECT_TRUE(constant_time_equal("", ""));
  EXPECT_TRUE(constant_time_equal(unhex("00ff10"), unhex("00ff10")));
  EXPECT_FALSE(constant_time_equal(unhex("00ff10"), unhex("00ff11")));
  EXPECT_FALSE(constant_time_equal(unhex("00ff10"), unhex("00ff")));
  EXPECT_FALSE(constant_time_equal("", std::string(1, '\0')));
}

TEST(LeadingZeroBits, CountsFromTheFirstByte) {
  EXPECT_EQ(leading_zero_bits(""), 0);
  EXPECT_EQ(leading_zero_bits(std::string("\x80", 1)), 0);
  EXPECT_EQ(leading_zero_bits(std::string("\x01", 1)), 7);
  EXPECT_EQ(leading_zero_bits(std::string("\x00\x00\x10", 3)), 19);
  EXPECT_EQ(leading_zero_bits(std::string(4, '\0')), 32);
}

}  // namespace
}  // namespace relais::crypto

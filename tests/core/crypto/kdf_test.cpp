#include "core/crypto/kdf.h"

#include <gtest/gtest.h>

#include "core/base/encoding.h"

namespace relais::crypto {
namespace {

// RFC 7914 section 12, first vector: N=16, r=1, p=1, empty passphrase and salt.
TEST(Scrypt, MatchesRfc7914SmallVector) {
  auto key = scrypt("", "", ScryptParams{.log2_n = 4, .r = 1, .p = 1}, 64);
  ASSERT_TRUE(key.ok()) << key.error().message;
  EXPECT_EQ(to_hex(*key),
            "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
            "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
}

// RFC 7914 section 12, second vector: N=1024, r=8, p=16.
TEST(Scrypt, MatchesRfc7914PasswordNaCl) {
  auto key = scrypt("password", "NaCl", ScryptParams{.log2_n = 10, .r = 8, .p = 16}, 64);
  ASSERT_TRUE(key.ok()) << key.error().message;
  EXPECT_EQ(to_hex(*key),
            "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
            "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
}

TEST(Scrypt, DefaultLengthIs32AndSaltMatters) {
  ScryptParams fast{.log2_n = 4, .r = 1, .p = 1};
  auto a = scrypt("pass", "salt-a", fast);
  auto b = scrypt("pass", "salt-b", fast);
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(a->size(), 32u);
  EXPECT_NE(*a, *b);
}

TEST(Scrypt, RejectsOutOfRangeParameters) {
  EXPECT_EQ(scrypt("p", "s", ScryptParams{.log2_n = 0, .r = 1, .p = 1}).error().code,
            Errc::invalid_argument);
  EXPECT_EQ(scrypt("p", "s", ScryptParams{.log2_n = 31, .r = 1, .p = 1}).error().code,
            Errc::invalid_argument);
  EXPECT_EQ(scrypt("p", "s", ScryptParams{.log2_n = 4, .r = 0, .p = 1}).error().code,
            Errc::invalid_argument);
  EXPECT_EQ(scrypt("p", "s", ScryptParams{.log2_n = 4, .r = 1, .p = 0}).error().code,
            Errc::invalid_argument);
  EXPECT_EQ(scrypt("p", "s", ScryptParams{.log2_n = 4, .r = 1, .p = 1}, 0).error().code,
            Errc::invalid_argument);
  EXPECT_EQ(scrypt("p", "s", ScryptParams{.log2_n = 4, .r = 1, .p = 1}, 4096).error().code,
            Errc::invalid_argument);
}

TEST(Scrypt, RefusesMoreMemoryThanTheCeiling) {
  // 128 * r * N = 128 * 1024 * 2^20 bytes, far above the 1 GiB ceiling; must fail fast, not
  // allocate.
  auto key = scrypt("p", "s", ScryptParams{.log2_n = 20, .r = 1024, .p = 1});
  ASSERT_FALSE(key.ok());
  EXPECT_EQ(key.error().code, Errc::crypto);
}

}  // namespace
}  // namespace relais::crypto

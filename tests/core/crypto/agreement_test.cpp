#include "core/crypto/agreement.h"

#include <gtest/gtest.h>

#include "core/base/encoding.h"
#include "core/crypto/kdf.h"

namespace relais::crypto {
namespace {

std::string hex(std::string_view text) {
  return from_hex(text).value();
}

// RFC 7748 section 6.1: Alice and Bob agree on one secret.
TEST(X25519, MatchesRfc7748DiffieHellman) {
  const std::string alice = hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
  const std::string bob = hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
  EXPECT_EQ(to_hex(x25519_public(alice).value()),
            "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
  EXPECT_EQ(to_hex(x25519_public(bob).value()),
            "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
  const auto ab = x25519(alice, x25519_public(bob).value());
  const auto ba = x25519(bob, x25519_public(alice).value());
  ASSERT_TRUE(ab.ok()) << ab.error().message;
  ASSERT_TRUE(ba.ok()) << ba.error().message;
  EXPECT_EQ(to_hex(*ab), "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
  EXPECT_EQ(*ab, *ba);
}

TEST(X25519, FreshPairsAgree) {
  const auto a = x25519_generate();
  const auto b = x25519_generate();
  EXPECT_EQ(a.public_key.size(), kX25519Size);
  EXPECT_NE(a.private_key, b.private_key);
  EXPECT_EQ(x25519(a.private_key, b.public_key).value(),
            x25519(b.private_key, a.public_key).value());
}

TEST(X25519, RefusesWrongSizesAndSmallOrderKeys) {
  const auto a = x25519_generate();
  EXPECT_EQ(x25519(a.private_key, std::string(31, 'k')).error().code, Errc::invalid_argument);
  EXPECT_EQ(x25519(std::string(33, 'k'), a.public_key).error().code, Errc::invalid_argument);
  EXPECT_EQ(x25519_public("short").error().code, Errc::invalid_argument);
  // The point of order 1 (u = 0) and of order 8 (u = 1) give an all-zero secret.
  EXPECT_EQ(x25519(a.private_key, std::string(32, '\0')).error().code, Errc::crypto);
  std::string one(32, '\0');
  one[0] = 1;
  EXPECT_EQ(x25519(a.private_key, one).error().code, Errc::crypto);
}

// RFC 5869 appendix A.1 and A.3 (no salt, no info).
TEST(HkdfSha256, MatchesRfc5869Vectors) {
  const std::string ikm(22, '\x0b');
  auto basic = hkdf_sha256(ikm, hex("000102030405060708090a0b0c"), hex("f0f1f2f3f4f5f6f7f8f9"), 42);
  ASSERT_TRUE(basic.ok()) << basic.error().message;
  EXPECT_EQ(to_hex(*basic),
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
  auto bare = hkdf_sha256(ikm, "", "", 42);
  ASSERT_TRUE(bare.ok()) << bare.error().message;
  EXPECT_EQ(to_hex(*bare),
            "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
}

TEST(HkdfSha256, RefusesImpossibleLengths) {
  EXPECT_EQ(hkdf_sha256("k", "", "", 0).error().code, Errc::invalid_argument);
  EXPECT_EQ(hkdf_sha256("k", "", "", 255 * 32 + 1).error().code, Errc::invalid_argument);
  EXPECT_EQ(hkdf_sha256("k", "", "", 255 * 32).value().size(), 255u * 32);
}

}  // namespace
}  // namespace relais::crypto

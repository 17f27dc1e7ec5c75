#include "core/signal/keys.h"

#include <gtest/gtest.h>

namespace relais::signal {
namespace {

TEST(Keys, GeneratedPairHasSignalSizes) {
  KeyPair pair = generate_key_pair();
  EXPECT_EQ(pair.public_key.size(), kPublicKeySize);
  EXPECT_EQ(static_cast<uint8_t>(pair.public_key[0]), 0x05);
  EXPECT_EQ(pair.private_key.size(), kPrivateKeySize);
  EXPECT_NE(generate_key_pair().public_key, pair.public_key);
}

TEST(Keys, IsPublicKeyRejectsWrongLengthAndType) {
  KeyPair pair = generate_key_pair();
  EXPECT_TRUE(is_public_key(pair.public_key));
  EXPECT_FALSE(is_public_key(""));
  EXPECT_FALSE(is_public_key(pair.public_key.substr(1)));      // bare 32-byte key, no type byte
  EXPECT_FALSE(is_public_key(pair.public_key.substr(0, 32)));  // truncated
  EXPECT_FALSE(is_public_key(pair.public_key + "x"));          // 34 bytes
  std::string wrong_type = pair.public_key;
  wrong_type[0] = 0x06;
  EXPECT_FALSE(is_public_key(wrong_type));
  EXPECT_FALSE(is_public_key(pair.private_key));
  EXPECT_FALSE(is_public_key(std::string(33, '\0')));
}

TEST(Keys, SignVerifyRoundTripAndTamper) {
  KeyPair pair = generate_key_pair();
  auto signature = sign(pair.private_key, "challenge-1234");
  ASSERT_TRUE(signature.ok()) << signature.error().message;
  EXPECT_EQ(signature->size(), kSignatureSize);
  EXPECT_TRUE(verify(pair.public_key, "challenge-1234", *signature));

  EXPECT_FALSE(verify(pair.public_key, "challenge-1235", *signature));
  std::string bad = *signature;
  bad[10] = static_cast<char>(bad[10] ^ 0x40);
  EXPECT_FALSE(verify(pair.public_key, "challenge-1234", bad));
  EXPECT_FALSE(verify(generate_key_pair().public_key, "challenge-1234", *signature));
  EXPECT_FALSE(verify(pair.public_key, "challenge-1234", signature->substr(0, 63)));
  EXPECT_FALSE(verify(pair.public_key, "challenge-1234", *signature + "x"));
  EXPECT_FALSE(verify(pair.public_key.substr(1), "challenge-1234", *signature));
  EXPECT_FALSE(verify("", "", ""));

  // Empty messages sign and verify too.
  auto empty = sign(pair.private_key, "");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(verify(pair.public_key, "", *empty));
}

TEST(Keys, SignRejectsMalformedPrivateKey) {
  EXPECT_EQ(sign("", "m").error().code, Errc::invalid_argument);
  EXPECT_EQ(sign(std::string(31, 'k'), "m").error().code, Errc::invalid_argument);
  EXPECT_EQ(sign(generate_key_pair().public_key, "m").error().code, Errc::invalid_argument);
}

}  // namespace
}  // namespace relais::signal

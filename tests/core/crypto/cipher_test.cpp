#include "core/crypto/cipher.h"

#include <gtest/gtest.h>

#include "core/base/encoding.h"

namespace relais::crypto {
namespace {

std::string unhex(std::string_view text) {
  return from_hex(text).value();
}

// NIST SP 800-38A appendix F: the AES-256 key and the four plaintext blocks shared by all modes.
const std::string kNistKey =
    unhex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
const std::string kNistPlain = unhex(
    "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
    "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");

// F.2.5 CBC-AES256.Encrypt / F.2.6 Decrypt.
const std::string kCbcIv = unhex("000102030405060708090a0b0c0d0e0f");
const std::string kCbcCipher = unhex(
    "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d"
    "39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b");

// F.5.5 CTR-AES256.Encrypt / F.5.6 Decrypt.
const std::string kCtrCounter = unhex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
const std::string kCtrCipher = unhex(
    "601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c5"
    "2b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6");

TEST(AesCbc, EncryptMatchesSp80038aF25) {
  auto ct = aes256_cbc_encrypt(kNistKey, kCbcIv, kNistPlain);
  ASSERT_TRUE(ct.ok());
  // PKCS#7 adds one whole block to an aligned plaintext; the first four blocks are NIST's.
  ASSERT_EQ(ct->size(), kNistPlain.size() + kAesBlockSize);
  EXPECT_EQ(to_hex(ct->substr(0, kCbcCipher.size())), to_hex(kCbcCipher));
}

TEST(AesCbc, DecryptMatchesSp80038aF26) {
  // Our decrypt expects PKCS#7, so append the padding block of an aligned message:
  // E(K, 16 x 0x10 XOR last ciphertext block), i.e. an empty message with that block as IV.
  auto pad = aes256_cbc_encrypt(kNistKey, kCbcCipher.substr(kCbcCipher.size() - kAesBlockSize), "");
  ASSERT_TRUE(pad.ok());
  ASSERT_EQ(pad->size(), kAesBlockSize);
  auto pt = aes256_cbc_decrypt(kNistKey, kCbcIv, kCbcCipher + *pad);
  ASSERT_TRUE(pt.ok()) << pt.error().message;
  EXPECT_EQ(to_hex(*pt), to_hex(kNistPlain));
}

TEST(AesCbc, RoundTripsOddLengths) {
  for (size_t n : {0u, 1u, 15u, 16u, 17u, 100u}) {
    std::string plain(n, 'x');
    auto ct = aes256_cbc_encrypt(kNistKey, kCbcIv, plain);
    ASSERT_TRUE(ct.ok());
    EXPECT_EQ(ct->size() % kAesBlockSize, 0u);
    auto pt = aes256_cbc_decrypt(kNistKey, kCbcIv, *ct);
    ASSERT_TRUE(pt.ok());
    EXPECT_EQ(*pt, plain);
  }
}

TEST(AesCbc, BadPaddingIsCorrupt) {
  auto ct = aes256_cbc_encrypt(kNistKey, kCbcIv, "short message");
  ASSERT_TRUE(ct.ok());
  // Decrypting with another key scrambles the padding byte; retry a few keys so a chance valid
  // padding (about 1 in 256) cannot make the test flaky.
  int corrupt = 0;
  for (char k = 'a'; k < 'a' + 4; ++k) {
    auto pt = aes256_cbc_decrypt(std::string(32, k), kCbcIv, *ct);
    if (!pt.ok() && pt.error().code == Errc::corrupt) ++corrupt;
  }
  EXPECT_GE(corrupt, 3);
  // Padding of all zeros is never valid: decrypt a block whose plaintext ends in 0x00.
  auto zero_pad = aes256_cbc_encrypt(kNistKey, kCbcIv, std::string(16, '\0'));
  ASSERT_TRUE(zero_pad.ok());
  auto pt = aes256_cbc_decrypt(kNistKey, kCbcIv, zero_pad->substr(0, kAesBlockSize));
  ASSERT_FALSE(pt.ok());
  EXPECT_EQ(pt.error().code, Errc::corrupt);
}

TEST(AesCbc, RejectsMisalignedOrEmptyCiphertext) {
  EXPECT_EQ(aes256_cbc_decrypt(kNistKey, kCbcIv, "").error().code, Errc::corrupt);
  EXPECT_EQ(aes256_cbc_decrypt(kNistKey, kCbcIv, std::string(17, 'a')).error().code, Errc::corrupt);
}

TEST(AesCbc, RejectsWrongKeyAndIvSizes) {
  EXPECT_EQ(aes256_cbc_encrypt(std::string(16, 'k'), kCbcIv, "x").error().code,
            Errc::invalid_argument);
  EXPECT_EQ(aes256_cbc_encrypt(std::string(33, 'k'), kCbcIv, "x").error().code,
            Errc::invalid_argument);
  EXPECT_EQ(aes256_cbc_encrypt(kNistKey, std::string(15, 'i'), "x").error().code,
            Errc::invalid_argument);
  EXPECT_EQ(aes256_cbc_decrypt(kNistKey, "", kCbcCipher).error().code, Errc::invalid_argument);
  EXPECT_EQ(aes256_cbc_decrypt("", kCbcIv, kCbcCipher).error().code, Errc::invalid_argument);
}

TEST(AesCtr, EncryptMatchesSp80038aF55) {
  auto ct = aes256_ctr(kNistKey, kCtrCounter, kNistPlain);
  ASSERT_TRUE(ct.ok());
  EXPECT_EQ(to_hex(*ct), to_hex(kCtrCipher));
}

TEST(AesCtr, DecryptMatchesSp80038aF56) {
  auto pt = aes256_ctr(kNistKey, kCtrCounter, kCtrCipher);
  ASSERT_TRUE(pt.ok());
  EXPECT_EQ(to_hex(*pt), to_hex(kNistPlain));
}

TEST(AesCtr, PartialBlockIsPrefixOfKeystream) {
  auto ct = aes256_ctr(kNistKey, kCtrCounter, kNistPlain.substr(0, 5));
  ASSERT_TRUE(ct.ok());
  EXPECT_EQ(to_hex(*ct), to_hex(kCtrCipher.substr(0, 5)));
  auto empty = aes256_ctr(kNistKey, kCtrCounter, "");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
}

TEST(AesCtr, RejectsWrongKeyAndIvSizes) {
  EXPECT_EQ(aes256_ctr(std::string(24, 'k'), kCtrCounter, "x").error().code,
            Errc::invalid_argument);
  EXPECT_EQ(aes256_ctr(kNistKey, std::string(12, 'i'), "x").error().code, Errc::invalid_argument);
}

// McGrew & Viega, "The Galois/Counter Mode of Operation", test case 16 (AES-256, 60-byte
// plaintext, 20-byte AAD).
const std::string kGcmKey =
    unhex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
const std::string kGcmNonce = unhex("cafebabefacedbaddecaf888");
const std::string kGcmPlain = unhex(
    "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
    "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
const std::string kGcmAad = unhex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
const std::string kGcmSealed = unhex(
    "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
    "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
    "76fc6ece0f4e1768cddf8853bb2d551b");

TEST(AesGcm, SealMatchesMcGrewViegaCase16) {
  auto sealed = aes256_gcm_seal(kGcmKey, kGcmNonce, kGcmPlain, kGcmAad);
  ASSERT_TRUE(sealed.ok());
  EXPECT_EQ(to_hex(*sealed), to_hex(kGcmSealed));
}

TEST(AesGcm, OpenMatchesMcGrewViegaCase16) {
  auto plain = aes256_gcm_open(kGcmKey, kGcmNonce, kGcmSealed, kGcmAad);
  ASSERT_TRUE(plain.ok()) << plain.error().message;
  EXPECT_EQ(to_hex(*plain), to_hex(kGcmPlain));
}

// Test cases 13 and 14: zero key and nonce, empty and one-block plaintext, no AAD.
TEST(AesGcm, MatchesMcGrewViegaCases13And14) {
  auto empty = aes256_gcm_seal(std::string(32, '\0'), std::string(12, '\0'), "", "");
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(to_hex(*empty), "530f8afbc74536b9a963b4f1c4cb738b");
  auto block =
      aes256_gcm_seal(std::string(32, '\0'), std::string(12, '\0'), std::string(16, '\0'), "");
  ASSERT_TRUE(block.ok());
  EXPECT_EQ(to_hex(*block), "cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
  auto opened = aes256_gcm_open(std::string(32, '\0'), std::string(12, '\0'), *empty, "");
  ASSERT_TRUE(opened.ok());
  EXPECT_TRUE(opened->empty());
}

TEST(AesGcm, DetectsTamperingAnywhere) {
  for (size_t i = 0; i < kGcmSealed.size(); i += 7) {
    std::string bad = kGcmSealed;
    bad[i] = static_cast<char>(bad[i] ^ 0x01);
    auto r = aes256_gcm_open(kGcmKey, kGcmNonce, bad, kGcmAad);
    ASSERT_FALSE(r.ok()) << "flip at " << i;
    EXPECT_EQ(r.error().code, Errc::corrupt);
  }
  std::string bad_aad = kGcmAad;
  bad_aad[0] = 'x';
  EXPECT_EQ(aes256_gcm_open(kGcmKey, kGcmNonce, kGcmSealed, bad_aad).error().code, Errc::corrupt);
  EXPECT_EQ(aes256_gcm_open(kGcmKey, kGcmNonce, kGcmSealed, "").error().code, Errc::corrupt);
  std::string other_nonce = kGcmNonce;
  other_nonce[11] = '\0';
  EXPECT_EQ(aes256_gcm_open(kGcmKey, other_nonce, kGcmSealed, kGcmAad).error().code, Errc::corrupt);
  // Truncation: dropping a byte of tag or body, or everything but part of the tag.
  EXPECT_EQ(
      aes256_gcm_open(kGcmKey, kGcmNonce, kGcmSealed.substr(0, kGcmSealed.size() - 1), kGcmAad)
          .error()
          .code,
      Errc::corrupt);
  EXPECT_EQ(aes256_gcm_open(kGcmKey, kGcmNonce, kGcmSealed.substr(1), kGcmAad).error().code,
            Errc::corrupt);
  EXPECT_EQ(aes256_gcm_open(kGcmKey, kGcmNonce, kGcmSealed.substr(0, 15), kGcmAad).error().code,
            Errc::corrupt);
  EXPECT_EQ(aes256_gcm_open(kGcmKey, kGcmNonce, "", kGcmAad).error().code, Errc::corrupt);
}

TEST(AesGcm, RejectsWrongKeyAndNonceSizes) {
  EXPECT_EQ(aes256_gcm_seal(std::string(31, 'k'), kGcmNonce, "x", "").error().code,
            Errc::invalid_argument);
  EXPECT_EQ(aes256_gcm_seal(kGcmKey, std::string(16, 'n'), "x", "").error().code,
            Errc::invalid_argument);
  EXPECT_EQ(aes256_gcm_open(kGcmKey, std::string(11, 'n'), kGcmSealed, kGcmAad).error().code,
            Errc::invalid_argument);
  EXPECT_EQ(aes256_gcm_open("", kGcmNonce, kGcmSealed, kGcmAad).error().code,
            Errc::invalid_argument);
}

}  // namespace
}  // namespace relais::crypto

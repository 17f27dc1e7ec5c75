// Known-answer tests for the OpenSSL crypto provider that libsignal-protocol-c calls.
#include <gtest/gtest.h>

#include "core/base/encoding.h"
#include "core/signal/context.h"

namespace relais::signal::detail {
namespace {

const signal_crypto_provider& P() {
  return openssl_provider();
}

std::string unhex(std::string_view text) {
  return from_hex(text).value();
}

std::string hmac(std::string_view key, const std::vector<std::string_view>& pieces) {
  void* ctx = nullptr;
  EXPECT_EQ(P().hmac_sha256_init_func(&ctx, bytes(key), key.size(), nullptr), 0);
  for (auto piece : pieces)
    EXPECT_EQ(P().hmac_sha256_update_func(ctx, bytes(piece), piece.size(), nullptr), 0);
  Buffer out;
  EXPECT_EQ(P().hmac_sha256_final_func(ctx, BufferOut(out), nullptr), 0);
  P().hmac_sha256_cleanup_func(ctx, nullptr);
  return to_string(out.get());
}

// RFC 4231 cases 1, 2 and 6, fed whole and in pieces.
TEST(Provider, HmacSha256MatchesRfc4231) {
  EXPECT_EQ(to_hex(hmac(std::string(20, '\x0b'), {"Hi There"})),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  EXPECT_EQ(to_hex(hmac("Jefe", {"what do ya ", "want ", "", "for nothing?"})),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  EXPECT_EQ(to_hex(hmac(std::string(131, '\xaa'),
                        {"Test Using Larger Than Block-Size Key - Hash Key First"})),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  EXPECT_EQ(to_hex(hmac("", {})),
            "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
}

// FIPS 180-2 "abc", twice on one context: final must leave it ready for reuse.
TEST(Provider, Sha512MatchesFips180AndIsReusable) {
  const std::string expected =
      "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
      "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f";
  void* ctx = nullptr;
  ASSERT_EQ(P().sha512_digest_init_func(&ctx, nullptr), 0);
  for (int round = 0; round < 2; ++round) {
    ASSERT_EQ(P().sha512_digest_update_func(ctx, bytes("a"), 1, nullptr), 0);
    ASSERT_EQ(P().sha512_digest_update_func(ctx, bytes("bc"), 2, nullptr), 0);
    Buffer out;
    ASSERT_EQ(P().sha512_digest_final_func(ctx, BufferOut(out), nullptr), 0);
    EXPECT_EQ(to_hex(to_string(out.get())), expected) << "round " << round;
  }
  P().sha512_digest_cleanup_func(ctx, nullptr);
}

struct Vector {
  int mode;
  const char* key;
  const char* iv;
  const char* ciphertext;  // of the four SP 800-38A plaintext blocks, without padding
};

// NIST SP 800-38A F.2.1, F.2.3, F.2.5 (CBC) and F.5.1, F.5.5 (CTR).
const Vector kVectors[] = {
    {SG_CIPHER_AES_CBC_PKCS5, "2b7e151628aed2a6abf7158809cf4f3c",
     "000102030405060708090a0b0c0d0e0f",
     "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2"
     "73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7"},
    {SG_CIPHER_AES_CBC_PKCS5, "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",
     "000102030405060708090a0b0c0d0e0f",
     "4f021db243bc633d7178183a9fa071e8b4d9ada9ad7dedf4e5e738763f69145a"
     "571b242012fb7ae07fa9baac3df102e008b0e27988598881d920a9e64f5615cd"},
    {SG_CIPHER_AES_CBC_PKCS5, "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
     "000102030405060708090a0b0c0d0e0f",
     "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d"
     "39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b"},
    {SG_CIPHER_AES_CTR_NOPADDING, "2b7e151628aed2a6abf7158809cf4f3c",
     "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
     "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff"
     "5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee"},
    {SG_CIPHER_AES_CTR_NOPADDING,
     "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
     "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff",
     "601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c5"
     "2b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6"},
};

const std::string kPlain = unhex(
    "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
    "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");

Buffer run(bool encrypt, int mode, const std::string& key, const std::string& iv,
           const std::string& in, int* rc) {
  Buffer out;
  auto fn = encrypt ? P().encrypt_func : P().decrypt_func;
  *rc = fn(BufferOut(out), mode, bytes(key), key.size(), bytes(iv), iv.size(), bytes(in), in.size(),
           nullptr);
  return out;
}

TEST(Provider, AesMatchesSp80038aForAllKeySizes) {
  for (const auto& v : kVectors) {
    SCOPED_TRACE(v.key);
    const std::string key = unhex(v.key);
    const std::string iv = unhex(v.iv);
    int rc = 0;
    Buffer ct = run(true, v.mode, key, iv, kPlain, &rc);
    ASSERT_EQ(rc, 0);
    std::string got = to_string(ct.get());
    if (v.mode == SG_CIPHER_AES_CBC_PKCS5) {
      ASSERT_EQ(got.size(), kPlain.size() + 16);  // PKCS#5 adds a whole block
    } else {
      ASSERT_EQ(got.size(), kPlain.size());
    }
    EXPECT_EQ(to_hex(got.substr(0, kPlain.size())), v.ciphertext);
    Buffer pt = run(false, v.mode, key, iv, got, &rc);
    ASSERT_EQ(rc, 0);
    EXPECT_EQ(to_string(pt.get()), kPlain);
  }
}

TEST(Provider, AesRejectsBadSizesModesAndPadding) {
  const std::string key(32, 'k');
  const std::string iv(16, 'i');
  int rc = 0;
  run(true, SG_CIPHER_AES_CBC_PKCS5, std::string(20, 'k'), iv, "x", &rc);
  EXPECT_LT(rc, 0);
  run(true, SG_CIPHER_AES_CTR_NOPADDING, key, std::string(12, 'i'), "x", &rc);
  EXPECT_LT(rc, 0);
  run(true, 99, key, iv, "x", &rc);
  EXPECT_LT(rc, 0);
  run(false, SG_CIPHER_AES_CBC_PKCS5, key, iv, std::string(17, 'c'), &rc);
  EXPECT_LT(rc, 0);
  run(false, SG_CIPHER_AES_CBC_PKCS5, key, iv, "", &rc);
  EXPECT_LT(rc, 0);
  // A block whose plaintext ends in 0x00 is never valid PKCS#5 padding.
  Buffer ct = run(true, SG_CIPHER_AES_CBC_PKCS5, key, iv, std::string(16, '\0'), &rc);
  ASSERT_EQ(rc, 0);
  run(false, SG_CIPHER_AES_CBC_PKCS5, key, iv, to_string(ct.get()).substr(0, 16), &rc);
  EXPECT_LT(rc, 0);
  // Empty plaintexts are fine: CBC gives one padding block, CTR nothing.
  Buffer empty_cbc = run(true, SG_CIPHER_AES_CBC_PKCS5, key, iv, "", &rc);
  ASSERT_EQ(rc, 0);
  EXPECT_EQ(signal_buffer_len(empty_cbc.get()), 16u);
  Buffer empty_ctr = run(true, SG_CIPHER_AES_CTR_NOPADDING, key, iv, "", &rc);
  ASSERT_EQ(rc, 0);
  EXPECT_EQ(signal_buffer_len(empty_ctr.get()), 0u);
}

TEST(Provider, RandomFillsAndDiffers) {
  uint8_t a[32] = {};
  uint8_t b[32] = {};
  ASSERT_EQ(P().random_func(a, sizeof a, nullptr), 0);
  ASSERT_EQ(P().random_func(b, sizeof b, nullptr), 0);
  EXPECT_NE(std::string(reinterpret_cast<char*>(a), 32),
            std::string(reinterpret_cast<char*>(b), 32));
  EXPECT_EQ(P().random_func(nullptr, 0, nullptr), 0);
}

}  // namespace
}  // namespace relais::signal::detail

#include "core/vault/format.h"

#include <gtest/gtest.h>
#include <sys/mman.h>

#include <cstring>
#include <string>

#include "core/crypto/digest.h"
#include "core/crypto/random.h"

namespace relais::vault {
namespace {

// Small parameters keep each derivation around a millisecond.
constexpr crypto::ScryptParams kSmall{10, 8, 1};
constexpr std::string_view kPassphrase = "correct horse battery staple";

std::string make_file(std::string_view contents, std::string_view passphrase = kPassphrase,
                      crypto::ScryptParams params = kSmall) {
  const std::string salt = crypto::random_bytes(kSaltBytes);
  auto keys = derive_keys(passphrase, salt, params);
  EXPECT_TRUE(keys.ok());
  auto file = seal_file(*keys, params, salt, contents);
  EXPECT_TRUE(file.ok());
  return *file;
}

// Replaces the trailing digest so that a deliberate change passes the integrity check.
std::string redigest(std::string file) {
  file.resize(file.size() - kDigestBytes);
  file += crypto::sha256(file);
  return file;
}

void put_u32(std::string& file, size_t offset, uint32_t v) {
  for (size_t i = 0; i < 4; ++i) file[offset + i] = static_cast<char>(v >> (24 - 8 * i));
}

TEST(VaultFormat, RoundTrip) {
  const std::string file = make_file("the engine state");
  auto contents = decrypt_file(file, kPassphrase);
  ASSERT_TRUE(contents.ok()) << contents.error().message;
  EXPECT_EQ(*contents, "the engine state");
}

TEST(VaultFormat, EmptyAndBinaryContents) {
  EXPECT_EQ(*decrypt_file(make_file(""), kPassphrase), "");
  std::string binary;
  for (int i = 0; i < 256; ++i) binary.push_back(static_cast<char>(i));
  binary += std::string(3, '\0');
  EXPECT_EQ(*decrypt_file(make_file(binary), kPassphrase), binary);
}

TEST(VaultFormat, LayoutMatchesTheDocumentedHeader) {
  const std::string file = make_file("abc");
  EXPECT_EQ(file.size(), kHeaderBytes + 3 + kTagBytes + kDigestBytes);
  EXPECT_EQ(file.substr(0, 8), "RLVAULT1");
  auto header = parse_header(file);
  ASSERT_TRUE(header.ok()) << header.error().message;
  EXPECT_EQ(header->version, 1u);
  EXPECT_EQ(header->params.log2_n, 10u);
  EXPECT_EQ(header->params.r, 8u);
  EXPECT_EQ(header->params.p, 1u);
  EXPECT_EQ(header->salt.size(), kSaltBytes);
  EXPECT_EQ(header->nonce.size(), kNonceBytes);
  EXPECT_EQ(header->key_check.size(), kKeyCheckBytes);
  EXPECT_EQ(file.substr(8, 4), std::string("\0\0\0\1", 4));
  EXPECT_EQ(file.substr(12, 4), std::string("\0\0\0\x0a", 4));
  EXPECT_EQ(file.substr(24, kSaltBytes), header->salt);
  EXPECT_EQ(file.substr(40, kNonceBytes), header->nonce);
  EXPECT_TRUE(check_digest(file).ok());
}

TEST(VaultFormat, EverySealHasAFreshNonce) {
  const std::string salt = crypto::random_bytes(kSaltBytes);
  auto keys = derive_keys(kPassphrase, salt, kSmall);
  ASSERT_TRUE(keys.ok());
  auto a = seal_file(*keys, kSmall, salt, "same contents");
  auto b = seal_file(*keys, kSmall, salt, "same contents");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(parse_header(*a)->nonce, parse_header(*b)->nonce);
  EXPECT_NE(a->substr(kHeaderBytes), b->substr(kHeaderBytes));
  EXPECT_EQ(parse_header(*a)->salt, parse_header(*b)->salt);
}

TEST(VaultFormat, WrongPassphraseIsNotCorruption) {
  const std::string file = make_file("secret");
  auto r = decrypt_file(file, "Correct horse battery staple");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, Errc::wrong_passphrase);
  EXPECT_EQ(r.error().message, "wrong passphrase");
  EXPECT_EQ(decrypt_file(file, "").error().code, Errc::wrong_passphrase);
}

TEST(VaultFormat, EveryFlippedBitIsCorruptNotWrongPassphrase) {
  const std::string file = make_file("short state");
  for (size_t i = 0; i < file.size(); ++i) {
    for (unsigned char mask : {0x01, 0x80}) {
      std::string bad = file;
      bad[i] = static_cast<char>(static_cast<unsigned char>(bad[i]) ^ mask);
      auto r = decrypt_file(bad, kPassphrase);
      ASSERT_FALSE(r.ok()) << "byte " << i;
      EXPECT_EQ(r.error().code, Errc::corrupt) << "byte " << i << ": " << r.error().message;
    }
  }
}

TEST(VaultFormat, EveryTruncationIsCorrupt) {
  const std::string file = make_file("short state");
  for (size_t len = 0; len < file.size(); ++len) {
    auto r = decrypt_file(std::string_view(file).substr(0, len), kPassphrase);
    ASSERT_FALSE(r.ok()) << "length " << len;
    EXPECT_EQ(r.error().code, Errc::corrupt) << "length " << len;
  }
  EXPECT_EQ(decrypt_file(file + '\0', kPassphrase).error().code, Errc::corrupt);
}

TEST(VaultFormat, TamperedBodyWithAFixedDigestDoesNotAuthenticate) {
  std::string file = make_file("pay 10 euros");
  file[kHeaderBytes] = static_cast<char>(file[kHeaderBytes] ^ 1);
  auto r = decrypt_file(redigest(file), kPassphrase);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, Errc::corrupt);
}

TEST(VaultFormat, HeaderIsAuthenticatedData) {
  // A changed nonce with a fixed digest: the key check still passes, GCM must refuse.
  std::string file = make_file("state");
  file[40] = static_cast<char>(file[40] ^ 1);
  EXPECT_EQ(decrypt_file(redigest(file), kPassphrase).error().code, Errc::corrupt);
}

TEST(VaultFormat, TamperedKeyCheckReadsAsWrongPassphrase) {
  std::string file = make_file("state");
  file[52] = static_cast<char>(file[52] ^ 1);
  EXPECT_EQ(decrypt_file(redigest(file), kPassphrase).error().code, Errc::wrong_passphrase);
}

TEST(VaultFormat, RefusesAbsurdScryptParametersFromAFile) {
  const std::string file = make_file("state");
  struct Case {
    size_t offset;
    uint32_t value;
  };
  // log2_n 21 would need 256 MiB per r; 31 would overflow; r and p 0 or huge; cost over bound.
  for (Case c : {Case{12, 21}, Case{12, 31}, Case{12, 9}, Case{12, 0}, Case{16, 0}, Case{16, 33},
                 Case{16, 0xffffffff}, Case{20, 0}, Case{20, 17}, Case{20, 0xffffffff}}) {
    std::string bad = file;
    put_u32(bad, c.offset, c.value);
    auto header = parse_header(redigest(bad));
    ASSERT_FALSE(header.ok()) << c.offset << "=" << c.value;
    EXPECT_EQ(header.error().code, Errc::corrupt);
    EXPECT_EQ(decrypt_file(redigest(bad), kPassphrase).error().code, Errc::corrupt);
  }
  // Each bound alone is fine, but log2_n 20 with r 8 costs 1 GiB: over the total bound.
  std::string bad = file;
  put_u32(bad, 12, 20);
  EXPECT_EQ(parse_header(redigest(bad)).error().code, Errc::corrupt);
  put_u32(bad, 16, 1);
  EXPECT_TRUE(parse_header(redigest(bad)).ok());
}

TEST(VaultFormat, RefusesOtherMagicAndVersions) {
  const std::string file = make_file("state");
  std::string other = file;
  other.replace(0, 8, "RLVAULT2");
  EXPECT_EQ(parse_header(redigest(other)).error().code, Errc::corrupt);
  for (uint32_t version : {0u, 2u, 0x01000000u}) {
    std::string bad = file;
    put_u32(bad, 8, version);
    EXPECT_EQ(parse_header(redigest(bad)).error().code, Errc::corrupt) << version;
  }
}

TEST(VaultFormat, RefusesOversizeFiles) {
  // Untouched anonymous pages cost nothing; parse_header must not read past the magic.
  const size_t size = kMaxFileBytes + 1;
  void* map = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(map, MAP_FAILED);
  std::memcpy(map, "RLVAULT1", 8);
  auto r = parse_header(std::string_view(static_cast<const char*>(map), size));
  munmap(map, size);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, Errc::corrupt);
}

TEST(VaultFormat, GarbageIsCorrupt) {
  for (std::string_view garbage : {std::string_view(""), std::string_view("RLVAULT1"),
                                   std::string_view("not a vault at all, but long enough to "
                                                    "pass the size check of the header, "
                                                    "surely, with some more bytes here ok")}) {
    auto r = decrypt_file(garbage, kPassphrase);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::corrupt);
  }
}

TEST(VaultFormat, CheckParamsBounds) {
  EXPECT_TRUE(check_params(crypto::ScryptParams{}).ok());  // the default: 32 MiB
  EXPECT_TRUE(check_params(kSmall).ok());
  EXPECT_TRUE(check_params({20, 1, 1}).ok());
  EXPECT_FALSE(check_params({9, 8, 1}).ok());
  EXPECT_FALSE(check_params({21, 1, 1}).ok());
  EXPECT_FALSE(check_params({15, 0, 1}).ok());
  EXPECT_FALSE(check_params({15, 8, 0}).ok());
  EXPECT_FALSE(check_params({15, 33, 1}).ok());
  EXPECT_FALSE(check_params({15, 8, 17}).ok());
  EXPECT_FALSE(check_params({18, 32, 16}).ok());
  EXPECT_EQ(check_params({21, 1, 1}).error().code, Errc::invalid_argument);
}

TEST(VaultFormat, DeriveKeysSeparatesTheTwoKeys) {
  const std::string salt(kSaltBytes, 's');
  auto a = derive_keys(kPassphrase, salt, kSmall);
  auto b = derive_keys(kPassphrase, salt, kSmall);
  auto c = derive_keys(kPassphrase, std::string(kSaltBytes, 't'), kSmall);
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  EXPECT_EQ(a->encryption_key.size(), 32u);
  EXPECT_EQ(a->check_key.size(), 32u);
  EXPECT_NE(a->encryption_key, a->check_key);
  EXPECT_EQ(a->encryption_key, b->encryption_key);
  EXPECT_NE(a->encryption_key, c->encryption_key);
  EXPECT_EQ(derive_keys(kPassphrase, "short", kSmall).error().code, Errc::invalid_argument);
}

TEST(VaultFormat, WipeClears) {
  std::string secret = "a secret that is longer than the small-string buffer";
  wipe(secret);
  EXPECT_TRUE(secret.empty());
}

}  // namespace
}  // namespace relais::vault

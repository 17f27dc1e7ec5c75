#include "core/signal/sealed.h"

#include <gtest/gtest.h>

#include "core/base/encoding.h"
#include "core/crypto/agreement.h"
#include "core/signal/keys.h"

namespace relais::signal {
namespace {

std::string hex(std::string_view text) {
  return from_hex(text).value();
}

// The vector printed in docs/protocol.md ("Sealed sender"). The recipient's identity key is
// RFC 7748's Bob and the ephemeral key its Alice, so s is RFC 7748's shared secret. The same
// bytes come out of an independent implementation (Python's `cryptography`: X25519, HKDF,
// AESGCM), with k = 177691da...14bbb1c5 and n = 264d8d40fd90d7651c5c2d8a.
struct Vector {
  std::string recipient_private =
      hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
  std::string recipient_public =
      hex("05de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
  std::string ephemeral_private =
      hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
  std::string message_id = hex("000102030405060708090a0b0c0d0e0f");
  Unsealed inner{hex("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"),
                 {MessageType::signal, "libsignal message"}};
};

TEST(Sealed, MatchesTheDocumentedVector) {
  Vector v;
  ASSERT_EQ(crypto::x25519_public(v.recipient_private).value(), v.recipient_public.substr(1));
  auto sealed = seal(v.recipient_public, v.message_id, v.inner, v.ephemeral_private);
  ASSERT_TRUE(sealed.ok()) << sealed.error().message;
  EXPECT_EQ(to_hex(*sealed),
            "01"
            "058520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
            "f350000310b07f6394ac59b43febb2e840f0478b10bb001a2d7626cf276796944c"
            "675447881ec071455aacba16a2486cc383");
  auto opened = unseal(v.recipient_private, v.recipient_public, v.message_id, *sealed);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  EXPECT_EQ(opened->sender, v.inner.sender);
  EXPECT_EQ(opened->message.type, MessageType::signal);
  EXPECT_EQ(opened->message.bytes, "libsignal message");
}

TEST(Sealed, LibsignalIdentityKeysAreX25519Keys) {
  for (int i = 0; i < 8; ++i) {
    const KeyPair pair = generate_key_pair();
    EXPECT_EQ(crypto::x25519_public(pair.private_key).value(), pair.public_key.substr(1));
  }
}

struct SealedRoundTrip : ::testing::Test {
  KeyPair recipient = generate_key_pair();
  std::string message_id = std::string(16, 'm');
  Unsealed inner{std::string(16, 's'), {MessageType::prekey, std::string(300, 'x')}};
  std::string sealed = seal(recipient.public_key, message_id, inner).value();

  Result<Unsealed> open(std::string_view bytes, std::string_view id) const {
    return unseal(recipient.private_key, recipient.public_key, id, bytes);
  }
};

TEST_F(SealedRoundTrip, OpensForItsRecipientOnly) {
  EXPECT_EQ(sealed.size(), kSealedOverhead + 16 + 1 + 300);
  auto opened = open(sealed, message_id);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  EXPECT_EQ(opened->sender, inner.sender);
  EXPECT_EQ(opened->message.type, MessageType::prekey);
  EXPECT_EQ(opened->message.bytes, inner.message.bytes);
  // Fresh ephemeral keys: sealing twice never gives the same bytes.
  EXPECT_NE(seal(recipient.public_key, message_id, inner).value(), sealed);

  const KeyPair other = generate_key_pair();
  EXPECT_EQ(unseal(other.private_key, other.public_key, message_id, sealed).error().code,
            Errc::corrupt);
  // The right private key with another public key changes the derived key: refused too.
  EXPECT_EQ(unseal(recipient.private_key, other.public_key, message_id, sealed).error().code,
            Errc::corrupt);
}

TEST_F(SealedRoundTrip, IsBoundToItsMessageId) {
  EXPECT_EQ(open(sealed, std::string(16, 'n')).error().code, Errc::corrupt);
}

TEST_F(SealedRoundTrip, AnyChangedByteIsRefused) {
  for (size_t i = 0; i < sealed.size(); ++i) {
    std::string tampered = sealed;
    tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
    EXPECT_EQ(open(tampered, message_id).error().code, Errc::corrupt) << "byte " << i;
  }
}

TEST_F(SealedRoundTrip, MalformedEnvelopesAreRefused) {
  for (size_t n : {size_t{0}, size_t{1}, size_t{34}, size_t{kSealedOverhead + 17}}) {
    EXPECT_EQ(open(sealed.substr(0, n), message_id).error().code, Errc::corrupt) << n;
  }
  EXPECT_EQ(open(sealed + "trailing", message_id).error().code, Errc::corrupt);
  EXPECT_EQ(open(std::string(100000, '\x01'), message_id).error().code, Errc::corrupt);
  std::string version = sealed;
  version[0] = 0x02;
  EXPECT_EQ(open(version, message_id).error().code, Errc::corrupt);
  // An ephemeral key of small order (u = 0) gives no secret.
  std::string small = sealed;
  std::fill(small.begin() + 2, small.begin() + 34, '\0');
  EXPECT_EQ(open(small, message_id).error().code, Errc::corrupt);
}

TEST_F(SealedRoundTrip, SealingChecksWhatItIsGiven) {
  EXPECT_EQ(seal("not a key", message_id, inner).error().code, Errc::invalid_argument);
  EXPECT_EQ(seal(recipient.public_key.substr(1), message_id, inner).error().code,
            Errc::invalid_argument);
  Unsealed short_sender = inner;
  short_sender.sender = "short";
  EXPECT_EQ(seal(recipient.public_key, message_id, short_sender).error().code,
            Errc::invalid_argument);
  Unsealed empty = inner;
  empty.message.bytes.clear();
  EXPECT_EQ(seal(recipient.public_key, message_id, empty).error().code, Errc::invalid_argument);
  EXPECT_EQ(seal(recipient.public_key, message_id, inner, "short").error().code,
            Errc::invalid_argument);
}

TEST(Sealed, AProtocolOpensWhatWasSealedForItsIdentity) {
  auto alice = Protocol::create_new().value();
  auto bob = Protocol::create_new().value();
  PrekeyBundle bundle;
  bundle.registration_id = bob->registration_id();
  bundle.identity_key = bob->identity_public_key();
  bundle.signed_prekey = bob->signed_prekey();
  bundle.prekey = bob->generate_prekeys(1).value().front();
  ASSERT_TRUE(alice->process_bundle("bob", bundle).ok());
  auto first = alice->encrypt("bob", "hello");
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->type, MessageType::prekey);
  // The identity a prekey message announces is readable before anything is processed.
  EXPECT_EQ(prekey_message_identity(first->bytes).value(), alice->identity_public_key());
  EXPECT_EQ(prekey_message_identity("garbage").error().code, Errc::corrupt);
  EXPECT_EQ(prekey_message_identity("").error().code, Errc::corrupt);

  const std::string id(16, 'i');
  auto sealed = seal(bob->identity_public_key(), id, {std::string(16, 'a'), *first});
  ASSERT_TRUE(sealed.ok());
  auto opened = bob->unseal(id, *sealed);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  EXPECT_EQ(opened->message.bytes, first->bytes);
  EXPECT_EQ(alice->unseal(id, *sealed).error().code, Errc::corrupt);
  auto plain = bob->decrypt("alice", opened->message);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->plaintext, "hello");
}

}  // namespace
}  // namespace relais::signal

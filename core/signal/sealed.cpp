#include "core/signal/sealed.h"

#include "core/crypto/agreement.h"
#include "core/crypto/cipher.h"
#include "core/crypto/kdf.h"
#include "core/signal/context.h"
#include "core/signal/handles.h"
#include "core/signal/keys.h"

namespace relais::signal {
namespace {

using detail::Buffer;
using detail::BufferOut;
using detail::bytes;
using detail::Ref;
using detail::to_string;

constexpr char kDjbType = 0x05;
constexpr uint8_t kPrekeyType = 1;  // wire EnvelopeType PREKEY_MESSAGE
constexpr uint8_t kSignalType = 2;  // wire EnvelopeType SIGNAL_MESSAGE
constexpr size_t kHeaderSize = 1 + kPublicKeySize;
constexpr size_t kInnerMinimum = kSealedSenderSize + 1 + 1;

struct Keys {
  std::string key;    // 32 bytes
  std::string nonce;  // 12 bytes
  std::string aad;
};

// k, n and the associated data from the shared secret, the header and the recipient's key.
Result<Keys> derive(std::string_view secret, std::string_view header,
                    std::string_view recipient_identity_key, std::string_view message_id) {
  const std::string ephemeral(header.substr(1));
  std::string info(kSealedInfo);
  info.append(ephemeral).append(recipient_identity_key);
  RELAIS_TRY_ASSIGN(
      auto okm, crypto::hkdf_sha256(secret, {}, info, crypto::kAesKeySize + crypto::kGcmNonceSize));
  Keys keys;
  keys.key = okm.substr(0, crypto::kAesKeySize);
  keys.nonce = okm.substr(crypto::kAesKeySize);
  keys.aad.append(header).append(recipient_identity_key).append(message_id);
  return keys;
}

}  // namespace

Result<std::string> seal(std::string_view recipient_identity_key, std::string_view message_id,
                         const Unsealed& inner, std::string_view ephemeral_private) {
  if (!is_public_key(recipient_identity_key))
    return Error{Errc::invalid_argument, "The recipient's identity key is malformed."};
  if (inner.sender.size() != kSealedSenderSize)
    return Error{Errc::invalid_argument, "The sender's account id is not 16 bytes."};
  if (inner.message.bytes.empty())
    return Error{Errc::invalid_argument, "There is no message to seal."};
  crypto::X25519KeyPair ephemeral;
  if (ephemeral_private.empty()) {
    ephemeral = crypto::x25519_generate();
  } else {
    ephemeral.private_key = std::string(ephemeral_private);
    RELAIS_TRY_ASSIGN(ephemeral.public_key, crypto::x25519_public(ephemeral_private));
  }
  RELAIS_TRY_ASSIGN(auto secret,
                    crypto::x25519(ephemeral.private_key, recipient_identity_key.substr(1)));
  std::string header(1, static_cast<char>(kSealedVersion));
  header.push_back(kDjbType);
  header.append(ephemeral.public_key);
  RELAIS_TRY_ASSIGN(auto keys, derive(secret, header, recipient_identity_key, message_id));
  std::string plain = inner.sender;
  plain.push_back(
      static_cast<char>(inner.message.type == MessageType::prekey ? kPrekeyType : kSignalType));
  plain.append(inner.message.bytes);
  RELAIS_TRY_ASSIGN(auto body, crypto::aes256_gcm_seal(keys.key, keys.nonce, plain, keys.aad));
  return header + body;
}

Result<Unsealed> unseal(std::string_view identity_private, std::string_view identity_public,
                        std::string_view message_id, std::string_view sealed) {
  const Error corrupt{Errc::corrupt, "The envelope is not sealed for this device."};
  if (sealed.size() < kHeaderSize + kInnerMinimum + crypto::kGcmTagSize ||
      static_cast<uint8_t>(sealed[0]) != kSealedVersion || sealed[1] != kDjbType) {
    return corrupt;
  }
  const std::string_view header = sealed.substr(0, kHeaderSize);
  auto secret = crypto::x25519(identity_private, header.substr(2));
  if (!secret) return corrupt;  // a small-order ephemeral key
  RELAIS_TRY_ASSIGN(auto keys, derive(*secret, header, identity_public, message_id));
  auto plain = crypto::aes256_gcm_open(keys.key, keys.nonce, sealed.substr(kHeaderSize), keys.aad);
  if (!plain || plain->size() < kInnerMinimum) return corrupt;
  const auto type = static_cast<uint8_t>((*plain)[kSealedSenderSize]);
  if (type != kPrekeyType && type != kSignalType) return corrupt;
  Unsealed out;
  out.sender = plain->substr(0, kSealedSenderSize);
  out.message.type = type == kPrekeyType ? MessageType::prekey : MessageType::signal;
  out.message.bytes = plain->substr(kSealedSenderSize + 1);
  return out;
}

Result<std::string> prekey_message_identity(std::string_view serialized) {
  Ref<pre_key_signal_message> message;
  if (serialized.empty() ||
      pre_key_signal_message_deserialize(message.out(), bytes(serialized), serialized.size(),
                                         detail::shared_context()) != SG_SUCCESS) {
    return Error{Errc::corrupt, "The message does not decode."};
  }
  Buffer out;
  if (ec_public_key_serialize(
          BufferOut(out), pre_key_signal_message_get_identity_key(message.get())) != SG_SUCCESS) {
    return Error{Errc::corrupt, "The message's identity key does not decode."};
  }
  return to_string(out.get());
}

}  // namespace relais::signal

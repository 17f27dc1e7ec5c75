// The sealed layer of one-to-one envelopes (sealed sender, in the manner of Signal's): the relay
// sees whom an envelope is for, never whom it is from. The sender's account id and libsignal's
// message travel encrypted to the recipient's identity key under a fresh ephemeral key:
//
//   sealed = 0x01 ‖ E ‖ AES-256-GCM(k, n, inner, aad) (ciphertext ‖ 16-byte tag)
//   E      = 0x05 ‖ X25519(e)                          33 bytes: the ephemeral public key
//   s      = X25519(e, IK)                             IK: the recipient's identity key, 32 bytes
//                                                      after its 0x05 type byte
//   k ‖ n  = HKDF-SHA256(ikm = s, salt = none, info = "relais-sealed-v1" ‖ E ‖ 0x05 ‖ IK, 44)
//   aad    = 0x01 ‖ E ‖ 0x05 ‖ IK ‖ message id         binds the envelope's message id
//   inner  = sender account id (16) ‖ type (1: prekey message, 2: signal message) ‖ message
//
// The sender inside is only a claim: whoever opens it checks that the identity key the Signal
// message proves (the PreKeySignalMessage's, or the session's) is the one the relay registered
// for that account (docs/protocol.md, "Sealed sender").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/base/result.h"
#include "core/signal/protocol.h"

namespace relais::signal {

inline constexpr uint8_t kSealedVersion = 0x01;
inline constexpr size_t kSealedSenderSize = 16;
// Version, ephemeral key and tag; the inner part adds the sender, the type and the message.
inline constexpr size_t kSealedOverhead = 1 + 33 + 16;
inline constexpr std::string_view kSealedInfo = "relais-sealed-v1";

// Seals `message` from `sender` for the holder of `recipient_identity_key` (33 bytes), with a
// fresh ephemeral key, or with `ephemeral_private` (32 bytes) for a test vector.
// Errc::invalid_argument for a malformed key, sender or empty message.
Result<std::string> seal(std::string_view recipient_identity_key, std::string_view message_id,
                         const Unsealed& inner, std::string_view ephemeral_private = {});

// Opens a sealed envelope with the recipient's identity key pair (private: 32 bytes, public:
// 33). Errc::corrupt for anything that is not a sealed envelope for this key and message id.
Result<Unsealed> unseal(std::string_view identity_private, std::string_view identity_public,
                        std::string_view message_id, std::string_view sealed);

// The identity key (33 bytes) a serialized PreKeySignalMessage announces, read without
// processing it; Errc::corrupt when it does not decode.
Result<std::string> prekey_message_identity(std::string_view serialized);

}  // namespace relais::signal

#include "core/signal/keys.h"

#include <cstdlib>

#include "core/signal/context.h"
#include "core/signal/handles.h"

namespace relais::signal {
namespace {

using detail::Buffer;
using detail::BufferOut;
using detail::bytes;
using detail::Ref;
using detail::to_string;

constexpr uint8_t kDjbType = 0x05;

Ref<ec_public_key> decode_public(std::string_view serialized) {
  Ref<ec_public_key> key;
  if (serialized.size() != kPublicKeySize || static_cast<uint8_t>(serialized[0]) != kDjbType)
    return key;
  if (curve_decode_point(key.out(), bytes(serialized), serialized.size(),
                         detail::shared_context()) != SG_SUCCESS) {
    key.reset();
  }
  return key;
}

}  // namespace

bool is_public_key(std::string_view serialized) {
  return static_cast<bool>(decode_public(serialized));
}

bool verify(std::string_view public_key, std::string_view message, std::string_view signature) {
  Ref<ec_public_key> key = decode_public(public_key);
  if (!key || signature.size() != kSignatureSize) return false;
  // curve_verify_signature: 1 valid, 0 invalid, negative on error.
  return curve_verify_signature(key.get(), bytes(message), message.size(), bytes(signature),
                                signature.size()) == 1;
}

KeyPair generate_key_pair() {
  Ref<ec_key_pair> pair;
  Buffer pub;
  Buffer priv;
  if (curve_generate_key_pair(detail::shared_context(), pair.out()) != SG_SUCCESS ||
      ec_public_key_serialize(BufferOut(pub), ec_key_pair_get_public(pair.get())) != SG_SUCCESS ||
      ec_private_key_serialize(BufferOut(priv), ec_key_pair_get_private(pair.get())) !=
          SG_SUCCESS) {
    std::abort();  // fails only when the random generator or the allocator does
  }
  return KeyPair{to_string(pub.get()), to_string(priv.get())};
}

Result<std::string> sign(std::string_view private_key, std::string_view message) {
  Ref<ec_private_key> key;
  if (private_key.size() != kPrivateKeySize ||
      curve_decode_private_point(key.out(), bytes(private_key), private_key.size(),
                                 detail::shared_context()) != SG_SUCCESS) {
    return Error{Errc::invalid_argument, "The private key is malformed."};
  }
  Buffer signature;
  int rc = curve_calculate_signature(detail::shared_context(), BufferOut(signature), key.get(),
                                     bytes(message), message.size());
  if (rc != SG_SUCCESS) return detail::signal_error(rc, "Signing failed.");
  return to_string(signature.get());
}

}  // namespace relais::signal

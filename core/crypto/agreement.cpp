#include "core/crypto/agreement.h"

#include <openssl/evp.h>

#include <memory>

#include "core/crypto/digest.h"
#include "core/crypto/random.h"

namespace relais::crypto {
namespace {

struct PkeyFree {
  void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxFree {
  void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;

const unsigned char* bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

Pkey private_key_of(std::string_view raw) {
  return Pkey(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, bytes(raw), raw.size()));
}

}  // namespace

X25519KeyPair x25519_generate() {
  X25519KeyPair pair;
  pair.private_key = random_bytes(kX25519Size);
  pair.public_key = x25519_public(pair.private_key).value();
  return pair;
}

Result<std::string> x25519_public(std::string_view private_key) {
  if (private_key.size() != kX25519Size)
    return Error{Errc::invalid_argument, "An X25519 private key is 32 bytes."};
  Pkey key = private_key_of(private_key);
  std::string out(kX25519Size, '\0');
  size_t len = out.size();
  if (!key ||
      EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(out.data()), &len) !=
          1 ||
      len != kX25519Size) {
    return Error{Errc::crypto, "The X25519 public key could not be computed."};
  }
  return out;
}

Result<std::string> x25519(std::string_view private_key, std::string_view public_key) {
  if (private_key.size() != kX25519Size || public_key.size() != kX25519Size)
    return Error{Errc::invalid_argument, "X25519 keys are 32 bytes."};
  Pkey mine = private_key_of(private_key);
  Pkey theirs(
      EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, bytes(public_key), public_key.size()));
  if (!mine || !theirs) return Error{Errc::crypto, "The X25519 keys could not be loaded."};
  PkeyCtx ctx(EVP_PKEY_CTX_new(mine.get(), nullptr));
  std::string secret(kX25519Size, '\0');
  size_t len = secret.size();
  if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
      EVP_PKEY_derive_set_peer(ctx.get(), theirs.get()) != 1 ||
      EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char*>(secret.data()), &len) != 1 ||
      len != kX25519Size) {
    return Error{Errc::crypto, "The X25519 agreement failed (a key of small order?)."};
  }
  // RFC 7748 section 6.1: an all-zero secret means the peer's key was of small order.
  if (constant_time_equal(secret, std::string(kX25519Size, '\0')))
    return Error{Errc::crypto, "The X25519 agreement gave an all-zero secret."};
  return secret;
}

}  // namespace relais::crypto

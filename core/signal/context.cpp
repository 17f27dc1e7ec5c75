#include "core/signal/context.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <climits>
#include <cstdlib>

namespace relais::signal::detail {
namespace {

// --- OpenSSL crypto provider -------------------------------------------------------------

int random_bytes(uint8_t* data, size_t len, void* /*user_data*/) noexcept {
  if (len == 0) return SG_SUCCESS;
  if (len > static_cast<size_t>(INT_MAX)) return SG_ERR_INVAL;
  return RAND_bytes(data, static_cast<int>(len)) == 1 ? SG_SUCCESS : SG_ERR_UNKNOWN;
}

// The HMAC algorithm object is fetched once; contexts are made from it per use.
class HmacAlgorithm {
 public:
  HmacAlgorithm() : mac_(EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr)) {}
  ~HmacAlgorithm() { EVP_MAC_free(mac_); }
  HmacAlgorithm(const HmacAlgorithm&) = delete;
  HmacAlgorithm& operator=(const HmacAlgorithm&) = delete;
  EVP_MAC* get() const { return mac_; }

 private:
  EVP_MAC* mac_;
};

EVP_MAC* hmac_algorithm() {
  static const HmacAlgorithm algorithm;
  return algorithm.get();
}

int hmac_init(void** hmac_context, const uint8_t* key, size_t key_len,
              void* /*user_data*/) noexcept {
  EVP_MAC* mac = hmac_algorithm();
  if (mac == nullptr) return SG_ERR_UNKNOWN;
  EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(mac);
  if (ctx == nullptr) return SG_ERR_NOMEM;
  char digest[] = "SHA256";
  const OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
      OSSL_PARAM_construct_end(),
  };
  // A null key would mean "keep the previous key" to OpenSSL; an empty HMAC key is valid.
  static const uint8_t kNoKey = 0;
  if (EVP_MAC_init(ctx, key_len == 0 ? &kNoKey : key, key_len, params) != 1) {
    EVP_MAC_CTX_free(ctx);
    return SG_ERR_UNKNOWN;
  }
  *hmac_context = ctx;
  return SG_SUCCESS;
}

int hmac_update(void* hmac_context, const uint8_t* data, size_t data_len,
                void* /*user_data*/) noexcept {
  if (data_len == 0) return SG_SUCCESS;
  return EVP_MAC_update(static_cast<EVP_MAC_CTX*>(hmac_context), data, data_len) == 1
             ? SG_SUCCESS
             : SG_ERR_UNKNOWN;
}

int hmac_final(void* hmac_context, signal_buffer** output, void* /*user_data*/) noexcept {
  constexpr size_t kSize = 32;
  Buffer out(signal_buffer_alloc(kSize));
  if (!out) return SG_ERR_NOMEM;
  size_t len = 0;
  if (EVP_MAC_final(static_cast<EVP_MAC_CTX*>(hmac_context), signal_buffer_data(out.get()), &len,
                    kSize) != 1 ||
      len != kSize) {
    return SG_ERR_UNKNOWN;
  }
  *output = out.release();
  return SG_SUCCESS;
}

void hmac_cleanup(void* hmac_context, void* /*user_data*/) noexcept {
  EVP_MAC_CTX_free(static_cast<EVP_MAC_CTX*>(hmac_context));
}

int sha512_init(void** digest_context, void* /*user_data*/) noexcept {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  if (ctx == nullptr) return SG_ERR_NOMEM;
  if (EVP_DigestInit_ex(ctx, EVP_sha512(), nullptr) != 1) {
    EVP_MD_CTX_free(ctx);
    return SG_ERR_UNKNOWN;
  }
  *digest_context = ctx;
  return SG_SUCCESS;
}

int sha512_update(void* digest_context, const uint8_t* data, size_t data_len,
                  void* /*user_data*/) noexcept {
  if (data_len == 0) return SG_SUCCESS;
  return EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(digest_context), data, data_len) == 1
             ? SG_SUCCESS
             : SG_ERR_UNKNOWN;
}

// Finalizes and re-initializes, so that the context can be reused as the provider contract asks.
int sha512_final(void* digest_context, signal_buffer** output, void* /*user_data*/) noexcept {
  auto* ctx = static_cast<EVP_MD_CTX*>(digest_context);
  constexpr size_t kSize = 64;
  Buffer out(signal_buffer_alloc(kSize));
  if (!out) return SG_ERR_NOMEM;
  unsigned int len = 0;
  if (EVP_DigestFinal_ex(ctx, signal_buffer_data(out.get()), &len) != 1 || len != kSize ||
      EVP_DigestInit_ex(ctx, EVP_sha512(), nullptr) != 1) {
    return SG_ERR_UNKNOWN;
  }
  *output = out.release();
  return SG_SUCCESS;
}

void sha512_cleanup(void* digest_context, void* /*user_data*/) noexcept {
  EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(digest_context));
}

// libsignal uses AES-256 only, but the provider contract names 128/192/256-bit keys.
const EVP_CIPHER* aes_cipher(int mode, size_t key_len) {
  switch (mode) {
    case SG_CIPHER_AES_CBC_PKCS5:
      switch (key_len) {
        case 16:
          return EVP_aes_128_cbc();
        case 24:
          return EVP_aes_192_cbc();
        case 32:
          return EVP_aes_256_cbc();
        default:
          return nullptr;
      }
    case SG_CIPHER_AES_CTR_NOPADDING:
      switch (key_len) {
        case 16:
          return EVP_aes_128_ctr();
        case 24:
          return EVP_aes_192_ctr();
        case 32:
          return EVP_aes_256_ctr();
        default:
          return nullptr;
      }
    default:
      return nullptr;
  }
}

struct CipherCtxFree {
  void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

int aes(bool encrypt, signal_buffer** output, int mode, const uint8_t* key, size_t key_len,
        const uint8_t* iv, size_t iv_len, const uint8_t* in, size_t in_len) {
  constexpr size_t kBlock = 16;
  const EVP_CIPHER* cipher = aes_cipher(mode, key_len);
  if (cipher == nullptr || iv_len != kBlock || in_len > static_cast<size_t>(INT_MAX) - 2 * kBlock) {
    return SG_ERR_INVAL;
  }
  // A CBC ciphertext is whole blocks; refuse anything else before OpenSSL sees it.
  if (!encrypt && mode == SG_CIPHER_AES_CBC_PKCS5 && (in_len == 0 || in_len % kBlock != 0))
    return SG_ERR_INVAL;
  std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree> ctx(EVP_CIPHER_CTX_new());
  if (!ctx) return SG_ERR_NOMEM;
  if (EVP_CipherInit_ex2(ctx.get(), cipher, key, iv, encrypt ? 1 : 0, nullptr) != 1)
    return SG_ERR_UNKNOWN;
  // Room for one block of padding; trimmed below. signal_buffer_alloc(0) is fine too.
  Buffer out(signal_buffer_alloc(in_len + kBlock));
  if (!out) return SG_ERR_NOMEM;
  uint8_t* dst = signal_buffer_data(out.get());
  int len = 0;
  if (in_len > 0 && EVP_CipherUpdate(ctx.get(), dst, &len, in, static_cast<int>(in_len)) != 1)
    return SG_ERR_UNKNOWN;
  int final_len = 0;
  if (EVP_CipherFinal_ex(ctx.get(), dst + len, &final_len) != 1)
    return SG_ERR_UNKNOWN;  // bad padding
  Buffer result(
      signal_buffer_create(dst, static_cast<size_t>(len) + static_cast<size_t>(final_len)));
  if (!result) return SG_ERR_NOMEM;
  *output = result.release();
  return SG_SUCCESS;
}

int encrypt(signal_buffer** output, int cipher, const uint8_t* key, size_t key_len,
            const uint8_t* iv, size_t iv_len, const uint8_t* plaintext, size_t plaintext_len,
            void* /*user_data*/) noexcept {
  return aes(true, output, cipher, key, key_len, iv, iv_len, plaintext, plaintext_len);
}

int decrypt(signal_buffer** output, int cipher, const uint8_t* key, size_t key_len,
            const uint8_t* iv, size_t iv_len, const uint8_t* ciphertext, size_t ciphertext_len,
            void* /*user_data*/) noexcept {
  return aes(false, output, cipher, key, key_len, iv, iv_len, ciphertext, ciphertext_len);
}

constexpr signal_crypto_provider kProvider = {
    .random_func = random_bytes,
    .hmac_sha256_init_func = hmac_init,
    .hmac_sha256_update_func = hmac_update,
    .hmac_sha256_final_func = hmac_final,
    .hmac_sha256_cleanup_func = hmac_cleanup,
    .sha512_digest_init_func = sha512_init,
    .sha512_digest_update_func = sha512_update,
    .sha512_digest_final_func = sha512_final,
    .sha512_digest_cleanup_func = sha512_cleanup,
    .encrypt_func = encrypt,
    .decrypt_func = decrypt,
    .user_data = nullptr,
};

// --- locking ------------------------------------------------------------------------------

void lock(void* user_data) noexcept {
  static_cast<std::recursive_mutex*>(user_data)->lock();
}
void unlock(void* user_data) noexcept {
  static_cast<std::recursive_mutex*>(user_data)->unlock();
}

}  // namespace

const signal_crypto_provider& openssl_provider() {
  return kProvider;
}

Result<ContextPtr> make_context(std::recursive_mutex& mutex) {
  signal_context* raw = nullptr;
  if (signal_context_create(&raw, &mutex) != SG_SUCCESS)
    return Error{Errc::internal, "The Signal library did not start."};
  ContextPtr context(raw);
  if (signal_context_set_crypto_provider(context.get(), &kProvider) != SG_SUCCESS ||
      signal_context_set_locking_functions(context.get(), lock, unlock) != SG_SUCCESS) {
    return Error{Errc::internal, "The Signal library did not start."};
  }
  return context;
}

signal_context* shared_context() {
  struct Shared {
    std::recursive_mutex mutex;
    ContextPtr context;
    Shared() {
      auto made = make_context(mutex);
      if (!made.ok()) std::abort();  // only on allocation failure at first use
      context = std::move(made).value();
    }
  };
  static Shared shared;
  return shared.context.get();
}

Error signal_error(int code, const char* what) {
  switch (code) {
    case SG_ERR_DUPLICATE_MESSAGE:
      return {Errc::already_exists, what};
    case SG_ERR_NO_SESSION:
    case SG_ERR_INVALID_KEY_ID:
      return {Errc::not_found, what};
    case SG_ERR_INVALID_PROTO_BUF:
    case SG_ERR_INVALID_MESSAGE:
    case SG_ERR_INVALID_VERSION:
    case SG_ERR_LEGACY_MESSAGE:
    case SG_ERR_INVAL:
      return {Errc::corrupt, what};
    case SG_ERR_NOMEM:
      return {Errc::internal, what};
    default:
      return {Errc::crypto, what};  // bad MAC, bad key, bad signature, untrusted identity
  }
}

}  // namespace relais::signal::detail

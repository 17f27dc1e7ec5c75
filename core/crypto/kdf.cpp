#include "core/crypto/kdf.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

namespace relais::crypto {
namespace {

struct KdfFree {
  void operator()(EVP_KDF* kdf) const { EVP_KDF_free(kdf); }
};
struct KdfCtxFree {
  void operator()(EVP_KDF_CTX* ctx) const { EVP_KDF_CTX_free(ctx); }
};

// A hard ceiling on the memory one derivation may take; the vault's parameters need 32 MiB.
constexpr uint64_t kMaxMemory = uint64_t{1} << 30;
constexpr size_t kMaxOutput = 1024;

}  // namespace

Result<std::string> scrypt(std::string_view passphrase, std::string_view salt,
                           const ScryptParams& params, size_t out_len) {
  if (params.log2_n < 1 || params.log2_n > 30 || params.r < 1 || params.p < 1 ||
      uint64_t{params.r} * params.p >= (uint64_t{1} << 30) || out_len < 1 || out_len > kMaxOutput) {
    return Error{Errc::invalid_argument, "The scrypt parameters are out of range."};
  }
  std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_SCRYPT, nullptr));
  if (!kdf) return Error{Errc::crypto, "scrypt is not available."};
  std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(EVP_KDF_CTX_new(kdf.get()));
  if (!ctx) return Error{Errc::crypto, "scrypt is not available."};

  uint64_t n = uint64_t{1} << params.log2_n;
  uint32_t r = params.r;
  uint32_t p = params.p;
  uint64_t maxmem = kMaxMemory;
  // OSSL_PARAM wants non-const buffers even for input; it does not write to them. An empty
  // passphrase or salt still needs a valid pointer.
  static char empty = 0;
  char* pass_ptr = passphrase.empty() ? &empty : const_cast<char*>(passphrase.data());
  char* salt_ptr = salt.empty() ? &empty : const_cast<char*>(salt.data());
  const OSSL_PARAM settings[] = {
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, pass_ptr, passphrase.size()),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt_ptr, salt.size()),
      OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
      OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
      OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
      OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
      OSSL_PARAM_construct_end(),
  };
  std::string out(out_len, '\0');
  if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), out.size(),
                     settings) != 1) {
    return Error{Errc::crypto, "scrypt failed; the parameters may need more memory than allowed."};
  }
  return out;
}

Result<std::string> hkdf_sha256(std::string_view ikm, std::string_view salt, std::string_view info,
                                size_t out_len) {
  if (out_len < 1 || out_len > 255 * 32)
    return Error{Errc::invalid_argument, "HKDF-SHA256 gives 1 to 8160 bytes."};
  std::unique_ptr<EVP_KDF, KdfFree> kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_HKDF, nullptr));
  if (!kdf) return Error{Errc::crypto, "HKDF is not available."};
  std::unique_ptr<EVP_KDF_CTX, KdfCtxFree> ctx(EVP_KDF_CTX_new(kdf.get()));
  if (!ctx) return Error{Errc::crypto, "HKDF is not available."};
  static char empty = 0;
  auto ptr = [](std::string_view s) { return s.empty() ? &empty : const_cast<char*>(s.data()); };
  char digest[] = "SHA256";
  OSSL_PARAM settings[5];
  size_t n = 0;
  settings[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
  settings[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, ptr(ikm), ikm.size());
  // OpenSSL treats an absent salt as HashLen zeros, as the RFC does; an empty one it refuses.
  if (!salt.empty())
    settings[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, ptr(salt), salt.size());
  settings[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, ptr(info), info.size());
  settings[n] = OSSL_PARAM_construct_end();
  std::string out(out_len, '\0');
  if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), out.size(),
                     settings) != 1) {
    return Error{Errc::crypto, "HKDF-SHA256 failed."};
  }
  return out;
}

}  // namespace relais::crypto

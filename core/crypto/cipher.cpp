#include "core/crypto/cipher.h"

#include <openssl/evp.h>

#include <climits>
#include <memory>

namespace relais::crypto {
namespace {

struct CipherCtxFree {
  void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

const unsigned char* bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}
unsigned char* bytes(std::string& s) {
  return reinterpret_cast<unsigned char*>(s.data());
}

// EVP's update functions take int lengths; nothing we encrypt comes near that.
bool fits_int(size_t n) {
  return n <= static_cast<size_t>(INT_MAX) - 2 * kAesBlockSize;
}

Status check_key_iv(std::string_view key, std::string_view iv, size_t iv_size) {
  if (key.size() != kAesKeySize) return {Errc::invalid_argument, "The AES key is not 32 bytes."};
  if (iv.size() != iv_size) return {Errc::invalid_argument, "The IV or nonce has the wrong size."};
  return ok_status();
}

Error failed() {
  return {Errc::crypto, "The cipher operation failed."};
}

// Runs a whole non-AEAD operation; `corrupt_on_final` maps a failing final step (bad padding) to
// Errc::corrupt instead of Errc::crypto.
Result<std::string> run(const EVP_CIPHER* cipher, bool encrypt, std::string_view key,
                        std::string_view iv, std::string_view in, bool corrupt_on_final) {
  if (!fits_int(in.size())) return Error{Errc::invalid_argument, "The input is too large."};
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  if (!ctx ||
      EVP_CipherInit_ex2(ctx.get(), cipher, bytes(key), bytes(iv), encrypt ? 1 : 0, nullptr) != 1) {
    return failed();
  }
  std::string out(in.size() + kAesBlockSize, '\0');
  int len = 0;
  if (!in.empty() &&
      EVP_CipherUpdate(ctx.get(), bytes(out), &len, bytes(in), static_cast<int>(in.size())) != 1) {
    return failed();
  }
  int final_len = 0;
  if (EVP_CipherFinal_ex(ctx.get(), bytes(out) + len, &final_len) != 1) {
    if (corrupt_on_final)
      return Error{Errc::corrupt, "The ciphertext has a bad length or padding."};
    return failed();
  }
  out.resize(static_cast<size_t>(len) + static_cast<size_t>(final_len));
  return out;
}

}  // namespace

Result<std::string> aes256_gcm_seal(std::string_view key, std::string_view nonce,
                                    std::string_view plaintext, std::string_view aad) {
  RELAIS_TRY(check_key_iv(key, nonce, kGcmNonceSize));
  if (!fits_int(plaintext.size()) || !fits_int(aad.size()))
    return Error{Errc::invalid_argument, "The input is too large."};
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  if (!ctx ||
      EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(key), bytes(nonce), nullptr) != 1) {
    return failed();
  }
  int len = 0;
  if (!aad.empty() &&
      EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), static_cast<int>(aad.size())) != 1) {
    return failed();
  }
  std::string out(plaintext.size() + kGcmTagSize, '\0');
  int ct_len = 0;
  if (!plaintext.empty() && EVP_EncryptUpdate(ctx.get(), bytes(out), &ct_len, bytes(plaintext),
                                              static_cast<int>(plaintext.size())) != 1) {
    return failed();
  }
  int final_len = 0;
  if (EVP_EncryptFinal_ex(ctx.get(), bytes(out) + ct_len, &final_len) != 1) return failed();
  const size_t body = static_cast<size_t>(ct_len) + static_cast<size_t>(final_len);
  if (body != plaintext.size() ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, static_cast<int>(kGcmTagSize),
                          bytes(out) + body) != 1) {
    return failed();
  }
  return out;
}

Result<std::string> aes256_gcm_open(std::string_view key, std::string_view nonce,
                                    std::string_view sealed, std::string_view aad) {
  RELAIS_TRY(check_key_iv(key, nonce, kGcmNonceSize));
  if (sealed.size() < kGcmTagSize) return Error{Errc::corrupt, "The sealed data is too short."};
  if (!fits_int(sealed.size()) || !fits_int(aad.size()))
    return Error{Errc::invalid_argument, "The input is too large."};
  const std::string_view body = sealed.substr(0, sealed.size() - kGcmTagSize);
  // EVP_CTRL_AEAD_SET_TAG takes a non-const pointer; give it a copy rather than cast away const.
  std::string tag(sealed.substr(body.size()));
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  if (!ctx ||
      EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(key), bytes(nonce), nullptr) != 1) {
    return failed();
  }
  int len = 0;
  if (!aad.empty() &&
      EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), static_cast<int>(aad.size())) != 1) {
    return failed();
  }
  std::string out(body.size(), '\0');
  int pt_len = 0;
  if (!body.empty() && EVP_DecryptUpdate(ctx.get(), bytes(out), &pt_len, bytes(body),
                                         static_cast<int>(body.size())) != 1) {
    return failed();
  }
  if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, static_cast<int>(kGcmTagSize),
                          tag.data()) != 1) {
    return failed();
  }
  int final_len = 0;
  if (EVP_DecryptFinal_ex(ctx.get(), bytes(out) + pt_len, &final_len) != 1) {
    return Error{Errc::corrupt, "The sealed data does not authenticate."};
  }
  out.resize(static_cast<size_t>(pt_len) + static_cast<size_t>(final_len));
  return out;
}

Result<std::string> aes256_cbc_encrypt(std::string_view key, std::string_view iv,
                                       std::string_view plaintext) {
  RELAIS_TRY(check_key_iv(key, iv, kAesBlockSize));
  return run(EVP_aes_256_cbc(), true, key, iv, plaintext, false);
}

Result<std::string> aes256_cbc_decrypt(std::string_view key, std::string_view iv,
                                       std::string_view ciphertext) {
  RELAIS_TRY(check_key_iv(key, iv, kAesBlockSize));
  if (ciphertext.empty() || ciphertext.size() % kAesBlockSize != 0) {
    return Error{Errc::corrupt, "The ciphertext has a bad length or padding."};
  }
  return run(EVP_aes_256_cbc(), false, key, iv, ciphertext, true);
}

Result<std::string> aes256_ctr(std::string_view key, std::string_view iv, std::string_view data) {
  RELAIS_TRY(check_key_iv(key, iv, kAesBlockSize));
  return run(EVP_aes_256_ctr(), true, key, iv, data, false);
}

}  // namespace relais::crypto

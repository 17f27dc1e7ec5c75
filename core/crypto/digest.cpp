#include "core/crypto/digest.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstdlib>

namespace relais::crypto {
namespace {

std::string digest(const EVP_MD* md, std::string_view data) {
  std::string out(static_cast<size_t>(EVP_MD_get_size(md)), '\0');
  unsigned int len = 0;
  // One-shot EVP_Digest only fails on allocation failure, which we treat like RAND failure.
  if (EVP_Digest(data.data(), data.size(), reinterpret_cast<unsigned char*>(out.data()), &len, md,
                 nullptr) != 1 ||
      len != out.size()) {
    std::abort();
  }
  return out;
}

}  // namespace

std::string sha256(std::string_view data) {
  return digest(EVP_sha256(), data);
}

std::string sha512(std::string_view data) {
  return digest(EVP_sha512(), data);
}

std::string hmac_sha256(std::string_view key, std::string_view data) {
  std::string out(kSha256Size, '\0');
  size_t len = 0;
  // EVP_Q_mac is OpenSSL 3's non-deprecated one-shot MAC. A null key pointer is refused, so an
  // empty key is passed as a pointer to a zero-length buffer.
  static const unsigned char kEmpty = 0;
  const void* key_ptr = key.empty() ? static_cast<const void*>(&kEmpty) : key.data();
  const unsigned char* data_ptr =
      data.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(data.data());
  if (EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key_ptr, key.size(), data_ptr,
                data.size(), reinterpret_cast<unsigned char*>(out.data()), out.size(),
                &len) == nullptr ||
      len != kSha256Size) {
    std::abort();
  }
  return out;
}

int leading_zero_bits(std::string_view digest) {
  int bits = 0;
  for (char c : digest) {
    const auto b = static_cast<unsigned char>(c);
    if (b == 0) {
      bits += 8;
      continue;
    }
    for (int i = 7; i >= 0 && !(b & (1u << i)); --i) ++bits;
    break;
  }
  return bits;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace relais::crypto

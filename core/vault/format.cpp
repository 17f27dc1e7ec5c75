#include "core/vault/format.h"

#include <string.h>

#include "core/crypto/cipher.h"
#include "core/crypto/digest.h"
#include "core/crypto/random.h"

namespace relais::vault {
namespace {

constexpr std::string_view kKeyCheckLabel = "relais vault key check v1";

constexpr size_t kVersionOffset = 8;
constexpr size_t kSaltOffset = kVersionOffset + 4 * 4;
constexpr size_t kNonceOffset = kSaltOffset + kSaltBytes;
constexpr size_t kKeyCheckOffset = kNonceOffset + kNonceBytes;
static_assert(kKeyCheckOffset + kKeyCheckBytes == kHeaderBytes);

void put_u32(std::string& out, uint32_t v) {
  out.push_back(static_cast<char>(v >> 24));
  out.push_back(static_cast<char>(v >> 16));
  out.push_back(static_cast<char>(v >> 8));
  out.push_back(static_cast<char>(v));
}

uint32_t get_u32(std::string_view in, size_t offset) {
  uint32_t v = 0;
  for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(in[offset + i]);
  return v;
}

bool params_in_bounds(const crypto::ScryptParams& p) {
  if (p.log2_n < kMinLog2N || p.log2_n > kMaxLog2N) return false;
  if (p.r < 1 || p.r > kMaxR || p.p < 1 || p.p > kMaxP) return false;
  return uint64_t{128} * p.r * (uint64_t{1} << p.log2_n) * p.p <= kMaxScryptCost;
}

std::string key_check(const VaultKeys& keys) {
  return crypto::hmac_sha256(keys.check_key, kKeyCheckLabel);
}

Error damaged() {
  return Error{Errc::corrupt, "The vault file is damaged."};
}

}  // namespace

void wipe(std::string& secret) {
  // explicit_bzero is not optimised away, unlike a memset before free.
  if (!secret.empty()) explicit_bzero(secret.data(), secret.size());
  secret.clear();
}

VaultKeys& VaultKeys::operator=(VaultKeys&& other) noexcept {
  if (this != &other) {
    wipe(encryption_key);
    wipe(check_key);
    encryption_key = std::move(other.encryption_key);
    check_key = std::move(other.check_key);
  }
  return *this;
}

VaultKeys::~VaultKeys() {
  wipe(encryption_key);
  wipe(check_key);
}

Status check_params(const crypto::ScryptParams& params) {
  if (!params_in_bounds(params)) {
    return Error{Errc::invalid_argument, "The scrypt parameters for the vault are out of bounds."};
  }
  return ok_status();
}

Result<VaultHeader> parse_header(std::string_view file) {
  if (file.size() < kMinFileBytes) {
    return Error{Errc::corrupt, "The vault file is truncated."};
  }
  if (file.size() > kMaxFileBytes) {
    return Error{Errc::corrupt, "The vault file is too large to be a vault."};
  }
  if (file.substr(0, kMagic.size()) != kMagic) {
    return Error{Errc::corrupt, "The file is not a Relais vault."};
  }
  VaultHeader header;
  header.version = get_u32(file, kVersionOffset);
  if (header.version != kVersion) {
    return Error{Errc::corrupt, "The vault file has an unknown version."};
  }
  header.params.log2_n = get_u32(file, kVersionOffset + 4);
  header.params.r = get_u32(file, kVersionOffset + 8);
  header.params.p = get_u32(file, kVersionOffset + 12);
  if (!params_in_bounds(header.params)) {
    return Error{Errc::corrupt, "The vault file asks for out-of-bounds scrypt parameters."};
  }
  header.salt = std::string(file.substr(kSaltOffset, kSaltBytes));
  header.nonce = std::string(file.substr(kNonceOffset, kNonceBytes));
  header.key_check = std::string(file.substr(kKeyCheckOffset, kKeyCheckBytes));
  return header;
}

Status check_digest(std::string_view file) {
  if (file.size() < kDigestBytes) return damaged();
  const std::string_view covered = file.substr(0, file.size() - kDigestBytes);
  const std::string_view digest = file.substr(file.size() - kDigestBytes);
  if (!crypto::constant_time_equal(crypto::sha256(covered), digest)) return damaged();
  return ok_status();
}

Result<VaultKeys> derive_keys(std::string_view passphrase, std::string_view salt,
                              const crypto::ScryptParams& params) {
  RELAIS_TRY(check_params(params));
  if (salt.size() != kSaltBytes) {
    return Error{Errc::invalid_argument, "The vault salt has the wrong size."};
  }
  RELAIS_TRY_ASSIGN(std::string both, crypto::scrypt(passphrase, salt, params, 64));
  VaultKeys keys;
  keys.encryption_key = both.substr(0, 32);
  keys.check_key = both.substr(32, 32);
  wipe(both);
  return keys;
}

Result<std::string> seal_file(const VaultKeys& keys, const crypto::ScryptParams& params,
                              std::string_view salt, std::string_view contents) {
  RELAIS_TRY(check_params(params));
  if (salt.size() != kSaltBytes) {
    return Error{Errc::invalid_argument, "The vault salt has the wrong size."};
  }
  if (contents.size() > kMaxFileBytes - kMinFileBytes) {
    return Error{Errc::invalid_argument, "The state is too large for the vault."};
  }
  std::string file;
  file.reserve(kMinFileBytes + contents.size());
  file.append(kMagic);
  put_u32(file, kVersion);
  put_u32(file, params.log2_n);
  put_u32(file, params.r);
  put_u32(file, params.p);
  file.append(salt);
  const std::string nonce = crypto::random_bytes(kNonceBytes);
  file.append(nonce);
  file.append(key_check(keys));
  RELAIS_TRY_ASSIGN(std::string sealed,
                    crypto::aes256_gcm_seal(keys.encryption_key, nonce, contents, file));
  file.append(sealed);
  file.append(crypto::sha256(file));
  return file;
}

Result<std::string> open_file(std::string_view file, const VaultHeader& header,
                              const VaultKeys& keys) {
  if (file.size() < kMinFileBytes) return damaged();
  if (!crypto::constant_time_equal(key_check(keys), header.key_check)) {
    return Error{Errc::wrong_passphrase, "wrong passphrase"};
  }
  const std::string_view aad = file.substr(0, kHeaderBytes);
  const std::string_view sealed =
      file.substr(kHeaderBytes, file.size() - kHeaderBytes - kDigestBytes);
  auto contents = crypto::aes256_gcm_open(keys.encryption_key, header.nonce, sealed, aad);
  // The digest matched and the passphrase is right, so the body was altered on purpose.
  if (!contents.ok()) return Error{Errc::corrupt, "The vault file does not authenticate."};
  return contents;
}

Result<std::string> decrypt_file(std::string_view file, std::string_view passphrase) {
  RELAIS_TRY_ASSIGN(VaultHeader header, parse_header(file));
  RELAIS_TRY(check_digest(file));
  RELAIS_TRY_ASSIGN(VaultKeys keys, derive_keys(passphrase, header.salt, header.params));
  return open_file(file, header, keys);
}

}  // namespace relais::vault

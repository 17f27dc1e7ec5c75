// The vault file's bytes: a header, the AES-256-GCM sealed contents, and a SHA-256 of both.
//
//   offset size
//        0    8  magic "RLVAULT1"
//        8    4  version (big-endian, 1)
//       12    4  scrypt log2_n                         (big-endian)
//       16    4  scrypt r                              (big-endian)
//       20    4  scrypt p                              (big-endian)
//       24   16  salt
//       40   12  nonce, fresh on every save
//       52   32  key check: HMAC-SHA256(check key, "relais vault key check v1")
//       84    n  AES-256-GCM(encryption key, nonce, contents, aad = bytes 0..84) || 16-byte tag
//   84 + n   32  SHA-256 of every byte before it
//
// scrypt(passphrase, salt) gives 64 bytes: the first 32 are the encryption key, the last 32 the
// check key. The trailing digest tells a damaged file (Errc::corrupt) apart from a wrong
// passphrase (the key check fails: Errc::wrong_passphrase) without running scrypt at all.
// These functions are pure (no files) so that they can be tested and fuzzed alone.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/base/result.h"
#include "core/crypto/kdf.h"

namespace relais::vault {

inline constexpr std::string_view kMagic = "RLVAULT1";
inline constexpr uint32_t kVersion = 1;
inline constexpr size_t kSaltBytes = 16;
inline constexpr size_t kNonceBytes = 12;
inline constexpr size_t kKeyCheckBytes = 32;
inline constexpr size_t kTagBytes = 16;
inline constexpr size_t kDigestBytes = 32;
inline constexpr size_t kHeaderBytes = 8 + 4 * 4 + kSaltBytes + kNonceBytes + kKeyCheckBytes;
inline constexpr size_t kMinFileBytes = kHeaderBytes + kTagBytes + kDigestBytes;
// The engine's whole state fits far below this; a larger file is not one of ours.
inline constexpr size_t kMaxFileBytes = size_t{256} << 20;

// Bounds on scrypt parameters, for a new vault and for a file read from disk alike, so that a
// planted file cannot make opening it take gigabytes or minutes. The cost 128 * r * N * p is
// the memory one derivation needs with p = 1 and grows with its time otherwise; the default
// (log2_n 15, r 8, p 1) costs 32 MiB.
inline constexpr uint32_t kMinLog2N = 10;
inline constexpr uint32_t kMaxLog2N = 20;
inline constexpr uint32_t kMaxR = 32;
inline constexpr uint32_t kMaxP = 16;
inline constexpr uint64_t kMaxScryptCost = uint64_t{512} << 20;

struct VaultHeader {
  uint32_t version = kVersion;
  crypto::ScryptParams params;
  std::string salt;       // kSaltBytes
  std::string nonce;      // kNonceBytes
  std::string key_check;  // kKeyCheckBytes
};

// The two keys scrypt gives for one passphrase and salt. Wiped when destroyed.
struct VaultKeys {
  std::string encryption_key;  // AES-256-GCM key
  std::string check_key;       // only proves the passphrase; never encrypts

  VaultKeys() = default;
  VaultKeys(VaultKeys&&) noexcept = default;
  VaultKeys& operator=(VaultKeys&&) noexcept;
  VaultKeys(const VaultKeys&) = delete;
  VaultKeys& operator=(const VaultKeys&) = delete;
  ~VaultKeys();
};

// Overwrites a string's bytes before releasing it (keys, decrypted contents).
void wipe(std::string& secret);

// Errc::invalid_argument when the parameters are outside the bounds above.
Status check_params(const crypto::ScryptParams& params);

// Reads the header of a whole vault file. Errc::corrupt when the file is too short or too long,
// the magic or version is wrong, or the scrypt parameters are out of bounds. Does not check
// the digest or decrypt anything.
Result<VaultHeader> parse_header(std::string_view file);

// Errc::corrupt unless the file's trailing SHA-256 matches the bytes before it.
Status check_digest(std::string_view file);

// Runs scrypt: the slow step, 32 MiB with the default parameters.
Result<VaultKeys> derive_keys(std::string_view passphrase, std::string_view salt,
                              const crypto::ScryptParams& params);

// The whole file for `contents`, sealed under `keys` with a fresh nonce.
Result<std::string> seal_file(const VaultKeys& keys, const crypto::ScryptParams& params,
                              std::string_view salt, std::string_view contents);

// The contents of a file whose header is `header` (from parse_header), after check_digest.
// Errc::wrong_passphrase when the key check fails, Errc::corrupt when the body does not
// authenticate.
Result<std::string> open_file(std::string_view file, const VaultHeader& header,
                              const VaultKeys& keys);

// All of the above in order: parse, check the digest, derive, open.
Result<std::string> decrypt_file(std::string_view file, std::string_view passphrase);

}  // namespace relais::vault

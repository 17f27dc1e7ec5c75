// Fuzzes the vault file decoder: the header parser and digest check on the raw input, then the
// key check and AES-GCM open on the input with its digest repaired (a mutation almost never
// keeps a SHA-256 right, and without the repair the fuzzer would never get past it).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "core/crypto/digest.h"
#include "core/vault/format.h"
#include "tests/fuzz/fuzz_passphrase.h"

namespace {

using namespace relais;
using namespace relais::vault;

bool same_params(const crypto::ScryptParams& a, const crypto::ScryptParams& b) {
  return a.log2_n == b.log2_n && a.r == b.r && a.p == b.p;
}

// scrypt dominates a run; most inputs keep the salt of the seed they came from.
const VaultKeys* keys_for(const VaultHeader& header) {
  static std::string cached_salt;
  static std::optional<VaultKeys> cached;
  if (!cached || cached_salt != header.salt) {
    auto keys = derive_keys(fuzz::kVaultPassphrase, header.salt, header.params);
    if (!keys.ok()) std::abort();  // the salt size and parameters were checked by parse_header
    cached = std::move(keys).value();
    cached_salt = header.salt;
  }
  return &*cached;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view file(reinterpret_cast<const char*>(data), size);
  auto header = parse_header(file);
  const Status digest = check_digest(file);
  if (!header.ok()) {
    if (header.error().code != Errc::corrupt) std::abort();
    return 0;
  }
  if (header->salt.size() != kSaltBytes || header->nonce.size() != kNonceBytes ||
      header->key_check.size() != kKeyCheckBytes || !check_params(header->params).ok()) {
    std::abort();
  }
  // Larger parameters are valid but would make each run slow; they add no decoding paths.
  if (!same_params(header->params, fuzz::kVaultParams)) return 0;

  std::string repaired(file.substr(0, file.size() - kDigestBytes));
  repaired += crypto::sha256(repaired);
  if (!check_digest(repaired).ok()) std::abort();
  if (digest.ok() && repaired != file) std::abort();

  const VaultKeys& keys = *keys_for(*header);
  auto contents = open_file(repaired, *header, keys);
  if (!contents.ok()) {
    const Errc code = contents.error().code;
    if (code != Errc::corrupt && code != Errc::wrong_passphrase) std::abort();
    return 0;
  }
  // Whatever opens must seal again and open to the same contents.
  auto resealed = seal_file(keys, header->params, header->salt, *contents);
  if (!resealed.ok()) std::abort();
  auto reopened = decrypt_file(*resealed, fuzz::kVaultPassphrase);
  if (!reopened.ok() || *reopened != *contents) std::abort();
  return 0;
}

// The client's whole state, encrypted at rest under a passphrase, in one file of a profile
// folder (the CLI's --home): `relais.vault`, its format in core/vault/format.h and docs/vault.md.
//
// A Vault holds the keys derived from the passphrase, so that saving does not run scrypt
// again, and an exclusive lock on `relais.vault.lock` for as long as it lives, so that two
// programs never write the same profile. Saves are atomic: a crash leaves the old file or the
// new one, never a mix.
#pragma once

#include <string>
#include <string_view>

#include "core/base/result.h"
#include "core/crypto/kdf.h"
#include "core/vault/format.h"

namespace relais::vault {

inline constexpr std::string_view kVaultFileName = "relais.vault";
inline constexpr std::string_view kLockFileName = "relais.vault.lock";
inline constexpr std::string_view kTempFileName = "relais.vault.tmp";

// An exclusive flock(2) on a file, released when the object goes.
class ProfileLock {
 public:
  // Errc::permission ("this profile is open in another program") when another holder has it,
  // Errc::io when the lock file cannot be opened.
  static Result<ProfileLock> acquire(const std::string& path);

  ProfileLock(ProfileLock&& other) noexcept;
  ProfileLock& operator=(ProfileLock&& other) noexcept;
  ProfileLock(const ProfileLock&) = delete;
  ProfileLock& operator=(const ProfileLock&) = delete;
  ~ProfileLock();

 private:
  explicit ProfileLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

class Vault {
 public:
  // Creates the folder if needed (mode 0700) and a new vault holding `contents`, in one atomic
  // write: a crash leaves no vault or this one, never an empty one.
  // Errc::already_exists if the folder already holds a vault, Errc::invalid_argument for an
  // empty passphrase or out-of-bounds parameters, Errc::permission if the profile is locked.
  static Result<Vault> create(const std::string& dir, std::string_view passphrase,
                              crypto::ScryptParams params = {}, std::string contents = {});
  // Errc::not_found without a vault, Errc::wrong_passphrase, Errc::corrupt for a damaged or
  // truncated file, Errc::permission if the profile is locked, Errc::io.
  static Result<Vault> open(const std::string& dir, std::string_view passphrase);
  static bool exists(const std::string& dir);

  Vault(Vault&&) noexcept = default;
  Vault& operator=(Vault&&) noexcept;
  Vault(const Vault&) = delete;
  Vault& operator=(const Vault&) = delete;
  ~Vault();

  // The opaque state last saved (or opened).
  const std::string& contents() const { return contents_; }
  // Encrypts `contents` with a fresh nonce and replaces the file atomically; the vault keeps
  // its old contents if this fails.
  Status save(std::string contents);
  // Re-encrypts under a new passphrase (new salt, same scrypt parameters).
  Status change_passphrase(std::string_view new_passphrase);

  const crypto::ScryptParams& params() const { return params_; }
  const std::string& path() const { return path_; }

 private:
  Vault(std::string dir, ProfileLock lock, crypto::ScryptParams params, std::string salt,
        VaultKeys keys, std::string contents);
  Status write(const VaultKeys& keys, std::string_view salt, std::string_view contents);

  std::string dir_;
  std::string path_;
  ProfileLock lock_;
  crypto::ScryptParams params_;
  std::string salt_;
  VaultKeys keys_;
  std::string contents_;
};

}  // namespace relais::vault

#include "core/vault/vault.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <system_error>
#include <utility>

#include "core/crypto/random.h"

namespace relais::vault {
namespace {

std::string join(const std::string& dir, std::string_view name) {
  return (std::filesystem::path(dir) / name).string();
}

Error io_error(std::string_view what) {
  return Error{Errc::io, std::string(what)};
}

// Closes a descriptor when it goes out of scope.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }
  // Closes now and reports the error, which for a written file may be the write's own.
  bool close() {
    const int fd = std::exchange(fd_, -1);
    return ::close(fd) == 0;
  }

 private:
  int fd_;
};

Result<std::string> read_whole(const std::string& path) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    if (errno == ENOENT) return Error{Errc::not_found, "There is no vault in this profile."};
    return io_error("The vault file cannot be opened.");
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) return io_error("The vault file cannot be read.");
  if (st.st_size > static_cast<off_t>(kMaxFileBytes)) {
    return Error{Errc::corrupt, "The vault file is too large to be a vault."};
  }
  std::string data;
  data.reserve(static_cast<size_t>(st.st_size));
  char buffer[64 * 1024];
  for (;;) {
    const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      wipe(data);
      return io_error("The vault file cannot be read.");
    }
    if (n == 0) break;
    // The file may have grown since fstat; parse_header reports an oversize one.
    if (data.size() + static_cast<size_t>(n) > kMaxFileBytes + 1) {
      data.append(buffer, kMaxFileBytes + 1 - data.size());
      break;
    }
    data.append(buffer, static_cast<size_t>(n));
  }
  return data;
}

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

bool fsync_dir(const std::string& dir) {
  Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  return fd.get() >= 0 && ::fsync(fd.get()) == 0;
}

// Writes `data` to `path` so that a crash leaves either the old file or the new one: a
// temporary file in the same folder, synced, renamed over the old one, then the folder synced
// so that the rename itself is durable.
Status replace_file(const std::string& dir, const std::string& path, std::string_view data) {
  const std::string temp = join(dir, kTempFileName);
  Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
  if (fd.get() < 0) return io_error("The vault file cannot be written.");
  const bool written = write_all(fd.get(), data) && ::fsync(fd.get()) == 0;
  if (!fd.close() || !written) {
    ::unlink(temp.c_str());
    return io_error("The vault file cannot be written.");
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    ::unlink(temp.c_str());
    return io_error("The vault file cannot be replaced.");
  }
  if (!fsync_dir(dir)) return io_error("The profile folder cannot be synced.");
  return ok_status();
}

}  // namespace

Result<ProfileLock> ProfileLock::acquire(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return io_error("The profile's lock file cannot be opened.");
  ProfileLock lock(fd);
  // flock locks belong to the open file description, so a second open of the same profile
  // is refused even within one process.
  int rc;
  do {
    rc = ::flock(fd, LOCK_EX | LOCK_NB);
  } while (rc != 0 && errno == EINTR);
  if (rc != 0) {
    if (errno == EWOULDBLOCK) {
      return Error{Errc::permission, "this profile is open in another program"};
    }
    return io_error("The profile cannot be locked.");
  }
  return lock;
}

ProfileLock::ProfileLock(ProfileLock&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}

ProfileLock& ProfileLock::operator=(ProfileLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

// Closing the descriptor releases the lock. The lock file stays: removing it would let two
// programs lock two different files of the same name.
ProfileLock::~ProfileLock() {
  if (fd_ >= 0) ::close(fd_);
}

Vault::Vault(std::string dir, ProfileLock lock, crypto::ScryptParams params, std::string salt,
             VaultKeys keys, std::string contents)
    : dir_(std::move(dir)),
      path_(join(dir_, kVaultFileName)),
      lock_(std::move(lock)),
      params_(params),
      salt_(std::move(salt)),
      keys_(std::move(keys)),
      contents_(std::move(contents)) {}

Vault& Vault::operator=(Vault&& other) noexcept {
  if (this != &other) {
    wipe(contents_);
    dir_ = std::move(other.dir_);
    path_ = std::move(other.path_);
    lock_ = std::move(other.lock_);
    params_ = other.params_;
    salt_ = std::move(other.salt_);
    keys_ = std::move(other.keys_);
    contents_ = std::move(other.contents_);
  }
  return *this;
}

Vault::~Vault() {
  wipe(contents_);
}

bool Vault::exists(const std::string& dir) {
  std::error_code ec;
  return std::filesystem::is_regular_file(join(dir, kVaultFileName), ec);
}

Result<Vault> Vault::create(const std::string& dir, std::string_view passphrase,
                            crypto::ScryptParams params, std::string contents) {
  if (passphrase.empty()) {
    return Error{Errc::invalid_argument, "The passphrase must not be empty."};
  }
  RELAIS_TRY(check_params(params));
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    std::filesystem::create_directories(dir, ec);
    if (ec) return io_error("The profile folder cannot be created.");
    // Only the owner may list the profile (umask may have been wider).
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::replace, ec);
  }
  RELAIS_TRY_ASSIGN(ProfileLock lock, ProfileLock::acquire(join(dir, kLockFileName)));
  if (exists(dir)) return Error{Errc::already_exists, "This profile already has a vault."};

  std::string salt = crypto::random_bytes(kSaltBytes);
  RELAIS_TRY_ASSIGN(VaultKeys keys, derive_keys(passphrase, salt, params));
  Vault vault(dir, std::move(lock), params, std::move(salt), std::move(keys), std::move(contents));
  RELAIS_TRY(vault.write(vault.keys_, vault.salt_, vault.contents_));
  return vault;
}

Result<Vault> Vault::open(const std::string& dir, std::string_view passphrase) {
  if (!exists(dir)) return Error{Errc::not_found, "There is no vault in this profile."};
  RELAIS_TRY_ASSIGN(ProfileLock lock, ProfileLock::acquire(join(dir, kLockFileName)));
  RELAIS_TRY_ASSIGN(std::string file, read_whole(join(dir, kVaultFileName)));
  RELAIS_TRY_ASSIGN(VaultHeader header, parse_header(file));
  // Cheap checks first: a damaged file is reported as such, without running scrypt.
  RELAIS_TRY(check_digest(file));
  RELAIS_TRY_ASSIGN(VaultKeys keys, derive_keys(passphrase, header.salt, header.params));
  RELAIS_TRY_ASSIGN(std::string contents, open_file(file, header, keys));
  return Vault(dir, std::move(lock), header.params, std::move(header.salt), std::move(keys),
               std::move(contents));
}

Status Vault::save(std::string contents) {
  RELAIS_TRY(write(keys_, salt_, contents));
  wipe(contents_);
  contents_ = std::move(contents);
  return ok_status();
}

Status Vault::change_passphrase(std::string_view new_passphrase) {
  if (new_passphrase.empty()) {
    return Error{Errc::invalid_argument, "The passphrase must not be empty."};
  }
  std::string salt = crypto::random_bytes(kSaltBytes);
  RELAIS_TRY_ASSIGN(VaultKeys keys, derive_keys(new_passphrase, salt, params_));
  RELAIS_TRY(write(keys, salt, contents_));
  salt_ = std::move(salt);
  keys_ = std::move(keys);
  return ok_status();
}

Status Vault::write(const VaultKeys& keys, std::string_view salt, std::string_view contents) {
  RELAIS_TRY_ASSIGN(std::string file, seal_file(keys, params_, salt, contents));
  return replace_file(dir_, path_, file);
}

}  // namespace relais::vault

#include "core/vault/vault.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "tests/support/temp_dir.h"

namespace relais::vault {
namespace {

namespace fs = std::filesystem;

constexpr crypto::ScryptParams kSmall{10, 8, 1};
constexpr std::string_view kPassphrase = "a long passphrase for tests";

std::string read_bytes(const fs::path& path) {
  std::string data(fs::file_size(path), '\0');
  std::ifstream in(path, std::ios::binary);
  in.read(data.data(), static_cast<std::streamsize>(data.size()));
  return data;
}

void write_bytes(const fs::path& path, std::string_view data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

std::set<std::string> listing(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename());
  return names;
}

class VaultTest : public ::testing::Test {
 protected:
  // A profile folder that does not exist yet, inside the temporary folder.
  std::string home() const { return (tmp_ / "home").string(); }
  fs::path vault_file() const { return tmp_ / "home" / "relais.vault"; }

  // Creates a vault holding `contents` and closes it (releasing the lock).
  void make_vault(std::string contents) {
    auto vault = Vault::create(home(), kPassphrase, kSmall);
    ASSERT_TRUE(vault.ok()) << vault.error().message;
    ASSERT_TRUE(vault->save(std::move(contents)).ok());
  }

  testing::TempDir tmp_{"relais-vault"};
};

TEST_F(VaultTest, CreateThenOpen) {
  EXPECT_FALSE(Vault::exists(home()));
  {
    auto vault = Vault::create(home(), kPassphrase, kSmall);
    ASSERT_TRUE(vault.ok()) << vault.error().message;
    EXPECT_EQ(vault->contents(), "");
    EXPECT_EQ(vault->params().log2_n, 10u);
    EXPECT_EQ(vault->path(), vault_file().string());
  }
  EXPECT_TRUE(Vault::exists(home()));
  auto opened = Vault::open(home(), kPassphrase);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  EXPECT_EQ(opened->contents(), "");
  EXPECT_EQ(opened->params().log2_n, kSmall.log2_n);
  EXPECT_EQ(opened->params().r, kSmall.r);
  EXPECT_EQ(opened->params().p, kSmall.p);
}

// A registration creates its vault with the account already in it: no empty vault on disk.
TEST_F(VaultTest, CreateWithContentsWritesThemAtOnce) {
  {
    auto vault = Vault::create(home(), kPassphrase, kSmall, "the first state");
    ASSERT_TRUE(vault.ok()) << vault.error().message;
    EXPECT_EQ(vault->contents(), "the first state");
    EXPECT_EQ(listing(tmp_ / "home"), (std::set<std::string>{"relais.vault", "relais.vault.lock"}));
  }
  // Never over an existing vault, whatever the new one would hold.
  auto again = Vault::create(home(), kPassphrase, kSmall, "another state");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, Errc::already_exists);
  auto opened = Vault::open(home(), kPassphrase);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  EXPECT_EQ(opened->contents(), "the first state");
}

TEST_F(VaultTest, SaveThenReopenSeesNewContents) {
  {
    auto vault = Vault::create(home(), kPassphrase, kSmall);
    ASSERT_TRUE(vault.ok());
    ASSERT_TRUE(vault->save("first").ok());
    ASSERT_TRUE(vault->save("second").ok());
    EXPECT_EQ(vault->contents(), "second");
  }
  {
    auto vault = Vault::open(home(), kPassphrase);
    ASSERT_TRUE(vault.ok()) << vault.error().message;
    EXPECT_EQ(vault->contents(), "second");
    // A save after open reuses the opened keys and salt.
    ASSERT_TRUE(vault->save(std::string(100000, 'z')).ok());
  }
  auto vault = Vault::open(home(), kPassphrase);
  ASSERT_TRUE(vault.ok()) << vault.error().message;
  EXPECT_EQ(vault->contents(), std::string(100000, 'z'));
}

TEST_F(VaultTest, WrongPassphrase) {
  make_vault("state");
  auto vault = Vault::open(home(), "a long passphrase for test");
  ASSERT_FALSE(vault.ok());
  EXPECT_EQ(vault.error().code, Errc::wrong_passphrase);
  EXPECT_EQ(vault.error().message, "wrong passphrase");
  // The failed attempt released the lock.
  EXPECT_TRUE(Vault::open(home(), kPassphrase).ok());
}

TEST_F(VaultTest, CorruptByteAnywhereIsAnErrorNotACrash) {
  make_vault("small");
  const std::string good = read_bytes(vault_file());
  ASSERT_GT(good.size(), kMinFileBytes);
  for (size_t i = 0; i < good.size(); ++i) {
    std::string bad = good;
    bad[i] = static_cast<char>(~static_cast<unsigned char>(bad[i]));
    write_bytes(vault_file(), bad);
    auto vault = Vault::open(home(), kPassphrase);
    ASSERT_FALSE(vault.ok()) << "byte " << i;
    EXPECT_EQ(vault.error().code, Errc::corrupt) << "byte " << i;
  }
  write_bytes(vault_file(), good);
  EXPECT_EQ(Vault::open(home(), kPassphrase)->contents(), "small");
}

TEST_F(VaultTest, TruncatedFile) {
  make_vault("some state to cut");
  const std::string good = read_bytes(vault_file());
  for (size_t len : {size_t{0}, size_t{1}, size_t{8}, kHeaderBytes, kMinFileBytes - 1,
                     good.size() - kDigestBytes, good.size() - 1}) {
    write_bytes(vault_file(), std::string_view(good).substr(0, len));
    auto vault = Vault::open(home(), kPassphrase);
    ASSERT_FALSE(vault.ok()) << "length " << len;
    EXPECT_EQ(vault.error().code, Errc::corrupt) << "length " << len;
  }
}

TEST_F(VaultTest, NotAVault) {
  fs::create_directories(home());
  write_bytes(vault_file(), "{\"this\": \"is json\"}\n");
  EXPECT_EQ(Vault::open(home(), kPassphrase).error().code, Errc::corrupt);
}

TEST_F(VaultTest, OversizeFileIsRefusedWithoutReadingIt) {
  make_vault("state");
  // A sparse file: instant to make, and opening it must not read 300 MiB of zeros.
  fs::resize_file(vault_file(), uintmax_t{300} << 20);
  auto vault = Vault::open(home(), kPassphrase);
  ASSERT_FALSE(vault.ok());
  EXPECT_EQ(vault.error().code, Errc::corrupt);
}

TEST_F(VaultTest, LockHeldByAnotherOpen) {
  make_vault("state");
  {
    auto first = Vault::open(home(), kPassphrase);
    ASSERT_TRUE(first.ok());
    auto second = Vault::open(home(), kPassphrase);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, Errc::permission);
    EXPECT_EQ(second.error().message, "this profile is open in another program");
    EXPECT_EQ(Vault::create(home(), kPassphrase, kSmall).error().code, Errc::permission);
    // The first holder is unaffected.
    EXPECT_TRUE(first->save("still mine").ok());
  }
  auto again = Vault::open(home(), kPassphrase);
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->contents(), "still mine");
}

TEST_F(VaultTest, LockHeldByAnotherProcess) {
  make_vault("state");
  auto mine = Vault::open(home(), kPassphrase);
  ASSERT_TRUE(mine.ok());
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto theirs = Vault::open(home(), kPassphrase);
    _exit(!theirs.ok() && theirs.error().code == Errc::permission ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "the other process was not refused";
}

TEST_F(VaultTest, ChangePassphrase) {
  make_vault("kept across the change");
  const std::string before = read_bytes(vault_file());
  {
    auto vault = Vault::open(home(), kPassphrase);
    ASSERT_TRUE(vault.ok());
    ASSERT_TRUE(vault->change_passphrase("the new passphrase").ok());
    EXPECT_EQ(vault->contents(), "kept across the change");
    // Later saves use the new key.
    ASSERT_TRUE(vault->save("after the change").ok());
    EXPECT_EQ(vault->change_passphrase("").error().code, Errc::invalid_argument);
  }
  const std::string after = read_bytes(vault_file());
  EXPECT_NE(before.substr(24, kSaltBytes), after.substr(24, kSaltBytes)) << "salt not renewed";
  EXPECT_EQ(Vault::open(home(), kPassphrase).error().code, Errc::wrong_passphrase);
  auto vault = Vault::open(home(), "the new passphrase");
  ASSERT_TRUE(vault.ok()) << vault.error().message;
  EXPECT_EQ(vault->contents(), "after the change");
}

TEST_F(VaultTest, FileHoldsNoPlaintext) {
  const std::string marker = "PLAINTEXT-MARKER-7f3a9c";
  make_vault("{\"name\":\"" + marker + "\",\"history\":\"" + std::string(5000, 'a') + "\"}");
  for (const auto& entry : fs::directory_iterator(home())) {
    const std::string raw = read_bytes(entry.path());
    EXPECT_EQ(raw.find(marker), std::string::npos) << entry.path();
    EXPECT_EQ(raw.find(kPassphrase), std::string::npos) << entry.path();
    EXPECT_EQ(raw.find("aaaaaaaaaaaaaaaa"), std::string::npos) << entry.path();
  }
  EXPECT_NE(Vault::open(home(), kPassphrase)->contents().find(marker), std::string::npos);
}

TEST_F(VaultTest, AtomicSaveLeavesNoTempFiles) {
  auto vault = Vault::create(home(), kPassphrase, kSmall);
  ASSERT_TRUE(vault.ok());
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(vault->save("save " + std::to_string(i)).ok());
  ASSERT_TRUE(vault->change_passphrase("another one").ok());
  EXPECT_EQ(listing(home()), (std::set<std::string>{"relais.vault", "relais.vault.lock"}));
}

TEST_F(VaultTest, FailedSaveKeepsTheOldFileAndContents) {
  const fs::path blocker = fs::path(home()) / "relais.vault.tmp";
  {
    auto vault = Vault::create(home(), kPassphrase, kSmall);
    ASSERT_TRUE(vault.ok());
    ASSERT_TRUE(vault->save("good").ok());
    const std::string before = read_bytes(vault_file());
    // A folder where the temporary file goes makes the write fail, even for root.
    fs::create_directory(blocker);
    auto saved = vault->save("lost");
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, Errc::io);
    EXPECT_EQ(vault->contents(), "good");
    EXPECT_EQ(vault->change_passphrase("other").error().code, Errc::io);
    EXPECT_EQ(read_bytes(vault_file()), before);
    fs::remove(blocker);
    ASSERT_TRUE(vault->save("better").ok());
  }
  // The failed passphrase change did not stick either.
  auto reopened = Vault::open(home(), kPassphrase);
  ASSERT_TRUE(reopened.ok()) << reopened.error().message;
  EXPECT_EQ(reopened->contents(), "better");
}

TEST_F(VaultTest, CreateAndOpenErrors) {
  EXPECT_EQ(Vault::open(home(), kPassphrase).error().code, Errc::not_found);
  EXPECT_EQ(Vault::create(home(), "", kSmall).error().code, Errc::invalid_argument);
  EXPECT_EQ(Vault::create(home(), kPassphrase, {21, 8, 1}).error().code, Errc::invalid_argument);
  EXPECT_EQ(Vault::create(home(), kPassphrase, {4, 8, 1}).error().code, Errc::invalid_argument);
  EXPECT_FALSE(Vault::exists(home()));
  make_vault("first");
  auto again = Vault::create(home(), "other", kSmall);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, Errc::already_exists);
  EXPECT_EQ(Vault::open(home(), kPassphrase)->contents(), "first");
}

TEST_F(VaultTest, NewProfileIsOwnerOnly) {
  make_vault("state");
  struct stat st {};
  ASSERT_EQ(::stat(home().c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700u);
  ASSERT_EQ(::stat(vault_file().c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST_F(VaultTest, MovedVaultKeepsTheLock) {
  auto created = Vault::create(home(), kPassphrase, kSmall);
  ASSERT_TRUE(created.ok());
  Vault vault = std::move(created).value();
  EXPECT_EQ(Vault::open(home(), kPassphrase).error().code, Errc::permission);
  ASSERT_TRUE(vault.save("moved").ok());
  Vault other = std::move(vault);
  EXPECT_EQ(other.contents(), "moved");
  EXPECT_EQ(Vault::open(home(), kPassphrase).error().code, Errc::permission);
}

}  // namespace
}  // namespace relais::vault

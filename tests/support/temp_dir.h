// A temporary directory removed with everything in it when the object goes.
#pragma once

#include <filesystem>
#include <string>

namespace relais::testing {

class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "relais-test");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// Ends a death-test child at once (std::_Exit: no destructor runs in a process whose store may be
// broken on purpose) after removing every TempDir it still holds. A child skips its fixture's
// destructors, so without this each run would leave a data folder behind in /tmp; std::exit is
// covered too, since the directories still held are removed when static objects are destroyed.
[[noreturn]] void exit_child(int code);

}  // namespace relais::testing

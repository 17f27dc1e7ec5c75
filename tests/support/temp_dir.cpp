#include "tests/support/temp_dir.h"

#include <stdlib.h>

#include <cstdlib>
#include <mutex>
#include <set>
#include <stdexcept>
#include <system_error>

namespace relais::testing {
namespace {

// The directories of this process not yet removed.
class LiveDirs {
 public:
  ~LiveDirs() { remove_all(); }
  void add(const std::filesystem::path& p) {
    std::lock_guard lock(mutex_);
    paths_.insert(p);
  }
  void forget(const std::filesystem::path& p) {
    std::lock_guard lock(mutex_);
    paths_.erase(p);
  }
  void remove_all() {
    std::lock_guard lock(mutex_);
    for (const auto& p : paths_) {
      std::error_code ignored;
      std::filesystem::remove_all(p, ignored);
    }
    paths_.clear();
  }

 private:
  std::mutex mutex_;
  std::set<std::filesystem::path> paths_;
};

LiveDirs& live_dirs() {
  static LiveDirs dirs;
  return dirs;
}

}  // namespace

TempDir::TempDir(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
  live_dirs().add(path_);
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
  live_dirs().forget(path_);
}

void exit_child(int code) {
  live_dirs().remove_all();
  std::_Exit(code);
}

}  // namespace relais::testing

#include "tests/support/files.h"

#include <algorithm>
#include <system_error>

namespace relais::testing {

uintmax_t largest_file_size(const std::filesystem::path& dir) {
  uintmax_t biggest = 0;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code size_ec;
    const uintmax_t size = it->is_regular_file(size_ec) ? it->file_size(size_ec) : 0;
    if (!size_ec) biggest = std::max(biggest, size);
  }
  return biggest;
}

}  // namespace relais::testing

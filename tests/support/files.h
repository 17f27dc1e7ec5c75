// Looking at a data folder while a store may still be writing to it.
#pragma once

#include <cstdint>
#include <filesystem>

namespace relais::testing {

// The size of the largest file under `dir`. RocksDB deletes obsolete files in the background: a
// file that goes during the walk is left out, not an error.
uintmax_t largest_file_size(const std::filesystem::path& dir);

}  // namespace relais::testing

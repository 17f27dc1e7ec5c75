// A data folder read as someone who takes the disk would read it.
#pragma once

#include <rocksdb/options.h>
#include <rocksdb/sst_file_reader.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

namespace relais::server::testing {

// Whether `needle` is in any file under `dir`: in its raw bytes, or for a table file in any value
// RocksDB's own reader gets out of it (its blocks may be compressed).
inline bool files_hold(const std::filesystem::path& dir, const std::string& needle) {
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes(std::istreambuf_iterator<char>(in), {});
    if (bytes.find(needle) != std::string::npos) return true;
    if (entry.path().extension() != ".sst") continue;
    rocksdb::Options options;
    rocksdb::SstFileReader reader(options);
    if (!reader.Open(entry.path().string()).ok()) continue;  // deleted meanwhile
    std::unique_ptr<rocksdb::Iterator> it(reader.NewIterator(rocksdb::ReadOptions()));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      if (it->value().ToString().find(needle) != std::string::npos) return true;
    }
  }
  return false;
}

}  // namespace relais::server::testing

// Key helpers, batches and table names: the back-end independent part of the store.
#include "server/store/kv_store.h"

#include <gtest/gtest.h>

#include <set>

namespace relais::server {
namespace {

using namespace std::string_literals;

TEST(KeyHelpers, Be64RoundTripsAndKeepsNumericOrderAsByteOrder) {
  const uint64_t values[] = {0, 1, 255, 256, 0x0102030405060708ull, (1ull << 63), ~0ull};
  for (uint64_t v : values) {
    const std::string k = be64(v);
    ASSERT_EQ(k.size(), 8u);
    EXPECT_EQ(read_be64(k), v);
  }
  EXPECT_EQ(be64(0x0102030405060708ull), "\x01\x02\x03\x04\x05\x06\x07\x08"s);
  for (size_t i = 1; i < std::size(values); ++i) EXPECT_LT(be64(values[i - 1]), be64(values[i]));
}

TEST(KeyHelpers, Be32RoundTripsAndKeepsOrder) {
  EXPECT_EQ(be32(0x01020304u), "\x01\x02\x03\x04"s);
  EXPECT_EQ(read_be32(be32(0xfffffffeu)), 0xfffffffeu);
  EXPECT_EQ(read_be32(be32(0)), 0u);
  EXPECT_LT(be32(255), be32(256));
  // Only the first four bytes count.
  EXPECT_EQ(read_be32(be32(7) + "tail"), 7u);
  EXPECT_EQ(read_be64(be64(7) + "tail"), 7u);
}

TEST(KeyHelpers, PrefixEndBumpsTheLastByte) {
  EXPECT_EQ(prefix_end("ab"), "ac");
  EXPECT_EQ(prefix_end("\x00"s), "\x01"s);
  EXPECT_EQ(prefix_end("a\xfe"), "a\xff");
}

TEST(KeyHelpers, PrefixEndSkipsTrailingFfBytes) {
  EXPECT_EQ(prefix_end("a\xff"), "b");
  EXPECT_EQ(prefix_end("a\xff\xff\xff"), "b");
  EXPECT_EQ(prefix_end("\x01\xff\x00\xff"s), "\x01\xff\x01"s);
}

TEST(KeyHelpers, PrefixEndIsUnboundedForEmptyOrAllFfPrefix) {
  EXPECT_EQ(prefix_end(""), "");
  EXPECT_EQ(prefix_end("\xff"), "");
  EXPECT_EQ(prefix_end(std::string(16, '\xff')), "");
}

TEST(KeyHelpers, PrefixEndIsAboveEveryKeyWithThePrefix) {
  const std::string prefix = "q\x7f\xff";
  const std::string end = prefix_end(prefix);
  for (const std::string& key : {prefix, prefix + "\xff\xff\xff"s, prefix + be64(~0ull)}) {
    EXPECT_LT(key, end);
  }
  EXPECT_GT(prefix_end("q\x7f"), prefix + "\xff");
}

TEST(TableNames, AreDistinctAndNonEmpty) {
  std::set<std::string> names;
  for (int i = 0; i < kTableCount; ++i) {
    const std::string name = table_name(static_cast<Table>(i));
    EXPECT_FALSE(name.empty());
    EXPECT_NE(name, "unknown");
    EXPECT_NE(name, "default");  // RocksDB's own column family
    names.insert(name);
  }
  EXPECT_EQ(names.size(), static_cast<size_t>(kTableCount));
  EXPECT_STREQ(table_name(Table::queues), "queues");
}

TEST(WriteBatchTest, RecordsOpsInOrderAndCountsBytes) {
  WriteBatch batch;
  EXPECT_TRUE(batch.empty());
  EXPECT_EQ(batch.byte_size(), 0u);
  batch.put(Table::queues, "k1", std::string(100, 'v'));
  const size_t after_put = batch.byte_size();
  EXPECT_GE(after_put, 102u);
  batch.erase(Table::accounts, "k2");
  batch.erase_range(Table::room_log, "a", "b");
  EXPECT_GT(batch.byte_size(), after_put);
  ASSERT_EQ(batch.size(), 3u);
  EXPECT_FALSE(batch.empty());
  EXPECT_EQ(batch.ops()[0].kind, WriteBatch::Op::Kind::put);
  EXPECT_EQ(batch.ops()[0].table, Table::queues);
  EXPECT_EQ(batch.ops()[0].value.size(), 100u);
  EXPECT_EQ(batch.ops()[1].kind, WriteBatch::Op::Kind::erase);
  EXPECT_EQ(batch.ops()[1].key, "k2");
  EXPECT_EQ(batch.ops()[2].kind, WriteBatch::Op::Kind::erase_range);
  EXPECT_EQ(batch.ops()[2].key, "a");
  EXPECT_EQ(batch.ops()[2].value, "b");
}

}  // namespace
}  // namespace relais::server

// The back-end independent parts of the store interface: key helpers, batches, table names.
#include "server/store/kv_store.h"

#include <future>

namespace relais::server {

const char* table_name(Table table) {
  switch (table) {
    case Table::meta:
      return "meta";
    case Table::accounts:
      return "accounts";
    case Table::prekeys:
      return "prekeys";
    case Table::queues:
      return "queues";
    case Table::rooms:
      return "rooms";
    case Table::members:
      return "members";
    case Table::room_log:
      return "room_log";
    case Table::mod_log:
      return "mod_log";
    case Table::invites:
      return "invites";
    case Table::orgs:
      return "orgs";
    case Table::counters:
      return "counters";
  }
  return "unknown";
}

void WriteBatch::put(Table table, std::string key, std::string value) {
  bytes_ += sizeof(Op) + key.size() + value.size();
  ops_.push_back(Op{Op::Kind::put, table, std::move(key), std::move(value)});
}

void WriteBatch::erase(Table table, std::string key) {
  bytes_ += sizeof(Op) + key.size();
  ops_.push_back(Op{Op::Kind::erase, table, std::move(key), {}});
}

void WriteBatch::erase_range(Table table, std::string begin, std::string end) {
  bytes_ += sizeof(Op) + begin.size() + end.size();
  ops_.push_back(Op{Op::Kind::erase_range, table, std::move(begin), std::move(end)});
}

Status KvStore::commit_and_wait(WriteBatch batch, Durability durability) {
  std::promise<Status> promise;
  std::future<Status> result = promise.get_future();
  RELAIS_TRY(commit(std::move(batch), durability,
                    [&promise](Status status) { promise.set_value(std::move(status)); }));
  wake_writer_now();
  return result.get();
}

std::string be64(uint64_t v) {
  std::string out(8, '\0');
  for (int i = 7; i >= 0; --i) {
    out[static_cast<size_t>(i)] = static_cast<char>(v & 0xff);
    v >>= 8;
  }
  return out;
}

std::string be32(uint32_t v) {
  std::string out(4, '\0');
  for (int i = 3; i >= 0; --i) {
    out[static_cast<size_t>(i)] = static_cast<char>(v & 0xff);
    v >>= 8;
  }
  return out;
}

uint64_t read_be64(std::string_view bytes) {
  assert(bytes.size() >= 8);
  uint64_t v = 0;
  for (size_t i = 0; i < 8; ++i) v = (v << 8) | static_cast<uint8_t>(bytes[i]);
  return v;
}

uint32_t read_be32(std::string_view bytes) {
  assert(bytes.size() >= 4);
  uint32_t v = 0;
  for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<uint8_t>(bytes[i]);
  return v;
}

std::string prefix_end(std::string_view prefix) {
  // Drop trailing 0xff bytes (nothing is greater in their place), then bump the last byte.
  std::string end(prefix);
  while (!end.empty() && static_cast<uint8_t>(end.back()) == 0xff) end.pop_back();
  if (!end.empty()) end.back() = static_cast<char>(static_cast<uint8_t>(end.back()) + 1);
  return end;
}

}  // namespace relais::server

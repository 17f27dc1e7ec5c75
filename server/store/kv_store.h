// KvStore: the relay's storage interface, an ordered key-value store with named tables and
// atomic, group-committed write batches. The relay's domain code (accounts, queues, room logs)
// is written against this interface only, so a replicated back-end (a NATS JetStream KV and
// stream, say) is a new implementation of this class, not a rewrite of the relay.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace relais::server {

// One table per kind of record; the RocksDB back-end maps each to a column family.
enum class Table : uint8_t {
  meta,         // relay-wide secrets and settings (franking key, schema version)
  accounts,     // account id -> AccountRecord
  prekeys,      // account id | prekey id -> public key
  queues,       // recipient id | seq -> StoredEnvelope (one-to-one, deleted on ack)
  rooms,        // room id -> RoomRecord
  members,      // room id | 0 | account id -> MemberRecord
  room_log,     // room id | 0 | seq -> RoomEntry (the wire form, stored once per message)
  mod_log,      // room id | 0 | time | counter -> ModLogEntry
  invites,      // SHA-256(code) -> InviteRecord
  orgs,         // organisation records, slots, out-of-hours message markers
  counters,     // anonymous permanence counts
};
inline constexpr int kTableCount = 11;
const char* table_name(Table table);

// The layout version of what the store holds, kept in Table::meta under kSchemaVersionKey.
// A store written by a newer relay is refused at open rather than misread.
inline constexpr uint32_t kSchemaVersion = 1;
inline constexpr std::string_view kSchemaVersionKey = "schema_version";

enum class Durability {
  buffered,  // in the write-ahead log, not yet synced: survives a crash of the relay process
  synced,    // in the write-ahead log and fsynced: survives a power cut
};

// A set of writes applied all or nothing.
class WriteBatch {
 public:
  struct Op {
    enum class Kind : uint8_t { put, erase, erase_range } kind;
    Table table;
    std::string key;    // for erase_range: the first key erased
    std::string value;  // for erase_range: the first key kept (exclusive end)
  };

  void put(Table table, std::string key, std::string value);
  void erase(Table table, std::string key);
  // An empty `end` means no upper bound (what prefix_end() gives for an all-0xff prefix).
  void erase_range(Table table, std::string begin, std::string end);

  bool empty() const { return ops_.empty(); }
  size_t size() const { return ops_.size(); }
  // Approximate memory held by the batch; the store bounds the bytes waiting for its writer.
  size_t byte_size() const { return bytes_; }
  const std::vector<Op>& ops() const { return ops_; }

 private:
  std::vector<Op> ops_;
  size_t bytes_ = 0;
};

struct StoreStats {
  uint64_t commits = 0;          // batches committed
  uint64_t syncs = 0;            // WAL syncs: commits / syncs is the group-commit factor
  uint64_t failed_commits = 0;   // batches whose write failed
  uint64_t refused = 0;          // batches refused before queueing (overload, malformed)
  uint64_t pending = 0;          // batches waiting for the writer now
  uint64_t sweeps = 0;           // erased data swept out of the files (RocksOptions::erase_within)
  uint64_t failed_sweeps = 0;
  uint64_t sweep_us = 0;         // time spent sweeping, in total
  // Commit latency (enqueue to callback) histogram: bucket i counts commits that took
  // < kLatencyBucketsUs[i] microseconds; the last bucket counts the rest.
  static constexpr uint64_t kLatencyBucketsUs[] = {100, 250, 500, 1000, 2500, 5000, 10000, 50000};
  uint64_t latency_buckets[std::size(kLatencyBucketsUs) + 1] = {};
  uint64_t latency_sum_us = 0;
  // Duration of each synced write (the log append and its fsync), the cost every durable
  // answer waits for: bucket i counts syncs that took < kSyncBucketsUs[i] microseconds.
  // Fine on both sides of the millisecond: a light run's verdict (send to delivery within twice
  // the sync p99) needs the p99 to within a few per cent, on a quiet disk (0.1-0.5 ms, steps of
  // 10 then 25 us) as on a loaded one (steps of 0.25 then 1 ms).
  static constexpr uint64_t kSyncBucketsUs[] = {
      10,    20,    30,    40,    50,    60,    70,    80,    90,    100,  125,  150,  175,
      200,   225,   250,   275,   300,   325,   350,   375,   400,   425,  450,  475,  500,
      525,   550,   575,   600,   625,   650,   675,   700,   725,   750,  775,  800,  825,
      850,   875,   900,   925,   950,   975,   1000,  1250,  1500,  1750, 2000, 2500, 3000,
      4000,  5000,  6000,  7000,  8000,  10000, 15000, 25000, 50000, 100000};
  uint64_t sync_buckets[std::size(kSyncBucketsUs) + 1] = {};
  uint64_t sync_sum_us = 0;
};

class KvStore {
 public:
  // A commit's completion: the write's outcome, on the store's writer thread. May be empty.
  using Done = std::function<void(Status)>;
  // Visitor for scans: return false to stop.
  using Visit = std::function<bool(std::string_view key, std::string_view value)>;

  virtual ~KvStore() = default;

  // Reads see every batch whose commit callback has run. Thread-safe.
  virtual Result<std::optional<std::string>> get(Table table, std::string_view key) const = 0;
  // Ranges are [begin, end); an empty `end` means no upper bound.
  // Visits keys in [begin, end) in key order, at most `limit` of them (0: no limit). `visit`
  // runs under the store's read lock: collect, then commit after the scan returns.
  virtual Status scan(Table table, std::string_view begin, std::string_view end, size_t limit,
                      const Visit& visit) const = 0;
  // The greatest key in [begin, end) and its value, if any.
  virtual Result<std::optional<std::pair<std::string, std::string>>> last_in(
      Table table, std::string_view begin, std::string_view end) const = 0;

  // Queues the batch, to be applied atomically, and returns ok; once it is written, `done` runs
  // on the store's writer thread with the write's outcome. Or refuses the batch and returns why,
  // as RocksDB's `Status Write(const WriteOptions&, WriteBatch*)` does; then nothing was queued
  // and `done` is never called (it is destroyed unrun). Refusals:
  //   Errc::unavailable       the bytes waiting for the writer are over the limit (overloaded:
  //                           shed load, retry later), or the store is closing, or a failed
  //                           group is being called back (retry once its callbacks ran);
  //   Errc::invalid_argument  a malformed batch (unknown table, inverted range), or one larger
  //                           than the store ever accepts.
  // So `done` never runs on the caller's thread or under a lock the caller holds while calling
  // commit(): a caller may take that lock again inside `done`.
  // Batches committed concurrently share one WAL sync (group commit) and complete in the order
  // they were queued, so a caller that queues under its own lock sees them complete in that
  // lock's order. A group whose write failed completes last first instead: every callback then
  // undoes an in-memory change, and undoing in reverse finds each change as it was staged; what
  // was queued behind it fails with it unwritten and is called back first. `done`
  // runs on the one writer thread and holds up every commit behind it: it must not block, and must
  // not read the store; work that reads (a scan, a pump) is posted to the caller's executor (a
  // connection's strand). After an Errc::io outcome the batch may or may not have been applied (the
  // disk failed mid-write): retry idempotently. The store recovers for later batches by itself.
  [[nodiscard]] virtual Status commit(WriteBatch batch, Durability durability, Done done) = 0;
  // commit() and wait for its outcome (or return its refusal). Never call it from a `done`
  // callback (the writer thread), nor holding a lock a `done` callback may take.
  [[nodiscard]] Status commit_and_wait(WriteBatch batch, Durability durability);

  // The commits of one client message are written as one group, as a queue of many clients'
  // commits would be: between begin_group() and end_group() on one thread, commit() queues
  // without waking the writer, and the last end_group() wakes it once. Groups nest;
  // commit_and_wait() wakes the writer at once. A store without a writer thread ignores them.
  virtual void begin_group() {}
  virtual void end_group() {}
  // Runs on the writer thread after the `done` callbacks of each group of commits written
  // together (one log write, at most one sync): work those callbacks gathered (a room's fan-out)
  // is handed on once per group. Set before the first commit; set empty (by its owner before it
  // goes, or by the server once its connections are gone), it is not running once the call
  // returns. Never called from the hook itself.
  virtual void set_after_group(std::function<void()> hook) = 0;

  // Makes what was erased from [begin, end) of `table` physically gone from the store's files,
  // not only hidden: runs after every batch committed before it, flushes every table (so that
  // no live write-ahead log still holds the erased values) and compacts the range down to the
  // last level. For rare erasures that must not linger on disk (a message a moderator removed):
  // it holds up the commits behind it for a flush and a compaction. Refusals (an unknown table,
  // an inverted range, a closing store) and `done` as for commit().
  [[nodiscard]] virtual Status purge(Table table, std::string begin, std::string end,
                                     Done done) = 0;

  // A consistent copy of the whole store in an empty folder, taken while serving.
  virtual Status checkpoint(const std::string& dir) = 0;

  virtual StoreStats stats() const = 0;

 protected:
  // Wakes the writer for what this thread queued inside begin_group() (commit_and_wait waits).
  virtual void wake_writer_now() {}
};

// begin_group() ... end_group() for a scope.
class CommitGroup {
 public:
  explicit CommitGroup(KvStore& store) : store_(store) { store_.begin_group(); }
  ~CommitGroup() { store_.end_group(); }
  CommitGroup(const CommitGroup&) = delete;
  CommitGroup& operator=(const CommitGroup&) = delete;

 private:
  KvStore& store_;
};

struct RocksOptions {
  std::string path;
  size_t block_cache_bytes = 64u << 20;
  // Memtable budget for all tables together.
  size_t write_buffer_bytes = 64u << 20;
  // Caps WAL replay work at start-up: a restart must serve again in seconds. Tables whose
  // memtable holds the oldest log are flushed once the live logs pass this size.
  size_t max_wal_bytes = 64u << 20;
  bool create_if_missing = true;
  // Bytes of batches waiting for the writer beyond which commit() fails fast (overload).
  size_t max_pending_bytes = 64u << 20;
  // What was erased (an acknowledged envelope, an expired or removed room entry, anything)
  // leaves every file of the store within this bound: write-ahead logs, table files. A sweep
  // every half of it flushes the tables (so that the logs holding erased records become
  // obsolete and are deleted) and compacts the ranges of table files that hold deletions down to
  // the last level (which drops the values and the tombstones). A sweep also runs at open, for
  // what a crash left, and at close. Zero: no sweeps (benchmarks of the raw store only).
  std::chrono::milliseconds erase_within = std::chrono::minutes(10);
};

// Opens (creating if needed) the RocksDB store at options.path.
Result<std::unique_ptr<KvStore>> open_rocks_store(const RocksOptions& options);

// Restores a checkpoint made by checkpoint() into `into`, which must not exist or be empty.
// The copy is checked to open as a store before it is moved into place.
Status restore_checkpoint(const std::string& from, const std::string& into);

// Key building: fixed-width big-endian integers keep numeric order equal to byte order.
std::string be64(uint64_t v);
std::string be32(uint32_t v);
uint64_t read_be64(std::string_view bytes);  // bytes.size() >= 8
uint32_t read_be32(std::string_view bytes);  // bytes.size() >= 4
// The smallest key greater than every key starting with `prefix` (for [prefix, end) scans);
// empty (no upper bound) when the prefix is empty or all 0xff bytes.
std::string prefix_end(std::string_view prefix);

}  // namespace relais::server

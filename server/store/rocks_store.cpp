// The RocksDB back-end: one column family per table, one writer thread doing group commit.
//
// Every commit() goes into a queue. The writer takes all batches queued since its last write,
// applies them as one rocksdb::WriteBatch (one WAL append, at most one fsync), then runs their
// callbacks in order. While it syncs, the next group gathers, so N concurrent committers cost
// about one fsync per round instead of N.
#include <fcntl.h>
#include <rocksdb/cache.h>
#include <rocksdb/convenience.h>
#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/options.h>
#include <rocksdb/table.h>
#include <rocksdb/utilities/checkpoint.h>
#include <rocksdb/write_batch.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <iterator>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <thread>
#include <utility>

#include "server/store/kv_store.h"

namespace relais::server {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr uint64_t kFlushAtCloseBytes = 4u << 20;

rocksdb::Slice slice(std::string_view s) {
  return {s.data(), s.size()};
}

Error rocks_error(const char* what, const rocksdb::Status& s) {
  Errc code = Errc::io;
  if (s.IsCorruption())
    code = Errc::corrupt;
  else if (s.IsInvalidArgument())
    code = Errc::invalid_argument;
  else if (s.IsNotFound())
    code = Errc::not_found;
  else if (s.IsBusy() || s.IsTryAgain() || s.IsIncomplete())
    code = Errc::unavailable;
  return Error{code, std::string(what) + " (" + s.ToString() + ")."};
}

// An open RocksDB instance and its column family handles, closed in the right order.
struct OpenDb {
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;  // every family, including unknown ones
  std::array<rocksdb::ColumnFamilyHandle*, kTableCount> tables{};
  bool read_only = false;

  OpenDb() = default;
  OpenDb(const OpenDb&) = delete;
  OpenDb& operator=(const OpenDb&) = delete;
  ~OpenDb() {
    if (!db) return;
    for (auto* handle : handles) db->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
    db->Close().PermitUncheckedError();
  }
  rocksdb::ColumnFamilyHandle* cf(Table table) const { return tables[static_cast<size_t>(table)]; }
};

// Options tuned for a relay: small random writes that must be durable fast, point reads and
// short prefix scans, and a restart that serves again in seconds.
struct Tuning {
  rocksdb::DBOptions db;
  rocksdb::ColumnFamilyOptions cf;
};

Tuning make_tuning(const RocksOptions& o) {
  Tuning t;
  t.db.create_if_missing = o.create_if_missing;
  t.db.IncreaseParallelism(static_cast<int>(std::max(2u, std::thread::hardware_concurrency())));
  t.db.max_background_jobs = 4;
  // The WAL is on and flushed by every write; a bounded total size forces old memtables to
  // flush so that a restart replays little.
  t.db.manual_wal_flush = false;
  t.db.max_total_wal_size = o.max_wal_bytes;
  t.db.avoid_flush_during_shutdown = false;
  // Replayed log entries stay in the memtable (their log is kept) rather than being written
  // out as table files before the store can serve.
  t.db.avoid_flush_during_recovery = true;
  t.db.db_write_buffer_size = o.write_buffer_bytes;
  t.db.bytes_per_sync = 1 << 20;
  // Open must not touch every SST file: no per-file stats or size checks at start-up.
  t.db.skip_stats_update_on_db_open = true;
  t.db.skip_checking_sst_file_sizes_on_db_open = true;
  t.db.keep_log_file_num = 4;
  t.db.max_log_file_size = 8 << 20;
  // Erased data must leave the folder (RocksOptions::erase_within): a recycled log keeps old
  // records in its tail, and an archived one keeps them all. Obsolete logs are deleted at once.
  t.db.recycle_log_file_num = 0;
  t.db.WAL_ttl_seconds = 0;
  t.db.WAL_size_limit_MB = 0;
  // At the info level RocksDB's own log names the key ranges it compacts; keys hold account
  // ids. Warnings and errors are enough for an operator.
  t.db.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  // The MANIFEST logs every change of table files with the first and last key of each new file,
  // and keeps that history until it is rewritten. Rewritten at every change, it lists the live
  // files only (a few KiB per change: cheap at a sweep's pace).
  t.db.max_manifest_file_size = 1;
  t.db.manifest_preallocation_size = 64 << 10;

  rocksdb::BlockBasedTableOptions table;
  table.block_cache = rocksdb::NewLRUCache(o.block_cache_bytes);
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  table.block_size = 16 << 10;
  table.format_version = 5;
  t.cf.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  // One busy table may take a quarter of the budget. Its memtable is what a crash makes the next
  // start replay (about 5 us per entry), so it is kept well below the WAL cap.
  t.cf.write_buffer_size = std::max<size_t>(o.write_buffer_bytes / 4, 1 << 20);
  t.cf.level_compaction_dynamic_level_bytes = true;
  // Values are mostly ciphertext, which does not compress; LZ4 gives up on such blocks cheaply
  // and still shrinks keys and records with structure. No compression where it is missing.
  const auto supported = rocksdb::GetSupportedCompressions();
  const bool lz4 =
      std::find(supported.begin(), supported.end(), rocksdb::kLZ4Compression) != supported.end();
  t.cf.compression = lz4 ? rocksdb::kLZ4Compression : rocksdb::kNoCompression;
  return t;
}

Result<std::unique_ptr<OpenDb>> open_db(const std::string& path, const Tuning& tuning,
                                        bool read_only) {
  // RocksDB must open every family the store has, including any a newer relay added.
  std::vector<std::string> existing;
  if (!rocksdb::DB::ListColumnFamilies(tuning.db, path, &existing).ok()) {
    existing = {rocksdb::kDefaultColumnFamilyName};  // a new store
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (auto& name : existing) families.emplace_back(name, tuning.cf);

  auto out = std::make_unique<OpenDb>();
  out->read_only = read_only;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s =
      read_only ? rocksdb::DB::OpenForReadOnly(tuning.db, path, families, &out->handles, &raw)
                : rocksdb::DB::Open(tuning.db, path, families, &out->handles, &raw);
  if (!s.ok()) return rocks_error("The store could not be opened", s);
  out->db.reset(raw);

  // Missing tables are created together: one options file written instead of one per table.
  std::vector<std::string> missing;
  for (int i = 0; i < kTableCount; ++i) {
    const std::string name = table_name(static_cast<Table>(i));
    if (std::find(existing.begin(), existing.end(), name) == existing.end())
      missing.push_back(name);
  }
  if (!missing.empty()) {
    if (read_only) return Error{Errc::corrupt, "The store lacks some of its tables."};
    std::vector<rocksdb::ColumnFamilyHandle*> created;
    s = out->db->CreateColumnFamilies(tuning.cf, missing, &created);
    out->handles.insert(out->handles.end(), created.begin(), created.end());
    if (!s.ok()) return rocks_error("The store's tables could not be created", s);
  }
  for (auto* handle : out->handles) {
    for (int i = 0; i < kTableCount; ++i) {
      if (handle->GetName() == table_name(static_cast<Table>(i))) {
        out->tables[static_cast<size_t>(i)] = handle;
      }
    }
  }
  return out;
}

Status check_schema(OpenDb& open) {
  std::string value;
  const auto s =
      open.db->Get(rocksdb::ReadOptions(), open.cf(Table::meta), slice(kSchemaVersionKey), &value);
  if (s.IsNotFound()) {
    if (open.read_only) return ok_status();
    rocksdb::WriteOptions sync;
    sync.sync = true;
    const auto w = open.db->Put(sync, open.cf(Table::meta), slice(kSchemaVersionKey),
                                slice(be32(kSchemaVersion)));
    if (!w.ok()) return rocks_error("The store's schema version could not be written", w);
    return ok_status();
  }
  if (!s.ok()) return rocks_error("The store's schema version could not be read", s);
  if (value.size() != 4) return Error{Errc::corrupt, "The store's schema version is malformed."};
  const uint32_t version = read_be32(value);
  if (version > kSchemaVersion) {
    return Error{Errc::corrupt, "The store was written by a newer relais (schema version " +
                                    std::to_string(version) + ", this build reads up to " +
                                    std::to_string(kSchemaVersion) +
                                    "); run a newer relaisd or restore a backup."};
  }
  if (version < kSchemaVersion) {
    return Error{Errc::corrupt, "The store's schema version " + std::to_string(version) +
                                    " is not one this build can read."};
  }
  return ok_status();
}

struct PurgeRange {
  Table table;
  std::string begin;
  std::string end;
};

struct PendingCommit {
  WriteBatch batch;
  Durability durability;
  KvStore::Done done;
  Clock::time_point enqueued;
  std::optional<PurgeRange> purge;  // a purge() request (its batch is empty)
};

class RocksStore final : public KvStore {
 public:
  RocksStore(std::string path, Tuning tuning, std::unique_ptr<OpenDb> db, size_t max_pending,
             std::chrono::milliseconds erase_within)
      : path_(std::move(path)),
        tuning_(std::move(tuning)),
        db_(std::move(db)),
        max_pending_bytes_(max_pending),
        sweep_every_(erase_within / 2),
        writer_([this] { run_writer(); }) {
    if (sweep_every_.count() > 0) sweeper_ = std::thread([this] { run_sweeper(); });
  }

  ~RocksStore() override {
    if (sweeper_.joinable()) {
      {
        std::lock_guard lock(sweep_mu_);
        sweep_stopping_ = true;
      }
      sweep_wake_.notify_one();
      sweeper_.join();
    }
    {
      std::lock_guard lock(mu_);
      stopping_ = true;
    }
    wake_.notify_one();
    writer_.join();  // the writer drains the queue first: every callback runs
    // After a failed write that no later batch recovered from, RocksDB refuses (or, built with
    // assertions, aborts on) a WAL sync: nothing more was acknowledged, so there is nothing to
    // sync or flush.
    if (db_ && !db_->read_only && !write_failed_) {
      db_->db->SyncWAL().PermitUncheckedError();
      // What was erased since the last sweep must not wait in the files for the next start.
      if (sweep_every_.count() > 0 && erased_.load()) {
        (void)sweep_now();  // counted in the stats
        return;
      }
      // A planned restart should not replay much log: write big memtables out now. (RocksDB's
      // avoid_flush_during_shutdown=false only does this when the WAL is off.) Small ones
      // replay in milliseconds and are not worth a flush per table.
      uint64_t memtable_bytes = 0;
      if (db_->db->GetAggregatedIntProperty(rocksdb::DB::Properties::kCurSizeAllMemTables,
                                            &memtable_bytes) &&
          memtable_bytes > kFlushAtCloseBytes) {
        rocksdb::FlushOptions flush;
        flush.wait = true;
        std::vector<rocksdb::ColumnFamilyHandle*> tables(db_->tables.begin(), db_->tables.end());
        db_->db->Flush(flush, tables).PermitUncheckedError();
      }
    }
  }

  Result<std::optional<std::string>> get(Table table, std::string_view key) const override {
    std::shared_lock lock(db_mu_);
    RELAIS_TRY(usable());
    rocksdb::PinnableSlice value;
    const auto s = db_->db->Get(rocksdb::ReadOptions(), db_->cf(table), slice(key), &value);
    if (s.IsNotFound()) return std::optional<std::string>();
    if (!s.ok()) return rocks_error("The store could not be read", s);
    return std::optional<std::string>(value.ToString());
  }

  Status scan(Table table, std::string_view begin, std::string_view end, size_t limit,
              const Visit& visit) const override {
    std::shared_lock lock(db_mu_);
    RELAIS_TRY(usable());
    rocksdb::ReadOptions options;
    const rocksdb::Slice upper = slice(end);
    if (!end.empty()) options.iterate_upper_bound = &upper;
    std::unique_ptr<rocksdb::Iterator> it(db_->db->NewIterator(options, db_->cf(table)));
    size_t seen = 0;
    for (it->Seek(slice(begin)); it->Valid(); it->Next()) {
      const auto k = it->key();
      const auto v = it->value();
      ++seen;
      if (!visit({k.data(), k.size()}, {v.data(), v.size()})) break;
      if (limit != 0 && seen >= limit) break;
    }
    if (!it->status().ok()) return rocks_error("The store could not be scanned", it->status());
    return ok_status();
  }

  Result<std::optional<std::pair<std::string, std::string>>> last_in(
      Table table, std::string_view begin, std::string_view end) const override {
    using Found = std::optional<std::pair<std::string, std::string>>;
    std::shared_lock lock(db_mu_);
    RELAIS_TRY(usable());
    rocksdb::ReadOptions options;
    const rocksdb::Slice lower = slice(begin);
    const rocksdb::Slice upper = slice(end);
    options.iterate_lower_bound = &lower;
    if (!end.empty()) options.iterate_upper_bound = &upper;
    std::unique_ptr<rocksdb::Iterator> it(db_->db->NewIterator(options, db_->cf(table)));
    it->SeekToLast();  // bounded by iterate_upper_bound when there is one
    if (!it->status().ok()) return rocks_error("The store could not be scanned", it->status());
    if (!it->Valid()) return Found();
    const auto k = it->key();
    if (k.compare(lower) < 0 || (!end.empty() && k.compare(upper) >= 0)) return Found();
    return Found(std::pair(k.ToString(), it->value().ToString()));
  }

  // A refusal is the return value and `done` is dropped unrun: it never runs on the caller's
  // thread, so a caller may hold a lock that `done` takes.
  Status commit(WriteBatch batch, Durability durability, Done done) override {
    Status refused = validate(batch);
    std::unique_lock lock(mu_);
    if (refused.ok()) {
      const size_t bytes = batch.byte_size();
      if (stopping_) {
        refused = Error{Errc::unavailable, "The store is closing."};
      } else if (failing_) {
        refused = Error{Errc::unavailable, "The store is undoing a failed write."};
      } else if (bytes > max_pending_bytes_) {
        refused = Error{Errc::invalid_argument, "The batch is larger than the store accepts."};
      } else if (pending_bytes_ + bytes > max_pending_bytes_) {
        refused = Error{Errc::unavailable, "The store is overloaded; try again shortly."};
      } else {
        pending_bytes_ += bytes;
        queue_.push_back(PendingCommit{std::move(batch), durability, std::move(done), Clock::now(),
                                       std::nullopt});
        lock.unlock();
        if (t_group.store == this && t_group.depth > 0)
          t_group.wake = true;  // end_group() wakes the writer for the whole group
        else
          wake_.notify_one();
        return ok_status();
      }
    }
    ++stats_.refused;
    return refused;
  }

  void begin_group() override {
    if (t_group.depth > 0 && t_group.store != this) return;  // one store per thread's group
    t_group.store = this;
    ++t_group.depth;
  }

  void end_group() override {
    if (t_group.store != this || t_group.depth == 0) return;
    if (--t_group.depth > 0) return;
    t_group.store = nullptr;
    if (std::exchange(t_group.wake, false)) wake_.notify_one();
  }

  // Under its own lock: a hook taken away (its owner going) is never running afterwards.
  void set_after_group(std::function<void()> hook) override {
    std::lock_guard lock(after_group_mu_);
    after_group_ = std::move(hook);
  }

  Status purge(Table table, std::string begin, std::string end, Done done) override {
    std::unique_lock lock(mu_);
    if (static_cast<int>(table) >= kTableCount || (!end.empty() && begin > end)) {
      ++stats_.refused;
      return Error{Errc::invalid_argument, "The purge names an unknown table or no range."};
    }
    if (stopping_) {
      ++stats_.refused;
      return Error{Errc::unavailable, "The store is closing."};
    }
    queue_.push_back(PendingCommit{WriteBatch{}, Durability::synced, std::move(done), Clock::now(),
                                   PurgeRange{table, std::move(begin), std::move(end)}});
    lock.unlock();
    wake_.notify_one();
    return ok_status();
  }

  Status checkpoint(const std::string& dir) override {
    std::error_code ec;
    if (fs::exists(dir, ec)) {
      if (!fs::is_directory(dir, ec) || !fs::is_empty(dir, ec)) {
        return Error{Errc::already_exists, "The checkpoint folder is not empty."};
      }
      fs::remove(dir, ec);  // RocksDB creates the folder itself
    }
    std::shared_lock lock(db_mu_);
    RELAIS_TRY(usable());
    rocksdb::Checkpoint* raw = nullptr;
    auto s = rocksdb::Checkpoint::Create(db_->db.get(), &raw);
    if (!s.ok()) return rocks_error("The checkpoint could not be started", s);
    std::unique_ptr<rocksdb::Checkpoint> cp(raw);
    s = cp->CreateCheckpoint(dir);
    if (!s.ok()) return rocks_error("The checkpoint could not be written", s);
    return ok_status();
  }

  StoreStats stats() const override {
    std::lock_guard lock(mu_);
    StoreStats out = stats_;
    out.pending = queue_.size();
    return out;
  }

  // A sweep (RocksOptions::erase_within): every table's memtable to a table file, so that no
  // live write-ahead log holds an erased record (RocksDB deletes the logs no table needs any
  // more); then the key range of every table file that holds deletions compacted down to the
  // last level, which rewrites the files below without the erased values and drops the
  // tombstones (so the next sweep finds nothing to do). RocksDB deletes the replaced files
  // once no reader uses them. Runs beside the writer: commits are not held up.
  Status sweep_now() {
    const auto started = Clock::now();
    erased_.store(false);
    Status swept = sweep_files();
    const auto us = static_cast<uint64_t>(
        std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started).count());
    std::lock_guard lock(mu_);
    ++stats_.sweeps;
    stats_.sweep_us += us;
    if (!swept.ok()) {
      ++stats_.failed_sweeps;
      erased_.store(true);  // try again at the next turn
    }
    return swept;
  }

 protected:
  void wake_writer_now() override {
    if (t_group.store == this && std::exchange(t_group.wake, false)) wake_.notify_one();
  }

 private:
  // The group of commits this thread is queueing (begin_group .. end_group).
  struct ThreadGroup {
    const RocksStore* store = nullptr;
    int depth = 0;
    bool wake = false;  // something was queued: end_group() wakes the writer
  };
  static thread_local ThreadGroup t_group;

  static Status validate(const WriteBatch& batch) {
    for (const auto& op : batch.ops()) {
      if (static_cast<int>(op.table) >= kTableCount) {
        return Error{Errc::invalid_argument, "The batch names an unknown table."};
      }
      if (op.kind == WriteBatch::Op::Kind::erase_range && !op.value.empty() && op.key > op.value) {
        return Error{Errc::invalid_argument,
                     "The batch erases a range that ends before it starts."};
      }
    }
    return ok_status();
  }

  Status usable() const {
    if (!db_) return Error{Errc::unavailable, "The store is recovering from a disk failure."};
    return ok_status();
  }

  // Every half bound: a sweep if anything was erased since the last one. The first runs at once
  // (erased_ starts true): a crash may have left erased records in the logs and the files.
  void run_sweeper() {
    std::unique_lock lock(sweep_mu_);
    for (;;) {
      if (erased_.load()) {
        lock.unlock();
        (void)sweep_now();  // counted in the stats; tried again next turn
        lock.lock();
      }
      if (sweep_wake_.wait_for(lock, sweep_every_, [this] { return sweep_stopping_; })) return;
    }
  }

  Status sweep_files() {
    std::shared_lock lock(db_mu_);
    RELAIS_TRY(usable());
    if (db_->read_only) return Error{Errc::unavailable, "The store is read-only."};
    rocksdb::DB& db = *db_->db;
    rocksdb::FlushOptions flush;
    flush.wait = true;
    flush.allow_write_stall = true;
    std::vector<rocksdb::ColumnFamilyHandle*> tables(db_->tables.begin(), db_->tables.end());
    auto s = db.Flush(flush, tables);
    if (!s.ok()) return rocks_error("The store could not flush its tables", s);
    std::vector<rocksdb::LiveFileMetaData> files;
    db.GetLiveFilesMetaData(&files);
    for (auto* table : tables) {
      rocksdb::TablePropertiesCollection properties;
      s = db.GetPropertiesOfAllTables(table, &properties);
      if (!s.ok()) return rocks_error("The store could not read its table files", s);
      std::optional<std::pair<std::string, std::string>> range;  // smallest, largest user key
      for (const auto& file : files) {
        if (file.column_family_name != table->GetName()) continue;
        auto p = properties.find(file.db_path + file.name);
        if (p == properties.end() ||
            p->second->num_deletions + p->second->num_range_deletions == 0) {
          continue;
        }
        if (!range) range.emplace(file.smallestkey, file.largestkey);
        range->first = std::min(range->first, file.smallestkey);
        range->second = std::max(range->second, file.largestkey);
      }
      if (!range) continue;
      rocksdb::CompactRangeOptions compact;
      compact.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForceOptimized;
      const rocksdb::Slice begin = slice(range->first);
      const rocksdb::Slice end = slice(range->second);  // inclusive
      s = db.CompactRange(compact, table, &begin, &end);
      if (!s.ok()) return rocks_error("The store could not compact erased records away", s);
    }
    return ok_status();
  }

  void run_writer() {
    std::vector<PendingCommit> group;
    for (;;) {
      {
        std::unique_lock lock(mu_);
        wake_.wait(lock, [this] { return !queue_.empty() || stopping_; });
        if (queue_.empty()) return;  // stopping, and everything queued has completed
        group.swap(queue_);
      }
      bool synced = false;
      const Status written = write_group(group, synced);
      std::vector<Status> results(group.size(), written);
      for (size_t i = 0; written.ok() && i < group.size(); ++i) {
        if (group[i].purge) results[i] = purge_now(*group[i].purge);
      }
      const auto now = Clock::now();
      {
        std::lock_guard lock(mu_);
        for (const auto& c : group) {
          pending_bytes_ -= c.batch.byte_size();
          record_latency(now - c.enqueued);
        }
        if (written.ok()) {
          stats_.commits += group.size();
          if (synced) ++stats_.syncs;
        } else {
          stats_.failed_commits += group.size();
        }
      }
      if (written.ok()) {
        for (size_t i = 0; i < group.size(); ++i) {
          if (group[i].done) group[i].done(std::move(results[i]));
        }
      } else {
        // Nothing of the group was applied. What was queued behind it was staged on top of it, so
        // it is failed unwritten too, and commits are refused until every undo ran: callbacks
        // take back their in-memory changes last first across groups, each finding the state
        // its change had staged (a later group's undo must not run after an earlier one's).
        std::vector<PendingCommit> behind;
        {
          std::lock_guard lock(mu_);
          failing_ = true;
          behind.swap(queue_);
          for (const auto& c : behind) pending_bytes_ -= c.batch.byte_size();
          stats_.failed_commits += behind.size();
        }
        for (size_t i = behind.size(); i-- > 0;) {
          if (behind[i].done) behind[i].done(written);
        }
        behind.clear();
        for (size_t i = group.size(); i-- > 0;) {
          if (group[i].done) group[i].done(std::move(results[i]));
        }
        std::lock_guard lock(mu_);
        failing_ = false;
      }
      {
        std::lock_guard lock(after_group_mu_);
        if (after_group_) after_group_();
      }
      group.clear();
    }
  }

  void record_latency(Clock::duration took) {
    const auto us =
        static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(took).count());
    stats_.latency_sum_us += us;
    size_t bucket = 0;
    while (bucket < std::size(StoreStats::kLatencyBucketsUs) &&
           us >= StoreStats::kLatencyBucketsUs[bucket]) {
      ++bucket;
    }
    ++stats_.latency_buckets[bucket];
  }

  void record_sync(Clock::duration took) {
    const auto us =
        static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(took).count());
    size_t bucket = 0;
    while (bucket < std::size(StoreStats::kSyncBucketsUs) &&
           us >= StoreStats::kSyncBucketsUs[bucket])
      ++bucket;
    std::lock_guard lock(mu_);
    stats_.sync_sum_us += us;
    ++stats_.sync_buckets[bucket];
  }

  Status write_group(const std::vector<PendingCommit>& group, bool& synced) {
    if (write_failed_) RELAIS_TRY(recover());
    rocksdb::WriteBatch batch;
    bool sync = false;
    bool erasing = false;
    for (const auto& c : group) {
      sync = sync || c.durability == Durability::synced;
      for (const auto& op : c.batch.ops()) {
        auto* cf = db_->cf(op.table);
        if (op.kind != WriteBatch::Op::Kind::put) erasing = true;
        switch (op.kind) {
          case WriteBatch::Op::Kind::put:
            batch.Put(cf, slice(op.key), slice(op.value)).PermitUncheckedError();
            break;
          case WriteBatch::Op::Kind::erase:
            batch.Delete(cf, slice(op.key)).PermitUncheckedError();
            break;
          case WriteBatch::Op::Kind::erase_range: {
            const std::string end = op.value.empty() ? end_past_last(op.table, group) : op.value;
            if (op.key < end)
              batch.DeleteRange(cf, slice(op.key), slice(end)).PermitUncheckedError();
            break;
          }
        }
      }
    }
    rocksdb::WriteOptions options;
    options.sync = sync;
    const auto started = Clock::now();
    const auto s = db_->db->Write(options, &batch);
    if (sync && s.ok()) record_sync(Clock::now() - started);
    if (!s.ok()) {
      write_failed_ = true;
      return Error{Errc::io, "The store could not write to disk (" + s.ToString() + ")."};
    }
    synced = sync;
    if (erasing) erased_.store(true);  // the next sweep takes it out of the files
    return ok_status();
  }

  // Erased values linger in the memtable, in the write-ahead logs that hold the memtable's
  // writes, and in table files until a compaction drops them. Flushing every table retires those
  // logs; compacting the range rewrites its table files without the values. File deletions are
  // held off meanwhile and then let go in this thread, which deletes the obsolete logs and
  // table files at once rather than in a background job that may run later.
  // Whether a write-ahead log older than the current one is still alive.
  static bool older_logs_alive(rocksdb::DB& db) {
    std::unique_ptr<rocksdb::LogFile> current;
    rocksdb::VectorLogPtr logs;
    if (!db.GetCurrentWalFile(&current).ok() || !db.GetSortedWalFiles(logs).ok()) return true;
    for (const auto& log : logs) {
      if (log->Type() == rocksdb::kAliveLogFile && log->LogNumber() < current->LogNumber()) return true;
    }
    return false;
  }

  Status purge_now(const PurgeRange& range) {
    std::shared_lock lock(db_mu_);
    RELAIS_TRY(usable());
    rocksdb::DB& db = *db_->db;
    auto s = db.DisableFileDeletions();
    if (!s.ok()) return rocks_error("The store could not hold off file deletions", s);
    rocksdb::FlushOptions flush;
    flush.wait = true;
    flush.allow_write_stall = true;
    std::vector<rocksdb::ColumnFamilyHandle*> tables(db_->tables.begin(), db_->tables.end());
    s = db.Flush(flush, tables);
    if (s.ok() && older_logs_alive(db)) {
      // A table whose memtable is empty keeps the log it had at its last memtable switch, and
      // RocksDB moves it to a newer log only when a flush opens one. After a background flush
      // of that table raced with this one, the erased record's log would stay alive (and, as
      // recovery replays logs without flushing, across restarts). A marker written and flushed
      // opens a new log and moves every empty table onto it.
      rocksdb::WriteOptions write;
      write.sync = true;
      s = db.Put(write, db_->cf(Table::meta), "purge-marker", "");
      if (s.ok()) s = db.Flush(flush, db_->cf(Table::meta));
    }
    if (s.ok()) {
      rocksdb::CompactRangeOptions compact;
      compact.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForce;
      const rocksdb::Slice begin = slice(range.begin);
      const rocksdb::Slice end = slice(range.end);
      s = db.CompactRange(compact, db_->cf(range.table), &begin,
                          range.end.empty() ? nullptr : &end);
    }
    // Not forced: a checkpoint being taken keeps its own hold on deletions.
    const auto enabled = db.EnableFileDeletions(/*force=*/false);
    if (!s.ok()) return rocks_error("The store could not purge erased records", s);
    if (!enabled.ok()) return rocks_error("The store could not delete obsolete files", enabled);
    return ok_status();
  }

  // RocksDB's DeleteRange needs a finite end: one past the greatest key the table holds, or
  // that this group puts there (the writer is the only writer, so this cannot go stale).
  std::string end_past_last(Table table, const std::vector<PendingCommit>& group) const {
    std::string last;
    std::unique_ptr<rocksdb::Iterator> it(
        db_->db->NewIterator(rocksdb::ReadOptions(), db_->cf(table)));
    it->SeekToLast();
    if (it->Valid()) last = it->key().ToString();
    for (const auto& c : group) {
      for (const auto& op : c.batch.ops()) {
        if (op.table == table && op.kind == WriteBatch::Op::Kind::put)
          last = std::max(last, op.key);
      }
    }
    return last + '\0';
  }

  // After a failed write RocksDB refuses further writes. A hard error (disk full) clears with
  // Resume() once space is back; a fatal one (a WAL append failed) needs the database closed
  // and opened again. Reads wait during the reopen; if the full open fails, a read-only open
  // keeps reads served until the next attempt.
  Status recover() {
    if (db_ && !db_->read_only && db_->db->Resume().ok()) {
      write_failed_ = false;
      return ok_status();
    }
    // Bounded wait: a scan's visitor that waits for a commit holds a read lock meanwhile.
    std::unique_lock lock(db_mu_, std::defer_lock);
    if (!lock.try_lock_for(std::chrono::seconds(1))) {
      return Error{Errc::io, "The store is recovering from a disk failure; try again."};
    }
    db_.reset();
    auto reopened = open_db(path_, tuning_, /*read_only=*/false);
    if (reopened.ok()) {
      db_ = std::move(reopened).value();
      write_failed_ = false;
      return ok_status();
    }
    Error error = std::move(reopened).error();
    auto read_only = open_db(path_, tuning_, /*read_only=*/true);
    if (read_only.ok()) db_ = std::move(read_only).value();
    return Error{Errc::io, "The store could not recover from a disk failure: " + error.message};
  }

  const std::string path_;
  const Tuning tuning_;

  // Readers share db_; the writer replaces it (only when recovering) under the exclusive lock.
  mutable std::shared_timed_mutex db_mu_;
  std::unique_ptr<OpenDb> db_;
  bool write_failed_ = false;  // writer thread only

  mutable std::mutex mu_;  // guards the queue and the stats
  std::condition_variable wake_;
  std::vector<PendingCommit> queue_;
  size_t pending_bytes_ = 0;
  const size_t max_pending_bytes_;
  bool stopping_ = false;
  bool failing_ = false;  // a failed group's callbacks are running
  StoreStats stats_;

  // Whether anything was erased since the last sweep began.
  std::atomic<bool> erased_{true};
  const std::chrono::milliseconds sweep_every_;
  std::mutex sweep_mu_;
  std::condition_variable sweep_wake_;
  bool sweep_stopping_ = false;

  std::mutex after_group_mu_;
  std::function<void()> after_group_;

  std::thread writer_;  // last: starts once everything above is ready
  std::thread sweeper_;
};

thread_local RocksStore::ThreadGroup RocksStore::t_group;

// fsync a file or folder so that a restored copy survives a power cut.
Status sync_path(const fs::path& path, bool directory) {
  const int fd = ::open(path.c_str(), (directory ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error{Errc::io, "A restored file could not be opened to sync it."};
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return Error{Errc::io, "A restored file could not be synced to disk."};
  return ok_status();
}

}  // namespace

Result<std::unique_ptr<KvStore>> open_rocks_store(const RocksOptions& options) {
  if (options.path.empty()) return Error{Errc::invalid_argument, "The store path is empty."};
  std::error_code ec;
  if (!options.create_if_missing && !fs::exists(fs::path(options.path) / "CURRENT", ec)) {
    return Error{Errc::not_found, "There is no store at the given path."};
  }
  if (options.create_if_missing) {
    fs::create_directories(options.path, ec);
    if (ec) return Error{Errc::io, "The store folder could not be created (" + ec.message() + ")."};
  }
  Tuning tuning = make_tuning(options);
  RELAIS_TRY_ASSIGN(auto db, open_db(options.path, tuning, /*read_only=*/false));
  RELAIS_TRY(check_schema(*db));
  return std::unique_ptr<KvStore>(
      std::make_unique<RocksStore>(options.path, std::move(tuning), std::move(db),
                                   options.max_pending_bytes, options.erase_within));
}

Status restore_checkpoint(const std::string& from, const std::string& into) {
  std::error_code ec;
  if (!fs::is_regular_file(fs::path(from) / "CURRENT", ec)) {
    return Error{Errc::not_found, "There is no checkpoint in the given folder."};
  }
  if (fs::exists(into, ec) && (!fs::is_directory(into, ec) || !fs::is_empty(into, ec))) {
    return Error{Errc::already_exists, "The restore folder is not empty."};
  }
  // Copy beside the target, check it opens, then move it into place in one rename.
  fs::path target = fs::absolute(into, ec).lexically_normal();
  if (!target.has_filename()) target = target.parent_path();  // "into/" names "into"
  const fs::path staging = target.string() + ".restoring";
  fs::remove_all(staging, ec);
  fs::create_directories(staging, ec);
  if (ec) return Error{Errc::io, "The restore folder could not be created (" + ec.message() + ")."};
  auto fail = [&](Error error) -> Status {
    std::error_code ignored;
    fs::remove_all(staging, ignored);
    return error;
  };
  for (const auto& entry : fs::directory_iterator(from, ec)) {
    if (!entry.is_regular_file()) continue;
    const fs::path copy = staging / entry.path().filename();
    if (!fs::copy_file(entry.path(), copy, ec)) {
      return fail(Error{Errc::io, "The checkpoint could not be copied (" + ec.message() + ")."});
    }
    if (auto s = sync_path(copy, false); !s.ok()) return fail(std::move(s).error());
  }
  if (ec) return fail(Error{Errc::io, "The checkpoint could not be read (" + ec.message() + ")."});
  {
    RocksOptions check;
    check.path = staging.string();
    check.create_if_missing = false;
    auto opened = open_rocks_store(check);
    if (!opened.ok()) {
      return fail(Error{opened.error().code,
                        "The checkpoint does not open as a store: " + opened.error().message});
    }
  }
  if (fs::exists(target, ec)) fs::remove(target, ec);
  fs::rename(staging, target, ec);
  if (ec) return fail(Error{Errc::io, "The restored store could not be moved into place."});
  return sync_path(target.parent_path(), true);
}

}  // namespace relais::server

// The RocksDB store against a real database in a temporary folder.
#include <gtest/gtest.h>
#include <rocksdb/iterator.h>
#include <rocksdb/options.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <future>
#include <mutex>
#include <numeric>
#include <random>
#include <thread>

#include "server/store/kv_store.h"
#include "tests/support/temp_dir.h"
#include "tests/server/store/files_on_disk.h"

namespace relais::server {
namespace {

using namespace std::string_literals;
using testing::files_hold;
using KeyValues = std::vector<std::pair<std::string, std::string>>;

WriteBatch put_batch(Table table, std::string key, std::string value) {
  WriteBatch batch;
  batch.put(table, std::move(key), std::move(value));
  return batch;
}

std::string message_of(const Status& status) {
  return status.ok() ? "" : status.error().message;
}

class RocksStoreTest : public ::testing::Test {
 protected:
  std::string db_path() const { return (dir_ / "db").string(); }

  std::unique_ptr<KvStore> open(RocksOptions options = {}) {
    options.path = db_path();
    options.block_cache_bytes = 8u << 20;
    options.write_buffer_bytes = 8u << 20;
    auto opened = open_rocks_store(options);
    EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().message);
    return opened.ok() ? std::move(opened).value() : nullptr;
  }

  void put(KvStore& store, Table table, std::string key, std::string value) {
    const Status s = store.commit_and_wait(put_batch(table, std::move(key), std::move(value)),
                                           Durability::synced);
    ASSERT_TRUE(s.ok()) << message_of(s);
  }

  std::optional<std::string> get(const KvStore& store, Table table, std::string_view key) {
    auto r = store.get(table, key);
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r : std::nullopt;
  }

  KeyValues scan(const KvStore& store, Table table, std::string_view begin, std::string_view end,
                 size_t limit = 0) {
    KeyValues out;
    const Status s = store.scan(table, begin, end, limit, [&](auto k, auto v) {
      out.emplace_back(std::string(k), std::string(v));
      return true;
    });
    EXPECT_TRUE(s.ok()) << message_of(s);
    return out;
  }

  relais::testing::TempDir dir_{"relais-store"};
};

TEST_F(RocksStoreTest, PutGetEraseKeepTablesApart) {
  auto store = open();
  ASSERT_TRUE(store);
  WriteBatch batch;
  for (int i = 0; i < kTableCount; ++i) {
    batch.put(static_cast<Table>(i), "same-key",
              "value-of-" + std::string(table_name(static_cast<Table>(i))));
  }
  ASSERT_TRUE(store->commit_and_wait(std::move(batch), Durability::synced).ok());
  for (int i = 0; i < kTableCount; ++i) {
    const auto table = static_cast<Table>(i);
    EXPECT_EQ(get(*store, table, "same-key"), "value-of-" + std::string(table_name(table)));
  }
  WriteBatch erase;
  erase.erase(Table::accounts, "same-key");
  erase.erase(Table::accounts, "never-there");  // erasing a missing key is not an error
  ASSERT_TRUE(store->commit_and_wait(std::move(erase), Durability::buffered).ok());
  EXPECT_EQ(get(*store, Table::accounts, "same-key"), std::nullopt);
  EXPECT_EQ(get(*store, Table::prekeys, "same-key"), "value-of-prekeys");
  EXPECT_EQ(get(*store, Table::queues, "absent"), std::nullopt);
  // Binary keys and values, empty values.
  put(*store, Table::queues, "\x00\xff\x00"s, "\x00"s);
  put(*store, Table::queues, "empty", "");
  EXPECT_EQ(get(*store, Table::queues, "\x00\xff\x00"s), "\x00"s);
  EXPECT_EQ(get(*store, Table::queues, "empty"), "");
}

TEST_F(RocksStoreTest, ANewStoreRecordsItsSchemaVersion) {
  auto store = open();
  ASSERT_TRUE(store);
  EXPECT_EQ(get(*store, Table::meta, kSchemaVersionKey), be32(kSchemaVersion));
}

TEST_F(RocksStoreTest, ScanVisitsInKeyOrderWithinBoundsAndLimits) {
  auto store = open();
  ASSERT_TRUE(store);
  const std::string alice(16, 'a'), bob(16, 'b');
  WriteBatch batch;
  // Put out of order: sequence numbers as big-endian sort numerically.
  for (uint64_t seq : {300u, 2u, 70000u, 1u, 256u}) {
    batch.put(Table::queues, alice + be64(seq), "a" + std::to_string(seq));
    batch.put(Table::queues, bob + be64(seq), "b" + std::to_string(seq));
  }
  batch.put(Table::room_log, alice + be64(5), "other table");
  ASSERT_TRUE(store->commit_and_wait(std::move(batch), Durability::synced).ok());

  auto all = scan(*store, Table::queues, alice, prefix_end(alice));
  ASSERT_EQ(all.size(), 5u);
  std::vector<uint64_t> seqs;
  for (auto& [k, v] : all) {
    ASSERT_EQ(k.size(), 24u);
    EXPECT_EQ(k.substr(0, 16), alice);
    seqs.push_back(read_be64(std::string_view(k).substr(16)));
  }
  EXPECT_EQ(seqs, (std::vector<uint64_t>{1, 2, 256, 300, 70000}));
  EXPECT_EQ(all.front().second, "a1");

  auto first_two = scan(*store, Table::queues, alice, prefix_end(alice), 2);
  ASSERT_EQ(first_two.size(), 2u);
  EXPECT_EQ(first_two[1].second, "a2");

  // From a cursor: [alice|256, end), end exclusive.
  auto from = scan(*store, Table::queues, alice + be64(256), alice + be64(70000));
  ASSERT_EQ(from.size(), 2u);
  EXPECT_EQ(from[0].second, "a256");
  EXPECT_EQ(from[1].second, "a300");

  // The visitor stops the scan.
  int visited = 0;
  ASSERT_TRUE(
      store->scan(Table::queues, "", "", 0, [&](auto, auto) { return ++visited < 3; }).ok());
  EXPECT_EQ(visited, 3);

  // Empty end: no upper bound; empty or inverted ranges visit nothing.
  EXPECT_EQ(scan(*store, Table::queues, bob, "").size(), 5u);
  EXPECT_EQ(scan(*store, Table::queues, "", "").size(), 10u);
  EXPECT_TRUE(scan(*store, Table::queues, bob, bob).empty());
  EXPECT_TRUE(scan(*store, Table::queues, bob, alice).empty());
  EXPECT_TRUE(scan(*store, Table::accounts, "", "").empty());
}

TEST_F(RocksStoreTest, LastInFindsTheGreatestKeyInTheRange) {
  auto store = open();
  ASSERT_TRUE(store);
  const std::string room = "room-1|";
  WriteBatch batch;
  for (uint64_t seq = 1; seq <= 10; ++seq)
    batch.put(Table::room_log, room + be64(seq), std::to_string(seq));
  batch.put(Table::room_log, "room-2|" + be64(99), "other room");
  batch.put(Table::room_log, "room-0|" + be64(99), "other room");
  ASSERT_TRUE(store->commit_and_wait(std::move(batch), Durability::synced).ok());

  auto last = store->last_in(Table::room_log, room, prefix_end(room));
  ASSERT_TRUE(last.ok());
  ASSERT_TRUE(last->has_value());
  EXPECT_EQ((*last)->first, room + be64(10));
  EXPECT_EQ((*last)->second, "10");

  // End is exclusive.
  last = store->last_in(Table::room_log, room, room + be64(10));
  ASSERT_TRUE(last.ok() && last->has_value());
  EXPECT_EQ((*last)->second, "9");

  // Nothing in range: nothing found, not the neighbour below or above.
  last = store->last_in(Table::room_log, "room-1|x", "room-1|z");
  ASSERT_TRUE(last.ok());
  EXPECT_FALSE(last->has_value());
  last = store->last_in(Table::rooms, "", "");
  ASSERT_TRUE(last.ok());
  EXPECT_FALSE(last->has_value());

  // Unbounded end and an all-0xff prefix.
  last = store->last_in(Table::room_log, "", "");
  ASSERT_TRUE(last.ok() && last->has_value());
  EXPECT_EQ((*last)->first, "room-2|" + be64(99));
  const std::string ff(16, '\xff');
  put(*store, Table::queues, ff + be64(1), "one");
  put(*store, Table::queues, ff + be64(~0ull), "max");
  last = store->last_in(Table::queues, ff, prefix_end(ff));
  ASSERT_TRUE(last.ok() && last->has_value());
  EXPECT_EQ((*last)->second, "max");
}

TEST_F(RocksStoreTest, EraseRangeRemovesHalfOpenRange) {
  auto store = open();
  ASSERT_TRUE(store);
  const std::string acct(16, 'x');
  WriteBatch batch;
  for (uint64_t seq = 0; seq < 10; ++seq) batch.put(Table::queues, acct + be64(seq), "v");
  batch.put(Table::queues, std::string(16, 'y') + be64(0), "neighbour");
  ASSERT_TRUE(store->commit_and_wait(std::move(batch), Durability::synced).ok());

  WriteBatch erase;
  erase.erase_range(Table::queues, acct + be64(2), acct + be64(5));  // 2, 3, 4
  erase.erase_range(Table::queues, acct + be64(7), acct + be64(7));  // empty range: nothing
  ASSERT_TRUE(store->commit_and_wait(std::move(erase), Durability::synced).ok());
  std::vector<uint64_t> left;
  for (auto& [k, v] : scan(*store, Table::queues, acct, prefix_end(acct))) {
    left.push_back(read_be64(std::string_view(k).substr(16)));
  }
  EXPECT_EQ(left, (std::vector<uint64_t>{0, 1, 5, 6, 7, 8, 9}));

  WriteBatch all;
  all.erase_range(Table::queues, acct, prefix_end(acct));
  ASSERT_TRUE(store->commit_and_wait(std::move(all), Durability::synced).ok());
  EXPECT_TRUE(scan(*store, Table::queues, acct, prefix_end(acct)).empty());
  EXPECT_EQ(get(*store, Table::queues, std::string(16, 'y') + be64(0)), "neighbour");
}

TEST_F(RocksStoreTest, EraseRangeWithNoUpperBoundReachesTheLastKey) {
  auto store = open();
  ASSERT_TRUE(store);
  const std::string ff(16, '\xff');
  put(*store, Table::queues, ff + be64(1), "stored");
  put(*store, Table::queues, ff + be64(~0ull), "stored");
  put(*store, Table::queues, "below", "kept");
  WriteBatch batch;
  batch.put(Table::queues, ff + be64(~0ull) + "\xff\xff", "put earlier in the same batch");
  batch.erase_range(Table::queues, ff, prefix_end(ff));  // prefix_end(ff) is empty: unbounded
  batch.put(Table::queues, ff + be64(7), "put after the erase");
  ASSERT_TRUE(store->commit_and_wait(std::move(batch), Durability::synced).ok());
  EXPECT_EQ(scan(*store, Table::queues, ff, ""),
            (KeyValues{{ff + be64(7), "put after the erase"}}));
  EXPECT_EQ(get(*store, Table::queues, "below"), "kept");
}

TEST_F(RocksStoreTest, MalformedBatchIsRefusedAtOnceAndNeverCallsBack) {
  auto store = open();
  ASSERT_TRUE(store);
  WriteBatch inverted;
  inverted.put(Table::queues, "a", "must not land");
  inverted.erase_range(Table::queues, "z", "a");
  std::atomic<bool> called{false};
  const Status refused =
      store->commit(std::move(inverted), Durability::synced, [&](Status) { called = true; });
  ASSERT_FALSE(refused.ok());  // refused before queueing: the answer is the return value
  EXPECT_EQ(refused.error().code, Errc::invalid_argument);
  // An empty batch is fine (a barrier): once it completed, every earlier callback has run.
  EXPECT_TRUE(store->commit_and_wait(WriteBatch{}, Durability::synced).ok());
  EXPECT_FALSE(called.load());
  EXPECT_EQ(get(*store, Table::queues, "a"), std::nullopt);
  EXPECT_EQ(store->stats().refused, 1u);
  // commit_and_wait hands back the same refusal without waiting for anything.
  WriteBatch inverted_again;
  inverted_again.erase_range(Table::queues, "z", "a");
  const Status waited = store->commit_and_wait(std::move(inverted_again), Durability::synced);
  ASSERT_FALSE(waited.ok());
  EXPECT_EQ(waited.error().code, Errc::invalid_argument);
}

TEST_F(RocksStoreTest, CallbacksRunOnTheWriterThreadNeverOnTheCaller) {
  auto store = open();
  ASSERT_TRUE(store);
  // Even with the writer idle, a queued batch's callback is not run by commit() itself: a
  // caller may hold a lock its callback takes.
  std::mutex callers_lock;
  std::vector<std::thread::id> ran_on;
  std::promise<void> all_ran;
  constexpr int kCommits = 50;
  for (int i = 0; i < kCommits; ++i) {
    std::lock_guard lock(callers_lock);
    const Status queued =
        store->commit(put_batch(Table::queues, be64(static_cast<uint64_t>(i)), "v"),
                      Durability::buffered, [&, i](Status s) {
                        EXPECT_TRUE(s.ok());
                        std::lock_guard l(callers_lock);  // would deadlock inline
                        ran_on.push_back(std::this_thread::get_id());
                        if (i == kCommits - 1) all_ran.set_value();
                      });
    ASSERT_TRUE(queued.ok()) << message_of(queued);
  }
  all_ran.get_future().wait();
  std::lock_guard lock(callers_lock);
  ASSERT_EQ(ran_on.size(), static_cast<size_t>(kCommits));
  for (const auto& id : ran_on) {
    EXPECT_NE(id, std::this_thread::get_id());
    EXPECT_EQ(id, ran_on.front());  // one writer thread
  }
}

TEST_F(RocksStoreTest, PurgeIsRefusedAsAReturnValueOrCallsBackOnceDone) {
  auto store = open();
  ASSERT_TRUE(store);
  put(*store, Table::room_log, "room/gone", "ciphertext to purge");
  WriteBatch erase;
  erase.erase(Table::room_log, "room/gone");
  ASSERT_TRUE(store->commit_and_wait(std::move(erase), Durability::synced).ok());

  std::atomic<int> called{0};
  const Status inverted = store->purge(Table::room_log, "z", "a", [&](Status) { ++called; });
  ASSERT_FALSE(inverted.ok());
  EXPECT_EQ(inverted.error().code, Errc::invalid_argument);

  std::promise<Status> purged;
  const Status queued = store->purge(Table::room_log, "room", prefix_end("room"),
                                     [&](Status s) { purged.set_value(std::move(s)); });
  ASSERT_TRUE(queued.ok()) << message_of(queued);
  const Status result = purged.get_future().get();
  EXPECT_TRUE(result.ok()) << message_of(result);
  EXPECT_EQ(called.load(), 0);
  EXPECT_EQ(get(*store, Table::room_log, "room/gone"), std::nullopt);
  EXPECT_EQ(store->stats().refused, 1u);
}

TEST_F(RocksStoreTest, ABatchIsVisibleEntirelyOrNotAtAll) {
  auto store = open();
  ASSERT_TRUE(store);
  constexpr int kBatches = 60, kPerBatch = 40;
  std::atomic<bool> done{false};
  std::atomic<int> torn{0}, reads{0};
  std::thread reader([&] {
    while (!done.load()) {
      size_t n = 0;
      const Status s = store->scan(Table::room_log, "r|", prefix_end("r|"), 0, [&](auto, auto) {
        ++n;
        return true;
      });
      if (!s.ok() || n % kPerBatch != 0) ++torn;
      // The member record and the log entry of one batch travel together.
      auto member = store->get(Table::members, "m");
      if (!member.ok() ||
          (member->has_value() && std::stoul(**member) * kPerBatch > n + kPerBatch)) {
        ++torn;
      }
      ++reads;
    }
  });
  for (int b = 0; b < kBatches; ++b) {
    WriteBatch batch;
    for (int i = 0; i < kPerBatch; ++i) {
      batch.put(Table::room_log,
                "r|" + be32(static_cast<uint32_t>(b)) + be32(static_cast<uint32_t>(i)),
                std::string(64, 'c'));
    }
    batch.put(Table::members, "m", std::to_string(b + 1));
    ASSERT_TRUE(store->commit_and_wait(std::move(batch), Durability::buffered).ok());
    // Let the reader look between batches.
    for (const int seen = reads.load(); reads.load() < seen + 2;) std::this_thread::yield();
  }
  done = true;
  reader.join();
  EXPECT_EQ(torn.load(), 0);
  EXPECT_GT(reads.load(), 0);
  EXPECT_EQ(scan(*store, Table::room_log, "r|", prefix_end("r|")).size(),
            static_cast<size_t>(kBatches * kPerBatch));
}

TEST_F(RocksStoreTest, SyncedAndBufferedDataSurviveCloseAndReopen) {
  {
    auto store = open();
    ASSERT_TRUE(store);
    put(*store, Table::accounts, "acct", "record");
    ASSERT_TRUE(
        store->commit_and_wait(put_batch(Table::queues, "q", "buffered"), Durability::buffered)
            .ok());
    WriteBatch gone;
    gone.put(Table::invites, "code", "x");
    gone.erase(Table::invites, "code");
    ASSERT_TRUE(store->commit_and_wait(std::move(gone), Durability::synced).ok());
  }
  auto store = open();
  ASSERT_TRUE(store);
  EXPECT_EQ(get(*store, Table::accounts, "acct"), "record");
  EXPECT_EQ(get(*store, Table::queues, "q"), "buffered");
  EXPECT_EQ(get(*store, Table::invites, "code"), std::nullopt);
}

TEST_F(RocksStoreTest, ClosingRunsEveryQueuedCommitFirst) {
  constexpr int kCommits = 200;
  std::atomic<int> ok{0};
  {
    auto store = open();
    ASSERT_TRUE(store);
    for (int i = 0; i < kCommits; ++i) {
      ASSERT_TRUE(store
                      ->commit(put_batch(Table::queues, be64(static_cast<uint64_t>(i)), "v"),
                               Durability::buffered, [&](Status s) { ok += s.ok() ? 1 : 0; })
                      .ok());
    }
  }  // destroyed at once, with commits still queued
  EXPECT_EQ(ok.load(), kCommits);
  auto store = open();
  ASSERT_TRUE(store);
  EXPECT_EQ(scan(*store, Table::queues, "", "").size(), static_cast<size_t>(kCommits));
}

TEST_F(RocksStoreTest, ConcurrentCommitsCompleteInCommitOrderAndShareSyncs) {
  auto store = open();
  ASSERT_TRUE(store);
  constexpr int kThreads = 8, kPerThread = 1250, kTotal = kThreads * kPerThread;
  std::mutex order_mu;  // held around commit() so that tickets follow the order of the calls
  uint64_t next_ticket = 0;
  // Callbacks run on the writer thread only; the vectors are read after all of them ran.
  std::vector<uint64_t> completed_tickets;
  std::vector<std::vector<int>> completed_per_thread(kThreads);
  completed_tickets.reserve(kTotal);
  std::atomic<int> failures{0}, remaining{kTotal};
  std::promise<void> all_done;

  std::vector<std::thread> committers;
  for (int t = 0; t < kThreads; ++t) {
    committers.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        WriteBatch batch;
        batch.put(Table::queues,
                  std::string(16, static_cast<char>('A' + t)) + be64(static_cast<uint64_t>(i)),
                  std::string(300, 'e'));
        std::lock_guard lock(order_mu);
        const uint64_t ticket = next_ticket++;
        const Status queued =
            store->commit(std::move(batch), Durability::synced, [&, ticket, t, i](Status s) {
              if (!s.ok()) ++failures;
              completed_tickets.push_back(ticket);
              completed_per_thread[static_cast<size_t>(t)].push_back(i);
              if (--remaining == 0) all_done.set_value();
            });
        EXPECT_TRUE(queued.ok()) << message_of(queued);
      }
    });
  }
  for (auto& c : committers) c.join();
  all_done.get_future().wait();

  EXPECT_EQ(failures.load(), 0);
  std::vector<uint64_t> expected(kTotal);
  std::iota(expected.begin(), expected.end(), 0);
  EXPECT_EQ(completed_tickets, expected);
  std::vector<int> in_order(kPerThread);
  std::iota(in_order.begin(), in_order.end(), 0);
  for (const auto& per_thread : completed_per_thread) EXPECT_EQ(per_thread, in_order);

  const StoreStats stats = store->stats();
  EXPECT_EQ(stats.commits, static_cast<uint64_t>(kTotal));
  EXPECT_EQ(stats.failed_commits, 0u);
  EXPECT_EQ(stats.pending, 0u);
  ASSERT_GT(stats.syncs, 0u);
  EXPECT_GT(stats.commits / stats.syncs, 1u) << "no group commit: one sync per batch";
  uint64_t histogram_total = 0;
  for (uint64_t count : stats.latency_buckets) histogram_total += count;
  EXPECT_EQ(histogram_total, stats.commits);
  EXPECT_EQ(scan(*store, Table::queues, "", "").size(), static_cast<size_t>(kTotal));
}

TEST_F(RocksStoreTest, BufferedCommitsDoNotSync) {
  auto store = open();
  ASSERT_TRUE(store);
  const uint64_t syncs_before = store->stats().syncs;
  for (int i = 0; i < 20; ++i) {
    ASSERT_TRUE(store
                    ->commit_and_wait(put_batch(Table::counters, "c", std::to_string(i)),
                                      Durability::buffered)
                    .ok());
  }
  EXPECT_EQ(store->stats().syncs, syncs_before);
  put(*store, Table::counters, "c", "synced");
  EXPECT_EQ(store->stats().syncs, syncs_before + 1);
}

// begin_group .. end_group: one thread's commits wake the writer once, are written as one
// group (one sync), and the after-group hook runs once their callbacks have.
TEST_F(RocksStoreTest, OneThreadsGroupIsWrittenTogetherAndTheHookFollowsItsCallbacks) {
  auto store = open();
  ASSERT_TRUE(store);
  std::mutex mu;
  std::vector<std::string> events;
  store->set_after_group([&] {
    std::lock_guard lock(mu);
    events.push_back("group");
  });
  ASSERT_TRUE(store->commit_and_wait(WriteBatch{}, Durability::buffered).ok());
  std::this_thread::sleep_for(std::chrono::milliseconds(20));  // the writer waits again
  {
    std::lock_guard lock(mu);
    events.clear();
  }
  const StoreStats before = store->stats();
  {
    CommitGroup group(*store);
    for (int i = 0; i < 5; ++i) {
      ASSERT_TRUE(store
                      ->commit(put_batch(Table::counters, "g" + std::to_string(i), "v"),
                               Durability::synced,
                               [&, i](Status s) {
                                 EXPECT_TRUE(s.ok());
                                 std::lock_guard lock(mu);
                                 events.push_back("commit " + std::to_string(i));
                               })
                      .ok());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::lock_guard lock(mu);
    EXPECT_TRUE(events.empty());  // queued, the writer not woken yet
  }
  // The hook runs after the group's callbacks: wait for it (a commit_and_wait queued now may
  // join the group and return before the hook has run).
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  for (;;) {
    {
      std::lock_guard lock(mu);
      if (std::find(events.begin(), events.end(), "group") != events.end()) break;
    }
    ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "the after-group hook never ran";
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  store->set_after_group({});  // not running once this returns
  const StoreStats after = store->stats();
  EXPECT_EQ(after.syncs - before.syncs, 1u);
  uint64_t timed_before = 0, timed_after = 0;
  for (auto b : before.sync_buckets) timed_before += b;
  for (auto b : after.sync_buckets) timed_after += b;
  EXPECT_EQ(timed_after - timed_before, 1u);  // each sync is timed
  std::lock_guard lock(mu);
  ASSERT_GE(events.size(), 6u);
  EXPECT_EQ(std::vector<std::string>(events.begin(), events.begin() + 6),
            (std::vector<std::string>{"commit 0", "commit 1", "commit 2", "commit 3", "commit 4",
                                      "group"}));
}

TEST_F(RocksStoreTest, CommitAndWaitInsideAGroupDoesNotWaitForTheGroupToEnd) {
  auto store = open();
  ASSERT_TRUE(store);
  CommitGroup group(*store);
  ASSERT_TRUE(store->commit(put_batch(Table::counters, "a", "1"), Durability::synced, {}).ok());
  EXPECT_TRUE(
      store->commit_and_wait(put_batch(Table::counters, "b", "2"), Durability::synced).ok());
  EXPECT_EQ(get(*store, Table::counters, "a"), "1");  // queued before it: written before it
}

TEST_F(RocksStoreTest, OverPendingBytesCommitIsRefusedWithUnavailableAndNeverCallsBack) {
  RocksOptions options;
  options.max_pending_bytes = 1u << 20;
  auto store = open(options);
  ASSERT_TRUE(store);

  // Hold the writer inside a callback so that later batches can only queue.
  std::promise<void> entered, release;
  std::shared_future<void> released = release.get_future().share();
  ASSERT_TRUE(store
                  ->commit(put_batch(Table::queues, "hold", "x"), Durability::buffered,
                           [&](Status) {
                             entered.set_value();
                             released.wait();
                           })
                  .ok());
  entered.get_future().wait();

  // Queued batches complete in the order they were committed, refused ones never call back.
  std::mutex order_mu;
  std::vector<std::string> completed;
  auto record = [&](std::string name) {
    return [&, name](Status s) {
      std::lock_guard lock(order_mu);
      completed.push_back(name + (s.ok() ? "" : " failed"));
    };
  };
  ASSERT_TRUE(store
                  ->commit(put_batch(Table::queues, "first", std::string(600u << 10, 'a')),
                           Durability::synced, record("first"))
                  .ok());
  const Status refused =
      store->commit(put_batch(Table::queues, "second", std::string(600u << 10, 'b')),
                    Durability::synced, record("second"));
  ASSERT_FALSE(refused.ok()) << "an overloaded store must refuse at once";
  EXPECT_EQ(refused.error().code, Errc::unavailable);
  EXPECT_NE(refused.error().message.find("overloaded"), std::string::npos);
  std::promise<void> third_done;
  ASSERT_TRUE(store
                  ->commit(put_batch(Table::queues, "third", "small"), Durability::synced,
                           [&, third = record("third")](Status s) {
                             third(std::move(s));
                             third_done.set_value();
                           })
                  .ok());

  // Larger than the whole limit: never accepted.
  const Status too_big = store->commit(put_batch(Table::queues, "huge", std::string(2u << 20, 'c')),
                                       Durability::synced, record("huge"));
  ASSERT_FALSE(too_big.ok());
  EXPECT_EQ(too_big.error().code, Errc::invalid_argument);

  StoreStats stats = store->stats();
  EXPECT_EQ(stats.pending, 2u);
  EXPECT_EQ(stats.refused, 2u);

  release.set_value();
  third_done.get_future().wait();
  // Once the queue drains the store accepts again.
  EXPECT_TRUE(
      store
          ->commit_and_wait(put_batch(Table::queues, "second", std::string(600u << 10, 'b')),
                            Durability::synced)
          .ok());
  {
    std::lock_guard lock(order_mu);
    EXPECT_EQ(completed, (std::vector<std::string>{"first", "third"}));
  }
  EXPECT_EQ(get(*store, Table::queues, "second")->size(), 600u << 10);
  EXPECT_EQ(get(*store, Table::queues, "huge"), std::nullopt);
}

TEST_F(RocksStoreTest, NewerSchemaIsRefusedWithAClearError) {
  {
    auto store = open();
    ASSERT_TRUE(store);
    put(*store, Table::meta, std::string(kSchemaVersionKey), be32(kSchemaVersion + 1));
  }
  RocksOptions options;
  options.path = db_path();
  auto opened = open_rocks_store(options);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, Errc::corrupt);
  EXPECT_NE(opened.error().message.find("newer relais"), std::string::npos)
      << opened.error().message;
}

TEST_F(RocksStoreTest, MalformedSchemaVersionIsRefused) {
  {
    auto store = open();
    ASSERT_TRUE(store);
    put(*store, Table::meta, std::string(kSchemaVersionKey), "\x01\x02\x03");
  }
  RocksOptions options;
  options.path = db_path();
  auto opened = open_rocks_store(options);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, Errc::corrupt);
}

TEST_F(RocksStoreTest, OpenFailsCleanlyWhenMissingOrInUse) {
  RocksOptions missing;
  missing.path = (dir_ / "nothing-here").string();
  missing.create_if_missing = false;
  auto opened = open_rocks_store(missing);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, Errc::not_found);
  EXPECT_FALSE(std::filesystem::exists(missing.path));

  RocksOptions empty;
  EXPECT_EQ(open_rocks_store(empty).error().code, Errc::invalid_argument);

  auto store = open();
  ASSERT_TRUE(store);
  RocksOptions again;
  again.path = db_path();
  auto second = open_rocks_store(again);  // RocksDB's lock file refuses a second opener
  ASSERT_FALSE(second.ok());
  EXPECT_FALSE(second.error().message.empty());
  put(*store, Table::meta, "still", "works");
}

TEST_F(RocksStoreTest, CheckpointWhileWritingRestoresAConsistentPrefix) {
  auto store = open();
  ASSERT_TRUE(store);
  std::atomic<bool> stop{false};
  std::atomic<uint64_t> acknowledged{0};
  std::thread writer([&] {
    for (uint64_t seq = 0; !stop.load() && seq < 100000; ++seq) {
      WriteBatch batch;
      batch.put(Table::room_log, "room|" + be64(seq), "entry-" + std::to_string(seq));
      batch.put(Table::rooms, "room", std::to_string(seq));  // the room's head moves with its log
      if (!store->commit_and_wait(std::move(batch), Durability::buffered).ok()) return;
      acknowledged = seq + 1;
    }
  });
  while (acknowledged.load() < 200) std::this_thread::yield();
  const uint64_t before = acknowledged.load();
  const auto cp = dir_ / "checkpoint";
  const Status taken = store->checkpoint(cp.string());
  stop = true;
  writer.join();
  ASSERT_TRUE(taken.ok()) << message_of(taken);

  const auto restored_path = dir_ / "restored";
  const Status restored = restore_checkpoint(cp.string(), restored_path.string());
  ASSERT_TRUE(restored.ok()) << message_of(restored);
  RocksOptions options;
  options.path = restored_path.string();
  options.create_if_missing = false;
  auto copy = open_rocks_store(options);
  ASSERT_TRUE(copy.ok()) << copy.error().message;
  const KeyValues log = scan(**copy, Table::room_log, "room|", prefix_end("room|"));
  ASSERT_GE(log.size(), before);
  for (size_t i = 0; i < log.size(); ++i) {  // no gaps: a prefix of the commits
    ASSERT_EQ(log[i].first, "room|" + be64(i));
  }
  EXPECT_EQ(get(**copy, Table::rooms, "room"), std::to_string(log.size() - 1));
  // The restored store is a store like any other.
  put(**copy, Table::rooms, "room", "moved on");
  EXPECT_EQ(get(**copy, Table::rooms, "room"), "moved on");
  // The staging folder is gone.
  EXPECT_FALSE(std::filesystem::exists(restored_path.string() + ".restoring"));
}

TEST_F(RocksStoreTest, CheckpointAndRestoreRefuseNonEmptyFolders) {
  auto store = open();
  ASSERT_TRUE(store);
  put(*store, Table::accounts, "a", "1");
  const auto busy = dir_ / "busy";
  std::filesystem::create_directories(busy);
  std::ofstream(busy / "file") << "someone's data";

  Status s = store->checkpoint(busy.string());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, Errc::already_exists);

  const auto cp = dir_ / "cp";
  std::filesystem::create_directories(cp);  // an existing empty folder is fine
  ASSERT_TRUE(store->checkpoint(cp.string()).ok());

  s = restore_checkpoint(cp.string(), busy.string());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, Errc::already_exists);
  std::ifstream kept(busy / "file");
  std::string content;
  std::getline(kept, content);
  EXPECT_EQ(content, "someone's data");

  const auto empty = dir_ / "empty";
  std::filesystem::create_directories(empty);
  ASSERT_TRUE(restore_checkpoint(cp.string(), empty.string()).ok());
  RocksOptions options;
  options.path = empty.string();
  auto copy = open_rocks_store(options);
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ(get(**copy, Table::accounts, "a"), "1");

  // A trailing slash names the same folder.
  const std::string slashed = (dir_ / "slashed").string() + "/";
  ASSERT_TRUE(restore_checkpoint(cp.string(), slashed).ok());
  EXPECT_TRUE(std::filesystem::exists(dir_ / "slashed" / "CURRENT"));
}

TEST_F(RocksStoreTest, RestoreRefusesWhatIsNotACheckpoint) {
  Status s = restore_checkpoint((dir_ / "no-such").string(), (dir_ / "into").string());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, Errc::not_found);

  const auto junk = dir_ / "junk";
  std::filesystem::create_directories(junk);
  std::ofstream(junk / "CURRENT") << "MANIFEST-000099\n";  // points at nothing
  s = restore_checkpoint(junk.string(), (dir_ / "into").string());
  ASSERT_FALSE(s.ok());
  EXPECT_FALSE(std::filesystem::exists(dir_ / "into"));
  EXPECT_FALSE(std::filesystem::exists((dir_ / "into").string() + ".restoring"));
}

// ---- Erased data leaves the files within RocksOptions::erase_within

// 64 random bytes: found nowhere by chance.
std::string marker(int i) {
  std::mt19937_64 rng(static_cast<uint64_t>(i) + 1);
  std::string m;
  for (int k = 0; k < 8; ++k) {
    const uint64_t r = rng();
    m.append(reinterpret_cast<const char*>(&r), sizeof r);
  }
  return m;
}

class ErasedDataTest : public RocksStoreTest {
 protected:
  static constexpr auto kBound = std::chrono::milliseconds(1000);
  // The bound, and ample time for the sweep's own flush and compaction on a loaded machine:
  // waited for only as long as needed (the bound itself is the seizure test's to check).
  static constexpr auto kSettle = kBound + std::chrono::seconds(20);

  // Waits until no file holds any of `gone` (true), or kSettle passed (false).
  bool swept(const std::vector<std::string>& gone) {
    const auto until = std::chrono::steady_clock::now() + kSettle;
    for (;;) {
      const bool clean = std::none_of(gone.begin(), gone.end(),
                                      [&](const auto& m) { return files_hold(folder(), m); });
      if (clean || std::chrono::steady_clock::now() > until) return clean;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }

  std::unique_ptr<KvStore> open_bounded(std::chrono::milliseconds bound = kBound) {
    RocksOptions options;
    options.erase_within = bound;
    return open(options);
  }
  void erase(KvStore& store, Table table, const std::string& key) {
    WriteBatch batch;
    batch.erase(table, key);
    ASSERT_TRUE(store.commit_and_wait(std::move(batch), Durability::synced).ok());
  }
  std::filesystem::path folder() const { return db_path(); }
};

TEST_F(ErasedDataTest, AcknowledgedEnvelopesLeaveTheLogsAndTheTableFiles) {
  {
    // Written, then carried into table files by a restart (the sweep at open flushes).
    auto store = open_bounded();
    ASSERT_TRUE(store);
    for (int i = 0; i < 20; ++i) put(*store, Table::queues, "old/" + std::to_string(i), marker(i));
  }
  auto store = open_bounded();
  ASSERT_TRUE(store);
  // And some only in the write-ahead log and the memtable.
  for (int i = 20; i < 40; ++i) put(*store, Table::queues, "new/" + std::to_string(i), marker(i));
  ASSERT_TRUE(files_hold(folder(), marker(3)));
  ASSERT_TRUE(files_hold(folder(), marker(23)));
  std::vector<std::string> gone;
  for (int i = 0; i < 40; i += 2) {
    erase(*store, Table::queues, (i < 20 ? "old/" : "new/") + std::to_string(i));
    gone.push_back(marker(i));
  }
  EXPECT_TRUE(swept(gone));
  for (int i = 0; i < 40; ++i) {
    EXPECT_EQ(files_hold(folder(), marker(i)), i % 2 == 1) << "marker " << i;
  }
  EXPECT_GE(store->stats().sweeps, 1u);
  EXPECT_EQ(store->stats().failed_sweeps, 0u);
  // What is kept is still there.
  EXPECT_EQ(get(*store, Table::queues, "old/1"), marker(1));
  EXPECT_EQ(get(*store, Table::queues, "new/21"), marker(21));
}

TEST_F(ErasedDataTest, ExpiredRoomEntriesErasedByRangeLeaveTheFiles) {
  auto store = open_bounded();
  ASSERT_TRUE(store);
  for (int i = 0; i < 10; ++i) put(*store, Table::room_log, "room/" + be64(i), marker(100 + i));
  WriteBatch expire;
  expire.erase_range(Table::room_log, "room/" + be64(0), "room/" + be64(6));
  ASSERT_TRUE(store->commit_and_wait(std::move(expire), Durability::synced).ok());
  std::vector<std::string> gone;
  for (int i = 0; i < 6; ++i) gone.push_back(marker(100 + i));
  EXPECT_TRUE(swept(gone));
  for (int i = 0; i < 10; ++i) EXPECT_EQ(files_hold(folder(), marker(100 + i)), i >= 6) << i;
}

TEST_F(ErasedDataTest, AStoreClosedCleanlyHoldsNothingErased) {
  {
    auto store = open_bounded(std::chrono::hours(1));  // no sweep while it runs but the first
    ASSERT_TRUE(store);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));  // the sweep at open is done
    put(*store, Table::queues, "a", marker(200));
    put(*store, Table::queues, "b", marker(201));
    erase(*store, Table::queues, "a");
    ASSERT_TRUE(files_hold(folder(), marker(200)));  // in the write-ahead log
  }
  EXPECT_FALSE(files_hold(folder(), marker(200)));
  EXPECT_TRUE(files_hold(folder(), marker(201)));
}

// Writes, erases and dies without closing (kill -9): the erased records are in the log.
int write_erase_and_die(const std::string& path) {
  RocksOptions options;
  options.path = path;
  options.erase_within = std::chrono::hours(1);
  auto opened = open_rocks_store(options);
  if (!opened.ok()) return 1;
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // the sweep at open is done
  for (int i = 0; i < 5; ++i) {
    if (!(*opened)
             ->commit_and_wait(put_batch(Table::queues, "k" + std::to_string(i), marker(300 + i)),
                               Durability::synced)
             .ok()) {
      return 2;
    }
  }
  WriteBatch erase;
  for (int i = 0; i < 4; ++i) erase.erase(Table::queues, "k" + std::to_string(i));
  if (!(*opened)->commit_and_wait(std::move(erase), Durability::synced).ok()) return 3;
  std::_Exit(0);
}

// Runs in a fresh process (a threadsafe death test: RocksDB's background threads are not
// forked): a child of it writes, erases and dies; then the store opens with a bound and the
// sweep at open takes out what the crash left. Returns 0, else the number of the failed step.
int crash_then_sweep(const std::string& path) {
  auto fail = [](int step, const char* why) {
    std::fprintf(stderr, "step %d: %s\n", step, why);
    return step;
  };
  const pid_t child = ::fork();
  if (child < 0) return fail(1, "fork");
  if (child == 0) std::_Exit(write_erase_and_die(path));
  int status = 0;
  if (::waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return fail(2, "the writer did not end as planned");
  const std::filesystem::path folder(path);
  if (!files_hold(folder, marker(300))) return fail(3, "the crash left nothing in the log");
  RocksOptions options;
  options.path = path;
  options.erase_within = std::chrono::milliseconds(1000);
  auto store = open_rocks_store(options);
  if (!store.ok()) return fail(4, "open");
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  auto erased_gone = [&] {
    for (int i = 0; i < 4; ++i) {
      if (files_hold(folder, marker(300 + i))) return false;
    }
    return true;
  };
  while (!erased_gone() && std::chrono::steady_clock::now() < until)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  if (!erased_gone()) return fail(5, "an erased record is still in a file");
  if (!files_hold(folder, marker(304))) return fail(6, "the kept record is in no file");
  auto kept = (*store)->get(Table::queues, "k4");
  if (!kept.ok() || *kept != marker(304)) return fail(7, "the kept record does not read");
  return 0;
}

TEST_F(ErasedDataTest, WhatACrashLeftIsSweptAtTheNextStart) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(std::exit(crash_then_sweep(db_path())), ::testing::ExitedWithCode(0), "");
}

// Runs in a child process: limits the file size so that the WAL append fails, checks that the
// failing group's callbacks all get Errc::io, that reads go on, and that writes work again once
// the limit is lifted. Returns 0 on success, else the number of the failed step.
int write_failure_then_recovery() {
  auto fail = [](int step, const std::string& why) {
    std::fprintf(stderr, "step %d: %s\n", step, why.c_str());
    return step;
  };
  relais::testing::TempDir dir("relais-store-fail");
  RocksOptions options;
  options.path = (dir / "db").string();
  options.write_buffer_bytes = 16u << 20;  // no flush of the memtable during the test
  auto opened = open_rocks_store(options);
  if (!opened.ok()) return fail(1, opened.error().message);
  KvStore& store = **opened;
  Status s = store.commit_and_wait(put_batch(Table::queues, "before", "1"), Durability::synced);
  if (!s.ok()) return fail(2, s.error().message);

  ::signal(SIGXFSZ, SIG_IGN);  // get EFBIG from write() instead of a signal
  rlimit old{};
  ::getrlimit(RLIMIT_FSIZE, &old);
  rlimit small = old;
  small.rlim_cur = 1u << 20;
  if (::setrlimit(RLIMIT_FSIZE, &small) != 0) return fail(3, "setrlimit");

  // Two batches in one group (the writer is held in a callback while they queue): both fail.
  std::promise<void> entered, release;
  std::shared_future<void> released = release.get_future().share();
  Status queued =
      store.commit(put_batch(Table::queues, "hold", "x"), Durability::buffered, [&](Status) {
        entered.set_value();
        released.wait();
      });
  if (!queued.ok()) return fail(13, queued.error().message);
  entered.get_future().wait();
  std::promise<Status> small_result, big_result;
  queued = store.commit(put_batch(Table::queues, "small", "y"), Durability::buffered,
                        [&](Status r) { small_result.set_value(std::move(r)); });
  if (!queued.ok()) return fail(14, queued.error().message);
  queued = store.commit(put_batch(Table::queues, "big", std::string(4u << 20, 'z')),
                        Durability::synced, [&](Status r) { big_result.set_value(std::move(r)); });
  if (!queued.ok()) return fail(15, queued.error().message);
  release.set_value();
  for (Status r : {small_result.get_future().get(), big_result.get_future().get()}) {
    if (r.ok()) return fail(4, "a write past the file size limit succeeded");
    if (r.error().code != Errc::io) return fail(5, r.error().message);
  }
  auto before = store.get(Table::queues, "before");
  if (!before.ok() || *before != "1") return fail(6, "reads stopped after the failure");
  auto big = store.get(Table::queues, "big");
  if (!big.ok() || big->has_value()) return fail(7, "the failed batch is visible");
  if (store.stats().failed_commits != 2) return fail(8, "failed_commits is not 2");

  ::setrlimit(RLIMIT_FSIZE, &old);  // the disk "frees up"
  // The writer may still be calling back the failed group (small_result is set from its last
  // callback): until it is done, commits are refused as unavailable, and a caller tries again.
  for (int tries = 0; tries < 500; ++tries) {
    s = store.commit_and_wait(put_batch(Table::queues, "after", "2"), Durability::synced);
    if (s.ok() || s.error().code != Errc::unavailable) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  if (!s.ok()) return fail(9, s.error().message);
  auto after = store.get(Table::queues, "after");
  before = store.get(Table::queues, "before");
  if (!after.ok() || *after != "2" || !before.ok() || *before != "1")
    return fail(10, "reads after recovery");
  opened->reset();
  // And the data is on disk.
  auto reopened = open_rocks_store(options);
  if (!reopened.ok()) return fail(11, reopened.error().message);
  after = (*reopened)->get(Table::queues, "after");
  if (!after.ok() || *after != "2") return fail(12, "recovered write lost at reopen");
  return 0;
}

// Runs in a child process: a write fails and the store is closed before any later batch could
// recover it (a relay stopped right after a disk filled up). Closing must not sync the failed
// log (RocksDB aborts on that when built with assertions). Returns 0 on success.
int close_right_after_a_write_failure() {
  relais::testing::TempDir dir("relais-store-close-fail");
  RocksOptions options;
  options.path = (dir / "db").string();
  options.write_buffer_bytes = 16u << 20;
  auto opened = open_rocks_store(options);
  if (!opened.ok()) return 1;
  if (!(*opened)->commit_and_wait(put_batch(Table::queues, "before", "1"), Durability::synced).ok())
    return 2;
  ::signal(SIGXFSZ, SIG_IGN);
  rlimit limit{};
  ::getrlimit(RLIMIT_FSIZE, &limit);
  limit.rlim_cur = 1u << 20;
  if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) return 3;
  const Status failed = (*opened)->commit_and_wait(
      put_batch(Table::queues, "big", std::string(4u << 20, 'z')), Durability::synced);
  if (failed.ok() || failed.error().code != Errc::io) return 4;
  opened->reset();  // closes with the failure not recovered
  return 0;
}

TEST(RocksStoreDeathTest, ClosingRightAfterAWriteFailureIsClean) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(std::exit(close_right_after_a_write_failure()), ::testing::ExitedWithCode(0), "");
}

TEST(RocksStoreDeathTest, WriteFailureReachesEveryCallbackAndTheStoreRecovers) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(std::exit(write_failure_then_recovery()), ::testing::ExitedWithCode(0), "");
}

}  // namespace
}  // namespace relais::server

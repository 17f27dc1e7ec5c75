// StagedChanges over a real RocksDB store: a refusal undoes at once and never calls back, a
// written batch keeps its changes, a failed write undoes them under the lock before `done`.
#include "server/relay/staged_changes.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/files.h"
#include "tests/support/temp_dir.h"

namespace relais::server {
namespace {

using namespace std::chrono_literals;

std::unique_ptr<KvStore> open_store(const std::filesystem::path& path,
                                    size_t max_pending = 64u << 20) {
  RocksOptions options;
  options.path = path.string();
  options.max_pending_bytes = max_pending;
  options.write_buffer_bytes = 16u << 20;
  auto opened = open_rocks_store(options);
  EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().message);
  return opened.ok() ? std::move(opened).value() : nullptr;
}

// What a service guards with its lock: a membership set changed together with its records.
struct Guarded {
  std::mutex mutex;
  std::vector<std::string> members;
  std::vector<std::string> log;  // the order in which steps ran
};

// Stages "adding `who`" the way a handler does: the record, the in-memory change, its undo.
StagedChanges stage_add(Guarded& g, const std::string& who) {
  StagedChanges change(g.mutex);
  change.batch().put(Table::members, who, "joined");
  g.members.push_back(who);
  change.undo([&g, who] {
    std::erase(g.members, who);
    g.log.push_back("undo " + who);
  });
  change.finally([&g, who] { g.log.push_back("finally " + who); });
  return change;
}

class StagedChangesTest : public ::testing::Test {
 protected:
  relais::testing::TempDir dir_{"relais-staged"};
};

TEST_F(StagedChangesTest, ARefusedBatchIsUndoneAtOnceAndNeverCallsBack) {
  auto store = open_store(dir_ / "db");
  ASSERT_TRUE(store);
  Guarded g;
  std::atomic<bool> called{false};
  {
    std::lock_guard lock(g.mutex);
    StagedChanges change = stage_add(g, "a");
    change.batch().erase_range(Table::members, "z", "a");  // malformed: the store refuses it
    change.undo([&g] { g.log.push_back("undo second"); });
    const Status s =
        std::move(change).commit(*store, Durability::synced, [&](Status) { called = true; });
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Errc::invalid_argument);
    // Already undone when commit() returned, under the lock still held here; last step first.
    EXPECT_TRUE(g.members.empty());
    EXPECT_EQ(g.log, (std::vector<std::string>{"undo second", "undo a", "finally a"}));
  }
  ASSERT_TRUE(store->commit_and_wait(WriteBatch{}, Durability::synced).ok());  // a barrier
  EXPECT_FALSE(called.load());
  auto stored = store->get(Table::members, "a");
  ASSERT_TRUE(stored.ok());
  EXPECT_FALSE(stored->has_value());
}

TEST_F(StagedChangesTest, AnOverloadedStoreRefusesAndTheChangeIsUndone) {
  constexpr size_t kMaxPending = 64 * 1024;
  auto store = open_store(dir_ / "db", kMaxPending);
  ASSERT_TRUE(store);
  std::promise<void> release;
  std::promise<void> entered;
  ASSERT_TRUE(store
                  ->commit(WriteBatch{}, Durability::buffered,
                           [&, released = release.get_future().share()](Status) {
                             entered.set_value();
                             released.wait();
                           })
                  .ok());
  entered.get_future().wait();
  WriteBatch filler;
  // Fills the bytes the store lets wait, to within less than one more record.
  filler.put(Table::meta, "filler", std::string(kMaxPending - sizeof(WriteBatch::Op) - 16, 'f'));
  ASSERT_TRUE(store->commit(std::move(filler), Durability::buffered, {}).ok());

  Guarded g;
  std::atomic<bool> called{false};
  {
    std::lock_guard lock(g.mutex);
    const Status s =
        stage_add(g, "b").commit(*store, Durability::synced, [&](Status) { called = true; });
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Errc::unavailable);
    EXPECT_TRUE(g.members.empty());
  }
  release.set_value();
  ASSERT_TRUE(store->commit_and_wait(WriteBatch{}, Durability::synced).ok());
  EXPECT_FALSE(called.load());
}

TEST_F(StagedChangesTest, AWrittenBatchKeepsItsChangesAndSettlesUnderTheLockBeforeDone) {
  auto store = open_store(dir_ / "db");
  ASSERT_TRUE(store);
  Guarded g;
  std::promise<Status> done;
  std::atomic<bool> finished{false};
  {
    std::lock_guard lock(g.mutex);
    const Status s = stage_add(g, "c").commit(*store, Durability::synced, [&](Status r) {
      // The finally step ran before this, and the lock is free again here.
      std::lock_guard l(g.mutex);
      EXPECT_EQ(g.log, (std::vector<std::string>{"finally c"}));
      finished = true;
      done.set_value(std::move(r));
    });
    ASSERT_TRUE(s.ok());
    // The writer needs this lock to settle: nothing completes while it is held.
    std::this_thread::sleep_for(100ms);
    EXPECT_FALSE(finished.load());
  }
  EXPECT_TRUE(done.get_future().get().ok());
  std::lock_guard lock(g.mutex);
  EXPECT_EQ(g.members, (std::vector<std::string>{"c"}));
  auto stored = store->get(Table::members, "c");
  ASSERT_TRUE(stored.ok() && stored->has_value());
}

TEST_F(StagedChangesTest, WithoutStepsTheLockIsNotTaken) {
  auto store = open_store(dir_ / "db");
  ASSERT_TRUE(store);
  Guarded g;
  std::promise<Status> done;
  std::lock_guard lock(g.mutex);  // held throughout: the callback must not need it
  StagedChanges change(g.mutex);
  change.batch().put(Table::members, "d", "joined");
  ASSERT_TRUE(
      std::move(change)
          .commit(*store, Durability::synced, [&](Status r) { done.set_value(std::move(r)); })
          .ok());
  auto result = done.get_future();
  ASSERT_EQ(result.wait_for(5s), std::future_status::ready);
  EXPECT_TRUE(result.get().ok());
}

// In a child process whose file-size limit stops the write-ahead log from growing: the write
// fails after the batch was queued, so the undo runs on the writer thread, then `done` hears it.
int failed_write_child() {
  relais::testing::TempDir dir("relais-staged-fail");
  auto store = open_store(dir / "db");
  if (!store) return 1;
  if (!store->commit_and_wait(WriteBatch{}, Durability::synced).ok()) return 2;
  const uintmax_t biggest = relais::testing::largest_file_size(dir.path());
  ::signal(SIGXFSZ, SIG_IGN);
  rlimit old{};
  ::getrlimit(RLIMIT_FSIZE, &old);
  rlimit limit = old;
  limit.rlim_cur = biggest + 16 * 1024;  // the soft limit only, so that it can be lifted
  if (setrlimit(RLIMIT_FSIZE, &limit) != 0) return 3;

  Guarded g;
  std::promise<Status> done;
  {
    std::lock_guard lock(g.mutex);
    StagedChanges change = stage_add(g, "e");
    change.batch().put(Table::room_log, "big", std::string(1u << 20, 'z'));
    const Status s = std::move(change).commit(*store, Durability::synced, [&](Status r) {
      std::lock_guard l(g.mutex);
      if (!g.members.empty()) std::_Exit(4);  // undone before `done` runs
      done.set_value(std::move(r));
    });
    if (!s.ok()) return 5;  // queued: the failure comes later
    if (g.members.size() != 1) return 6;
  }
  const Status r = done.get_future().get();
  if (r.ok() || r.error().code != Errc::io) return 7;
  {
    std::lock_guard lock(g.mutex);
    if (g.log != std::vector<std::string>{"undo e", "finally e"}) return 8;
  }
  // The disk "frees up": the store recovers with the next batch.
  if (::setrlimit(RLIMIT_FSIZE, &old) != 0) return 9;
  std::promise<Status> recovered;
  // Until the writer has called back the whole failed group (`done` above may run before the
  // end of it), commits are refused as unavailable (undone at once) and a caller tries again.
  for (int tries = 0;; ++tries) {
    std::lock_guard lock(g.mutex);
    const Status queued = stage_add(g, "f").commit(*store, Durability::synced, [&](Status s) {
      recovered.set_value(std::move(s));
    });
    if (queued.ok()) break;
    if (queued.error().code != Errc::unavailable || tries == 500) return 10;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  if (!recovered.get_future().get().ok()) return 11;
  return 0;
}

TEST(StagedChangesDeathTest, AFailedWriteIsUndoneUnderTheLockBeforeDone) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(std::exit(failed_write_child()), ::testing::ExitedWithCode(0), "");
}

}  // namespace
}  // namespace relais::server

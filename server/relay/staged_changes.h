// StagedChanges: what one request changes, on disk and in memory, handed to the store as one.
//
// A handler takes its service's lock, checks, and stages: it puts records into batch() and
// makes the matching in-memory change at once (so the next request under the lock already sees
// it), telling undo() how to take that change back. commit() then hands the batch to the store:
//
//   - refused (KvStore::commit returned an error: overloaded, malformed): the undo steps run at
//     once, on the caller's thread, under the lock the caller still holds, and the refusal is
//     returned. `done` is never called.
//   - queued: `done` runs on the store's writer thread once the batch is written. If the write
//     failed, the undo steps run first, under the lock (taken there, and released before `done`).
//
// finally() steps run once the commit is over whatever its outcome (a use in flight given back).
// A handler reads: lock, check, stage, then
//     if (Status s = std::move(change).commit(store, durability, done); !s.ok())
//       return ctx_.store_failed(*conn, id);
#pragma once

#include <functional>
#include <mutex>
#include <vector>

#include "server/store/kv_store.h"

namespace relais::server {

class StagedChanges {
 public:
  // `mutex` guards the in-memory state the steps touch; commit() must be called holding it.
  explicit StagedChanges(std::mutex& mutex) : mutex_(&mutex) {}
  StagedChanges(StagedChanges&&) = default;
  StagedChanges& operator=(StagedChanges&&) = default;

  WriteBatch& batch() { return batch_; }
  // How to take back an in-memory change just made. Steps run last first.
  void undo(std::function<void()> step) { undo_.push_back(std::move(step)); }
  // Bookkeeping for when the commit is over, refused, failed or written.
  void finally(std::function<void()> step) { finally_.push_back(std::move(step)); }

  // Hands the batch to the store; see the top of this file. An empty `done` is allowed.
  [[nodiscard]] Status commit(KvStore& store, Durability durability, KvStore::Done done) &&;

 private:
  struct Steps {
    std::vector<std::function<void()>> undo;
    std::vector<std::function<void()>> finally;
    // Under the lock: takes the changes back unless `written`, then the bookkeeping.
    void settle(bool written);
  };

  std::mutex* mutex_;
  WriteBatch batch_;
  std::vector<std::function<void()>> undo_;
  std::vector<std::function<void()>> finally_;
};

}  // namespace relais::server

#include "server/relay/staged_changes.h"

#include <memory>

namespace relais::server {

void StagedChanges::Steps::settle(bool written) {
  if (!written) {
    for (auto it = undo.rbegin(); it != undo.rend(); ++it) (*it)();
  }
  for (auto& step : finally) step();
  undo.clear();
  finally.clear();
}

Status StagedChanges::commit(KvStore& store, Durability durability, KvStore::Done done) && {
  if (undo_.empty() && finally_.empty())
    return store.commit(std::move(batch_), durability, std::move(done));
  // Shared by the callback (if the batch is queued) and this frame (if it is refused): exactly
  // one of the two settles it, since the store calls back only for what it queued.
  auto steps = std::make_shared<Steps>(Steps{std::move(undo_), std::move(finally_)});
  Status queued = store.commit(std::move(batch_), durability,
                               [mutex = mutex_, steps, done = std::move(done)](Status s) {
                                 {
                                   std::lock_guard lock(*mutex);
                                   steps->settle(s.ok());
                                 }
                                 if (done) done(std::move(s));
                               });
  if (!queued.ok()) steps->settle(false);  // the caller holds the lock
  return queued;
}

}  // namespace relais::server

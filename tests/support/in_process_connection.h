// The relay's end of a connection that stays inside the test process: RelayCore writes to it and
// the test takes what was written when it drives the other side. Answers may come from the
// store's writer thread, so they wait in `inbox` under the connection's (recursive) mutex, which
// the test also holds while it calls into the relay for this connection, as a strand would.
#pragma once

#include <functional>
#include <mutex>
#include <utility>
#include <vector>

#include "server/relay/connection.h"

namespace relais::testing {

class InProcessConnection final : public server::Connection {
 public:
  void send(wire::SharedElement element) override {
    std::lock_guard lock(mutex);
    inbox.push_back(std::move(element));
  }
  void post(std::function<void()> fn) override {
    std::lock_guard lock(mutex);
    fn();
  }
  void close(CloseReason) override {
    std::lock_guard lock(mutex);
    closed_by_relay = true;
  }
  // What the relay wrote since the last call.
  std::vector<wire::SharedElement> take() {
    std::lock_guard lock(mutex);
    return std::exchange(inbox, {});
  }

  std::recursive_mutex mutex;
  std::vector<wire::SharedElement> inbox;
  bool closed_by_relay = false;
};

}  // namespace relais::testing

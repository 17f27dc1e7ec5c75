// Counters for the Prometheus page. Labels are frame types and error codes only: nothing here
// can name an account, a room member or an address.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <string>

#include "relais.pb.h"
#include "server/store/kv_store.h"

namespace relais::server {

class Metrics {
 public:
  static constexpr int kMaxFieldNumber = 128;
  static constexpr uint64_t kFanoutBuckets[] = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};

  void frame_in(int body_field) { bump(frames_in_, body_field); }
  void frame_out(int body_field, uint64_t n = 1) { bump(frames_out_, body_field, n); }
  void error(wire::ErrorCode code) { bump(errors_, static_cast<int>(code)); }
  void fanout(uint64_t recipients);

  std::atomic<int64_t> connections{0};
  std::atomic<int64_t> authenticated{0};
  std::atomic<uint64_t> accepted_total{0};
  std::atomic<uint64_t> slow_readers_dropped{0};
  std::atomic<int64_t> write_queue_bytes{0};
  std::atomic<uint64_t> envelopes_stored{0};
  std::atomic<uint64_t> envelopes_delivered{0};
  std::atomic<uint64_t> envelopes_expired{0};    // erased unread after queue-max-age
  std::atomic<uint64_t> room_entries_stored{0};
  std::atomic<uint64_t> room_cursors_written{0};  // read cursors written (coalesced, never synced)
  std::atomic<uint64_t> reports_filed{0};
  std::atomic<uint64_t> registrations{0};
  // Store reads and writes that failed (each also answered STORE_FAILURE or logged).
  std::atomic<uint64_t> store_failures{0};
  std::atomic<int64_t> unauthenticated{0};       // connections not logged in yet
  std::atomic<uint64_t> refused_too_many{0};     // closed: too many connections not logged in
  std::atomic<uint64_t> refused_per_address{0};  // closed: too many from one address or prefix
  std::atomic<uint64_t> refused_per_network{0};  // closed: too many from one /24 or /48
  std::atomic<uint64_t> displaced_waiting{0};    // closed: gave its place to a newcomer
  std::atomic<uint64_t> login_timeouts{0};       // closed: no log-in in time
  std::atomic<int64_t> disk_free_bytes{-1};      // free space in the data folder; -1: unknown
  std::atomic<int64_t> disk_low{0};              // 1 while under the watermark

  // The Prometheus text exposition of everything above plus the store's statistics.
  std::string render(const StoreStats& store) const;

 private:
  using Counters = std::array<std::atomic<uint64_t>, kMaxFieldNumber>;
  static void bump(Counters& counters, int index, uint64_t n = 1) {
    if (index >= 0 && index < kMaxFieldNumber) counters[index].fetch_add(n, std::memory_order_relaxed);
  }

  Counters frames_in_{};
  Counters frames_out_{};
  Counters errors_{};
  std::array<std::atomic<uint64_t>, std::size(kFanoutBuckets) + 1> fanout_{};
  std::atomic<uint64_t> fanout_sum_{0};
  std::atomic<uint64_t> fanout_count_{0};
};

}  // namespace relais::server

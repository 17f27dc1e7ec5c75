// The generator's connections: Boost.Beast WebSocket clients on one io_context per thread.
// Each connection registers or logs in with its own account, then (load mode) sends stand-in
// ciphertexts to random other accounts and acknowledges the envelopes it receives, recording
// the time to Sent and to delivery. No engine, no Signal sessions: the relay never reads a
// ciphertext, so random bytes of a realistic size cost it exactly what real ones do.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bench/loadgen_account.h"
#include "bench/loadgen_histogram.h"
#include "bench/loadgen_options.h"

namespace relais::bench {

uint64_t now_ns();  // steady clock

// An error code's name for the report ("RATE_LIMITED"; "CODE_n" for one this build lacks).
std::string code_name(wire::ErrorCode code);

// What every worker thread shares with the main thread.
struct RunShared {
  uint64_t run_tag = 0;
  // The measured window (steady ns); sends stop at measure_end_ns. Set before start_load().
  uint64_t load_start_ns = 0;
  uint64_t measure_begin_ns = 0;
  uint64_t measure_end_ns = 0;
  // Account ids of the connections that are up, set before start_load(); read-only after.
  std::vector<std::string> recipients;

  // Set-up progress: connections that finished opening (authenticated or failed).
  std::atomic<uint64_t> setup_done{0};
  std::atomic<uint64_t> setup_ready{0};
  // Connections lost after set-up (closed by the relay, reset).
  std::atomic<uint64_t> lost{0};
  // Load progress, for draining at the end.
  std::atomic<uint64_t> sent_ok{0};    // Sent answers (this run)
  std::atomic<uint64_t> delivered{0};  // envelopes of this run received
  std::atomic<int64_t> pending{0};     // sends without an answer yet
};

// One second of the measured window, by send time: spikes show when and how often.
struct SecondStats {
  uint64_t sends = 0;
  uint64_t max_sent_ns = 0;
  uint64_t max_e2e_ns = 0;
  uint64_t slow_sent = 0;  // Sent latency over 5 ms (the latency target)
};

struct WorkerStats {
  LatencyHistogram sent_latency_ns;  // send -> Sent, for sends in the measured window
  LatencyHistogram e2e_latency_ns;   // send -> Envelope received, same
  uint64_t sends = 0, sends_measured = 0;
  uint64_t sent = 0, sent_measured = 0;            // measured: the answer arrived in the window
  uint64_t delivered = 0, delivered_measured = 0;  // measured: received in the window
  uint64_t stale_envelopes = 0;  // from an earlier run of an account (acknowledged, not counted)
  uint64_t redelivered = 0;      // an envelope seq not above one already seen on the connection
  uint64_t skipped = 0;          // --rate: the chosen connection had max-pending sends open
  uint64_t prekey_pushes = 0;
  uint64_t registered = 0, logged_in = 0;
  std::map<std::string, uint64_t> errors;        // Error answers after log-in, by code
  std::map<std::string, uint64_t> setup_errors;  // Error answers to Register / Login
  std::map<std::string, uint64_t> transport;     // connect and WebSocket failures, losses
  std::vector<SecondStats> timeline;             // per second of the measured window

  // The second of the measured window that `t` falls in, or nullptr outside it.
  SecondStats* second_of(uint64_t t, const RunShared& shared);

  void merge(const WorkerStats& other);
};

enum class Purpose {
  register_only,  // register, keep the account id, close
  session,        // log in (or register if the account has no id), stay connected
};

class ConnectionPool {
 public:
  // One connection per account; `accounts` must outlive the pool and is updated with the ids
  // the relay gives at registration.
  ConnectionPool(const LoadgenOptions& options, std::vector<BenchAccount>& accounts,
                 RunShared& shared);
  ~ConnectionPool();
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  // Opens connections [begin, end) for `purpose`, at most setup_concurrency at once overall.
  // Progress: shared.setup_done / setup_ready. Thread-safe.
  void open(size_t begin, size_t end, Purpose purpose);
  // Starts sending (rate or window) until shared.measure_end_ns. Thread-safe.
  void start_load();
  // Account ids of the connections that are up now (call once set-up is done).
  std::vector<std::string> ready_accounts();
  // Closes every connection, stops the threads; then stats() is stable.
  void stop();
  WorkerStats stats() const;

  class Worker;

 private:
  std::vector<std::unique_ptr<Worker>> workers_;
};

}  // namespace relais::bench

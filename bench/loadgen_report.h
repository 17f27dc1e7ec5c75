// What every scenario of relais_loadgen shares around its load: the relay under test (started
// here or given), the machine and CPU figures of the measured window, the relay's own metrics,
// the accounts, and the pieces of the JSON report.
#pragma once

#include <sys/types.h>

#include <boost/json/object.hpp>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bench/loadgen_account.h"
#include "bench/loadgen_histogram.h"
#include "bench/loadgen_metrics.h"
#include "bench/loadgen_options.h"
#include "bench/loadgen_relay.h"
#include "core/base/result.h"

namespace relais::bench {

struct RunShared;

// A report's opening: {"mode", "command", "machine"}.
boost::json::object report_opening(const char* mode, const std::string& command);

// The settings every load scenario shares: server, relay_started_here, rate, window, max_pending,
// size, duration_s, warmup_s, threads, prekeys. Each scenario adds its own.
boost::json::object load_config(const LoadgenOptions& o, bool relay_started_here);

// The machine: CPU model, core count, a CPU-speed calibration, the open-files limit, the load.
boost::json::object machine_report();

// {"name": count, ...}.
boost::json::object count_report(const std::map<std::string, uint64_t>& counts);

// count, p50, p90, p99, p99.9, max and mean of a histogram of nanoseconds, in milliseconds.
boost::json::object latency_report_ms(const LatencyHistogram& h);

double seconds_since(std::chrono::steady_clock::time_point t);

// A random 64-bit tag that marks this run's payloads.
uint64_t random_tag();

// The relay under test: started here (--start-relay, with --metrics on a free port when it
// supports it), or given by --server (and perhaps --relay-pid, --metrics).
struct RelayTarget {
  std::unique_ptr<RelayProcess> relay;
  LoadgenOptions options;  // with the relay's port filled in
  pid_t pid = 0;
};
Result<RelayTarget> start_target(const LoadgenOptions& options);
// Stops a relay started here; records whether it stopped cleanly in the report.
void stop_target(RelayTarget& target, boost::json::object& report);

// The relay's Prometheus page, or nullopt (with a note on stderr) when it cannot be read.
std::optional<MetricSample> relay_metrics(uint16_t port);
// The q-quantile (0..1) over the window of a Prometheus histogram `family` (its _bucket series),
// interpolated inside its bucket; nullopt when nothing was observed.
// `bucket`, when given, receives the bounds of the bucket it fell in (the value's resolution).
std::optional<double> histogram_quantile(const MetricSample& before, const MetricSample& after,
                                         const std::string& family, double q,
                                         std::pair<double, double>* bucket = nullptr);
// What the relay says about the measured window: the store's group commit, commit latency and
// the duration of its log syncs (p50, p99).
boost::json::object store_report(const MetricSample& before, const MetricSample& after,
                                 double window_s);

// Accounts for `n` connections: those of --accounts first (`cached` of them), fresh key pairs for
// the rest.
std::vector<BenchAccount> prepare_accounts(const LoadgenOptions& options, size_t n, size_t& cached);
void save_if_asked(const LoadgenOptions& options, const std::vector<BenchAccount>& accounts);

// Waits until `target` connections finished set-up (successfully or not), or the time-out.
bool wait_setup(const RunShared& shared, uint64_t target, double timeout_s, const char* what);

// The run cannot go on: fewer than two connections are up ("connections came up", "members
// joined"). Names the set-up errors, the transport failures and the end of the relay's log.
Error too_few_up(const char* what, uint64_t up, const std::map<std::string, uint64_t>& setup_errors,
                 const std::map<std::string, uint64_t>& transport, const RelayTarget& target);

// CPU time at one end of the measured window: this process, the relay (and each of its
// threads), the whole machine.
struct CpuSnapshot {
  double own_s = 0;
  std::optional<ProcessSample> relay;
  std::map<std::string, double> relay_threads;
  MachineCpu machine;
};
CpuSnapshot take_cpu_snapshot(pid_t relay_pid);
// Cores busy over the window: generator, relay, relay per thread, the machine, everything else.
// Also sets report["relay"] (pid, RSS, threads) when the relay could be read.
boost::json::object cpu_report(const CpuSnapshot& before, const CpuSnapshot& after, double window_s,
                               pid_t relay_pid, boost::json::object& report);

// The figures of the machine and the relay at both ends of the measured window.
struct WindowSample {
  CpuSnapshot cpu_begin, cpu_end;
  std::optional<MetricSample> metrics_begin, metrics_end;
};
// Sets the load's times in `shared` from now (warm-up, then the measured window), calls
// start_load(), and takes the samples at both ends of the window; returns once it has ended.
WindowSample run_window(RunShared& shared, const LoadgenOptions& o, pid_t relay_pid,
                        const std::function<void()>& start_load);

}  // namespace relais::bench

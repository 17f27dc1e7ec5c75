#include "bench/loadgen_report.h"

#include <algorithm>
#include <boost/json.hpp>
#include <cmath>
#include <fstream>
#include <iostream>
#include <limits>
#include <sstream>
#include <thread>

#include "bench/loadgen_client.h"
#include "core/crypto/digest.h"
#include "core/crypto/random.h"

namespace relais::bench {
namespace {

namespace json = boost::json;
using Clock = std::chrono::steady_clock;

constexpr auto kRelayStartTimeout = std::chrono::seconds(30);

std::string cpu_model() {
  std::ifstream in("/proc/cpuinfo");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("model name", 0) == 0) {
      auto colon = line.find(':');
      return colon == std::string::npos ? line : line.substr(colon + 2);
    }
  }
  return "unknown";
}

// Milliseconds for a fixed amount of hashing on one core: on a shared or virtual machine the
// same work takes longer when the host is busy, so runs are compared at equal CPU speed.
double calibration_ms() {
  const std::string block(1024, 'c');
  std::string digest;
  const auto start = Clock::now();
  for (int i = 0; i < 20000; ++i) digest = crypto::sha256(digest + block);
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::optional<ProcessSample> sample(pid_t pid) {
  if (pid <= 0) return std::nullopt;
  auto s = sample_process(pid);
  if (!s.ok()) return std::nullopt;
  return *s;
}

}  // namespace

json::object machine_report() {
  json::object m;
  m["calibration_ms"] = calibration_ms();
  m["nproc"] = std::thread::hardware_concurrency();
  m["cpu"] = cpu_model();
  m["open_files_limit"] = raise_open_files_limit();
  m["load_average_at_start"] = load_average();
  return m;
}

json::object count_report(const std::map<std::string, uint64_t>& counts) {
  json::object o;
  for (const auto& [k, v] : counts) o[k] = v;
  return o;
}

json::object latency_report_ms(const LatencyHistogram& h) {
  auto ms = [](uint64_t ns) { return static_cast<double>(ns) / 1e6; };
  json::object o;
  o["count"] = h.count();
  o["p50"] = ms(h.percentile(0.50));
  o["p90"] = ms(h.percentile(0.90));
  o["p99"] = ms(h.percentile(0.99));
  o["p999"] = ms(h.percentile(0.999));
  o["max"] = ms(h.max());
  o["mean"] = h.mean() / 1e6;
  return o;
}

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

uint64_t random_tag() {
  const std::string r = crypto::random_bytes(8);
  uint64_t v = 0;
  for (unsigned char c : r) v = (v << 8) | c;
  return v;
}

Result<RelayTarget> start_target(const LoadgenOptions& options) {
  RelayTarget t;
  t.options = options;
  t.pid = options.relay_pid;
  if (!options.start_relay.empty()) {
    auto args = options.relay_args;
    // The started relay serves its metrics, so the report has the store's group-commit figures.
    if (RelayProcess::supports_option(options.start_relay, "--metrics")) {
      if (uint16_t port = free_loopback_port(); port != 0) {
        args.push_back("--metrics");
        args.push_back("127.0.0.1:" + std::to_string(port));
        t.options.metrics_port = port;
      }
    }
    RELAIS_TRY_ASSIGN(t.relay, RelayProcess::start(options.start_relay, args, options.relay_data,
                                                   kRelayStartTimeout));
    t.options.server_host = "127.0.0.1";
    t.options.server_port = t.relay->port();
    t.pid = t.relay->pid();
  }
  return t;
}

void stop_target(RelayTarget& t, json::object& report) {
  if (!t.relay) return;
  auto stopped = t.relay->stop();
  report["relay_stopped_cleanly"] = stopped.ok();
  if (!stopped.ok()) std::cerr << "relais_loadgen: " << stopped.error().message << '\n';
}

std::optional<MetricSample> relay_metrics(uint16_t port) {
  if (port == 0) return std::nullopt;
  auto m = scrape_metrics(port, std::chrono::seconds(2));
  if (!m.ok()) {
    std::cerr << "relais_loadgen: " << m.error().message << '\n';
    return std::nullopt;
  }
  return *m;
}

std::optional<double> histogram_quantile(const MetricSample& a, const MetricSample& b,
                                         const std::string& family, double q,
                                         std::pair<double, double>* bucket) {
  // Cumulative counts per upper bound over the window, as Prometheus' histogram_quantile reads
  // them: linear inside the bucket that holds the q-th observation.
  const std::string prefix = family + "_bucket{le=\"";
  std::vector<std::pair<double, double>> buckets;  // upper bound (s), cumulative count
  for (const auto& [name, value] : b) {
    if (name.rfind(prefix, 0) != 0) continue;
    const std::string le = name.substr(prefix.size(), name.size() - prefix.size() - 2);
    const double bound = le == "+Inf" ? std::numeric_limits<double>::infinity() : std::stod(le);
    buckets.emplace_back(bound, metric_delta(a, b, name));
  }
  std::sort(buckets.begin(), buckets.end());
  if (buckets.empty() || buckets.back().second <= 0) return std::nullopt;
  const double rank = q * buckets.back().second;
  double lower = 0, below = 0;
  for (const auto& [bound, count] : buckets) {
    if (count >= rank) {
      if (bucket) *bucket = {lower, bound};
      if (std::isinf(bound)) return lower;  // beyond the last finite bound: that bound
      return lower + (bound - lower) * (count > below ? (rank - below) / (count - below) : 1.0);
    }
    lower = bound;
    below = count;
  }
  return lower;
}

json::object store_report(const MetricSample& a, const MetricSample& b, double window_s) {
  json::object o;
  const double commits = metric_delta(a, b, "relais_store_commits_total");
  const double syncs = metric_delta(a, b, "relais_store_syncs_total");
  o["commits"] = commits;
  o["syncs"] = syncs;
  o["syncs_per_s"] = syncs / window_s;
  o["commits_per_sync"] = syncs > 0 ? commits / syncs : 0.0;
  o["envelopes_stored"] = metric_delta(a, b, "relais_envelopes_stored_total");
  o["envelopes_delivered"] = metric_delta(a, b, "relais_envelopes_delivered_total");
  const double count = metric_delta(a, b, "relais_store_commit_seconds_count");
  if (count > 0) {
    o["commit_mean_ms"] = metric_delta(a, b, "relais_store_commit_seconds_sum") / count * 1e3;
    json::object le;
    for (const char* bound :
         {"0.0001", "0.00025", "0.0005", "0.001", "0.0025", "0.005", "0.01", "0.05"}) {
      const std::string series =
          std::string("relais_store_commit_seconds_bucket{le=\"") + bound + "\"}";
      le[bound] = metric_delta(a, b, series) / count;
    }
    o["commit_share_within_s"] = le;
  }
  // The relay's own timing of each synced log write (relais_store_sync_seconds), this window.
  const double synced = metric_delta(a, b, "relais_store_sync_seconds_count");
  if (synced > 0) {
    json::object sync;
    sync["count"] = synced;
    sync["mean_ms"] = metric_delta(a, b, "relais_store_sync_seconds_sum") / synced * 1e3;
    for (auto [name, q] : {std::pair{"p50_ms", 0.5}, std::pair{"p99_ms", 0.99}}) {
      std::pair<double, double> in{0, 0};
      if (auto v = histogram_quantile(a, b, "relais_store_sync_seconds", q, &in)) {
        sync[name] = *v * 1e3;
        // The resolution of that figure: the bucket it was interpolated in.
        sync[std::string(name) + "_bucket"] =
            json::array{in.first * 1e3, std::isinf(in.second) ? -1.0 : in.second * 1e3};
      }
    }
    o["sync"] = sync;
  }
  o["errors_total"] = [&] {
    json::object e;
    for (const auto& [name, value] : b) {
      if (name.rfind("relais_errors_total{", 0) != 0) continue;
      const double d = metric_delta(a, b, name);
      if (d > 0) e[name.substr(std::string("relais_errors_total").size())] = d;
    }
    return e;
  }();
  return o;
}

std::vector<BenchAccount> prepare_accounts(const LoadgenOptions& options, size_t n,
                                           size_t& cached) {
  std::vector<BenchAccount> accounts;
  cached = 0;
  if (!options.accounts_file.empty()) {
    auto loaded = load_accounts(options.accounts_file);
    if (loaded.ok()) {
      accounts = std::move(*loaded);
      if (accounts.size() > n) accounts.resize(n);
      cached = accounts.size();
    } else if (loaded.error().code != Errc::not_found) {
      std::cerr << "relais_loadgen: " << loaded.error().message
                << " Starting with fresh accounts.\n";
    }
  }
  accounts.reserve(n);
  while (accounts.size() < n) accounts.push_back(new_account());
  return accounts;
}

void save_if_asked(const LoadgenOptions& options, const std::vector<BenchAccount>& accounts) {
  if (options.accounts_file.empty()) return;
  auto saved = save_accounts(options.accounts_file, accounts);
  if (!saved.ok()) std::cerr << "relais_loadgen: " << saved.error().message << '\n';
}

bool wait_setup(const RunShared& shared, uint64_t target, double timeout_s, const char* what) {
  const auto start = Clock::now();
  auto last_report = start;
  while (shared.setup_done.load(std::memory_order_acquire) < target) {
    if (seconds_since(start) > timeout_s) {
      std::cerr << "relais_loadgen: " << what << " timed out with " << shared.setup_done.load()
                << " of " << target << " connections done\n";
      return false;
    }
    if (Clock::now() - last_report > std::chrono::seconds(5)) {
      last_report = Clock::now();
      std::cerr << "relais_loadgen: " << what << ": " << shared.setup_done.load() << "/" << target
                << " (" << shared.setup_ready.load() << " ok)\n";
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return true;
}

CpuSnapshot take_cpu_snapshot(pid_t relay_pid) {
  CpuSnapshot s;
  s.own_s = own_cpu_seconds();
  s.relay = sample(relay_pid);
  if (relay_pid > 0) s.relay_threads = sample_threads(relay_pid);
  s.machine = machine_cpu();
  return s;
}

json::object cpu_report(const CpuSnapshot& a, const CpuSnapshot& b, double window, pid_t relay_pid,
                        json::object& report) {
  json::object cpu;
  cpu["generator_cores"] = (b.own_s - a.own_s) / window;
  // Everything busy on the machine, this run included: other work on a shared box shows here.
  cpu["machine_busy_cores"] = (b.machine.busy_s - a.machine.busy_s) / window;
  if (a.relay && b.relay) {
    cpu["relay_cores"] = (b.relay->cpu_s - a.relay->cpu_s) / window;
    cpu["other_cores"] = (b.machine.busy_s - a.machine.busy_s - (b.relay->cpu_s - a.relay->cpu_s) -
                          (b.own_s - a.own_s)) /
                         window;
    // Per thread: the store's single writer thread shows apart from the I/O threads.
    json::object per_thread;
    for (const auto& [name, cpu1] : b.relay_threads) {
      auto before = a.relay_threads.find(name);
      const double used = cpu1 - (before == a.relay_threads.end() ? 0.0 : before->second);
      if (used > 0) per_thread[name] = used / window;
    }
    cpu["relay_threads_cores"] = per_thread;
    json::object relay;
    relay["pid"] = relay_pid;
    relay["rss_kib"] = b.relay->rss_kib;
    relay["threads"] = b.relay->threads;
    report["relay"] = relay;
  }
  return cpu;
}

json::object report_opening(const char* mode, const std::string& command) {
  json::object report;
  report["mode"] = mode;
  report["command"] = command;
  report["machine"] = machine_report();
  return report;
}

json::object load_config(const LoadgenOptions& o, bool relay_started_here) {
  json::object config;
  config["server"] = "ws://" + o.server_host + ":" + std::to_string(o.server_port);
  config["relay_started_here"] = relay_started_here;
  config["rate"] = o.rate;
  config["window"] = o.rate > 0 ? 0 : o.window;
  config["max_pending"] = o.rate > 0 ? o.max_pending : 0;
  config["size"] = o.size;
  config["duration_s"] = o.duration_s;
  config["warmup_s"] = o.warmup_s;
  config["threads"] = o.threads;
  config["prekeys"] = o.prekeys;
  return config;
}

Error too_few_up(const char* what, uint64_t up, const std::map<std::string, uint64_t>& setup_errors,
                 const std::map<std::string, uint64_t>& transport, const RelayTarget& target) {
  std::ostringstream why;
  why << "Fewer than two " << what << " (" << up
      << "); set-up errors: " << json::serialize(count_report(setup_errors))
      << ", transport: " << json::serialize(count_report(transport));
  if (target.relay) why << "; relaisd: " << target.relay->log_tail(500);
  return Error{Errc::unavailable, why.str()};
}

WindowSample run_window(RunShared& shared, const LoadgenOptions& o, pid_t relay_pid,
                        const std::function<void()>& start_load) {
  const uint64_t start_ns = now_ns();
  shared.load_start_ns = start_ns;
  shared.measure_begin_ns = start_ns + static_cast<uint64_t>(o.warmup_s * 1e9);
  shared.measure_end_ns = shared.measure_begin_ns + static_cast<uint64_t>(o.duration_s * 1e9);
  start_load();
  auto sleep_until = [](uint64_t t) {
    const uint64_t now = now_ns();
    if (t > now) std::this_thread::sleep_for(std::chrono::nanoseconds(t - now));
  };
  WindowSample sample;
  sleep_until(shared.measure_begin_ns);
  sample.cpu_begin = take_cpu_snapshot(relay_pid);
  sample.metrics_begin = relay_metrics(o.metrics_port);
  sleep_until(shared.measure_end_ns);
  sample.metrics_end = relay_metrics(o.metrics_port);
  sample.cpu_end = take_cpu_snapshot(relay_pid);
  return sample;
}

}  // namespace relais::bench

#include "bench/loadgen_run.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json.hpp>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <thread>

#include "bench/loadgen_client.h"
#include "bench/loadgen_metrics.h"
#include "bench/loadgen_relay.h"
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

json::object machine() {
  json::object m;
  m["calibration_ms"] = calibration_ms();
  m["nproc"] = std::thread::hardware_concurrency();
  m["cpu"] = cpu_model();
  m["open_files_limit"] = raise_open_files_limit();
  m["load_average_at_start"] = load_average();
  return m;
}

json::object counts(const std::map<std::string, uint64_t>& m) {
  json::object o;
  for (const auto& [k, v] : m) o[k] = v;
  return o;
}

json::object latency_ms(const LatencyHistogram& h) {
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

// Kernel memory of all TCP sockets on the machine, in KiB (both ends of every loopback
// connection: the relay's and the generator's), from /proc/net/sockstat.
std::optional<uint64_t> tcp_kernel_kib() {
  std::ifstream in("/proc/net/sockstat");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("TCP:", 0) != 0) continue;
    auto at = line.find(" mem ");
    if (at == std::string::npos) return std::nullopt;
    return std::stoull(line.substr(at + 5)) * static_cast<uint64_t>(sysconf(_SC_PAGESIZE)) / 1024;
  }
  return std::nullopt;
}

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// The relay under test: started here, or given by --server (and perhaps --relay-pid).
struct Target {
  std::unique_ptr<RelayProcess> relay;
  LoadgenOptions options;  // with the relay's port filled in
  pid_t pid = 0;
};

// A TCP port on 127.0.0.1 that was free a moment ago (for the started relay's --metrics).
uint16_t free_loopback_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return 0;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  uint16_t port = 0;
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  close(fd);
  return port;
}

Result<Target> start_target(const LoadgenOptions& options) {
  Target t;
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

std::optional<MetricSample> relay_metrics(uint16_t port) {
  if (port == 0) return std::nullopt;
  auto m = scrape_metrics(port, std::chrono::seconds(2));
  if (!m.ok()) {
    std::cerr << "relais_loadgen: " << m.error().message << '\n';
    return std::nullopt;
  }
  return *m;
}

// What the relay says about the measured window: the store's group commit and commit latency.
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

std::optional<ProcessSample> sample(pid_t pid) {
  if (pid <= 0) return std::nullopt;
  auto s = sample_process(pid);
  if (!s.ok()) return std::nullopt;
  return *s;
}

// Accounts for `n` connections: those of --accounts first, fresh key pairs for the rest.
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

// Waits until `target` connections finished set-up (successfully or not), or the time-out.
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

uint64_t random_tag() {
  const std::string r = crypto::random_bytes(8);
  uint64_t v = 0;
  for (unsigned char c : r) v = (v << 8) | c;
  return v;
}

Status stop_target(Target& t, json::object& report) {
  if (!t.relay) return ok_status();
  auto stopped = t.relay->stop();
  report["relay_stopped_cleanly"] = stopped.ok();
  if (!stopped.ok()) std::cerr << "relais_loadgen: " << stopped.error().message << '\n';
  return ok_status();
}

}  // namespace

Result<json::object> run_load(const LoadgenOptions& options, const std::string& command) {
  json::object report;
  report["mode"] = "load";
  report["command"] = command;
  report["machine"] = machine();
  RELAIS_TRY_ASSIGN(Target target, start_target(options));
  const auto& o = target.options;
  json::object config;
  config["server"] = "ws://" + o.server_host + ":" + std::to_string(o.server_port);
  config["relay_started_here"] = target.relay != nullptr;
  config["connections"] = o.connections;
  config["rate"] = o.rate;
  config["window"] = o.rate > 0 ? 0 : o.window;
  config["max_pending"] = o.rate > 0 ? o.max_pending : 0;
  config["size"] = o.size;
  config["duration_s"] = o.duration_s;
  config["warmup_s"] = o.warmup_s;
  config["threads"] = o.threads;
  config["prekeys"] = o.prekeys;
  report["config"] = config;

  size_t cached = 0;
  auto accounts = prepare_accounts(o, o.connections, cached);
  RunShared shared;
  shared.run_tag = random_tag();
  ConnectionPool pool(o, accounts, shared);

  const auto setup_start = Clock::now();
  pool.open(0, o.connections, Purpose::session);
  wait_setup(shared, o.connections, o.setup_timeout_s, "set-up");
  const double setup_s = seconds_since(setup_start);
  save_if_asked(o, accounts);
  shared.recipients = pool.ready_accounts();
  if (shared.recipients.size() < 2) {
    pool.stop();
    auto st = pool.stats();
    std::ostringstream why;
    why << "Fewer than two connections came up (" << shared.recipients.size()
        << "); set-up errors: " << json::serialize(counts(st.setup_errors))
        << ", transport: " << json::serialize(counts(st.transport));
    if (target.relay) why << "; relaisd: " << target.relay->log_tail(500);
    return Error{Errc::unavailable, why.str()};
  }

  // The load: warm-up, then the measured window; sends stop at its end.
  const uint64_t start_ns = now_ns();
  shared.load_start_ns = start_ns;
  shared.measure_begin_ns = start_ns + static_cast<uint64_t>(o.warmup_s * 1e9);
  shared.measure_end_ns = shared.measure_begin_ns + static_cast<uint64_t>(o.duration_s * 1e9);
  pool.start_load();
  auto until_ns = [](uint64_t t) {
    const uint64_t now = now_ns();
    if (t > now) std::this_thread::sleep_for(std::chrono::nanoseconds(t - now));
  };
  until_ns(shared.measure_begin_ns);
  const double own_cpu0 = own_cpu_seconds();
  const auto relay0 = sample(target.pid);
  const auto threads0 =
      target.pid > 0 ? sample_threads(target.pid) : std::map<std::string, double>{};
  const auto machine0 = machine_cpu();
  const auto metrics0 = relay_metrics(o.metrics_port);
  until_ns(shared.measure_end_ns);
  const auto metrics1 = relay_metrics(o.metrics_port);
  const double own_cpu1 = own_cpu_seconds();
  const auto relay1 = sample(target.pid);
  const auto threads1 =
      target.pid > 0 ? sample_threads(target.pid) : std::map<std::string, double>{};
  const auto machine1 = machine_cpu();

  // Drain: every Sent answered and every acknowledged message delivered, or the time-out.
  const auto drain_start = Clock::now();
  while (seconds_since(drain_start) < o.drain_timeout_s &&
         (shared.pending.load() > 0 || shared.delivered.load() < shared.sent_ok.load())) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  const double drain_s = seconds_since(drain_start);
  const int64_t pending_left = shared.pending.load();
  const uint64_t sent_ok = shared.sent_ok.load();
  const uint64_t delivered = shared.delivered.load();
  pool.stop();
  const WorkerStats st = pool.stats();

  json::object setup;
  setup["seconds"] = setup_s;
  setup["connections_up"] = shared.recipients.size();
  setup["accounts_from_file"] = cached;
  setup["registered"] = st.registered;
  setup["logged_in"] = st.logged_in;
  setup["errors"] = counts(st.setup_errors);
  report["setup"] = setup;

  const double window = o.duration_s;
  json::object results;
  results["delivered_per_s"] = static_cast<double>(st.delivered_measured) / window;
  results["sent_per_s"] = static_cast<double>(st.sent_measured) / window;
  results["sends_per_s"] = static_cast<double>(st.sends_measured) / window;
  results["sent_latency_ms"] = latency_ms(st.sent_latency_ns);
  results["e2e_latency_ms"] = latency_ms(st.e2e_latency_ns);
  results["errors"] = counts(st.errors);
  results["transport"] = counts(st.transport);
  results["skipped_max_pending"] = st.skipped;
  results["connections_lost"] = shared.lost.load();
  results["stale_envelopes"] = st.stale_envelopes;
  results["redelivered"] = st.redelivered;
  results["prekey_count_pushes"] = st.prekey_pushes;
  json::array timeline;
  for (const auto& second : st.timeline) {
    json::object t;
    t["sends"] = second.sends;
    t["max_sent_ms"] = static_cast<double>(second.max_sent_ns) / 1e6;
    t["max_e2e_ms"] = static_cast<double>(second.max_e2e_ns) / 1e6;
    t["sent_over_5ms"] = second.slow_sent;
    timeline.push_back(t);
  }
  results["timeline"] = timeline;
  results["drain_s"] = drain_s;
  results["unanswered_after_drain"] = pending_left;
  // Acknowledged as durable, yet never delivered: must be 0 unless a recipient was lost.
  results["undelivered_after_drain"] = sent_ok > delivered ? sent_ok - delivered : 0;
  report["results"] = results;

  json::object cpu;
  cpu["generator_cores"] = (own_cpu1 - own_cpu0) / window;
  // Everything busy on the machine, this run included: other work on a shared box shows here.
  cpu["machine_busy_cores"] = (machine1.busy_s - machine0.busy_s) / window;
  if (relay0 && relay1) {
    cpu["relay_cores"] = (relay1->cpu_s - relay0->cpu_s) / window;
    cpu["other_cores"] = (machine1.busy_s - machine0.busy_s - (relay1->cpu_s - relay0->cpu_s) -
                          (own_cpu1 - own_cpu0)) /
                         window;
    // Per thread: the store's single writer thread shows apart from the I/O threads.
    json::object per_thread;
    for (const auto& [name, cpu1] : threads1) {
      auto before = threads0.find(name);
      const double used = cpu1 - (before == threads0.end() ? 0.0 : before->second);
      if (used > 0) per_thread[name] = used / window;
    }
    cpu["relay_threads_cores"] = per_thread;
    json::object relay;
    relay["pid"] = target.pid;
    relay["rss_kib"] = relay1->rss_kib;
    relay["threads"] = relay1->threads;
    report["relay"] = relay;
  }
  report["cpu"] = cpu;
  if (metrics0 && metrics1) report["store"] = store_report(*metrics0, *metrics1, window);
  RELAIS_TRY(stop_target(target, report));
  return report;
}

Result<json::object> run_idle(const LoadgenOptions& options, const std::string& command) {
  json::object report;
  report["mode"] = "idle";
  report["command"] = command;
  auto m = machine();
  const uint64_t fd_limit = m["open_files_limit"].as_uint64();
  report["machine"] = m;
  if (options.idle + 64 > fd_limit) {
    std::cerr << "relais_loadgen: warning: " << options.idle
              << " connections need about as many descriptors "
              << "in the relay and here; the limit is " << fd_limit << ".\n";
  }
  RELAIS_TRY_ASSIGN(Target target, start_target(options));
  const auto& o = target.options;
  json::object config;
  config["server"] = "ws://" + o.server_host + ":" + std::to_string(o.server_port);
  config["idle"] = o.idle;
  config["steps"] = o.idle_steps;
  config["prekeys"] = o.prekeys;
  config["per_address"] = o.per_address;
  config["settle_s"] = o.settle_s;
  report["config"] = config;

  std::this_thread::sleep_for(std::chrono::duration<double>(o.settle_s));
  json::object rss;
  if (auto s = sample(target.pid)) rss["start"] = s->rss_kib;
  json::object kernel;
  if (auto k = tcp_kernel_kib()) kernel["tcp_kib_at_start"] = *k;

  size_t cached = 0;
  auto accounts = prepare_accounts(o, o.idle, cached);
  RunShared shared;
  shared.run_tag = random_tag();
  ConnectionPool pool(o, accounts, shared);

  // Registration on short-lived connections, so the idle ones below only log in.
  const auto reg_start = Clock::now();
  size_t first_unregistered = cached;  // cached accounts come first
  if (first_unregistered < o.idle) {
    pool.open(first_unregistered, o.idle, Purpose::register_only);
    wait_setup(shared, o.idle - first_unregistered, o.setup_timeout_s, "registration");
  }
  const double reg_s = seconds_since(reg_start);
  const uint64_t registered_now = shared.setup_ready.load();
  save_if_asked(o, accounts);
  std::this_thread::sleep_for(std::chrono::duration<double>(o.settle_s));
  if (auto s = sample(target.pid)) rss["after_registration"] = s->rss_kib;
  report["rss_kib"] = rss;

  // Log-ins in steps, reading the relay's memory after each.
  shared.setup_done = 0;
  shared.setup_ready = 0;
  json::array steps;
  const auto login_start = Clock::now();
  for (size_t k = 1; k <= o.idle_steps; ++k) {
    const size_t begin = o.idle * (k - 1) / o.idle_steps;
    const size_t end = o.idle * k / o.idle_steps;
    pool.open(begin, end, Purpose::session);
    wait_setup(shared, end, o.setup_timeout_s, "log-in");
    std::this_thread::sleep_for(std::chrono::duration<double>(o.settle_s));
    json::object step;
    step["connections"] = shared.setup_ready.load() - shared.lost.load();
    if (auto s = sample(target.pid)) step["rss_kib"] = s->rss_kib;
    if (auto own = sample(getpid())) step["generator_rss_kib"] = own->rss_kib;
    steps.push_back(step);
  }
  const double login_s = seconds_since(login_start);
  report["steps"] = steps;

  std::this_thread::sleep_for(std::chrono::duration<double>(o.hold_s));
  json::object held;
  held["seconds"] = o.hold_s;
  held["connections"] = shared.setup_ready.load() - shared.lost.load();
  if (auto s = sample(target.pid)) {
    held["rss_kib"] = s->rss_kib;
    held["relay_threads"] = s->threads;
  }
  report["held"] = held;
  if (auto k = tcp_kernel_kib()) kernel["tcp_kib_held"] = *k;
  report["kernel"] = kernel;
  pool.stop();
  const WorkerStats st = pool.stats();

  json::object setup;
  setup["registration_s"] = reg_s;
  setup["registered"] = registered_now;
  setup["accounts_from_file"] = cached;
  setup["login_s"] = login_s;
  setup["logged_in"] = st.logged_in;
  setup["errors"] = counts(st.setup_errors);
  setup["transport"] = counts(st.transport);
  report["setup"] = setup;

  // Memory per connection: over the whole log-in phase (from after registration), and between
  // the first and the last step (what one more connection costs, without fixed costs).
  json::object per;
  if (rss.contains("after_registration") && held.contains("rss_kib")) {
    const double conns = static_cast<double>(held["connections"].as_uint64());
    const double base = static_cast<double>(rss["after_registration"].as_uint64());
    const double last = static_cast<double>(steps.back().as_object().at("rss_kib").as_uint64());
    if (conns > 0) per["since_registration"] = (last - base) / conns;
    if (rss.contains("start") && conns > 0) {
      per["since_start"] = (last - static_cast<double>(rss["start"].as_uint64())) / conns;
    }
    if (steps.size() >= 2) {
      const auto& a = steps.front().as_object();
      const auto& b = steps.back().as_object();
      const double dc = static_cast<double>(b.at("connections").as_uint64()) -
                        static_cast<double>(a.at("connections").as_uint64());
      if (dc > 0) {
        per["marginal"] = (static_cast<double>(b.at("rss_kib").as_uint64()) -
                           static_cast<double>(a.at("rss_kib").as_uint64())) /
                          dc;
      }
    }
  }
  report["per_connection_kib"] = per;
  RELAIS_TRY(stop_target(target, report));
  return report;
}

std::string render_text(const json::object& r) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(2);
  auto num = [](const json::value& v) { return v.to_number<double>(); };
  const auto& m = r.at("machine").as_object();
  out << "machine: " << m.at("nproc").as_uint64() << " cores, " << m.at("cpu").as_string().c_str()
      << ", open files limit " << m.at("open_files_limit").as_uint64() << '\n';
  out << "config: " << json::serialize(r.at("config")) << '\n';
  out << "setup: " << json::serialize(r.at("setup")) << '\n';
  if (r.at("mode").as_string() == "load") {
    const auto& res = r.at("results").as_object();
    out << "delivered: " << num(res.at("delivered_per_s"))
        << " msg/s   Sent: " << num(res.at("sent_per_s"))
        << " msg/s   sends: " << num(res.at("sends_per_s")) << " msg/s\n";
    for (const char* which : {"sent_latency_ms", "e2e_latency_ms"}) {
      const auto& l = res.at(which).as_object();
      out << which << ": p50 " << num(l.at("p50")) << "  p90 " << num(l.at("p90")) << "  p99 "
          << num(l.at("p99")) << "  p99.9 " << num(l.at("p999")) << "  max " << num(l.at("max"))
          << "  (n=" << l.at("count").as_uint64() << ")\n";
    }
    out << "errors: " << json::serialize(res.at("errors"))
        << "  transport: " << json::serialize(res.at("transport"))
        << "  skipped: " << res.at("skipped_max_pending").as_uint64()
        << "  lost connections: " << res.at("connections_lost").as_uint64() << '\n';
    out << "per second (sends / max Sent ms / Sent over 5 ms):";
    for (const auto& t : res.at("timeline").as_array()) {
      out << ' ' << t.at("sends").to_number<uint64_t>() << '/' << std::setprecision(1)
          << num(t.at("max_sent_ms")) << '/' << t.at("sent_over_5ms").to_number<uint64_t>()
          << std::setprecision(2);
    }
    out << '\n';
    out << "after drain (" << num(res.at("drain_s")) << " s): unanswered "
        << res.at("unanswered_after_drain") << ", undelivered " << res.at("undelivered_after_drain")
        << '\n';
    out << "cpu (cores busy): " << json::serialize(r.at("cpu"));
    if (r.contains("relay")) out << "  relay: " << json::serialize(r.at("relay"));
    out << '\n';
    if (r.contains("store"))
      out << "store (relay metrics): " << json::serialize(r.at("store")) << '\n';
  } else {
    out << "relay rss (KiB): " << json::serialize(r.at("rss_kib")) << '\n';
    for (const auto& s : r.at("steps").as_array()) out << "  step: " << json::serialize(s) << '\n';
    out << "held: " << json::serialize(r.at("held")) << '\n';
    out << "per connection (KiB): " << json::serialize(r.at("per_connection_kib")) << '\n';
    out << "kernel TCP memory, both ends (KiB): " << json::serialize(r.at("kernel")) << '\n';
  }
  return out.str();
}

}  // namespace relais::bench

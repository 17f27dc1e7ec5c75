#include "bench/loadgen_run.h"

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
#include "bench/loadgen_report.h"
#include "bench/loadgen_room.h"

namespace relais::bench {
namespace {

namespace json = boost::json;
using Clock = std::chrono::steady_clock;

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

std::optional<ProcessSample> sample(pid_t pid) {
  if (pid <= 0) return std::nullopt;
  auto s = sample_process(pid);
  if (!s.ok()) return std::nullopt;
  return *s;
}

}  // namespace

Result<json::object> run_load(const LoadgenOptions& options, const std::string& command) {
  json::object report = report_opening("load", command);
  RELAIS_TRY_ASSIGN(RelayTarget target, start_target(options));
  const auto& o = target.options;
  json::object config = load_config(o, target.relay != nullptr);
  config["connections"] = o.connections;
  config["scenario"] = o.light_mode() ? "light" : "one-to-one";
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
    const WorkerStats st = pool.stats();
    return too_few_up("connections came up", shared.recipients.size(), st.setup_errors,
                      st.transport, target);
  }

  // The load: warm-up, then the measured window; sends stop at its end.
  const WindowSample sampled = run_window(shared, o, target.pid, [&pool] { pool.start_load(); });

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
  setup["errors"] = count_report(st.setup_errors);
  report["setup"] = setup;

  const double window = o.duration_s;
  json::object results;
  results["delivered_per_s"] = static_cast<double>(st.delivered_measured) / window;
  results["sent_per_s"] = static_cast<double>(st.sent_measured) / window;
  results["sends_per_s"] = static_cast<double>(st.sends_measured) / window;
  results["sent_latency_ms"] = latency_report_ms(st.sent_latency_ns);
  results["e2e_latency_ms"] = latency_report_ms(st.e2e_latency_ns);
  results["errors"] = count_report(st.errors);
  results["transport"] = count_report(st.transport);
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

  report["cpu"] = cpu_report(sampled.cpu_begin, sampled.cpu_end, window, target.pid, report);
  if (sampled.metrics_begin && sampled.metrics_end)
    report["store"] = store_report(*sampled.metrics_begin, *sampled.metrics_end, window);
  if (o.light_mode() && report.contains("store") &&
      report.at("store").as_object().contains("sync")) {
    // The target of the light load: send -> delivered p99 within twice one log sync's p99, both
    // from this window (the syncs timed by the relay itself around each synced WAL write).
    const auto& sync = report.at("store").as_object().at("sync").as_object();
    const double e2e_p99 = results.at("e2e_latency_ms").as_object().at("p99").to_number<double>();
    json::object light;
    light["e2e_p99_ms"] = e2e_p99;
    if (sync.contains("p99_ms")) {
      const double sync_p99 = sync.at("p99_ms").to_number<double>();
      light["sync_p99_ms"] = sync_p99;
      light["ratio"] = sync_p99 > 0 ? e2e_p99 / sync_p99 : 0.0;
      light["within_twice_sync_p99"] = e2e_p99 <= 2 * sync_p99;
      // Whether the sync histogram's resolution decides it: the sync p99 lies somewhere in its
      // bucket, so the verdict holds only if it holds at both ends of that bucket.
      if (sync.contains("p99_ms_bucket")) {
        const auto& in = sync.at("p99_ms_bucket").as_array();
        const double low = in.at(0).to_number<double>(), high = in.at(1).to_number<double>();
        light["verdict"] = e2e_p99 <= 2 * low                 ? "met"
                           : high >= 0 && e2e_p99 > 2 * high ? "missed"
                                                             : "undecided: within the sync bucket";
      }
    }
    report["light"] = light;
  }
  stop_target(target, report);
  return report;
}

Result<json::object> run_idle(const LoadgenOptions& options, const std::string& command) {
  json::object report;
  report["mode"] = "idle";
  report["command"] = command;
  auto m = machine_report();
  const uint64_t fd_limit = m["open_files_limit"].as_uint64();
  report["machine"] = m;
  if (options.idle + 64 > fd_limit) {
    std::cerr << "relais_loadgen: warning: " << options.idle
              << " connections need about as many descriptors "
              << "in the relay and here; the limit is " << fd_limit << ".\n";
  }
  RELAIS_TRY_ASSIGN(RelayTarget target, start_target(options));
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
  setup["errors"] = count_report(st.setup_errors);
  setup["transport"] = count_report(st.transport);
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
  stop_target(target, report);
  return report;
}

std::string render_text(const json::object& r) {
  if (r.at("mode").as_string() == "room") return render_room_text(r);
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
    if (r.contains("light"))
      out << "light load (send -> delivered p99 against the relay's log sync p99, same window): "
          << json::serialize(r.at("light")) << '\n';
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

// relais_store_bench: what the relay's storage costs on this machine.
//   (a) one fsync (fdatasync of a 4 KiB append): the floor under every synced commit;
//   (b) synced commits per second and commit latency with 1, 8, 64 concurrent committers of
//       ~300-byte envelopes, and the group-commit factor (commits per WAL sync);
//   (c) how long a store holding N envelopes takes to serve again after a crash (no clean
//       close: the write-ahead log, about one memtable of it, is replayed) and after a clean
//       close.
// Every phase is bounded in time; the folder it works in is removed at the end.
#include <fcntl.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "server/store/kv_store.h"

namespace {

using relais::server::be64;
using relais::server::Durability;
using relais::server::KvStore;
using relais::server::RocksOptions;
using relais::server::Table;
using relais::server::WriteBatch;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

struct Flags {
  std::string dir = "/var/tmp";
  std::string only;  // "fsync", "commit", "reopen" or "erase": one phase only
  uint64_t envelopes = 1'000'000;
  uint64_t crash_tail = 60'000;   // envelopes written after the last clean restart in (c)
  double seconds = 3;             // per committer count in (b)
  double populate_seconds = 600;  // cap on filling the store in (c)
  std::vector<int> committers = {1, 8, 64};
  bool keep = false;
  // Internal: the child process that fills the store and dies without closing it.
  std::string populate_into;
};

void usage() {
  std::fprintf(stderr,
               "usage: relais_store_bench [--dir FOLDER] [--envelopes N] [--seconds S]\n"
               "         [--committers 1,8,64] [--crash-tail N] [--populate-seconds S]\n"
               "         [--only fsync|commit|reopen|erase]"
               " [--keep]\n");
}

bool parse(int argc, char** argv, Flags& f) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (arg == "--keep") {
      f.keep = true;
      continue;
    }
    if (arg == "--help" || arg == "-h" || (v = next()) == nullptr) return false;
    if (arg == "--dir")
      f.dir = v;
    else if (arg == "--only")
      f.only = v;
    else if (arg == "--envelopes")
      f.envelopes = std::strtoull(v, nullptr, 10);
    else if (arg == "--seconds")
      f.seconds = std::atof(v);
    else if (arg == "--populate-seconds")
      f.populate_seconds = std::atof(v);
    else if (arg == "--crash-tail")
      f.crash_tail = std::strtoull(v, nullptr, 10);
    else if (arg == "--populate-into")
      f.populate_into = v;
    else if (arg == "--committers") {
      f.committers.clear();
      for (const char* p = v; *p;) {
        char* end = nullptr;
        const long n = std::strtol(p, &end, 10);
        if (end == p || n <= 0) return false;
        f.committers.push_back(static_cast<int>(n));
        p = *end == ',' ? end + 1 : end;
      }
    } else
      return false;
  }
  return f.envelopes > 0 && f.seconds > 0 && !f.committers.empty();
}

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  const auto k = static_cast<size_t>(p * static_cast<double>(v.size() - 1));
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
  return v[k];
}

std::unique_ptr<KvStore> open_store(
    const std::string& path, std::chrono::milliseconds erase_within = std::chrono::minutes(10)) {
  RocksOptions options;
  options.path = path;
  options.erase_within = erase_within;
  auto store = relais::server::open_rocks_store(options);
  if (!store.ok()) {
    std::fprintf(stderr, "open failed: %s\n", store.error().message.c_str());
    std::exit(1);
  }
  return std::move(store).value();
}

// Envelope values are ciphertext: incompressible bytes.
std::string random_bytes(std::mt19937_64& rng, size_t n) {
  std::string out(n, '\0');
  for (size_t i = 0; i < n; i += 8) {
    const uint64_t r = rng();
    std::memcpy(out.data() + i, &r, std::min<size_t>(8, n - i));
  }
  return out;
}

void print_machine(const std::string& dir) {
  std::string model = "unknown";
  std::ifstream cpuinfo("/proc/cpuinfo");
  for (std::string line; std::getline(cpuinfo, line);) {
    if (line.rfind("model name", 0) == 0) {
      model = line.substr(line.find(':') + 2);
      break;
    }
  }
  std::printf("machine: %u cpus, %s; working folder %s\n", std::thread::hardware_concurrency(),
              model.c_str(), dir.c_str());
}

// (a) fdatasync after a 4 KiB append, as the WAL does.
void bench_fsync(const std::string& dir, double seconds) {
  const std::string path = dir + "/fsync-probe";
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    std::perror("open");
    return;
  }
  const std::string block(4096, 'x');
  std::vector<double> us;
  const auto start = Clock::now();
  while (ms_since(start) < seconds * 1000 && us.size() < 100000) {
    const auto t = Clock::now();
    if (::write(fd, block.data(), block.size()) != static_cast<ssize_t>(block.size()) ||
        ::fdatasync(fd) != 0) {
      std::perror("write/fdatasync");
      break;
    }
    us.push_back(ms_since(t) * 1000);
  }
  ::close(fd);
  ::unlink(path.c_str());
  double sum = 0;
  for (double u : us) sum += u;
  const double mean = us.empty() ? 0 : sum / static_cast<double>(us.size());
  std::printf(
      "(a) fsync: %zu appends+fdatasync, mean %.0f us, p50 %.0f us, p99 %.0f us "
      "(at most %.0f synced writes/s one at a time)\n",
      us.size(), mean, percentile(us, 0.5), percentile(us, 0.99), mean > 0 ? 1e6 / mean : 0);
}

// (b) synced commits of ~300-byte envelopes from `threads` committers, each waiting for its own.
void bench_commits(const std::string& dir, int threads, double seconds) {
  const std::string path = dir + "/commit-" + std::to_string(threads);
  auto store = open_store(path);
  std::atomic<bool> stop{false};
  std::vector<std::vector<double>> latencies(static_cast<size_t>(threads));
  std::vector<std::thread> committers;
  const auto start = Clock::now();
  for (int t = 0; t < threads; ++t) {
    committers.emplace_back([&, t] {
      std::mt19937_64 rng(static_cast<uint64_t>(t) + 1);
      const std::string account = random_bytes(rng, 16);
      auto& mine = latencies[static_cast<size_t>(t)];
      for (uint64_t seq = 0; !stop.load(std::memory_order_relaxed); ++seq) {
        WriteBatch batch;
        batch.put(Table::queues, account + be64(seq), random_bytes(rng, 300));
        const auto t0 = Clock::now();
        const auto s = store->commit_and_wait(std::move(batch), Durability::synced);
        if (!s.ok()) {
          std::fprintf(stderr, "commit failed: %s\n", s.error().message.c_str());
          return;
        }
        mine.push_back(ms_since(t0));
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  stop = true;
  for (auto& c : committers) c.join();
  const double elapsed_s = ms_since(start) / 1000;
  std::vector<double> all;
  for (auto& v : latencies) all.insert(all.end(), v.begin(), v.end());
  const auto stats = store->stats();
  std::printf(
      "(b) %2d committer%s: %8.0f synced commits/s, latency p50 %.2f ms, p99 %.2f ms, "
      "%llu commits / %llu syncs = group-commit factor %.1f\n",
      threads, threads == 1 ? " " : "s", static_cast<double>(all.size()) / elapsed_s,
      percentile(all, 0.5), percentile(all, 0.99), static_cast<unsigned long long>(stats.commits),
      static_cast<unsigned long long>(stats.syncs),
      stats.syncs ? static_cast<double>(stats.commits) / static_cast<double>(stats.syncs) : 0.0);
  store.reset();
  fs::remove_all(path);
}

// Bytes this process made the kernel write to storage (/proc/self/io write_bytes).
uint64_t bytes_written() {
  std::ifstream io("/proc/self/io");
  std::string key;
  uint64_t value = 0;
  while (io >> key >> value) {
    if (key == "write_bytes:") return value;
  }
  return 0;
}

// (d) What the erase bound costs: 8 committers each store an envelope (synced, as Send) and
// erase it at once (buffered, as Ack), with sweeps every half of `bound` (0: none). Throughput,
// and bytes written to the disk per envelope, with and without sweeps.
void bench_erase(const std::string& dir, std::chrono::milliseconds bound, double seconds) {
  const std::string path = dir + "/erase-" + std::to_string(bound.count());
  const uint64_t written_before = bytes_written();
  auto store = open_store(path, bound);
  std::atomic<bool> stop{false};
  std::atomic<uint64_t> envelopes{0};
  std::vector<std::thread> committers;
  const auto start = Clock::now();
  for (int t = 0; t < 8; ++t) {
    committers.emplace_back([&, t] {
      std::mt19937_64 rng(static_cast<uint64_t>(t) + 1);
      const std::string account = random_bytes(rng, 16);
      for (uint64_t seq = 0; !stop.load(std::memory_order_relaxed); ++seq) {
        WriteBatch put;
        put.put(Table::queues, account + be64(seq), random_bytes(rng, 300));
        WriteBatch ack;
        ack.erase(Table::queues, account + be64(seq));
        if (!store->commit_and_wait(std::move(put), Durability::synced).ok() ||
            !store->commit_and_wait(std::move(ack), Durability::buffered).ok()) {
          std::fprintf(stderr, "commit failed\n");
          return;
        }
        envelopes.fetch_add(1, std::memory_order_relaxed);
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  stop = true;
  for (auto& c : committers) c.join();
  const double elapsed_s = ms_since(start) / 1000;
  const auto stats = store->stats();
  store.reset();  // the sweep at close is part of the cost
  const uint64_t written = bytes_written() - written_before;
  const auto n = envelopes.load();
  std::printf(
      "(d) erase bound %5.0f s: %7.0f envelopes stored+erased/s, %llu sweeps (%.0f ms each), "
      "%.1f MB written to disk, %.0f bytes per envelope\n",
      static_cast<double>(bound.count()) / 1000, static_cast<double>(n) / elapsed_s,
      static_cast<unsigned long long>(stats.sweeps),
      stats.sweeps ? static_cast<double>(stats.sweep_us) / 1000 / static_cast<double>(stats.sweeps)
                   : 0.0,
      static_cast<double>(written) / 1e6,
      n ? static_cast<double>(written) / static_cast<double>(n) : 0.0);
  fs::remove_all(path);
}

// Relay-shaped queue entries: about a hundred queued envelopes per recipient, arriving
// interleaved, keyed recipient id | be64 seq, with 200 bytes of ciphertext each.
struct QueueFiller {
  std::mt19937_64 rng{42};
  std::vector<std::string> ids;
  std::vector<uint64_t> next_seq;

  explicit QueueFiller(uint64_t envelopes) {
    const uint64_t accounts = std::max<uint64_t>(1, envelopes / 100);
    for (uint64_t a = 0; a < accounts; ++a) ids.push_back(random_bytes(rng, 16));
    next_seq.assign(accounts, 0);
  }

  // Writes up to `count` envelopes in batches of a thousand; returns how many it wrote.
  uint64_t fill(KvStore& store, uint64_t count, double max_seconds) {
    std::atomic<int> in_flight{0};
    std::atomic<bool> failed{false};
    const auto start = Clock::now();
    uint64_t written = 0;
    constexpr uint64_t kPerBatch = 1000;
    while (written < count && ms_since(start) < max_seconds * 1000 && !failed) {
      WriteBatch batch;
      for (uint64_t i = 0; i < kPerBatch && written < count; ++i, ++written) {
        const uint64_t a = rng() % ids.size();
        batch.put(Table::queues, ids[a] + be64(next_seq[a]++), random_bytes(rng, 200));
      }
      while (in_flight.load() >= 16) std::this_thread::sleep_for(std::chrono::microseconds(200));
      ++in_flight;
      const relais::Status queued =
          store.commit(std::move(batch), Durability::buffered, [&](relais::Status s) {
            if (!s.ok()) failed = true;
            --in_flight;
          });
      if (!queued.ok()) {
        failed = true;
        --in_flight;
      }
    }
    const auto s = store.commit_and_wait(WriteBatch{}, Durability::synced);  // a barrier
    if (!s.ok() || failed) {
      std::fprintf(stderr, "filling the store failed\n");
      std::_Exit(1);
    }
    return written;
  }
};

// The child of (c): fills the store, restarts it cleanly, then writes `tail` more envelopes
// (about one memtable: the most a crash leaves to replay) and dies without closing, as a
// crashed or killed relay would.
int populate(const std::string& path, uint64_t envelopes, uint64_t tail, double max_seconds) {
  QueueFiller filler(envelopes);
  auto start = Clock::now();
  auto store = open_store(path);
  const uint64_t written = filler.fill(*store, envelopes, max_seconds);
  std::printf("(c) stored %llu envelopes (%zu recipients) in %.1f s\n",
              static_cast<unsigned long long>(written), filler.ids.size(), ms_since(start) / 1000);
  store.reset();
  store = open_store(path);
  start = Clock::now();
  const uint64_t more = filler.fill(*store, tail, max_seconds);
  std::printf("(c) after a clean restart, %llu more in %.1f s, then the process died\n",
              static_cast<unsigned long long>(more), ms_since(start) / 1000);
  std::fflush(stdout);
  std::_Exit(0);  // no close, no flush: the next open replays the write-ahead log
}

uint64_t bytes_in(const std::string& dir, const std::string& extension) {
  uint64_t total = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_regular_file() && (extension.empty() || e.path().extension() == extension)) {
      total += e.file_size();
    }
  }
  return total;
}

double cpu_ms() {
  rusage u{};
  ::getrusage(RUSAGE_SELF, &u);
  auto ms = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
  };
  return ms(u.ru_utime) + ms(u.ru_stime);
}

// Opens the store and answers one recipient's queue: the time until the relay serves again.
void timed_reopen(const std::string& path, const char* label) {
  const double cpu_start = cpu_ms();
  const auto start = Clock::now();
  auto store = open_store(path);
  const double opened_ms = ms_since(start);
  size_t seen = 0;
  const std::string probe(16, '\x40');
  const auto scanned = store->scan(Table::queues, probe, "", 100, [&](auto, auto) {
    ++seen;
    return true;
  });
  const double served_ms = ms_since(start);
  if (!scanned.ok() || seen == 0) std::fprintf(stderr, "probe scan found nothing\n");
  std::printf(
      "(c) reopen after %s: open %.0f ms, first queue read served at %.0f ms "
      "(%.0f ms of CPU)\n",
      label, opened_ms, served_ms, cpu_ms() - cpu_start);
  const auto t = Clock::now();
  store.reset();
  std::printf("(c) clean close: %.0f ms\n", ms_since(t));
}

void bench_reopen(const std::string& dir, const Flags& flags, const char* self) {
  const std::string path = dir + "/reopen";
  // A separate process, so that its store's threads and its sudden end stay its own.
  const pid_t child = ::fork();
  if (child == 0) {
    const std::string envelopes = std::to_string(flags.envelopes);
    const std::string tail = std::to_string(flags.crash_tail);
    const std::string cap = std::to_string(flags.populate_seconds);
    ::execl(self, self, "--populate-into", path.c_str(), "--envelopes", envelopes.c_str(),
            "--crash-tail", tail.c_str(), "--populate-seconds", cap.c_str(),
            static_cast<char*>(nullptr));
    std::_Exit(127);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "the populating process failed\n");
    return;
  }
  std::printf("(c) on disk: %.0f MiB in tables, %.0f MiB of write-ahead log to replay\n",
              static_cast<double>(bytes_in(path, ".sst")) / (1 << 20),
              static_cast<double>(bytes_in(path, ".log")) / (1 << 20));
  timed_reopen(path, "a crash (log replayed)");
  timed_reopen(path, "a clean close");
  if (!flags.keep) fs::remove_all(path);
}

}  // namespace

int main(int argc, char** argv) {
  Flags flags;
  if (!parse(argc, argv, flags)) {
    usage();
    return 2;
  }
  if (!flags.populate_into.empty()) {
    return populate(flags.populate_into, flags.envelopes, flags.crash_tail, flags.populate_seconds);
  }
  std::string pattern = flags.dir + "/relais-store-bench-XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) {
    std::perror("mkdtemp");
    return 1;
  }
  const std::string dir = pattern;
  print_machine(dir);
  std::fflush(stdout);
  // The crash-restart phase runs first: it forks before this process starts any store thread.
  if (flags.only.empty() || flags.only == "reopen") bench_reopen(dir, flags, "/proc/self/exe");
  if (flags.only.empty() || flags.only == "fsync") bench_fsync(dir, std::min(flags.seconds, 2.0));
  if (flags.only.empty() || flags.only == "commit") {
    for (int n : flags.committers) {
      bench_commits(dir, n, flags.seconds);
      std::fflush(stdout);
    }
  }
  if (flags.only == "erase") {  // not in the default run: it takes a while
    for (auto bound : {0, 2000, 20000}) {
      bench_erase(dir, std::chrono::milliseconds(bound), std::max(flags.seconds, 20.0));
      std::fflush(stdout);
    }
  }
  if (!flags.keep) fs::remove_all(dir);
  return 0;
}

// A relaisd started by the generator (--start-relay): on a free loopback port, with a data
// folder of its own, stopped (SIGTERM, then SIGKILL after a grace period) when this object goes.
// Also reads any process's CPU time and resident memory from /proc for the report.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/base/result.h"

namespace relais::bench {

struct ProcessSample {
  double cpu_s = 0;      // user + system time so far
  uint64_t rss_kib = 0;  // VmRSS
  uint64_t threads = 0;
};

// Errc::not_found when there is no such process.
Result<ProcessSample> sample_process(pid_t pid);
// CPU time of each thread of a process: "tid name" -> seconds (from /proc/PID/task).
std::map<std::string, double> sample_threads(pid_t pid);
// The CPU time of this process (getrusage), user + system.
double own_cpu_seconds();
// CPU time of the whole machine from /proc/stat: busy (not idle, not iowait) and total, in s.
struct MachineCpu {
  double busy_s = 0;
  double total_s = 0;
};
MachineCpu machine_cpu();
// The first line of /proc/loadavg ("0.52 0.58 0.59 1/189 12345").
std::string load_average();
// Raises RLIMIT_NOFILE's soft limit to the hard limit; returns the limit now in force.
uint64_t raise_open_files_limit();

class RelayProcess {
 public:
  // Starts `path --data DIR --listen 127.0.0.1:0 [--log-level warn] extra_args...` and waits
  // for its "relaisd listening on ws://127.0.0.1:PORT" line. `data_dir` empty: a temporary
  // folder, deleted at the end.
  static Result<std::unique_ptr<RelayProcess>> start(const std::string& path,
                                                     const std::vector<std::string>& extra_args,
                                                     const std::string& data_dir,
                                                     std::chrono::seconds timeout);
  ~RelayProcess();

  // Whether `path --help` lists an option (an older relaisd may lack --metrics).
  static bool supports_option(const std::string& path, const std::string& option);
  RelayProcess(const RelayProcess&) = delete;
  RelayProcess& operator=(const RelayProcess&) = delete;

  pid_t pid() const { return pid_; }
  uint16_t port() const { return port_; }
  const std::string& data_dir() const { return data_dir_; }
  // SIGTERM, then SIGKILL after `grace`. Errc::internal if it had to be killed or exited non-zero.
  Status stop(std::chrono::seconds grace = std::chrono::seconds(15));
  // The last lines relaisd wrote on stderr, for an error message.
  std::string log_tail(size_t max_bytes = 2000) const;

 private:
  RelayProcess() = default;

  pid_t pid_ = -1;
  uint16_t port_ = 0;
  std::string work_dir_;  // temporary: logs, and the data folder unless one was given
  std::string data_dir_;
};

}  // namespace relais::bench

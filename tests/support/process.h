// Child processes for end-to-end tests: the real relaisd and relais binaries, started with
// arguments and environment, their output captured, stopped by signal.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace relais::testing {

struct ProcessResult {
  int exit_code = -1;  // -1: killed or timed out
  std::string out;
  std::string err;
};

// Runs a program to completion (killed after `timeout`), feeding `input` on stdin.
ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env = {},
                          std::chrono::milliseconds timeout = std::chrono::seconds(30),
                          const std::string& input = {});

// A long-running child (the relay): stdout is read line by line, stderr goes to a file.
class BackgroundProcess {
 public:
  BackgroundProcess(const std::string& program, const std::vector<std::string>& args,
                    const std::string& stderr_file);
  ~BackgroundProcess();  // SIGKILL if still running
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  // The next stdout line containing `needle`, or "" after `timeout`.
  std::string wait_for_line(const std::string& needle, std::chrono::milliseconds timeout);
  // Sends `signo` and waits for the exit; returns the exit code (-signal when killed by one).
  int stop(int signo, std::chrono::milliseconds timeout = std::chrono::seconds(10));
  bool running();
  void send_signal(int signo);
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
  std::string buffer_;
  int status_ = 0;
  bool exited_ = false;
};

// The path of a built binary, from RELAIS_BUILD_DIR (set by CTest) and its path in the build.
std::string built_binary(const std::string& relative);

// A TCP port on 127.0.0.1 free at the time of the call.
int free_loopback_port();

}  // namespace relais::testing

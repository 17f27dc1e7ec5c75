// End-to-end harness: a real relaisd on a free loopback port with a temporary data folder, and
// real `relais` homes driven through their command line. Nothing is faked.
#pragma once

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace relais::e2e {

using relais::testing::ProcessResult;

inline std::vector<boost::json::object> json_lines(const std::string& out) {
  std::vector<boost::json::object> lines;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    boost::system::error_code ec;
    auto v = boost::json::parse(line, ec);
    EXPECT_FALSE(ec) << "not JSON: " << line;
    if (!ec && v.is_object()) lines.push_back(v.as_object());
  }
  return lines;
}

inline std::string str(const boost::json::object& o, const char* key) {
  auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

inline uint64_t num(const boost::json::object& o, const char* key) {
  auto* v = o.if_contains(key);
  return v && v->is_number() ? v->to_number<uint64_t>() : 0;
}

inline bool flag(const boost::json::object& o, const char* key) {
  auto* v = o.if_contains(key);
  return v && v->is_bool() && v->as_bool();
}

// The lines of one kind ("room", "event", ...) about one room.
inline std::vector<boost::json::object> of_kind(const std::vector<boost::json::object>& lines,
                                                const std::string& kind, const std::string& room) {
  std::vector<boost::json::object> out;
  for (const auto& l : lines)
    if (str(l, "kind") == kind && str(l, "room") == room) out.push_back(l);
  return out;
}

// Whether any file under `dir` contains `needle`: the tests' look at a relay's data folder.
inline bool folder_contains(const std::filesystem::path& dir, const std::string& needle) {
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes(std::istreambuf_iterator<char>(in), {});
    if (bytes.find(needle) != std::string::npos) return true;
  }
  return false;
}

// GET http://127.0.0.1:PORT/PATH: the whole response, headers included (empty if refused).
inline std::string http_get(int port, const std::string& path) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return {};
  }
  std::string request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  if (write(fd, request.data(), request.size()) < 0) {
    close(fd);
    return {};
  }
  std::string response;
  char buf[4096];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) response.append(buf, static_cast<size_t>(n));
  close(fd);
  return response;
}

// One series of a relay's Prometheus page (`relais_frames_out_total{type="room_entry"}`), or -1.
inline double metric_value(const std::string& page, const std::string& series) {
  const std::string at = "\n" + series + " ";
  auto pos = page.find(at);
  if (pos == std::string::npos) return -1;
  return std::stod(page.substr(pos + at.size()));
}

class Relay {
 public:
  explicit Relay(const std::filesystem::path& data, int port = relais::testing::free_loopback_port(),
                 std::vector<std::string> extra = {})
      : data_(data), port_(port), extra_(std::move(extra)) {
    start();
  }
  void start() {
    std::vector<std::string> args{"--data", data_.string(), "--listen", "127.0.0.1:" + std::to_string(port_)};
    args.insert(args.end(), extra_.begin(), extra_.end());
    process_ = std::make_unique<relais::testing::BackgroundProcess>(
        relais::testing::built_binary("server/relaisd"), args, log_path());
    auto line = process_->wait_for_line("listening on", std::chrono::seconds(20));
    ASSERT_FALSE(line.empty()) << "relaisd did not start; its log: " << log();
  }
  int stop(int signo = SIGTERM) { return process_->stop(signo); }
  void send_signal(int signo) { process_->send_signal(signo); }
  bool running() { return process_->running(); }
  void restart() {
    EXPECT_EQ(stop(), 0);
    start();
  }
  std::string url() const {
    bool tls = std::find(extra_.begin(), extra_.end(), "--tls-cert") != extra_.end();
    return std::string(tls ? "wss" : "ws") + "://127.0.0.1:" + std::to_string(port_);
  }
  int port() const { return port_; }
  std::string log_path() const { return (data_.parent_path() / "relaisd.log").string(); }
  std::string log() const {
    std::ifstream in(log_path());
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  const std::filesystem::path& data() const { return data_; }

 private:
  std::filesystem::path data_;
  int port_;
  std::vector<std::string> extra_;
  std::unique_ptr<relais::testing::BackgroundProcess> process_;
};

// One person's profile folder and the `relais` command over it.
class Person {
 public:
  Person(const relais::testing::TempDir& root, std::string name)
      : name_(std::move(name)), home_((root / ("home-" + name_)).string()) {}

  ProcessResult run(std::vector<std::string> args, std::chrono::milliseconds timeout = std::chrono::seconds(30)) {
    std::vector<std::string> full{"--home", home_};
    full.insert(full.end(), args.begin(), args.end());
    return relais::testing::run_process(relais::testing::built_binary("client-cli/relais"), full,
                                        {{"RELAIS_PASSPHRASE", "correct horse " + name_},
                                         {"RELAIS_VAULT_KDF_LOG2N", "10"}},
                                        timeout);
  }
  // Runs and expects success; returns the JSON lines printed.
  std::vector<boost::json::object> ok(std::vector<std::string> args) {
    args.push_back("--json");
    auto r = run(args);
    EXPECT_EQ(r.exit_code, 0) << "relais " << args.front() << " failed: " << r.err;
    return json_lines(r.out);
  }

  void register_on(const Relay& relay, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"register", "--server", relay.url(), "--name", name_};
    args.insert(args.end(), extra.begin(), extra.end());
    ok(args);
    auto me = ok({"whoami"});
    ASSERT_EQ(me.size(), 1u);
    id_ = str(me[0], "id");
    ASSERT_EQ(id_.size(), 26u);
  }
  void add_contact(const Person& other) { ok({"contact", "add", other.name(), other.id()}); }
  void send(const Person& to, const std::string& text) { ok({"send", to.name(), text}); }
  // Direct messages that arrived, oldest first.
  std::vector<boost::json::object> sync(int wait_s = 0) {
    std::vector<boost::json::object> dms;
    for (auto& line : ok({"sync", "--wait", std::to_string(wait_s)}))
      if (str(line, "kind") == "dm") dms.push_back(line);
    return dms;
  }

  const std::string& name() const { return name_; }
  const std::string& id() const { return id_; }
  const std::string& home() const { return home_; }
  void set_home(std::string home) { home_ = std::move(home); }

 private:
  std::string name_;
  std::string home_;
  std::string id_;
};

}  // namespace relais::e2e

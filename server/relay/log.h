// The relay's log: one line per event on stderr (journald adds the time), with a level.
// By rule a log line never holds an account id, an address, a pseudonym or a payload: the
// call sites pass only fixed words and counts, and an end-to-end test greps a whole log.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <sstream>
#include <string>
#include <string_view>

namespace relais::server::log {

enum class Level { debug = 0, info = 1, warn = 2, error = 3 };

void set_level(Level level);
bool parse_level(std::string_view text, Level& out);
bool enabled(Level level);
void write(Level level, std::string_view line);

class Line {
 public:
  explicit Line(Level level) : level_(level) {}
  ~Line() { write(level_, out_.str()); }
  template <class T>
  Line& operator<<(const T& value) {
    out_ << value;
    return *this;
  }

 private:
  Level level_;
  std::ostringstream out_;
};

// At most one line per `interval` about one kind of event, telling how many were left out: a
// failing disk or a flood must not flood the log as well.
class Throttle {
 public:
  explicit Throttle(std::chrono::milliseconds interval) : interval_(interval) {}
  // Whether to write a line now; if so, `skipped` is how many were left out since the last one.
  bool allow(uint64_t& skipped);

 private:
  std::chrono::milliseconds interval_;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point next_{};
  uint64_t skipped_ = 0;
};

// Refusals of one kind (registrations past the per-network limit, say), counted and written at
// most once per `interval` as "WHAT, N in the last minute": an operator sees a Sybil flood in
// the log without a line per refusal, and without an address or an account (counts only).
class Tally {
 public:
  explicit Tally(std::string what, std::chrono::milliseconds interval = std::chrono::minutes(1))
      : what_(std::move(what)), interval_(interval) {}
  // One more; writes a line when the interval since the last one has passed.
  void note();
  // Writes what was counted since the last line, if the interval has passed (upkeep).
  void flush();
  uint64_t total() const { return total_.load(std::memory_order_relaxed); }

 private:
  void write_locked(std::chrono::steady_clock::time_point now);

  std::string what_;
  std::chrono::milliseconds interval_;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point next_{};
  std::chrono::steady_clock::time_point last_{};
  uint64_t count_ = 0;
  std::atomic<uint64_t> total_{0};
};

}  // namespace relais::server::log

// A for loop rather than if/else: safe inside an unbraced if without a dangling else.
#define RELAIS_LOG(lvl)                                                                   \
  for (bool relais_log_on = ::relais::server::log::enabled(::relais::server::log::Level::lvl); \
       relais_log_on; relais_log_on = false)                                              \
  ::relais::server::log::Line(::relais::server::log::Level::lvl)

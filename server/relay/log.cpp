#include "server/relay/log.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <sstream>

namespace relais::server::log {
namespace {

std::atomic<int> g_level{static_cast<int>(Level::info)};
std::mutex g_write_mutex;

const char* level_name(Level level) {
  switch (level) {
    case Level::debug: return "debug";
    case Level::info: return "info";
    case Level::warn: return "warn";
    case Level::error: return "error";
  }
  return "?";
}

}  // namespace

void set_level(Level level) { g_level = static_cast<int>(level); }

bool parse_level(std::string_view text, Level& out) {
  for (Level l : {Level::debug, Level::info, Level::warn, Level::error}) {
    if (text == level_name(l)) {
      out = l;
      return true;
    }
  }
  return false;
}

bool enabled(Level level) { return static_cast<int>(level) >= g_level.load(std::memory_order_relaxed); }

void write(Level level, std::string_view line) {
  auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
  std::lock_guard lock(g_write_mutex);
  std::fprintf(stderr, "%s %s %.*s\n", stamp, level_name(level), static_cast<int>(line.size()),
               line.data());
  std::fflush(stderr);
}

bool Throttle::allow(uint64_t& skipped) {
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(mutex_);
  if (now < next_) {
    ++skipped_;
    return false;
  }
  next_ = now + interval_;
  skipped = skipped_;
  skipped_ = 0;
  return true;
}

void Tally::note() {
  total_.fetch_add(1, std::memory_order_relaxed);
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(mutex_);
  ++count_;
  if (now >= next_) write_locked(now);
}

void Tally::flush() {
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(mutex_);
  if (count_ > 0 && now >= next_) write_locked(now);
}

void Tally::write_locked(std::chrono::steady_clock::time_point now) {
  // The first line of a quiet spell counts one interval (upkeep flushes what waits about once
  // an interval); later ones the time since the last line.
  auto since = now - last_;
  if (last_ == std::chrono::steady_clock::time_point{} || since > 2 * interval_) since = interval_;
  const auto minutes = std::max<int64_t>(
      1, (std::chrono::duration_cast<std::chrono::seconds>(since).count() + 59) / 60);
  std::ostringstream line;
  line << what_ << ", " << count_ << " in the last "
       << (minutes <= 1 ? std::string("minute") : std::to_string(minutes) + " minutes");
  if (enabled(Level::warn)) write(Level::warn, line.str());
  count_ = 0;
  last_ = now;
  next_ = now + interval_;
}

}  // namespace relais::server::log

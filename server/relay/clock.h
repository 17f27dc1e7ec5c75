// Time as the relay sees it; tests and fuzzers may drive it by hand.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

namespace relais::server {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual uint64_t now_ms() const = 0;
};

class SystemClock final : public Clock {
 public:
  uint64_t now_ms() const override {
    return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::system_clock::now().time_since_epoch())
                                     .count());
  }
};

class ManualClock final : public Clock {
 public:
  explicit ManualClock(uint64_t start_ms) : now_(start_ms) {}
  uint64_t now_ms() const override { return now_.load(); }
  void advance_ms(uint64_t ms) { now_ += ms; }

 private:
  std::atomic<uint64_t> now_;
};

}  // namespace relais::server

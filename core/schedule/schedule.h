// A permanence schedule: weekly slots and one-off extra slots in Brussels local time, and dates
// on which the organisation cancelled. Answers "is a permanence open now, and when does the next
// one open" for any instant, across daylight-saving changes.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/schedule/brussels_time.h"

namespace relais::schedule {

struct Slot {
  uint64_t id = 0;
  std::string room;
  unsigned weekday = 0;      // 1..7 for a weekly slot; 0 for a one-off slot on `date`
  std::optional<Date> date;  // the one-off slot's date
  int start = 0;             // minutes since local midnight
  int end = 0;               // after start, on the same day (24:00 = 1440 at most)
  std::vector<std::string> languages;
};

// One occurrence of a slot, as instants.
struct Window {
  int64_t start_ms = 0;
  int64_t end_ms = 0;
  uint64_t slot_id = 0;
  Date date;
};

class Schedule {
 public:
  // Errc::invalid_argument with a sentence: no weekday and no date, both, end not after start,
  // a start or end outside the day.
  static Status check(const Slot& slot);

  void add(Slot slot) { slots_.push_back(std::move(slot)); }
  bool remove(uint64_t slot_id);
  void cancel(Date date) { cancelled_.insert(date); }
  const std::vector<Slot>& slots() const { return slots_; }
  const std::set<Date>& cancelled() const { return cancelled_; }
  const Slot* find(uint64_t slot_id) const;

  // The occurrence open at `now_ms` (start <= now < end), if any.
  std::optional<Window> open_at(int64_t now_ms) const;
  // The first occurrence that starts after `now_ms`, looking at most `horizon_days` ahead.
  std::optional<Window> next_after(int64_t now_ms, int horizon_days = 366) const;

 private:
  // Occurrences whose local date is `date`, not cancelled, by start.
  std::vector<Window> on(Date date) const;

  std::vector<Slot> slots_;
  std::set<Date> cancelled_;
};

}  // namespace relais::schedule

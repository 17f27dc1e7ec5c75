#include "core/schedule/schedule.h"

#include <algorithm>

namespace relais::schedule {

Status Schedule::check(const Slot& slot) {
  if ((slot.weekday == 0) == !slot.date.has_value()) {
    return Error{Errc::invalid_argument, "A slot has either a weekday or a date."};
  }
  if (slot.weekday > 7) return Error{Errc::invalid_argument, "The weekday is mon to sun."};
  if (slot.start < 0 || slot.end > 24 * 60 || slot.end <= slot.start) {
    return Error{Errc::invalid_argument, "A permanence ends after it starts, on the same day."};
  }
  return ok_status();
}

bool Schedule::remove(uint64_t slot_id) {
  return std::erase_if(slots_, [&](const Slot& s) { return s.id == slot_id; }) > 0;
}

const Slot* Schedule::find(uint64_t slot_id) const {
  auto it = std::find_if(slots_.begin(), slots_.end(), [&](const Slot& s) { return s.id == slot_id; });
  return it == slots_.end() ? nullptr : &*it;
}

std::vector<Window> Schedule::on(Date date) const {
  std::vector<Window> out;
  if (cancelled_.count(date)) return out;
  const unsigned wd = std::chrono::weekday(std::chrono::sys_days(date)).iso_encoding();
  for (const auto& s : slots_) {
    if (s.weekday ? s.weekday != wd : *s.date != date) continue;
    out.push_back({from_brussels(date, s.start), from_brussels(date, s.end), s.id, date});
  }
  std::sort(out.begin(), out.end(),
            [](const Window& a, const Window& b) { return a.start_ms < b.start_ms; });
  return out;
}

std::optional<Window> Schedule::open_at(int64_t now_ms) const {
  const Date today = to_brussels(now_ms).date;
  for (const auto& w : on(today)) {
    if (w.start_ms <= now_ms && now_ms < w.end_ms) return w;
  }
  return std::nullopt;
}

std::optional<Window> Schedule::next_after(int64_t now_ms, int horizon_days) const {
  const auto today = std::chrono::sys_days(to_brussels(now_ms).date);
  for (int d = 0; d <= horizon_days; ++d) {
    for (const auto& w : on(Date(today + std::chrono::days(d)))) {
      if (w.start_ms > now_ms) return w;
    }
  }
  return std::nullopt;
}

}  // namespace relais::schedule

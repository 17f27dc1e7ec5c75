// Europe/Brussels civil time, for permanence schedules: weekly slots are published in Brussels
// local time and must open at 14:00 on the wall clock in winter and in summer alike.
//
// The rules come from the system's IANA time-zone database (Debian's tzdata, read through
// Howard Hinnant's date/tz.h built with USE_OS_TZDB), so a change of the EU's rules reaches
// the relay with the system's updates. libstdc++ 12 has no std::chrono::tzdb of its own.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/result.h"

namespace relais::schedule {

using Date = std::chrono::year_month_day;

// Brussels wall-clock time: a date and minutes since its midnight (0..1439).
struct LocalTime {
  Date date;
  int minute = 0;
  unsigned iso_weekday() const;  // 1 = Monday .. 7 = Sunday
};

// Loads Europe/Brussels from the time-zone database once; an error names the missing piece
// (the tzdata package). Programs call it at start so that a missing database stops them there;
// the functions below assume it succeeded and throw std::runtime_error otherwise.
Status load_time_zone();

// Seconds Brussels is ahead of UTC at the instant `unix_s` (3600 or 7200 under today's rules).
int utc_offset_s(int64_t unix_s);

LocalTime to_brussels(int64_t unix_ms);

// The instant Brussels clocks show `minute` on `date`. A time skipped in spring (02:00-02:59 on
// the last Sunday of March) is read as the same time after the jump (03:xx); a time that happens
// twice in autumn (02:00-02:59 on the last Sunday of October) is the first one.
int64_t from_brussels(Date date, int minute);

// "2026-11-24 14:00".
std::string format_brussels(int64_t unix_ms);
std::string format_date(Date date);

// "14:00" → 840. Hours 00..23 (or "24:00" as the end of a day), minutes 00..59.
std::optional<int> parse_hhmm(std::string_view text);
std::string format_hhmm(int minute);
// "2026-12-25", a real calendar date from 2000 to 2199.
std::optional<Date> parse_date(std::string_view text);
// "mon", "monday", "tue", ... (English, any case) → 1..7.
std::optional<unsigned> parse_weekday(std::string_view text);
const char* weekday_word(unsigned iso_weekday);  // "mon" .. "sun"

}  // namespace relais::schedule

#include "core/schedule/brussels_time.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace relais::schedule {
namespace {

using namespace std::chrono;

constexpr int64_t kMinute = 60;
constexpr int64_t kDay = 86400;

int64_t day_start_s(Date d) {
  return static_cast<int64_t>(sys_days(d).time_since_epoch().count()) * kDay;
}

// The last Sunday of `m` in `y`, at 01:00 UTC: when the clocks change.
int64_t change_instant_s(year y, month m) {
  const Date last_sunday{sys_days(year_month_weekday_last(y, m, weekday_last(Sunday)))};
  return day_start_s(last_sunday) + 3600;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

constexpr std::array<const char*, 7> kShort = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<const char*, 7> kLong = {"monday", "tuesday",  "wednesday", "thursday",
                                              "friday", "saturday", "sunday"};

}  // namespace

unsigned LocalTime::iso_weekday() const {
  return weekday(sys_days(date)).iso_encoding();
}

int utc_offset_s(int64_t unix_s) {
  const auto days = sys_days(std::chrono::days(unix_s >= 0 ? unix_s / kDay : (unix_s - kDay + 1) / kDay));
  const year y = year_month_day(days).year();
  const bool summer = unix_s >= change_instant_s(y, March) && unix_s < change_instant_s(y, October);
  return summer ? 7200 : 3600;
}

LocalTime to_brussels(int64_t unix_ms) {
  const int64_t unix_s = unix_ms >= 0 ? unix_ms / 1000 : (unix_ms - 999) / 1000;
  const int64_t local_s = unix_s + utc_offset_s(unix_s);
  const int64_t day = local_s >= 0 ? local_s / kDay : (local_s - kDay + 1) / kDay;
  LocalTime t;
  t.date = Date(sys_days(std::chrono::days(day)));
  t.minute = static_cast<int>((local_s - day * kDay) / kMinute);
  return t;
}

int64_t from_brussels(Date date, int minute) {
  const int64_t local_s = day_start_s(date) + minute * kMinute;
  // Try winter time, then summer time; the first reading that maps back is the answer (the
  // earlier instant in the autumn fold, since summer time comes first there).
  const int64_t as_summer = local_s - 7200;
  const int64_t as_winter = local_s - 3600;
  if (utc_offset_s(as_summer) == 7200) return as_summer * 1000;
  if (utc_offset_s(as_winter) == 3600) return as_winter * 1000;
  // In the spring gap neither reading exists: the clocks read an hour later at that instant.
  return as_winter * 1000;
}

std::string format_date(Date d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

std::string format_hhmm(int minute) {
  minute = std::clamp(minute, 0, 24 * 60);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", minute / 60, minute % 60);
  return buf;
}

std::string format_brussels(int64_t unix_ms) {
  const LocalTime t = to_brussels(unix_ms);
  return format_date(t.date) + " " + format_hhmm(t.minute);
}

std::optional<int> parse_hhmm(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  const auto h = text.substr(0, 2), m = text.substr(3, 2);
  if (!all_digits(h) || !all_digits(m)) return std::nullopt;
  const int hours = to_int(h), minutes = to_int(m);
  if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) return std::nullopt;
  return hours * 60 + minutes;
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
  const Date date{year(to_int(y)), month(static_cast<unsigned>(to_int(m))),
                  day(static_cast<unsigned>(to_int(d)))};
  if (!date.ok() || date.year() < year(2000) || date.year() > year(2199)) return std::nullopt;
  return date;
}

std::optional<unsigned> parse_weekday(std::string_view text) {
  if (text.size() > 9) return std::nullopt;
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (unsigned i = 0; i < 7; ++i) {
    if (lower == kShort[i] || lower == kLong[i]) return i + 1;
  }
  return std::nullopt;
}

const char* weekday_word(unsigned iso_weekday) {
  return iso_weekday >= 1 && iso_weekday <= 7 ? kShort[iso_weekday - 1] : "";
}

}  // namespace relais::schedule

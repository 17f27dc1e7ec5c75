// Dates, times of day and weekdays as text (brussels_time.h): no time zone, so that a program
// that only reads and writes them (the clients' forms, core/wire/contract) links no tz library.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <string>

#include "core/schedule/brussels_time.h"

namespace relais::schedule {
namespace {

using namespace std::chrono;

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

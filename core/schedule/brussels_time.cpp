#include "core/schedule/brussels_time.h"

#include <date/tz.h>

#include <exception>
#include <fstream>
#include <iterator>

// ptz.h of date 3.0.1 names hh_mm_ss after `using namespace date; using namespace std::chrono;`,
// which C++20's std::chrono::hh_mm_ss makes ambiguous; a declaration in its namespace wins.
namespace Posix {
using ::date::hh_mm_ss;
}  // namespace Posix
#include <date/ptz.h>

namespace relais::schedule {
namespace {

using namespace std::chrono;

constexpr int64_t kMinute = 60;
constexpr int64_t kDay = 86400;

int64_t day_start_s(Date d) {
  return static_cast<int64_t>(sys_days(d).time_since_epoch().count()) * kDay;
}

// date 3.0.1 over the OS database reads a zone file's transitions but not the POSIX rule at its
// end, and Debian's files list transitions up to 2037 only: past the last one, the rule from the
// same file (read with date's ptz.h) gives the offset, so a slot in 2040 keeps its summer time.
struct Brussels {
  const date::time_zone* zone = nullptr;
  std::optional<Posix::time_zone> rule;
  date::sys_seconds rule_from = date::sys_seconds::max();

  date::sys_info at(date::sys_seconds t) const {
    return rule && t >= rule_from ? rule->get_info(t) : zone->get_info(t);
  }
  date::local_info at(date::local_seconds t) const {
    if (rule &&
        t.time_since_epoch() >= rule_from.time_since_epoch() + zone->get_info(rule_from).offset)
      return rule->get_info(t);
    return zone->get_info(t);
  }
};

// The POSIX TZ string a TZif file (version 2 or later) ends with: "\nCET-1CEST,M3.5.0,M10.5.0/3\n".
std::string tzif_rule(const char* path) {
  std::ifstream in(path, std::ios::binary);
  const std::string file{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (file.size() < 8 || file.compare(0, 4, "TZif") != 0 || file[4] < '2' || file.back() != '\n')
    return {};
  const auto start = file.rfind('\n', file.size() - 2);
  return start == std::string::npos ? std::string()
                                    : file.substr(start + 1, file.size() - start - 2);
}

Brussels load_brussels() {
  Brussels b;
  b.zone = date::locate_zone("Europe/Brussels");  // throws without the database
  const auto far = date::sys_seconds{sys_days{year{2200} / January / 1}.time_since_epoch()};
  const date::sys_info last = b.zone->get_info(far);
  if (last.end <= far) return b;  // the database itself reaches that far
  const std::string rule = tzif_rule("/usr/share/zoneinfo/Europe/Brussels");
  if (rule.empty()) return b;
  try {
    b.rule.emplace(rule);
    b.rule_from = last.begin;
  } catch (const std::exception&) {
    b.rule.reset();  // unreadable: the last offset of the database stays in force
  }
  return b;
}

// Looked up once; a static whose initialisation threw is tried again at the next call.
const Brussels& brussels() {
  static const Brussels b = load_brussels();
  return b;
}

}  // namespace

Status load_time_zone() {
  try {
    // get_info reads the zone's file now, not at the first permanence.
    (void)brussels().at(date::sys_seconds{});
    return ok_status();
  } catch (const std::exception& e) {
    return Error{Errc::not_found,
                 std::string("Europe/Brussels is not in the system's time-zone database (") +
                     e.what() + "); install the tzdata package."};
  }
}

int utc_offset_s(int64_t unix_s) {
  return static_cast<int>(brussels().at(date::sys_seconds{seconds{unix_s}}).offset.count());
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

int64_t from_brussels(Date day, int minute) {
  const int64_t local_s = day_start_s(day) + minute * kMinute;
  // `first` is the offset in force before a change: in the autumn fold that picks the earlier
  // instant (summer time); in the spring gap it reads 02:30 as 03:30 after the jump, where
  // date's own choose::earliest would give the instant of the jump itself.
  const date::local_info info = brussels().at(date::local_seconds{seconds{local_s}});
  return (local_s - info.first.offset.count()) * 1000;
}

std::string format_brussels(int64_t unix_ms) {
  const LocalTime t = to_brussels(unix_ms);
  return format_date(t.date) + " " + format_hhmm(t.minute);
}

}  // namespace relais::schedule

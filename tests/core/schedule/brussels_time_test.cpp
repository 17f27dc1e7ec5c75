#include "core/schedule/brussels_time.h"

#include <gtest/gtest.h>

namespace relais::schedule {
namespace {

using namespace std::chrono;

// Unix milliseconds of a UTC date and time.
int64_t utc(int y, unsigned m, unsigned d, int hh, int mm, int ss = 0) {
  const auto days = sys_days(year_month_day{year(y), month(m), day(d)}).time_since_epoch().count();
  return (static_cast<int64_t>(days) * 86400 + hh * 3600 + mm * 60 + ss) * 1000;
}

Date date(int y, unsigned m, unsigned d) { return {year(y), month(m), day(d)}; }

TEST(BrusselsTime, TheOffsetChangesOnTheLastSundaysOfMarchAndOctoberAt0100Utc) {
  // 2026: 29 March and 25 October.
  EXPECT_EQ(utc_offset_s(utc(2026, 3, 29, 0, 59, 59) / 1000), 3600);
  EXPECT_EQ(utc_offset_s(utc(2026, 3, 29, 1, 0, 0) / 1000), 7200);
  EXPECT_EQ(utc_offset_s(utc(2026, 10, 25, 0, 59, 59) / 1000), 7200);
  EXPECT_EQ(utc_offset_s(utc(2026, 10, 25, 1, 0, 0) / 1000), 3600);
  // 2027: 28 March and 31 October; 2024: 31 March and 27 October.
  EXPECT_EQ(utc_offset_s(utc(2027, 3, 28, 1, 0) / 1000), 7200);
  EXPECT_EQ(utc_offset_s(utc(2027, 3, 27, 12, 0) / 1000), 3600);
  EXPECT_EQ(utc_offset_s(utc(2027, 10, 31, 0, 30) / 1000), 7200);
  EXPECT_EQ(utc_offset_s(utc(2024, 3, 31, 1, 0) / 1000), 7200);
  EXPECT_EQ(utc_offset_s(utc(2024, 10, 27, 1, 0) / 1000), 3600);
  EXPECT_EQ(utc_offset_s(utc(2026, 1, 1, 0, 0) / 1000), 3600);
  EXPECT_EQ(utc_offset_s(utc(2026, 12, 31, 23, 59) / 1000), 3600);
}

TEST(BrusselsTime, TheZoneLoadsFromTheSystemDatabase) {
  const Status loaded = load_time_zone();
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
}

// Rules older than today's come from the database too: before 1996 summer time in Belgium
// ended on the last Sunday of September (24 September 1995), and in 1977 it began on
// 3 April. A hand-written EU rule of today would say summer time on both dates below.
TEST(BrusselsTime, EarlierRulesComeFromTheDatabase) {
  EXPECT_EQ(utc_offset_s(utc(1995, 9, 24, 0, 59) / 1000), 7200);
  EXPECT_EQ(utc_offset_s(utc(1995, 9, 24, 1, 0) / 1000), 3600);
  EXPECT_EQ(utc_offset_s(utc(1995, 10, 10, 12, 0) / 1000), 3600);
  EXPECT_EQ(utc_offset_s(utc(1977, 4, 2, 12, 0) / 1000), 3600);
  EXPECT_EQ(utc_offset_s(utc(1977, 4, 3, 12, 0) / 1000), 7200);
  EXPECT_EQ(format_brussels(utc(1995, 10, 10, 12, 0)), "1995-10-10 13:00");
}

// The zone file lists transitions up to 2037; later ones come from the rule at its end.
TEST(BrusselsTime, TheRulesHoldPast2037) {
  EXPECT_EQ(utc_offset_s(utc(2037, 10, 25, 0, 59) / 1000), 7200);
  EXPECT_EQ(utc_offset_s(utc(2037, 10, 25, 1, 0) / 1000), 3600);
  EXPECT_EQ(utc_offset_s(utc(2038, 3, 28, 0, 59) / 1000), 3600);
  EXPECT_EQ(utc_offset_s(utc(2038, 3, 28, 1, 0) / 1000), 7200);
  EXPECT_EQ(utc_offset_s(utc(2045, 10, 29, 0, 59) / 1000), 7200);
  EXPECT_EQ(utc_offset_s(utc(2045, 10, 29, 1, 0) / 1000), 3600);
  EXPECT_EQ(utc_offset_s(utc(2199, 3, 31, 1, 0) / 1000), 7200);
  EXPECT_EQ(utc_offset_s(utc(2199, 12, 31, 12, 0) / 1000), 3600);
  EXPECT_EQ(from_brussels(date(2038, 3, 28), 2 * 60 + 30), utc(2038, 3, 28, 1, 30));
  EXPECT_EQ(from_brussels(date(2038, 10, 31), 2 * 60 + 30), utc(2038, 10, 31, 0, 30));
  EXPECT_EQ(from_brussels(date(2037, 10, 25), 2 * 60 + 30), utc(2037, 10, 25, 0, 30));
  EXPECT_EQ(from_brussels(date(2060, 7, 1), 14 * 60), utc(2060, 7, 1, 12, 0));
  EXPECT_EQ(format_brussels(utc(2060, 7, 1, 12, 0)), "2060-07-01 14:00");
}

TEST(BrusselsTime, WallClockFromInstants) {
  EXPECT_EQ(format_brussels(utc(2026, 7, 1, 12, 0)), "2026-07-01 14:00");
  EXPECT_EQ(format_brussels(utc(2026, 1, 1, 12, 0)), "2026-01-01 13:00");
  EXPECT_EQ(format_brussels(utc(2026, 12, 31, 23, 30)), "2027-01-01 00:30");
  // Spring: 01:59 is followed by 03:00.
  EXPECT_EQ(format_brussels(utc(2026, 3, 29, 0, 59)), "2026-03-29 01:59");
  EXPECT_EQ(format_brussels(utc(2026, 3, 29, 1, 0)), "2026-03-29 03:00");
  // Autumn: 02:59 summer time is followed by 02:00 winter time.
  EXPECT_EQ(format_brussels(utc(2026, 10, 25, 0, 59)), "2026-10-25 02:59");
  EXPECT_EQ(format_brussels(utc(2026, 10, 25, 1, 0)), "2026-10-25 02:00");
  EXPECT_EQ(to_brussels(utc(2026, 11, 24, 13, 0)).iso_weekday(), 2u);  // a Tuesday
}

TEST(BrusselsTime, InstantsFromWallClock) {
  EXPECT_EQ(from_brussels(date(2026, 11, 24), 14 * 60), utc(2026, 11, 24, 13, 0));
  EXPECT_EQ(from_brussels(date(2026, 6, 23), 14 * 60), utc(2026, 6, 23, 12, 0));
  // The skipped hour reads as the same time after the jump.
  EXPECT_EQ(from_brussels(date(2026, 3, 29), 2 * 60 + 30), utc(2026, 3, 29, 1, 30));
  EXPECT_EQ(from_brussels(date(2026, 3, 29), 3 * 60), utc(2026, 3, 29, 1, 0));
  EXPECT_EQ(from_brussels(date(2026, 3, 29), 1 * 60 + 59), utc(2026, 3, 29, 0, 59));
  // The repeated hour is its first occurrence.
  EXPECT_EQ(from_brussels(date(2026, 10, 25), 2 * 60 + 30), utc(2026, 10, 25, 0, 30));
  EXPECT_EQ(from_brussels(date(2026, 10, 25), 3 * 60), utc(2026, 10, 25, 2, 0));
  EXPECT_EQ(from_brussels(date(2026, 10, 25), 24 * 60), utc(2026, 10, 25, 23, 0));
}

TEST(BrusselsTime, EveryQuarterHourOfAYearRoundTrips) {
  for (int64_t t = utc(2026, 1, 1, 0, 0); t < utc(2027, 1, 1, 0, 0); t += 15 * 60 * 1000) {
    const LocalTime local = to_brussels(t);
    const int64_t back = from_brussels(local.date, local.minute);
    // Only the second pass through the autumn's repeated hour maps to the first pass.
    if (back != t) {
      EXPECT_EQ(back, t - 3600 * 1000) << format_brussels(t);
      EXPECT_EQ(local.date, date(2026, 10, 25));
    }
  }
}

TEST(BrusselsTime, Parsers) {
  EXPECT_EQ(parse_hhmm("14:00"), 840);
  EXPECT_EQ(parse_hhmm("00:00"), 0);
  EXPECT_EQ(parse_hhmm("24:00"), 1440);
  EXPECT_EQ(format_hhmm(845), "14:05");
  for (const char* bad :
       {"", "14", "14:0", "1400", "24:01", "25:00", "12:60", "ab:cd", "-1:00", "14:00 "}) {
    EXPECT_FALSE(parse_hhmm(bad)) << bad;
  }
  EXPECT_EQ(parse_date("2026-12-25"), date(2026, 12, 25));
  EXPECT_EQ(format_date(date(2026, 2, 3)), "2026-02-03");
  EXPECT_TRUE(parse_date("2028-02-29"));
  for (const char* bad : {"", "2026-02-30", "2026-13-01", "26-12-25", "2026/12/25", "1999-12-31",
                          "2026-12-25x", "abcd-ef-gh"}) {
    EXPECT_FALSE(parse_date(bad)) << bad;
  }
  EXPECT_EQ(parse_weekday("tue"), 2u);
  EXPECT_EQ(parse_weekday("Sunday"), 7u);
  EXPECT_EQ(parse_weekday("MON"), 1u);
  EXPECT_FALSE(parse_weekday("mardi"));
  EXPECT_FALSE(parse_weekday(""));
  EXPECT_FALSE(parse_weekday("wednesdayy"));
  EXPECT_STREQ(weekday_word(3), "wed");
  EXPECT_STREQ(weekday_word(0), "");
}

}  // namespace
}  // namespace relais::schedule

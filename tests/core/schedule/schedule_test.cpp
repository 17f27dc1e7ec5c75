#include "core/schedule/schedule.h"

#include <gtest/gtest.h>

namespace relais::schedule {
namespace {

using namespace std::chrono;

int64_t utc(int y, unsigned m, unsigned d, int hh, int mm) {
  const auto days = sys_days(year_month_day{year(y), month(m), day(d)}).time_since_epoch().count();
  return (static_cast<int64_t>(days) * 86400 + hh * 3600 + mm * 60) * 1000;
}

Date date(int y, unsigned m, unsigned d) { return {year(y), month(m), day(d)}; }

Slot weekly(uint64_t id, unsigned weekday, const char* start, const char* end) {
  return {id, "brussels", weekday, std::nullopt, *parse_hhmm(start), *parse_hhmm(end), {"fr"}};
}

TEST(Schedule, SlotsAreChecked) {
  EXPECT_TRUE(Schedule::check(weekly(1, 2, "14:00", "15:00")).ok());
  EXPECT_FALSE(Schedule::check(weekly(1, 2, "15:00", "14:00")).ok());
  EXPECT_FALSE(Schedule::check(weekly(1, 2, "15:00", "15:00")).ok());
  EXPECT_FALSE(Schedule::check(weekly(1, 8, "14:00", "15:00")).ok());
  Slot neither = weekly(1, 0, "14:00", "15:00");
  EXPECT_FALSE(Schedule::check(neither).ok());
  Slot both = weekly(1, 2, "14:00", "15:00");
  both.date = date(2026, 12, 1);
  EXPECT_FALSE(Schedule::check(both).ok());
}

// Espace P's rhythm in 2019: three one-hour permanences a week.
class Weekly : public ::testing::Test {
 protected:
  void SetUp() override {
    s.add(weekly(1, 2, "14:00", "15:00"));  // Tuesday
    s.add(weekly(2, 4, "10:00", "11:00"));  // Thursday
    s.add(weekly(3, 5, "19:00", "20:00"));  // Friday
  }
  Schedule s;
};

TEST_F(Weekly, OpenNowAndNextOpening) {
  // Tuesday 24 November 2026, 14:30 in Brussels = 13:30 UTC.
  auto open = s.open_at(utc(2026, 11, 24, 13, 30));
  ASSERT_TRUE(open);
  EXPECT_EQ(open->slot_id, 1u);
  EXPECT_EQ(open->start_ms, utc(2026, 11, 24, 13, 0));
  EXPECT_EQ(open->end_ms, utc(2026, 11, 24, 14, 0));
  EXPECT_FALSE(s.open_at(utc(2026, 11, 24, 14, 0)));  // the end is not inside
  EXPECT_TRUE(s.open_at(utc(2026, 11, 24, 13, 0)));   // the start is
  auto next = s.next_after(utc(2026, 11, 24, 13, 30));
  ASSERT_TRUE(next);
  EXPECT_EQ(next->slot_id, 2u);
  EXPECT_EQ(format_brussels(next->start_ms), "2026-11-26 10:00");
  // From Friday evening, the next is Tuesday.
  next = s.next_after(utc(2026, 11, 27, 19, 30));
  ASSERT_TRUE(next);
  EXPECT_EQ(format_brussels(next->start_ms), "2026-12-01 14:00");
}

TEST_F(Weekly, TheWallClockHoldsAcrossDaylightSavingChanges) {
  // The Tuesday before and after the spring change opens at 14:00 local both times: 13:00 UTC,
  // then 12:00 UTC.
  auto before = s.next_after(utc(2026, 3, 23, 0, 0));
  ASSERT_TRUE(before);
  EXPECT_EQ(before->start_ms, utc(2026, 3, 24, 13, 0));
  auto after = s.next_after(utc(2026, 3, 30, 0, 0));
  ASSERT_TRUE(after);
  EXPECT_EQ(after->start_ms, utc(2026, 3, 31, 12, 0));
  // And in autumn, the other way.
  auto summer = s.next_after(utc(2026, 10, 19, 0, 0));
  ASSERT_TRUE(summer);
  EXPECT_EQ(summer->start_ms, utc(2026, 10, 20, 12, 0));
  auto winter = s.next_after(utc(2026, 10, 26, 0, 0));
  ASSERT_TRUE(winter);
  EXPECT_EQ(winter->start_ms, utc(2026, 10, 27, 13, 0));
}

TEST(Schedule, ASlotOverTheChangingHourLastsWhatTheClockSays) {
  Schedule s;
  s.add(weekly(1, 7, "01:30", "03:30"));  // Sunday night
  // Spring: 01:30 → 03:30 on the wall clock is one real hour.
  auto spring = s.next_after(utc(2026, 3, 28, 12, 0));
  ASSERT_TRUE(spring);
  EXPECT_EQ(spring->end_ms - spring->start_ms, 3600 * 1000);
  // Autumn: three real hours.
  auto autumn = s.next_after(utc(2026, 10, 24, 12, 0));
  ASSERT_TRUE(autumn);
  EXPECT_EQ(autumn->end_ms - autumn->start_ms, 3 * 3600 * 1000);
}

TEST_F(Weekly, CancellationsAndExtraSlots) {
  s.cancel(date(2026, 12, 1));  // no permanence that Tuesday
  auto next = s.next_after(utc(2026, 11, 28, 0, 0));
  ASSERT_TRUE(next);
  EXPECT_EQ(format_brussels(next->start_ms), "2026-12-03 10:00");
  EXPECT_FALSE(s.open_at(utc(2026, 12, 1, 13, 30)));
  Slot extra{9, "liege", 0, date(2026, 12, 2), *parse_hhmm("16:00"), *parse_hhmm("17:30"), {"nl"}};
  ASSERT_TRUE(Schedule::check(extra).ok());
  s.add(extra);
  next = s.next_after(utc(2026, 11, 28, 0, 0));
  ASSERT_TRUE(next);
  EXPECT_EQ(next->slot_id, 9u);
  EXPECT_EQ(format_brussels(next->end_ms), "2026-12-02 17:30");
  EXPECT_TRUE(s.remove(9));
  EXPECT_FALSE(s.remove(9));
  EXPECT_EQ(s.find(9), nullptr);
  ASSERT_NE(s.find(2), nullptr);
}

TEST(Schedule, NothingScheduledHasNoNextOpening) {
  Schedule s;
  EXPECT_FALSE(s.next_after(utc(2026, 11, 24, 0, 0)));
  EXPECT_FALSE(s.open_at(utc(2026, 11, 24, 0, 0)));
  Slot past{1, "gent", 0, date(2026, 1, 1), 600, 660, {}};
  s.add(past);
  EXPECT_FALSE(s.next_after(utc(2026, 11, 24, 0, 0)));
}

}  // namespace
}  // namespace relais::schedule

// The anonymous counts an organisation reads for its yearly report: one record per organisation
// per Brussels-local day (records::PermanenceDay), summed over a year, a month or an ISO week.
// Waiting times go into a histogram with fixed buckets, so no row ever describes one ticket.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/base/result.h"
#include "core/schedule/brussels_time.h"
#include "permanence_records.pb.h"
#include "relais.pb.h"

namespace relais::server::counts {

// Upper bounds (exclusive, seconds) of the waiting-time buckets; one more bucket counts longer
// waits. Percentiles are read as the upper bound of the bucket they fall in (never above the
// longest wait seen), so they are accurate to a bucket's width.
inline constexpr uint64_t kWaitBucketsS[] = {30,   60,   120,  180,  300,  450,  600,  900,
                                             1200, 1800, 2700, 3600, 5400, 7200, 10800};
inline constexpr size_t kWaitBuckets = std::size(kWaitBucketsS) + 1;

// The days a StaffStats period covers, both ends included.
struct Period {
  schedule::Date first;
  schedule::Date last;
};

// "2026" (a year), "2026-11" (a month) or "2026-W47" (an ISO 8601 week, Monday to Sunday);
// years 2000 to 2199. Errc::invalid_argument otherwise.
Result<Period> parse_period(std::string_view text);

// Table::counters key of one organisation's day; keys of one organisation sort by date.
std::string day_key(std::string_view org, schedule::Date day);

void add_wait(records::PermanenceDay& day, uint64_t wait_s);
void add_language(records::PermanenceDay& day, std::string_view language);
// Adds every count of `day` to `total`.
void merge(records::PermanenceDay& total, const records::PermanenceDay& day);
// The Stats answer for summed counts (org and period left for the caller).
wire::Stats to_stats(const records::PermanenceDay& total);

}  // namespace relais::server::counts

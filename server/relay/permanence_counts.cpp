#include "server/relay/permanence_counts.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace relais::server::counts {
namespace {

using namespace std::chrono;

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2199;

std::optional<int> number(std::string_view text, size_t digits) {
  if (text.size() != digits) return std::nullopt;
  int v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return v;
}

// Monday of ISO week 1: the week that holds 4 January.
sys_days first_iso_monday(int y) {
  const sys_days jan4 = sys_days(year(y) / January / 4);
  return jan4 - days(weekday(jan4).iso_encoding() - 1);
}

// The wait below which `percent` % of the waits fall, read from the histogram.
uint64_t percentile(const records::PermanenceDay& d, uint64_t total, uint64_t percent) {
  if (total == 0) return 0;
  const uint64_t rank = std::max<uint64_t>(1, (total * percent + 99) / 100);
  uint64_t seen = 0;
  for (int i = 0; i < d.wait_buckets_size(); ++i) {
    seen += d.wait_buckets(i);
    if (seen >= rank) {
      if (static_cast<size_t>(i) >= std::size(kWaitBucketsS)) return d.wait_max_s();
      return std::min(kWaitBucketsS[i], d.wait_max_s());
    }
  }
  return d.wait_max_s();
}

}  // namespace

Result<Period> parse_period(std::string_view text) {
  const Error bad{Errc::invalid_argument,
                  "A period is a year (2026), a month (2026-11) or a week (2026-W47)."};
  auto y = number(text.substr(0, 4), 4);
  if (!y || *y < kFirstYear || *y > kLastYear) return bad;
  if (text.size() == 4) {
    return Period{year(*y) / January / 1, year(*y) / December / 31};
  }
  if (text.size() == 7 && text[4] == '-') {
    auto m = number(text.substr(5), 2);
    if (!m || *m < 1 || *m > 12) return bad;
    const auto ym = year(*y) / month(static_cast<unsigned>(*m));
    return Period{ym / 1, year_month_day(ym / last)};
  }
  if (text.size() == 8 && text.substr(4, 2) == "-W") {
    auto w = number(text.substr(6), 2);
    const auto weeks = (first_iso_monday(*y + 1) - first_iso_monday(*y)).count() / 7;
    if (!w || *w < 1 || *w > weeks) return bad;
    const sys_days monday = first_iso_monday(*y) + days(7 * (*w - 1));
    return Period{year_month_day(monday), year_month_day(monday + days(6))};
  }
  return bad;
}

std::string day_key(std::string_view org, schedule::Date day) {
  return std::string(org) + '/' + schedule::format_date(day);
}

void add_wait(records::PermanenceDay& day, uint64_t wait_s) {
  while (day.wait_buckets_size() < static_cast<int>(kWaitBuckets)) day.add_wait_buckets(0);
  size_t bucket = 0;
  while (bucket < std::size(kWaitBucketsS) && wait_s >= kWaitBucketsS[bucket]) ++bucket;
  day.set_wait_buckets(static_cast<int>(bucket), day.wait_buckets(static_cast<int>(bucket)) + 1);
  day.set_wait_max_s(std::max(day.wait_max_s(), wait_s));
}

void add_language(records::PermanenceDay& day, std::string_view language) {
  if (language.empty()) return;  // a knock that asked for no language in particular
  ++(*day.mutable_languages())[std::string(language)];
}

void merge(records::PermanenceDay& total, const records::PermanenceDay& day) {
  total.set_permanences(total.permanences() + day.permanences());
  total.set_conversations(total.conversations() + day.conversations());
  total.set_unanswered(total.unanswered() + day.unanswered());
  for (const auto& [language, n] : day.languages()) (*total.mutable_languages())[language] += n;
  while (total.wait_buckets_size() < day.wait_buckets_size()) total.add_wait_buckets(0);
  for (int i = 0; i < day.wait_buckets_size(); ++i) {
    total.set_wait_buckets(i, total.wait_buckets(i) + day.wait_buckets(i));
  }
  total.set_wait_max_s(std::max(total.wait_max_s(), day.wait_max_s()));
  total.set_org_messages(total.org_messages() + day.org_messages());
  total.set_handoffs(total.handoffs() + day.handoffs());
}

wire::Stats to_stats(const records::PermanenceDay& total) {
  wire::Stats s;
  s.set_permanences(total.permanences());
  s.set_conversations(total.conversations());
  s.set_unanswered(total.unanswered());
  // Sorted by language, so two reads of the same counts print the same.
  const std::map<std::string, uint32_t> sorted(total.languages().begin(), total.languages().end());
  for (const auto& [language, n] : sorted) {
    auto* l = s.add_languages();
    l->set_language(language);
    l->set_count(n);
  }
  uint64_t waits = 0;
  for (uint32_t n : total.wait_buckets()) waits += n;
  s.set_wait_p50_s(percentile(total, waits, 50));
  s.set_wait_p90_s(percentile(total, waits, 90));
  s.set_wait_max_s(total.wait_max_s());
  s.set_org_messages(total.org_messages());
  s.set_handoffs(total.handoffs());
  return s;
}

}  // namespace relais::server::counts

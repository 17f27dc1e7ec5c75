#include "bench/loadgen_histogram.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace relais::bench {
namespace {

constexpr uint64_t kExact = uint64_t{1} << LatencyHistogram::kSubBits;
constexpr uint64_t kHalf = kExact / 2;

}  // namespace

size_t LatencyHistogram::bucket_of(uint64_t value) {
  if (value < kExact) return static_cast<size_t>(value);
  const int exponent = 63 - std::countl_zero(value);  // >= kSubBits
  const int shift = exponent - (kSubBits - 1);
  const uint64_t mantissa = value >> shift;  // in [kHalf, kExact)
  return static_cast<size_t>(kExact + static_cast<uint64_t>(exponent - kSubBits) * kHalf +
                             (mantissa - kHalf));
}

uint64_t LatencyHistogram::bucket_upper(size_t index) {
  if (index < kExact) return index;
  const uint64_t k = index - kExact;
  const int exponent = kSubBits + static_cast<int>(k / kHalf);
  const uint64_t mantissa = kHalf + k % kHalf;
  const int shift = exponent - (kSubBits - 1);
  return (mantissa << shift) + ((uint64_t{1} << shift) - 1);
}

void LatencyHistogram::record(uint64_t value) {
  ++buckets_[bucket_of(value)];
  ++count_;
  min_ = std::min(min_, value);
  max_ = std::max(max_, value);
  sum_ += static_cast<long double>(value);
}

void LatencyHistogram::merge(const LatencyHistogram& other) {
  for (size_t i = 0; i < kBucketCount; ++i) buckets_[i] += other.buckets_[i];
  count_ += other.count_;
  min_ = std::min(min_, other.min_);
  max_ = std::max(max_, other.max_);
  sum_ += other.sum_;
}

double LatencyHistogram::mean() const {
  return count_ ? static_cast<double>(sum_ / static_cast<long double>(count_)) : 0.0;
}

uint64_t LatencyHistogram::percentile(double q) const {
  if (count_ == 0) return 0;
  q = std::clamp(q, 0.0, 1.0);
  auto rank = static_cast<uint64_t>(std::ceil(q * static_cast<double>(count_)));
  rank = std::clamp<uint64_t>(rank, 1, count_);
  uint64_t seen = 0;
  for (size_t i = 0; i < kBucketCount; ++i) {
    seen += buckets_[i];
    if (seen >= rank) return std::min(bucket_upper(i), max_);
  }
  return max_;
}

}  // namespace relais::bench

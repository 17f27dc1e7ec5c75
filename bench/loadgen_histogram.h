// A latency histogram of fixed size (log-linear buckets, < 0.8 % relative error), so that a run
// of any length records every sample in bounded memory, and workers' histograms merge exactly.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace relais::bench {

class LatencyHistogram {
 public:
  // Values below 2^kSubBits are exact; above, each power of two splits into 2^(kSubBits-1)
  // buckets of equal width.
  static constexpr int kSubBits = 8;
  static constexpr size_t kBucketCount =
      (1u << kSubBits) + (64 - kSubBits) * (1u << (kSubBits - 1));

  void record(uint64_t value);
  void merge(const LatencyHistogram& other);

  uint64_t count() const { return count_; }
  uint64_t min() const { return count_ ? min_ : 0; }
  uint64_t max() const { return max_; }
  double mean() const;
  // The smallest bucket bound at or above the q-quantile (0 < q <= 1), clamped to max(): an
  // estimate never below the true value by more than the bucket width. 0 when empty.
  uint64_t percentile(double q) const;

  static size_t bucket_of(uint64_t value);
  static uint64_t bucket_upper(size_t index);  // greatest value the bucket holds

 private:
  std::array<uint64_t, kBucketCount> buckets_{};
  uint64_t count_ = 0;
  uint64_t min_ = UINT64_MAX;
  uint64_t max_ = 0;
  long double sum_ = 0;
};

}  // namespace relais::bench

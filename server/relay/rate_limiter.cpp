#include "server/relay/rate_limiter.h"

#include <algorithm>

namespace relais::server {

bool TokenBucket::take(uint64_t now_ms, double cost) {
  if (now_ms > last_ms_) {
    tokens_ = std::min(limit_.burst, tokens_ + limit_.per_second * static_cast<double>(now_ms - last_ms_) / 1000.0);
    last_ms_ = now_ms;
  }
  if (tokens_ < cost) return false;
  tokens_ -= cost;
  return true;
}

bool KeyedLimiter::take(uint64_t key, uint64_t now_ms, double cost) {
  std::lock_guard lock(mutex_);
  auto it = buckets_.find(key);
  if (it == buckets_.end()) {
    // A full table is cleared rather than grown: the limiter bounds memory, not history.
    if (buckets_.size() >= max_keys_) buckets_.clear();
    it = buckets_.emplace(key, TokenBucket(limit_, now_ms)).first;
  }
  return it->second.take(now_ms, cost);
}

}  // namespace relais::server

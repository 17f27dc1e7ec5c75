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

void TokenBucket::give_back(double cost) {
  tokens_ = std::min(limit_.burst, tokens_ + cost);
}

bool KeyedLimiter::take(uint64_t key, uint64_t now_ms, double cost) {
  std::lock_guard lock(mutex_);
  auto it = buckets_.find(key);
  if (it == buckets_.end()) {
    if (buckets_.size() >= max_keys_) {
      buckets_.erase(order_.front());
      order_.pop_front();
    }
    order_.push_back(key);
    it = buckets_.emplace(key, Entry{TokenBucket(limit_, now_ms), std::prev(order_.end())}).first;
  } else {
    order_.splice(order_.end(), order_, it->second.order);  // now the most recently used
  }
  return it->second.bucket.take(now_ms, cost);
}

void KeyedLimiter::give_back(uint64_t key, double cost) {
  std::lock_guard lock(mutex_);
  if (auto it = buckets_.find(key); it != buckets_.end()) it->second.bucket.give_back(cost);
}

size_t KeyedLimiter::size() const {
  std::lock_guard lock(mutex_);
  return buckets_.size();
}

}  // namespace relais::server

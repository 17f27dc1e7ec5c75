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

TokenBucket::Taken TokenBucket::take_owing(uint64_t now_ms, double cost, double max_owed) {
  if (max_owed >= 0) {
    take(now_ms, 0);  // refill first
    if (limit_.burst - (tokens_ - cost) > max_owed) return Taken::over_owed;
  }
  return take(now_ms, cost) ? Taken::yes : Taken::no;
}

void TokenBucket::give_back(double cost) {
  tokens_ = std::min(limit_.burst, tokens_ + cost);
}

double TokenBucket::fraction_left(uint64_t now_ms) const {
  if (!(limit_.burst > 0)) return 1.0;
  double tokens = tokens_;
  if (now_ms > last_ms_) {
    tokens = std::min(limit_.burst,
                      tokens + limit_.per_second * static_cast<double>(now_ms - last_ms_) / 1000.0);
  }
  return tokens / limit_.burst;
}

void KeyedLimiter::evict_one(uint64_t now_ms) {
  auto victim = order_.begin();
  double most_left = -1;
  size_t looked = 0;
  for (auto it = order_.begin(); it != order_.end() && looked < kEvictionWindow; ++it, ++looked) {
    const double left = buckets_.at(*it).bucket.fraction_left(now_ms);
    if (left > most_left) {
      most_left = left;
      victim = it;
      if (left >= 1.0) break;  // full: nothing to remember
    }
  }
  buckets_.erase(*victim);
  order_.erase(victim);
}

bool KeyedLimiter::take(uint64_t key, uint64_t now_ms, double cost) {
  std::lock_guard lock(mutex_);
  return bucket_locked(key, now_ms).take(now_ms, cost);
}

KeyedLimiter::Taken KeyedLimiter::take_owing(uint64_t key, uint64_t now_ms, double cost,
                                             double max_owed) {
  std::lock_guard lock(mutex_);
  return bucket_locked(key, now_ms).take_owing(now_ms, cost, max_owed);
}

TokenBucket& KeyedLimiter::bucket_locked(uint64_t key, uint64_t now_ms) {
  auto it = buckets_.find(key);
  if (it == buckets_.end()) {
    if (buckets_.size() >= max_keys_) evict_one(now_ms);
    order_.push_back(key);
    it = buckets_.emplace(key, Entry{TokenBucket(limit_, now_ms), std::prev(order_.end())}).first;
  } else {
    order_.splice(order_.end(), order_, it->second.order);  // now the most recently used
  }
  return it->second.bucket;
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

// Token buckets: a connection's frames, an account's messages, an address's registrations.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

#include "server/relay/config.h"

namespace relais::server {

class TokenBucket {
 public:
  TokenBucket() = default;
  TokenBucket(RateLimit limit, uint64_t now_ms) : limit_(limit), tokens_(limit.burst), last_ms_(now_ms) {}
  // Takes `cost` tokens if there are enough; refills by elapsed time first.
  bool take(uint64_t now_ms, double cost = 1.0);

 private:
  RateLimit limit_{0, 0};
  double tokens_ = 0;
  uint64_t last_ms_ = 0;
};

// Buckets by key, kept in memory only and forgotten when full again; never written or logged.
class KeyedLimiter {
 public:
  explicit KeyedLimiter(RateLimit limit, size_t max_keys = 100000) : limit_(limit), max_keys_(max_keys) {}
  bool take(uint64_t key, uint64_t now_ms, double cost = 1.0);

 private:
  RateLimit limit_;
  size_t max_keys_;
  std::mutex mutex_;
  std::unordered_map<uint64_t, TokenBucket> buckets_;
};

}  // namespace relais::server

// Token buckets: a connection's frames; an account's messages, room posts and stored bytes; an
// address's registrations.
#pragma once

#include <cstdint>
#include <list>
#include <mutex>
#include <unordered_map>

#include "server/relay/config.h"

namespace relais::server {

class TokenBucket {
 public:
  TokenBucket() = default;
  TokenBucket(RateLimit limit, uint64_t now_ms) : limit_(limit), tokens_(limit.burst), last_ms_(now_ms) {}
  // Takes `cost` tokens if there are enough; refills by elapsed time first.
  bool take(uint64_t now_ms, double cost = 1.0);
  // Takes `cost` tokens only if, after it, the bucket owes at most `max_owed` of its burst
  // (a smaller burst for some keys, within one bucket); max_owed < 0: no such bound.
  enum class Taken { yes, no, over_owed };
  Taken take_owing(uint64_t now_ms, double cost, double max_owed);
  // Puts back tokens taken for something that was refused afterwards (never above the burst).
  void give_back(double cost);
  // The part of its burst the bucket would hold at `now_ms` (1: full, nothing to remember).
  double fraction_left(uint64_t now_ms) const;

 private:
  RateLimit limit_{0, 0};
  double tokens_ = 0;
  uint64_t last_ms_ = 0;
};

// Buckets by key, kept in memory only; never written or logged. At `max_keys` one bucket makes
// room: of the kEvictionWindow used longest ago, the one with the most of its burst left (a full
// one has nothing to remember). Memory stays bounded, a busy key keeps its history, and a flood
// of new keys cannot reset a spent budget (a daily one, say) by pushing it out.
class KeyedLimiter {
 public:
  explicit KeyedLimiter(RateLimit limit, size_t max_keys = 100000)
      : limit_(limit), max_keys_(max_keys == 0 ? 1 : max_keys) {}
  bool take(uint64_t key, uint64_t now_ms, double cost = 1.0);
  using Taken = TokenBucket::Taken;
  Taken take_owing(uint64_t key, uint64_t now_ms, double cost, double max_owed);
  void give_back(uint64_t key, double cost);
  size_t size() const;

  static constexpr size_t kEvictionWindow = 64;

 private:
  void evict_one(uint64_t now_ms);
  TokenBucket& bucket_locked(uint64_t key, uint64_t now_ms);
  struct Entry {
    TokenBucket bucket;
    std::list<uint64_t>::iterator order;
  };
  RateLimit limit_;
  size_t max_keys_;
  mutable std::mutex mutex_;
  std::list<uint64_t> order_;  // least recently used first
  std::unordered_map<uint64_t, Entry> buckets_;
};

}  // namespace relais::server

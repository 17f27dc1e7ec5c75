// Token buckets and the keyed limiter: refill, give-back, and memory bounded by forgetting the
// bucket idle longest (never the whole table at once, which would hand every key a new burst).
#include "server/relay/rate_limiter.h"

#include <gtest/gtest.h>

namespace relais::server {
namespace {

TEST(TokenBucket, BurstThenTheAverage) {
  TokenBucket b({2, 3}, 1000);
  EXPECT_TRUE(b.take(1000));
  EXPECT_TRUE(b.take(1000));
  EXPECT_TRUE(b.take(1000));
  EXPECT_FALSE(b.take(1000));
  EXPECT_FALSE(b.take(1400));  // 0.8 of a token back
  EXPECT_TRUE(b.take(1500));   // one
  EXPECT_FALSE(b.take(1500));
  EXPECT_TRUE(b.take(9000));  // refilled to the burst, not beyond
  EXPECT_TRUE(b.take(9000));
  EXPECT_TRUE(b.take(9000));
  EXPECT_FALSE(b.take(9000));
}

TEST(TokenBucket, CostsAndGiveBackNeverAboveTheBurst) {
  TokenBucket bytes({1, 100}, 0);
  EXPECT_FALSE(bytes.take(0, 101));  // more than the bucket ever holds
  EXPECT_TRUE(bytes.take(0, 60));
  EXPECT_FALSE(bytes.take(0, 60));
  bytes.give_back(60);  // refused after all: the 60 come back
  EXPECT_TRUE(bytes.take(0, 100));
  bytes.give_back(1000);
  EXPECT_FALSE(bytes.take(0, 101));
}

TEST(KeyedLimiter, KeysAreLimitedApart) {
  KeyedLimiter l({0.001, 2}, 100);
  EXPECT_TRUE(l.take(1, 0));
  EXPECT_TRUE(l.take(1, 0));
  EXPECT_FALSE(l.take(1, 0));
  EXPECT_TRUE(l.take(2, 0));  // another key has its own burst
  l.give_back(1, 1);
  EXPECT_TRUE(l.take(1, 0));
  l.give_back(99, 1);  // an unknown key: nothing to give back, nothing made
  EXPECT_EQ(l.size(), 2u);
}

TEST(KeyedLimiter, AFullTableForgetsTheKeyIdleLongestAndKeepsTheBusyOnes) {
  KeyedLimiter l({0.001, 1}, 3);
  for (uint64_t key : {1, 2, 3}) EXPECT_TRUE(l.take(key, 0));
  EXPECT_FALSE(l.take(1, 0));  // 1 is used again: now the most recent
  EXPECT_TRUE(l.take(4, 0));   // a fourth key: 2, idle longest, is forgotten
  EXPECT_EQ(l.size(), 3u);
  EXPECT_FALSE(l.take(1, 0));  // the busy key still has no token: its history was kept
  EXPECT_FALSE(l.take(3, 0));
  EXPECT_FALSE(l.take(4, 0));
  EXPECT_TRUE(l.take(2, 0));  // forgotten: a fresh bucket (and 1, idle longest now, goes)
  EXPECT_EQ(l.size(), 3u);
}

// Found by an attacker's review (issue 15): at max_keys the bucket used longest ago went, so a
// flood of new keys reset a spent budget (a daily one). Now the bucket with the most left goes.
TEST(KeyedLimiter, AFloodOfNewKeysCannotResetASpentBudget) {
  KeyedLimiter l({0.001, 10}, 3);
  EXPECT_TRUE(l.take(1, 0, 10));  // key 1 spends its whole budget
  EXPECT_FALSE(l.take(1, 0));
  for (uint64_t key = 2; key < 200; ++key) EXPECT_TRUE(l.take(key, 0));
  EXPECT_EQ(l.size(), 3u);
  EXPECT_FALSE(l.take(1, 0));          // still spent: it was never forgotten
  EXPECT_TRUE(l.take(1, 20'000'000));  // its budget comes back with time, as ever
}

TEST(KeyedLimiter, MemoryStaysBoundedUnderAFloodOfNewKeys) {
  KeyedLimiter l({1, 5}, 1000);
  for (uint64_t key = 0; key < 100000; ++key) l.take(key, key);
  EXPECT_EQ(l.size(), 1000u);
}

}  // namespace
}  // namespace relais::server

#include "core/crypto/random.h"

#include <gtest/gtest.h>

#include <set>

namespace relais::crypto {
namespace {

TEST(Random, GivesRequestedLengthAndDiffers) {
  EXPECT_TRUE(random_bytes(0).empty());
  std::set<std::string> seen;
  for (int i = 0; i < 16; ++i) {
    std::string r = random_bytes(32);
    ASSERT_EQ(r.size(), 32u);
    seen.insert(r);
  }
  EXPECT_EQ(seen.size(), 16u);  // 256-bit collisions do not happen
}

}  // namespace
}  // namespace relais::crypto

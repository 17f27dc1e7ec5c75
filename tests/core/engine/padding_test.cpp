#include "core/engine/padding.h"

#include <gtest/gtest.h>

namespace relais::engine {
namespace {

TEST(Padding, RoundTripsAndHidesLengthWithinABlock) {
  for (size_t n : {0, 1, 100, 158, 159, 160, 161, 319, 320, 5000}) {
    const std::string content(n, '\x80');  // the marker byte itself inside the content
    const std::string padded = pad(content);
    EXPECT_EQ(padded.size() % kPaddingBlock, 0u) << n;
    EXPECT_GT(padded.size(), n);
    auto back = unpad(padded);
    ASSERT_TRUE(back.ok()) << n;
    EXPECT_EQ(*back, content);
  }
  EXPECT_EQ(pad("a").size(), pad(std::string(150, 'a')).size());
}

TEST(Padding, KeepsTrailingZerosOfTheContent) {
  const std::string content("text\0\0\0", 7);
  auto back = unpad(pad(content));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, content);
}

TEST(Padding, RejectsMalformed) {
  EXPECT_FALSE(unpad("").ok());
  auto zeros =
      unpad(std::string(159, '\0') + "\x80");  // 159 zero bytes of content, then the marker
  ASSERT_TRUE(zeros.ok());
  EXPECT_EQ(*zeros, std::string(159, '\0'));
  EXPECT_EQ(unpad(std::string(160, '\0')).error().code, Errc::corrupt);  // no marker
  EXPECT_EQ(unpad(std::string(160, 'x')).error().code, Errc::corrupt);   // no marker
  EXPECT_EQ(unpad(pad("abc").substr(1)).error().code, Errc::corrupt);    // wrong length
  EXPECT_EQ(unpad(pad("abc") + std::string(160, '\x01')).error().code, Errc::corrupt);
}

}  // namespace
}  // namespace relais::engine

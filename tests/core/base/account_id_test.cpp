#include "core/base/account_id.h"

#include <gtest/gtest.h>

#include <unordered_set>

namespace relais {
namespace {

TEST(AccountId, TextRoundTrip) {
  std::string raw(16, '\0');
  for (int i = 0; i < 16; ++i) raw[i] = static_cast<char>(i * 17);
  auto id = AccountId::from_bytes(raw);
  ASSERT_TRUE(id);
  EXPECT_EQ(id->text().size(), 26u);
  auto back = AccountId::from_text(id->text());
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, *id);
  EXPECT_EQ(back->bytes(), raw);
}

TEST(AccountId, RejectsWrongSizes) {
  EXPECT_FALSE(AccountId::from_bytes(std::string(15, 'a')));
  EXPECT_FALSE(AccountId::from_bytes(std::string(17, 'a')));
  EXPECT_FALSE(AccountId::from_text("short"));
  EXPECT_FALSE(AccountId::from_text(std::string(26, '!')));
}

TEST(AccountId, DefaultIsEmptyAndHashes) {
  AccountId none;
  EXPECT_TRUE(none.empty());
  std::unordered_set<AccountId> set{none};
  EXPECT_EQ(set.count(AccountId{}), 1u);
}

}  // namespace
}  // namespace relais

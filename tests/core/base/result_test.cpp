#include "core/base/result.h"

#include <gtest/gtest.h>

namespace relais {
namespace {

Result<int> parse_digit(char c) {
  if (c < '0' || c > '9') return Error{Errc::invalid_argument, "Not a digit."};
  return c - '0';
}

Result<int> sum_of_two(char a, char b) {
  RELAIS_TRY_ASSIGN(int x, parse_digit(a));
  RELAIS_TRY_ASSIGN(int y, parse_digit(b));
  return x + y;
}

Status check(char c) {
  RELAIS_TRY(parse_digit(c));
  return ok_status();
}

TEST(Result, CarriesValueOrError) {
  auto r = sum_of_two('3', '4');
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 7);
  auto bad = sum_of_two('3', 'x');
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, Errc::invalid_argument);
  EXPECT_EQ(bad.error().message, "Not a digit.");
}

TEST(Status, PropagatesThroughTry) {
  EXPECT_TRUE(check('1').ok());
  EXPECT_EQ(check('q').error().code, Errc::invalid_argument);
  EXPECT_STREQ(errc_name(Errc::wrong_passphrase), "wrong_passphrase");
}

}  // namespace
}  // namespace relais

#include "client-cli/sentences.h"

#include <gtest/gtest.h>

#include <string>

#include "core/engine/failure.h"

namespace relais::cli {
namespace {

using engine::Problem;

// A refusal this client does not know is told in its own words; the relay's English (kept in
// Failure::detail for logs) never reaches the person.
TEST(Sentences, RelayRefusalDoesNotShowTheRelaysWords) {
  engine::Failure f = engine::failure(Problem::relay_refused);
  f.detail = "internal: rocksdb column family 'queues' said no";
  const std::string said = sentence(f);
  EXPECT_EQ(said, "The relay refused a request.");
  EXPECT_EQ(said.find("rocksdb"), std::string::npos);
}

}  // namespace
}  // namespace relais::cli

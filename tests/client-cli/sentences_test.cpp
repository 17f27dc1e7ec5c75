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

// A pseudonym or contact name refused by the engine is told by its kind, with the limit.
TEST(Sentences, NameProblems) {
  engine::Failure too_long = engine::failure(Problem::name_too_long);
  too_long.limit = 64;
  EXPECT_EQ(sentence(too_long), "A name is at most 64 bytes long.");
  EXPECT_EQ(sentence(Problem::name_empty), "A name must not be empty.");
  EXPECT_NE(sentence(Problem::name_control_character).find("control characters"),
            std::string::npos);
  EXPECT_NE(sentence(Problem::name_edge_space).find("space"), std::string::npos);
  EXPECT_EQ(sentence(Problem::contact_id_taken), "Another contact already has this id.");
}

}  // namespace
}  // namespace relais::cli

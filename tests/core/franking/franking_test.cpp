// Franking: a report opens the sender's commitment only with the exact plaintext, and the
// relay's tag holds only for the sender, room, position and time it was issued for.
#include "core/franking/franking.h"

#include <gtest/gtest.h>

namespace relais::franking {
namespace {

TEST(Franking, CommitmentOpensOnlyWithTheSameContentAndKey) {
  auto key = new_franking_key();
  EXPECT_EQ(key.size(), kKeySize);
  EXPECT_NE(key, new_franking_key());
  auto c = commitment(key, "the reported text");
  EXPECT_EQ(c.size(), 32u);
  EXPECT_TRUE(opens(key, "the reported text", c));
  EXPECT_FALSE(opens(key, "the reported text, altered", c));
  EXPECT_FALSE(opens(new_franking_key(), "the reported text", c));
  EXPECT_FALSE(opens(key, "the reported text", c.substr(0, 31)));
}

TEST(Franking, RelayTagBindsEveryField) {
  const std::string relay_key(32, 'k');
  const std::string c(32, 'c'), from(16, 'a'), other(16, 'b');
  Binding b{c, from, "brussels", 42, 1700000000000};
  auto tag = relay_tag(relay_key, b);
  EXPECT_TRUE(verify_relay_tag(relay_key, b, tag));
  EXPECT_FALSE(verify_relay_tag(std::string(32, 'x'), b, tag));
  Binding forged = b;
  forged.from = other;
  EXPECT_FALSE(verify_relay_tag(relay_key, forged, tag));
  forged = b;
  forged.room = "gent";
  EXPECT_FALSE(verify_relay_tag(relay_key, forged, tag));
  forged = b;
  forged.seq = 43;
  EXPECT_FALSE(verify_relay_tag(relay_key, forged, tag));
  forged = b;
  forged.server_time_ms += 1;
  EXPECT_FALSE(verify_relay_tag(relay_key, forged, tag));
  EXPECT_FALSE(verify_relay_tag(relay_key, b, ""));
  // Length-prefixed fields: moving bytes between room and sender does not keep the tag.
  const std::string longer_from = from + "b";
  Binding shifted{c, longer_from, "russels", 42, 1700000000000};
  EXPECT_FALSE(verify_relay_tag(relay_key, shifted, tag));
}

}  // namespace
}  // namespace relais::franking

#include "core/wire/frames.h"

#include <gtest/gtest.h>

namespace relais::wire {
namespace {

ServerFrame envelope_frame(uint64_t seq, std::string ciphertext) {
  ServerFrame f;
  f.mutable_envelope()->set_seq(seq);
  f.mutable_envelope()->set_ciphertext(std::move(ciphertext));
  return f;
}

TEST(Frames, ElementsConcatenateIntoABatch) {
  std::vector<SharedElement> elements;
  elements.push_back(share_element(envelope_frame(1, "a")));
  elements.push_back(share_element(envelope_frame(2, std::string(300, 'b'))));  // 2-byte varint
  elements.push_back(share_element(error_frame(7, RATE_LIMITED, "Slow down.")));
  auto batch = decode_server_batch(join_elements(elements));
  ASSERT_TRUE(batch.ok()) << batch.error().message;
  ASSERT_EQ(batch->frames_size(), 3);
  EXPECT_EQ(batch->frames(0).envelope().seq(), 1u);
  EXPECT_EQ(batch->frames(1).envelope().ciphertext().size(), 300u);
  EXPECT_EQ(batch->frames(2).id(), 7u);
  EXPECT_EQ(batch->frames(2).error().code(), RATE_LIMITED);
}

TEST(Frames, ElementEqualsProtobufsOwnBatchEncoding) {
  ServerBatch reference;
  *reference.add_frames() = envelope_frame(9, "xyz");
  EXPECT_EQ(encode_element(envelope_frame(9, "xyz")), reference.SerializeAsString());
}

TEST(Frames, ClientBatchRoundTrip) {
  ClientFrame login;
  login.set_id(1);
  login.mutable_login()->set_account_id(std::string(16, 'x'));
  ClientFrame ping;
  ping.set_id(2);
  ping.mutable_ping();
  auto batch = decode_client_batch(encode_client_batch({login, ping}));
  ASSERT_TRUE(batch.ok());
  ASSERT_EQ(batch->frames_size(), 2);
  EXPECT_EQ(body_name(batch->frames(0)), "login");
  EXPECT_EQ(body_name(batch->frames(1)), "ping");
}

TEST(Frames, RejectsGarbage) {
  auto r = decode_client_batch(std::string("\xff\xff\xff\xff\x0f", 5));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, Errc::corrupt);
}

TEST(Frames, RejectsOversize) {
  ClientFrame f;
  f.mutable_send()->set_ciphertext(std::string(1000, 'c'));
  auto r = decode_client_batch(encode_client_batch({f}), 500);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, Errc::invalid_argument);
}

TEST(Frames, RejectsTooManyFrames) {
  std::vector<ClientFrame> frames(kMaxFramesPerBatch + 1);
  for (auto& f : frames) f.mutable_ping();
  auto r = decode_client_batch(encode_client_batch(frames));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, Errc::invalid_argument);
}

TEST(Frames, EmptyBodyHasNoName) {
  ClientFrame empty;
  EXPECT_EQ(body_name(empty), "none");
  auto r = decode_client_batch("");
  ASSERT_TRUE(r.ok());  // an empty batch is valid and does nothing
  EXPECT_EQ(r->frames_size(), 0);
}

// A string field with invalid UTF-8 is refused quietly: no line on stderr a peer could choose.
TEST(Frames, InvalidUtf8IsRefusedWithoutALogLine) {
  silence_protobuf_logging();
  ClientFrame f;
  f.set_id(1);
  f.mutable_join_room()->set_room("brussels");
  std::string bytes = encode_client_batch({f});
  auto at = bytes.find("brussels");
  ASSERT_NE(at, std::string::npos);
  bytes[at] = static_cast<char>(0xff);
  ::testing::internal::CaptureStderr();
  auto decoded = decode_client_batch(bytes);
  std::string printed = ::testing::internal::GetCapturedStderr();
  EXPECT_FALSE(decoded.ok());
  EXPECT_EQ(printed, "");
}

}  // namespace
}  // namespace relais::wire

#include "core/wire/frames.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/stubs/logging.h>

namespace relais::wire {
namespace {

// Field 1, wire type 2 (length-delimited): the header of a `repeated frames = 1` element.
constexpr uint8_t kFramesTag = (1 << 3) | 2;

template <class Batch>
Result<Batch> decode_batch(std::string_view message, size_t max_bytes) {
  if (message.size() > max_bytes) {
    return ::relais::Error{Errc::invalid_argument, "The message is larger than the maximum size."};
  }
  Batch batch;
  if (!batch.ParseFromArray(message.data(), static_cast<int>(message.size()))) {
    return ::relais::Error{Errc::corrupt, "The message is not a valid protocol batch."};
  }
  if (batch.frames_size() > kMaxFramesPerBatch) {
    return ::relais::Error{Errc::invalid_argument, "The message holds too many frames."};
  }
  return batch;
}

template <class Frame>
std::string encode_batch(const std::vector<Frame>& frames) {
  std::string out;
  for (const auto& f : frames) out += encode_element(f);
  return out;
}

template <class Frame>
std::string_view oneof_name(const Frame& frame) {
  const auto* field = Frame::descriptor()->FindFieldByNumber(frame.body_case());
  return field ? std::string_view(field->name()) : std::string_view("none");
}

}  // namespace

std::string encode_element(const google::protobuf::MessageLite& frame) {
  const size_t body = frame.ByteSizeLong();
  std::string out;
  out.resize(1 + google::protobuf::io::CodedOutputStream::VarintSize64(body) + body);
  auto* p = reinterpret_cast<uint8_t*>(out.data());
  *p++ = kFramesTag;
  p = google::protobuf::io::CodedOutputStream::WriteVarint64ToArray(body, p);
  frame.SerializeWithCachedSizesToArray(p);
  return out;
}

SharedElement share_element(const google::protobuf::MessageLite& frame) {
  return std::make_shared<const std::string>(encode_element(frame));
}

std::string join_elements(const std::vector<SharedElement>& elements) {
  size_t total = 0;
  for (const auto& e : elements) total += e->size();
  std::string out;
  out.reserve(total);
  for (const auto& e : elements) out += *e;
  return out;
}

std::string encode_client_batch(const std::vector<ClientFrame>& frames) {
  return encode_batch(frames);
}
std::string encode_server_batch(const std::vector<ServerFrame>& frames) {
  return encode_batch(frames);
}

Result<ClientBatch> decode_client_batch(std::string_view message, size_t max_bytes) {
  return decode_batch<ClientBatch>(message, max_bytes);
}
Result<ServerBatch> decode_server_batch(std::string_view message, size_t max_bytes) {
  return decode_batch<ServerBatch>(message, max_bytes);
}

void silence_protobuf_logging() { google::protobuf::SetLogHandler(nullptr); }

ServerFrame error_frame(uint64_t id, ErrorCode code, std::string message) {
  ServerFrame f;
  f.set_id(id);
  f.mutable_error()->set_code(code);
  f.mutable_error()->set_message(std::move(message));
  return f;
}

ServerFrame ok_frame(uint64_t id) {
  ServerFrame f;
  f.set_id(id);
  f.mutable_ok();
  return f;
}

std::string_view body_name(const ClientFrame& frame) { return oneof_name(frame); }
std::string_view body_name(const ServerFrame& frame) { return oneof_name(frame); }

}  // namespace relais::wire

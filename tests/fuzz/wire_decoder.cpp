// Fuzzes the relay's framing: decode_client_batch (what the relay reads from any socket) and
// decode_server_batch (what a client reads from the relay), and checks that a decoded batch
// encodes again to a batch that decodes to as many frames.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string_view>
#include <vector>

#include "core/wire/frames.h"

namespace {

using namespace relais;

constexpr size_t kNoLimit = std::numeric_limits<size_t>::max();

template <class Batch, class Frame, class Decode, class Encode>
void check(std::string_view message, Decode decode, Encode encode) {
  auto batch = decode(message, wire::kDefaultMaxMessageBytes);
  if (!batch.ok()) {
    const Errc code = batch.error().code;
    if (code != Errc::corrupt && code != Errc::invalid_argument) std::abort();
    return;
  }
  if (batch->frames_size() > wire::kMaxFramesPerBatch) std::abort();
  std::vector<Frame> frames;
  for (const Frame& frame : batch->frames()) {
    if (wire::body_name(frame).empty()) std::abort();
    frames.push_back(frame);
  }
  // Re-encoding may change the size (varints, merged fields), so no size limit here.
  auto again = decode(encode(frames), kNoLimit);
  if (!again.ok() || again->frames_size() != batch->frames_size()) std::abort();
  // A limit below the size is refused, never parsed.
  if (!message.empty() && decode(message, message.size() - 1).ok()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  relais::wire::silence_protobuf_logging();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view message(reinterpret_cast<const char*>(data), size);
  check<wire::ClientBatch, wire::ClientFrame>(message, wire::decode_client_batch,
                                              wire::encode_client_batch);
  check<wire::ServerBatch, wire::ServerFrame>(message, wire::decode_server_batch,
                                              wire::encode_server_batch);
  return 0;
}

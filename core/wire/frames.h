// Framing of the wire protocol: one WebSocket message carries one ClientBatch or ServerBatch.
//
// A batch element is one frame already encoded with its field header (tag 1, length), so that
// concatenating elements gives a valid serialized batch. The relay encodes a room message once
// and sends the same element, shared, to every member; a session writes whatever elements are
// queued as one WebSocket message with a gather write, without copying them.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"
#include "relais.pb.h"

namespace relais::wire {

using SharedElement = std::shared_ptr<const std::string>;

// Limits shared by both ends; the relay announces its own maximum in the Challenge.
inline constexpr size_t kDefaultMaxMessageBytes = 256 * 1024;
inline constexpr int kMaxFramesPerBatch = 512;

// Encodes `frame` as a batch element (field 1 header + frame bytes).
std::string encode_element(const google::protobuf::MessageLite& frame);
SharedElement share_element(const google::protobuf::MessageLite& frame);

// Concatenation of elements: a whole serialized batch.
std::string join_elements(const std::vector<SharedElement>& elements);

// Encodes a whole batch of frames (convenience for clients and tests).
std::string encode_client_batch(const std::vector<ClientFrame>& frames);
std::string encode_server_batch(const std::vector<ServerFrame>& frames);

// Decodes a message received from the other side, with the size and count limits above.
// Errors: Errc::invalid_argument (too large, too many frames) or Errc::corrupt (not a batch).
Result<ClientBatch> decode_client_batch(std::string_view message,
                                        size_t max_bytes = kDefaultMaxMessageBytes);
Result<ServerBatch> decode_server_batch(std::string_view message,
                                        size_t max_bytes = kDefaultMaxMessageBytes);

// Protobuf writes a line to stderr for every string field with invalid UTF-8 it parses, so a
// peer could flood a log with lines of its choosing. Programs call this once at start: a frame
// that does not decode is already answered (relay) or reported (client) as an error value.
void silence_protobuf_logging();

// Frame builders for the relay's answers.
ServerFrame error_frame(uint64_t id, ErrorCode code, std::string message);
ServerFrame ok_frame(uint64_t id);

// The name of a frame's body type ("send", "login"...), for metrics and logs; "none" if empty.
std::string_view body_name(const ClientFrame& frame);
std::string_view body_name(const ServerFrame& frame);

}  // namespace relais::wire

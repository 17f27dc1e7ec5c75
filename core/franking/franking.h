// Message franking: how a moderator can trust a report without the relay reading messages.
//
// The sender commits to a room message's plaintext with a fresh key that travels inside the
// ciphertext: commitment = HMAC-SHA256(franking_key, content). The relay, which sees only the
// commitment, binds it to who sent it, where, at which position and when, under a key only the
// relay holds: tag = HMAC-SHA256(relay_key, "relais-frank-v1" || fields, each length-prefixed).
// A report carries content, franking_key, commitment and tag; the moderator's client checks
// the opening itself and asks the relay whether it issued the tag.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace relais::franking {

inline constexpr size_t kKeySize = 32;

std::string new_franking_key();
std::string commitment(std::string_view franking_key, std::string_view content);
// True when `content` and `franking_key` open `commitment` (constant time).
bool opens(std::string_view franking_key, std::string_view content, std::string_view commitment);

struct Binding {
  std::string_view commitment;
  std::string_view from;     // sender account id bytes
  std::string_view room;
  uint64_t seq;
  uint64_t server_time_ms;
};

std::string relay_tag(std::string_view relay_key, const Binding& binding);
bool verify_relay_tag(std::string_view relay_key, const Binding& binding, std::string_view tag);

}  // namespace relais::franking

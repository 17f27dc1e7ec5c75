#include "core/franking/franking.h"

#include "core/crypto/crypto.h"

namespace relais::franking {
namespace {

void append_field(std::string& out, std::string_view field) {
  uint32_t n = static_cast<uint32_t>(field.size());
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((n >> shift) & 0xff));
  out.append(field);
}

void append_u64(std::string& out, uint64_t v) {
  for (int shift = 56; shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xff));
}

}  // namespace

std::string new_franking_key() { return crypto::random_bytes(kKeySize); }

std::string commitment(std::string_view franking_key, std::string_view content) {
  return crypto::hmac_sha256(franking_key, content);
}

bool opens(std::string_view franking_key, std::string_view content, std::string_view commit) {
  return franking_key.size() == kKeySize &&
         crypto::constant_time_equal(commitment(franking_key, content), commit);
}

std::string relay_tag(std::string_view relay_key, const Binding& b) {
  std::string message = "relais-frank-v1";
  append_field(message, b.commitment);
  append_field(message, b.from);
  append_field(message, b.room);
  append_u64(message, b.seq);
  append_u64(message, b.server_time_ms);
  return crypto::hmac_sha256(relay_key, message);
}

bool verify_relay_tag(std::string_view relay_key, const Binding& binding, std::string_view tag) {
  return crypto::constant_time_equal(relay_tag(relay_key, binding), tag);
}

}  // namespace relais::franking

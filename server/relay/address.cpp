#include "server/relay/address.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "core/crypto/digest.h"

namespace relais::server {

uint64_t address_key(std::string_view secret, std::string_view address, unsigned ipv6_prefix_bits) {
  static constexpr char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\xff', '\xff'};
  std::string input;
  if (address.size() == 16 && address.substr(0, 12) == std::string_view(kMapped, 12))
    address = address.substr(12);
  if (address.size() == 16) {
    const unsigned bits = std::min(ipv6_prefix_bits, 128u);
    std::string masked(address);
    for (unsigned i = 0; i < 16; ++i) {
      const unsigned first_bit = i * 8;
      if (first_bit >= bits) {
        masked[i] = 0;
      } else if (bits - first_bit < 8) {
        masked[i] =
            static_cast<char>(static_cast<uint8_t>(masked[i]) & (0xff << (8 - (bits - first_bit))));
      }
    }
    input = "6";
    input += static_cast<char>(bits);
    input += masked;
  } else {
    input = "4";
    input += address;
  }
  const std::string mac = crypto::hmac_sha256(secret, input);
  uint64_t key = 0;
  std::memcpy(&key, mac.data(), sizeof key);
  return key;
}

}  // namespace relais::server

#include "server/relay/address.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "core/crypto/digest.h"

namespace relais::server {
namespace {

// `address` with every bit after the first `bits` cleared.
std::string masked(std::string_view address, unsigned bits) {
  std::string out(address);
  bits = std::min<unsigned>(bits, static_cast<unsigned>(out.size() * 8));
  for (unsigned i = 0; i < out.size(); ++i) {
    const unsigned first_bit = i * 8;
    if (first_bit >= bits) {
      out[i] = 0;
    } else if (bits - first_bit < 8) {
      out[i] = static_cast<char>(static_cast<uint8_t>(out[i]) & (0xff << (8 - (bits - first_bit))));
    }
  }
  return out;
}

constexpr char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\xff', '\xff'};

uint64_t first_word(const std::string& mac) {
  uint64_t key = 0;
  std::memcpy(&key, mac.data(), sizeof key);
  return key;
}

}  // namespace

uint64_t network_key(std::string_view secret, std::string_view address, unsigned ipv4_bits,
                     unsigned ipv6_bits) {
  if (address.size() == 16 && address.substr(0, 12) == std::string_view(kMapped, 12))
    address = address.substr(12);
  const bool v6 = address.size() == 16;
  const unsigned bits = std::min(v6 ? ipv6_bits : ipv4_bits, v6 ? 128u : 32u);
  std::string input = v6 ? "net6" : "net4";
  input += static_cast<char>(bits);
  input += masked(address, bits);
  return first_word(crypto::hmac_sha256(secret, input));
}

uint64_t address_key(std::string_view secret, std::string_view address, unsigned ipv6_prefix_bits) {
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
  return first_word(crypto::hmac_sha256(secret, input));
}

}  // namespace relais::server

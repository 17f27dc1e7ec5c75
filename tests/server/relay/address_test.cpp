// How source addresses are counted: an IPv4 address whole, an IPv6 address by its prefix, an
// IPv4-mapped IPv6 address as its IPv4 address; keys depend on the relay's secret.
#include "server/relay/address.h"

#include <gtest/gtest.h>

#include <array>
#include <string>

namespace relais::server {
namespace {

std::string v4(uint8_t a, uint8_t b, uint8_t c, uint8_t d) {
  return std::string{static_cast<char>(a), static_cast<char>(b), static_cast<char>(c),
                     static_cast<char>(d)};
}

// 2001:db8:<net>:<sub>::<host>
std::string v6(uint16_t net, uint16_t sub, uint16_t host) {
  std::array<uint8_t, 16> b{0x20, 0x01, 0x0d, 0xb8};
  b[4] = static_cast<uint8_t>(net >> 8);
  b[5] = static_cast<uint8_t>(net);
  b[6] = static_cast<uint8_t>(sub >> 8);
  b[7] = static_cast<uint8_t>(sub);
  b[14] = static_cast<uint8_t>(host >> 8);
  b[15] = static_cast<uint8_t>(host);
  return std::string(b.begin(), b.end());
}

const std::string kSecret(32, 's');

TEST(AddressKey, IPv4AddressesCountApart) {
  EXPECT_EQ(address_key(kSecret, v4(192, 0, 2, 1), 64), address_key(kSecret, v4(192, 0, 2, 1), 64));
  EXPECT_NE(address_key(kSecret, v4(192, 0, 2, 1), 64), address_key(kSecret, v4(192, 0, 2, 2), 64));
}

TEST(AddressKey, AnIPv6SlashSixtyFourCountsAsOne) {
  // Every address of one /64: one key, however many an attacker takes.
  EXPECT_EQ(address_key(kSecret, v6(1, 1, 1), 64), address_key(kSecret, v6(1, 1, 0xffff), 64));
  EXPECT_NE(address_key(kSecret, v6(1, 1, 1), 64), address_key(kSecret, v6(1, 2, 1), 64));
  // A shorter prefix groups more: a /48 holds every /64 below it.
  EXPECT_EQ(address_key(kSecret, v6(1, 1, 1), 48), address_key(kSecret, v6(1, 2, 1), 48));
  EXPECT_NE(address_key(kSecret, v6(1, 1, 1), 48), address_key(kSecret, v6(2, 1, 1), 48));
  // A prefix that is not a whole number of bytes: /60 groups sub 0x10..0x1f, not 0x20.
  EXPECT_EQ(address_key(kSecret, v6(1, 0x10, 1), 60), address_key(kSecret, v6(1, 0x1f, 1), 60));
  EXPECT_NE(address_key(kSecret, v6(1, 0x10, 1), 60), address_key(kSecret, v6(1, 0x20, 1), 60));
  // /128: each address apart.
  EXPECT_NE(address_key(kSecret, v6(1, 1, 1), 128), address_key(kSecret, v6(1, 1, 2), 128));
}

TEST(AddressKey, AnIPv4MappedAddressIsItsIPv4Address) {
  std::string mapped(10, '\0');
  mapped += "\xff\xff";
  mapped += v4(198, 51, 100, 7);
  EXPECT_EQ(address_key(kSecret, mapped, 64), address_key(kSecret, v4(198, 51, 100, 7), 64));
  EXPECT_NE(address_key(kSecret, mapped, 64), address_key(kSecret, v4(198, 51, 100, 8), 64));
}

TEST(AddressKey, KeysDependOnTheSecret) {
  EXPECT_NE(address_key(kSecret, v4(192, 0, 2, 1), 64),
            address_key(std::string(32, 't'), v4(192, 0, 2, 1), 64));
  EXPECT_NE(address_key(kSecret, v6(1, 1, 1), 64),
            address_key(std::string(32, 't'), v6(1, 1, 1), 64));
}

TEST(NetworkKey, AnIPv4SlashTwentyFourAndAnIPv6SlashFortyEightCountAsOneNetwork) {
  EXPECT_EQ(network_key(kSecret, v4(192, 0, 2, 1), 24, 48),
            network_key(kSecret, v4(192, 0, 2, 254), 24, 48));
  EXPECT_NE(network_key(kSecret, v4(192, 0, 2, 1), 24, 48),
            network_key(kSecret, v4(192, 0, 3, 1), 24, 48));
  EXPECT_EQ(network_key(kSecret, v6(1, 1, 1), 24, 48), network_key(kSecret, v6(1, 0xff, 9), 24, 48));
  EXPECT_NE(network_key(kSecret, v6(1, 1, 1), 24, 48), network_key(kSecret, v6(2, 1, 1), 24, 48));
  std::string mapped(10, '\0');
  mapped += "\xff\xff";
  mapped += v4(198, 51, 100, 7);
  EXPECT_EQ(network_key(kSecret, mapped, 24, 48), network_key(kSecret, v4(198, 51, 100, 9), 24, 48));
  // A /32 network is not the address's own key: the two counts never mix.
  EXPECT_NE(network_key(kSecret, v4(192, 0, 2, 1), 32, 48), address_key(kSecret, v4(192, 0, 2, 1), 64));
  EXPECT_NE(network_key(kSecret, v4(192, 0, 2, 1), 24, 48),
            network_key(std::string(32, 't'), v4(192, 0, 2, 1), 24, 48));
}

}  // namespace
}  // namespace relais::server

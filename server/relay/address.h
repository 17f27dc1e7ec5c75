// Source addresses as the relay's limits count them: in memory only, never written or logged.
#pragma once

#include <cstdint>
#include <string_view>

namespace relais::server {

// The key of a peer's address for rate limits and connection caps: an IPv4 address whole, an
// IPv6 address by its first `ipv6_prefix_bits` bits (a /64 is one household's or one server's
// network: counting each address apart would hand an attacker 2^64 of them). `address` is the 4
// or 16 bytes of the address; an IPv4-mapped IPv6 address (::ffff:a.b.c.d, what a dual-stack
// listener sees) counts as its IPv4 address. The key is a keyed hash (HMAC-SHA256 under
// `secret`, which lives in memory), so that not even the relay's memory holds the address.
uint64_t address_key(std::string_view secret, std::string_view address, unsigned ipv6_prefix_bits);

// The key of the network a peer's address belongs to: its first `ipv4_bits` (IPv4) or
// `ipv6_bits` (IPv6) bits, keyed the same way, and never equal to an address_key by design
// (its own label in the hash). Connection caps count networks too (ConnectionGate).
uint64_t network_key(std::string_view secret, std::string_view address, unsigned ipv4_bits,
                     unsigned ipv6_bits);

}  // namespace relais::server

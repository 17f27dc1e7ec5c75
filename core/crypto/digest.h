// Hashes and MACs over byte strings (std::string holds raw bytes, not text).
#pragma once

#include <string>
#include <string_view>

namespace relais::crypto {

inline constexpr size_t kSha256Size = 32;
inline constexpr size_t kSha512Size = 64;

std::string sha256(std::string_view data);
std::string sha512(std::string_view data);
std::string hmac_sha256(std::string_view key, std::string_view data);

// Compares without leaking where the inputs differ; false on a size mismatch.
bool constant_time_equal(std::string_view a, std::string_view b);

// How many zero bits `digest` starts with (proof of work: SHA-256 of the relay's challenge).
int leading_zero_bits(std::string_view digest);

}  // namespace relais::crypto

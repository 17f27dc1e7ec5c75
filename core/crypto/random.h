// Cryptographically secure random bytes from OpenSSL's DRBG.
#pragma once

#include <cstddef>
#include <string>

namespace relais::crypto {

// RAND_bytes; aborts if the generator fails (it does not in practice, and there is no safe
// fallback).
std::string random_bytes(size_t n);

}  // namespace relais::crypto

// Fast, non-cryptographic randomness for the generator's hot paths: picking recipients and
// filling stand-in ciphertexts and ids (the relay never reads them).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace relais::bench {

// splitmix64.
class FastRandom {
 public:
  explicit FastRandom(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Overwrites out[from, size()) with random bytes.
  void fill(std::string& out, size_t from) {
    size_t i = from;
    while (i < out.size()) {
      uint64_t v = next();
      for (int b = 0; b < 8 && i < out.size(); ++b, ++i, v >>= 8)
        out[i] = static_cast<char>(v & 0xff);
    }
  }

 private:
  uint64_t state_;
};

// A seed from the operating system's randomness.
uint64_t seed_from_os();

}  // namespace relais::bench

#include "core/crypto/random.h"

#include <openssl/rand.h>

#include <cstdlib>
#include <limits>

namespace relais::crypto {

std::string random_bytes(size_t n) {
  std::string out(n, '\0');
  if (n == 0) return out;
  // RAND_bytes takes an int; callers never ask for anywhere near 2 GiB.
  if (n > static_cast<size_t>(std::numeric_limits<int>::max()) ||
      RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(n)) != 1) {
    std::abort();
  }
  return out;
}

}  // namespace relais::crypto

#include "core/engine/checks.h"

#include "core/engine/engine.h"

namespace relais::engine {

std::string sanitize_name(std::string_view name) {
  return clipped_text(name, kMaxNameBytes);
}

std::string clipped_text(std::string_view text, size_t max_bytes) {
  std::string out;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) continue;
    out.push_back(c);
  }
  if (out.size() > max_bytes) {
    size_t cut = max_bytes;
    // Do not split a UTF-8 sequence: back up over continuation bytes.
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

}  // namespace relais::engine

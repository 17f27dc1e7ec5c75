#include "core/engine/checks.h"

#include <algorithm>

#include "core/engine/engine.h"

namespace relais::engine {

std::string sanitize_name(std::string_view name) {
  std::string out;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) continue;
    out.push_back(c);
  }
  if (out.size() > kMaxNameBytes) {
    size_t cut = kMaxNameBytes;
    // Do not split a UTF-8 sequence: back up over continuation bytes.
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

bool valid_room_id(std::string_view room) {
  if (room.empty() || room.size() > 64) return false;
  return std::all_of(room.begin(), room.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool valid_language(std::string_view l) {
  return l.size() == 2 &&
         std::all_of(l.begin(), l.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool valid_ticket(std::string_view ticket) {
  const bool plain = std::all_of(ticket.begin(), ticket.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
  return !ticket.empty() && ticket.size() <= 32 && plain;
}

}  // namespace relais::engine

#include "core/base/account_id.h"

#include <algorithm>
#include <cstring>

#include "core/base/encoding.h"

namespace relais {

std::optional<AccountId> AccountId::from_bytes(std::string_view bytes) {
  if (bytes.size() != kSize) return std::nullopt;
  AccountId id;
  std::memcpy(id.raw_.data(), bytes.data(), kSize);
  return id;
}

std::optional<AccountId> AccountId::from_text(std::string_view text) {
  if (text.size() != 26) return std::nullopt;
  auto bytes = from_base32(text);
  if (!bytes) return std::nullopt;
  return from_bytes(*bytes);
}

std::string AccountId::text() const { return to_base32(bytes()); }

bool AccountId::empty() const {
  return std::all_of(raw_.begin(), raw_.end(), [](uint8_t b) { return b == 0; });
}

}  // namespace relais

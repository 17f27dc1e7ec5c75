// AccountId: the relay's opaque random name for an account. It points at no person.
#pragma once

#include <array>
#include <compare>
#include <cstring>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace relais {

class AccountId {
 public:
  static constexpr size_t kSize = 16;

  AccountId() = default;
  // From the 16 raw bytes of the wire; nullopt for any other length.
  static std::optional<AccountId> from_bytes(std::string_view bytes);
  // From the 26-character base32 text form; nullopt when malformed.
  static std::optional<AccountId> from_text(std::string_view text);

  std::string bytes() const { return std::string(reinterpret_cast<const char*>(raw_.data()), kSize); }
  std::string text() const;  // 26 lowercase base32 characters
  bool empty() const;

  const std::array<uint8_t, kSize>& raw() const { return raw_; }
  auto operator<=>(const AccountId&) const = default;

 private:
  std::array<uint8_t, kSize> raw_{};
};

}  // namespace relais

template <>
struct std::hash<relais::AccountId> {
  size_t operator()(const relais::AccountId& id) const noexcept {
    size_t h;
    static_assert(sizeof(h) <= relais::AccountId::kSize);
    std::memcpy(&h, id.raw().data(), sizeof(h));  // already uniformly random
    return h;
  }
};

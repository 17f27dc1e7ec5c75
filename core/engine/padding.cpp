#include "core/engine/padding.h"

namespace relais::engine {

std::string pad(std::string_view content) {
  const size_t total = (content.size() / kPaddingBlock + 1) * kPaddingBlock;
  std::string out;
  out.reserve(total);
  out.append(content);
  out.push_back(static_cast<char>(0x80));
  out.resize(total, '\0');
  return out;
}

Result<std::string> unpad(std::string_view padded) {
  if (padded.empty() || padded.size() % kPaddingBlock != 0) {
    return Error{Errc::corrupt, "The message padding has a wrong length."};
  }
  size_t end = padded.size();
  while (end > 0 && padded[end - 1] == '\0') --end;
  if (end == 0 || static_cast<unsigned char>(padded[end - 1]) != 0x80) {
    return Error{Errc::corrupt, "The message padding has no end marker."};
  }
  return std::string(padded.substr(0, end - 1));
}

}  // namespace relais::engine

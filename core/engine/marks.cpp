#include "core/engine/marks.h"

#include <array>
#include <cstdint>
#include <utility>

#include "core/base/encoding.h"
#include "core/crypto/digest.h"

namespace relais::engine {

namespace {

using namespace std::string_view_literals;

constexpr std::string_view kMarkContext = "relais-mark-v1";

bool is_base32(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7');
}

// Latin-1 letters with accents, U+00C0..U+00FF, as their base letter ('\0': not a letter).
constexpr std::string_view kLatin1 =
    "aaaaaaaceeeeiiii"      // C0..CF
    "dnooooo\0ouuuuyts"     // D0..DF (D7 multiplication sign, DE thorn, DF sharp s)
    "aaaaaaaceeeeiiii"      // E0..EF
    "dnooooo\0ouuuuyty"sv;  // F0..FF (F7 division sign, FE thorn)
static_assert(kLatin1.size() == 0x40);

// Letters of other scripts that look like Latin ones, and their Latin twin.
// clang-format off
constexpr auto kLookalikes = std::to_array<std::pair<uint32_t, char>>({
    // Cyrillic
    {0x0430, 'a'}, {0x0410, 'a'}, {0x0412, 'b'}, {0x0432, 'b'}, {0x0435, 'e'}, {0x0415, 'e'},
    {0x0455, 's'}, {0x0405, 's'}, {0x0456, 'i'}, {0x0406, 'i'}, {0x0458, 'j'}, {0x0408, 'j'},
    {0x043E, 'o'}, {0x041E, 'o'}, {0x0440, 'p'}, {0x0420, 'p'}, {0x0441, 'c'}, {0x0421, 'c'},
    {0x0443, 'y'}, {0x0423, 'y'}, {0x0445, 'x'}, {0x0425, 'x'}, {0x04BB, 'h'}, {0x041D, 'h'},
    {0x0501, 'd'}, {0x04CF, 'l'}, {0x041A, 'k'}, {0x043A, 'k'}, {0x041C, 'm'}, {0x0422, 't'},
    // Greek
    {0x03B1, 'a'}, {0x0391, 'a'}, {0x0392, 'b'}, {0x03B5, 'e'}, {0x0395, 'e'}, {0x0396, 'z'},
    {0x0397, 'h'}, {0x03B9, 'i'}, {0x0399, 'i'}, {0x03BA, 'k'}, {0x039A, 'k'}, {0x039C, 'm'},
    {0x03BD, 'v'}, {0x039D, 'n'}, {0x03BF, 'o'}, {0x039F, 'o'}, {0x03C1, 'p'}, {0x03A1, 'p'},
    {0x03C4, 't'}, {0x03A4, 't'}, {0x03C5, 'u'}, {0x03A5, 'y'}, {0x03C7, 'x'}, {0x03A7, 'x'},
});
// clang-format on

bool invisible(uint32_t cp) {
  return cp == 0x00AD || cp == 0x034F || (cp >= 0x0300 && cp <= 0x036F) ||
         (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF ||
         cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// Latin Extended-A (U+0100..U+017F) mostly pairs a capital and a small letter with one accent.
char latin_extended_a(uint32_t cp) {
  static constexpr std::string_view kBase =
      "aaaaaaccccccccdd"   // 0100..010F
      "ddeeeeeeeeeegggg"   // 0110..011F
      "gggghhhhiiiiiiii"   // 0120..012F
      "iiiijjkkklllllll"   // 0130..013F
      "lllnnnnnnnnnoooo"   // 0140..014F
      "oooorrrrrrssssss"   // 0150..015F
      "ssttttttuuuuuuuu"   // 0160..016F
      "uuuuwwyyyzzzzzzs";  // 0170..017F
  static_assert(kBase.size() == 0x80);
  if (cp < 0x0100 || cp > 0x017F) return '\0';
  return kBase[cp - 0x0100];
}

}  // namespace

std::string identity_mark(std::string_view identity_key) {
  if (identity_key.empty()) return {};
  std::string input(kMarkContext);
  input.append(identity_key);
  const std::string digest = crypto::sha256(input);
  // Three bytes give 24 bits, five base32 characters; the first four carry the first 20 bits.
  return to_base32(std::string_view(digest).substr(0, 3)).substr(0, kMarkChars);
}

std::string marked(std::string_view name, std::string_view mark) {
  std::string out(name);
  if (!mark.empty()) {
    out += '#';
    out.append(mark);
  }
  return out;
}

NameAndMark split_mark(std::string_view text) {
  const size_t hash = text.rfind('#');
  if (hash == std::string_view::npos || text.size() - hash - 1 != kMarkChars) {
    return {std::string(text), {}};
  }
  std::string mark(text.substr(hash + 1));
  for (char& c : mark) {
    if (!is_base32(c)) return {std::string(text), {}};
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return {std::string(text.substr(0, hash)), std::move(mark)};
}

std::string name_skeleton(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size();) {
    uint32_t cp = 0;
    const size_t len = utf8_sequence(name, i, cp);
    if (len == 0) {  // not UTF-8: kept as it is
      out += name[i++];
      continue;
    }
    i += len;
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') {
        out += static_cast<char>(c - 'A' + 'a');
      } else if (c >= 'a' && c <= 'z') {
        out += c;
      } else if (c == '0') {
        out += 'o';
      } else if (c == '1') {
        out += 'l';
      } else if (c == '3') {
        out += 'e';
      } else if (c == '5') {
        out += 's';
      } else if (c >= '0' && c <= '9') {
        out += c;
      }
      continue;  // spaces and punctuation fold away
    }
    if (invisible(cp)) continue;
    if (cp >= 0xC0 && cp <= 0xFF) {
      if (const char base = kLatin1[cp - 0xC0]; base != '\0') out += base;
      continue;
    }
    if (const char base = latin_extended_a(cp); base != '\0') {
      out += base;
      continue;
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) {  // fullwidth forms of ASCII
      const auto c = static_cast<char>(cp - 0xFEE0);
      if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
      continue;
    }
    bool mapped = false;
    for (const auto& [from, to] : kLookalikes) {
      if (from == cp) {
        out += to;
        mapped = true;
        break;
      }
    }
    if (!mapped) out.append(name.substr(i - len, len));
  }
  return out;
}

}  // namespace relais::engine

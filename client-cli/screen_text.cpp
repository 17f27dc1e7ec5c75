#include "client-cli/screen_text.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <utility>

#include "core/base/encoding.h"

namespace relais::cli {
namespace {

using Range = std::pair<uint32_t, uint32_t>;  // inclusive

// Combining marks and zero-width characters (the blocks a Belgian chat meets: Latin, Greek,
// Cyrillic, Arabic, Hebrew, Indic, and the joiners and variation selectors of emoji).
constexpr std::array<Range, 25> kZeroWidth{{
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x05BF, 0x05BF}, {0x05C1, 0x05C2},
    {0x05C4, 0x05C5}, {0x05C7, 0x05C7}, {0x0610, 0x061A}, {0x064B, 0x065F}, {0x0670, 0x0670},
    {0x06D6, 0x06DC}, {0x06DF, 0x06E4}, {0x0900, 0x0902}, {0x093C, 0x093C}, {0x0941, 0x0948},
    {0x094D, 0x094D}, {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF},
    {0x200B, 0x200F}, {0x20D0, 0x20FF}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xE0100, 0xE01EF},
}};

// East Asian wide and fullwidth characters, and the emoji most terminals draw two columns wide.
constexpr std::array<Range, 17> kWide{{
    {0x1100, 0x115F},
    {0x231A, 0x231B},
    {0x2E80, 0x303E},
    {0x3041, 0x33FF},
    {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF},
    {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},
    {0xFE30, 0xFE4F},
    {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},
    {0x1F300, 0x1F64F},
    {0x1F680, 0x1F6FF},
    {0x1F900, 0x1F9FF},
    {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD},
}};

template <size_t N>
bool in(const std::array<Range, N>& ranges, uint32_t cp) {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), cp,
                             [](uint32_t c, const Range& r) { return c < r.first; });
  return it != ranges.begin() && cp <= std::prev(it)->second;
}

// The bytes of one character as the terminal draws it: a code point and the zero-width ones
// that follow it (an accent typed as a combining mark stays with its letter). Sets `cols`.
size_t cluster_end(std::string_view text, size_t i, size_t& cols) {
  uint32_t cp = 0;
  size_t len = utf8_sequence(text, i, cp);
  cols = len == 0 ? 1 : columns_of(cp);
  size_t end = i + (len == 0 ? 1 : len);
  while (end < text.size()) {
    len = utf8_sequence(text, end, cp);
    if (len == 0 || columns_of(cp) != 0 || text[end] == '\n' || text[end] == ' ') break;
    end += len;
  }
  return end;
}

}  // namespace

size_t columns_of(uint32_t cp) {
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
  if (in(kZeroWidth, cp)) return 0;
  if (in(kWide, cp)) return 2;
  return 1;
}

size_t columns(std::string_view text) {
  size_t n = 0;
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = 0;
    const size_t len = utf8_sequence(text, i, cp);
    n += len == 0 ? 1 : columns_of(cp);
    i += len == 0 ? 1 : len;
  }
  return n;
}

std::string_view head(std::string_view text, size_t cols) {
  size_t used = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t c = 0;
    const size_t next = cluster_end(text, i, c);
    if (used + c > cols) break;
    used += c;
    i = next;
  }
  return text.substr(0, i);
}

bool unsafe_on_terminal(uint32_t cp) {
  const bool control = cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
  const bool bidi = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
  return control || bidi;
}

std::string printable(std::string_view text, bool keep_newlines, bool keep_tabs) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = 0;
    const size_t len = utf8_sequence(text, i, cp);
    if (len == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    if (cp == '\t') {
      out += keep_tabs ? '\t' : ' ';
    } else if (cp == '\n' && keep_newlines) {
      out += '\n';
    } else if (unsafe_on_terminal(cp)) {
      out += kReplacement;
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::vector<std::string> wrap(std::string_view text, size_t width, size_t indent) {
  std::vector<std::string> rows;
  if (width == 0) {
    size_t start = 0;
    for (;;) {
      const size_t nl = text.find('\n', start);
      rows.push_back(
          (rows.empty() ? "" : std::string(indent, ' ')) +
          std::string(text.substr(start, nl == std::string_view::npos ? nl : nl - start)));
      if (nl == std::string_view::npos) return rows;
      start = nl + 1;
    }
  }
  if (indent >= width / 2) indent = width / 2;  // a narrow pane keeps room for the text
  std::string row;
  size_t used = 0;   // columns of `row`
  size_t start = 0;  // where the row's text begins (after the indent)
  auto new_row = [&] {
    rows.push_back(std::move(row));
    row.assign(indent, ' ');
    used = start = indent;
  };
  size_t spaces = 0;  // spaces waiting to be placed before the next word
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '\n') {
      new_row();
      spaces = 0;
      ++i;
      continue;
    }
    if (text[i] == ' ') {
      ++spaces;
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n') ++end;
    const std::string_view word = text.substr(i, end - i);
    const size_t word_cols = columns(word);
    if (used > start && used + spaces + word_cols > width) {
      new_row();  // the word goes whole to the next row; the spaces before it are dropped
      spaces = 0;
    }
    const size_t room = width > used ? width - used : 0;
    row.append(std::min(spaces, room), ' ');
    used += std::min(spaces, room);
    spaces = 0;
    // Longer than a row: cut between characters.
    for (size_t k = 0; k < word.size();) {
      size_t cols = 0;
      const size_t next = cluster_end(word, k, cols);
      if (used + cols > width && used > start) new_row();
      row.append(word.substr(k, next - k));
      used += cols;
      k = next;
    }
    i = end;
  }
  rows.push_back(std::move(row));
  return rows;
}

}  // namespace relais::cli

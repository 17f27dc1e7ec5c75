#include "client-cli/line_editor.h"

#include "client-cli/screen_text.h"
#include "core/base/encoding.h"

namespace relais::cli {
namespace {

constexpr size_t kRecalled = 100;  // lines Up can bring back
constexpr size_t kMaxParams = 16;  // of an escape sequence; longer ones are consumed, not kept

// The length a UTF-8 lead byte announces, 0 for a byte that cannot start a sequence.
size_t sequence_length(unsigned char lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// The code point that starts at `at` (a valid line holds only whole sequences).
uint32_t code_point(std::string_view text, size_t at) {
  uint32_t cp = 0;
  return utf8_sequence(text, at, cp) ? cp : 0xFFFD;
}

}  // namespace

LineEditor::LineEditor(size_t max_bytes) : max_bytes_(max_bytes) {}

void LineEditor::clear() {
  line_.clear();
  cursor_ = 0;
  cut_ = false;
}

LineEditor::Typed LineEditor::feed(std::string_view bytes) {
  Typed t;
  for (const char byte : bytes) {
    const auto c = static_cast<unsigned char>(byte);
    switch (escape_) {
      case Escape::esc:
        escape_ = c == '['    ? Escape::csi
                  : c == 'O'  ? Escape::ss3
                  : c == 0x1B ? Escape::esc
                              : Escape::none;
        params_.clear();
        continue;
      case Escape::csi:
        if (c >= 0x20 && c <= 0x3F) {
          if (params_.size() < kMaxParams) params_ += static_cast<char>(c);
        } else {
          // A final byte ends it; anything else breaks it off and is dropped with it.
          if (c >= 0x40 && c <= 0x7E) sequence(static_cast<char>(c), t);
          escape_ = Escape::none;
        }
        continue;
      case Escape::ss3:
        sequence(static_cast<char>(c), t);
        escape_ = Escape::none;
        continue;
      case Escape::none:
        break;
    }
    if (!partial_.empty()) {
      if ((c & 0xC0) == 0x80) {
        partial_ += static_cast<char>(c);
        if (partial_.size() == sequence_length(static_cast<unsigned char>(partial_[0]))) {
          insert(partial_, t);
          partial_.clear();
        }
        continue;
      }
      partial_.clear();  // a broken sequence is dropped; this byte counts on its own
    }
    if (c >= 0x80) {
      if (sequence_length(c) != 0) partial_ = static_cast<char>(c);
      continue;
    }
    key(c, t);
  }
  return t;
}

void LineEditor::key(unsigned char c, Typed& t) {
  switch (c) {
    case 0x1B:
      escape_ = Escape::esc;
      return;
    case '\r':
    case '\n':
      return submit(t);
    case 0x03:  // Ctrl-C
      t.interrupted = true;
      return;
    case 0x04:  // Ctrl-D: the end on an empty line, else Delete
      if (line_.empty()) {
        t.end = true;
        return;
      }
      params_.clear();
      return sequence('~', t);
    case 0x01:  // Ctrl-A
      return sequence('H', t);
    case 0x05:  // Ctrl-E
      return sequence('F', t);
    case 0x02:  // Ctrl-B
      return sequence('D', t);
    case 0x06:  // Ctrl-F
      return sequence('C', t);
    case 0x08:  // Backspace, as some terminals send it
    case 0x7F:
      if (cursor_ == 0) return;
      {
        const size_t from = previous(cursor_);
        line_.erase(from, cursor_ - from);
        cursor_ = from;
      }
      t.changed = true;
      return;
    case 0x0B:  // Ctrl-K: to the end
      line_.erase(cursor_);
      t.changed = true;
      return;
    case 0x15:  // Ctrl-U: to the start
      line_.erase(0, cursor_);
      cursor_ = 0;
      t.changed = true;
      return;
    case 0x17: {  // Ctrl-W: the word before the cursor
      size_t from = cursor_;
      while (from > 0 && line_[from - 1] == ' ') --from;
      while (from > 0 && line_[from - 1] != ' ') --from;
      line_.erase(from, cursor_ - from);
      cursor_ = from;
      t.changed = true;
      return;
    }
    case 0x0C:  // Ctrl-L: draw again
      t.changed = true;
      return;
    default:
      if (c >= 0x20 && c < 0x7F) insert(std::string(1, static_cast<char>(c)), t);
      return;  // other control characters never enter the line
  }
}

void LineEditor::sequence(char final, Typed& t) {
  switch (final) {
    case 'C':
      cursor_ = next(cursor_);
      break;
    case 'D':
      cursor_ = previous(cursor_);
      break;
    case 'H':
      cursor_ = 0;
      break;
    case 'F':
      cursor_ = line_.size();
      break;
    case 'A':
      return recall(-1, t);
    case 'B':
      return recall(+1, t);
    case '~':
      // ESC [ 1~ / 7~ Home, 4~ / 8~ End, 3~ Delete (and Ctrl-D, which comes here with none).
      if (params_ == "1" || params_ == "7") {
        cursor_ = 0;
      } else if (params_ == "4" || params_ == "8") {
        cursor_ = line_.size();
      } else if (params_ == "3" || params_.empty()) {
        line_.erase(cursor_, next(cursor_) - cursor_);
      } else {
        return;
      }
      break;
    default:
      return;  // a key this editor has no use for
  }
  t.changed = true;
}

void LineEditor::insert(std::string_view character, Typed& t) {
  uint32_t cp = 0;
  if (utf8_sequence(character, 0, cp) != character.size() || unsafe_on_terminal(cp)) return;
  if (line_.size() + character.size() > max_bytes_) {
    cut_ = true;  // told on Enter; the line is not sent in part
    return;
  }
  line_.insert(cursor_, character);
  cursor_ += character.size();
  t.changed = true;
}

void LineEditor::submit(Typed& t) {
  t.changed = true;
  if (line_.empty() && !cut_) return;
  if (!cut_ && (sent_.empty() || sent_.back() != line_)) {
    sent_.push_back(line_);
    if (sent_.size() > kRecalled) sent_.pop_front();
  }
  recalled_ = sent_.size();
  draft_.clear();
  t.lines.push_back({line_, cut_});
  clear();
}

void LineEditor::recall(int step, Typed& t) {
  if (step < 0) {
    if (recalled_ == 0 || sent_.empty()) return;
    if (recalled_ >= sent_.size()) {
      recalled_ = sent_.size();
      draft_ = line_;
    }
    line_ = sent_[--recalled_];
  } else {
    if (recalled_ >= sent_.size()) return;
    ++recalled_;
    line_ = recalled_ == sent_.size() ? draft_ : sent_[recalled_];
  }
  cursor_ = line_.size();
  cut_ = false;
  t.changed = true;
}

size_t LineEditor::previous(size_t at) const {
  while (at > 0) {
    --at;
    while (at > 0 && (static_cast<unsigned char>(line_[at]) & 0xC0) == 0x80) --at;
    if (at == 0 || columns_of(code_point(line_, at)) != 0) break;  // a mark goes with its letter
  }
  return at;
}

size_t LineEditor::next(size_t at) const {
  if (at >= line_.size()) return line_.size();
  uint32_t cp = 0;
  size_t len = utf8_sequence(line_, at, cp);
  at += len ? len : 1;
  while (at < line_.size()) {
    len = utf8_sequence(line_, at, cp);
    if (len == 0 || columns_of(cp) != 0) break;
    at += len;
  }
  return at;
}

LineEditor::View LineEditor::view(std::string_view prompt, size_t width) const {
  const std::string_view before_cursor = std::string_view(line_).substr(0, cursor_);
  if (width == 0) {
    return {std::string(prompt) + line_, columns(prompt) + columns(before_cursor)};
  }
  // The prompt takes at most half the row; the line has the rest but the last column.
  const std::string_view shown_prompt = head(prompt, width / 2);
  const size_t prompt_cols = columns(shown_prompt);
  const size_t room = width > prompt_cols + 1 ? width - prompt_cols - 1 : 0;
  View v{std::string(shown_prompt), prompt_cols};
  if (columns(line_) <= room) {
    v.text += line_;
    v.cursor_column += columns(before_cursor);
    return v;
  }
  if (room < 3) return v;
  // Scrolled: the start is the furthest left that keeps the cursor within the row.
  size_t start = 0;
  if (columns(before_cursor) > room - 1) {
    start = cursor_;
    size_t cols = 0;
    while (start > 0) {
      const size_t p = previous(start);
      const size_t c = columns(std::string_view(line_).substr(p, start - p));
      if (cols + c > room - 2) break;
      cols += c;
      start = p;
    }
  }
  const std::string_view rest = std::string_view(line_).substr(start);
  const size_t marker = start > 0 ? 1 : 0;
  if (marker) v.text += '<';
  v.text += head(rest, room - marker);
  v.cursor_column += marker + columns(std::string_view(line_).substr(start, cursor_ - start));
  return v;
}

}  // namespace relais::cli

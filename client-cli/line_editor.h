// The line being typed in `relais chat`: the bytes a terminal in raw mode sends (UTF-8 text,
// control keys, escape sequences of the arrow keys) become an edited line, submitted on Enter.
// Sans-I/O, so it is tested without a terminal; chat.cpp reads the keys and draws view().
//
// Keys: printable text inserts at the cursor; Left/Right, Home/End, Ctrl-A/E/B/F move;
// Backspace, Delete, Ctrl-D (on a non-empty line), Ctrl-K/U/W delete; Up/Down walk the lines
// sent before; Enter submits; Ctrl-D on an empty line ends the input; Ctrl-C interrupts. Other
// control characters and unknown escape sequences are dropped, so nothing typed or pasted can
// move the cursor or reach the relay as a control code.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace relais::cli {

class LineEditor {
 public:
  // A line given on Enter; `cut`: more than the editor holds was typed or pasted, the rest was
  // dropped (the caller refuses to send it, rather than send part of it).
  struct Line {
    std::string text;
    bool cut = false;
  };
  // What a feed() did.
  struct Typed {
    std::vector<Line> lines;   // submitted, in order
    bool changed = false;      // the line or the cursor moved since the last feed: redraw
    bool end = false;          // Ctrl-D on an empty line
    bool interrupted = false;  // Ctrl-C
  };

  // Holds at most `max_bytes` of a line.
  explicit LineEditor(size_t max_bytes);

  Typed feed(std::string_view bytes);

  const std::string& line() const { return line_; }
  size_t cursor() const { return cursor_; }  // a byte offset, always between characters
  void clear();

  // One terminal row of `width` columns: the prompt, then as much of the line as fits around the
  // cursor (a '<' says more is to the left); the last column stays free. `cursor_column` is
  // where the terminal's cursor belongs, from 0.
  struct View {
    std::string text;
    size_t cursor_column = 0;
  };
  View view(std::string_view prompt, size_t width) const;

 private:
  enum class Escape { none, esc, csi, ss3 };
  void key(unsigned char c, Typed& t);
  void sequence(char final, Typed& t);
  void insert(std::string_view character, Typed& t);
  void submit(Typed& t);
  size_t previous(size_t at) const;  // the start of the character before `at`
  size_t next(size_t at) const;      // the end of the character at `at`
  void recall(int step, Typed& t);

  size_t max_bytes_;
  std::string line_;
  size_t cursor_ = 0;
  bool cut_ = false;
  std::string partial_;  // the first bytes of a UTF-8 sequence split between two reads
  Escape escape_ = Escape::none;
  std::string params_;            // of a CSI sequence
  std::deque<std::string> sent_;  // the lines submitted, oldest first (Up/Down)
  size_t recalled_ = 0;           // sent_.size() while not walking them
  std::string draft_;             // the line being typed before Up
};

}  // namespace relais::cli

// Text on a terminal's grid: how many columns a UTF-8 text takes, and how a message is folded
// to the terminal's width without cutting a character. Pure functions, so `relais chat`'s
// layout is tested without a terminal.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace relais::cli {

// Columns a code point takes: 0 for combining marks and zero-width ones, 2 for East Asian wide
// characters and most emoji, 1 otherwise. Control characters count 0 (they are never shown raw).
size_t columns_of(uint32_t cp);
// Columns of a UTF-8 text (an invalid byte counts as one column, as its replacement shows).
size_t columns(std::string_view text);

// The longest beginning of `text` that fits in `cols` columns, ending between characters (a
// combining mark stays with its letter).
std::string_view head(std::string_view text, size_t cols);

// A code point that must never reach a terminal raw: C0 controls (tab and newline included),
// DEL, C1 controls, bidirectional overrides and isolates.
bool unsafe_on_terminal(uint32_t cp);

// `text` (from the network or typed) made printable: every unsafe code point and invalid byte
// becomes U+FFFD; newlines are kept when `keep_newlines`, tabs when `keep_tabs` (else a space).
// The one filter between the network and the terminal (terminal_safe() is this, keeping both).
std::string printable(std::string_view text, bool keep_newlines, bool keep_tabs = false);

// Folds `text` into rows of at most `width` columns: at spaces where it can, inside a word
// longer than a row otherwise, never inside a UTF-8 sequence nor before a combining mark.
// Rows after the first start with `indent` spaces (a hanging indent under the text); each
// newline of `text` starts a new row. `width` 0 means no folding (not a terminal).
std::vector<std::string> wrap(std::string_view text, size_t width, size_t indent = 0);

}  // namespace relais::cli

// A reader of GNU gettext catalogs (.po, .pot) for the tests of the terminal client's
// translations: enough of the format for the files msgfmt and xgettext write.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace relais::testing {

struct PoEntry {
  std::string msgid;
  std::string msgid_plural;         // empty when the entry has no plural
  std::vector<std::string> msgstr;  // msgstr, or msgstr[0], msgstr[1], ...
  bool fuzzy = false;
  int line = 0;  // where the entry starts, for messages
};

struct PoFile {
  std::vector<PoEntry> entries;  // without the header (msgid "") and obsolete (#~) entries
  std::string header;            // the header's msgstr
  std::string error;             // what could not be read, with its line; empty when all was
};

PoFile parse_po(std::string_view text);
PoFile read_po(const std::string& path);

// The placeholders {1}..{9} of a text, sorted, with repeats: what a translation must keep.
std::vector<std::string> placeholders(std::string_view text);

// What is wrong with `po` as a finished translation of `pot`, one line each: a sentence of the
// sources missing from it, untranslated, fuzzy, short of a plural form, or with placeholders
// other than the English's; an entry the sources no longer have. Empty when it is finished.
// `plural_forms`: how many forms the language has (2 for fr and nl).
std::vector<std::string> unfinished(const PoFile& po, const PoFile& pot, size_t plural_forms);

}  // namespace relais::testing

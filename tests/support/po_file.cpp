#include "tests/support/po_file.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>

namespace relais::testing {

namespace {

// The text of one quoted C string ("a\"b\n"), or false when it is not one.
bool unquote(std::string_view q, std::string& out) {
  if (q.size() < 2 || q.front() != '"' || q.back() != '"') return false;
  for (size_t i = 1; i + 1 < q.size(); ++i) {
    char c = q[i];
    if (c == '\\') {
      if (i + 2 >= q.size()) return false;
      const char e = q[++i];
      c = e == 'n' ? '\n' : e == 't' ? '\t' : e == '"' ? '"' : e == '\\' ? '\\' : '\0';
      if (c == '\0') return false;
    } else if (c == '"') {
      return false;
    }
    out += c;
  }
  return true;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t'))
    s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

}  // namespace

PoFile parse_po(std::string_view text) {
  PoFile file;
  PoEntry entry;
  bool in_entry = false;
  bool next_fuzzy = false;
  std::string* target = nullptr;
  auto finish = [&] {
    if (!in_entry) return;
    if (entry.msgid.empty()) {
      file.header = entry.msgstr.empty() ? std::string() : entry.msgstr[0];
    } else {
      file.entries.push_back(std::move(entry));
    }
    entry = PoEntry{};
    in_entry = false;
    target = nullptr;
  };
  int number = 0;
  size_t pos = 0;
  while (pos <= text.size() && file.error.empty()) {
    const size_t end = std::min(text.find('\n', pos), text.size());
    const std::string_view line = trimmed(text.substr(pos, end - pos));
    pos = end + 1;
    ++number;
    if (line.empty()) continue;
    if (line.rfind("#~", 0) == 0) continue;  // obsolete: msgfmt ignores it too
    if (line[0] == '#') {
      if (line.rfind("#,", 0) == 0 && line.find("fuzzy") != std::string_view::npos) {
        next_fuzzy = true;
      }
      continue;
    }
    auto keyword_value = [&](std::string_view keyword, std::string& into) {
      std::string value;
      if (!unquote(trimmed(line.substr(keyword.size())), value)) {
        file.error = "line " + std::to_string(number) + ": a malformed string";
        return;
      }
      into = std::move(value);
      target = &into;
    };
    if (line.rfind("msgid_plural ", 0) == 0) {
      if (!in_entry)
        file.error = "line " + std::to_string(number) + ": msgid_plural before msgid";
      else
        keyword_value("msgid_plural", entry.msgid_plural);
    } else if (line.rfind("msgid ", 0) == 0) {
      finish();
      in_entry = true;
      entry.line = number;
      entry.fuzzy = next_fuzzy;
      next_fuzzy = false;
      keyword_value("msgid", entry.msgid);
    } else if (line.rfind("msgstr", 0) == 0) {
      if (!in_entry) {
        file.error = "line " + std::to_string(number) + ": msgstr before msgid";
        break;
      }
      const size_t space = line.find(' ');
      const std::string_view keyword = line.substr(0, space);
      size_t index = 0;
      if (keyword != "msgstr") {
        if (keyword.size() < 9 || keyword.substr(0, 7) != "msgstr[" || keyword.back() != ']') {
          file.error = "line " + std::to_string(number) + ": an unknown keyword";
          break;
        }
        index = static_cast<size_t>(std::stoul(std::string(keyword.substr(7, keyword.size() - 8))));
      }
      if (entry.msgstr.size() <= index) entry.msgstr.resize(index + 1);
      keyword_value(keyword, entry.msgstr[index]);
    } else if (line[0] == '"') {
      std::string more;
      if (!target || !unquote(line, more)) {
        file.error = "line " + std::to_string(number) + ": a string out of place";
        break;
      }
      *target += more;
    } else {
      file.error = "line " + std::to_string(number) + ": an unknown line";
    }
  }
  finish();
  return file;
}

PoFile read_po(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    PoFile f;
    f.error = "cannot read " + path;
    return f;
  }
  return parse_po(std::string(std::istreambuf_iterator<char>(in), {}));
}

std::vector<std::string> placeholders(std::string_view text) {
  std::vector<std::string> out;
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] == '{' && text[i + 1] >= '1' && text[i + 1] <= '9' && text[i + 2] == '}') {
      out.emplace_back(text.substr(i, 3));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> unfinished(const PoFile& po, const PoFile& pot, size_t plural_forms) {
  std::vector<std::string> problems;
  if (!po.error.empty()) problems.push_back("unreadable: " + po.error);
  std::map<std::string, const PoEntry*> translated;
  for (const auto& e : po.entries) translated[e.msgid] = &e;
  std::map<std::string, bool> wanted;
  for (const auto& e : pot.entries) {
    wanted[e.msgid] = true;
    const std::string quoted = "\"" + e.msgid.substr(0, 60) + "\"";
    auto it = translated.find(e.msgid);
    if (it == translated.end()) {
      problems.push_back("missing: " + quoted);
      continue;
    }
    const PoEntry& t = *it->second;
    if (t.fuzzy) problems.push_back("fuzzy: " + quoted);
    const size_t forms = e.msgid_plural.empty() ? 1 : plural_forms;
    if (t.msgstr.size() < forms) problems.push_back("short of plural forms: " + quoted);
    for (size_t k = 0; k < t.msgstr.size(); ++k) {
      const std::string& s = t.msgstr[k];
      if (s.empty()) {
        problems.push_back("untranslated: " + quoted);
        continue;
      }
      // A plural form may leave out {1} only where the English singular does too.
      const std::string& english = e.msgid_plural.empty() || k == 0 ? e.msgid : e.msgid_plural;
      if (placeholders(s) != placeholders(english)) {
        problems.push_back("placeholders differ: " + quoted);
      }
    }
  }
  for (const auto& e : po.entries) {
    if (!wanted.count(e.msgid))
      problems.push_back("no longer in the sources: \"" + e.msgid.substr(0, 60) + "\"");
  }
  return problems;
}

}  // namespace relais::testing

#include "client-cli/i18n.h"

#include <algorithm>
#include <boost/locale/gnu_gettext.hpp>
#include <boost/locale/message.hpp>
#include <cstdlib>
#include <locale>
#include <memory>

#include "client-cli/catalogs.h"

namespace relais::cli {

namespace {

// The code of a locale name: "fr_BE.UTF-8" -> "fr", "nl-BE" -> "nl", "C.UTF-8" -> "c".
std::string code_of(std::string_view name) {
  const size_t end = name.find_first_of("_-.@");
  std::string code(name.substr(0, end));
  for (char& c : code) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return code;
}

bool is_c_locale(std::string_view name) {
  return name == "C" || name == "POSIX" || name.rfind("C.", 0) == 0;
}

bool is_spoken(std::string_view code) {
  for (const auto& l : spoken_languages())
    if (l == code) return true;
  return false;
}

using Format = boost::locale::message_format<char>;

// The spoken language's catalog; none for English (the sentences are the msgids).
struct Speaker {
  std::string language = "en";
  std::string data_language = "en";
  std::string asked = "en";  // as speak() was told, before the relay's languages
  std::locale holder;  // owns the facet
  const Format* format = nullptr;
};

Speaker& speaker() {
  static Speaker s;
  return s;
}

}  // namespace

const std::vector<std::string>& spoken_languages() {
  static const std::vector<std::string> all = {"en", "fr", "nl"};
  return all;
}

std::string language_from_environment(const std::function<const char*(const char*)>& get) {
  auto read = [&](const char* name) -> std::string_view {
    const char* v = get ? get(name) : std::getenv(name);
    return v ? std::string_view(v) : std::string_view();
  };
  // The locale for messages, POSIX's order: LC_ALL, then LC_MESSAGES, then LANG.
  std::string_view locale;
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    locale = read(name);
    if (!locale.empty()) break;
  }
  if (locale.empty() || is_c_locale(locale)) return "en";
  // GNU's LANGUAGE: a list of preferences, the first relais speaks wins.
  std::string_view list = read("LANGUAGE");
  while (!list.empty()) {
    const size_t colon = list.find(':');
    std::string code = code_of(list.substr(0, colon));
    if (!code.empty() && is_spoken(code)) return code;
    list = colon == std::string_view::npos ? std::string_view() : list.substr(colon + 1);
  }
  const std::string code = code_of(locale);
  return code.empty() ? "en" : code;
}

void speak(std::string_view language) {
  Speaker& s = speaker();
  const std::string code = code_of(language);
  s.data_language = code.empty() ? "en" : code;
  s.asked = s.data_language;
  s.language = "en";
  s.format = nullptr;
  s.holder = std::locale::classic();
  const std::string_view mo = built_in_catalog(code);
  if (code == "en" || mo.empty()) return;
  boost::locale::gnu_gettext::messages_info info;
  info.language = code;
  info.encoding = "UTF-8";
  info.domains.emplace_back("relais");
  info.paths.emplace_back("built-in");
  // The only file it will find is the one built in for this language.
  const std::string wanted = "built-in/" + code + "/LC_MESSAGES/relais.mo";
  info.callback = [wanted, mo](const std::string& file, const std::string&) {
    return file == wanted ? std::vector<char>(mo.begin(), mo.end()) : std::vector<char>();
  };
  Format* format = boost::locale::gnu_gettext::create_messages_facet<char>(info);
  if (!format) return;
  s.holder = std::locale(std::locale::classic(), format);
  s.format = &std::use_facet<Format>(s.holder);
  s.language = code;
}

std::string follow_relay_languages(const std::vector<std::string>& offered) {
  if (offered.empty()) return {};
  Speaker& s = speaker();
  const std::string asked = s.asked;
  auto offers = [&](std::string_view code) {
    return std::find(offered.begin(), offered.end(), code) != offered.end();
  };
  std::string use = offered.front();
  for (const char* code : {"en", "fr", "nl"}) {
    if (offers(code)) {
      use = code;
      break;
    }
  }
  if (offers(asked)) use = asked;
  const std::string before = s.data_language;
  speak(use);
  s.asked = asked;
  // Said once: when the language changes now, not at every later look at the same list.
  return use == asked || use == before ? std::string() : asked;
}

std::string_view spoken_language() {
  return speaker().language;
}

std::string_view data_language() {
  return speaker().data_language;
}

namespace i18n_detail {

std::string lookup(const char* english) {
  const Speaker& s = speaker();
  if (!s.format) return english;
  const char* found = s.format->get(0, nullptr, english);
  return found && *found ? found : english;
}

std::string lookup_plural(const char* singular, const char* plural, uint64_t n) {
  const Speaker& s = speaker();
  const char* found =
      s.format ? s.format->get(0, nullptr, singular,
                               static_cast<int>(n % 1000000 + (n >= 1000000 ? 1000000 : 0)))
               : nullptr;
  if (found && *found) return found;
  return n == 1 ? singular : plural;
}

std::string fill(std::string text, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{' && i + 2 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9' &&
        text[i + 2] == '}') {
      const size_t k = static_cast<size_t>(text[i + 1] - '1');
      if (k < args.size()) {
        out += args[k];
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace i18n_detail

}  // namespace relais::cli

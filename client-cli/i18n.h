// The language `relais` speaks to a person: English, French or Dutch, from the environment
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), through GNU gettext catalogs (client-cli/po/*.po)
// read by Boost.Locale. The catalogs are compiled by msgfmt at build time and built into the
// program, so no system locale (locale-gen) and no installed file is needed to speak French.
// --json output never goes through here: its words are for programs.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace relais::cli {

// The language a person asked for, as a code before '_', '.' or '@' ("fr_BE.UTF-8" -> "fr"):
// the first of LANGUAGE's list (GNU's, a ':'-separated list) that relais speaks, else LC_ALL,
// else LC_MESSAGES, else LANG; "en" when none is set or it is C/POSIX (as GNU gettext does,
// LANGUAGE counts only when the locale is not C). `get` reads a variable (std::getenv's shape).
std::string language_from_environment(const std::function<const char*(const char*)>& get = nullptr);

// From now on, sentences in `language` ("fr", "nl"; anything else is English). The data's
// language (resources, emergency numbers) follows data_language() and may be any code.
void speak(std::string_view language);
// The relay's interface languages (relaisd --interface-languages, as the engine keeps them):
// when the language asked for is not among them, relais speaks the fallback from now on —
// English, else French, else Dutch, else the first listed — and the data follows it. An empty
// list turns nothing off. Returns the language asked for when it is off and relais has just
// changed language for it (to be told to the person once), else "".
std::string follow_relay_languages(const std::vector<std::string>& offered);
// "en", "fr" or "nl": the language of the sentences.
std::string_view spoken_language();
// The person's language for the relay's data: the code asked for, even one relais's sentences
// are not translated into ("es": the emergency numbers have Spanish names).
std::string_view data_language();
// The languages relais has sentences in, English first.
const std::vector<std::string>& spoken_languages();

namespace i18n_detail {
std::string lookup(const char* english);
std::string lookup_plural(const char* singular, const char* plural, uint64_t n);
std::string fill(std::string text, const std::vector<std::string>& args);
inline std::string text_of(std::string_view s) {
  return std::string(s);
}
inline std::string text_of(const char* s) {
  return std::string(s);
}
inline std::string text_of(const std::string& s) {
  return s;
}
template <typename N, typename = std::enable_if_t<std::is_integral_v<N>>>
std::string text_of(N n) {
  return std::to_string(n);
}
}  // namespace i18n_detail

// The sentence in the spoken language, with {1}, {2}, ... replaced by `args` in order.
inline std::string tr(const char* english) {
  return i18n_detail::lookup(english);
}
template <typename... A>
std::string tr(const char* english, const A&... args) {
  return i18n_detail::fill(i18n_detail::lookup(english), {i18n_detail::text_of(args)...});
}
// The singular or the plural (as many forms as the language has) for `n`; {1}... as tr().
template <typename... A>
std::string trn(const char* singular, const char* plural, uint64_t n, const A&... args) {
  return i18n_detail::fill(i18n_detail::lookup_plural(singular, plural, n),
                           {i18n_detail::text_of(args)...});
}

}  // namespace relais::cli

// Marks a string for the catalogs where it is defined; tr() translates it where it is shown.
#define N_(english) english

// The resources directory (deploy/resources-be.json as the relay serves it, or as a client ships
// it): the organisations that help sex workers and the emergency numbers, each text in every
// language the file carries. Parsed once here, so that clients only choose a language.
#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace relais::engine {

// One text in several languages: language code ("fr", "nl", "en", "es", ...) → text.
using Texts = std::map<std::string, std::string, std::less<>>;

// The text in the first of `languages` that has one, else in any language ("" when none).
std::string pick(const Texts& texts, std::initializer_list<std::string_view> languages);

// The text a person reads, in the order every client follows (docs/translations.md): their
// language, then English, French and Dutch (the languages the shipped directory gives for every
// entry), then whichever the entry has. `language` is a code ("fr") or a locale ("fr_BE").
std::string in_language(const Texts& texts, std::string_view language);

struct ResourceOrganisation {
  std::string id;
  std::string name;  // an organisation's own name, in no particular language
  Texts names;  // "name_fr", ...: where the own name carries words of one language ("formerly")
  Texts what;   // what it does ("what_fr", "what_nl", ... in the file)
  std::vector<std::string> cities;     // as the file writes them ("Brussels", "Liège", ...)
  std::vector<Texts> city_names;       // each of `cities` by language, from the file's
                                       // "city_names" ("fr": "Bruxelles"); may be empty
  std::vector<std::string> languages;  // the languages it works in
  std::string phone;
  std::string email;
  std::string website;
  std::string address;
  std::string source;              // the page its details were read from
  bool checked = false;            // its details came from its own or an official page
  bool needs_confirmation = true;  // an operator has yet to confirm it (the default when unsaid)
};

struct EmergencyNumber {
  std::string number;
  Texts names;  // "name_fr", "name_nl", "name_en", "name_es", ... in the file
  Texts scope;  // "scope_fr", "scope_nl", ...; the file's plain "scope" is English
  std::string source;
  bool checked = false;
  bool needs_confirmation = true;
};

struct ResourceDirectory {
  std::string generated;  // the date the file was compiled
  std::vector<ResourceOrganisation> organisations;
  std::map<std::string, Texts, std::less<>> city_names;  // "Brussels" -> {"fr": "Bruxelles", ...}
  std::vector<EmergencyNumber> emergency;
};

// Errc::corrupt when `json` is not a directory (not JSON, or no list of organisations nor of
// emergency numbers). Entries that are not objects are skipped; missing strings are empty.
Result<ResourceDirectory> parse_resources(std::string_view json);

// Whether `city` (as a person types it: any case, with or without accents, in any language the
// file names it in: "Bruxelles", "Brussel", "brussels") is one the organisation works in.
bool works_in(const ResourceOrganisation& org, std::string_view city);

// The organisation's cities in the person's language (in_language's order), in the file's order.
std::vector<std::string> cities_in_language(const ResourceOrganisation& org,
                                            std::string_view language);

// The city of one of the five regional rooms ("brussels", "liege", ...) in `language` (a code
// or a locale): its French, Dutch or English name, else its local official name (Bruxelles,
// Antwerpen, Liège), as docs/translations.md says; "" for another room. Both clients name the
// rooms so.
std::string room_city(std::string_view room, std::string_view language);

}  // namespace relais::engine

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

struct ResourceOrganisation {
  std::string id;
  std::string name;                    // an organisation's own name, in no particular language
  Texts what;                          // what it does ("what_fr", "what_nl", ... in the file)
  std::vector<std::string> cities;     // as the file writes them ("Brussels", "Liège", ...)
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
  std::string scope;
  std::string source;
  bool checked = false;
  bool needs_confirmation = true;
};

struct ResourceDirectory {
  std::string generated;  // the date the file was compiled
  std::vector<ResourceOrganisation> organisations;
  std::vector<EmergencyNumber> emergency;
};

// Errc::corrupt when `json` is not a directory (not JSON, or no list of organisations nor of
// emergency numbers). Entries that are not objects are skipped; missing strings are empty.
Result<ResourceDirectory> parse_resources(std::string_view json);

// Whether `city` (as a person types it: any case, with or without accents) is one the
// organisation works in.
bool works_in(const ResourceOrganisation& org, std::string_view city);

}  // namespace relais::engine

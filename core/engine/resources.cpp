#include "core/engine/resources.h"

#include <algorithm>
#include <boost/json.hpp>
#include <utility>

namespace relais::engine {

namespace json = boost::json;

namespace {

std::string string_at(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

bool bool_at(const json::object& o, std::string_view key, bool otherwise) {
  const json::value* v = o.if_contains(key);
  return v && v->is_bool() ? v->get_bool() : otherwise;
}

std::vector<std::string> strings_at(const json::object& o, std::string_view key) {
  std::vector<std::string> out;
  const json::value* v = o.if_contains(key);
  if (!v || !v->is_array()) return out;
  for (const auto& x : v->get_array()) {
    if (x.is_string()) out.emplace_back(x.get_string());
  }
  return out;
}

// Every "stem_xx" string of the object, by language code.
Texts texts_at(const json::object& o, std::string_view stem) {
  Texts out;
  for (const auto& [key, value] : o) {
    const std::string_view k(key.data(), key.size());
    if (k.size() != stem.size() + 3 || !k.starts_with(stem) || k[stem.size()] != '_') continue;
    if (!value.is_string() || value.get_string().empty()) continue;
    out.emplace(std::string(k.substr(stem.size() + 1)), std::string(value.get_string()));
  }
  return out;
}

// "Liège" and "liege" alike: lowercase ASCII, with the accents of French and Dutch names removed.
std::string fold(std::string_view text) {
  static const std::pair<const char*, char> kAccents[] = {
      {"à", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"ç", 'c'}, {"é", 'e'}, {"è", 'e'},
      {"ê", 'e'}, {"ë", 'e'}, {"î", 'i'}, {"ï", 'i'}, {"ô", 'o'}, {"ö", 'o'},
      {"ù", 'u'}, {"û", 'u'}, {"ü", 'u'}, {"È", 'e'}, {"É", 'e'}};
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [from, to] : kAccents) {
      const std::string_view f(from);
      if (text.substr(i, f.size()) == f) {
        out += to;
        i += f.size();
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    const char c = text[i++];
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

}  // namespace

std::string pick(const Texts& texts, std::initializer_list<std::string_view> languages) {
  for (std::string_view language : languages) {
    if (auto it = texts.find(language); it != texts.end()) return it->second;
  }
  return texts.empty() ? std::string() : texts.begin()->second;
}

std::string in_language(const Texts& texts, std::string_view language) {
  // "fr_BE.UTF-8" and "fr-BE" are French: the code is what comes before '_', '-' or '.'.
  const std::string code = fold(language.substr(0, language.find_first_of("_-.@")));
  return pick(texts, {code, "en", "fr", "nl"});
}

std::vector<std::string> cities_in_language(const ResourceOrganisation& org,
                                            std::string_view language) {
  std::vector<std::string> out;
  for (size_t i = 0; i < org.cities.size(); ++i) {
    const std::string named =
        i < org.city_names.size() ? in_language(org.city_names[i], language) : std::string();
    out.push_back(named.empty() ? org.cities[i] : named);
  }
  return out;
}

Result<ResourceDirectory> parse_resources(std::string_view text) {
  const Error damaged{Errc::corrupt, "The resources directory is empty or damaged."};
  boost::system::error_code ec;
  const json::value doc = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec || !doc.is_object()) return damaged;
  const json::object& root = doc.get_object();
  const json::value* orgs = root.if_contains("organisations");
  const json::value* emergency = root.if_contains("emergency");
  const bool has_orgs = orgs && orgs->is_array();
  const bool has_emergency = emergency && emergency->is_array();
  if (!has_orgs && !has_emergency) return damaged;
  ResourceDirectory out;
  out.generated = string_at(root, "generated");
  if (const json::value* names = root.if_contains("city_names"); names && names->is_object()) {
    for (const auto& [city, by_language] : names->get_object()) {
      if (!by_language.is_object()) continue;
      Texts texts;
      for (const auto& [language, name] : by_language.get_object()) {
        if (name.is_string() && !name.get_string().empty())
          texts.emplace(std::string(language), std::string(name.get_string()));
      }
      out.city_names.emplace(std::string(city), std::move(texts));
    }
  }
  if (has_orgs) {
    for (const auto& v : orgs->get_array()) {
      if (!v.is_object()) continue;
      const json::object& o = v.get_object();
      ResourceOrganisation org;
      org.id = string_at(o, "id");
      org.name = string_at(o, "name");
      org.names = texts_at(o, "name");
      org.what = texts_at(o, "what");
      org.cities = strings_at(o, "cities");
      for (const std::string& city : org.cities) {
        auto named = out.city_names.find(city);
        org.city_names.push_back(named == out.city_names.end() ? Texts{} : named->second);
      }
      org.languages = strings_at(o, "languages");
      org.phone = string_at(o, "phone");
      org.email = string_at(o, "email");
      org.website = string_at(o, "website");
      org.address = string_at(o, "address");
      org.source = string_at(o, "source");
      org.checked = bool_at(o, "checked", false);
      org.needs_confirmation = bool_at(o, "needs_confirmation", true);
      out.organisations.push_back(std::move(org));
    }
  }
  if (has_emergency) {
    for (const auto& v : emergency->get_array()) {
      if (!v.is_object()) continue;
      const json::object& o = v.get_object();
      EmergencyNumber e;
      e.number = string_at(o, "number");
      e.names = texts_at(o, "name");
      e.scope = texts_at(o, "scope");
      if (std::string plain = string_at(o, "scope"); !plain.empty()) e.scope.emplace("en", plain);
      e.source = string_at(o, "source");
      e.checked = bool_at(o, "checked", false);
      e.needs_confirmation = bool_at(o, "needs_confirmation", !e.checked);
      out.emergency.push_back(std::move(e));
    }
  }
  return out;
}

bool works_in(const ResourceOrganisation& org, std::string_view city) {
  const std::string wanted = fold(city);
  if (std::any_of(org.cities.begin(), org.cities.end(),
                  [&](const std::string& c) { return fold(c) == wanted; })) {
    return true;
  }
  return std::any_of(org.city_names.begin(), org.city_names.end(), [&](const Texts& names) {
    return std::any_of(names.begin(), names.end(),
                       [&](const auto& named) { return fold(named.second) == wanted; });
  });
}

std::string room_city(std::string_view room, std::string_view language) {
  struct City {
    std::string_view room, fr, nl, en, local;
  };
  static constexpr City kCities[] = {
      {"brussels", "Bruxelles", "Brussel", "Brussels", "Bruxelles"},
      {"antwerp", "Anvers", "Antwerpen", "Antwerp", "Antwerpen"},
      {"liege", "Li\u00e8ge", "Luik", "Li\u00e8ge", "Li\u00e8ge"},
      {"gent", "Gand", "Gent", "Ghent", "Gent"},
      {"charleroi", "Charleroi", "Charleroi", "Charleroi", "Charleroi"},
  };
  const std::string_view code = language.substr(0, language.find_first_of("_-.@"));
  for (const auto& c : kCities) {
    if (room != c.room) continue;
    if (code == "fr") return std::string(c.fr);
    if (code == "nl") return std::string(c.nl);
    if (code == "en") return std::string(c.en);
    return std::string(c.local);
  }
  return {};
}

}  // namespace relais::engine

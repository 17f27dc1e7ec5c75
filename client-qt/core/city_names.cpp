#include "client-qt/core/city_names.h"

#include <array>

namespace relais::qt {
namespace {

struct City {
  const char* room;
  const char* fr;
  const char* nl;
  const char* en;
  // The official name on the city's own signs, for every other language (es, pt, ro, bg, sq):
  // what the person reads in the street, rather than English (docs/translations.md).
  const char* local;
};

// Source text is UTF-8; QString::fromUtf8 keeps the accents.
constexpr std::array<City, 5> kCities{{
    {"brussels", "Bruxelles", "Brussel", "Brussels", "Bruxelles"},
    {"antwerp", "Anvers", "Antwerpen", "Antwerp", "Antwerpen"},
    {"liege", "Liège", "Luik", "Liège", "Liège"},
    {"gent", "Gand", "Gent", "Ghent", "Gent"},
    {"charleroi", "Charleroi", "Charleroi", "Charleroi", "Charleroi"},
}};

}  // namespace

QString cityName(const QString& room, const QString& language, const QString& nameFr,
                 const QString& nameNl) {
  for (const auto& c : kCities) {
    if (room == QLatin1String(c.room)) {
      if (language == QLatin1String("fr")) return QString::fromUtf8(c.fr);
      if (language == QLatin1String("nl")) return QString::fromUtf8(c.nl);
      if (language == QLatin1String("en")) return QString::fromUtf8(c.en);
      return QString::fromUtf8(c.local);
    }
  }
  if (language == QLatin1String("nl") && !nameNl.isEmpty()) return nameNl;
  if (!nameFr.isEmpty()) return nameFr;
  if (!nameNl.isEmpty()) return nameNl;
  return room;
}

}  // namespace relais::qt

#include "client-qt/core/city_names.h"

#include "core/engine/resources.h"

namespace relais::qt {

QString cityName(const QString& room, const QString& language, const QString& nameFr,
                 const QString& nameNl) {
  // The regional rooms: the engine's table, which the terminal client uses too.
  const std::string city = engine::room_city(room.toStdString(), language.toStdString());
  if (!city.empty()) return QString::fromStdString(city);
  if (language == QLatin1String("nl") && !nameNl.isEmpty()) return nameNl;
  if (!nameFr.isEmpty()) return nameFr;
  if (!nameNl.isEmpty()) return nameNl;
  return room;
}

}  // namespace relais::qt

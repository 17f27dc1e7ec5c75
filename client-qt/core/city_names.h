// Room names in the interface language. The five regional rooms have names in fr, nl and en;
// another room shows the name the relay lists for it (fr or nl), else its id.
#pragma once

#include <QString>

namespace relais::qt {

// `language`: "fr", "nl" or "en" (anything else counts as en).
QString cityName(const QString& room, const QString& language, const QString& nameFr = {},
                 const QString& nameNl = {});

}  // namespace relais::qt

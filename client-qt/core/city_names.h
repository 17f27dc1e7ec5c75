// Room names in the interface language. The five regional rooms have names in fr, nl and en,
// and their local official name (Antwerpen, Bruxelles, Liège) in every other language;
// another room shows the name the relay lists for it (fr or nl), else its id.
#pragma once

#include <QString>

namespace relais::qt {

// `language`: "fr", "nl", "en", or another code (the local official name).
QString cityName(const QString& room, const QString& language, const QString& nameFr = {},
                 const QString& nameNl = {});

}  // namespace relais::qt

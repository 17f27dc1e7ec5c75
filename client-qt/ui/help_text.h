// The help page: what Relais keeps, what a search of this computer still reveals, and how to
// remove the program and its data.
#pragma once

#include <QString>

namespace relais::qt {

// Rich text, translated; `home` is the profile folder, `settings_file` the preferences file.
QString helpText(const QString& home, const QString& settings_file);

}  // namespace relais::qt

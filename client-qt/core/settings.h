// The person's preferences, kept next to the vault as a small INI file. Nothing in it is secret
// or personal (language, idle time, two switches), so it stays readable before unlocking:
// the language and the discreet title apply to the unlock screen too.
#pragma once

#include <QList>
#include <QSettings>
#include <QString>
#include <memory>

namespace relais::qt {

inline constexpr int kDefaultIdleMinutes = 10;

struct Preferences {
  QString language;                        // "" follows the system; else "fr", "nl", "en"
  int idle_minutes = kDefaultIdleMinutes;  // 0: never lock by itself
  bool notification_text = false;          // show message text in desktop notifications
  bool discreet = false;                   // neutral window title and icon
};

class SettingsStore {
 public:
  explicit SettingsStore(const QString& home);
  Preferences load() const;
  void store(const Preferences& preferences);
  QString path() const;

 private:
  std::unique_ptr<QSettings> settings_;
};

// "fr", "nl" or "en": the chosen language, else the system's when it is one of those, else en.
QString effectiveLanguage(const QString& chosen, const QString& system_locale_name);

// The interface's languages, each named in itself ("Français", "Nederlands", "English"), as the
// first screen and the settings offer them.
struct InterfaceLanguage {
  QString code;
  QString own_name;
};
QList<InterfaceLanguage> interfaceLanguages();
// A language code ("es", "ro", "bg") as the language names itself ("español", "română",
// "български"), from Qt's locale data: no sentence to translate; the code when Qt knows none.
QString languageInItself(const QString& code);

// The profile folder: --home, else $RELAIS_HOME, else ~/.relais (the CLI's default too).
QString resolveHome(const QString& given);

}  // namespace relais::qt

// The person's preferences, kept next to the vault as a small INI file. Nothing in it is secret
// or personal (language, idle time, two switches), so it stays readable before unlocking:
// the language and the discreet title apply to the unlock screen too.
#pragma once

#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <memory>

namespace relais::qt {

inline constexpr int kDefaultIdleMinutes = 10;

struct Preferences {
  QString language;                        // "" follows the system; else "fr", "nl", "en"
  int idle_minutes = kDefaultIdleMinutes;  // 0: never lock by itself
  bool notification_text = false;          // show message text in desktop notifications
  bool discreet = false;                   // neutral window title and icon
  // The interface languages the relay offers (relaisd --interface-languages), as it last said;
  // empty: every language (not known yet, or the relay restricts none).
  QStringList relay_languages;
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

// The language the interface speaks: the chosen one, else the system's, when the relay offers
// it (`offered` empty: every shipped language); else English, French, Dutch, the first offered
// (in the operator's order).
QString effectiveLanguage(const QString& chosen, const QString& system_locale_name,
                          const QStringList& offered = {});

// The interface's languages, each named in itself ("Français", "Nederlands", "English"), as the
// first screen and the settings offer them.
struct InterfaceLanguage {
  QString code;
  QString own_name;
};
QList<InterfaceLanguage> interfaceLanguages();
// Those of them the relay offers, in the operator's order, each once; all of them (in the
// shipped order) when `offered` is empty or names none of them.
QList<InterfaceLanguage> offeredLanguages(const QStringList& offered);
// A shipped language's own name ("Română"); the code for another.
QString ownName(const QString& code);
// A language code ("es", "ro", "bg") as the language names itself ("español", "română",
// "български"), from Qt's locale data: no sentence to translate; the code when Qt knows none.
QString languageInItself(const QString& code);

// The profile folder: --home, else $RELAIS_HOME, else ~/.relais (the CLI's default too).
QString resolveHome(const QString& given);

}  // namespace relais::qt

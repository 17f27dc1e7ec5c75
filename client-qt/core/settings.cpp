#include "client-qt/core/settings.h"

#include <QDir>
#include <QLocale>

namespace relais::qt {

SettingsStore::SettingsStore(const QString& home)
    : settings_(std::make_unique<QSettings>(QDir(home).filePath(QStringLiteral("relais-qt.ini")),
                                            QSettings::IniFormat)) {}

Preferences SettingsStore::load() const {
  Preferences p;
  const QString language = settings_->value(QStringLiteral("language")).toString();
  if (language == QLatin1String("fr") || language == QLatin1String("nl") ||
      language == QLatin1String("en")) {
    p.language = language;
  }
  bool ok = false;
  const int minutes =
      settings_->value(QStringLiteral("idle_minutes"), kDefaultIdleMinutes).toInt(&ok);
  p.idle_minutes = ok && minutes >= 0 && minutes <= 24 * 60 ? minutes : kDefaultIdleMinutes;
  // Only a clear yes turns a switch on: anything unreadable keeps the safe default (off).
  auto yes = [this](const char* key) {
    const QString v = settings_->value(QLatin1String(key)).toString().toLower();
    return v == QLatin1String("true") || v == QLatin1String("1");
  };
  p.notification_text = yes("notification_text");
  p.discreet = yes("discreet");
  return p;
}

void SettingsStore::store(const Preferences& p) {
  settings_->setValue(QStringLiteral("language"), p.language);
  settings_->setValue(QStringLiteral("idle_minutes"), p.idle_minutes);
  settings_->setValue(QStringLiteral("notification_text"), p.notification_text);
  settings_->setValue(QStringLiteral("discreet"), p.discreet);
  settings_->sync();
}

QString SettingsStore::path() const {
  return settings_->fileName();
}

QString effectiveLanguage(const QString& chosen, const QString& system_locale_name) {
  for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("en")}) {
    if (chosen == lang) return lang;
  }
  const QString system = system_locale_name.left(2).toLower();
  if (system == QLatin1String("fr") || system == QLatin1String("nl")) return system;
  return QStringLiteral("en");
}

QList<InterfaceLanguage> interfaceLanguages() {
  return {{QStringLiteral("fr"), QStringLiteral("Fran\u00e7ais")},
          {QStringLiteral("nl"), QStringLiteral("Nederlands")},
          {QStringLiteral("en"), QStringLiteral("English")}};
}

QString resolveHome(const QString& given) {
  if (!given.isEmpty()) return given;
  const QString env = qEnvironmentVariable("RELAIS_HOME");
  if (!env.isEmpty()) return env;
  return QDir::home().filePath(QStringLiteral(".relais"));
}

}  // namespace relais::qt

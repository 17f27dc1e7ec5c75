#include "client-qt/core/settings.h"

#include <QDir>
#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace relais::qt {

SettingsStore::SettingsStore(const QString& home)
    : settings_(std::make_unique<QSettings>(QDir(home).filePath(QStringLiteral("relais-qt.ini")),
                                            QSettings::IniFormat)) {}

Preferences SettingsStore::load() const {
  Preferences p;
  const QString language = settings_->value(QStringLiteral("language")).toString();
  for (const auto& l : interfaceLanguages()) {
    if (language == l.code) p.language = language;
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
  // Only the shipped codes, each once: a damaged file cannot offer a language that is not there.
  // QSettings reads "fr,en" as a list, and one code as a string.
  const QVariant stored = settings_->value(QStringLiteral("relay_languages"));
  const QStringList relay = stored.typeId() == QMetaType::QStringList
                                ? stored.toStringList()
                                : stored.toString().split(QLatin1Char(','));
  QStringList shipped;
  for (const auto& l : interfaceLanguages()) shipped << l.code;
  for (const auto& l : offeredLanguages(relay)) p.relay_languages << l.code;
  if (p.relay_languages == shipped) p.relay_languages.clear();
  return p;
}

void SettingsStore::store(const Preferences& p) {
  settings_->setValue(QStringLiteral("language"), p.language);
  settings_->setValue(QStringLiteral("idle_minutes"), p.idle_minutes);
  settings_->setValue(QStringLiteral("notification_text"), p.notification_text);
  settings_->setValue(QStringLiteral("discreet"), p.discreet);
  settings_->setValue(QStringLiteral("relay_languages"), p.relay_languages);
  settings_->sync();
}

QString SettingsStore::path() const {
  return settings_->fileName();
}

QString effectiveLanguage(const QString& chosen, const QString& system_locale_name,
                          const QStringList& offered) {
  const QList<InterfaceLanguage> languages = offeredLanguages(offered);
  auto offers = [&](const QString& code) {
    return std::any_of(languages.begin(), languages.end(),
                       [&](const InterfaceLanguage& l) { return l.code == code; });
  };
  const QString system = system_locale_name.left(2).toLower();
  // The same order as the relay's data falls back in (engine::in_language), after the person's.
  for (const QString& code : {chosen, system, QStringLiteral("en"), QStringLiteral("fr"),
                              QStringLiteral("nl")}) {
    if (!code.isEmpty() && offers(code)) return code;
  }
  return languages.first().code;
}

QList<InterfaceLanguage> offeredLanguages(const QStringList& offered) {
  const QList<InterfaceLanguage> shipped = interfaceLanguages();
  QList<InterfaceLanguage> languages;
  for (const QString& code : offered) {
    for (const auto& l : shipped) {
      const bool taken = std::any_of(languages.begin(), languages.end(),
                                     [&](const InterfaceLanguage& t) { return t.code == code; });
      if (l.code == code && !taken) languages << l;
    }
  }
  return languages.isEmpty() ? shipped : languages;
}

QString ownName(const QString& code) {
  for (const auto& l : interfaceLanguages()) {
    if (l.code == code) return l.own_name;
  }
  return code;
}

QList<InterfaceLanguage> interfaceLanguages() {
  // Belgium's languages first, then those of the people outreach workers meet
  // (docs/translations.md); each has its finished client-qt/i18n/relais_<code>.ts.
  return {{QStringLiteral("fr"), QStringLiteral("Fran\u00e7ais")},
          {QStringLiteral("nl"), QStringLiteral("Nederlands")},
          {QStringLiteral("en"), QStringLiteral("English")},
          {QStringLiteral("es"), QStringLiteral("Espa\u00f1ol")},
          {QStringLiteral("pt"), QStringLiteral("Portugu\u00eas")},
          {QStringLiteral("ro"), QStringLiteral("Rom\u00e2n\u0103")},
          {QStringLiteral("bg"),
           QStringLiteral("\u0411\u044a\u043b\u0433\u0430\u0440\u0441\u043a\u0438")},
          {QStringLiteral("sq"), QStringLiteral("Shqip")}};
}

QString languageInItself(const QString& code) {
  const QLocale locale(code);
  if (code.size() != 2 || locale.language() == QLocale::C) return code;
  QString name = locale.nativeLanguageName();
  // Qt 6.4's data names Spanish with its country ("español de España"): the language alone is
  // meant, and the longer name cut the worker desk's queue lines at 1280x800.
  const QString territory = locale.nativeTerritoryName();
  if (!territory.isEmpty() && name.endsWith(QLatin1Char(' ') + territory)) {
    QStringList words =
        name.left(name.size() - territory.size()).simplified().split(QLatin1Char(' '));
    if (words.size() > 1 && words.last().size() <= 3) words.removeLast();  // "de", "do", "von"
    name = words.join(QLatin1Char(' '));
  }
  return name.isEmpty() ? code : name;
}

QString resolveHome(const QString& given) {
  if (!given.isEmpty()) return given;
  const QString env = qEnvironmentVariable("RELAIS_HOME");
  if (!env.isEmpty()) return env;
  return QDir::home().filePath(QStringLiteral(".relais"));
}

}  // namespace relais::qt

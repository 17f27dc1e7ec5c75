#include "client-qt/core/brussels_time.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace relais::qt {

QString brusselsTime(uint64_t time_ms) {
  static const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
  if (!brussels.isValid()) return {};
  const QDateTime t = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(time_ms), brussels);
  const QLocale locale;
  // 24-hour clock in every language: Belgian schedules are written so, and some locales' short
  // format (Albanian: "2:00 E PASDITES") would read as a different time of day.
  return locale.toString(t.date(), QLocale::LongFormat) + QLatin1Char(' ') +
         t.time().toString(QStringLiteral("HH:mm"));
}

QString brusselsClock(uint64_t time_ms) {
  static const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
  if (!brussels.isValid()) return {};
  return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(time_ms), brussels)
      .time()
      .toString(QStringLiteral("HH:mm"));
}

QString deviceTime(uint64_t time_ms) {
  const QDateTime t = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(time_ms)).toLocalTime();
  return QLocale().toString(t, QLocale::ShortFormat);
}

}  // namespace relais::qt

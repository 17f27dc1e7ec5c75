// Every shipped translation of relais-qt (client-qt/i18n/relais_*.ts) is finished: no message
// left "unfinished" or empty, every plural form written, and every placeholder of the English
// (%1, %n, ...) kept, so that no person reads English, or a sentence with a hole, in a language
// the program claims to speak. The source language's file (English) holds the plural forms only.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

#include "client-qt/core/brussels_time.h"

namespace {

QSet<QString> placeholders(const QString& text) {
  static const QRegularExpression kPlaceholder(QStringLiteral("%(?:n|L?[1-9])"));
  QSet<QString> out;
  for (auto it = kPlaceholder.globalMatch(text); it.hasNext();) out.insert(it.next().captured());
  return out;
}

// One sentence per problem of the .ts text `xml` (named `file` in the sentences).
QStringList tsProblems(const QByteArray& xml, const QString& file) {
  QStringList problems;
  QXmlStreamReader r(xml);
  QString language, context, source, kind;
  bool numerus = false, in_translation = false;
  QStringList forms;
  QString translation;
  const auto say = [&](const QString& what) {
    problems << QStringLiteral("%1 [%2] \"%3\": %4").arg(file, context, source.left(60), what);
  };
  while (!r.atEnd()) {
    r.readNext();
    const auto name = r.name();
    if (r.isStartElement()) {
      if (name == QLatin1String("TS")) {
        language = r.attributes().value(QLatin1String("language")).toString();
      } else if (name == QLatin1String("name")) {
        context = r.readElementText();
      } else if (name == QLatin1String("message")) {
        numerus = r.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        source.clear();
        forms.clear();
        translation.clear();
      } else if (name == QLatin1String("source")) {
        source = r.readElementText();
      } else if (name == QLatin1String("translation")) {
        kind = r.attributes().value(QLatin1String("type")).toString();
        in_translation = true;
        if (!numerus) {
          translation = r.readElementText();
          in_translation = false;
        }
      } else if (name == QLatin1String("numerusform") && in_translation) {
        forms << r.readElementText();
      }
    } else if (r.isEndElement() && name == QLatin1String("translation")) {
      in_translation = false;
    } else if (r.isEndElement() && name == QLatin1String("message")) {
      // The source language's own file only needs the plural forms ("%n member(s)").
      const bool needed = numerus || !language.startsWith(QLatin1String("en"));
      if (kind == QLatin1String("vanished") || kind == QLatin1String("obsolete") || !needed) {
        continue;
      }
      if (kind == QLatin1String("unfinished")) say(QStringLiteral("unfinished"));
      const QStringList written = numerus ? forms : QStringList{translation};
      if (written.isEmpty()) say(QStringLiteral("no plural forms"));
      for (const QString& t : written) {
        if (t.trimmed().isEmpty()) {
          say(QStringLiteral("empty translation"));
          continue;
        }
        QSet<QString> wanted = placeholders(source);
        // A plural form for exactly one may say "one" instead of %n ("1 membre", "un membre").
        if (numerus) wanted.remove(QStringLiteral("%n"));
        const QSet<QString> missing = wanted - placeholders(t);
        if (!missing.isEmpty()) {
          say(QStringLiteral("the translation lacks %1")
                  .arg(QStringList(missing.values()).join(' ')));
        }
      }
    }
  }
  if (r.hasError())
    problems << QStringLiteral("%1: not well-formed XML (%2)").arg(file, r.errorString());
  if (language.isEmpty()) problems << QStringLiteral("%1: no language attribute").arg(file);
  return problems;
}

}  // namespace

class TranslationsTest : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void everyShippedLanguageIsFinished() {
    const QDir dir(QStringLiteral(RELAIS_SOURCE_DIR "/client-qt/i18n"));
    const QStringList files = dir.entryList({QStringLiteral("relais_*.ts")}, QDir::Files);
    QVERIFY2(files.size() >= 3, "the French, Dutch and English files are shipped");
    QStringList problems;
    for (const QString& name : files) {
      QFile f(dir.filePath(name));
      QVERIFY(f.open(QIODevice::ReadOnly));
      problems << tsProblems(f.readAll(), name);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
  }

  // The check itself: each way a translation can fall short is caught, a finished one passes.
  void theCheckCatchesEveryShortfall() {
    const auto ts = [](const char* language, const char* messages) {
      return QByteArray(
                 "<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE TS><TS version=\"2.1\" "
                 "language=\"") +
             language + "\"><context><name>C</name>" + messages + "</context></TS>";
    };
    const char* good =
        "<message><source>Close %1</source><translation>Fermer %1</translation></message>"
        "<message numerus=\"yes\"><source>%n member(s)</source><translation>"
        "<numerusform>un membre</numerusform><numerusform>%n membres</numerusform>"
        "</translation></message>"
        "<message><source>Gone</source><translation "
        "type=\"vanished\">Parti</translation></message>";
    QCOMPARE(tsProblems(ts("fr", good), "good.ts"), QStringList());
    const char* unfinished =
        "<message><source>Close</source><translation type=\"unfinished\">Fermer</translation>"
        "</message>";
    QCOMPARE(tsProblems(ts("fr", unfinished), "x.ts").size(), 1);
    const char* empty = "<message><source>Close</source><translation></translation></message>";
    QCOMPARE(tsProblems(ts("nl", empty), "x.ts").size(), 1);
    const char* hole =
        "<message><source>Next opening: %1</source><translation>Ouverture</translation></message>";
    QVERIFY(tsProblems(ts("fr", hole), "x.ts").value(0).contains("%1"));
    const char* plural =
        "<message numerus=\"yes\"><source>%n day(s)</source><translation type=\"unfinished\">"
        "<numerusform></numerusform></translation></message>";
    QCOMPARE(tsProblems(ts("en", plural), "x.ts").size(), 2);  // unfinished, empty
    // English needs only its plural forms.
    QCOMPARE(tsProblems(ts("en", unfinished), "x.ts"), QStringList());
    QVERIFY(!tsProblems("<TS><context>", "broken.ts").isEmpty());
  }

  // The schedule's Brussels time is on a 24-hour clock in every shipped language: Albanian's
  // short format would say "2:00 E PASDITES", English "2:00 PM".
  void brusselsTimeIsOnA24HourClockInEveryLanguage() {
    const uint64_t tuesday_2pm_brussels = 1796734800000;  // 2026-12-08 13:00 UTC
    for (const char* name :
         {"fr_BE", "nl_BE", "en_GB", "en_US", "es_ES", "pt_PT", "ro_RO", "bg_BG", "sq_AL"}) {
      QLocale::setDefault(QLocale(QString::fromLatin1(name)));
      const QString shown = relais::qt::brusselsTime(tuesday_2pm_brussels);
      QVERIFY2(shown.endsWith(QLatin1String(" 14:00")), qPrintable(name + (": " + shown)));
      QVERIFY2(shown.contains(QLatin1String("2026")), qPrintable(shown));
    }
    QLocale::setDefault(QLocale::c());
  }
};

QTEST_APPLESS_MAIN(TranslationsTest)
#include "translations_test.moc"

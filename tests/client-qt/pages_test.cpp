// Every page and dialog of relais-qt opened in every shipped language, on the offscreen
// platform: the first screen, the chat page with its panels (moderation, permanence, outreach
// desk), the settings, the resources, the administration, the passphrase change, the help and
// the toolbar. A visible text that is one of relais-qt's English sources (client-qt/i18n/*.ts)
// while the language's catalog says it otherwise is an untranslated string: the test names it.
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "client-qt/core/settings.h"
#include "client-qt/ui/admin_dialog.h"
#include "client-qt/ui/chat_page.h"
#include "client-qt/ui/help_text.h"
#include "client-qt/ui/main_window.h"
#include "client-qt/ui/moderation_panel.h"
#include "client-qt/ui/passphrase_dialog.h"
#include "client-qt/ui/permanence_panel.h"
#include "client-qt/ui/resources_page.h"
#include "client-qt/ui/settings_dialog.h"
#include "client-qt/ui/welcome_page.h"
#include "client-qt/ui/worker_panel.h"

using namespace relais::qt;

namespace {

// English source -> the language's translation (the singular form for plurals).
QMap<QString, QString> catalog(const QString& language) {
  QMap<QString, QString> out;
  QFile file(QStringLiteral(RELAIS_SOURCE_DIR "/client-qt/i18n/relais_%1.ts").arg(language));
  if (!file.open(QIODevice::ReadOnly)) return out;
  QXmlStreamReader r(&file);
  QString source;
  while (!r.atEnd()) {
    r.readNext();
    if (!r.isStartElement()) continue;
    if (r.name() == QLatin1String("source")) {
      source = r.readElementText();
    } else if (r.name() == QLatin1String("translation")) {
      const QString text = r.readElementText(QXmlStreamReader::IncludeChildElements);
      out.insert(source, text.trimmed());
    }
  }
  return out;
}

// Every text a person can read in `root` and its children that are shown.
QStringList visibleTexts(QWidget* root) {
  QStringList texts{root->windowTitle()};
  QList<QWidget*> widgets = root->findChildren<QWidget*>();
  widgets.prepend(root);
  for (QWidget* w : widgets) {
    if (w != root && !w->isVisibleTo(root)) continue;
    if (auto* l = qobject_cast<QLabel*>(w)) texts << l->text();
    if (auto* b = qobject_cast<QAbstractButton*>(w)) texts << b->text() << b->toolTip();
    if (auto* g = qobject_cast<QGroupBox*>(w)) texts << g->title();
    if (auto* e = qobject_cast<QLineEdit*>(w)) texts << e->placeholderText();
    if (auto* c = qobject_cast<QComboBox*>(w)) {
      for (int i = 0; i < c->count(); ++i) texts << c->itemText(i);
    }
    if (auto* t = qobject_cast<QTabWidget*>(w)) {
      for (int i = 0; i < t->count(); ++i) texts << t->tabText(i);
    }
    for (QAction* a : w->actions()) texts << a->text() << a->toolTip();
  }
  texts.removeAll(QString());
  return texts;
}

// The texts of `root` that are English sources the catalog translates otherwise. The language
// chooser names each language in itself ("English"), in every language: that is not one.
QStringList untranslated(QWidget* root, const QMap<QString, QString>& translated) {
  QStringList own_names;
  for (const auto& l : interfaceLanguages()) own_names << l.own_name;
  QStringList found;
  for (const QString& text : visibleTexts(root)) {
    if (own_names.contains(text)) continue;
    const auto it = translated.find(text);
    if (it != translated.end() && it.value() != text) found << text;
  }
  return found;
}

}  // namespace

class PagesTest : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { qputenv("RELAIS_VAULT_KDF_LOG2N", "10"); }

  void everyPageInEveryLanguage_data() {
    QTest::addColumn<QString>("language");
    for (const auto& l : interfaceLanguages()) {
      if (l.code != QLatin1String("en")) QTest::newRow(qPrintable(l.code)) << l.code;
    }
  }

  void everyPageInEveryLanguage() {
    QFETCH(QString, language);
    const QMap<QString, QString> translated = catalog(language);
    QVERIFY2(translated.size() > 400, qPrintable(language));
    QTemporaryDir home;
    SettingsStore(home.path()).store({language, 10, false, false, {}});
    MainWindow w(home.path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.language(), language);

    QStringList problems;
    int checked = 0;
    auto check = [&](const QString& page, QWidget* widget) {
      widget->show();
      QCoreApplication::processEvents();
      checked += static_cast<int>(visibleTexts(widget).size());
      for (const QString& text : untranslated(widget, translated)) {
        problems << QStringLiteral("%1: \"%2\" is not in %3").arg(page, text, language);
      }
    };
    check(QStringLiteral("the first screen"), w.welcomePage());
    check(QStringLiteral("the main window"), &w);
    check(QStringLiteral("the chat page"), w.chatPage());
    ModerationPanel moderation(w.workspace());
    check(QStringLiteral("the moderation panel"), &moderation);
    PermanencePanel permanence(w.workspace());
    check(QStringLiteral("the permanence panel"), &permanence);
    WorkerPanel desk(w.workspace());
    check(QStringLiteral("the outreach desk"), &desk);
    SettingsDialog settings(w.preferences());
    check(QStringLiteral("the settings"), &settings);
    ResourcesDialog resources(language);
    check(QStringLiteral("the resources"), &resources);
    AdminDialog admin(w.host());
    check(QStringLiteral("the administration"), &admin);
    PassphraseDialog passphrase(w.host());
    check(QStringLiteral("the passphrase change"), &passphrase);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    QVERIFY(checked > 100);

    // The help: no English sentence of relais-qt's in it.
    const QString help = helpText(home.path(), home.path() + "/relais-qt.ini");
    for (auto it = translated.begin(); it != translated.end(); ++it) {
      if (it.key().size() > 30 && it.value() != it.key() && !it.key().contains('%')) {
        QVERIFY2(!help.contains(it.key()), qPrintable(language + ": " + it.key()));
      }
    }
    // The pages' titles, by name: translated, never the English.
    const QString quick_exit = w.findChild<QAbstractButton*>("quickExitButton")->text();
    QCOMPARE(quick_exit, translated.value("Quick exit"));
    QVERIFY(quick_exit != QLatin1String("Quick exit"));
    QCOMPARE(resources.windowTitle(), translated.value("Help and resources"));
  }

  // The check finds an English text where one is left.
  void anUntranslatedTextIsFound() {
    const QMap<QString, QString> french = catalog("fr");
    QWidget page;
    auto* title = new QLabel("Quick exit", &page);
    auto* button = new QPushButton(french.value("Send"), &page);
    auto* hidden = new QLabel("Settings", &page);
    hidden->hide();
    page.show();
    QCOMPARE(untranslated(&page, french), QStringList{"Quick exit"});
    title->setText(french.value("Quick exit"));
    QVERIFY(untranslated(&page, french).isEmpty());
    button->setToolTip("Lock");  // a tooltip is read too
    QCOMPARE(untranslated(&page, french), QStringList{"Lock"});
  }
};

QTEST_MAIN(PagesTest)
#include "pages_test.moc"

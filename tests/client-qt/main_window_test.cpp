// The window's logic on the offscreen platform: the first-start form and its checks, the quick
// exit (double Escape and the button: every window hidden, the profile locked, in well under a
// second), the auto-lock, the translations compiled into the program, and discretion.
#include "client-qt/ui/main_window.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

#include "client-qt/ui/chat_page.h"
#include "client-qt/ui/help_text.h"
#include "client-qt/ui/resources_page.h"
#include "client-qt/ui/welcome_page.h"

using namespace relais::qt;

class MainWindowTest : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { qputenv("RELAIS_VAULT_KDF_LOG2N", "10"); }

  void init() {
    dir_ = std::make_unique<QTemporaryDir>();
    SettingsStore(dir_->path()).store({"en", 10, false, false, {}});
  }

  void firstStartShowsTheCreateForm() {
    MainWindow w(dir_->path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.welcomePage()->isVisible());
    QVERIFY(w.welcomePage()->showingCreate());
    auto* warning = w.findChild<QLabel*>("passphraseWarning");
    QVERIFY(warning);
    QVERIFY(warning->text().contains("recover"));
    auto* hint = w.findChild<QLabel*>("strengthLabel");
    auto* passphrase = w.findChild<QLineEdit*>("passphraseEdit");
    QVERIFY(hint && passphrase);
    QTest::keyClicks(passphrase, "abc");
    QVERIFY(hint->text().startsWith("Weak"));
    passphrase->clear();
    QTest::keyClicks(passphrase, "velo tulipe orage");
    QCOMPARE(hint->text(), QString("Strong."));
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
  }

  void theFormRefusesWeakOrDifferentPassphrases() {
    MainWindow w(dir_->path());
    w.show();
    QSignalSpy create(w.welcomePage(), &WelcomePage::createRequested);
    auto* message = w.findChild<QLabel*>("welcomeMessage");
    QTest::keyClicks(w.findChild<QLineEdit*>("relayEdit"), "ws://127.0.0.1:9");
    QTest::keyClicks(w.findChild<QLineEdit*>("nameEdit"), "amandine");
    QTest::keyClicks(w.findChild<QLineEdit*>("passphraseEdit"), "short");
    QTest::keyClicks(w.findChild<QLineEdit*>("confirmEdit"), "short");
    QTest::mouseClick(w.findChild<QPushButton*>("createButton"), Qt::LeftButton);
    QCOMPARE(create.count(), 0);
    // Each refusal right under the field it is about, nothing at the foot of the window.
    auto* passphrase_error = w.findChild<QLabel*>("passphraseError");
    auto* confirm_error = w.findChild<QLabel*>("confirmError");
    QVERIFY(passphrase_error && confirm_error);
    QVERIFY(passphrase_error->text().contains("weak"));
    QVERIFY(passphrase_error->isVisible());
    QVERIFY(message->text().isEmpty());
    QVERIFY(!confirm_error->isVisible());
    w.findChild<QLineEdit*>("passphraseEdit")->setText("velo tulipe orage");
    w.findChild<QLineEdit*>("confirmEdit")->setText("velo tulipe orange");
    QTest::mouseClick(w.findChild<QPushButton*>("createButton"), Qt::LeftButton);
    QCOMPARE(create.count(), 0);
    QVERIFY(confirm_error->text().contains("differ"));
    QVERIFY(confirm_error->isVisible());
    QVERIFY(!passphrase_error->isVisible());
    // Just under its field: below the confirmation box and above the invite code.
    auto* confirm = w.findChild<QLineEdit*>("confirmEdit");
    auto* invite = w.findChild<QLineEdit*>("inviteEdit");
    const int error_top = confirm_error->mapTo(&w, QPoint(0, 0)).y();
    QVERIFY(error_top > confirm->mapTo(&w, QPoint(0, 0)).y());
    QVERIFY(error_top < invite->mapTo(&w, QPoint(0, 0)).y());
  }

  // The first screen's refusals in the person's language, never the library's English.
  void firstStartErrorsAreInFrench() {
    SettingsStore(dir_->path()).store({"fr", 10, false, false, {}});
    MainWindow w(dir_->path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // About the relay: under its address.
    auto* message = w.findChild<QLabel*>("relayError");
    QTest::keyClicks(w.findChild<QLineEdit*>("relayEdit"), "http://relay.example");
    QTest::keyClicks(w.findChild<QLineEdit*>("nameEdit"), "amandine");
    QTest::keyClicks(w.findChild<QLineEdit*>("passphraseEdit"), "velo tulipe orage");
    QTest::keyClicks(w.findChild<QLineEdit*>("confirmEdit"), "velo tulipe orage");
    QTest::mouseClick(w.findChild<QPushButton*>("createButton"), Qt::LeftButton);
    QCOMPARE(message->text(), QString("L'adresse du relais doit commencer par ws:// ou wss://."));
    // A relay nobody answers at: the reason in French, with the address.
    w.findChild<QLineEdit*>("relayEdit")->setText("ws://127.0.0.1:9");
    QTest::mouseClick(w.findChild<QPushButton*>("createButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains("127.0.0.1:9"), 10'000);
    QVERIFY2(message->text().contains("joindre"), qPrintable(message->text()));
    QVERIFY2(!message->text().contains("unreachable"), qPrintable(message->text()));
    QVERIFY2(!message->text().contains("Connection refused"), qPrintable(message->text()));
    QVERIFY(message->isVisible());
    QVERIFY(w.findChild<QLabel*>("welcomeMessage")->text().isEmpty());
  }

  void doubleEscapeHidesEverythingAndLocks() {
    MainWindow w(dir_->path());
    QDialog other;  // a second window of the application
    w.show();
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QSignalSpy done(&w, &MainWindow::quickExitDone);
    // The focus is in a line edit, which would swallow Escape if the filter looked there.
    w.findChild<QLineEdit*>("relayEdit")->setFocus();
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(w.windowHandle(), Qt::Key_Escape);
    QVERIFY(w.isVisible());  // one press does nothing
    QTest::keyClick(w.windowHandle(), Qt::Key_Escape);
    QCOMPARE(done.count(), 1);
    QVERIFY(clock.elapsed() < 500);
    QVERIFY(!w.isVisible());
    QVERIFY(!other.isVisible());
    QVERIFY(!w.host().unlocked());
    QVERIFY(w.statusBar()->currentMessage().isEmpty());
    QVERIFY(!w.findChild<QAction*>("lockAction")->isEnabled());
  }

  void escapesFarApartDoNothing() {
    MainWindow w(dir_->path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy done(&w, &MainWindow::quickExitDone);
    QTest::keyClick(w.windowHandle(), Qt::Key_Escape);
    QTest::qWait(static_cast<int>(QuickExit::kDoubleEscapeMs) + 100);
    QTest::keyClick(w.windowHandle(), Qt::Key_Escape);
    QCOMPARE(done.count(), 0);
    QVERIFY(w.isVisible());
  }

  void theQuickExitButtonIsVisible() {
    MainWindow w(dir_->path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* button = w.findChild<QToolButton*>("quickExitButton");
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QSignalSpy done(&w, &MainWindow::quickExitDone);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(done.count(), 1);
    QVERIFY(clock.elapsed() < 500);
    QVERIFY(!w.isVisible());
  }

  void translationsAreBuiltIn() {
    MainWindow w(dir_->path());
    w.show();
    auto* button = w.findChild<QToolButton*>("quickExitButton");
    QCOMPARE(button->text(), QString("Quick exit"));
    Preferences p = w.preferences();
    p.language = "fr";
    w.applyPreferences(p);
    QCOMPARE(w.language(), QString("fr"));
    QCOMPARE(w.findChild<QToolButton*>("quickExitButton")->text(), QString("Sortie rapide"));
    {
      // Qt's own buttons, from Debian's qt6-translations-l10n (deploy/install-deps.sh).
      QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
      QCOMPARE(buttons.button(QDialogButtonBox::Close)->text().remove('&'), QString("Fermer"));
      QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove('&'), QString("Annuler"));
      // Dates as in Belgium, in French.
      QCOMPARE(QLocale().toString(QDate(2026, 11, 24), QLocale::LongFormat),
               QString("mardi 24 novembre 2026"));
    }
    QVERIFY(w.findChild<QLabel*>("passphraseWarning")->text().contains("phrase secrète"));
    QCOMPARE(w.workspace().language(), QString("fr"));
    p.language = "nl";
    w.applyPreferences(p);
    QCOMPARE(w.findChild<QToolButton*>("quickExitButton")->text(), QString("Snel weg"));
    {
      QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
      QCOMPARE(buttons.button(QDialogButtonBox::Close)->text().remove('&'), QString("Sluiten"));
      QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove('&'), QString("Annuleren"));
    }
    // The choice is kept for the next start.
    QCOMPARE(SettingsStore(dir_->path()).load().language, QString("nl"));
    p.language = "en";
    w.applyPreferences(p);
  }

  // The first screen offers the languages in their own names, before any profile exists.
  void theLanguageIsChosenOnTheFirstScreen() {
    MainWindow w(dir_->path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* chooser = w.findChild<QComboBox*>("welcomeLanguage");
    QVERIFY(chooser && chooser->isVisible());
    QStringList names;
    for (int i = 0; i < chooser->count(); ++i) names << chooser->itemText(i);
    QCOMPARE(names,
             QStringList({"Fran\u00e7ais", "Nederlands", "English", "Espa\u00f1ol",
                          "Portugu\u00eas", "Rom\u00e2n\u0103",
                          "\u0411\u044a\u043b\u0433\u0430\u0440\u0441\u043a\u0438", "Shqip"}));
    QCOMPARE(chooser->currentText(), QString("English"));
    chooser->setCurrentIndex(chooser->findData("nl"));
    Q_EMIT chooser->activated(chooser->findData("nl"));  // as a click on it does
    QTRY_COMPARE(w.language(), QString("nl"));
    QCOMPARE(w.findChild<QToolButton*>("quickExitButton")->text(), QString("Snel weg"));
    QCOMPARE(w.findChild<QComboBox*>("welcomeLanguage")->currentText(), QString("Nederlands"));
    QVERIFY(w.welcomePage()->showingCreate());
    QCOMPARE(SettingsStore(dir_->path()).load().language, QString("nl"));
    // Bulgarian, in Cyrillic, from the first screen too (rebuilt in Dutch: find it again).
    chooser = w.findChild<QComboBox*>("welcomeLanguage");
    chooser->setCurrentIndex(chooser->findData("bg"));
    Q_EMIT chooser->activated(chooser->findData("bg"));
    QTRY_COMPARE(w.language(), QString("bg"));
    QCOMPARE(w.findChild<QToolButton*>("quickExitButton")->text(),
             QString("\u0411\u044a\u0440\u0437 \u0438\u0437\u0445\u043e\u0434"));
  }

  void theCataloguesHaveNoUnfinishedEntry() {
    // Every string lupdate found has a French and a Dutch translation.
    for (const QString lang : {"fr", "nl", "es", "pt", "ro", "bg", "sq"}) {
      QFile ts(
          QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../client-qt/i18n/relais_%1.ts").arg(lang));
      QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
      const QString text = QString::fromUtf8(ts.readAll());
      QVERIFY(text.count("<message") > 150);
      QCOMPARE(text.count("type=\"unfinished\""), 0);
      QCOMPARE(text.count("<translation></translation>"), 0);
    }
  }

  void everyVisibleStringIsTranslated() {
    // lrelease leaves out unfinished entries: count what the French catalogue really holds.
    for (const QString lang : {"fr", "nl", "es", "pt", "ro", "bg", "sq"}) {
      QTranslator t;
      QVERIFY(t.load(QString(":/i18n/relais_%1.qm").arg(lang)));
      QVERIFY(!t.translate("relais::qt::ChatPage", "Rooms").isEmpty() ||
              !t.translate("relais::qt::ChatPage", "<b>Rooms</b>").isEmpty());
      QVERIFY(!t.translate("relais::qt::WelcomePage", "Create my profile").isEmpty());
      QVERIFY(!t.translate("relais::qt::ConversationModel", "%1 joined the room.").isEmpty());
      QVERIFY(!t.translate("Help", "Removing the program and its data").isEmpty());
    }
  }

  void theConversationHeaderFollowsTheRoom() {
    MainWindow w(dir_->path());
    ChatPage* page = w.chatPage();
    Workspace& ws = w.workspace();
    relais::engine::RoomSummary brussels;
    brussels.room = "brussels";
    ws.rooms()->setRooms({brussels});
    relais::engine::RoomItem alert;
    alert.room = "brussels";
    alert.seq = 1;
    alert.text = "Attention: faux client rue Neuve";
    alert.alert = true;
    alert.pinned_until_ms = relais::qt::wallClockMs() + 3'600'000;
    ws.conversation()->showRoom("brussels", {alert});
    Q_EMIT ws.conversationChanged();
    auto* join = page->findChild<QPushButton*>("joinButton");
    auto* pinned = page->findChild<QLabel*>("pinnedAlert");
    QVERIFY(!join->isHidden());
    QVERIFY(!page->composer()->isEnabled());
    QVERIFY(!pinned->isHidden());
    QVERIFY(pinned->text().contains("faux client rue Neuve"));
    QVERIFY(page->findChild<QLabel*>("conversationTitle")->text().contains("Brussels"));
    // Joined: the composer opens, the button goes.
    ws.rooms()->setJoined("brussels", true);
    QVERIFY(join->isHidden());
    QVERIFY(page->composer()->isEnabled());
    // Waiting for a moderator: neither.
    ws.rooms()->setJoined("brussels", false, /*pending=*/true);
    QVERIFY(join->isHidden());
    QVERIFY(!page->composer()->isEnabled());
    // The alert unpinned: the banner goes.
    relais::engine::RoomItem unpin;
    unpin.room = "brussels";
    unpin.seq = 2;
    unpin.is_event = true;
    unpin.event = relais::engine::RoomEventKind::unpinned;
    unpin.target_seq = 1;
    ws.conversation()->addRoomItem(unpin);
    QVERIFY(pinned->isHidden());
  }

  void discretionChangesTheTitle() {
    MainWindow w(dir_->path());
    QCOMPARE(w.windowTitle(), QString("Relais"));
    Preferences p = w.preferences();
    p.discreet = true;
    w.applyPreferences(p);
    QVERIFY(!w.windowTitle().contains("Relais"));
    QVERIFY(SettingsStore(dir_->path()).load().discreet);
  }

  void helpSaysWhatStaysAndHowToRemoveIt() {
    const QString html = helpText("/home/x/.relais", "/home/x/.relais/relais-qt.ini");
    QVERIFY(html.contains("/home/x/.relais"));
    QVERIFY(html.contains("installed"));
    QVERIFY(html.contains("Delete the folder"));
  }

  void theResourcesDirectoryIsBuiltIn() {
    const auto doc = builtInDirectory();
    QVERIFY(doc.has_value());
    const QString all = directoryHtml(*doc, "", "fr");
    for (const char* number : {"112", "101", "0800 30 030"}) QVERIFY2(all.contains(number), number);
    const QString gent = directoryHtml(*doc, "Gent", "nl");
    QVERIFY(gent.size() < all.size());
    QVERIFY(!directoryHtml(relais::engine::ResourceDirectory{}, "", "fr").contains("112"));
  }

  void theRelaysDirectoryReplacesTheBuiltInOne() {
    ResourcesDialog dialog("en");
    QVERIFY(dialog.directory().organisations.size() > 3);  // built in until then
    // What a relay or the cache hands over; one with no organisation leaves the shown one.
    QVERIFY(!relais::engine::parse_resources("not json"));
    QVERIFY(!relais::engine::parse_resources("[1,2]"));
    QVERIFY(!dialog.setDirectory(*relais::engine::parse_resources(R"({"emergency":[]})")));
    QVERIFY(dialog.directory().organisations.size() > 3);
    QVERIFY(dialog.setDirectory(*relais::engine::parse_resources(
        R"({"emergency":[{"number":"112","name_en":"Emergencies"}],
            "organisations":[{"name":"Relay Org","what_en":"From the relay","cities":["Gent"],
                              "needs_confirmation":true}]})")));
    const QString html = directoryHtml(dialog.directory(), "Gent", "en");
    QVERIFY(html.contains("Relay Org"));
    QVERIFY(html.contains("Not yet confirmed"));
    QVERIFY(!html.contains("Espace P"));
  }

 private:
  std::unique_ptr<QTemporaryDir> dir_;
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"

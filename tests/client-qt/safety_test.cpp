// The safety logic under the windows: the double-Escape timing of the quick exit, the idle
// lock, the passphrase hint, what notifications and the title reveal, and the preferences file.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "client-qt/core/idle_lock.h"
#include "client-qt/core/notification.h"
#include "client-qt/core/passphrase_strength.h"
#include "client-qt/core/quick_exit.h"
#include "client-qt/core/settings.h"

using namespace relais::qt;

class SafetyTest : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void twoEscapesCloseTogetherTrigger() {
    QuickExit q;
    QSignalSpy triggered(&q, &QuickExit::triggered);
    QVERIFY(!q.escapePressed(1000));
    QVERIFY(q.escapePressed(1000 + QuickExit::kDoubleEscapeMs));
    QCOMPARE(triggered.count(), 1);
  }

  void escapesFarApartDoNot() {
    QuickExit q;
    QSignalSpy triggered(&q, &QuickExit::triggered);
    QVERIFY(!q.escapePressed(1000));
    QVERIFY(!q.escapePressed(1000 + QuickExit::kDoubleEscapeMs + 1));
    // ... but the second one starts a new pair.
    QVERIFY(q.escapePressed(1000 + QuickExit::kDoubleEscapeMs + 200));
    QCOMPARE(triggered.count(), 1);
  }

  void aThirdEscapeStartsOver() {
    QuickExit q;
    QSignalSpy triggered(&q, &QuickExit::triggered);
    QVERIFY(!q.escapePressed(0));
    QVERIFY(q.escapePressed(100));
    QVERIFY(!q.escapePressed(200));  // not a second quick exit from one long burst
    QVERIFY(q.escapePressed(300));
    QCOMPARE(triggered.count(), 2);
  }

  void theButtonTriggersAtOnce() {
    QuickExit q;
    QSignalSpy triggered(&q, &QuickExit::triggered);
    q.trigger();
    QCOMPARE(triggered.count(), 1);
  }

  void idleLockFiresAfterTheTimeout() {
    IdleLock lock;
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.setTimeout(50);
    QVERIFY(lock.active());
    QVERIFY(idle.wait(2000));
    QCOMPARE(idle.count(), 1);
    QVERIFY(!lock.active());  // once, until poked again
  }

  void activityPostponesTheIdleLock() {
    IdleLock lock;
    QObject watched;
    lock.watch(&watched);
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.setTimeout(300);
    QElapsedTimer clock;
    clock.start();
    // Keep "typing" for 600 ms, twice the timeout: no lock meanwhile.
    while (clock.elapsed() < 600) {
      QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, "a");
      QCoreApplication::sendEvent(&watched, &key);
      QTest::qWait(20);
    }
    QCOMPARE(idle.count(), 0);
    QVERIFY(idle.wait(2000));
    QVERIFY(clock.elapsed() >= 600 + 250);
  }

  void zeroTurnsTheIdleLockOff() {
    IdleLock lock;
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.setTimeout(30);
    lock.setTimeout(0);
    QVERIFY(!lock.active());
    lock.poke();
    QVERIFY(!lock.active());
    QTest::qWait(80);
    QCOMPARE(idle.count(), 0);
    lock.setTimeout(-5);  // nonsense counts as off
    QVERIFY(!lock.active());
  }

  void stoppedWhileLocked() {
    IdleLock lock;
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.setTimeout(30);
    lock.stop();
    QTest::qWait(80);
    QCOMPARE(idle.count(), 0);
  }

  void passphraseHints_data() {
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<int>("strength");
    QTest::newRow("empty") << "" << int(PassphraseStrength::empty);
    QTest::newRow("short") << "abc1" << int(PassphraseStrength::weak);
    QTest::newRow("repeated") << "aaaaaaaaaaaaaaaaaaaaaaaa" << int(PassphraseStrength::weak);
    QTest::newRow("run") << "abcdefghijklmnop" << int(PassphraseStrength::weak);
    QTest::newRow("digits run") << "12345678901234567890" << int(PassphraseStrength::weak);
    QTest::newRow("one word") << "Papillon7" << int(PassphraseStrength::fair);
    QTest::newRow("three words") << "velo tulipe orage" << int(PassphraseStrength::strong);
    QTest::newRow("long sentence")
        << "Le chat de Liège dort sur le quai 9" << int(PassphraseStrength::strong);
  }

  void passphraseHints() {
    QFETCH(QString, passphrase);
    QFETCH(int, strength);
    const PassphraseHint hint = assessPassphrase(passphrase);
    QCOMPARE(int(hint.strength), strength);
    QVERIFY(!hint.text.isEmpty());
    QCOMPARE(
        hint.strength == PassphraseStrength::weak || hint.strength == PassphraseStrength::empty,
        hint.bits < kMinimumPassphraseBits);
  }

  void longerIsStronger() {
    QVERIFY(passphraseBits("tulipe orage") < passphraseBits("tulipe orage velo"));
    QVERIFY(passphraseBits("aaaa") < passphraseBits("abza"));
    QCOMPARE(passphraseBits(""), 0.0);
    // Oversize input still gives an answer, quickly.
    QVERIFY(passphraseBits(QString(100000, QChar('x'))) < kMinimumPassphraseBits);
  }

  void notificationsHideTheTextByDefault() {
    const NotificationText quiet =
        newMessageNotification(false, false, "Bruxelles", "amandine", "rdv 18h chez moi");
    QVERIFY(!quiet.body.contains("rdv"));
    QVERIFY(!quiet.body.contains("amandine"));
    QVERIFY(!quiet.body.contains("Bruxelles"));
    QCOMPARE(quiet.title, QString("Relais"));
    const NotificationText open =
        newMessageNotification(true, false, "Bruxelles", "amandine", "rdv 18h chez moi");
    QVERIFY(open.body.contains("rdv 18h chez moi"));
    QVERIFY(open.body.contains("amandine"));
    const NotificationText longer =
        newMessageNotification(true, false, "Bruxelles", "amandine", QString(5000, QChar('y')));
    QVERIFY(longer.body.size() < 300);
  }

  void discretionNeutralTitle() {
    QCOMPARE(windowTitle(false), QString("Relais"));
    QVERIFY(!windowTitle(true).contains("Relais", Qt::CaseInsensitive));
    const NotificationText n = newMessageNotification(false, true, "Gent", "x", "y");
    QVERIFY(!n.title.contains("Relais", Qt::CaseInsensitive));
  }

  void languageFollowsTheSystemUnlessChosen() {
    QCOMPARE(effectiveLanguage("", "fr_BE"), QString("fr"));
    QCOMPARE(effectiveLanguage("", "nl_BE"), QString("nl"));
    QCOMPARE(effectiveLanguage("", "de_DE"), QString("en"));
    QCOMPARE(effectiveLanguage("", ""), QString("en"));
    QCOMPARE(effectiveLanguage("nl", "fr_BE"), QString("nl"));
    QCOMPARE(effectiveLanguage("xx", "fr_BE"), QString("fr"));  // unknown choice: the system
    QCOMPARE(effectiveLanguage("", "ro_RO"), QString("ro"));
    QCOMPARE(effectiveLanguage("bg", "fr_BE"), QString("bg"));
  }

  // The operator turned languages off (relaisd --interface-languages): the person's choice,
  // else the system's, when offered; else English, French, Dutch, then the first offered.
  void aLanguageTheRelayTurnedOffFallsBackInTheStatedOrder() {
    const QStringList fr_en_bg{"fr", "en", "bg"};
    QCOMPARE(effectiveLanguage("bg", "fr_BE", fr_en_bg), QString("bg"));
    QCOMPARE(effectiveLanguage("ro", "C", fr_en_bg), QString("en"));
    QCOMPARE(effectiveLanguage("ro", "fr_BE", fr_en_bg), QString("fr"));  // the system's
    QCOMPARE(effectiveLanguage("", "ro_RO", fr_en_bg), QString("en"));
    QCOMPARE(effectiveLanguage("nl", "", {"bg", "fr", "nl"}), QString("nl"));
    QCOMPARE(effectiveLanguage("sq", "", {"bg", "nl", "fr"}), QString("fr"));
    QCOMPARE(effectiveLanguage("sq", "", {"bg", "nl"}), QString("nl"));
    QCOMPARE(effectiveLanguage("sq", "", {"ro", "bg"}), QString("ro"));  // the first offered
    QCOMPARE(effectiveLanguage("sq", "", {"bg", "ro"}), QString("bg"));
    // Nothing usable in the list (an old relay, a damaged file): every language.
    QCOMPARE(effectiveLanguage("sq", "", {}), QString("sq"));
    QCOMPARE(effectiveLanguage("sq", "", {"de", "xx"}), QString("sq"));
    QStringList shown;
    for (const auto& l : offeredLanguages({"bg", "fr", "de"})) shown << l.code;
    QCOMPARE(shown, QStringList({"bg", "fr"}));  // the operator's order, known codes only
    QCOMPARE(offeredLanguages({}).size(), interfaceLanguages().size());
  }

  void preferencesRoundTrip() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
      SettingsStore store(dir.path());
      const Preferences defaults = store.load();
      QCOMPARE(defaults.language, QString());
      QCOMPARE(defaults.idle_minutes, kDefaultIdleMinutes);
      QVERIFY(!defaults.notification_text);
      QVERIFY(!defaults.discreet);
      QVERIFY(defaults.relay_languages.isEmpty());
      store.store({"nl", 3, true, true, {"fr", "bg"}});
    }
    SettingsStore again(dir.path());
    const Preferences p = again.load();
    QCOMPARE(p.language, QString("nl"));
    QCOMPARE(p.relay_languages, QStringList({"fr", "bg"}));
    QCOMPARE(p.idle_minutes, 3);
    QVERIFY(p.notification_text);
    QVERIFY(p.discreet);
    QVERIFY(again.path().startsWith(dir.path()));
  }

  void malformedPreferencesFallBackToDefaults() {
    QTemporaryDir dir;
    QFile f(dir.filePath("relais-qt.ini"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "[General]\nlanguage=klingon\nidle_minutes=-40\nnotification_text=perhaps\n"
        "relay_languages=tlh,,bg,fr nl,bg\n"
        "\x01\x02 garbage line without equals\n");
    f.close();
    const Preferences p = SettingsStore(dir.path()).load();
    QCOMPARE(p.language, QString());
    QCOMPARE(p.relay_languages, QStringList({"bg"}));  // shipped codes only, once each
    QCOMPARE(p.idle_minutes, kDefaultIdleMinutes);
    QVERIFY(!p.notification_text);
    QFile big(dir.filePath("relais-qt.ini"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write("[General]\nidle_minutes=99999999999999\n");
    big.close();
    QCOMPARE(SettingsStore(dir.path()).load().idle_minutes, kDefaultIdleMinutes);
  }

  void homeFolder() {
    QCOMPARE(resolveHome("/tmp/given"), QString("/tmp/given"));
    qputenv("RELAIS_HOME", "/tmp/from-env");
    QCOMPARE(resolveHome(""), QString("/tmp/from-env"));
    qunsetenv("RELAIS_HOME");
    QVERIFY(resolveHome("").endsWith("/.relais"));
  }
};

QTEST_MAIN(SafetyTest)
#include "safety_test.moc"

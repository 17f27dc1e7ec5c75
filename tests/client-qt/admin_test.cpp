// The moderation log, the administration's checks and answers, the passphrase change, and the
// window's notification fallback. Profiles are real vaults holding an engine registered with
// the engine tests' in-memory relay; the relay address in them leads nowhere, so the engine
// stays offline and its requests fail at once, as they would with a relay that is down.
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "client-qt/core/admin_requests.h"
#include "client-qt/core/engine_host.h"
#include "client-qt/core/mod_log_model.h"
#include "client-qt/core/workspace.h"
#include "client-qt/ui/admin_dialog.h"
#include "client-qt/ui/main_window.h"
#include "client-qt/ui/moderation_panel.h"
#include "client-qt/ui/passphrase_dialog.h"
#include "core/vault/vault.h"
#include "tests/core/engine/live_relay.h"
#include "tests/support/process.h"

using namespace relais;
using namespace relais::qt;

namespace {

namespace ev = engine::event;

constexpr const char* kPassphrase = "velo tulipe orage";
constexpr const char* kNewPassphrase = "marais hibou lanterne";

AccountId id(uint8_t n) {
  std::string bytes(AccountId::kSize, '\0');
  bytes[0] = static_cast<char>(n);
  bytes[15] = 3;
  return *AccountId::from_bytes(bytes);
}

QString errorOf(const Status& st) {
  return st.ok() ? QString() : QString::fromStdString(st.error().message);
}

engine::ModLogItem entry(uint64_t time_ms, uint8_t actor, uint8_t target, const char* action,
                         uint64_t seq = 0, uint64_t duration_s = 0) {
  engine::ModLogItem e;
  e.time_ms = time_ms;
  e.actor = id(actor);
  if (target) e.target = id(target);
  // "kick", "grant moderator": the words of core/engine/words.h.
  const std::string words = action;
  const auto space = words.find(' ');
  e.action = engine::from_word<engine::ModLogAction>(words.substr(0, space))
                 .value_or(engine::ModLogAction::other);
  if (space != std::string::npos) e.role = engine::from_word<engine::Role>(words.substr(space + 1));
  e.seq = seq;
  e.duration_s = duration_s;
  return e;
}

// A registered profile in `home` under `passphrase`, its relay address a closed port.
bool makeProfile(const QString& home, const char* passphrase) {
  const std::string url = "ws://127.0.0.1:" + std::to_string(relais::testing::free_loopback_port());
  auto created = engine::Engine::create({"amandine", url, "", ""});
  if (!created) return false;
  // Registered with the relay's real request handling, in process.
  engine::testing::LiveRelay relay;
  engine::testing::Device device(std::move(*created));
  relay.connect_and_log_in(device);
  if (!device.engine.registered()) return false;
  crypto::ScryptParams params;
  params.log2_n = 10;
  auto v = vault::Vault::create(home.toStdString(), passphrase, params);
  return v && v->save(device.engine.serialize()).ok();
}

}  // namespace

class AdminTest : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    qputenv("RELAIS_VAULT_KDF_LOG2N", "10");
    // The English file carries the plural forms ("%n day(s)").
    QVERIFY(english_.load(":/i18n/relais_en.qm"));
    QCoreApplication::installTranslator(&english_);
  }

  // ---- The moderation log

  void modLogShowsTheAnswerNewestFirstWithNames() {
    EngineHost host;  // locked: the model works from the events alone
    ModLogModel log(host);
    log.setNameResolver([](const AccountId& a) {
      if (a == id(1)) return QString("amandine");
      if (a == id(2)) return QString("berenice");
      return QString();
    });
    QSignalSpy status(&log, &ModLogModel::statusChanged);
    log.awaitAnswer("brussels", 7);
    QVERIFY(log.loading());
    QVERIFY(!log.status().isEmpty());

    ev::ModLogRead read;
    read.request = 6;  // an older request (another room): not this answer
    read.room = "gent";
    read.entries = {entry(1000, 1, 2, "ban")};
    log.handle(read);
    QCOMPARE(log.rowCount(), 0);
    QVERIFY(log.loading());

    read.request = 7;
    read.room = "brussels";
    read.entries = {entry(1'000, 1, 2, "mute", 0, 7200),   entry(3'000, 1, 2, "grant moderator"),
                    entry(2'000, 1, 0, "remove", 42),      entry(4'000, 9, 2, "mute", 0, 0),
                    entry(5'000, 1, 2, "revoke outreach"), entry(6'000, 1, 2, "something-new")};
    log.handle(read);
    QVERIFY(!log.loading());
    QVERIFY(log.status().isEmpty());
    QCOMPARE(log.rowCount(), 6);
    auto at = [&](int row, int role) { return log.data(log.index(row), role); };
    // Newest first.
    for (int row = 1; row < log.rowCount(); ++row) {
      QVERIFY(at(row - 1, ModLogModel::TimeRole).toDateTime() >
              at(row, ModLogModel::TimeRole).toDateTime());
    }
    QCOMPARE(at(5, ModLogModel::ActionRole).toString(), QString("mute"));
    QCOMPARE(at(5, ModLogModel::ActorRole).toString(), QString("amandine"));
    QCOMPARE(at(5, ModLogModel::TargetRole).toString(), QString("berenice"));
    QCOMPARE(at(5, ModLogModel::DurationRole).toULongLong(), 7200ull);
    QCOMPARE(at(5, ModLogModel::SentenceRole).toString(),
             QString("amandine muted berenice for 2 h"));
    QCOMPARE(at(4, ModLogModel::SeqRole).toULongLong(), 42ull);
    QCOMPARE(at(4, ModLogModel::SentenceRole).toString(), QString("amandine removed message 42"));
    QCOMPARE(at(4, ModLogModel::TargetRole).toString(), QString());
    QCOMPARE(at(3, ModLogModel::RoleNameRole).toString(), QString("moderator"));
    QCOMPARE(at(3, ModLogModel::SentenceRole).toString(),
             QString("amandine made berenice moderator"));
    // Unknown actor: the start of the id; a mute of 0 lifts it.
    const QString unknown = QString::fromStdString(id(9).text()).left(8);
    QCOMPARE(at(2, ModLogModel::ActorRole).toString(), unknown);
    QCOMPARE(at(2, ModLogModel::SentenceRole).toString(),
             QString("%1 let berenice speak again").arg(unknown));
    QCOMPARE(at(1, ModLogModel::SentenceRole).toString(),
             QString("amandine took the outreach worker role from berenice"));
    // An action of a newer relay reaches this program as "other": said as such, not dropped.
    QVERIFY(at(0, ModLogModel::SentenceRole).toString().contains("does not know"));
    // The time is shown, in local time, before the sentence.
    QVERIFY(
        at(0, Qt::DisplayRole).toString().endsWith(at(0, ModLogModel::SentenceRole).toString()));
    QVERIFY(at(0, Qt::DisplayRole).toString().size() >
            at(0, ModLogModel::SentenceRole).toString().size());
    QVERIFY(at(6, Qt::DisplayRole).isNull());
    QVERIFY(status.count() >= 2);

    // The same answer again changes nothing: nothing is awaited any more.
    read.entries.clear();
    log.handle(read);
    QCOMPARE(log.rowCount(), 6);
  }

  void modLogSaysWhenEmptyOrRefused() {
    EngineHost host;
    ModLogModel log(host);
    log.awaitAnswer("brussels", 3);
    log.handle(ev::ModLogRead{3, "brussels", {}});
    QCOMPARE(log.rowCount(), 0);
    QVERIFY(log.status().contains("Nothing"));

    log.awaitAnswer("brussels", 4);
    log.handle(ev::ModLogRead{4, "brussels", {entry(1, 1, 2, "kick")}});
    QCOMPARE(log.rowCount(), 1);
    log.awaitAnswer("brussels", 5);
    log.handle(ev::RequestFailed{99, engine::failure(engine::Problem::forbidden)});  // not ours
    QVERIFY(log.loading());
    log.handle(ev::RequestFailed{5, engine::failure(engine::Problem::forbidden)});
    QVERIFY(!log.loading());
    QCOMPARE(log.rowCount(), 0);  // nothing stale stays under a refusal
    // The refusal in this program's words (FailureText), not the relay's.
    QVERIFY2(log.status().contains("lacks the role"), qPrintable(log.status()));

    // Another room: the old rows go at once.
    log.awaitAnswer("brussels", 6);
    log.handle(ev::ModLogRead{6, "brussels", {entry(1, 1, 2, "kick")}});
    log.awaitAnswer("gent", 8);
    QCOMPARE(log.rowCount(), 0);
    // Locked: a refresh asks nothing and clears.
    log.refresh("gent");
    QVERIFY(!log.loading());
    QVERIFY(log.room().isEmpty());
  }

  void thePanelShowsTheLogOfItsRoom() {
    EngineHost host;
    Workspace ws(host);
    ModerationPanel panel(ws);
    panel.show();
    auto* log = panel.findChild<ModLogModel*>();
    QVERIFY(log);
    auto* view = panel.findChild<QListView*>("modLogView");
    QCOMPARE(view->model(), log);
    panel.setRoom("brussels");
    log->awaitAnswer("brussels", 11);
    log->handle(ev::ModLogRead{11, "brussels", {entry(1, 1, 2, "ban")}});
    QCOMPARE(view->model()->rowCount(), 1);
    // Another room: the rows of the first one go at once.
    panel.setRoom("gent");
    QCOMPARE(log->rowCount(), 0);
    // The tab shown asks again; locked, there is nothing to ask with and nothing stays.
    log->awaitAnswer("gent", 12);
    panel.findChild<QTabWidget*>("moderationTabs")->setCurrentIndex(1);
    QVERIFY(!log->loading());
    log->awaitAnswer("gent", 13);
    log->handle(ev::RequestFailed{13, engine::failure(engine::Problem::forbidden)});
    QVERIFY(panel.findChild<QLabel*>("modLogStatus")->text().contains("lacks the role"));
  }

  void durationsReadNaturally() {
    QCOMPARE(ModLogModel::durationText(90), QString("90 s"));
    QCOMPARE(ModLogModel::durationText(1800), QString("30 min"));
    QCOMPARE(ModLogModel::durationText(7200), QString("2 h"));
    QCOMPARE(ModLogModel::durationText(3 * 86400), QString("3 days"));
    QCOMPARE(ModLogModel::durationText(86400), QString("1 day"));
  }

  // ---- Administration: checks before anything is sent

  void accountIdsAreChecked() {
    const QString good = QString::fromStdString(id(5).text());
    QVERIFY(parseAccountId(good).ok());
    QVERIFY(*parseAccountId(good.toUpper()) == id(5));
    QVERIFY(*parseAccountId("  " + good.left(10) + " " + good.mid(10) + " ") == id(5));
    for (const QString& bad :
         {QString(), QString("abc"), good.left(25), good + "a", QString(26, QChar('!')),
          QString(26, QChar('a')).replace(3, 1, QChar(0xe9)), QString(100000, QChar('a'))}) {
      const auto r = parseAccountId(bad);
      QVERIFY2(!r.ok(), qPrintable(bad.left(40)));
      QCOMPARE(r.error().code, Errc::invalid_argument);
      QVERIFY(QString::fromStdString(r.error().message).contains("Relais id"));
    }
  }

  void rolesNeedTheRightScope() {
    QVERIFY(roleSpec("admin", "")->role == engine::Role::admin);
    QVERIFY(!roleSpec("admin", "brussels").ok());
    QCOMPARE(roleSpec("moderator", " brussels ")->scope, std::string("brussels"));
    QVERIFY(!roleSpec("moderator", "").ok());
    QVERIFY(!roleSpec("moderator", "Brussels").ok());
    QVERIFY(!roleSpec("moderator", QString(33, QChar('a'))).ok());
    QVERIFY(roleSpec("outreach", "espace-p")->role == engine::Role::outreach);
    QVERIFY(!roleSpec("outreach", "espace p").ok());
    QVERIFY(!roleSpec("member", "brussels").ok());
    QVERIFY(!roleSpec("", "").ok());
  }

  void roomsAndOrganisationsAreChecked() {
    RoomForm room;
    room.room = "liege";
    room.name_fr = "Liège";
    room.name_nl = "Luik";
    QVERIFY(roomSpec(room).ok());
    QCOMPARE(roomSpec(room)->policy, engine::JoinPolicy::open);
    RoomForm bad = room;
    bad.room = "";
    QVERIFY(!roomSpec(bad).ok());
    bad.room = "Liège";
    QVERIFY(!roomSpec(bad).ok());
    bad = room;
    bad.name_fr = "   ";
    QVERIFY(QString::fromStdString(roomSpec(bad).error().message).contains("French"));
    bad = room;
    bad.name_nl = QString(65, QChar('n'));
    QVERIFY(!roomSpec(bad).ok());
    bad = room;
    bad.policy = "closed";
    QVERIFY(!roomSpec(bad).ok());
    bad = room;
    bad.region = "not a room";
    QVERIFY(!roomSpec(bad).ok());

    OrgForm org;
    org.org = "espace-p";
    org.name = "Espace P";
    org.languages = "fr, NL,en";
    auto spec = orgSpec(org);
    QVERIFY(spec.ok());
    QCOMPARE(spec->languages, (std::vector<std::string>{"fr", "nl", "en"}));
    OrgForm badOrg = org;
    badOrg.org = "espace_p";
    QVERIFY(!orgSpec(badOrg).ok());
    badOrg = org;
    badOrg.name = "";
    QVERIFY(!orgSpec(badOrg).ok());
    badOrg = org;
    badOrg.languages = "french";
    QVERIFY(!orgSpec(badOrg).ok());
    badOrg.languages = "f1";
    QVERIFY(!orgSpec(badOrg).ok());
    badOrg = org;
    badOrg.description = QString(1001, QChar('d'));
    QVERIFY(!orgSpec(badOrg).ok());
    badOrg = org;
    badOrg.contact = QString(301, QChar('c'));
    QVERIFY(!orgSpec(badOrg).ok());
    QVERIFY(!parseLanguages("fr,nl,en,de,es,it,pt,pl,ro,ar,tr,ru,uk").ok());  // 13
    QVERIFY(parseLanguages("").ok());
  }

  void requestsCheckTheirInputFirst() {
    EngineHost host;  // locked
    AdminRequests admin(host);
    const QString someone = QString::fromStdString(id(4).text());
    QCOMPARE(admin.changeRole(true, "not-an-id", "admin", "").error().code, Errc::invalid_argument);
    QCOMPARE(admin.changeRole(true, someone, "moderator", "").error().code, Errc::invalid_argument);
    QCOMPARE(admin.createInvite("", 0, 7).error().code, Errc::invalid_argument);
    QCOMPARE(admin.createInvite("", 1001, 7).error().code, Errc::invalid_argument);
    QCOMPARE(admin.createInvite("", 1, -1).error().code, Errc::invalid_argument);
    QCOMPARE(admin.createInvite("Bad Room", 1, 7).error().code, Errc::invalid_argument);
    QCOMPARE(admin.createRoom(RoomForm{}).error().code, Errc::invalid_argument);
    QCOMPARE(admin.createOrg(OrgForm{}).error().code, Errc::invalid_argument);
    // Good input, but locked: nothing to send it with.
    QCOMPARE(admin.changeRole(false, someone, "admin", "").error().code, Errc::permission);
    QCOMPARE(admin.createInvite("", 1, 0).error().code, Errc::permission);
    QVERIFY(!admin.waiting());
    // Answers to requests that are not ours are not ours to show.
    QSignalSpy refused(&admin, &AdminRequests::refused);
    QSignalSpy done(&admin, &AdminRequests::done);
    admin.handle(ev::RequestFailed{1, engine::failure(engine::Problem::forbidden)});
    admin.handle(ev::Done{1});
    admin.handle(ev::InviteCreated{1, "code", 0});
    QCOMPARE(refused.count() + done.count(), 0);
  }

  void theDialogSaysWhatIsWrong() {
    EngineHost host;
    AdminDialog dialog(host);
    dialog.show();
    dialog.findChild<QLineEdit*>("adminAccount")->setText("12345");
    QTest::mouseClick(dialog.findChild<QPushButton*>("adminGrant"), Qt::LeftButton);
    QVERIFY2(dialog.message().contains("Relais id"), qPrintable(dialog.message()));
    QTest::mouseClick(dialog.findChild<QPushButton*>("createRoomButton"), Qt::LeftButton);
    QVERIFY2(dialog.message().contains("room id"), qPrintable(dialog.message()));
    QTest::mouseClick(dialog.findChild<QPushButton*>("createOrgButton"), Qt::LeftButton);
    QVERIFY2(dialog.message().contains("organisation id"), qPrintable(dialog.message()));
    // The code is shown selectable, with its end date.
    Q_EMIT dialog.requests().inviteCreated("k7q2-abcd", QDateTime::currentDateTime().addDays(7));
    QCOMPARE(dialog.inviteCode(), QString("k7q2-abcd"));
    QVERIFY(dialog.findChild<QLineEdit*>("inviteCode")->isReadOnly());
    QVERIFY(!dialog.message().isEmpty());
  }

  // ---- With a real profile (offline)

  void refusalsComeBackAsSentences() {
    QTemporaryDir dir;
    const QString home = dir.filePath("p");
    QVERIFY(makeProfile(home, kPassphrase));
    EngineHost host;
    QVERIFY(host.unlock(home, kPassphrase).ok());
    AdminRequests admin(host);
    QSignalSpy refused(&admin, &AdminRequests::refused);
    QVERIFY(
        admin.changeRole(true, QString::fromStdString(id(4).text()), "moderator", "brussels").ok());
    // The engine is not logged in: the request fails at once, and says so.
    QCOMPARE(refused.count(), 1);
    QVERIFY(!refused.first().first().toString().isEmpty());
    QVERIFY(!admin.waiting());

    ModLogModel log(host);
    log.refresh("brussels");
    QVERIFY(!log.loading());
    QVERIFY2(log.status().contains("relay"), qPrintable(log.status()));
    host.lock();
    QVERIFY(log.status().isEmpty());  // locking clears it
  }

  void changingThePassphrase() {
    QTemporaryDir dir;
    const QString home = dir.filePath("p");
    QVERIFY(makeProfile(home, kPassphrase));
    EngineHost host;
    QSignalSpy changed(&host, &EngineHost::passphraseChanged);
    QCOMPARE(host.changePassphrase(kPassphrase, kNewPassphrase).error().code, Errc::permission);
    QVERIFY(host.unlock(home, kPassphrase).ok());
    // Refused at once: weak, empty, the same.
    Status st = host.changePassphrase(kPassphrase, "short");
    QCOMPARE(st.error().code, Errc::invalid_argument);
    QVERIFY(errorOf(st).contains("weak"));
    QCOMPARE(host.changePassphrase(kPassphrase, "").error().code, Errc::invalid_argument);
    QCOMPARE(host.changePassphrase(kPassphrase, kPassphrase).error().code, Errc::invalid_argument);
    QCOMPARE(changed.count(), 0);
    // A wrong current passphrase: found on the change's thread, told by the signal.
    QVERIFY(host.changePassphrase("wrong words entirely", kNewPassphrase).ok());
    QVERIFY(host.changingPassphrase());
    QCOMPARE(host.changePassphrase(kPassphrase, kNewPassphrase).error().code, Errc::unavailable);
    QVERIFY(changed.wait(10'000));
    QVERIFY2(changed.last().first().toString().contains("current passphrase"),
             qPrintable(changed.last().first().toString()));
    QVERIFY(!host.changingPassphrase());
    QVERIFY(host.unlocked());  // a refusal changes nothing
    st = host.changePassphrase(kPassphrase, kNewPassphrase);
    QVERIFY2(st.ok(), qPrintable(errorOf(st)));
    QVERIFY(changed.wait(10'000));
    QVERIFY2(changed.last().first().toString().isEmpty(),
             qPrintable(changed.last().first().toString()));
    QVERIFY(host.unlocked());
    host.lock();
    QCOMPARE(host.unlock(home, kPassphrase).error().code, Errc::wrong_passphrase);
    st = host.unlock(home, kNewPassphrase);
    QVERIFY2(st.ok(), qPrintable(errorOf(st)));
    QVERIFY(host.engine()->registered());
  }

  void lockingWaitsForAPassphraseChange() {
    QTemporaryDir dir;
    const QString home = dir.filePath("p");
    QVERIFY(makeProfile(home, kPassphrase));
    EngineHost host;
    QSignalSpy changed(&host, &EngineHost::passphraseChanged);
    QVERIFY(host.unlock(home, kPassphrase).ok());
    QVERIFY(host.changePassphrase(kPassphrase, kNewPassphrase).ok());
    host.lock();  // at once, as a quick exit would
    QVERIFY(!host.changingPassphrase());
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.first().first().toString().isEmpty());
    QVERIFY(host.unlock(home, kNewPassphrase).ok());
  }

  void thePassphraseDialogChecksBeforeAsking() {
    QTemporaryDir dir;
    const QString home = dir.filePath("p");
    QVERIFY(makeProfile(home, kPassphrase));
    EngineHost host;
    QVERIFY(host.unlock(home, kPassphrase).ok());
    PassphraseDialog dialog(host);
    auto* current = dialog.findChild<QLineEdit*>("currentPassphrase");
    auto* fresh = dialog.findChild<QLineEdit*>("newPassphrase");
    auto* confirm = dialog.findChild<QLineEdit*>("confirmPassphrase");
    QCOMPARE(current->echoMode(), QLineEdit::Password);
    QSignalSpy changed(&host, &EngineHost::passphraseChanged);
    dialog.submit();
    QVERIFY(dialog.message().contains("current"));
    current->setText(kPassphrase);
    fresh->setText(kNewPassphrase);
    confirm->setText("marais hibou lanterns");
    dialog.submit();
    QVERIFY(dialog.message().contains("differ"));
    QCOMPARE(changed.count(), 0);
    current->setText("not it at all");
    confirm->setText(kNewPassphrase);
    dialog.submit();
    QVERIFY(dialog.busy());
    QVERIFY(changed.wait(10'000));
    QVERIFY(!dialog.busy());
    QVERIFY2(dialog.message().contains("wrong"), qPrintable(dialog.message()));
    QVERIFY(current->text().isEmpty());  // a wrong one is not left there
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    current->setText(kPassphrase);
    dialog.submit();
    QVERIFY(changed.wait(10'000));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(fresh->text().isEmpty());
    host.lock();
    QVERIFY(host.unlock(home, kNewPassphrase).ok());
  }

  // ---- The window: notifications and the new actions

  void notificationsFallBackToTheStatusBar() {
    QTemporaryDir dir;
    MainWindow w(dir.path());
    QCOMPARE(w.trayIcon() != nullptr, QSystemTrayIcon::isSystemTrayAvailable());
    if (w.trayIcon()) QVERIFY(!w.trayIcon()->isVisible());  // locked: no tray icon
    QVERIFY(!w.findChild<QAction*>("passphraseAction")->isEnabled());
    QVERIFY(!w.findChild<QAction*>("adminAction")->isEnabled());
    Q_EMIT w.workspace().messageArrived("Bruxelles", "amandine", "rdv 18h chez moi", false);
    const QString shown = w.statusBar()->currentMessage();
    QVERIFY(!shown.isEmpty());
    QVERIFY(!shown.contains("rdv"));
    QVERIFY(!shown.contains("amandine"));
    Preferences p = w.preferences();
    p.notification_text = true;
    w.applyPreferences(p);
    Q_EMIT w.workspace().messageArrived("Bruxelles", "amandine", "rdv 18h chez moi", false);
    QVERIFY(w.statusBar()->currentMessage().contains("rdv 18h chez moi"));
  }

 private:
  QTranslator english_;
};

QTEST_MAIN(AdminTest)
#include "admin_test.moc"

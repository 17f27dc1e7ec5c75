// The engine host without a relay (errors found at once, a relay that is not there, a wrong
// passphrase, lock) and the workspace turning engine events into model changes.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "client-qt/core/engine_host.h"
#include "client-qt/core/workspace.h"
#include "core/vault/vault.h"
#include "tests/support/process.h"

using namespace relais;
using namespace relais::qt;

namespace {

AccountId id(uint8_t n) {
  std::string bytes(AccountId::kSize, '\0');
  bytes[0] = static_cast<char>(n);
  bytes[15] = 2;
  return *AccountId::from_bytes(bytes);
}

QString errorOf(const Status& st) {
  return st.ok() ? QString() : QString::fromStdString(st.error().message);
}

}  // namespace

class HostTest : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() { qputenv("RELAIS_VAULT_KDF_LOG2N", "10"); }

  void registrationRefusesBadInputAtOnce() {
    QTemporaryDir dir;
    EngineHost host;
    const QString home = dir.filePath("p");
    const QString good = "ws://127.0.0.1:9";
    const QString pass = "velo tulipe orage";
    Status st = host.beginRegistration(home, "http://relay.example", "amandine", pass);
    QVERIFY(!st.ok());
    QVERIFY2(errorOf(st).contains("relay address"), qPrintable(errorOf(st)));
    st = host.beginRegistration(home, "", "amandine", pass);
    QVERIFY(!st.ok());
    st = host.beginRegistration(home, good, "", pass);
    QVERIFY2(errorOf(st).contains("pseudonym"), qPrintable(errorOf(st)));
    // Each way a pseudonym is unusable in this program's words (FailureText), with the limit.
    st = host.beginRegistration(home, good, " spaced ", pass);
    QVERIFY2(errorOf(st).contains("start or end with a space"), qPrintable(errorOf(st)));
    st = host.beginRegistration(home, good, QString(65, QChar('n')), pass);  // oversize
    QVERIFY2(errorOf(st).contains("at most 64 bytes"), qPrintable(errorOf(st)));
    st = host.beginRegistration(home, good, QString("bad\nname"), pass);
    QVERIFY2(errorOf(st).contains("control characters"), qPrintable(errorOf(st)));
    {
      // And in the person's language.
      QTranslator french;
      QVERIFY(french.load(":/i18n/relais_fr.qm"));
      QCoreApplication::installTranslator(&french);
      st = host.beginRegistration(home, good, " spaced ", pass);
      QCoreApplication::removeTranslator(&french);
      QVERIFY2(errorOf(st).contains("Le pseudonyme n'est pas utilisable : Un nom ne peut ni "
                                    "commencer ni finir par une espace."),
               qPrintable(errorOf(st)));
    }
    st = host.beginRegistration(home, good, "amandine", "");
    QVERIFY(!st.ok());
    st = host.beginRegistration(home, good, "amandine", pass, "", dir.filePath("missing-ca.pem"));
    QVERIFY2(errorOf(st).contains("CA file"), qPrintable(errorOf(st)));
    st = host.beginRegistration("", good, "amandine", pass);
    QVERIFY(!st.ok());
    QVERIFY(!host.registering());
    QVERIFY(!host.unlocked());
    QVERIFY(!QFileInfo::exists(home + "/relais.vault"));
  }

  void anUnreachableRelayEndsTheRegistration() {
    QTemporaryDir dir;
    EngineHost host;
    QSignalSpy failed(&host, &EngineHost::registrationFailed);
    QSignalSpy links(&host, &EngineHost::linkChanged);
    const int port = relais::testing::free_loopback_port();  // nobody listens there
    QVERIFY(host.beginRegistration(dir.filePath("p"), QString("ws://127.0.0.1:%1").arg(port),
                                   "amandine", "velo tulipe orage")
                .ok());
    QVERIFY(host.registering());
    QCOMPARE(host.link(), EngineHost::Link::connecting);
    QVERIFY(failed.wait(5000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!host.registering());
    QVERIFY(!EngineHost::hasProfile(dir.filePath("p")));  // nothing kept without an account
    QCOMPARE(host.link(), EngineHost::Link::none);
  }

  void unlockErrors() {
    QTemporaryDir dir;
    EngineHost host;
    Status st = host.unlock(dir.filePath("nobody"), "x");
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, Errc::not_found);
    // A vault whose contents are not an engine state.
    const std::string home = dir.filePath("p").toStdString();
    crypto::ScryptParams params;
    params.log2_n = 10;
    {
      auto v = vault::Vault::create(home, "right words here", params);
      QVERIFY(v.ok());
      QVERIFY(v->save("definitely not a serialized engine").ok());
    }
    QVERIFY(EngineHost::hasProfile(dir.filePath("p")));
    st = host.unlock(dir.filePath("p"), "wrong words");
    QCOMPARE(st.error().code, Errc::wrong_passphrase);
    st = host.unlock(dir.filePath("p"), "right words here");
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, Errc::corrupt);
    QVERIFY(!host.unlocked());
    // An existing profile is never overwritten by a registration.
    st = host.beginRegistration(dir.filePath("p"), "ws://127.0.0.1:9", "amandine",
                                "velo tulipe orage");
    QCOMPARE(st.error().code, Errc::already_exists);
  }

  // The cost itself is core/profile's (tests/core/profile); here, that a bad one stops a
  // registration at once, before anything is created.
  void aBadKdfCostStopsTheRegistration() {
    QTemporaryDir dir;
    EngineHost host;
    for (const char* bad : {"9", "twelve"}) {
      qputenv("RELAIS_VAULT_KDF_LOG2N", bad);
      const Status st = host.beginRegistration(dir.filePath("p"), "ws://127.0.0.1:9", "amandine",
                                               "velo tulipe orage");
      QVERIFY(!st.ok());
      QVERIFY2(errorOf(st).contains("RELAIS_VAULT_KDF_LOG2N"), qPrintable(errorOf(st)));
      QVERIFY(!host.registering());
    }
    qputenv("RELAIS_VAULT_KDF_LOG2N", "10");
    QVERIFY(!EngineHost::hasProfile(dir.filePath("p")));
  }

  void lockingWhenLockedIsHarmless() {
    EngineHost host;
    QSignalSpy unlocked(&host, &EngineHost::unlockedChanged);
    host.lock();
    host.lock();
    bool ran = false;
    QVERIFY(!host.command([&](engine::Engine&) { ran = true; }));  // no engine to command
    QVERIFY(!ran);
    QCOMPARE(unlocked.count(), 0);
    QVERIFY(host.engine() == nullptr);
  }

  void workspaceFollowsEvents() {
    EngineHost host;  // locked: the workspace works from the events alone
    Workspace ws(host);
    ws.setLanguage("nl");
    engine::event::RoomsListed listed;
    engine::RoomSummary brussels;
    brussels.room = "brussels";
    brussels.joined = true;
    engine::RoomSummary gent;
    gent.room = "gent";
    listed.rooms = {brussels, gent};
    ws.handle(listed);
    QCOMPARE(ws.rooms()->rowCount(), 2);
    QCOMPARE(ws.rooms()->data(ws.rooms()->index(0), RoomListModel::NameRole).toString(),
             QString("Brussel"));

    QSignalSpy arrived(&ws, &Workspace::messageArrived);
    engine::RoomItem item;
    item.room = "brussels";
    item.seq = 1;
    item.from = id(1);
    item.sender_name = "amandine";
    item.text = "hallo";
    ws.handle(engine::event::RoomItemReceived{item});
    item.seq = 2;
    ws.handle(engine::event::RoomItemReceived{item});
    engine::RoomItem joined = item;
    joined.seq = 3;
    joined.is_event = true;
    joined.event = engine::RoomEventKind::joined;
    ws.handle(engine::event::RoomItemReceived{joined});  // events do not count as unread
    QCOMPARE(ws.rooms()->unread("brussels"), 2);
    QCOMPARE(arrived.count(), 2);
    QCOMPARE(arrived.first().at(0).toString(), QString("Brussel"));
    QCOMPARE(arrived.first().at(1).toString(), QString("amandine"));
    QVERIFY(!arrived.first().at(3).toBool());

    engine::event::RoomJoined j;
    j.room = "gent";
    j.pending = true;
    QSignalSpy info(&ws, &Workspace::info);
    ws.handle(j);
    QVERIFY(ws.rooms()
                ->data(ws.rooms()->index(ws.rooms()->rowOf("gent")), RoomListModel::PendingRole)
                .toBool());
    QCOMPARE(info.count(), 1);
    ws.handle(engine::event::JoinAnswered{"gent", true});
    QVERIFY(ws.rooms()
                ->data(ws.rooms()->index(ws.rooms()->rowOf("gent")), RoomListModel::JoinedRole)
                .toBool());

    engine::Message dm;
    dm.peer = id(7);
    dm.sender_name = "berenice";
    dm.text = "coucou";
    dm.time_ms = 5;
    ws.handle(engine::event::MessageReceived{dm});
    QCOMPARE(ws.directs()->rowCount(), 1);
    QCOMPARE(ws.directs()->unread(id(7)), 1);

    // Contacts by id: malformed ids are refused before anything else; locked, nothing happens.
    for (const QString& bad : {QString(), QString("abc"), QString(26, QChar('!')),
                               QString(27, QChar('a')), QString(100000, QChar('a'))}) {
      const Status st = ws.addContact("x", bad);
      QVERIFY(!st.ok());
      QCOMPARE(st.error().code, Errc::invalid_argument);
    }
    const Status locked = ws.addContact("x", QString::fromStdString(id(3).text()));
    QCOMPARE(locked.error().code, Errc::permission);
    QCOMPARE(ws.send("hello").error().code, Errc::permission);

    // Failures of requests that are not ours stay quiet.
    ws.handle(engine::event::RequestFailed{12345, engine::failure(engine::Problem::forbidden)});
    QCOMPARE(info.count(), 2);
    QVERIFY(ws.conversationTitle().isEmpty());
  }

  void ticketFollowsEvents() {
    EngineHost host;  // locked: the ticket follows the relay's answers and pushes alone
    Workspace ws(host);
    TicketSession* t = ws.ticket();
    QCOMPARE(t->state(), TicketSession::State::idle);
    QSignalSpy changed(t, &TicketSession::changed);
    QSignalSpy info(&ws, &Workspace::info);

    engine::event::PermanencesListed listed;
    engine::PermanenceView p;
    p.org = "espace-p";
    p.name = "Espace P";
    p.open = true;
    listed.permanences = {p};
    ws.handle(listed);
    QCOMPARE(ws.permanences()->rowCount(), 1);

    engine::event::TicketUpdated updated;
    updated.ticket.ticket = "t1";
    updated.ticket.org = "espace-p";
    updated.ticket.place = 3;
    updated.ticket.wait_estimate_s = 600;
    updated.ticket.language = "fr";
    ws.handle(updated);
    QCOMPARE(t->state(), TicketSession::State::waiting);
    QCOMPARE(t->org(), QString("espace-p"));
    QVERIFY(t->statusText().contains("3"));
    QVERIFY(t->statusText().contains("10 minute"));
    updated.ticket.place = 1;  // the queue moved
    ws.handle(updated);
    QCOMPARE(t->ticket().place, 1u);
    QCOMPARE(changed.count(), 2);
    // Writing before a worker took the ticket is refused at once.
    QVERIFY(!t->say("bonjour").ok());

    engine::event::TicketTaken taken;
    taken.conversation.ticket = "t1";
    taken.conversation.org = "espace-p";
    taken.conversation.peer = id(9);
    taken.conversation.as_worker = true;  // a worker's own take: not ours as a member
    ws.handle(taken);
    QCOMPARE(t->state(), TicketSession::State::waiting);
    taken.conversation.as_worker = false;
    ws.handle(taken);
    QCOMPARE(t->state(), TicketSession::State::talking);
    QVERIFY(t->ticket().worker == id(9));

    engine::Message m;
    m.peer = id(9);
    m.text = "Bonjour, je vous écoute.";
    m.ticket = "t1";
    m.time_ms = 10;
    ws.handle(engine::event::MessageReceived{m});
    QCOMPARE(t->lines().size(), size_t{1});
    QCOMPARE(t->lines()[0].text, QString("Bonjour, je vous écoute."));
    QCOMPARE(ws.directs()->rowCount(), 0);  // ticket messages stay out of the direct list
    // Another ticket's message (one this window no longer shows) is not ours, and never a
    // private conversation named after the worker.
    m.ticket = "other";
    ws.handle(engine::event::MessageReceived{m});
    QCOMPARE(t->lines().size(), size_t{1});
    QCOMPARE(ws.directs()->rowCount(), 0);
    // Her line confirmed once the relay is back, with no request of this run waiting for it (the
    // engine sends its outbox again after a restart or a lock): it is the ticket's, and the
    // worker never enters her private conversations. Nor does an out-of-hours copy's.
    // (The engine's history says which message it was; ALineConfirmedAfterARestartIsTheTickets
    // in the engine's tests shows it names the ticket. A confirmation the window cannot place is
    // never taken for a private one.)
    ws.handle(engine::event::MessageSent{0, id(9), "m-after-restart", 20});
    QCOMPARE(ws.directs()->rowCount(), 0);
    ws.handle(engine::event::MessageSent{4242, id(10), "m-after-a-lock", 21});
    QCOMPARE(ws.directs()->rowCount(), 0);

    ws.handle(engine::event::HandoffOffered{"other", id(10), "Sam"});
    QVERIFY(!t->handoffOffered());
    ws.handle(engine::event::HandoffOffered{"t1", id(10), "Sam"});
    QVERIFY(t->handoffOffered());
    QCOMPARE(t->handoffName(), QString("Sam"));  // she is asked with the colleague's name

    // She accepted: another worker holds the ticket; her screen says a colleague (not who).
    engine::event::TicketTaken moved;
    moved.conversation.ticket = "t1";
    moved.conversation.peer = id(10);
    ws.handle(moved);
    QCOMPARE(t->state(), TicketSession::State::talking);
    QVERIFY(t->handedOver());
    QVERIFY(!t->handoffOffered());
    QVERIFY(t->statusText().contains("Another outreach worker"));
    QVERIFY(!t->statusText().contains("Sam"));
    QCOMPARE(ws.directs()->rowCount(), 0);  // no private conversation with either worker

    ws.handle(engine::event::TicketClosed{"other", engine::TicketEnd::ended});
    QCOMPARE(t->state(), TicketSession::State::talking);
    ws.handle(engine::event::TicketClosed{"t1", engine::TicketEnd::ended});
    QCOMPARE(t->state(), TicketSession::State::ended);  // one state: over, knock again
    QCOMPARE(t->endReason(), engine::TicketEnd::ended);
    QVERIFY(t->statusText().contains("over"));
    QVERIFY(!t->handoffOffered());

    // A closed door: the next opening and the emergency numbers.
    engine::event::DoorClosed closed;
    closed.closed.org = "espace-p";
    closed.closed.next_open_local = "2026-11-24 14:00";
    closed.closed.can_leave_message = true;
    closed.closed.emergency = {{"112", {{"en", "Emergencies"}}}};
    ws.handle(closed);
    QCOMPARE(t->state(), TicketSession::State::closed);
    QVERIFY(t->statusText().contains("2026-11-24 14:00"));
    QCOMPARE(t->closedDoor().emergency.size(), size_t{1});
    QCOMPARE(t->leaveMessage("espace-p", "x").error().code, Errc::permission);  // locked
    const int before = info.count();
    ws.handle(engine::event::RequestFailed{4242, engine::failure(engine::Problem::forbidden)});
    QCOMPARE(info.count(), before);

    // The relay's resources directory is handed on as it came; locked, there is no cache.
    int handed = 0;
    std::string number;
    connect(&ws, &Workspace::resourcesRead, &ws, [&](const engine::ResourceDirectory& d) {
      ++handed;
      if (!d.emergency.empty()) number = d.emergency[0].number;
    });
    engine::ResourceDirectory directory;
    directory.emergency.push_back({"112", {{"en", "Emergencies"}}, {}, "", true, false});
    ws.handle(engine::event::ResourcesRead{7, directory});
    QCOMPARE(handed, 1);
    QCOMPARE(number, std::string("112"));
    QVERIFY(!ws.cachedResources());
  }
};

QTEST_MAIN(HostTest)
#include "host_test.moc"

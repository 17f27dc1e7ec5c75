// The member's permanence view and the worker's desk, in French, at each stage of an evening:
// what each shows (one state at a time, no cut line at 1280x800), grabbed as PNGs. With
// RELAIS_SCREENSHOTS_DIR set, the PNGs go there (docs/screenshots/permanence/ is made so);
// otherwise to a temporary folder. The workspace is fed the engine's events as the relay's
// answers and pushes would bring them (the models' own tests do the same).
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "client-qt/core/engine_host.h"
#include "client-qt/core/workspace.h"
#include "client-qt/ui/permanence_panel.h"
#include "client-qt/ui/worker_panel.h"

using namespace relais;
using namespace relais::qt;
namespace ev = relais::engine::event;

namespace {

AccountId id(uint8_t n) {
  std::string bytes(AccountId::kSize, '\0');
  bytes[0] = static_cast<char>(n);
  bytes[15] = 2;
  return *AccountId::from_bytes(bytes);
}

engine::PermanenceView espaceP(bool open) {
  engine::PermanenceView p;
  p.org = "espace-p";
  p.name = "Espace P";
  p.open = open;
  p.on_duty = open ? 2 : 0;
  p.next_open_ms = open ? 0 : 1'796'749'200'000;  // a Tuesday, 18:00 in Brussels
  p.next_open_local = open ? "" : "2026-12-08 18:00";
  p.room = "brussels";
  engine::SlotSpec s;
  s.room = "brussels";
  s.weekday = "tue";
  s.start = "18:00";
  s.end = "20:00";
  s.languages = {"fr", "nl", "en"};
  p.slots = {s};
  return p;
}

engine::ClosedView closedDoor() {
  engine::ClosedView c;
  c.org = "espace-p";
  c.next_open_ms = 1'796'749'200'000;
  c.next_open_local = "2026-12-08 18:00";
  c.can_leave_message = true;
  c.emergency = {{"112", {{"fr", "Numéro d'urgence européen (pompiers, ambulance, police)"}}},
                 {"101", {{"fr", "Police"}}},
                 {"0800 30 030", {{"fr", "Écoute violences conjugales"}}}};
  return c;
}

engine::Message line(const char* ticket, bool outgoing, const char* text, uint64_t t) {
  engine::Message m;
  m.peer = id(9);
  m.outgoing = outgoing;
  m.text = text;
  m.ticket = ticket;
  m.time_ms = t;
  return m;
}

// Every visible label, line edit placeholder and list line of `root` fits its widget: nothing
// is cut at the window's size.
void expectNothingCut(QWidget* root, const QString& where) {
  for (auto* label : root->findChildren<QLabel*>()) {
    if (!label->isVisibleTo(root) || label->text().isEmpty()) continue;
    const int needed = label->wordWrap() ? label->heightForWidth(label->width())
                                         : label->sizeHint().height();
    QVERIFY2(needed <= label->height() + 1,
             qPrintable(where + ": label cut: " + label->text().left(60)));
    if (!label->wordWrap()) {
      QVERIFY2(label->sizeHint().width() <= label->width() + 1,
               qPrintable(where + ": label cut: " + label->text().left(60)));
    }
  }
  for (auto* edit : root->findChildren<QLineEdit*>()) {
    if (!edit->isVisibleTo(root) || edit->placeholderText().isEmpty()) continue;
    const int room = edit->width() - 12;  // the frame and text margins
    QVERIFY2(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) <= room,
             qPrintable(where + ": placeholder cut: " + edit->placeholderText()));
  }
  for (auto* button : root->findChildren<QPushButton*>()) {
    if (!button->isVisibleTo(root)) continue;
    QVERIFY2(button->sizeHint().width() <= button->width() + 1,
             qPrintable(where + ": button cut: " + button->text()));
  }
  for (auto* view : root->findChildren<QListView*>()) {
    if (!view->isVisibleTo(root) || !view->model()) continue;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
      const QString text = view->model()->index(r, 0).data().toString();
      // A view that folds its lines cuts only a word longer than its width.
      const QStringList pieces =
          view->wordWrap() ? text.split(QRegularExpression(QStringLiteral("\\s+")),
                                        Qt::SkipEmptyParts)
                           : text.split(QLatin1Char('\n'));
      for (const QString& piece : pieces) {
        QVERIFY2(view->fontMetrics().horizontalAdvance(piece) <= view->viewport()->width() - 8,
                 qPrintable(where + ": list line cut: " + text));
      }
    }
  }
  for (auto* combo : root->findChildren<QComboBox*>()) {
    if (!combo->isVisibleTo(root)) continue;
    const QString shown =
        combo->currentIndex() < 0 ? combo->placeholderText() : combo->currentText();
    const int room = combo->width() - 32;  // the frame and the arrow
    QVERIFY2(combo->fontMetrics().horizontalAdvance(shown) <= room,
             qPrintable(where + ": choice cut: " + shown));
  }
}

}  // namespace

class PermanenceScreens : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(french_.load(":/i18n/relais_fr.qm"));
    QCoreApplication::installTranslator(&french_);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Belgium));
    const QByteArray dir = qgetenv("RELAIS_SCREENSHOTS_DIR");
    out_ = dir.isEmpty() ? temp_.path() : QString::fromLocal8Bit(dir);
    QVERIFY(QDir().mkpath(out_));
  }

  void theMembersViewAtEachStage() {
    EngineHost host;  // locked: the view follows the relay's answers and pushes alone
    Workspace ws(host);
    TicketSession* t = ws.ticket();
    PermanencePanel panel(ws);
    panel.resize(560, 720);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto status = [&] { return panel.findChild<QLabel*>("ticketStatus")->text(); };
    auto visible = [&](const char* name) {
      auto* w = panel.findChild<QWidget*>(name);
      return w && w->isVisibleTo(&panel);
    };

    // Closed: the list says when it opens; a knock shows where to turn meanwhile.
    ws.handle(ev::PermanencesListed{0, {espaceP(false)}});
    panel.showOrg("espace-p");
    QVERIFY2(status().contains("La permanence est fermée"), qPrintable(status()));
    ws.handle(ev::DoorClosed{0, closedDoor()});
    QCOMPARE(t->state(), TicketSession::State::closed);
    QVERIFY(visible("closedDoor"));
    QVERIFY(panel.findChild<QLabel*>("emergencyNumbers")->text().contains("112"));
    shoot(panel, "member-1-closed");

    // Open (the watched list says so within seconds): one state, a door to knock on.
    ws.handle(ev::PermanencesListed{0, {espaceP(true)}});
    QVERIFY2(status().contains("Frappez"), qPrintable(status()));
    QVERIFY(!visible("closedDoor"));
    QVERIFY(panel.findChild<QPushButton*>("knockButton")->isEnabled());
    shoot(panel, "member-2-open");

    // Waiting, with her place and an estimate.
    engine::TicketView waiting;
    waiting.ticket = "K7QH";
    waiting.org = "espace-p";
    waiting.place = 2;
    waiting.wait_estimate_s = 600;
    waiting.language = "fr";
    ws.handle(ev::TicketUpdated{0, waiting});
    QCOMPARE(t->state(), TicketSession::State::waiting);
    QVERIFY2(status().contains("2") && status().contains("10 minutes"), qPrintable(status()));
    QVERIFY(!panel.findChild<QPushButton*>("knockButton")->isEnabled());
    shoot(panel, "member-3-waiting");

    // Talking: the worker took the ticket.
    engine::TicketConversation c;
    c.ticket = "K7QH";
    c.org = "espace-p";
    c.peer = id(9);
    c.language = "fr";
    ws.handle(ev::TicketTaken{0, c});
    ws.handle(ev::MessageReceived{line("K7QH", true, "Bonsoir, mon propriétaire veut me mettre "
                                                     "dehors.", 1'796'751'600'000)});
    ws.handle(ev::MessageReceived{line("K7QH", false, "Bonsoir, je vous écoute. Depuis quand ?",
                                       1'796'751'660'000)});
    QCOMPARE(t->state(), TicketSession::State::talking);
    QVERIFY2(status().contains("travailleur"), qPrintable(status()));
    QCOMPARE(panel.findChild<QListWidget*>("ticketConversation")->count(), 2);
    QCOMPARE(ws.directs()->rowCount(), 0);  // never a private conversation
    shoot(panel, "member-4-talking");

    // A handoff asked, with the colleague's name.
    ws.handle(ev::HandoffOffered{"K7QH", id(10), "Sam"});
    QVERIFY(visible("handoffQuestion"));
    QVERIFY(panel.findChild<QLabel*>("handoffQuestion")->text().contains("Sam"));
    QVERIFY(visible("acceptHandoff"));
    shoot(panel, "member-5-handoff-asked");

    // Accepted: a colleague answers now; the conversation so far stays.
    c.peer = id(10);
    ws.handle(ev::TicketTaken{0, c});
    QVERIFY(t->handedOver());
    QVERIFY(!visible("handoffQuestion"));
    QVERIFY2(status().contains("autre"), qPrintable(status()));
    shoot(panel, "member-6-handed-over");

    // Ended: over, knock again whenever.
    ws.handle(ev::TicketClosed{"K7QH", engine::TicketEnd::ended});
    QCOMPARE(t->state(), TicketSession::State::ended);
    QVERIFY2(status().contains("terminée"), qPrintable(status()));
    QVERIFY(!visible("ticketComposer"));
    QVERIFY(panel.findChild<QPushButton*>("knockButton")->isEnabled());
    shoot(panel, "member-7-ended");

    // Closing time while she waits: the next opening, a message to leave, the numbers. (A knock
    // starts afresh; with no engine here, as clear() does.)
    t->clear();
    waiting.ticket = "M3RX";
    waiting.place = 1;
    ws.handle(ev::TicketUpdated{0, waiting});
    QCOMPARE(t->state(), TicketSession::State::waiting);
    ws.handle(ev::PermanencesListed{0, {espaceP(false)}});
    ws.handle(ev::DoorClosed{0, closedDoor()});
    QCOMPARE(t->state(), TicketSession::State::closed);
    QVERIFY2(status().contains("fermée") && status().contains("18:00"), qPrintable(status()));
    QVERIFY(visible("orgMessage"));
    QVERIFY(visible("emergencyNumbers"));
    QVERIFY(!visible("ticketComposer"));
    QVERIFY(!visible("ticketConversation"));
    shoot(panel, "member-8-closed-while-waiting");
  }

  // The header and the body say one thing (the review of issues 17 and 18, M2 and M3, L4): a
  // closed door's stale answer gives way to the watched list; a slot running with nobody on
  // duty is planned now, not "nothing planned"; a conversation that outlives the permanence
  // says so; after the end while closed, no "knock at any time"; a place that ended is told.
  void theMembersViewSaysOneThingAtATime() {
    EngineHost host;
    Workspace ws(host);
    TicketSession* t = ws.ticket();
    PermanencePanel panel(ws);
    panel.resize(560, 720);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto status = [&] { return panel.findChild<QLabel*>("ticketStatus")->text(); };
    auto title = [&] { return panel.findChild<QLabel*>("permanenceTitle")->text(); };

    // A knock found nothing planned; a slot is planned since: both say the next opening.
    engine::PermanenceView none = espaceP(false);
    none.next_open_ms = 0;
    none.next_open_local.clear();
    ws.handle(ev::PermanencesListed{0, {none}});
    panel.showOrg("espace-p");
    engine::ClosedView nothing = closedDoor();
    nothing.next_open_ms = 0;
    nothing.next_open_local.clear();
    ws.handle(ev::DoorClosed{0, nothing});
    QVERIFY2(status().contains("Aucune ouverture"), qPrintable(status()));
    QVERIFY2(title().contains("aucune ouverture"), qPrintable(title()));
    ws.handle(ev::PermanencesListed{0, {espaceP(false)}});
    QVERIFY2(title().contains("prochaine ouverture mardi 8 décembre 2026 18:00"),
             qPrintable(title()));
    QVERIFY2(status().contains("Prochaine ouverture : mardi 8 décembre 2026 18:00"),
             qPrintable(status()));
    QVERIFY2(!status().contains("Aucune ouverture"), qPrintable(status()));

    // In the middle of today's slot (until 11:45 in Brussels), nobody on duty yet.
    engine::PermanenceView now = none;
    now.slot_end_ms = 1'796'467'500'000;
    now.slot_end_local = "2026-12-05 11:45";
    ws.handle(ev::PermanencesListed{0, {now}});
    QVERIFY2(title().contains("prévue jusqu'à 11:45"), qPrintable(title()));
    QVERIFY2(status().contains("prévue maintenant jusqu'à 11:45"), qPrintable(status()));
    QVERIFY2(!status().contains("Aucune") && !title().contains("aucune"), qPrintable(status()));
    QCOMPARE(ws.permanences()->index(0).data().toString(),
             QString("Espace P \u2014 prévue jusqu'à 11:45, personne encore là"));
    shoot(panel, "member-9-planned-nobody-yet");
    // A closed door's answer alone (the list not read yet) says the same.
    Workspace alone(host);
    engine::ClosedView door = nothing;
    door.slot_end_ms = now.slot_end_ms;
    door.slot_end_local = now.slot_end_local;
    alone.handle(ev::DoorClosed{0, door});
    QVERIFY2(alone.ticket()->statusText().contains("prévue maintenant jusqu'à 11:45"),
             qPrintable(alone.ticket()->statusText()));

    // Talking when the last worker goes off duty: the conversation goes on, and it says so.
    t->clear();
    ws.handle(ev::PermanencesListed{0, {espaceP(true)}});
    engine::TicketView waiting;
    waiting.ticket = "K7QH";
    waiting.org = "espace-p";
    waiting.place = 1;
    ws.handle(ev::TicketUpdated{0, waiting});
    engine::TicketConversation c;
    c.ticket = "K7QH";
    c.org = "espace-p";
    c.peer = id(9);
    ws.handle(ev::TicketTaken{0, c});
    ws.handle(ev::PermanencesListed{0, {espaceP(false)}});
    QCOMPARE(t->state(), TicketSession::State::talking);
    QVERIFY2(status().contains("a fermé") && status().contains("continue"), qPrintable(status()));
    QVERIFY(panel.findChild<QLineEdit*>("ticketComposer")->isVisibleTo(&panel));
    shoot(panel, "member-10-closed-while-talking");

    // Over while closed: the next opening, not "knock at any time".
    ws.handle(ev::TicketClosed{"K7QH", engine::TicketEnd::ended});
    QVERIFY2(status().contains("terminée") && status().contains("Prochaine ouverture"),
             qPrintable(status()));
    QVERIFY2(!status().contains("à tout moment"), qPrintable(status()));
    shoot(panel, "member-11-ended-closed");

    // Closing time while she waits: her place is over, and she is told so.
    t->clear();
    ws.handle(ev::PermanencesListed{0, {espaceP(true)}});
    waiting.ticket = "M3RX";
    ws.handle(ev::TicketUpdated{0, waiting});
    ws.handle(ev::PermanencesListed{0, {espaceP(false)}});
    ws.handle(ev::DoorClosed{0, closedDoor()});
    QVERIFY(t->placeEnded());
    QVERIFY2(status().contains("votre place dans la file a pris fin"), qPrintable(status()));
    QVERIFY2(status().contains("Prochaine ouverture"), qPrintable(status()));
    engine::TicketView ended = waiting;
    ended.ended = engine::TicketEnd::permanence_closed;
    ws.handle(ev::TicketUpdated{0, ended});  // the relay's word after the push: the same view
    QCOMPARE(t->state(), TicketSession::State::closed);
    QVERIFY2(status().contains("votre place dans la file a pris fin"), qPrintable(status()));
    // A fresh knock on the closed door is no place that ended.
    t->clear();
    ws.handle(ev::DoorClosed{0, closedDoor()});
    QVERIFY(!t->placeEnded());
  }

  void theWorkersDeskAt1280x800() {
    EngineHost host;
    Workspace ws(host);
    WorkerDesk* desk = ws.desk();
    ev::InboxListed box;
    box.org = "espace-p";
    engine::InboxItem left;
    left.message_id = "aa01";
    left.received_ms = 1'796'637'600'000;
    left.text = "¿Pueden llamarme mañana por la tarde?";
    left.sender_name = "elena";
    box.entries = {left};
    ws.handle(box);  // only a worker reads an inbox: the desk is hers
    QVERIFY(desk->isWorker());
    WorkerPanel panel(ws);
    // The desk's share of a 1280×800 window: the middle column between the rooms and the
    // members (the French review of 5 December measured it at 640 pixels).
    panel.resize(640, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    expectNothingCut(&panel, "off duty");
    shoot(panel, "worker-1-off-duty");

    ws.handle(ev::StaffStatusRead{0, {"espace-p"}});
    QVERIFY(desk->onDuty());
    ev::QueueListed q;
    q.org = "espace-p";
    q.entries = {{"M3RXQ7", "nl", 420}, {"P2ZL8K", "en", 300}, {"H4TT9A", "es", 60}};
    ws.handle(q);
    engine::TicketConversation c;
    c.ticket = "K7QHW2";
    c.org = "espace-p";
    c.peer = id(5);
    c.language = "fr";
    c.as_worker = true;
    c.last_ms = 1'796'751'600'000;
    ws.handle(ev::TicketTaken{0, c});
    engine::Message m = line("K7QHW2", false, "Bonsoir, mon propriétaire veut me mettre dehors.",
                             1'796'751'600'000);
    m.peer = id(5);
    ws.handle(ev::MessageReceived{m});
    QCOMPARE(desk->tickets()->rowCount(), 1);
    QCOMPARE(desk->queue()->rowCount(), 3);
    // A handoff goes to a colleague on duty chosen by name from a list, never a typed id.
    QVERIFY(!panel.findChild<QLineEdit*>("handoffId"));
    auto* to = panel.findChild<QComboBox*>("handoffColleague");
    QVERIFY(to);
    QVERIFY(!panel.findChild<QPushButton*>("handoffButton")->isEnabled());  // none chosen yet
    ws.handle(ev::ColleaguesListed{0, "espace-p", {{id(7), "Wilma"}, {id(6), "Sam"}}});
    QCOMPARE(to->count(), 2);
    QCOMPARE(to->itemText(0), QString("Sam"));
    QCOMPARE(to->itemText(1), QString("Wilma"));
    QCOMPARE(to->itemData(1).toString(), QString::fromStdString(id(7).text()));
    QCOMPARE(to->currentIndex(), -1);
    QCOMPARE(to->placeholderText(), QString("Un·e collègue de permanence"));
    to->setCurrentIndex(1);
    QVERIFY(panel.findChild<QPushButton*>("handoffButton")->isEnabled());
    QTest::qWait(50);
    expectNothingCut(&panel, "on duty");
    shoot(panel, "worker-2-on-duty-talking");

    // The conversation handed to a colleague leaves "your conversations".
    ws.handle(ev::TicketClosed{"K7QHW2", engine::TicketEnd::handed_off});
    QCOMPARE(desk->tickets()->rowCount(), 0);
    expectNothingCut(&panel, "after the handoff");
    shoot(panel, "worker-3-after-handoff");

    // The inbox: a message answered from this desk shows the answer and "handled"; the
    // answer box fits, and a message chosen can be answered.
    left.handled = true;
    left.answers = {"Hola Elena, la llamamos mañana a las 14h."};
    engine::InboxItem other;
    other.message_id = "aa02";
    other.received_ms = 1'796'641'200'000;
    other.text = "Bonsoir, est-ce que je peux venir jeudi ?";
    box.entries = {left, other};
    ws.handle(box);
    panel.findChild<QTabWidget*>("deskTabs")->setCurrentIndex(1);
    auto* inbox = panel.findChild<QListView*>("inboxView");
    inbox->setCurrentIndex(desk->inbox()->index(1));
    QVERIFY(panel.findChild<QPushButton*>("answerButton")->isEnabled());
    QVERIFY(desk->inbox()->index(0).data().toString().contains(
        "Vous avez répondu : Hola Elena, la llamamos mañana a las 14h."));
    QTest::qWait(50);
    expectNothingCut(&panel, "inbox");
    shoot(panel, "worker-4-inbox-answered");
  }

 private:
  void shoot(QWidget& w, const QString& name) {
    QTest::qWait(30);
    const QPixmap shot = w.grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(out_ + "/" + name + ".png"));
  }

  QTranslator french_;
  QTemporaryDir temp_;
  QString out_;
};

QTEST_MAIN(PermanenceScreens)
#include "permanence_screens_test.moc"

// The outreach worker's desk fed with engine events as the workspace feeds them (the host is
// locked: the desk works from the relay's answers and pushes alone): which organisations are
// ours, the queue, a taken ticket and its conversation, the inbox, the counts, the periods; and
// what it must ignore — a member's ticket, unknown tickets, another organisation's answers,
// failures of requests it did not make. Then the panel: members see no desk at all.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

#include "client-qt/core/engine_host.h"
#include "client-qt/core/workspace.h"
#include "client-qt/ui/chat_page.h"
#include "client-qt/ui/worker_panel.h"

using namespace relais;
using namespace relais::qt;
namespace ev = relais::engine::event;

namespace {

AccountId id(uint8_t n) {
  std::string bytes(AccountId::kSize, '\0');
  bytes[0] = static_cast<char>(n);
  bytes[15] = 3;
  return *AccountId::from_bytes(bytes);
}

engine::InboxItem inboxItem(const char* message_id, bool handled, const char* text) {
  engine::InboxItem i;
  i.message_id = message_id;
  i.received_ms = 1'790'000'000'000;
  i.handled = handled;
  i.text = text;
  return i;
}

engine::TicketConversation taken(const char* ticket, bool as_worker, uint8_t peer = 5) {
  engine::TicketConversation c;
  c.ticket = ticket;
  c.org = "espace-p";
  c.peer = id(peer);
  c.language = "fr";
  c.as_worker = as_worker;
  c.last_ms = 100;
  return c;
}

// Makes the workspace's desk a worker's of espace-p, as the relay's answer to the inbox probe.
void becomeWorker(Workspace& ws) {
  ev::InboxListed box;
  box.org = "espace-p";
  box.entries = {inboxItem("aa01", false, "Pouvez-vous me rappeler ?"),
                 inboxItem("aa02", true, "merci")};
  ws.handle(box);
}

}  // namespace

class WorkerTest : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  // A ticket handed to us comes with the conversation so far: the person's lines are hers, the
  // colleague's lines say they are the colleague's (never "the person", never ours), and the
  // ticket keeps the person's name, not the colleague's (the French review of 5 December).
  void linesFromBeforeAHandoffSayWhoWroteThem() {
    EngineHost host;
    Workspace ws(host);
    WorkerDesk* desk = ws.desk();
    becomeWorker(ws);
    ws.handle(ev::TicketTaken{0, taken("T1", true)});
    QCOMPARE(desk->shownTicket(), QString("T1"));
    engine::Message hers;
    hers.peer = id(5);
    hers.ticket = "T1";
    hers.time_ms = 100;
    hers.text = "mon propriétaire veut me mettre dehors";
    hers.sender_name = "awa";
    hers.earlier = true;
    ws.handle(ev::MessageReceived{hers});
    engine::Message colleague = hers;
    colleague.time_ms = 110;
    colleague.text = "je vous écoute, depuis quand ?";
    colleague.sender_name = "nadia";
    colleague.from_worker = true;
    ws.handle(ev::MessageReceived{colleague});
    QCOMPARE(desk->lines().size(), size_t{2});
    QCOMPARE(desk->lines()[0].who, QString());
    QVERIFY(!desk->lines()[0].outgoing);
    QCOMPARE(desk->lines()[1].who, QString("nadia (colleague), before the handoff"));
    QVERIFY(!desk->lines()[1].outgoing);
    const QString row = desk->tickets()->index(0).data().toString();
    QVERIFY2(row.contains("awa") && !row.contains("nadia"), qPrintable(row));
  }

  // A message that reached this device while the relay's inbox was full is in the list too, and
  // says so; the listed ones do not.
  void aMessageTheRelayDidNotListIsShownAndSaysSo() {
    EngineHost host;
    Workspace ws(host);
    becomeWorker(ws);
    ev::InboxListed box;
    box.org = "espace-p";
    engine::InboxItem unlisted = inboxItem("aa03", false, "aidez-moi ce soir");
    unlisted.listed = false;
    box.entries = {inboxItem("aa01", false, "Pouvez-vous me rappeler ?"), unlisted};
    ws.handle(box);
    WorkerDesk* desk = ws.desk();
    QCOMPARE(desk->inbox()->rowCount(), 2);
    const QString second = desk->inbox()->index(1).data().toString();
    QVERIFY2(second.contains("not on the relay's list") && second.contains("aidez-moi ce soir"),
             qPrintable(second));
    QVERIFY(!desk->inbox()->index(0).data().toString().contains("not on the relay's list"));
  }

  void anOrganisationIsOursWhenItsInboxOpens() {
    EngineHost host;
    Workspace ws(host);
    WorkerDesk* desk = ws.desk();
    QSignalSpy orgs(desk, &WorkerDesk::orgsChanged);
    QVERIFY(!desk->isWorker());
    // An organisation list we did not ask for (an admin's create_org) is not the desk's.
    ev::OrgsListed listed;
    listed.request = 77;
    engine::OrgSpec org;
    org.org = "espace-p";
    org.name = "Espace P";
    listed.orgs = {org};
    QVERIFY(!desk->handle(listed));
    QVERIFY(!desk->isWorker());
    QCOMPARE(orgs.count(), 0);

    becomeWorker(ws);
    QVERIFY(desk->isWorker());
    QCOMPARE(desk->orgs(), QStringList{"espace-p"});
    QCOMPARE(desk->org(), QString("espace-p"));
    QCOMPARE(orgs.count(), 1);
    QCOMPARE(desk->inbox()->rowCount(), 2);
    QCOMPARE(desk->inbox()->unhandled(), 1);
    const QModelIndex first = desk->inbox()->index(0);
    QCOMPARE(first.data(WorkerInboxModel::MessageIdRole).toString(), QString("aa01"));
    QVERIFY(first.data().toString().contains("to handle"));
    QVERIFY(first.data().toString().contains("Pouvez-vous me rappeler ?"));
    QVERIFY(desk->inbox()->index(1).data().toString().contains("handled"));
    QVERIFY(!desk->onDuty());  // the relay does not say; the desk starts off duty

    // Another organisation's inbox makes it ours too, but does not replace what is shown.
    ev::InboxListed other;
    other.org = "le-pilier";
    other.entries = {inboxItem("bb01", false, "x")};
    ws.handle(other);
    QCOMPARE(desk->orgs(), (QStringList{"espace-p", "le-pilier"}));
    QCOMPARE(desk->org(), QString("espace-p"));
    QCOMPARE(desk->inbox()->rowCount(), 2);
    // An organisation that is not ours cannot be shown.
    desk->setOrg("nowhere");
    QCOMPARE(desk->org(), QString("espace-p"));

    // Locking forgets everything.
    desk->clear();
    QVERIFY(!desk->isWorker());
    QCOMPARE(desk->inbox()->rowCount(), 0);
  }

  void theQueueIsTheShownOrganisations() {
    EngineHost host;
    Workspace ws(host);
    WorkerDesk* desk = ws.desk();
    ev::QueueListed q;
    q.org = "espace-p";
    q.entries = {{"TK1", "fr", 30}, {"TK2", "", 600}};
    ws.handle(q);  // not a worker yet: a queue cannot be ours
    QCOMPARE(desk->queue()->rowCount(), 0);
    becomeWorker(ws);
    ws.handle(q);
    QCOMPARE(desk->queue()->rowCount(), 2);
    const QString line = desk->queue()->index(0).data().toString();
    QVERIFY(line.contains("TK1"));
    QVERIFY(line.contains("French"));
    QVERIFY(line.contains("1 min"));
    QCOMPARE(desk->queue()->index(1).data(WorkerQueueModel::TicketRole).toString(), QString("TK2"));
    QVERIFY(desk->queue()->index(1).data().toString().contains("10 min"));
    QVERIFY(desk->queue()->index(1).data().toString().contains("any language"));
    // Another organisation's queue is not shown.
    ev::QueueListed elsewhere;
    elsewhere.org = "le-pilier";
    elsewhere.entries = {{"ZZ9", "nl", 5}};
    ws.handle(elsewhere);
    QCOMPARE(desk->queue()->rowCount(), 2);
    QCOMPARE(desk->queue()->index(0).data(WorkerQueueModel::TicketRole).toString(), QString("TK1"));
  }

  void theDutyTheRelayKeptIsShownAfterALogIn() {
    EngineHost host;
    Workspace ws(host);
    WorkerDesk* desk = ws.desk();
    becomeWorker(ws);
    QSignalSpy duty(desk, &WorkerDesk::dutyChanged);
    QVERIFY(!desk->onDuty());
    // The engine asks at each log-in; the relay kept us on duty across its restart.
    ws.handle(ev::StaffStatusRead{0, {"espace-p"}});
    QVERIFY(desk->onDuty());
    QCOMPARE(duty.count(), 1);
    ws.handle(ev::StaffStatusRead{0, {"espace-p"}});  // the same again changes nothing
    QCOMPARE(duty.count(), 1);
    // Off duty meanwhile (gone offline too long): the desk says so.
    ws.handle(ev::StaffStatusRead{0, {}});
    QVERIFY(!desk->onDuty());
    QCOMPARE(duty.count(), 2);
  }

  void aTakenTicketIsTalkedInAndEnds() {
    EngineHost host;
    Workspace ws(host);
    WorkerDesk* desk = ws.desk();
    QSignalSpy info(&ws, &Workspace::info);
    becomeWorker(ws);

    // A member's own ticket belongs to the member's side, not to the desk.
    ws.handle(ev::TicketTaken{0, taken("MINE", false)});
    QCOMPARE(desk->tickets()->rowCount(), 0);
    QCOMPARE(ws.ticket()->state(), TicketSession::State::talking);

    // A ticket handed to us (a push: no request of ours) is shown at once.
    ws.handle(ev::TicketTaken{0, taken("T1", true)});
    QCOMPARE(desk->tickets()->rowCount(), 1);
    QCOMPARE(desk->shownTicket(), QString("T1"));
    QVERIFY(info.last().at(0).toString().contains("handed ticket T1"));
    QCOMPARE(desk->tickets()->index(0).data(WorkerTicketModel::OrgRole).toString(),
             QString("espace-p"));

    engine::Message m;
    m.peer = id(5);
    m.text = "bonjour, j'ai besoin d'aide";
    m.ticket = "T1";
    m.time_ms = 200;
    ws.handle(ev::MessageReceived{m});
    QCOMPARE(desk->lines().size(), size_t{1});
    QCOMPARE(desk->lines()[0].text, QString("bonjour, j'ai besoin d'aide"));
    QVERIFY(!desk->lines()[0].outgoing);
    QVERIFY(desk->tickets()->index(0).data(WorkerTicketModel::AwaitingRole).toBool());
    QVERIFY(desk->tickets()->index(0).data().toString().contains("awaiting your reply"));
    QCOMPARE(ws.directs()->rowCount(), 0);  // a ticket's message is not a direct conversation

    // A message of a ticket we do not hold is not the desk's, nor a private conversation.
    m.ticket = "UNKNOWN";
    ws.handle(ev::MessageReceived{m});
    QCOMPARE(desk->lines().size(), size_t{1});
    QCOMPARE(ws.directs()->rowCount(), 0);

    // A message left out of hours goes to the inbox, not to the direct list.
    engine::Message left;
    left.peer = id(8);
    left.text = "rappelez-moi";
    left.org = "espace-p";
    const int before = info.count();
    ws.handle(ev::MessageReceived{left});
    QCOMPARE(ws.directs()->rowCount(), 0);
    QCOMPARE(info.count(), before + 1);
    // An organisation's answer to a message this account left is no message left for it: the
    // member's side says who answered (the review's H2: "A message was left for …" instead).
    engine::Message answer = left;
    answer.text = "nous vous rappelons mardi";
    answer.reply_to = std::string(16, '\x01');
    QVERIFY(!desk->handle(ev::MessageReceived{answer}));
    QSignalSpy answered(ws.ticket(), &TicketSession::orgAnswered);
    const int before_answer = info.count();
    ws.handle(ev::MessageReceived{answer});
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(0).toString(), QString("espace-p"));
    // Nothing says "a message was left": the permanence list (not read here) names the
    // organisation first, then the status bar says it answered.
    QCOMPARE(info.count(), before_answer);
    QCOMPARE(ws.directs()->rowCount(), 0);
    // Locked, an answer cannot be sent; a message must be chosen and the text not empty.
    QCOMPARE(desk->answer("aa01", "merci").error().code, Errc::permission);

    // Locked, or given nonsense, actions answer at once with one sentence.
    QCOMPARE(desk->say("  ").error().code, Errc::permission);
    QCOMPARE(desk->handOff("abc").error().code, Errc::invalid_argument);
    QCOMPARE(desk->handOff(QString(26, QChar('!'))).error().code, Errc::invalid_argument);
    QCOMPARE(desk->handOff(QString::fromStdString(id(9).text())).error().code, Errc::permission);

    // The colleagues on duty, by name: one named so is found (then the locked profile answers),
    // two of one name or none are refused with a sentence, another organisation's list is stale.
    QSignalSpy colleagues(desk, &WorkerDesk::colleaguesChanged);
    ws.handle(ev::ColleaguesListed{0, "le-pilier", {{id(6), "Wilma"}}});
    QVERIFY(desk->colleagues().empty());
    ws.handle(ev::ColleaguesListed{
        0, "espace-p", {{id(6), "Wilma"}, {id(7), "Sam"}, {id(8), "sam"}, {id(10), ""}}});
    QCOMPARE(colleagues.count(), 1);
    QCOMPARE(desk->colleagues().size(), size_t{4});
    QStringList labels;
    for (const auto& c : desk->colleagues()) labels << WorkerDesk::colleagueLabel(c);
    QVERIFY2(labels.contains("Wilma") &&
                 labels.contains("colleague " + QString::fromStdString(id(10).text()).left(8)),
             qPrintable(labels.join(", ")));
    QCOMPARE(desk->handOff("wilma").error().code, Errc::permission);
    QCOMPARE(desk->handOff(" Wilma ").error().code, Errc::permission);
    auto twice = desk->handOff("SAM");
    QCOMPARE(twice.error().code, Errc::invalid_argument);
    QVERIFY2(QString::fromStdString(twice.error().message).contains("Several"),
             twice.error().message.c_str());
    auto nobody = desk->handOff("Zoé");
    QCOMPARE(nobody.error().code, Errc::invalid_argument);
    QVERIFY2(QString::fromStdString(nobody.error().message).contains("Zoé"),
             nobody.error().message.c_str());
    QCOMPARE(desk->handOff("   ").error().code, Errc::invalid_argument);

    // The person declines a handoff of our ticket; a notice about another ticket stays quiet.
    ev::PermanenceNotice declined;
    declined.kind = engine::PermanenceNoticeKind::handoff_declined;
    declined.org = "espace-p";
    declined.ticket = "NOTOURS";
    const int quiet = info.count();
    ws.handle(declined);
    QCOMPARE(info.count(), quiet);
    declined.ticket = "T1";
    ws.handle(declined);
    QCOMPARE(info.count(), quiet + 1);

    // Closing another ticket changes nothing; ours leaves the list and the pane.
    ws.handle(ev::TicketClosed{"UNKNOWN", engine::TicketEnd::ended});
    QCOMPARE(desk->tickets()->rowCount(), 1);
    ws.handle(ev::TicketClosed{"T1", engine::TicketEnd::ended});
    QCOMPARE(desk->tickets()->rowCount(), 0);
    QVERIFY(desk->shownTicket().isEmpty());
    QVERIFY(desk->lines().empty());
    QVERIFY(info.last().at(0).toString().contains("T1"));
    // A conversation that is not ours cannot be shown.
    desk->showTicket("UNKNOWN");
    QVERIFY(desk->shownTicket().isEmpty());
  }

  void answersToOthersRequestsStayQuiet() {
    EngineHost host;
    Workspace ws(host);
    WorkerDesk* desk = ws.desk();
    becomeWorker(ws);
    QSignalSpy info(&ws, &Workspace::info);
    QSignalSpy duty(desk, &WorkerDesk::dutyChanged);
    QVERIFY(!desk->handle(ev::RequestFailed{4242, engine::failure(engine::Problem::forbidden)}));
    QVERIFY(!desk->handle(ev::RequestFailed{0, engine::failure(engine::Problem::forbidden)}));
    QVERIFY(!desk->handle(ev::Done{4242}));
    QVERIFY(!desk->handle(ev::MessageSent{4242, id(1), "m", 5}));
    QCOMPARE(info.count(), 0);
    QCOMPARE(duty.count(), 0);
    QVERIFY(!desk->onDuty());

    // Counts: shown for the desk's organisation only.
    ev::StatsRead other;
    other.stats.org = "le-pilier";
    other.stats.conversations = 99;
    ws.handle(other);
    QVERIFY(!desk->stats().has_value());
    QVERIFY(desk->statsText().isEmpty());
    ev::StatsRead read;
    read.stats.org = "espace-p";
    read.stats.period = "2026-11";
    read.stats.permanences = 4;
    read.stats.conversations = 12;
    read.stats.unanswered = 2;
    read.stats.languages = {{"fr", 7}, {"nl", 3}};
    read.stats.wait_p50_s = 120;
    read.stats.wait_p90_s = 600;
    read.stats.wait_max_s = 1500;
    read.stats.org_messages = 5;
    read.stats.handoffs = 1;
    ws.handle(read);
    const QString text = desk->statsText();
    QVERIFY(text.contains("2026-11"));
    QVERIFY(text.contains("Conversations held: 12"));
    QVERIFY(text.contains("French 7, Dutch 3"));
    QVERIFY(text.contains("2 min"));
    QVERIFY(text.contains("25 min"));
    QVERIFY(text.contains("Handoffs: 1"));
  }

  void periodsAreYearsMonthsAndIsoWeeks() {
    QCOMPARE(WorkerDesk::periodText(WorkerDesk::Period::year, QDate(2026, 11, 19)),
             QString("2026"));
    QCOMPARE(WorkerDesk::periodText(WorkerDesk::Period::month, QDate(2026, 3, 1)),
             QString("2026-03"));
    QCOMPARE(WorkerDesk::periodText(WorkerDesk::Period::week, QDate(2026, 11, 19)),
             QString("2026-W47"));
    // The ISO week's year is not always the day's.
    QCOMPARE(WorkerDesk::periodText(WorkerDesk::Period::week, QDate(2027, 1, 1)),
             QString("2026-W53"));
    QCOMPARE(WorkerDesk::periodText(WorkerDesk::Period::week, QDate(2024, 12, 30)),
             QString("2025-W01"));
    QCOMPARE(WorkerDesk::periodText(WorkerDesk::Period::week, QDate(2026, 1, 5)),
             QString("2026-W02"));
  }

  void membersSeeNoDesk() {
    EngineHost host;
    Workspace ws(host);
    ChatPage page(ws);
    page.resize(1100, 700);
    page.show();
    QTabWidget* center = page.centerTabs();
    QCOMPARE(center->count(), 1);
    QVERIFY(!page.findChild<QPushButton*>("dutyButton")->isVisible());

    becomeWorker(ws);
    QCOMPARE(center->count(), 2);
    QCOMPARE(center->widget(1), page.workerPanel());
    center->setCurrentWidget(page.workerPanel());
    auto* duty = page.findChild<QPushButton*>("dutyButton");
    QVERIFY(duty->isVisible());
    QVERIFY(duty->isEnabled());
    QCOMPARE(page.findChild<QLabel*>("dutyState")->text(), QString("Off duty"));
    QCOMPARE(page.findChild<QComboBox*>("deskOrg")->currentData().toString(), QString("espace-p"));
    // Nothing to write in before a ticket is taken.
    QVERIFY(!page.findChild<QLineEdit*>("deskComposer")->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>("takeButton")->isEnabled());

    ws.handle(ev::TicketTaken{0, taken("T7", true)});
    engine::Message m;
    m.peer = id(5);
    m.text = "allo ?";
    m.ticket = "T7";
    ws.handle(ev::MessageReceived{m});
    auto* lines = page.findChild<QListWidget*>("deskConversation");
    QCOMPARE(lines->count(), 1);
    QVERIFY(lines->item(0)->text().contains("allo ?"));
    QVERIFY(page.findChild<QLineEdit*>("deskComposer")->isEnabled());
    QVERIFY(page.findChild<QPushButton*>("endTicketButton")->isEnabled());

    // Locking: the desk goes away with the roles it learnt.
    ws.desk()->clear();
    QCOMPARE(center->count(), 1);
  }
};

QTEST_MAIN(WorkerTest)
#include "worker_test.moc"

// relais-qt as an outreach worker, end to end under a real X server (Xvfb): a real relaisd, a
// CLI admin who makes the window's account a worker of Espace P, and a CLI member. The member
// leaves a message while the permanence is closed (it shows in the desk's inbox); the worker
// goes on duty through the desk, the member knocks, the worker takes the ticket in the window,
// they exchange one message each way, the worker ends the ticket, reads the counts and marks the
// message handled. Screenshots of the desk (en, fr, nl) are saved into the test's build folder.
#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

#include "client-qt/ui/chat_page.h"
#include "client-qt/ui/main_window.h"
#include "client-qt/ui/worker_panel.h"
#include "tests/client-qt/window_e2e.h"
#include "tests/e2e/e2e_harness.h"

namespace relais::e2e {
namespace {

using namespace std::chrono_literals;
using relais::qt::MainWindow;
using relais::qt::WorkerDesk;
using relais::qt::WorkerInboxModel;
using relais::qt::WorkerQueueModel;

bool deskHas(WorkerDesk* desk, const QString& text, bool outgoing) {
  for (const auto& l : desk->lines()) {
    if (l.outgoing == outgoing && l.sent && l.text == text) return true;
  }
  return false;
}

// Clicks row `row` of `view`, as a person picks an entry.
void clickRow(QListView* view, int row) {
  const QRect cell = view->visualRect(view->model()->index(row, 0));
  QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

TEST(QtWorker, TakesATicketTalksEndsAndHandlesTheInbox) {
  relais::testing::TempDir root{"relais-qt-e2e-worker"};
  Relay relay(root / "data", relais::testing::free_loopback_port(),
              {"--resources", std::string(RELAIS_SOURCE_DIR) + "/deploy/resources-be.json"});
  auto invite =
      relais::testing::run_process(relais::testing::built_binary("server/relaisd"),
                                   {"--data", (root / "data").string(), "admin-invite"}, {}, 10s);
  ASSERT_EQ(invite.exit_code, 0) << invite.err;
  Person admin(root, "adele");
  admin.register_on(relay, {"--invite", invite.out.substr(0, invite.out.find('\n'))});
  Person member(root, "marie");
  member.register_on(relay);
  admin.ok({"admin", "org", "create", "espace-p", "--name", "Espace P", "--lang", "fr,en,nl",
            "--region", "brussels"});

  int argc = 1;
  char arg0[] = "relais-qt-e2e-worker";
  char* argv[] = {arg0, nullptr};
  QApplication app(argc, argv);
  qputenv("RELAIS_VAULT_KDF_LOG2N", "10");
  const QString home = QString::fromStdString((root / "home-qt").string());
  relais::qt::SettingsStore(home).store({"en", 10, false, false, {}});
  MainWindow w(home);
  w.resize(1180, 720);
  w.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
  ASSERT_NO_FATAL_FAILURE(registerThroughTheForm(w, relay, "wanda"));

  // A member's window: no desk.
  // (The pages may be rebuilt meanwhile: ask the window for them each time.)
  WorkerDesk* desk = w.workspace().desk();
  QTest::qWait(500);  // the roles were asked at log-in
  EXPECT_FALSE(desk->isWorker());
  EXPECT_EQ(w.chatPage()->centerTabs()->count(), 1);

  // The admin makes the window's account a worker; the desk learns it when it asks again
  // (at the next log-in, every few minutes, or now).
  const std::string my_id = w.host().engine()->account_id().text();
  whileResponsive([&] { return admin.ok({"admin", "grant", "outreach", my_id, "espace-p"}); });
  desk->refreshOrgs();
  ASSERT_TRUE(QTest::qWaitFor([&] { return desk->isWorker(); }, 10'000));
  EXPECT_EQ(desk->org(), QString("espace-p"));
  EXPECT_EQ(desk->orgName("espace-p"), QString("Espace P"));
  ASSERT_EQ(w.chatPage()->centerTabs()->count(), 2);
  w.chatPage()->centerTabs()->setCurrentWidget(w.chatPage()->workerPanel());
  EXPECT_EQ(w.findChild<QComboBox*>("deskOrg")->currentText(), QString("Espace P"));

  // Closed: the member leaves a message; the worker, online, finds it in the inbox.
  whileResponsive([&] {
    return member.ok({"leave-message", "espace-p", "pouvez-vous me rappeler demain ?"});
  });
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        return desk->inbox()->rowCount() == 1 &&
               desk->inbox()->index(0).data(WorkerInboxModel::TextRole).toString() ==
                   "pouvez-vous me rappeler demain ?";
      },
      10'000));
  EXPECT_EQ(w.workspace().directs()->rowCount(), 0);  // the inbox's, not a direct conversation

  // On duty through the desk.
  QTest::mouseClick(w.findChild<QPushButton*>("dutyButton"), Qt::LeftButton);
  ASSERT_TRUE(QTest::qWaitFor([&] { return desk->onDuty(); }, 10'000));
  EXPECT_EQ(w.findChild<QLabel*>("dutyState")->text(), QString("On duty"));

  // The member knocks; the queue shows the ticket (no name); the worker takes it in the window.
  auto knocked = whileResponsive([&] { return member.ok({"knock", "espace-p", "--lang", "fr"}); });
  ASSERT_EQ(knocked.size(), 1u);
  const QString ticket = QString::fromStdString(str(knocked[0], "ticket"));
  ASSERT_FALSE(ticket.isEmpty());
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        return desk->queue()->rowCount() == 1 &&
               desk->queue()->index(0).data(WorkerQueueModel::TicketRole).toString() == ticket;
      },
      15'000));
  EXPECT_TRUE(desk->queue()->index(0).data().toString().contains("French"));
  auto* queueView = w.findChild<QListView*>("queueView");
  clickRow(queueView, 0);
  auto* take = w.findChild<QPushButton*>("takeButton");
  ASSERT_TRUE(take->isEnabled());
  QTest::mouseClick(take, Qt::LeftButton);
  ASSERT_TRUE(QTest::qWaitFor([&] { return desk->shownTicket() == ticket; }, 10'000));
  EXPECT_EQ(desk->tickets()->rowCount(), 1);

  // One message each way, marked with the ticket.
  auto* composer = w.findChild<QLineEdit*>("deskComposer");
  ASSERT_TRUE(composer->isEnabled());
  QTest::keyClicks(composer, "bonjour, je vous ecoute");
  QTest::keyClick(composer, Qt::Key_Return);
  EXPECT_TRUE(composer->text().isEmpty());
  ASSERT_TRUE(
      QTest::qWaitFor([&] { return deskHas(desk, "bonjour, je vous ecoute", true); }, 10'000));
  auto at_member = whileResponsive([&] { return member.ok({"sync", "--wait", "0"}); });
  bool received = false;
  for (const auto& l : at_member) {
    EXPECT_NE(str(l, "kind"), "dm");  // a ticket's message is never a direct message
    if (str(l, "kind") == "ticket_message" && str(l, "text") == "bonjour, je vous ecoute") {
      EXPECT_EQ(QString::fromStdString(str(l, "ticket")), ticket);
      received = true;
    }
  }
  EXPECT_TRUE(received) << "the member did not receive the worker's message";
  // Offline when the ticket was taken, the member's CLI asks who took it before answering.
  auto status = whileResponsive([&] { return member.ok({"ticket"}); });
  ASSERT_EQ(status.size(), 1u);
  EXPECT_EQ(str(status[0], "worker"), my_id);
  whileResponsive([&] { return member.ok({"ticket", "say", "merci, j'ai une question"}); });
  ASSERT_TRUE(
      QTest::qWaitFor([&] { return deskHas(desk, "merci, j'ai une question", false); }, 10'000));
  EXPECT_EQ(w.workspace().directs()->rowCount(), 0);
  EXPECT_GE(w.findChild<QListWidget*>("deskConversation")->count(), 2);

  // The desk, in the three languages (the pages are rebuilt on a change of language).
  screenshot(w, "relais-qt-worker-desk-en.png");
  for (const char* lang : {"fr", "nl"}) {
    relais::qt::Preferences p = w.preferences();
    p.language = lang;
    w.applyPreferences(p);
    QTabWidget* rebuilt = w.chatPage()->centerTabs();
    ASSERT_EQ(rebuilt->count(), 2);
    rebuilt->setCurrentWidget(w.chatPage()->workerPanel());
    screenshot(w, QString("relais-qt-worker-desk-%1.png").arg(lang));
  }
  relais::qt::Preferences p = w.preferences();
  p.language = "en";
  w.applyPreferences(p);
  w.chatPage()->centerTabs()->setCurrentWidget(w.chatPage()->workerPanel());

  // The worker ends the conversation; the member no longer holds a ticket.
  QTest::mouseClick(w.findChild<QPushButton*>("endTicketButton"), Qt::LeftButton);
  ASSERT_TRUE(QTest::qWaitFor([&] { return desk->tickets()->rowCount() == 0; }, 10'000));
  EXPECT_TRUE(desk->shownTicket().isEmpty());
  EXPECT_NE(member.run({"ticket"}).exit_code, 0);

  // The counts of this month hold the conversation and the message left.
  auto* deskTabs = w.findChild<QTabWidget*>("deskTabs");
  deskTabs->setCurrentIndex(2);
  QTest::mouseClick(w.findChild<QPushButton*>("statsButton"), Qt::LeftButton);
  ASSERT_TRUE(QTest::qWaitFor([&] { return desk->stats().has_value(); }, 10'000));
  EXPECT_EQ(desk->stats()->conversations, 1u);
  EXPECT_EQ(desk->stats()->org_messages, 1u);
  EXPECT_TRUE(w.findChild<QLabel*>("statsText")->text().contains("Conversations held: 1"));

  // The message left is answered from the inbox (issue 17): the answer reaches the member as
  // the organisation's, end-to-end encrypted, and the message is marked handled for colleagues.
  deskTabs->setCurrentIndex(1);
  auto* inboxView = w.findChild<QListView*>("inboxView");
  QTest::qWait(100);
  clickRow(inboxView, 0);
  auto* answer = w.findChild<QLineEdit*>("inboxAnswer");
  auto* answerButton = w.findChild<QPushButton*>("answerButton");
  ASSERT_TRUE(answer->isEnabled());
  ASSERT_TRUE(answerButton->isEnabled());
  QTest::keyClicks(answer, "Bonjour, nous vous rappelons mardi a 14h.");
  QTest::mouseClick(answerButton, Qt::LeftButton);
  EXPECT_TRUE(answer->text().isEmpty());
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        const QModelIndex i = desk->inbox()->index(0);
        return desk->inbox()->rowCount() == 1 && i.data(WorkerInboxModel::HandledRole).toBool() &&
               i.data(WorkerInboxModel::AnswersRole)
                   .toStringList()
                   .contains("Bonjour, nous vous rappelons mardi a 14h.");
      },
      10'000));
  EXPECT_TRUE(desk->inbox()->index(0).data().toString().contains(
      "You answered: Bonjour, nous vous rappelons mardi a 14h."));
  EXPECT_FALSE(w.findChild<QPushButton*>("markHandledButton")->isEnabled());
  screenshot(w, "relais-qt-worker-inbox-answered-en.png");
  auto answered = whileResponsive([&] { return member.ok({"sync", "--wait", "0"}); });
  bool got_answer = false;
  for (const auto& l : answered) {
    EXPECT_NE(str(l, "kind"), "dm");  // the organisation's answer is never a direct message
    if (str(l, "kind") == "org_answer" &&
        str(l, "text") == "Bonjour, nous vous rappelons mardi a 14h.") {
      EXPECT_EQ(str(l, "org"), "espace-p");
      got_answer = true;
    }
  }
  EXPECT_TRUE(got_answer) << "the member did not receive the desk's answer";
  // An empty answer is refused with a sentence, and nothing is sent.
  clickRow(inboxView, 0);
  QTest::mouseClick(answerButton, Qt::LeftButton);
  EXPECT_EQ(w.statusBar()->currentMessage(), QString("The message is empty."));
  auto inbox = whileResponsive([&] { return admin.run({"staff", "inbox", "espace-p"}); });
  EXPECT_NE(inbox.exit_code, 0);  // an admin is not a worker by being an admin

  // Off duty again.
  QTest::mouseClick(w.findChild<QPushButton*>("dutyButton"), Qt::LeftButton);
  ASSERT_TRUE(QTest::qWaitFor([&] { return !desk->onDuty(); }, 10'000));
}

}  // namespace
}  // namespace relais::e2e

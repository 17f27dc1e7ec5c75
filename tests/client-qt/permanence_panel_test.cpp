// The member's permanence panel with two organisations in the list: the organisation chosen is
// the one shown and the one knocked at, and a closed door or an ended conversation of one never
// shows under the other's name (a French reviewer's two findings). An engine that is registering
// (against a port that accepts and never answers, so that it stays so) takes the knock; the rest
// is fed as the relay's answers and pushes would bring them, as the workspace does.
#include "client-qt/ui/permanence_panel.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "client-qt/core/engine_host.h"
#include "client-qt/core/workspace.h"

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

engine::PermanenceView permanence(const char* org, const char* name, bool open) {
  engine::PermanenceView p;
  p.org = org;
  p.name = name;
  p.open = open;
  p.on_duty = open ? 1 : 0;
  p.next_open_ms = open ? 0 : 1'796'749'200'000;
  p.next_open_local = open ? "" : "2026-12-08 18:00";
  return p;
}

engine::ClosedView closedDoor(const char* org) {
  engine::ClosedView c;
  c.org = org;
  c.next_open_ms = 1'796'749'200'000;
  c.next_open_local = "2026-12-08 18:00";
  c.can_leave_message = true;
  c.emergency = {{"112", {{"en", "European emergency number"}}}};
  return c;
}

// A loopback port that accepts connections and never says a word.
class SilentPort {
 public:
  SilentPort() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&a), len) != 0 ||
        ::listen(fd_, 4) != 0 || ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
      return;
    }
    port_ = ntohs(a.sin_port);
  }
  ~SilentPort() {
    if (fd_ >= 0) ::close(fd_);
  }
  SilentPort(const SilentPort&) = delete;
  SilentPort& operator=(const SilentPort&) = delete;
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

}  // namespace

class PermanencePanelTest : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void init() {
    QVERIFY(dir_.isValid());
    QVERIFY(silent_.port() > 0);
    host_ = std::make_unique<EngineHost>();
    const Status st = host_->beginRegistration(dir_.filePath(QString("p%1").arg(++profiles_)),
                                               QString("ws://127.0.0.1:%1").arg(silent_.port()),
                                               "amina", "velo tulipe orage");
    QVERIFY2(st.ok(), st.ok() ? "" : st.error().message.c_str());
    ws_ = std::make_unique<Workspace>(*host_);
    panel_ = std::make_unique<PermanencePanel>(*ws_);
    panel_->resize(560, 720);
    panel_->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
    ws_->handle(ev::PermanencesListed{
        0, {permanence("espace-p", "Espace P", false), permanence("alias", "Alias", true)}});
  }
  void cleanup() {
    panel_.reset();
    ws_.reset();
    host_.reset();
  }

  // Finding 1: after another organisation is chosen, the panel still showed the first (its
  // closed door) while "Knock" knocked at the other.
  void theChosenOrganisationIsShownAndKnockedAt() {
    TicketSession* t = ws_->ticket();
    panel_->showOrg("espace-p");
    ws_->handle(ev::DoorClosed{0, closedDoor("espace-p")});
    QCOMPARE(t->state(), TicketSession::State::closed);
    QVERIFY2(title().contains("Espace P"), qPrintable(title()));
    QVERIFY(visible("closedDoor"));

    panel_->showOrg("alias");
    QVERIFY2(title().contains("Alias") && !title().contains("Espace P"), qPrintable(title()));
    QVERIFY(!visible("closedDoor"));  // Espace P's door is not Alias's
    QVERIFY2(!status().contains("closed"), qPrintable(status()));
    auto* knock = panel_->findChild<QPushButton*>("knockButton");
    QVERIFY(knock->isEnabled());
    QVERIFY(host_->registering());  // an engine to take the knock
    knock->click();
    QCOMPARE(t->org(), QString("alias"));  // knocked where the title says

    // And back: the chosen one again, whatever the session held before.
    panel_->showOrg("espace-p");
    QVERIFY2(title().contains("Espace P") && !title().contains("Alias"), qPrintable(title()));
    knock->click();
    QCOMPARE(t->org(), QString("espace-p"));
  }

  // The French review of 5 December ended a conversation by accident: the button had moved
  // under the pointer. Ending (or leaving the queue) is asked first; "No" changes nothing.
  void endingAConversationIsAskedFirst() {
    TicketSession* t = ws_->ticket();
    panel_->showOrg("espace-p");
    engine::TicketView taken;
    taken.ticket = "K7QHW2XA";
    taken.org = "espace-p";
    taken.worker = id(9);
    taken.language = "fr";
    ws_->handle(ev::TicketUpdated{0, taken});
    QCOMPARE(t->state(), TicketSession::State::talking);
    auto* leave = panel_->findChild<QPushButton*>("leaveTicket");
    QVERIFY(leave && leave->isVisible());
    QString asked;
    QTimer::singleShot(0, this, [&] {
      auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
      if (!box) return;
      asked = box->text();
      box->button(QMessageBox::No)->click();
    });
    leave->click();
    QVERIFY2(asked.contains("End the conversation with the outreach worker?"), qPrintable(asked));
    QCOMPARE(t->state(), TicketSession::State::talking);
    QVERIFY(visible("ticketConversation") || leave->isVisible());
  }

  // Finding 2: an ended conversation showed under another organisation's name.
  void anEndedConversationStaysUnderItsOwnOrganisation() {
    TicketSession* t = ws_->ticket();
    panel_->showOrg("espace-p");
    engine::TicketView taken;
    taken.ticket = "K7QHW2XA";
    taken.org = "espace-p";
    taken.worker = id(9);
    taken.language = "fr";
    ws_->handle(ev::TicketUpdated{0, taken});
    QCOMPARE(t->state(), TicketSession::State::talking);
    engine::Message m;
    m.peer = id(9);
    m.text = "Je vous écoute. Depuis quand ?";
    m.ticket = "K7QHW2XA";
    m.time_ms = 1'796'751'660'000;
    ws_->handle(ev::MessageReceived{m});
    // While talking, choosing another organisation keeps the conversation and its name.
    panel_->showOrg("alias");
    QVERIFY2(title().contains("Espace P"), qPrintable(title()));
    QCOMPARE(lines()->count(), 1);
    QVERIFY(!panel_->findChild<QPushButton*>("knockButton")->isEnabled());

    ws_->handle(ev::TicketClosed{"K7QHW2XA", engine::TicketEnd::ended});
    QCOMPARE(t->state(), TicketSession::State::ended);
    // Alias is the one chosen: its own view, with no line of Espace P's conversation.
    QVERIFY2(title().contains("Alias") && !title().contains("Espace P"), qPrintable(title()));
    QVERIFY(!visible("ticketConversation"));
    QCOMPARE(lines()->count(), 0);
    QVERIFY2(!status().contains("over"), qPrintable(status()));

    // Espace P again: its ended conversation, under its name.
    panel_->showOrg("espace-p");
    QVERIFY2(title().contains("Espace P"), qPrintable(title()));
    QVERIFY(visible("ticketConversation"));
    QCOMPARE(lines()->count(), 1);
    QVERIFY2(status().contains("over"), qPrintable(status()));

    // Over while the profile was locked (the session starts empty): told under its own name.
    t->clear();
    panel_->showOrg("alias");
    engine::TicketView over;
    over.ticket = "K7QHW2XA";
    over.org = "espace-p";
    over.ended = engine::TicketEnd::ended;
    ws_->handle(ev::TicketUpdated{0, over});
    QCOMPARE(t->state(), TicketSession::State::ended);
    QVERIFY2(title().contains("Alias"), qPrintable(title()));
    QVERIFY2(!status().contains("over"), qPrintable(status()));
    panel_->showOrg("espace-p");
    QVERIFY2(status().contains("over"), qPrintable(status()));
  }

 private:
  QString title() const { return panel_->findChild<QLabel*>("permanenceTitle")->text(); }
  QString status() const { return panel_->findChild<QLabel*>("ticketStatus")->text(); }
  QListWidget* lines() const { return panel_->findChild<QListWidget*>("ticketConversation"); }
  bool visible(const char* name) const {
    auto* w = panel_->findChild<QWidget*>(name);
    return w && w->isVisibleTo(panel_.get());
  }

  QTemporaryDir dir_;
  SilentPort silent_;
  int profiles_ = 0;
  std::unique_ptr<EngineHost> host_;
  std::unique_ptr<Workspace> ws_;
  std::unique_ptr<PermanencePanel> panel_;
};

QTEST_MAIN(PermanencePanelTest)
#include "permanence_panel_test.moc"

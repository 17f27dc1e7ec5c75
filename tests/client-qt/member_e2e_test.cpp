// What relais-qt tells a member about a permanence against a real relaisd, with real `relais`
// CLI profiles for the admin, the worker and the others (the Qt client opens the same profile
// folders): a message left out of hours that the organisation's inbox refused (she must know
// the workers may see it late, and where the emergency numbers are), and a place in the queue
// given up while she was away (told at her next log-in, with "you can knock again"). No window:
// the logic under the member's panel, on Qt's event loop.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include "client-qt/core/engine_host.h"
#include "client-qt/core/workspace.h"
#include "tests/e2e/e2e_harness.h"

namespace relais::e2e {
namespace {

using namespace std::chrono_literals;
using relais::qt::EngineHost;
using relais::qt::TicketSession;
using relais::qt::Workspace;

QCoreApplication& application() {
  static int argc = 1;
  static char arg0[] = "relais-qt-member-e2e";
  static char* argv[] = {arg0, nullptr};
  static QCoreApplication app(argc, argv);
  return app;
}

// Opens a CLI person's profile in the Qt host and waits until it is online.
void openOnline(EngineHost& host, const Person& p, const Relay& relay) {
  const Status st = host.unlock(QString::fromStdString(p.home()),
                                QString::fromStdString("correct horse " + p.name()));
  ASSERT_TRUE(st.ok()) << st.error().message;
  ASSERT_TRUE(QTest::qWaitFor([&] { return host.link() == EngineHost::Link::online; }, 10'000))
      << "not online; relay log: " << relay.log();
}

bool saidOnce(const QSignalSpy& info, const QString& words) {
  for (const auto& call : info)
    if (call.first().toString().contains(words)) return true;
  return false;
}

class QtMember : public ::testing::Test {
 protected:
  void start(std::vector<std::string> options) {
    application();
    qputenv("RELAIS_VAULT_KDF_LOG2N", "10");
    relay_ = std::make_unique<Relay>(root_ / "data", relais::testing::free_loopback_port(),
                                     std::move(options));
    auto invite = relais::testing::run_process(
        relais::testing::built_binary("server/relaisd"),
        {"--data", (root_ / "data").string(), "admin-invite"}, {}, 10s);
    ASSERT_EQ(invite.exit_code, 0) << invite.err;
    admin_.register_on(*relay_, {"--invite", invite.out.substr(0, invite.out.find('\n'))});
    for (auto* p : {&worker_, &mona_, &other_}) p->register_on(*relay_);
    admin_.ok({"admin", "org", "create", "espace-p", "--name", "Espace P", "--lang", "fr,en",
               "--region", "brussels"});
    admin_.ok({"admin", "grant", "outreach", worker_.id(), "espace-p"});
  }

  relais::testing::TempDir root_{"relais-qt-member-e2e"};
  std::unique_ptr<Relay> relay_;
  Person admin_{root_, "adele"}, worker_{root_, "wanda"}, mona_{root_, "mona"},
      other_{root_, "olga"};
};

// Before, relais-qt said "Your message was left for the organisation; a worker will read it."
// even when the relay refused to list it in the organisation's inbox.
TEST_F(QtMember, AMessageTheInboxRefusedIsSaidToArriveLate) {
  start({"--org-inbox-max", "1", "--org-inbox-per-network", "1"});
  other_.ok({"leave-message", "espace-p", "olga: the inbox's one place"});  // fills it

  EngineHost host;
  openOnline(host, mona_, *relay_);
  Workspace ws(host);
  QSignalSpy info(ws.ticket(), &TicketSession::info);
  QSignalSpy left(ws.ticket(), &TicketSession::messageLeft);
  ASSERT_TRUE(ws.ticket()->leaveMessage("espace-p", "mona: can someone call me back?").ok());
  ASSERT_TRUE(QTest::qWaitFor([&] { return left.count() == 1; }, 10'000))
      << "no answer; relay log: " << relay_->log();
  EXPECT_TRUE(saidOnce(info, "inbox on the relay is full: they may see it late"));
  EXPECT_TRUE(saidOnce(info, "emergency numbers are under Resources"));
  EXPECT_FALSE(saidOnce(info, "Your message was left"))
      << info.first().first().toString().toStdString();
  host.lock();

  // The worker has her copy all the same; the relay's inbox lists only the first message, and
  // her inbox shows the second after it, marked as not on the relay's list.
  bool copy = false;
  for (const auto& line : worker_.ok({"sync", "--wait", "0"}))
    copy |= str(line, "text").find("mona: can someone call me back?") != std::string::npos;
  EXPECT_TRUE(copy);
  auto inbox = worker_.ok({"staff", "inbox", "espace-p"});
  ASSERT_EQ(inbox.size(), 2u);
  EXPECT_TRUE(flag(inbox[0], "listed"));
  EXPECT_FALSE(flag(inbox[1], "listed"));
  EXPECT_NE(str(inbox[1], "text").find("mona: can someone call me back?"), std::string::npos);
}

// A member who knocked and then lost her connection for longer than the relay's grace gives her
// place up; at her next log-in relais-qt says why and that she can knock again.
TEST_F(QtMember, APlaceGivenUpWhileAwayIsToldAtTheNextLogIn) {
  start({"--permanence-away-grace", "2"});
  worker_.ok({"staff", "open", "espace-p"});
  {
    EngineHost host;
    openOnline(host, mona_, *relay_);
    Workspace ws(host);
    ws.ticket()->knock("espace-p", "fr");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return ws.ticket()->state() == TicketSession::State::waiting; }, 10'000));
    EXPECT_EQ(ws.ticket()->ticket().place, 1u);
    // Still there after more than the grace: she is online.
    QTest::qWait(3000);
    EXPECT_EQ(worker_.ok({"staff", "queue", "espace-p"}).size(), 1u);
    host.lock();
  }
  // Away: after the grace the queue is empty.
  QTest::qWait(3500);
  EXPECT_TRUE(worker_.ok({"staff", "queue", "espace-p"}).empty());

  EngineHost host;
  Workspace ws(host);
  QSignalSpy info(ws.ticket(), &TicketSession::info);
  openOnline(host, mona_, *relay_);
  ASSERT_TRUE(
      QTest::qWaitFor([&] { return ws.ticket()->state() == TicketSession::State::ended; }, 10'000));
  EXPECT_EQ(ws.ticket()->endReason(), engine::TicketEnd::away);
  EXPECT_TRUE(ws.ticket()->statusText().contains("your place in the queue went to the people"))
      << ws.ticket()->statusText().toStdString();
  EXPECT_TRUE(ws.ticket()->statusText().contains("You can knock again"));
  EXPECT_TRUE(saidOnce(info, "You can knock again"));
  // And she can: a new ticket, first in the queue.
  ws.ticket()->knock("espace-p", "fr");
  ASSERT_TRUE(QTest::qWaitFor([&] { return ws.ticket()->state() == TicketSession::State::waiting; },
                              10'000));
  EXPECT_EQ(ws.ticket()->ticket().place, 1u);
  EXPECT_EQ(worker_.ok({"staff", "queue", "espace-p"}).size(), 1u);
  host.lock();
}

}  // namespace
}  // namespace relais::e2e

// relais-qt's administration and moderation log against a real relaisd, with real `relais` CLI
// profiles (the Qt client opens the same profile folders): an admin creates a room, makes a CLI
// member its moderator, creates an invite code that registers a new CLI account and an
// organisation; the room's log shows the grant, as the CLI moderator also reads it; a duplicate
// room and a member acting as admin are refused, in the relay's own sentence. No window: the
// logic under the dialogs, on Qt's event loop.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include "client-qt/core/admin_requests.h"
#include "client-qt/core/engine_host.h"
#include "client-qt/core/mod_log_model.h"
#include "tests/e2e/e2e_harness.h"

namespace relais::e2e {
namespace {

using namespace std::chrono_literals;
using relais::qt::AdminRequests;
using relais::qt::EngineHost;
using relais::qt::ModLogModel;

// Opens a CLI person's profile in the Qt host and waits until it is online.
void openOnline(EngineHost& host, const Person& p, const Relay& relay) {
  const Status st = host.unlock(QString::fromStdString(p.home()),
                                QString::fromStdString("correct horse " + p.name()));
  ASSERT_TRUE(st.ok()) << st.error().message;
  ASSERT_TRUE(QTest::qWaitFor([&] { return host.link() == EngineHost::Link::online; }, 10'000))
      << "not online; relay log: " << relay.log();
}

TEST(QtAdmin, AdministersTheRelayAndReadsTheModerationLog) {
  relais::testing::TempDir root{"relais-qt-admin-e2e"};
  Relay relay(root / "data");
  auto invite =
      relais::testing::run_process(relais::testing::built_binary("server/relaisd"),
                                   {"--data", (root / "data").string(), "admin-invite"}, {}, 10s);
  ASSERT_EQ(invite.exit_code, 0) << invite.err;
  Person admin(root, "adele");
  admin.register_on(relay, {"--invite", invite.out.substr(0, invite.out.find('\n'))});
  Person member(root, "mona");
  member.register_on(relay);

  int argc = 1;
  char arg0[] = "relais-qt-admin-e2e";
  char* argv[] = {arg0, nullptr};
  QCoreApplication app(argc, argv);
  qputenv("RELAIS_VAULT_KDF_LOG2N", "10");

  {
    EngineHost host;
    openOnline(host, admin, relay);
    AdminRequests requests(host);
    QSignalSpy done(&requests, &AdminRequests::done);
    QSignalSpy refused(&requests, &AdminRequests::refused);
    QSignalSpy invited(&requests, &AdminRequests::inviteCreated);
    const auto answered = [&](int done_count) {
      return QTest::qWaitFor([&] { return done.count() >= done_count || refused.count() > 0; },
                             10'000);
    };

    relais::qt::RoomForm room;
    room.room = "gent-nacht";
    room.name_fr = "Gand, la nuit";
    room.name_nl = "Gent bij nacht";
    room.policy = "knock";
    ASSERT_TRUE(requests.createRoom(room).ok());
    ASSERT_TRUE(answered(1));
    ASSERT_EQ(refused.count(), 0) << refused.first().first().toString().toStdString();

    ASSERT_TRUE(
        requests.changeRole(true, QString::fromStdString(member.id()), "moderator", "gent-nacht")
            .ok());
    ASSERT_TRUE(answered(2));
    ASSERT_EQ(refused.count(), 0) << refused.first().first().toString().toStdString();

    relais::qt::OrgForm org;
    org.org = "espace-p";
    org.name = "Espace P";
    org.languages = "fr, nl";
    ASSERT_TRUE(requests.createOrg(org).ok());
    ASSERT_TRUE(answered(3));
    ASSERT_EQ(refused.count(), 0) << refused.first().first().toString().toStdString();

    ASSERT_TRUE(requests.createInvite("", 1, 2).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return invited.count() == 1; }, 10'000));
    const QString code = invited.first().at(0).toString();
    ASSERT_FALSE(code.isEmpty());
    EXPECT_TRUE(invited.first().at(1).toDateTime() > QDateTime::currentDateTime().addDays(1));

    // The same room again: the relay's refusal, as it said it.
    ASSERT_TRUE(requests.createRoom(room).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return refused.count() == 1; }, 10'000));
    EXPECT_TRUE(refused.first().first().toString().contains("exists already"))
        << refused.first().first().toString().toStdString();

    // The room's log: the grant, with its target.
    ModLogModel log(host);
    log.refresh("gent-nacht");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !log.loading(); }, 10'000));
    ASSERT_GE(log.rowCount(), 1) << log.status().toStdString();
    bool granted = false;
    for (int row = 0; row < log.rowCount(); ++row) {
      const QModelIndex i = log.index(row);
      if (i.data(ModLogModel::ActionRole).toString() == "grant moderator" &&
          i.data(ModLogModel::TargetRole).toString() ==
              QString::fromStdString(member.id()).left(8)) {
        granted = true;
      }
    }
    EXPECT_TRUE(granted);
    host.lock();

    // The code registers a new account.
    Person newcomer(root, "nour");
    newcomer.register_on(relay, {"--invite", code.toStdString()});
    EXPECT_EQ(newcomer.id().size(), 26u);
  }

  // The CLI moderator reads the same log.
  bool cli_sees_grant = false;
  for (const auto& line : member.ok({"mod", "log", "gent-nacht"})) {
    if (str(line, "action") == "grant moderator" && str(line, "target") == member.id()) {
      cli_sees_grant = true;
    }
  }
  EXPECT_TRUE(cli_sees_grant);

  // A member who is no admin: refused by the relay, in a sentence; no log of a room they do
  // not moderate.
  EngineHost host;
  openOnline(host, member, relay);
  AdminRequests requests(host);
  QSignalSpy refused(&requests, &AdminRequests::refused);
  ASSERT_TRUE(requests.changeRole(true, QString::fromStdString(admin.id()), "admin", "").ok());
  ASSERT_TRUE(QTest::qWaitFor([&] { return refused.count() == 1; }, 10'000));
  EXPECT_FALSE(refused.first().first().toString().isEmpty());
  ModLogModel log(host);
  log.refresh("brussels");
  ASSERT_TRUE(QTest::qWaitFor([&] { return !log.loading(); }, 10'000));
  EXPECT_EQ(log.rowCount(), 0);
  EXPECT_TRUE(log.status().contains("The relay did not give the log"))
      << log.status().toStdString();
}

}  // namespace
}  // namespace relais::e2e

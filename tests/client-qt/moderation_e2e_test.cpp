// relais-qt's room view and moderation models against a real relaisd, with real `relais` CLI
// profiles (the Qt client opens the same profile folders), on Qt's event loop with no window:
// what the person a moderator acted on reads (muted until when, her message removed, banned),
// what the other members read ("a moderator", never which one).
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include "client-qt/core/conversation_model.h"
#include "client-qt/core/engine_host.h"
#include "client-qt/core/report_model.h"
#include "client-qt/core/workspace.h"
#include "tests/e2e/e2e_harness.h"

namespace relais::e2e {
namespace {

using namespace std::chrono_literals;
using relais::qt::ConversationModel;
using relais::qt::EngineHost;
using relais::qt::Workspace;

// Opens a CLI person's profile in the Qt host and waits until it is online.
void openOnline(EngineHost& host, const Person& p, const Relay& relay) {
  const Status st = host.unlock(QString::fromStdString(p.home()),
                                QString::fromStdString("correct horse " + p.name()));
  ASSERT_TRUE(st.ok()) << st.error().message;
  ASSERT_TRUE(QTest::qWaitFor([&] { return host.link() == EngineHost::Link::online; }, 10'000))
      << "not online; relay log: " << relay.log();
}

// The sentences of the room events the conversation shows, one a line.
QString eventTexts(ConversationModel& c) {
  QString out;
  for (int row = 0; row < c.rowCount(); ++row) {
    const QModelIndex i = c.index(row);
    if (i.data(ConversationModel::KindRole).toString() == "event")
      out += i.data(ConversationModel::TextRole).toString() + '\n';
  }
  return out;
}

bool showsSeq(ConversationModel& c, uint64_t seq) {
  for (int row = 0; row < c.rowCount(); ++row) {
    const QModelIndex i = c.index(row);
    if (i.data(ConversationModel::KindRole).toString() == "message" &&
        i.data(ConversationModel::SeqRole).toULongLong() == seq)
      return true;
  }
  return false;
}

class QtModeration : public ::testing::Test {
 protected:
  void SetUp() override {
    relay_ = std::make_unique<Relay>(root_ / "data");
    auto code = relais::testing::run_process(relais::testing::built_binary("server/relaisd"),
                                             {"--data", (root_ / "data").string(), "admin-invite"},
                                             {}, 10s);
    ASSERT_EQ(code.exit_code, 0) << code.err;
    admin_.register_on(*relay_, {"--invite", code.out.substr(0, code.out.find('\n'))});
    for (auto* p : {&mod_, &mod2_, &mona_, &rose_}) p->register_on(*relay_);
    for (auto* p : {&admin_, &mod_, &mod2_, &mona_, &rose_}) p->ok({"join", "brussels"});
    admin_.ok({"admin", "grant", "moderator", mod_.id(), "brussels"});
    admin_.ok({"admin", "grant", "moderator", mod2_.id(), "brussels"});
    for (auto* p : {&admin_, &mod_, &mod2_, &mona_, &rose_}) p->ok({"sync"});
    qputenv("RELAIS_VAULT_KDF_LOG2N", "10");
  }
  uint64_t say(Person& p, const std::string& text) {
    auto lines = p.ok({"say", "brussels", text});
    EXPECT_EQ(lines.size(), 1u);
    return lines.empty() ? 0 : num(lines[0], "seq");
  }
  // What someone other than the moderators must never read: a moderator's id or name, in the
  // events of what moderators did (the grant that made them moderators names them, as it must).
  void namesNoModerator(const QString& events, const char* who) {
    QString seen;
    for (const QString& line : events.split('\n'))
      if (!line.contains("is now a moderator")) seen += line + '\n';
    for (const Person* m : {&mod_, &mod2_}) {
      EXPECT_FALSE(seen.contains(QString::fromStdString(m->id()))) << who << ": "
                                                                   << seen.toStdString();
      EXPECT_FALSE(seen.contains(QString::fromStdString(m->name()))) << who << ": "
                                                                     << seen.toStdString();
    }
  }

  int argc_ = 1;
  char arg0_[24] = "relais-qt-moderation";
  char* argv_[2] = {arg0_, nullptr};
  QCoreApplication app_{argc_, argv_};
  relais::testing::TempDir root_{"relais-qt-moderation-e2e"};
  std::unique_ptr<Relay> relay_;
  Person admin_{root_, "adele"}, mod_{root_, "mireille"}, mod2_{root_, "maud"},
      mona_{root_, "mona"}, rose_{root_, "rose"};
};

TEST_F(QtModeration, ThePersonConcernedReadsItInHerWordsAndTheOthersReadAModerator) {
  // Both moderators wrote in the room: every member knows their names.
  say(mod_, "bonsoir, je modère ce soir");
  say(mod2_, "moi aussi");
  const uint64_t seq = say(mona_, "qui veut un trajet ce soir");
  for (auto* p : {&mona_, &rose_}) p->ok({"sync"});

  {
    // Mona, online in relais-qt, is muted and her message removed.
    EngineHost host;
    openOnline(host, mona_, *relay_);
    Workspace ws(host);
    ws.openRoom("brussels");
    ConversationModel& c = *ws.conversation();
    ASSERT_TRUE(QTest::qWaitFor([&] { return showsSeq(c, seq); }, 10'000));
    QSignalSpy info(&ws, &Workspace::info);
    mod_.ok({"mod", "mute", "brussels", mona_.id(), "--for", "1h"});
    mod_.ok({"mod", "remove", "brussels", std::to_string(seq)});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return eventTexts(c).contains("A moderator muted you until "); }, 10'000))
        << eventTexts(c).toStdString();
    EXPECT_TRUE(eventTexts(c).contains("you can read, and write again after that."));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !showsSeq(c, seq); }, 10'000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
          for (const auto& s : info)
            if (s.first().toString().contains("A moderator removed your message from")) return true;
          return false;
        },
        10'000));
    namesNoModerator(eventTexts(c), "the muted member");
    host.lock();
  }
  {
    // Rose reads that Mona was muted, by no one named; then she is banned, online.
    EngineHost host;
    openOnline(host, rose_, *relay_);
    Workspace ws(host);
    ws.openRoom("brussels");
    ConversationModel& c = *ws.conversation();
    ASSERT_TRUE(QTest::qWaitFor([&] { return eventTexts(c).contains("was muted until"); }, 10'000))
        << eventTexts(c).toStdString();
    EXPECT_FALSE(eventTexts(c).contains("muted you"));
    EXPECT_TRUE(eventTexts(c).contains("A moderator removed a message."));
    mod2_.ok({"mod", "ban", "brussels", rose_.id()});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return eventTexts(c).contains("A moderator banned you from this room"); }, 10'000))
        << eventTexts(c).toStdString();
    namesNoModerator(eventTexts(c), "the banned member");
    host.lock();
  }
  {
    // Mona, back: Rose was banned "by a moderator".
    EngineHost host;
    openOnline(host, mona_, *relay_);
    Workspace ws(host);
    ws.openRoom("brussels");
    ConversationModel& c = *ws.conversation();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return eventTexts(c).contains("was banned by a moderator."); }, 10'000))
        << eventTexts(c).toStdString();
    EXPECT_FALSE(eventTexts(c).contains("banned you"));
    namesNoModerator(eventTexts(c), "another member");
    host.lock();
  }
}

// Reports are shared by the room's moderators: one in relais-qt sees the other (CLI) mark a
// report handled while she is online, and marks one the other then finds handled.
TEST_F(QtModeration, AReportHandledByOneModeratorLeavesTheOthersOpenReports) {
  const uint64_t first = say(rose_, "viens seule ce soir, sinon");
  const uint64_t second = say(rose_, "je sais où tu habites");
  mona_.ok({"sync"});
  mona_.ok({"report", "brussels", std::to_string(first), "--reason", "threat"});
  mona_.ok({"report", "brussels", std::to_string(second), "--reason", "threat"});
  std::map<uint64_t, std::string> ids;
  for (auto& l : mod2_.ok({"reports"}))
    if (str(l, "kind") == "report") ids[num(l, "seq")] = str(l, "report");
  ASSERT_EQ(ids.size(), 2u);

  EngineHost host;
  openOnline(host, mod_, *relay_);
  Workspace ws(host);
  relais::qt::ReportModel& model = *ws.reports();
  ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 2; }, 10'000)) << model.rowCount();
  EXPECT_FALSE(model.index(0).data(relais::qt::ReportModel::HandledRole).toBool());

  // The CLI moderator marks the first: it leaves the open reports here at once.
  mod2_.ok({"reports", "handled", ids[first]});
  ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 1; }, 10'000));
  EXPECT_EQ(model.index(0).data(relais::qt::ReportModel::ReportIdRole).toString().toStdString(),
            ids[second]);
  EXPECT_EQ(model.hiddenHandled(), 1);
  model.setShowHandled(true);
  ASSERT_EQ(model.rowCount(), 2);
  int handled_rows = 0;
  for (int row = 0; row < 2; ++row) {
    const QModelIndex i = model.index(row);
    if (!i.data(relais::qt::ReportModel::HandledRole).toBool()) continue;
    ++handled_rows;
    EXPECT_EQ(i.data(relais::qt::ReportModel::ReportIdRole).toString().toStdString(), ids[first]);
    EXPECT_TRUE(i.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("\u2713 Handled")));
  }
  EXPECT_EQ(handled_rows, 1);
  model.setShowHandled(false);

  // relais-qt marks the second: the CLI moderator finds no open report left.
  ws.markReportHandled(QString::fromStdString(ids[second]));
  ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 0; }, 10'000));
  host.lock();
  for (auto& l : mod2_.ok({"reports"})) EXPECT_NE(str(l, "kind"), "report") << boost::json::serialize(l);
  bool both_handled = true;
  size_t listed = 0;
  for (auto& l : mod2_.ok({"reports", "--all"})) {
    if (str(l, "kind") != "report") continue;
    ++listed;
    both_handled &= flag(l, "handled");
  }
  EXPECT_EQ(listed, 2u);
  EXPECT_TRUE(both_handled);
  // The reporter reads nothing about it.
  for (auto& l : mona_.ok({"sync"})) EXPECT_NE(str(l, "kind"), "report_handled");
}

}  // namespace
}  // namespace relais::e2e

// relais-qt end to end, under a real X server (Xvfb): a real relaisd on a free loopback port,
// a real `relais` CLI profile, and the application's real window driven through its widgets.
// The app registers, joins brussels, receives a message the CLI posts, sends one the CLI
// receives; and it knocks at a chat permanence a CLI worker holds, who takes the ticket and
// writes. Screenshots of the main window and of the permanence (en, fr, nl, ro, bg) go into the
// test's build folder.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <tuple>

#include "client-qt/core/direct_list_model.h"
#include "client-qt/core/member_model.h"
#include "client-qt/ui/chat_page.h"
#include "client-qt/ui/main_window.h"
#include "client-qt/ui/permanence_panel.h"
#include "client-qt/ui/settings_dialog.h"
#include "client-qt/ui/welcome_page.h"
#include "core/vault/vault.h"
#include "state.pb.h"
#include "tests/client-qt/window_e2e.h"
#include "tests/e2e/e2e_harness.h"

namespace relais::e2e {
namespace {

using namespace std::chrono_literals;
using relais::qt::ConversationModel;
using relais::qt::DirectListModel;
using relais::qt::MainWindow;
using relais::qt::MemberModel;
using relais::qt::PermanenceListModel;
using relais::qt::RoomListModel;
using relais::qt::TicketSession;

bool conversationHas(ConversationModel* m, const QString& text, const QString& state = {}) {
  for (int r = 0; r < m->rowCount(); ++r) {
    const QModelIndex i = m->index(r);
    if (i.data(ConversationModel::TextRole).toString() != text) continue;
    if (state.isEmpty() || i.data(ConversationModel::StateRole).toString() == state) return true;
  }
  return false;
}

TEST(QtClient, RegistersJoinsAndTalksWithTheCli) {
  relais::testing::TempDir root{"relais-qt-e2e"};
  Relay relay(root / "data");
  Person cli(root, "amandine");
  cli.register_on(relay);
  cli.ok({"join", "brussels"});

  int argc = 1;
  char arg0[] = "relais-qt-e2e";
  char* argv[] = {arg0, nullptr};
  QApplication app(argc, argv);
  qputenv("RELAIS_VAULT_KDF_LOG2N", "10");
  const QString home = QString::fromStdString((root / "home-qt").string());
  relais::qt::SettingsStore(home).store({"en", 10, false, false, {}});
  MainWindow w(home);
  w.resize(1180, 720);
  w.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));

  // First start, through the form.
  ASSERT_NO_FATAL_FAILURE(registerThroughTheForm(w, relay, "berenice"));
  EXPECT_TRUE(relais::qt::EngineHost::hasProfile(home));

  // The rooms are listed; join brussels by double-clicking it, as a person would.
  RoomListModel* rooms = w.workspace().rooms();
  ASSERT_TRUE(QTest::qWaitFor([&] { return rooms->rowOf("brussels") >= 0; }, 10'000));
  EXPECT_EQ(rooms->rowCount(), 5);
  QListView* roomsView = w.chatPage()->roomsView();
  const QRect cell = roomsView->visualRect(rooms->index(rooms->rowOf("brussels")));
  QTest::mouseClick(roomsView->viewport(), Qt::LeftButton, {}, cell.center());
  QTest::mouseDClick(roomsView->viewport(), Qt::LeftButton, {}, cell.center());
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        const int row = rooms->rowOf("brussels");
        return row >= 0 && rooms->index(row).data(RoomListModel::JoinedRole).toBool();
      },
      10'000));
  ConversationModel* conversation = w.workspace().conversation();
  ASSERT_EQ(conversation->room(), QString("brussels"));

  // The CLI posts; the app, connected all along, shows it.
  whileResponsive([&] { return cli.ok({"say", "brussels", "bonjour depuis le terminal"}); });
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return conversationHas(conversation, "bonjour depuis le terminal"); }, 10'000));

  // The app answers through the composer; it shows "sending", then "sent".
  QLineEdit* composer = w.chatPage()->composer();
  ASSERT_TRUE(composer->isEnabled());
  QTest::keyClicks(composer, "salut, ici la fenetre");
  QTest::keyClick(composer, Qt::Key_Return);
  EXPECT_TRUE(composer->text().isEmpty());
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return conversationHas(conversation, "salut, ici la fenetre", "sent"); }, 10'000));

  auto lines = whileResponsive([&] { return cli.ok({"sync", "--wait", "0"}); });
  bool received = false;
  for (const auto& l : lines) {
    if (str(l, "kind") == "room" && str(l, "room") == "brussels" &&
        str(l, "text") == "salut, ici la fenetre") {
      EXPECT_EQ(str(l, "from"), "berenice");
      received = true;
    }
  }
  EXPECT_TRUE(received) << "the CLI did not receive the app's message";

  // A direct message from the window to the CLI's account, by its id.
  ASSERT_TRUE(w.workspace().addContact("amandine", QString::fromStdString(cli.id())).ok());
  ASSERT_EQ(conversation->kind(), ConversationModel::Kind::direct);
  QTest::keyClicks(composer, "un mot en prive");
  QTest::keyClick(composer, Qt::Key_Return);
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return conversationHas(conversation, "un mot en prive", "sent"); }, 10'000));
  auto dms = whileResponsive([&] { return cli.sync(0); });
  ASSERT_EQ(dms.size(), 1u);
  EXPECT_EQ(str(dms[0], "text"), "un mot en prive");
  EXPECT_EQ(w.workspace().directs()->rowCount(), 1);

  // The real main window: the test artefact and the documentation's pictures.
  w.workspace().openRoom("brussels");
  screenshot(w, "relais-qt-main-en.png");
  for (const char* lang : {"fr", "nl", "ro", "bg"}) {
    relais::qt::Preferences p = w.preferences();
    p.language = lang;
    w.applyPreferences(p);
    w.workspace().openRoom("brussels");
    screenshot(w, QString("relais-qt-main-%1.png").arg(lang));
  }

  // Locking drops the engine; the profile stays on disk for the next unlock.
  w.lockProfile();
  EXPECT_FALSE(w.host().unlocked());
  EXPECT_TRUE(relais::qt::EngineHost::hasProfile(home));
  screenshot(w, "relais-qt-unlock-nl.png");
}

TEST(QtClient, KnocksAtAPermanenceAndTalksWithTheWorker) {
  relais::testing::TempDir root{"relais-qt-e2e-permanence"};
  Relay relay(root / "data", relais::testing::free_loopback_port(),
              {"--resources", std::string(RELAIS_SOURCE_DIR) + "/deploy/resources-be.json"});
  auto invite =
      relais::testing::run_process(relais::testing::built_binary("server/relaisd"),
                                   {"--data", (root / "data").string(), "admin-invite"}, {}, 10s);
  ASSERT_EQ(invite.exit_code, 0) << invite.err;
  Person admin(root, "adele");
  admin.register_on(relay, {"--invite", invite.out.substr(0, invite.out.find('\n'))});
  Person worker(root, "wanda");
  worker.register_on(relay);
  admin.ok({"admin", "org", "create", "espace-p", "--name", "Espace P", "--lang", "fr,en,nl",
            "--region", "brussels"});
  admin.ok({"admin", "grant", "outreach", worker.id(), "espace-p"});
  worker.ok({"permanence", "add", "espace-p", "--room", "brussels", "--weekday", "tue", "--start",
             "14:00", "--end", "15:00", "--lang", "fr,en"});
  worker.ok({"staff", "open", "espace-p"});

  int argc = 1;
  char arg0[] = "relais-qt-e2e";
  char* argv[] = {arg0, nullptr};
  QApplication app(argc, argv);
  qputenv("RELAIS_VAULT_KDF_LOG2N", "10");
  const QString home = QString::fromStdString((root / "home-qt").string());
  relais::qt::SettingsStore(home).store({"en", 10, false, false, {}});
  MainWindow w(home);
  w.resize(1180, 720);
  w.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
  ASSERT_NO_FATAL_FAILURE(registerThroughTheForm(w, relay, "berenice"));

  // The side list shows the permanence open now; a click shows it, and the app knocks.
  PermanenceListModel* permanences = w.workspace().permanences();
  ASSERT_TRUE(QTest::qWaitFor([&] { return permanences->rowOf("espace-p") >= 0; }, 10'000));
  const QModelIndex row = permanences->index(permanences->rowOf("espace-p"));
  EXPECT_TRUE(row.data(PermanenceListModel::OpenRole).toBool());
  EXPECT_EQ(row.data(PermanenceListModel::BadgeRole).toString(), QString("open now"));
  QListView* list = w.chatPage()->permanencesView();
  QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
  ASSERT_EQ(w.chatPage()->permanencePanel()->org(), QString("espace-p"));
  QTest::mouseClick(w.findChild<QPushButton*>("knockButton"), Qt::LeftButton);
  TicketSession* ticket = w.workspace().ticket();
  ASSERT_TRUE(
      QTest::qWaitFor([&] { return ticket->state() == TicketSession::State::waiting; }, 10'000));
  EXPECT_EQ(ticket->ticket().place, 1u);
  EXPECT_TRUE(w.findChild<QLabel*>("ticketStatus")->text().contains("queue: 1"));
  screenshot(w, "relais-qt-permanence-waiting-en.png");

  // The worker sees the ticket (no name), takes it and writes; the window shows it live.
  auto queue = whileResponsive([&] { return worker.ok({"staff", "queue", "espace-p"}); });
  ASSERT_EQ(queue.size(), 1u);
  const std::string t = str(queue[0], "ticket");
  EXPECT_EQ(QString::fromStdString(t), QString::fromStdString(ticket->ticket().ticket));
  whileResponsive([&] { return worker.ok({"staff", "take", t}); });
  ASSERT_TRUE(
      QTest::qWaitFor([&] { return ticket->state() == TicketSession::State::talking; }, 10'000));
  whileResponsive([&] { return worker.ok({"staff", "say", t, "bonjour, je vous ecoute"}); });
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        for (const auto& l : ticket->lines())
          if (!l.outgoing && l.text == "bonjour, je vous ecoute") return true;
        return false;
      },
      10'000));
  EXPECT_EQ(w.workspace().directs()->rowCount(), 0);  // the ticket's, not a direct conversation

  // The app answers in the ticket's conversation; the worker receives it marked as the ticket's.
  QLineEdit* composer = w.findChild<QLineEdit*>("ticketComposer");
  ASSERT_TRUE(composer->isEnabled());
  QTest::keyClicks(composer, "merci, j'ai une question");
  QTest::keyClick(composer, Qt::Key_Return);
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        for (const auto& l : ticket->lines())
          if (l.outgoing && l.sent && l.text == "merci, j'ai une question") return true;
        return false;
      },
      10'000));
  auto at_worker = whileResponsive([&] { return worker.ok({"sync", "--wait", "0"}); });
  bool received = false;
  for (const auto& l : at_worker) {
    if (str(l, "kind") == "ticket_message" && str(l, "text") == "merci, j'ai une question") {
      EXPECT_EQ(str(l, "ticket"), t);
      received = true;
    }
  }
  EXPECT_TRUE(received) << "the worker did not receive the app's message";
  screenshot(w, "relais-qt-permanence-en.png");
  for (const char* lang : {"fr", "nl", "ro", "bg"}) {
    relais::qt::Preferences p = w.preferences();
    p.language = lang;
    w.applyPreferences(p);
    QListView* rebuilt = w.chatPage()->permanencesView();  // the pages were rebuilt
    QTest::qWait(300);                                     // and laid out again
    QTest::mouseClick(rebuilt->viewport(), Qt::LeftButton, {},
                      rebuilt->visualRect(permanences->index(0)).center());
    EXPECT_TRUE(w.chatPage()->permanencePanel()->isVisible());
    screenshot(w, QString("relais-qt-permanence-%1.png").arg(lang));
  }

  // The worker ends the conversation; the window is told.
  whileResponsive([&] { return worker.ok({"staff", "end", t}); });
  ASSERT_TRUE(
      QTest::qWaitFor([&] { return ticket->state() == TicketSession::State::ended; }, 10'000));

  // The permanence closes; a French-speaking member knocks on the closed door and reads the
  // emergency numbers in French (the relay once sent only the English names), then in Dutch.
  whileResponsive([&] { return worker.ok({"staff", "close", "espace-p"}); });
  {
    relais::qt::Preferences p = w.preferences();
    p.language = "fr";
    w.applyPreferences(p);
  }
  QTest::qWait(300);
  QListView* french = w.chatPage()->permanencesView();
  QTest::mouseClick(
      french->viewport(), Qt::LeftButton, {},
      french->visualRect(permanences->index(permanences->rowOf("espace-p"))).center());
  QTest::mouseClick(w.findChild<QPushButton*>("knockButton"), Qt::LeftButton);
  ASSERT_TRUE(
      QTest::qWaitFor([&] { return ticket->state() == TicketSession::State::closed; }, 10'000));
  QLabel* emergency = w.findChild<QLabel*>("emergencyNumbers");
  ASSERT_NE(emergency, nullptr);
  ASSERT_TRUE(QTest::qWaitFor([&] { return emergency->isVisible(); }, 5'000));
  EXPECT_TRUE(emergency->text().contains("Numéro d'urgence européen (pompiers, ambulance, police)"))
      << emergency->text().toStdString();
  EXPECT_TRUE(emergency->text().contains("En cas d'urgence")) << emergency->text().toStdString();
  EXPECT_FALSE(emergency->text().contains("European emergency number"));
  EXPECT_FALSE(emergency->text().contains("emergency", Qt::CaseSensitive));
  screenshot(w, "relais-qt-closed-door-fr.png");
  {
    relais::qt::Preferences p = w.preferences();
    p.language = "nl";
    w.applyPreferences(p);
  }
  QTest::qWait(300);
  QListView* dutch = w.chatPage()->permanencesView();
  QTest::mouseClick(dutch->viewport(), Qt::LeftButton, {},
                    dutch->visualRect(permanences->index(permanences->rowOf("espace-p"))).center());
  emergency = w.findChild<QLabel*>("emergencyNumbers");
  ASSERT_TRUE(QTest::qWaitFor([&] { return emergency->isVisible(); }, 5'000));
  EXPECT_TRUE(emergency->text().contains("Europees noodnummer (brandweer, ambulance, politie)"))
      << emergency->text().toStdString();
  EXPECT_FALSE(emergency->text().contains("European emergency number"));
  screenshot(w, "relais-qt-closed-door-nl.png");
  // Romanian and Bulgarian (in Cyrillic): the interface and the numbers' names alike.
  for (const auto& [lang, heading, number] :
       {std::tuple<const char*, const char*, const char*>{
            "ro", "În caz de urgență",
            "Numărul european de urgență (pompieri, ambulanță, poliție)"},
        {"bg", "При спешен случай",
         "Европейски номер за спешни случаи (пожарна, линейка, полиция)"}}) {
    relais::qt::Preferences p = w.preferences();
    p.language = lang;
    w.applyPreferences(p);
    QTest::qWait(300);
    QListView* view = w.chatPage()->permanencesView();
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {},
        view->visualRect(permanences->index(permanences->rowOf("espace-p"))).center());
    emergency = w.findChild<QLabel*>("emergencyNumbers");
    ASSERT_TRUE(QTest::qWaitFor([&] { return emergency->isVisible(); }, 5'000));
    EXPECT_TRUE(emergency->text().contains(QString::fromUtf8(heading)))
        << emergency->text().toStdString();
    EXPECT_TRUE(emergency->text().contains(QString::fromUtf8(number)))
        << emergency->text().toStdString();
    EXPECT_FALSE(emergency->text().contains("European emergency number"));
    screenshot(w, QString("relais-qt-closed-door-%1.png").arg(lang));
  }
}

// Who am I talking to, in French, as Bea sees it: two members called "amira" in Liège, told
// apart by the marks of their identity keys; once the real one is her contact, the other carries
// the look-alike warning in the member list and in her private conversations; and a changed
// identity key warned of in the conversation. The pictures of docs/qt-client.md.
TEST(QtClient, TwoAmirasALookAlikeAndAChangedKeyInFrench) {
  relais::testing::TempDir root{"relais-qt-e2e-identity"};
  Relay relay(root / "data");
  Person amira(root, "amira"), impostor(root, "amira");
  impostor.set_home((root / "home-impostor").string());
  for (Person* p : {&amira, &impostor}) {
    p->register_on(relay);
    p->ok({"join", "liege"});
  }

  int argc = 1;
  char arg0[] = "relais-qt-e2e";
  char* argv[] = {arg0, nullptr};
  QApplication app(argc, argv);
  qputenv("RELAIS_VAULT_KDF_LOG2N", "10");
  const QString home = QString::fromStdString((root / "home-qt").string());
  relais::qt::SettingsStore(home).store({"fr", 10, false, false, {}});
  MainWindow w(home);
  w.resize(1180, 720);
  w.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
  ASSERT_NO_FATAL_FAILURE(registerThroughTheForm(w, relay, "bea"));
  const std::string bea_id = w.host().engine()->account_id().text();

  RoomListModel* rooms = w.workspace().rooms();
  ASSERT_TRUE(QTest::qWaitFor([&] { return rooms->rowOf("liege") >= 0; }, 10'000));
  w.workspace().joinRoom("liege");
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return rooms->index(rooms->rowOf("liege")).data(RoomListModel::JoinedRole).toBool(); },
      10'000));
  w.workspace().openRoom("liege");
  ConversationModel* conversation = w.workspace().conversation();
  whileResponsive([&] { return amira.ok({"say", "liege", "bonjour Liège"}); });
  whileResponsive([&] {
    return impostor.ok({"say", "liege", "C'est amira, envoyez-moi vos numéros en privé"});
  });
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        return conversationHas(conversation, "bonjour Liège") &&
               conversationHas(conversation, "C'est amira, envoyez-moi vos numéros en privé");
      },
      15'000));

  // The member list: two "amira", two marks.
  MemberModel* members = w.workspace().members();
  auto row_of = [&](const std::string& id) {
    for (int r = 0; r < members->rowCount(); ++r) {
      if (members->index(r).data(MemberModel::IdRole).toString().toStdString() == id) return r;
    }
    return -1;
  };
  auto mark_of = [&](const std::string& id) {
    const int r = row_of(id);
    return r < 0 ? QString() : members->index(r).data(MemberModel::MarkRole).toString();
  };
  w.workspace().openRoom("liege");
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return mark_of(amira.id()).size() == 4 && mark_of(impostor.id()).size() == 4; },
      10'000));
  EXPECT_NE(mark_of(amira.id()), mark_of(impostor.id()));
  screenshot(w, "relais-qt-members-marks-fr.png");

  // Bea keeps the real amira as a contact: the other one now carries the warning.
  ASSERT_TRUE(w.workspace().addContact("amira", QString::fromStdString(amira.id())).ok());
  w.workspace().openRoom("liege");
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        const int r = row_of(impostor.id());
        return r >= 0 && members->index(r).data(MemberModel::LooksLikeRole).toBool();
      },
      10'000));
  EXPECT_FALSE(members->index(row_of(amira.id())).data(MemberModel::LooksLikeRole).toBool());
  // The room's messages tell them apart too: each "amira" with her mark, the other one warned.
  auto message_row = [&](const QString& text) {
    for (int r = 0; r < conversation->rowCount(); ++r) {
      if (conversation->index(r).data(ConversationModel::TextRole).toString() == text) return r;
    }
    return -1;
  };
  const QString fake_text = "C'est amira, envoyez-moi vos numéros en privé";
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        const int r = message_row(fake_text);
        return r >= 0 && conversation->index(r).data(ConversationModel::LooksLikeRole).toBool();
      },
      10'000));
  {
    const QModelIndex real = conversation->index(message_row("bonjour Liège"));
    const QModelIndex fake = conversation->index(message_row(fake_text));
    EXPECT_EQ(real.data(ConversationModel::MarkRole).toString(), mark_of(amira.id()));
    EXPECT_EQ(fake.data(ConversationModel::MarkRole).toString(), mark_of(impostor.id()));
    EXPECT_FALSE(real.data(ConversationModel::LooksLikeRole).toBool());
    EXPECT_TRUE(real.data(Qt::DisplayRole).toString().startsWith("amira#" + mark_of(amira.id())));
    const QString shown = fake.data(Qt::DisplayRole).toString();
    EXPECT_TRUE(shown.startsWith("amira#" + mark_of(impostor.id()) + QString::fromUtf8(" \u26a0 ")))
        << shown.toStdString();
    // In French, as the member list says it.
    EXPECT_TRUE(shown.contains(QString::fromUtf8("nom semblable à celui d'une personne connue")))
        << shown.toStdString();
  }
  screenshot(w, "relais-qt-room-marks-fr.png");
  // She writes privately: the list of private conversations flags her too.
  whileResponsive([&] { return impostor.ok({"contact", "add", "bea", bea_id}); });
  whileResponsive([&] {
    return impostor.ok({"send", "bea", "c'est amira, envoie-moi ton numéro"});
  });
  DirectListModel* directs = w.workspace().directs();
  const AccountId impostor_id = *AccountId::from_text(impostor.id());
  ASSERT_TRUE(QTest::qWaitFor([&] { return directs->rowOf(impostor_id) >= 0; }, 15'000));
  w.workspace().openDirect(impostor_id);
  const int fake_row = directs->rowOf(impostor_id);
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return directs->index(fake_row).data(DirectListModel::LooksLikeRole).toBool(); },
      10'000));
  EXPECT_TRUE(directs->index(fake_row)
                  .data(Qt::DisplayRole)
                  .toString()
                  .contains("#" + mark_of(impostor.id())));
  w.workspace().openRoom("liege");
  screenshot(w, "relais-qt-look-alike-fr.png");

  // A changed key. An account keeps its key for life on a real relay, so the change is put in
  // Bea's saved state as the engine would after a bundle with another key (the engine's own
  // tests play the lying relay), then she unlocks again.
  const AccountId amira_id = *AccountId::from_text(amira.id());
  w.lockProfile();
  {
    auto v = vault::Vault::open(home.toStdString(), "velo tulipe orage");
    ASSERT_TRUE(v.ok()) << v.error().message;
    engine::state::EngineState state;
    ASSERT_TRUE(state.ParseFromString(v->contents()));
    bool found = false;
    for (auto& k : *state.mutable_known_identities()) {
      if (k.account_id() != amira_id.bytes()) continue;
      k.set_changed(true);
      found = true;
    }
    if (!found) {
      auto* k = state.add_known_identities();
      k->set_account_id(amira_id.bytes());
      k->set_changed(true);
    }
    ASSERT_TRUE(v->save(state.SerializeAsString()).ok());
  }
  ASSERT_TRUE(w.host().unlock(home, "velo tulipe orage").ok());
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return w.host().link() == relais::qt::EngineHost::Link::online; }, 10'000));
  w.workspace().openDirect(amira_id);
  EXPECT_TRUE(w.workspace().peerKeyChanged());
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        const int r = directs->rowOf(amira_id);
        return r >= 0 && directs->index(r).data(DirectListModel::KeyChangedRole).toBool();
      },
      10'000));
  screenshot(w, "relais-qt-key-changed-fr.png");

  // Deciding is a button under her, not only a right-click: accepting the new key hides it, and
  // the verify button stays until she compares the digits again.
  auto* accept = w.findChild<QPushButton*>("acceptKeyButton");
  auto* verify = w.findChild<QPushButton*>("verifyButton");
  ASSERT_NE(accept, nullptr);
  ASSERT_NE(verify, nullptr);
  ASSERT_TRUE(QTest::qWaitFor([&] { return !accept->isHidden(); }, 10'000));
  accept->click();
  ASSERT_TRUE(QTest::qWaitFor([&] { return !w.workspace().peerKeyChanged(); }, 10'000));
  EXPECT_TRUE(QTest::qWaitFor([&] { return accept->isHidden(); }, 5'000));
  EXPECT_TRUE(QTest::qWaitFor([&] { return !verify->isHidden(); }, 5'000));
  verify->click();
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        const int r = directs->rowOf(amira_id);
        return r >= 0 && directs->index(r).data(DirectListModel::VerifiedRole).toBool();
      },
      10'000));
  EXPECT_TRUE(QTest::qWaitFor([&] { return verify->isHidden(); }, 5'000));
}

// Out of hours, as Awa sees it (issue 17's review, H2): she leaves a message at the closed door;
// a worker answers it with the CLI (`staff reply`); the answer shows in her window at once as
// the organisation's conversation (named after the organisation, never after the worker, never
// a private conversation), again after a lock and unlock, and a second answer written while she
// was locked is shown and told at her next log-in. The status bar never reads it as a message
// left for the organisation.
TEST(QtClient, AnOrganisationsAnswerToAMessageLeftShowsAsItsConversation) {
  relais::testing::TempDir root{"relais-qt-e2e-org-answer"};
  Relay relay(root / "data", relais::testing::free_loopback_port(),
              {"--resources", std::string(RELAIS_SOURCE_DIR) + "/deploy/resources-be.json"});
  auto invite =
      relais::testing::run_process(relais::testing::built_binary("server/relaisd"),
                                   {"--data", (root / "data").string(), "admin-invite"}, {}, 10s);
  ASSERT_EQ(invite.exit_code, 0) << invite.err;
  Person admin(root, "adele");
  admin.register_on(relay, {"--invite", invite.out.substr(0, invite.out.find('\n'))});
  Person worker(root, "bram");
  worker.register_on(relay);
  admin.ok({"admin", "org", "create", "icar-wallonie", "--name", "ICAR Wallonie", "--lang", "fr,en",
            "--region", "liege"});
  admin.ok({"admin", "grant", "outreach", worker.id(), "icar-wallonie"});

  int argc = 1;
  char arg0[] = "relais-qt-e2e";
  char* argv[] = {arg0, nullptr};
  QApplication app(argc, argv);
  qputenv("RELAIS_VAULT_KDF_LOG2N", "10");
  const QString home = QString::fromStdString((root / "home-qt").string());
  relais::qt::SettingsStore(home).store({"fr", 10, false, false, {}});
  MainWindow w(home);
  w.resize(1280, 800);
  w.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
  ASSERT_NO_FATAL_FAILURE(registerThroughTheForm(w, relay, "awa"));
  // A plain member: no administration in her toolbar (the review's L7).
  EXPECT_FALSE(w.findChild<QAction*>("adminAction")->isVisible());

  // Closed: she knocks, reads the closed door and leaves a message.
  PermanenceListModel* permanences = w.workspace().permanences();
  ASSERT_TRUE(QTest::qWaitFor([&] { return permanences->rowOf("icar-wallonie") >= 0; }, 10'000));
  QListView* list = w.chatPage()->permanencesView();
  QTest::mouseClick(
      list->viewport(), Qt::LeftButton, {},
      list->visualRect(permanences->index(permanences->rowOf("icar-wallonie"))).center());
  QTest::mouseClick(w.findChild<QPushButton*>("knockButton"), Qt::LeftButton);
  TicketSession* ticket = w.workspace().ticket();
  ASSERT_TRUE(
      QTest::qWaitFor([&] { return ticket->state() == TicketSession::State::closed; }, 10'000));
  auto* message = w.findChild<QPlainTextEdit*>("orgMessage");
  ASSERT_TRUE(QTest::qWaitFor([&] { return message->isVisible(); }, 5'000));
  QTest::keyClicks(message, "Bonsoir, pouvez-vous me rappeler ?");
  QTest::mouseClick(w.findChild<QPushButton*>("leaveMessageButton"), Qt::LeftButton);
  auto* conversation = w.findChild<QGroupBox*>("orgConversation");
  auto* lines = w.findChild<QListWidget*>("orgConversationLines");
  ASSERT_NE(conversation, nullptr);
  ASSERT_NE(lines, nullptr);
  auto shows = [&](const QString& text) {
    for (int i = 0; i < lines->count(); ++i) {
      if (lines->item(i)->text().contains(text)) return lines->item(i)->text();
    }
    return QString();
  };
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return !shows("Bonsoir, pouvez-vous me rappeler ?").isEmpty(); }, 10'000));
  EXPECT_TRUE(conversation->isVisible());

  // The worker reads it and answers with the CLI.
  std::string message_id;
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        for (const auto& l : whileResponsive([&] { return worker.ok({"sync", "--wait", "0"}); })) {
          if (str(l, "kind") == "org_message") message_id = str(l, "message_id");
        }
        return !message_id.empty();
      },
      20'000));
  whileResponsive([&] {
    return worker.ok(
        {"staff", "reply", "icar-wallonie", message_id, "Bonjour Awa, ici ICAR : mardi a 14h ?"});
  });

  // Live: the answer is in her window, as the organisation's, with nothing private made of it.
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return !shows("Bonjour Awa, ici ICAR : mardi a 14h ?").isEmpty(); }, 10'000));
  const QString answer = shows("Bonjour Awa, ici ICAR : mardi a 14h ?");
  EXPECT_TRUE(answer.contains("ICAR Wallonie")) << answer.toStdString();
  EXPECT_FALSE(answer.contains("bram")) << answer.toStdString();
  EXPECT_TRUE(conversation->isVisible());
  EXPECT_TRUE(conversation->title().contains("ICAR Wallonie"));
  EXPECT_EQ(w.workspace().directs()->rowCount(), 0);
  const QString said = w.statusBar()->currentMessage();
  EXPECT_FALSE(said.contains("laissé pour")) << said.toStdString();
  EXPECT_TRUE(said.contains("ICAR Wallonie a répondu")) << said.toStdString();
  screenshot(w, "relais-qt-org-answer-fr.png");

  // The relay restarts: the sentence about the unreachable relay goes once connected (L3).
  relay.stop();
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return w.host().link() != relais::qt::EngineHost::Link::online; }, 10'000));
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return w.statusBar()->currentMessage().contains("Impossible de joindre"); }, 10'000))
      << w.statusBar()->currentMessage().toStdString();
  relay.start();
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return w.host().link() == relais::qt::EngineHost::Link::online; }, 20'000));
  QTest::qWait(200);
  EXPECT_FALSE(w.statusBar()->currentMessage().contains("Impossible de joindre"))
      << w.statusBar()->currentMessage().toStdString();

  // A second answer while she is locked: at the next log-in she is told, and it is shown.
  w.lockProfile();
  ASSERT_FALSE(w.host().unlocked());
  whileResponsive([&] {
    return worker.ok(
        {"staff", "reply", "icar-wallonie", message_id, "Ou mercredi a 10h, si vous preferez."});
  });
  QTest::keyClicks(w.findChild<QLineEdit*>("unlockPassphraseEdit"), "velo tulipe orage");
  QTest::keyClick(w.findChild<QLineEdit*>("unlockPassphraseEdit"), Qt::Key_Return);
  ASSERT_TRUE(QTest::qWaitFor([&] { return w.host().unlocked(); }, 10'000));
  lines = w.findChild<QListWidget*>("orgConversationLines");
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        return !shows("Ou mercredi a 10h, si vous preferez.").isEmpty() &&
               !shows("Bonjour Awa, ici ICAR : mardi a 14h ?").isEmpty() &&
               !shows("Bonsoir, pouvez-vous me rappeler ?").isEmpty();
      },
      15'000));
  EXPECT_TRUE(w.findChild<QGroupBox*>("orgConversation")->isVisible());
  EXPECT_EQ(w.chatPage()->permanencePanel()->org(), QString("icar-wallonie"));
  EXPECT_EQ(w.workspace().directs()->rowCount(), 0);
  EXPECT_FALSE(shows("Ou mercredi").contains("bram"));
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return w.statusBar()->currentMessage().contains("ICAR Wallonie a répondu"); }, 10'000))
      << w.statusBar()->currentMessage().toStdString();
  screenshot(w, "relais-qt-org-answer-after-login-fr.png");

  // Made a moderator, she finds the administration at her next log-in.
  const std::string awa_id = w.host().engine()->account_id().text();
  whileResponsive([&] { return admin.ok({"admin", "grant", "moderator", awa_id, "liege"}); });
  w.lockProfile();
  QTest::keyClicks(w.findChild<QLineEdit*>("unlockPassphraseEdit"), "velo tulipe orage");
  QTest::keyClick(w.findChild<QLineEdit*>("unlockPassphraseEdit"), Qt::Key_Return);
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return w.host().link() == relais::qt::EngineHost::Link::online; }, 15'000));
  EXPECT_TRUE(w.findChild<QAction*>("adminAction")->isEnabled());
  EXPECT_TRUE(w.findChild<QAction*>("adminAction")->isVisible());
}

// The operator offers French, English and Bulgarian (relaisd --interface-languages fr,en,bg).
// A person who had chosen Română types the relay's address on the first screen: the chooser
// offers only the relay's three, the window falls back to English and says so beside the
// chooser, and what was typed stays. After registering, the settings offer the same three.
TEST(QtClient, TheFirstScreenOffersOnlyTheRelaysLanguages) {
  relais::testing::TempDir root{"relais-qt-e2e-interface-languages"};
  Relay relay(root / "data", relais::testing::free_loopback_port(),
              {"--interface-languages", "fr,en,bg"});
  int argc = 1;
  char arg0[] = "relais-qt-e2e";
  char* argv[] = {arg0, nullptr};
  QApplication app(argc, argv);
  qputenv("RELAIS_VAULT_KDF_LOG2N", "10");
  const QString home = QString::fromStdString((root / "home-qt").string());
  relais::qt::SettingsStore(home).store({"ro", 10, false, false, {}});
  auto names = [](QComboBox* chooser) {
    QStringList all;
    for (int i = 0; i < chooser->count(); ++i) all << chooser->itemText(i);
    return all;
  };
  const QString bulgarian = QString::fromUtf8("\u0411\u044a\u043b\u0433\u0430\u0440\u0441\u043a\u0438");
  {
    MainWindow w(home);
    w.resize(1180, 720);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    EXPECT_EQ(w.language(), QString("ro"));
    EXPECT_EQ(names(w.findChild<QComboBox*>("welcomeLanguage")).size(), 8);
    auto* address = w.findChild<QLineEdit*>("relayEdit");
    QTest::keyClicks(address, QString::fromStdString(relay.url()));
    QTest::keyClicks(w.findChild<QLineEdit*>("nameEdit"), "dora");
    QTest::keyClick(address, Qt::Key_Return);  // the address is given: the relay is asked
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return names(w.findChild<QComboBox*>("welcomeLanguage")).size() == 3; }, 10'000));
    EXPECT_EQ(names(w.findChild<QComboBox*>("welcomeLanguage")),
              QStringList({QString::fromUtf8("Fran\u00e7ais"), "English", bulgarian}));
    EXPECT_EQ(w.language(), QString("en"));
    auto* note = w.findChild<QLabel*>("languageNote");
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(note->text(), QString::fromUtf8("Rom\u00e2n\u0103 is not offered on this relay: "
                                              "Relais is shown in English."));
    EXPECT_EQ(w.findChild<QLineEdit*>("relayEdit")->text(), QString::fromStdString(relay.url()));
    EXPECT_EQ(w.findChild<QLineEdit*>("nameEdit")->text(), QString("dora"));
    EXPECT_EQ(relais::qt::SettingsStore(home).load().relay_languages,
              QStringList({"fr", "en", "bg"}));

    // Bulgarian, which the relay offers, is chosen: no note.
    auto* chooser = w.findChild<QComboBox*>("welcomeLanguage");
    chooser->setCurrentIndex(chooser->findData("bg"));
    Q_EMIT chooser->activated(chooser->findData("bg"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.language() == "bg"; }, 5'000));
    EXPECT_FALSE(w.findChild<QLabel*>("languageNote")->isVisible());
    EXPECT_EQ(w.findChild<QLineEdit*>("nameEdit")->text(), QString("dora"));
    screenshot(w, "relais-qt-first-screen-relay-languages-bg.png");

    w.findChild<QLineEdit*>("relayEdit")->clear();
    w.findChild<QLineEdit*>("nameEdit")->clear();
    ASSERT_NO_FATAL_FAILURE(registerThroughTheForm(w, relay, "dora"));
    // The settings offer the relay's languages, and the system's choice.
    relais::qt::SettingsDialog settings(w.preferences(), &w);
    auto* combo = settings.findChild<QComboBox*>("languageCombo");
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->count(), 4);
    EXPECT_EQ(combo->findData("ro"), -1);
    EXPECT_GE(combo->findData("bg"), 0);
    EXPECT_EQ(settings.findChild<QLabel*>("languageNote"), nullptr);
    w.lockProfile();
  }
  // Later the person picks Română again in the file (as an old setting would): the unlock screen
  // offers the relay's three and says it is in English instead.
  relais::qt::Preferences p = relais::qt::SettingsStore(home).load();
  p.language = "ro";
  relais::qt::SettingsStore(home).store(p);
  MainWindow again(home);
  again.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
  EXPECT_FALSE(again.welcomePage()->showingCreate());
  EXPECT_EQ(again.language(), QString("en"));
  EXPECT_EQ(names(again.findChild<QComboBox*>("welcomeLanguage")).size(), 3);
  EXPECT_TRUE(again.findChild<QLabel*>("languageNote")->isVisible());
  relais::qt::SettingsDialog settings(again.preferences(), &again);
  EXPECT_EQ(settings.findChild<QComboBox*>("languageCombo")->count(), 4);
  auto* note = settings.findChild<QLabel*>("languageNote");
  ASSERT_NE(note, nullptr);
  EXPECT_TRUE(note->text().startsWith(QString::fromUtf8("Rom\u00e2n\u0103 is not offered")));
}

// The first screen's refusals in French, each right under what it is about, on a real X
// server: the screenshots show where a person looks for them.
TEST(QtClient, FirstScreenErrorsNextToTheirFieldsInFrench) {
  relais::testing::TempDir root{"relais-qt-e2e-first-screen"};
  int argc = 1;
  char arg0[] = "relais-qt-e2e";
  char* argv[] = {arg0, nullptr};
  QApplication app(argc, argv);
  const QString home = QString::fromStdString((root / "home-qt").string());
  relais::qt::SettingsStore(home).store({"fr", 10, false, false, {}});
  MainWindow w(home);
  w.resize(1180, 720);
  w.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
  auto* relay = w.findChild<QLineEdit*>("relayEdit");
  QTest::keyClicks(relay, "http://relais.example.org");
  QTest::keyClicks(w.findChild<QLineEdit*>("nameEdit"), "amandine");
  QTest::keyClicks(w.findChild<QLineEdit*>("passphraseEdit"), "velo tulipe orage");
  QTest::keyClicks(w.findChild<QLineEdit*>("confirmEdit"), "velo tulipe orange");
  auto* create = w.findChild<QPushButton*>("createButton");
  QTest::mouseClick(create, Qt::LeftButton);
  auto* confirm_error = w.findChild<QLabel*>("confirmError");
  ASSERT_TRUE(confirm_error->isVisible());
  EXPECT_EQ(confirm_error->text(), QString::fromUtf8("Les deux phrases secr\u00e8tes sont diff\u00e9rentes."));
  auto top = [&](QWidget* widget) { return widget->mapTo(&w, QPoint(0, 0)).y(); };
  EXPECT_GT(top(confirm_error), top(w.findChild<QLineEdit*>("confirmEdit")));
  EXPECT_LT(top(confirm_error), top(w.findChild<QLineEdit*>("inviteEdit")));
  screenshot(w, "relais-qt-first-screen-confirm-error-fr.png");

  w.findChild<QLineEdit*>("confirmEdit")->setText("velo tulipe orage");
  QTest::mouseClick(create, Qt::LeftButton);
  auto* relay_error = w.findChild<QLabel*>("relayError");
  ASSERT_TRUE(relay_error->isVisible());
  EXPECT_FALSE(confirm_error->isVisible());
  EXPECT_EQ(relay_error->text(),
            QString("L'adresse du relais doit commencer par ws:// ou wss://."));
  EXPECT_GT(top(relay_error), top(relay));
  EXPECT_LT(top(relay_error), top(w.findChild<QLineEdit*>("nameEdit")));
  screenshot(w, "relais-qt-first-screen-relay-error-fr.png");

  // Nobody answers at the address: said under it too, in French.
  relay->setText(QString("ws://127.0.0.1:%1").arg(relais::testing::free_loopback_port()));
  QTest::mouseClick(create, Qt::LeftButton);
  ASSERT_TRUE(QTest::qWaitFor([&] { return relay_error->text().contains("joindre"); }, 15'000))
      << relay_error->text().toStdString();
  EXPECT_TRUE(relay_error->isVisible());
  EXPECT_TRUE(w.findChild<QLabel*>("welcomeMessage")->text().isEmpty());
  screenshot(w, "relais-qt-first-screen-unreachable-fr.png");
}

}  // namespace
}  // namespace relais::e2e

// The models under the windows, fed with engine structs as the workspace feeds them: rows,
// roles, ordering, unread counts, delivery states, inline events and the pinned alert.
#include <QSignalSpy>
#include <QtTest>

#include "client-qt/core/city_names.h"
#include "client-qt/core/conversation_model.h"
#include "client-qt/core/person_text.h"
#include "client-qt/core/direct_list_model.h"
#include "client-qt/core/member_model.h"
#include "client-qt/core/permanence_list_model.h"
#include "client-qt/core/report_model.h"
#include "client-qt/core/room_list_model.h"
#include "core/engine/words.h"

using namespace relais;
using namespace relais::qt;

namespace {

AccountId id(uint8_t n) {
  std::string bytes(AccountId::kSize, '\0');
  bytes[0] = static_cast<char>(n);
  bytes[15] = 1;
  return *AccountId::from_bytes(bytes);
}

engine::RoomSummary summary(const char* room, bool joined, uint32_t members = 0) {
  engine::RoomSummary s;
  s.room = room;
  s.joined = joined;
  s.members = members;
  s.policy = engine::JoinPolicy::open;
  return s;
}

engine::RoomItem message(const char* room, uint64_t seq, uint8_t from, const char* name,
                         const char* text, bool outgoing = false) {
  engine::RoomItem i;
  i.room = room;
  i.seq = seq;
  i.time_ms = 1'700'000'000'000 + seq * 1000;
  i.from = id(from);
  i.sender_name = name;
  i.text = text;
  i.outgoing = outgoing;
  return i;
}

engine::RoomItem roomEvent(const char* room, uint64_t seq, const char* word, uint8_t who,
                           uint64_t target_seq = 0, uint64_t until_ms = 0) {
  engine::RoomItem i;
  i.room = room;
  i.seq = seq;
  i.time_ms = 1'700'000'000'000 + seq * 1000;
  i.is_event = true;
  // Words of core/engine/words.h; an unknown one is a kind of a newer relay.
  i.event = engine::from_word<engine::RoomEventKind>(word).value_or(engine::RoomEventKind::other);
  i.from = id(who);
  i.target_seq = target_seq;
  i.until_ms = until_ms;
  return i;
}

QStringList column(const QAbstractItemModel& m, int role) {
  QStringList out;
  for (int r = 0; r < m.rowCount(); ++r) out << m.data(m.index(r, 0), role).toString();
  return out;
}

}  // namespace

class ModelsTest : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void cityNamesFollowTheLanguage() {
    QCOMPARE(cityName("brussels", "fr"), QString("Bruxelles"));
    QCOMPARE(cityName("brussels", "nl"), QString("Brussel"));
    QCOMPARE(cityName("brussels", "en"), QString("Brussels"));
    QCOMPARE(cityName("liege", "nl"), QString("Luik"));
    QCOMPARE(cityName("liege", "fr"), QString::fromUtf8("Li\xc3\xa8ge"));
    QCOMPARE(cityName("antwerp", "fr"), QString("Anvers"));
    QCOMPARE(cityName("gent", "en"), QString("Ghent"));
    // Any other language: the name on the city's own signs, not English.
    QCOMPARE(cityName("brussels", "ro"), QString("Bruxelles"));
    QCOMPARE(cityName("antwerp", "bg"), QString("Antwerpen"));
    QCOMPARE(cityName("gent", "sq"), QString("Gent"));
    QCOMPARE(cityName("brussels", "pt"), QString("Bruxelles"));
    // A room an admin added: the relay's names, else its id.
    QCOMPARE(cityName("trans-be", "nl", "Trans Belgique", "Trans België"),
             QString::fromUtf8("Trans Belgi\xc3\xab"));
    QCOMPARE(cityName("trans-be", "en", "Trans Belgique", ""), QString("Trans Belgique"));
    QCOMPARE(cityName("x1", "fr"), QString("x1"));
  }

  void roomsAreJoinedFirstThenByLocalName() {
    RoomListModel m;
    m.setLanguage("fr");
    m.setRooms({summary("brussels", false), summary("antwerp", false), summary("gent", true, 4),
                summary("liege", false), summary("charleroi", true, 2)});
    QCOMPARE(m.rowCount(), 5);
    QCOMPARE(column(m, RoomListModel::NameRole),
             QStringList(
                 {"Charleroi", "Gand", "Anvers", "Bruxelles", QString::fromUtf8("Li\xc3\xa8ge")}));
    m.setLanguage("nl");
    QCOMPARE(column(m, RoomListModel::NameRole),
             QStringList({"Charleroi", "Gent", "Antwerpen", "Brussel", "Luik"}));
    QCOMPARE(m.data(m.index(1), RoomListModel::MembersRole).toInt(), 4);
    QCOMPARE(m.roomAt(1), QString("gent"));
  }

  void unreadCountsSurviveARelisting() {
    RoomListModel m;
    m.setLanguage("en");
    m.setRooms({summary("brussels", true), summary("gent", true)});
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.addUnread("brussels");
    m.addUnread("brussels", 2);
    m.addUnread("gent");
    m.addUnread("atlantis");  // not listed: ignored
    m.addUnread("gent", -3);  // nonsense: ignored
    QCOMPARE(changed.count(), 3);
    QCOMPARE(m.unread("brussels"), 3);
    QCOMPARE(m.totalUnread(), 4);
    QVERIFY(m.data(m.index(m.rowOf("brussels")), Qt::DisplayRole).toString().endsWith("(3)"));
    m.setRooms({summary("brussels", true), summary("gent", true), summary("liege", false)});
    QCOMPARE(m.unread("brussels"), 3);
    QCOMPARE(m.unread("liege"), 0);
    m.clearUnread("brussels");
    QCOMPARE(m.unread("brussels"), 0);
    QCOMPARE(m.totalUnread(), 1);
  }

  void joiningMovesARoomAndKeepsTheSelection() {
    RoomListModel m;
    m.setLanguage("en");
    m.setRooms({summary("antwerp", false), summary("brussels", false), summary("gent", false)});
    QPersistentModelIndex selected = m.index(m.rowOf("gent"));
    QCOMPARE(selected.row(), 2);
    m.setJoined("gent", true);
    QCOMPARE(m.rowOf("gent"), 0);
    QCOMPARE(selected.row(), 0);  // views keep pointing at the same room
    QVERIFY(m.data(m.index(0), RoomListModel::JoinedRole).toBool());
    m.setJoined("antwerp", false, /*pending=*/true);
    QVERIFY(m.data(m.index(m.rowOf("antwerp")), RoomListModel::PendingRole).toBool());
    // A room joined before the relay listed it appears at once.
    m.setJoined("trans-be", true);
    QCOMPARE(m.rowCount(), 4);
    QVERIFY(m.rowOf("trans-be") >= 0);
  }

  void directConversationsMostRecentFirst() {
    DirectListModel m;
    m.note(id(1), "amandine", 1000, 1);
    m.note(id(2), "berenice", 2000);
    QCOMPARE(column(m, DirectListModel::NameRole), QStringList({"berenice", "amandine"}));
    m.note(id(1), "", 3000, 2);  // activity moves it up; an empty name keeps the old one
    QCOMPARE(column(m, DirectListModel::NameRole), QStringList({"amandine", "berenice"}));
    QCOMPARE(m.unread(id(1)), 3);
    QCOMPARE(m.peerAt(0), id(1));
    m.clearUnread(id(1));
    QCOMPARE(m.unread(id(1)), 0);
    QCOMPARE(m.rowOf(id(9)), -1);
    QCOMPARE(m.peerAt(5), AccountId{});
  }

  void roomConversationInSequenceOrderWithEvents() {
    ConversationModel m;
    m.setNameResolver(
        [](const AccountId& who) { return who == id(2) ? QString("berenice") : QString(); });
    m.showRoom("brussels", {message("brussels", 3, 1, "amandine", "third"),
                            message("brussels", 1, 1, "amandine", "first"),
                            message("gent", 2, 1, "amandine", "elsewhere"),
                            roomEvent("brussels", 2, "joined", 2)});
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(column(m, ConversationModel::KindRole), QStringList({"message", "event", "message"}));
    QCOMPARE(m.data(m.index(0), ConversationModel::TextRole).toString(), QString("first"));
    QCOMPARE(m.data(m.index(1), ConversationModel::TextRole).toString(),
             QString("berenice joined the room."));
    QCOMPARE(m.data(m.index(0), ConversationModel::SenderRole).toString(), QString("amandine"));
    // An item arriving late lands in its place; the same seq twice is kept once.
    m.addRoomItem(message("brussels", 2, 1, "amandine", "dup of seq 2?"));
    QCOMPARE(m.rowCount(), 3);
    m.addRoomItem(message("brussels", 5, 2, "berenice", "fifth"));
    m.addRoomItem(message("brussels", 4, 1, "amandine", "fourth"));
    m.addRoomItem(message("gent", 6, 1, "amandine", "not this room"));
    QCOMPARE(m.rowCount(), 5);
    QCOMPARE(m.data(m.index(3), ConversationModel::TextRole).toString(), QString("fourth"));
    QCOMPARE(m.data(m.index(4), ConversationModel::TextRole).toString(), QString("fifth"));
    m.removeRoomItem(4);
    QCOMPARE(m.rowCount(), 4);
    QCOMPARE(m.data(m.index(3), ConversationModel::TextRole).toString(), QString("fifth"));
    QCOMPARE(m.data(m.index(3), ConversationModel::SeqRole).toULongLong(), 5ull);
  }

  void eventSentences() {
    ConversationModel m;
    m.setNameResolver([](const AccountId&) { return QString("capucine"); });
    m.showRoom("gent",
               {roomEvent("gent", 1, "left", 3), roomEvent("gent", 2, "kicked", 3),
                roomEvent("gent", 3, "banned", 3), roomEvent("gent", 4, "removed", 9, 2),
                roomEvent("gent", 5, "muted", 3, 0, 0), roomEvent("gent", 6, "no-such-kind", 3)});
    QCOMPARE(column(m, ConversationModel::TextRole),
             QStringList({"capucine left the room.",
                          "capucine was removed from the room by a moderator.",
                          "capucine was banned by a moderator.", "A moderator removed a message.",
                          "capucine may write again.", "Something changed in the room."}));
  }

  // What a moderator did to the person reading is told to her in her own words, never the
  // vague "removed"; the same events about someone else keep the third person.
  void eventsAboutTheReaderAreToldToHer() {
    ConversationModel m;
    m.setNameResolver([](const AccountId&) { return QString("capucine"); });
    m.setSelf([] { return id(3); });
    m.showRoom("gent", {roomEvent("gent", 1, "kicked", 3), roomEvent("gent", 2, "banned", 3),
                        roomEvent("gent", 3, "muted", 3, 0, 0), roomEvent("gent", 4, "banned", 4),
                        roomEvent("gent", 5, "unbanned", 3)});
    const QStringList texts = column(m, ConversationModel::TextRole);
    QCOMPARE(texts[0], QString("A moderator removed you from this room. You can join it again."));
    QVERIFY(texts[1].startsWith("A moderator banned you from this room: you can no longer read"));
    QCOMPARE(texts[2], QString("A moderator lifted your mute: you can write again."));
    QCOMPARE(texts[3], QString("capucine was banned by a moderator."));
    QCOMPARE(texts[4], QString("A moderator lifted your ban: you can join this room again."));
    m.showRoom("gent", {roomEvent("gent", 6, "muted", 3, 0, 1'700'000'000'000)});
    QVERIFY(column(m, ConversationModel::TextRole)[0].startsWith("A moderator muted you until "));
  }

  // Two people who chose one name: each room message carries its sender's mark, the one whose
  // name reads like a contact's the warning, the verified one the badge — as the member list.
  void roomMessagesCarryTheirSendersMarks() {
    ConversationModel m;
    m.setPersonResolver([](const AccountId& who) {
      engine::Person p;
      p.id = who;
      p.mark = who == id(1) ? "k3fq" : who == id(2) ? "zq7a" : "";
      p.verified = who == id(1);
      if (who == id(2)) p.looks_like = id(1);
      return p;
    });
    m.setNameResolver([](const AccountId& who) { return who == id(2) ? QString("amira") : QString(); });
    m.showRoom("liege", {message("liege", 1, 1, "amira", "bonjour Liège"),
                         message("liege", 2, 2, "amira", "C'est amira, écrivez-moi en privé"),
                         message("liege", 3, 3, "bea", "salut"), roomEvent("liege", 4, "muted", 2, 0, 0)});
    QCOMPARE(column(m, ConversationModel::MarkRole), QStringList({"k3fq", "zq7a", "", "zq7a"}));
    const QString real = m.data(m.index(0), Qt::DisplayRole).toString();
    const QString fake = m.data(m.index(1), Qt::DisplayRole).toString();
    QVERIFY2(real.startsWith(QString::fromUtf8("amira#k3fq \u2713 verified")), qPrintable(real));
    QVERIFY2(fake.startsWith("amira#zq7a"), qPrintable(fake));
    QVERIFY2(fake.contains(QString::fromUtf8("\u26a0 name like someone you know: it may not be them")),
             qPrintable(fake));
    QVERIFY(!real.contains(QString::fromUtf8("\u26a0")));
    QVERIFY(m.data(m.index(1), ConversationModel::LooksLikeRole).toBool());
    QVERIFY(!m.data(m.index(0), ConversationModel::LooksLikeRole).toBool());
    QVERIFY(m.data(m.index(0), ConversationModel::VerifiedRole).toBool());
    // A key not known yet: the name alone, no stray '#'.
    QVERIFY(m.data(m.index(2), Qt::DisplayRole).toString().startsWith("bea  "));
    // Events name the member with the mark too.
    QCOMPARE(m.data(m.index(3), ConversationModel::TextRole).toString(),
             QString("amira#zq7a may write again."));
  }

  // The member list and the private conversations draw a person with one helper: the same
  // text and roles for the same person.
  void everyListDrawsAPersonAlike() {
    engine::Person p;
    p.id = id(2);
    p.mark = "zq7a";
    p.key_changed = true;
    p.looks_like = id(1);
    DirectListModel directs;
    directs.note(id(2), "amira", 1'700'000'000'000);
    directs.setPeople([&](const AccountId&) { return p; });
    MemberModel members;
    members.setDirectContact(p, "amira", QString());
    const QString in_directs = directs.data(directs.index(0), Qt::DisplayRole).toString();
    const QString in_members = members.data(members.index(0), Qt::DisplayRole).toString();
    QCOMPARE(in_directs, relais::qt::person_text::shown(p, "amira"));
    QCOMPARE(in_members, relais::qt::person_text::shown(p, "amira"));
    QVERIFY(in_members.contains("identity key changed"));
    QCOMPARE(directs.data(directs.index(0), DirectListModel::MarkRole).toString(), QString("zq7a"));
    QCOMPARE(members.data(members.index(0), MemberModel::MarkRole).toString(), QString("zq7a"));
    QVERIFY(directs.data(directs.index(0), DirectListModel::KeyChangedRole).toBool());
    QVERIFY(members.data(members.index(0), MemberModel::LooksLikeRole).toBool());
  }

  void ownMessagesGoFromSendingToSent() {
    ConversationModel m;
    m.showRoom("brussels", {message("brussels", 1, 1, "amandine", "hello")});
    m.addPending(7, "me", "my words", 1'700'000'100'000);
    m.addPending(8, "me", "more words", 1'700'000'100'001);
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.data(m.index(1), ConversationModel::StateRole).toString(), QString("sending"));
    QVERIFY(m.data(m.index(1), ConversationModel::OwnRole).toBool());
    QVERIFY(m.data(m.index(1), Qt::DisplayRole).toString().contains("sending"));
    // Someone else's message gets seq 2 before ours is confirmed as seq 3.
    m.addRoomItem(message("brussels", 2, 2, "berenice", "meanwhile"));
    QCOMPARE(m.data(m.index(1), ConversationModel::TextRole).toString(), QString("meanwhile"));
    QVERIFY(m.confirm(7, 3, 1'700'000'200'000));
    QVERIFY(!m.confirm(7, 3, 1'700'000'200'000));  // once
    QVERIFY(!m.confirm(99, 9, 0));                 // not ours
    QCOMPARE(m.data(m.index(2), ConversationModel::TextRole).toString(), QString("my words"));
    QCOMPARE(m.data(m.index(2), ConversationModel::StateRole).toString(), QString("sent"));
    QCOMPARE(m.data(m.index(2), ConversationModel::SeqRole).toULongLong(), 3ull);
    QCOMPARE(m.data(m.index(3), ConversationModel::StateRole).toString(), QString("sending"));
    QVERIFY(m.fail(8));
    QCOMPARE(m.data(m.index(3), ConversationModel::StateRole).toString(), QString("failed"));
    // Showing the same room again keeps what is still on its way.
    m.addPending(9, "me", "again", 1'700'000'300'000);
    m.showRoom("brussels", {message("brussels", 1, 1, "amandine", "hello")});
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.data(m.index(2), ConversationModel::TextRole).toString(), QString("again"));
    // Another room does not.
    m.showRoom("gent", {});
    QCOMPARE(m.rowCount(), 0);
    // Nothing shown: a pending message has nowhere to go.
    m.clear();
    m.addPending(10, "me", "lost", 1);
    QCOMPARE(m.rowCount(), 0);
  }

  void directConversation() {
    ConversationModel m;
    std::vector<engine::Message> history;
    auto dm = [](uint8_t peer, bool out, const char* text, uint64_t t, const char* mid) {
      engine::Message msg;
      msg.peer = id(peer);
      msg.outgoing = out;
      msg.sender_name = out ? "me" : "amandine";
      msg.text = text;
      msg.time_ms = t;
      msg.message_id = mid;
      return msg;
    };
    history.push_back(dm(1, false, "hi", 2000, "m2"));
    history.push_back(dm(2, false, "other person", 1500, "m3"));
    history.push_back(dm(1, true, "hello", 1000, "m1"));
    m.showDirect(id(1), history);
    QCOMPARE(m.kind(), ConversationModel::Kind::direct);
    QCOMPARE(column(m, ConversationModel::TextRole), QStringList({"hello", "hi"}));
    QVERIFY(m.data(m.index(0), ConversationModel::OwnRole).toBool());
    QCOMPARE(m.data(m.index(0), ConversationModel::StateRole).toString(), QString("sent"));
    QCOMPARE(m.data(m.index(1), ConversationModel::StateRole).toString(), QString());
    m.addDirectMessage(dm(1, false, "hi", 2000, "m2"));  // the same message again
    m.addDirectMessage(dm(2, false, "not shown", 3000, "m4"));
    QCOMPARE(m.rowCount(), 2);
    m.addPending(5, "me", "on its way", 4000);
    m.addDirectMessage(dm(1, false, "answer", 3000, "m5"));
    QCOMPARE(column(m, ConversationModel::TextRole),
             QStringList({"hello", "hi", "answer", "on its way"}));
    QVERIFY(m.confirm(5, 0, 5000));
    QCOMPARE(m.data(m.index(3), ConversationModel::StateRole).toString(), QString("sent"));
    QVERIFY(m.pinnedAlert().isEmpty());  // no pins in direct conversations
  }

  void pinnedAlertIsTheLatestStillPinned() {
    ConversationModel m;
    uint64_t now = 1'700'000'500'000;
    m.setClock([&] { return now; });
    auto alert = message("brussels", 1, 1, "moderatrice", "Client dangereux signalé rue X");
    alert.alert = true;
    alert.pinned_until_ms = now + 60'000;
    m.showRoom("brussels", {alert, message("brussels", 2, 2, "b", "ok")});
    QCOMPARE(m.pinnedAlert(), QString::fromUtf8("Client dangereux signalé rue X"));
    QVERIFY(m.data(m.index(0), ConversationModel::AlertRole).toBool());
    QVERIFY(m.data(m.index(0), ConversationModel::PinnedRole).toBool());
    QSignalSpy changed(&m, &ConversationModel::pinnedAlertChanged);
    // A newer alert pinned by an event.
    auto second = message("brussels", 3, 1, "moderatrice", "Second warning");
    second.alert = true;
    m.addRoomItem(second);
    m.addRoomItem(roomEvent("brussels", 4, "pinned", 1, 3, now + 120'000));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m.pinnedAlert(), QString("Second warning"));
    m.addRoomItem(roomEvent("brussels", 5, "unpinned", 1, 3));
    QCOMPARE(m.pinnedAlert(), QString::fromUtf8("Client dangereux signalé rue X"));
    now += 61'000;  // the first pin expired
    QVERIFY(m.pinnedAlert().isEmpty());
    QVERIFY(!m.data(m.index(0), ConversationModel::PinnedRole).toBool());
  }

  void timesAreLocal() {
    const QDateTime now = QDateTime::currentDateTime();
    const uint64_t ms = static_cast<uint64_t>(now.toMSecsSinceEpoch());
    const QString today = ConversationModel::formatTime(ms, now);
    QCOMPARE(today, QLocale().toString(now.time(), QLocale::ShortFormat));
    const QString earlier = ConversationModel::formatTime(ms - 3ull * 24 * 3600 * 1000, now);
    QVERIFY(earlier.size() > today.size());  // with the date
  }

  void membersModeratorsFirst() {
    MemberModel m;
    auto named = [&](int n, const char* name) {
      engine::Person p;
      p.id = id(n);
      p.name = name;
      return p;
    };
    std::vector<engine::RoomMember> members{{id(1), named(1, "zoe"), engine::Role::member},
                                            {id(2), named(2, ""), engine::Role::member},
                                            {id(3), named(3, "yasmine"), engine::Role::moderator},
                                            {id(4), named(4, "anna"), engine::Role::member}};
    m.setRoomMembers("brussels", members, id(4));
    QCOMPARE(m.rowCount(), 4);
    QCOMPARE(column(m, MemberModel::NameRole), QStringList({"yasmine", "anna", "zoe", ""}));
    QCOMPARE(m.data(m.index(0), MemberModel::RoleRole).toString(), QString("moderator"));
    QVERIFY(m.data(m.index(0), Qt::DisplayRole).toString().contains("moderator"));
    QVERIFY(m.data(m.index(1), MemberModel::SelfRole).toBool());
    QVERIFY(m.roleOf(id(3)) == engine::Role::moderator);
    QVERIFY(!m.roleOf(id(9)));
    // Only a member listed without a name makes a room message ask for the list again.
    QVERIFY(m.listsUnnamed(id(2)));
    QVERIFY(!m.listsUnnamed(id(1)));
    QVERIFY(!m.listsUnnamed(id(9)));
    QCOMPARE(m.memberAt(2), id(1));
    QCOMPARE(m.room(), QString("brussels"));
  }

  // Two members called "amira": the marks tell them apart on screen; the one whose name reads
  // like a contact's carries the warning; a verified person the badge; a changed key its warning.
  void membersShowMarksBadgesAndWarnings() {
    MemberModel m;
    auto person = [&](int n, const char* name, const char* mark) {
      engine::Person p;
      p.id = id(n);
      p.name = name;
      p.mark = mark;
      return p;
    };
    engine::Person real = person(1, "amira", "k3fq");
    real.verified = true;
    engine::Person fake = person(2, "amira", "zq7a");
    fake.looks_like = id(1);
    engine::Person changed = person(3, "bea", "ab2c");
    changed.key_changed = true;
    m.setRoomMembers("liege",
                     {{id(1), real, engine::Role::member},
                      {id(2), fake, engine::Role::member},
                      {id(3), changed, engine::Role::member}},
                     id(9));
    QCOMPARE(column(m, MemberModel::MarkRole), QStringList({"k3fq", "zq7a", "ab2c"}));
    const QStringList shown = column(m, Qt::DisplayRole);
    QVERIFY(shown[0].startsWith("amira#k3fq"));
    QVERIFY(shown[1].startsWith("amira#zq7a"));
    QVERIFY(shown[0] != shown[1]);
    QVERIFY(shown[0].contains("verified"));
    QVERIFY(!shown[0].contains("may not be them"));
    QVERIFY(shown[1].contains("may not be them"));
    QVERIFY(!shown[1].contains("verified"));
    QVERIFY(shown[2].contains("identity key changed"));
    QVERIFY(m.data(m.index(0), MemberModel::VerifiedRole).toBool());
    QVERIFY(m.data(m.index(1), MemberModel::LooksLikeRole).toBool());
    QVERIFY(m.data(m.index(2), MemberModel::KeyChangedRole).toBool());
    // The direct conversation's panel: the safety number, what to do with it, the badge.
    m.setDirectContact(real, "amira", QString(60, '1'));
    const QString panel = m.data(m.index(0), Qt::DisplayRole).toString();
    QVERIFY(panel.contains("amira#k3fq"));
    QVERIFY(panel.contains("verified"));
    // Verified: the digits, and nothing left to do with them.
    QVERIFY(!panel.contains("If they read you the same digits"));
    m.setDirectContact(fake, "amira", QString(60, '2'));
    const QString unverified = m.data(m.index(0), Qt::DisplayRole).toString();
    QVERIFY(unverified.contains("If they read you the same digits"));
    QVERIFY(unverified.contains("the button below"));
  }

  // The list of private conversations: two "amira" told apart by their marks, the look-alike
  // flagged, a changed key warned of, the badge of a verified person.
  void directConversationsShowMarksBadgesAndWarnings() {
    DirectListModel m;
    m.note(id(1), "amira", 1000);
    m.note(id(2), "amira", 2000);
    m.note(id(3), "bea", 3000);
    auto person_of = [&](const AccountId& who) {
      engine::Person p;
      p.id = who;
      if (who == id(1)) {
        p.mark = "k3fq";
        p.verified = true;
      } else if (who == id(2)) {
        p.mark = "zq7a";
        p.looks_like = id(1);
      } else {
        p.mark = "ab2c";
        p.key_changed = true;
      }
      return p;
    };
    m.setPeople(person_of);
    const QStringList shown = column(m, Qt::DisplayRole);  // bea, the fake, the real amira
    QVERIFY(shown[0].startsWith("bea#ab2c"));
    QVERIFY(shown[0].contains("identity key changed"));
    QVERIFY(shown[1].startsWith("amira#zq7a"));
    QVERIFY(shown[1].contains("may not be them"));
    QVERIFY(shown[2].startsWith("amira#k3fq"));
    QVERIFY(shown[2].contains("verified"));
    QVERIFY(!shown[2].contains("may not be them"));
    QCOMPARE(column(m, DirectListModel::MarkRole), QStringList({"ab2c", "zq7a", "k3fq"}));
    QVERIFY(m.data(m.index(1), DirectListModel::LooksLikeRole).toBool());
    QVERIFY(m.data(m.index(0), DirectListModel::KeyChangedRole).toBool());
    QVERIFY(m.data(m.index(2), DirectListModel::VerifiedRole).toBool());
    // Unread counts come after the person.
    m.note(id(2), "", 4000, 2);
    QCOMPARE(m.data(m.index(0), Qt::DisplayRole).toString().left(10), QString("amira#zq7a"));
    QVERIFY(m.data(m.index(0), Qt::DisplayRole).toString().endsWith("(2)"));
  }

  void directContactShowsTheSafetyNumber() {
    MemberModel m;
    m.setDirectContact(id(1), "amandine", "");
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.data(m.index(0), MemberModel::SafetyNumberRole).toString(), QString());
    const QString digits = QString("0123456789").repeated(6);
    m.setSafetyNumber(id(2), digits);  // someone else: ignored
    QCOMPARE(m.data(m.index(0), MemberModel::SafetyNumberRole).toString(), QString());
    m.setSafetyNumber(id(1), digits);
    QCOMPARE(m.data(m.index(0), MemberModel::SafetyNumberRole).toString(), digits);
    const QString grouped = MemberModel::groupDigits(digits);
    QCOMPARE(grouped.split(QRegularExpression("\\s")).size(), 12);
    QVERIFY(m.data(m.index(0), Qt::DisplayRole).toString().contains("01234 56789"));
    QCOMPARE(m.room(), QString());
  }

  void reportsNewestFirstWithTheVerifiedMark() {
    ReportModel m;
    engine::ReportView forged;
    forged.report_id = "aa";
    forged.room = "brussels";
    forged.reason = engine::ReportReason::harassment;
    forged.message = {7, id(1), "mallory", "words never said", 1000};
    forged.checked = true;
    forged.verified = false;
    forged.received_ms = 1000;
    engine::ReportView real = forged;
    real.report_id = "bb";
    real.reason = engine::ReportReason::exploitation;
    real.comment = "she is not free to leave";
    real.verified = true;
    real.received_ms = 2000;
    real.context = {{5, id(2), "x", "before", 900}, {6, id(1), "mallory", "just before", 950}};
    engine::ReportView waiting = forged;
    waiting.report_id = "cc";
    waiting.reason = engine::ReportReason::other;
    waiting.checked = false;
    waiting.received_ms = 500;
    m.setReports({forged, real, waiting});
    QCOMPARE(column(m, ReportModel::ReportIdRole), QStringList({"bb", "aa", "cc"}));
    QVERIFY(m.data(m.index(0), ReportModel::VerifiedRole).toBool());
    QVERIFY(!m.data(m.index(1), ReportModel::VerifiedRole).toBool());
    QVERIFY(m.data(m.index(1), ReportModel::CheckedRole).toBool());
    QVERIFY(!m.data(m.index(2), ReportModel::CheckedRole).toBool());
    QVERIFY(!m.data(m.index(2), ReportModel::VerifiedRole).toBool());
    QCOMPARE(m.data(m.index(0), ReportModel::ReasonRole).toString(),
             QString("Signs of exploitation or trafficking"));
    QCOMPARE(m.data(m.index(2), ReportModel::ReasonRole).toString(), QString("Other"));
    QCOMPARE(m.data(m.index(0), ReportModel::ContextRole).toString(),
             QString("x: before\nmallory: just before"));
    QVERIFY(m.data(m.index(0), Qt::DisplayRole).toString().contains("verified"));
    QVERIFY(m.data(m.index(1), Qt::DisplayRole).toString().contains("NOT verified"));
    QCOMPARE(m.data(m.index(0), ReportModel::SeqRole).toULongLong(), 7ull);
    QVERIFY(m.reportAt(3) == nullptr);
    QCOMPARE(m.reportAt(0)->comment, std::string("she is not free to leave"));
  }

  void permanencesOpenFirstThenByNextOpening() {
    auto view = [](const char* org, const char* name, bool open, uint64_t next_ms,
                   const char* next_local) {
      engine::PermanenceView p;
      p.org = org;
      p.name = name;
      p.open = open;
      p.on_duty = open ? 2 : 0;
      p.next_open_ms = next_ms;
      p.next_open_local = next_local;
      p.room = "brussels";
      engine::SlotSpec slot;
      slot.weekday = "tue";
      slot.languages = {"fr", "en"};
      engine::SlotSpec other = slot;
      other.languages = {"nl", "fr"};
      p.slots = {slot, other};
      return p;
    };
    PermanenceListModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // 13:00 UTC is 14:00 in Brussels in November.
    constexpr uint64_t k23 = 1795438800000, k24 = 1795525200000, k26 = 1795698000000,
                       k27 = 1795784400000;
    QLocale::setDefault(QLocale(QStringLiteral("fr_BE")));
    model.setPermanences({view("later", "Later", false, k26, "2026-11-26 14:00"),
                          view("none", "Nothing planned", false, 0, ""),
                          view("soon", "Soon", false, k24, "2026-11-24 14:00"),
                          view("espace-p", "Espace P", true, k23, "2026-11-23 14:00")});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    auto at = [&](int row, int role) { return model.data(model.index(row), role); };
    QCOMPARE(at(0, PermanenceListModel::OrgRole).toString(), QString("espace-p"));
    QVERIFY(at(0, PermanenceListModel::OpenRole).toBool());
    QCOMPARE(at(0, PermanenceListModel::BadgeRole).toString(), QString("open now"));
    QCOMPARE(at(0, Qt::DisplayRole).toString(), QString("Espace P \u2014 open now"));
    QCOMPARE(at(0, PermanenceListModel::OnDutyRole).toInt(), 2);
    QCOMPARE(at(1, PermanenceListModel::OrgRole).toString(), QString("soon"));
    QCOMPARE(at(1, PermanenceListModel::BadgeRole).toString(),
             QString("next opening mardi 24 novembre 2026 14:00 (Brussels time)"));
    QVERIFY(!at(1, PermanenceListModel::OpenRole).toBool());
    QCOMPARE(at(2, PermanenceListModel::OrgRole).toString(), QString("later"));
    QCOMPARE(at(3, PermanenceListModel::OrgRole).toString(), QString("none"));
    QCOMPARE(at(3, PermanenceListModel::BadgeRole).toString(), QString("no opening planned"));
    QCOMPARE(at(0, PermanenceListModel::LanguagesRole).toStringList(),
             QStringList({"fr", "en", "nl"}));
    // A slot that lists no language offers the organisation's.
    {
      PermanenceListModel own;
      engine::PermanenceView p = view("utsopi", "UTSOPI", true, k23, "2026-11-23 14:00");
      p.slots[0].languages.clear();
      p.languages = {"es", "fr", "pt"};
      own.setPermanences({p});
      QCOMPARE(own.data(own.index(0), PermanenceListModel::LanguagesRole).toStringList(),
               QStringList({"es", "fr", "pt", "nl"}));
      p.slots.clear();
      own.setPermanences({p});
      QCOMPARE(own.data(own.index(0), PermanenceListModel::LanguagesRole).toStringList(),
               QStringList({"es", "fr", "pt"}));
    }
    QCOMPARE(model.rowOf("later"), 2);
    QCOMPARE(model.rowOf("missing"), -1);
    QVERIFY(model.find("soon") != nullptr);
    QVERIFY(model.find("missing") == nullptr);
    QVERIFY(!model.data(model.index(4), PermanenceListModel::OrgRole).isValid());
    QVERIFY(!model.data(QModelIndex(), Qt::DisplayRole).isValid());
    // A refresh that finds the door closed again moves it down.
    model.setPermanences({view("espace-p", "Espace P", false, k27, "2026-11-27 14:00"),
                          view("soon", "Soon", false, k24, "2026-11-24 14:00")});
    QCOMPARE(model.data(model.index(0), PermanenceListModel::OrgRole).toString(), QString("soon"));
    QCOMPARE(model.data(model.index(1), PermanenceListModel::BadgeRole).toString(),
             QString("next opening vendredi 27 novembre 2026 14:00 (Brussels time)"));
    QLocale::setDefault(QLocale(QStringLiteral("nl_BE")));
    QCOMPARE(model.data(model.index(0), PermanenceListModel::BadgeRole).toString(),
             QString("next opening dinsdag 24 november 2026 14:00 (Brussels time)"));
    // The relay out of reach: no door is "open now"; the state is unknown, with what the relay
    // said last and when (Brussels time); a future opening still stands.
    QLocale::setDefault(QLocale::c());
    constexpr uint64_t kListed = 1795438980000;  // 2026-11-23 13:03 UTC, 14:03 in Brussels
    model.setPermanences({view("espace-p", "Espace P", true, k23, "2026-11-23 14:00"),
                          view("soon", "Soon", false, k24 + 400ull * 24 * 3600 * 1000, "x"),
                          view("past", "Past", false, k23, "2026-11-23 14:00")},
                         kListed);
    QCOMPARE(at(0, PermanenceListModel::BadgeRole).toString(), QString("open now"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setReachable(false);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(at(0, PermanenceListModel::BadgeRole).toString(),
             QString("unknown while offline (open at 14:03)"));
    QCOMPARE(at(0, Qt::DisplayRole).toString(),
             QString("Espace P \u2014 unknown while offline (open at 14:03)"));
    QCOMPARE(at(0, Qt::ToolTipRole).toString(),
             QString("The relay cannot be reached: this is what it said at 14:03 (Brussels time)."));
    QCOMPARE(at(1, PermanenceListModel::OrgRole).toString(), QString("past"));
    QCOMPARE(at(1, PermanenceListModel::BadgeRole).toString(),
             QString("unknown while offline (closed at 14:03)"));
    QVERIFY(at(2, PermanenceListModel::BadgeRole).toString().startsWith("next opening "));
    for (int r = 0; r < model.rowCount(); ++r) {
      QVERIFY(!at(r, Qt::DisplayRole).toString().contains("open now"));
    }
    model.setReachable(true);
    QCOMPARE(at(0, PermanenceListModel::BadgeRole).toString(), QString("open now"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
  }

  void invalidIndexesGiveNothing() {
    RoomListModel rooms;
    ConversationModel conversation;
    MemberModel members;
    ReportModel reports;
    DirectListModel directs;
    for (QAbstractItemModel* m : std::initializer_list<QAbstractItemModel*>{
             &rooms, &conversation, &members, &reports, &directs}) {
      QVERIFY(!m->data(m->index(0, 0), Qt::DisplayRole).isValid());
      QVERIFY(!m->data(QModelIndex(), Qt::DisplayRole).isValid());
      QCOMPARE(m->rowCount(m->index(0, 0)), 0);
    }
  }
};

QTEST_MAIN(ModelsTest)
#include "models_test.moc"

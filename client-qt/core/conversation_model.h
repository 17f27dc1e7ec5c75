// One conversation as the view shows it: a room's messages and events, or the direct messages
// with one person. Own messages are marked, with their delivery state (sending until the relay
// made them durable, then sent); membership and moderation events read as sentences; the
// safety alert a moderator pinned is offered separately, for the top of the view.
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

#include "core/engine/events.h"

namespace relais::qt {

class ConversationModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Role {
    KindRole = Qt::UserRole + 1,  // "message" or "event"
    SenderRole,                   // pseudonym (message) or the member concerned (event)
    SenderIdRole,
    TextRole,      // message text, or the event's sentence
    TimeRole,      // QDateTime, local time
    TimeTextRole,  // "14:05", or with the date when not today
    OwnRole,
    StateRole,  // "sending", "sent", "failed"; "" for others' messages
    SeqRole,
    AlertRole,
    PinnedRole,
    // The sender's (message) or the member's (event) mark, badge and warnings, as the member
    // list shows them: two people who chose one name never look alike.
    MarkRole,
    VerifiedRole,
    KeyChangedRole,
    LooksLikeRole,
  };
  enum class Kind { none, room, direct };

  // Names a member by id (the pseudonym they gave, a contact's name); the id's text otherwise.
  using NameResolver = std::function<QString(const AccountId&)>;
  // The person behind an id (mark, badge, warnings) as the engine knows them now.
  using PersonResolver = std::function<engine::Person(const AccountId&)>;

  explicit ConversationModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  void setNameResolver(NameResolver resolver) { resolver_ = std::move(resolver); }
  void setPersonResolver(PersonResolver resolver) { person_of_ = std::move(resolver); }
  // Marks and warnings changed (a member list, a verification): the views ask again.
  void peopleChanged();
  // Who is reading: events about her are told to her in her own words ("A moderator banned you
  // from the room…").
  void setSelf(std::function<AccountId()> self) { self_ = std::move(self); }
  // The clock the pinned alert is judged by (tests set it).
  void setClock(std::function<uint64_t()> clock) { clock_ = std::move(clock); }

  // Shows a room's history (oldest first).
  void showRoom(const QString& room, const std::vector<engine::RoomItem>& items);
  // Shows the direct messages with `peer`, picked out of the whole history.
  void showDirect(const AccountId& peer, const std::vector<engine::Message>& history);
  void clear();
  Kind kind() const { return kind_; }
  QString room() const { return room_; }
  AccountId peer() const { return peer_; }

  // A room item of the room shown (others are ignored). Kept in sequence order; one seq once.
  void addRoomItem(const engine::RoomItem& item);
  void removeRoomItem(uint64_t seq);
  // A direct message with the peer shown (others are ignored).
  void addDirectMessage(const engine::Message& message);
  // Our own message, shown at once as "sending" until confirm() or fail().
  void addPending(engine::RequestId request, const QString& sender_name, const QString& text,
                  uint64_t now_ms);
  // The relay made it durable: sent, at the relay's time and (rooms) sequence number.
  bool confirm(engine::RequestId request, uint64_t seq, uint64_t server_time_ms);
  bool fail(engine::RequestId request);

  // The pinned safety alert of the room shown, "" when none is pinned now.
  QString pinnedAlert() const;

  static QString formatTime(uint64_t time_ms, const QDateTime& now);

 Q_SIGNALS:
  void pinnedAlertChanged();

 private:
  enum class State { none, sending, sent, failed };
  struct Entry {
    bool is_event = false;
    uint64_t seq = 0;  // rooms; 0 for pending and direct messages
    uint64_t time_ms = 0;
    AccountId from;
    QString sender;
    QString text;
    engine::RoomEventKind event = engine::RoomEventKind::other;
    AccountId by;
    uint64_t target_seq = 0;
    uint64_t until_ms = 0;
    std::optional<engine::Role> role;
    bool own = false;
    bool alert = false;
    uint64_t pinned_until_ms = 0;
    State state = State::none;
    engine::RequestId request = 0;
    QString message_id;  // direct messages, to drop duplicates
  };
  static Entry fromRoomItem(const engine::RoomItem& item);
  static Entry fromMessage(const engine::Message& message);
  QString nameOf(const AccountId& id, const QString& given = {}) const;
  engine::Person personOf(const AccountId& id) const;
  QString eventSentence(const Entry& e) const;
  void insertSorted(Entry e);
  void applyPin(const Entry& event);
  uint64_t now() const;

  Kind kind_ = Kind::none;
  QString room_;
  AccountId peer_;
  std::vector<Entry> entries_;
  NameResolver resolver_;
  PersonResolver person_of_;
  std::function<AccountId()> self_;
  std::function<uint64_t()> clock_;
};

}  // namespace relais::qt

// The rooms of the side list: city names in the interface language, joined or not, unread
// counts. Joined rooms come first, then the others, each group by name in the language's order.
#pragma once

#include <QAbstractListModel>
#include <QString>
#include <vector>

#include "core/engine/events.h"

namespace relais::qt {

class RoomListModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Role {
    RoomIdRole = Qt::UserRole + 1,
    NameRole,
    JoinedRole,
    PendingRole,
    UnreadRole,
    MembersRole,
    PolicyRole,  // the policy's word (core/engine/words.h): "open", "knock", "invite"
  };

  explicit RoomListModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  // "fr", "nl" or "en".
  void setLanguage(const QString& language);
  QString language() const { return language_; }
  // The relay's list; unread counts of rooms still listed are kept.
  void setRooms(const std::vector<engine::RoomSummary>& rooms);
  // A room we joined (or whose join waits for a moderator), listed or not yet.
  void setJoined(const QString& room, bool joined, bool pending = false);
  void addUnread(const QString& room, int count = 1);
  void clearUnread(const QString& room);
  int unread(const QString& room) const;
  int totalUnread() const;
  void clear();

  // -1 when the room is not listed.
  int rowOf(const QString& room) const;
  QString roomAt(int row) const;
  QString displayName(const QString& room) const;
  // Open when the room is not listed.
  engine::JoinPolicy policyOf(const QString& room) const;

 private:
  struct Entry {
    QString room;
    QString name_fr;
    QString name_nl;
    engine::JoinPolicy policy = engine::JoinPolicy::open;
    int members = 0;
    bool joined = false;
    bool pending = false;
    int unread = 0;
  };
  Entry* find(const QString& room);
  const Entry* find(const QString& room) const;
  QString nameOf(const Entry& e) const;
  // Sorts, keeping views' selections on the same rooms.
  void resort();

  std::vector<Entry> entries_;
  QString language_ = QStringLiteral("en");
};

}  // namespace relais::qt

// The members of the room shown, with their roles (moderators first); for a direct
// conversation, the other person and the safety number to compare with them.
#pragma once

#include <QAbstractListModel>
#include <QString>
#include <optional>
#include <vector>

#include "core/engine/events.h"

namespace relais::qt {

class MemberModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Role {
    IdRole = Qt::UserRole + 1,
    NameRole,
    RoleRole,  // "member", "moderator", ...
    SelfRole,
    SafetyNumberRole,  // direct contact: 60 digits in groups of five; "" until known
    MarkRole,          // four characters from their identity key; "" while unknown
    VerifiedRole,      // the safety number was compared and their key is still that one
    KeyChangedRole,    // their identity key changed: compare the safety number again
    LooksLikeRole,     // their name reads like a contact's or a verified person's (a warning)
  };

  explicit MemberModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  // `names` gives a name for members whose messages did not tell us one.
  void setRoomMembers(const QString& room, const std::vector<engine::RoomMember>& members,
                      const AccountId& self);
  void setDirectContact(const AccountId& peer, const QString& name, const QString& safety_number);
  // With the mark, the badge and the warnings of `person`.
  void setDirectContact(const engine::Person& person, const QString& name,
                        const QString& safety_number);
  // "amira#k3fq", then the badge or the warnings, as every list shows a person.
  static QString shown(const engine::Person& person, const QString& name);
  void setSafetyNumber(const AccountId& peer, const QString& safety_number);
  void clear();
  QString room() const { return room_; }
  AccountId memberAt(int row) const;
  std::optional<engine::Role> roleOf(const AccountId& id) const;
  // Whether the list lists `id` without a name (its id then): a room message that taught a
  // member's name asks for the list again only then, once per member.
  bool listsUnnamed(const AccountId& id) const;

  // "12345 67890 ..." from 60 digits.
  static QString groupDigits(const QString& digits);

 private:
  struct Entry {
    AccountId id;
    QString name;
    std::optional<engine::Role> role;  // none for a direct contact
    bool self = false;
    QString safety_number;
    engine::Person person;  // the mark, the badge, the warnings
  };
  std::vector<Entry> entries_;
  QString room_;
};

}  // namespace relais::qt

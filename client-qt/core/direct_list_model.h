// Direct (one-to-one) conversations of the side list: a contact's local name, or the pseudonym
// the other person gave, with the mark of their identity key, the verified badge and the
// warnings (a changed key, a name like someone's this person relies on); unread counts; the
// most recent conversation first.
#pragma once

#include <QAbstractListModel>
#include <QString>
#include <functional>
#include <vector>

#include "core/base/account_id.h"
#include "core/engine/events.h"

namespace relais::qt {

class DirectListModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Role {
    PeerIdRole = Qt::UserRole + 1,
    NameRole,
    UnreadRole,
    LastTimeRole,
    MarkRole,        // four characters from their identity key; "" while unknown
    VerifiedRole,    // the safety number was compared and their key is still that one
    KeyChangedRole,  // their identity key changed: compare the safety number again
    LooksLikeRole,   // their name reads like a contact's or a verified person's (a warning)
  };

  explicit DirectListModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  // A conversation with `peer` had activity at `time_ms` (adds it when new, renames it).
  void note(const AccountId& peer, const QString& name, uint64_t time_ms, int unread = 0);
  // The mark, badge and warnings of every conversation, as the engine now sees each person
  // (after a message, a verification, a changed key).
  void setPeople(const std::function<engine::Person(const AccountId&)>& person_of);
  void clearUnread(const AccountId& peer);
  int unread(const AccountId& peer) const;
  void clear();
  int rowOf(const AccountId& peer) const;
  AccountId peerAt(int row) const;

 private:
  struct Entry {
    AccountId peer;
    QString name;
    uint64_t last_ms = 0;
    int unread = 0;
    engine::Person person;  // the mark, the badge, the warnings
  };
  std::vector<Entry> entries_;
};

}  // namespace relais::qt

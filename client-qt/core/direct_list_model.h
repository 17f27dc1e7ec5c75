// Direct (one-to-one) conversations of the side list: a contact's local name, or the pseudonym
// the other person gave, unread counts; the most recent conversation first.
#pragma once

#include <QAbstractListModel>
#include <QString>
#include <vector>

#include "core/base/account_id.h"

namespace relais::qt {

class DirectListModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Role { PeerIdRole = Qt::UserRole + 1, NameRole, UnreadRole, LastTimeRole };

  explicit DirectListModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  // A conversation with `peer` had activity at `time_ms` (adds it when new, renames it).
  void note(const AccountId& peer, const QString& name, uint64_t time_ms, int unread = 0);
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
  };
  std::vector<Entry> entries_;
};

}  // namespace relais::qt

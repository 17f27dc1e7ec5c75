#include "client-qt/core/direct_list_model.h"

#include <QFont>
#include <algorithm>

#include "client-qt/core/person_text.h"

namespace relais::qt {

DirectListModel::DirectListModel(QObject* parent) : QAbstractListModel(parent) {}

int DirectListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

QVariant DirectListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
  const Entry& e = entries_[static_cast<size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole: {
      const QString shown = person_text::shown(e.person, e.name);
      return e.unread > 0 ? QStringLiteral("%1  (%2)").arg(shown).arg(e.unread) : shown;
    }
    case Qt::FontRole: {
      if (e.unread == 0) return {};
      QFont f;
      f.setBold(true);
      return f;
    }
    case PeerIdRole:
      return QString::fromStdString(e.peer.text());
    case NameRole:
      return e.name;
    case UnreadRole:
      return e.unread;
    case LastTimeRole:
      return QVariant::fromValue<qulonglong>(e.last_ms);
    case MarkRole:
      return person_text::field(e.person, person_text::Field::mark);
    case VerifiedRole:
      return person_text::field(e.person, person_text::Field::verified);
    case KeyChangedRole:
      return person_text::field(e.person, person_text::Field::key_changed);
    case LooksLikeRole:
      return person_text::field(e.person, person_text::Field::looks_like);
    default:
      return {};
  }
}

QHash<int, QByteArray> DirectListModel::roleNames() const {
  return {
      {Qt::DisplayRole, "display"}, {PeerIdRole, "peerId"},         {NameRole, "name"},
      {UnreadRole, "unread"},       {LastTimeRole, "lastTime"},     {MarkRole, "mark"},
      {VerifiedRole, "verified"},   {KeyChangedRole, "keyChanged"}, {LooksLikeRole, "looksLike"}};
}

void DirectListModel::note(const AccountId& peer, const QString& name, uint64_t time_ms,
                           int unread) {
  int row = rowOf(peer);
  if (row < 0) {
    beginInsertRows({}, rowCount(), rowCount());
    engine::Person person;
    person.id = peer;
    entries_.push_back({peer, name, time_ms, std::max(unread, 0), person});
    endInsertRows();
    row = rowCount() - 1;
  } else {
    Entry& e = entries_[static_cast<size_t>(row)];
    if (!name.isEmpty()) e.name = name;
    e.last_ms = std::max(e.last_ms, time_ms);
    e.unread += std::max(unread, 0);
    Q_EMIT dataChanged(index(row), index(row));
  }
  // Keep the most recent first; move the row rather than reset, so a selection survives.
  int target = 0;
  const uint64_t t = entries_[static_cast<size_t>(row)].last_ms;
  while (target < row && entries_[static_cast<size_t>(target)].last_ms >= t) ++target;
  if (target < row && beginMoveRows({}, row, row, {}, target)) {
    std::rotate(entries_.begin() + target, entries_.begin() + row, entries_.begin() + row + 1);
    endMoveRows();
  }
}

void DirectListModel::setPeople(const std::function<engine::Person(const AccountId&)>& person_of) {
  if (entries_.empty()) return;
  for (auto& e : entries_) e.person = person_of(e.peer);
  Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void DirectListModel::clearUnread(const AccountId& peer) {
  const int row = rowOf(peer);
  if (row < 0 || entries_[static_cast<size_t>(row)].unread == 0) return;
  entries_[static_cast<size_t>(row)].unread = 0;
  Q_EMIT dataChanged(index(row), index(row));
}

int DirectListModel::unread(const AccountId& peer) const {
  const int row = rowOf(peer);
  return row < 0 ? 0 : entries_[static_cast<size_t>(row)].unread;
}

void DirectListModel::clear() {
  beginResetModel();
  entries_.clear();
  endResetModel();
}

int DirectListModel::rowOf(const AccountId& peer) const {
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].peer == peer) return static_cast<int>(i);
  }
  return -1;
}

AccountId DirectListModel::peerAt(int row) const {
  if (row < 0 || row >= rowCount()) return {};
  return entries_[static_cast<size_t>(row)].peer;
}

}  // namespace relais::qt

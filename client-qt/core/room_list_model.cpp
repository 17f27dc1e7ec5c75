#include "client-qt/core/room_list_model.h"

#include <QCollator>
#include <QFont>
#include <QLocale>
#include <algorithm>

#include "client-qt/core/city_names.h"
#include "core/engine/words.h"

namespace relais::qt {

RoomListModel::RoomListModel(QObject* parent) : QAbstractListModel(parent) {}

int RoomListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

QVariant RoomListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
  const Entry& e = entries_[static_cast<size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole: {
      QString text = nameOf(e);
      if (e.pending) {
        text += QStringLiteral(" \u00b7 ") + tr("waiting for a moderator");
      } else if (!e.joined) {
        text += QStringLiteral(" \u00b7 ") + tr("not joined");
      }
      if (e.unread > 0) text += QStringLiteral("  (%1)").arg(e.unread);
      return text;
    }
    case Qt::ToolTipRole:
      return e.joined ? tr("%n member(s)", nullptr, e.members)
                      : tr("Double-click to join this room.");
    case Qt::FontRole: {
      if (e.unread == 0) return {};
      QFont f;
      f.setBold(true);
      return f;
    }
    case RoomIdRole:
      return e.room;
    case NameRole:
      return nameOf(e);
    case JoinedRole:
      return e.joined;
    case PendingRole:
      return e.pending;
    case UnreadRole:
      return e.unread;
    case MembersRole:
      return e.members;
    case PolicyRole:
      return QString::fromUtf8(engine::word(e.policy));
    default:
      return {};
  }
}

QHash<int, QByteArray> RoomListModel::roleNames() const {
  return {{Qt::DisplayRole, "display"}, {RoomIdRole, "roomId"},   {NameRole, "name"},
          {JoinedRole, "joined"},       {PendingRole, "pending"}, {UnreadRole, "unread"},
          {MembersRole, "members"},     {PolicyRole, "policy"}};
}

void RoomListModel::setLanguage(const QString& language) {
  if (language == language_) return;
  language_ = language;
  if (entries_.empty()) return;
  Q_EMIT dataChanged(index(0), index(rowCount() - 1));
  resort();
}

void RoomListModel::setRooms(const std::vector<engine::RoomSummary>& rooms) {
  beginResetModel();
  std::vector<Entry> fresh;
  fresh.reserve(rooms.size());
  for (const auto& r : rooms) {
    Entry e;
    e.room = QString::fromStdString(r.room);
    e.name_fr = QString::fromStdString(r.name_fr);
    e.name_nl = QString::fromStdString(r.name_nl);
    e.policy = r.policy;
    e.members = static_cast<int>(r.members);
    e.joined = r.joined;
    e.pending = r.pending;
    if (const Entry* old = find(e.room)) e.unread = old->unread;
    fresh.push_back(std::move(e));
  }
  entries_ = std::move(fresh);
  endResetModel();
  resort();
}

void RoomListModel::setJoined(const QString& room, bool joined, bool pending) {
  Entry* e = find(room);
  if (!e) {
    beginInsertRows({}, rowCount(), rowCount());
    Entry fresh;
    fresh.room = room;
    entries_.push_back(fresh);
    endInsertRows();
    e = &entries_.back();
  }
  e->joined = joined;
  e->pending = pending;
  const QModelIndex i = index(rowOf(room));
  Q_EMIT dataChanged(i, i);
  resort();
}

void RoomListModel::addUnread(const QString& room, int count) {
  Entry* e = find(room);
  if (!e || count <= 0) return;
  e->unread += count;
  const QModelIndex i = index(rowOf(room));
  Q_EMIT dataChanged(i, i);
}

void RoomListModel::clearUnread(const QString& room) {
  Entry* e = find(room);
  if (!e || e->unread == 0) return;
  e->unread = 0;
  const QModelIndex i = index(rowOf(room));
  Q_EMIT dataChanged(i, i);
}

int RoomListModel::unread(const QString& room) const {
  const Entry* e = find(room);
  return e ? e->unread : 0;
}

int RoomListModel::totalUnread() const {
  int total = 0;
  for (const auto& e : entries_) total += e.unread;
  return total;
}

void RoomListModel::clear() {
  beginResetModel();
  entries_.clear();
  endResetModel();
}

int RoomListModel::rowOf(const QString& room) const {
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].room == room) return static_cast<int>(i);
  }
  return -1;
}

QString RoomListModel::roomAt(int row) const {
  if (row < 0 || row >= rowCount()) return {};
  return entries_[static_cast<size_t>(row)].room;
}

engine::JoinPolicy RoomListModel::policyOf(const QString& room) const {
  const Entry* e = find(room);
  return e ? e->policy : engine::JoinPolicy::open;
}

QString RoomListModel::displayName(const QString& room) const {
  if (const Entry* e = find(room)) return nameOf(*e);
  return cityName(room, language_);
}

RoomListModel::Entry* RoomListModel::find(const QString& room) {
  for (auto& e : entries_) {
    if (e.room == room) return &e;
  }
  return nullptr;
}

const RoomListModel::Entry* RoomListModel::find(const QString& room) const {
  for (const auto& e : entries_) {
    if (e.room == room) return &e;
  }
  return nullptr;
}

QString RoomListModel::nameOf(const Entry& e) const {
  return cityName(e.room, language_, e.name_fr, e.name_nl);
}

void RoomListModel::resort() {
  QCollator collator{QLocale(language_)};
  auto before = [&](const Entry& a, const Entry& b) {
    if (a.joined != b.joined) return a.joined;
    const int c = collator.compare(nameOf(a), nameOf(b));
    return c != 0 ? c < 0 : a.room < b.room;
  };
  if (std::is_sorted(entries_.begin(), entries_.end(), before)) return;
  Q_EMIT layoutAboutToBeChanged();
  const QModelIndexList persistent = persistentIndexList();
  QStringList rooms;
  for (const auto& i : persistent) rooms << roomAt(i.row());
  std::stable_sort(entries_.begin(), entries_.end(), before);
  QModelIndexList moved;
  for (const auto& room : rooms) moved << index(rowOf(room));
  changePersistentIndexList(persistent, moved);
  Q_EMIT layoutChanged();
}

}  // namespace relais::qt

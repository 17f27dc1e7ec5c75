#include "client-qt/core/conversation_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <algorithm>
#include <limits>

#include "client-qt/core/engine_host.h"
#include "client-qt/core/person_text.h"

namespace relais::qt {
namespace {

constexpr uint64_t kLast = std::numeric_limits<uint64_t>::max();

QString fromStd(const std::string& s) {
  return QString::fromStdString(s);
}

QString roleName(const std::optional<engine::Role>& role) {
  if (!role) return ConversationModel::tr("a member");
  switch (*role) {
    case engine::Role::moderator:
      return ConversationModel::tr("a moderator");
    case engine::Role::outreach:
      return ConversationModel::tr("an outreach worker");
    case engine::Role::admin:
      return ConversationModel::tr("an administrator");
    case engine::Role::member:
      return ConversationModel::tr("a member");
  }
  return ConversationModel::tr("a member");
}

}  // namespace

ConversationModel::ConversationModel(QObject* parent)
    : QAbstractListModel(parent), clock_([] { return wallClockMs(); }) {}

int ConversationModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

QString ConversationModel::formatTime(uint64_t time_ms, const QDateTime& now) {
  const QDateTime t = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(time_ms)).toLocalTime();
  const QLocale locale;
  const QString clock = locale.toString(t.time(), QLocale::ShortFormat);
  if (t.date() == now.toLocalTime().date()) return clock;
  return locale.toString(t.date(), QLocale::ShortFormat) + QLatin1Char(' ') + clock;
}

QVariant ConversationModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
  const Entry& e = entries_[static_cast<size_t>(index.row())];
  const QString time = e.time_ms ? formatTime(e.time_ms, QDateTime::currentDateTime()) : QString();
  auto state = [&]() -> QString {
    switch (e.state) {
      case State::sending:
        return QStringLiteral("sending");
      case State::sent:
        return QStringLiteral("sent");
      case State::failed:
        return QStringLiteral("failed");
      case State::none:
        break;
    }
    return {};
  };
  switch (role) {
    case Qt::DisplayRole: {
      if (e.is_event) return eventSentence(e) + QStringLiteral("  \u00b7 ") + time;
      // Someone else's message: the name they gave, with their mark and any warning.
      QString head = e.own ? tr("You")
                           : person_text::shown(personOf(e.from),
                                                e.sender.isEmpty() ? nameOf(e.from) : e.sender);
      if (!time.isEmpty()) head += QStringLiteral("  \u00b7 ") + time;
      if (e.state == State::sending) head += QStringLiteral("  \u00b7 ") + tr("sending\u2026");
      if (e.state == State::sent) head += QStringLiteral("  \u00b7 ") + tr("sent");
      if (e.state == State::failed) head += QStringLiteral("  \u00b7 ") + tr("not sent");
      if (e.alert)
        head = QStringLiteral("\u26a0 ") + tr("Safety alert") + QStringLiteral("  \u00b7 ") + head;
      return head + QLatin1Char('\n') + e.text;
    }
    case Qt::TextAlignmentRole:
      return e.own && !e.is_event ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
      return e.is_event ? QVariant(QBrush(QColor(0x60, 0x60, 0x60))) : QVariant();
    case Qt::BackgroundRole:
      if (e.alert) return QBrush(QColor(0xff, 0xf1, 0xc2));
      if (e.own && !e.is_event) return QBrush(QColor(0xe3, 0xef, 0xfb));
      return {};
    case Qt::FontRole: {
      if (!e.is_event) return {};
      QFont f;
      f.setItalic(true);
      return f;
    }
    case KindRole:
      return e.is_event ? QStringLiteral("event") : QStringLiteral("message");
    case SenderRole:
      return e.is_event ? nameOf(e.from) : (e.own ? e.sender : nameOf(e.from, e.sender));
    case SenderIdRole:
      return e.from.empty() ? QString() : fromStd(e.from.text());
    case TextRole:
      return e.is_event ? eventSentence(e) : e.text;
    case TimeRole:
      return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(e.time_ms)).toLocalTime();
    case TimeTextRole:
      return time;
    case OwnRole:
      return e.own;
    case StateRole:
      return state();
    case SeqRole:
      return QVariant::fromValue<qulonglong>(e.seq);
    case AlertRole:
      return e.alert;
    case PinnedRole:
      return e.pinned_until_ms > now();
    case MarkRole:
      return person_text::field(personOf(e.from), person_text::Field::mark);
    case VerifiedRole:
      return person_text::field(personOf(e.from), person_text::Field::verified);
    case KeyChangedRole:
      return person_text::field(personOf(e.from), person_text::Field::key_changed);
    case LooksLikeRole:
      return person_text::field(personOf(e.from), person_text::Field::looks_like);
    default:
      return {};
  }
}

QHash<int, QByteArray> ConversationModel::roleNames() const {
  return {{Qt::DisplayRole, "display"}, {KindRole, "kind"},
          {SenderRole, "sender"},       {SenderIdRole, "senderId"},
          {TextRole, "text"},           {TimeRole, "time"},
          {TimeTextRole, "timeText"},   {OwnRole, "own"},
          {StateRole, "state"},         {SeqRole, "seq"},
          {AlertRole, "alert"},         {PinnedRole, "pinned"},
          {MarkRole, "mark"},           {VerifiedRole, "verified"},
          {KeyChangedRole, "keyChanged"}, {LooksLikeRole, "looksLike"}};
}

ConversationModel::Entry ConversationModel::fromRoomItem(const engine::RoomItem& item) {
  Entry e;
  e.is_event = item.is_event;
  e.seq = item.seq;
  e.time_ms = item.time_ms;
  e.from = item.from;
  e.sender = fromStd(item.sender_name);
  e.text = fromStd(item.text);
  e.event = item.event;
  e.by = item.by;
  e.target_seq = item.target_seq;
  e.until_ms = item.until_ms;
  e.role = item.role;
  e.own = item.outgoing;
  e.alert = item.alert;
  e.pinned_until_ms = item.pinned_until_ms;
  e.state = item.outgoing && !item.is_event ? State::sent : State::none;
  return e;
}

ConversationModel::Entry ConversationModel::fromMessage(const engine::Message& m) {
  Entry e;
  e.time_ms = m.time_ms;
  e.from = m.peer;
  e.sender = fromStd(m.sender_name);
  e.text = fromStd(m.text);
  e.own = m.outgoing;
  e.state = m.outgoing ? State::sent : State::none;
  e.message_id = QString::fromLatin1(QByteArray::fromStdString(m.message_id).toHex());
  return e;
}

void ConversationModel::showRoom(const QString& room, const std::vector<engine::RoomItem>& items) {
  beginResetModel();
  // Our messages still on their way stay, when the same room is shown again.
  std::vector<Entry> pending;
  if (kind_ == Kind::room && room_ == room) {
    for (auto& e : entries_) {
      if (e.state == State::sending || (e.state == State::failed && e.seq == 0)) {
        pending.push_back(e);
      }
    }
  }
  kind_ = Kind::room;
  room_ = room;
  peer_ = {};
  entries_.clear();
  for (const auto& item : items) {
    if (QString::fromStdString(item.room) == room || item.room.empty()) {
      entries_.push_back(fromRoomItem(item));
    }
  }
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const Entry& a, const Entry& b) { return a.seq < b.seq; });
  for (auto& p : pending) entries_.push_back(std::move(p));
  endResetModel();
  Q_EMIT pinnedAlertChanged();
}

void ConversationModel::showDirect(const AccountId& peer,
                                   const std::vector<engine::Message>& history) {
  beginResetModel();
  std::vector<Entry> pending;
  if (kind_ == Kind::direct && peer_ == peer) {
    for (auto& e : entries_) {
      if (e.state == State::sending || (e.state == State::failed && e.message_id.isEmpty())) {
        pending.push_back(e);
      }
    }
  }
  kind_ = Kind::direct;
  room_.clear();
  peer_ = peer;
  entries_.clear();
  for (const auto& m : history) {
    if (m.peer == peer) entries_.push_back(fromMessage(m));
  }
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const Entry& a, const Entry& b) { return a.time_ms < b.time_ms; });
  for (auto& p : pending) entries_.push_back(std::move(p));
  endResetModel();
  Q_EMIT pinnedAlertChanged();
}

void ConversationModel::clear() {
  beginResetModel();
  kind_ = Kind::none;
  room_.clear();
  peer_ = {};
  entries_.clear();
  endResetModel();
  Q_EMIT pinnedAlertChanged();
}

void ConversationModel::insertSorted(Entry e) {
  // Rooms by sequence, direct messages by time; messages still sending stay last.
  auto key = [this](const Entry& x) {
    if (x.state == State::sending ||
        (x.own && x.seq == 0 && x.message_id.isEmpty() && x.state != State::sent)) {
      return kLast;
    }
    return kind_ == Kind::room ? x.seq : x.time_ms;
  };
  const uint64_t k = key(e);
  size_t pos = entries_.size();
  while (pos > 0 && key(entries_[pos - 1]) > k) --pos;
  beginInsertRows({}, static_cast<int>(pos), static_cast<int>(pos));
  entries_.insert(entries_.begin() + static_cast<std::ptrdiff_t>(pos), std::move(e));
  endInsertRows();
}

void ConversationModel::addRoomItem(const engine::RoomItem& item) {
  if (kind_ != Kind::room || QString::fromStdString(item.room) != room_) return;
  Entry e = fromRoomItem(item);
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].seq == e.seq && e.seq != 0) {
      entries_[i] = e;
      Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
      return;
    }
  }
  if (e.is_event) applyPin(e);
  insertSorted(std::move(e));
}

void ConversationModel::applyPin(const Entry& event) {
  const bool pinned = event.event == engine::RoomEventKind::pinned;
  if (!pinned && event.event != engine::RoomEventKind::unpinned) return;
  for (size_t i = 0; i < entries_.size(); ++i) {
    Entry& target = entries_[i];
    if (target.is_event || target.seq != event.target_seq) continue;
    target.pinned_until_ms = pinned ? event.until_ms : 0;
    Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
  }
  Q_EMIT pinnedAlertChanged();
}

void ConversationModel::removeRoomItem(uint64_t seq) {
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].seq != seq || entries_[i].is_event) continue;
    const bool was_pinned = entries_[i].pinned_until_ms != 0;
    beginRemoveRows({}, static_cast<int>(i), static_cast<int>(i));
    entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(i));
    endRemoveRows();
    if (was_pinned) Q_EMIT pinnedAlertChanged();
    return;
  }
}

void ConversationModel::addDirectMessage(const engine::Message& message) {
  if (kind_ != Kind::direct || message.peer != peer_) return;
  Entry e = fromMessage(message);
  for (const auto& x : entries_) {
    if (!x.message_id.isEmpty() && x.message_id == e.message_id) return;
  }
  insertSorted(std::move(e));
}

void ConversationModel::addPending(engine::RequestId request, const QString& sender_name,
                                   const QString& text, uint64_t now_ms) {
  if (kind_ == Kind::none) return;
  Entry e;
  e.own = true;
  e.sender = sender_name;
  e.text = text;
  e.time_ms = now_ms;
  e.state = State::sending;
  e.request = request;
  beginInsertRows({}, rowCount(), rowCount());
  entries_.push_back(std::move(e));
  endInsertRows();
}

bool ConversationModel::confirm(engine::RequestId request, uint64_t seq, uint64_t server_time_ms) {
  if (request == 0) return false;
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].request != request || entries_[i].state != State::sending) continue;
    Entry e = entries_[i];
    e.state = State::sent;
    e.seq = seq;
    e.time_ms = server_time_ms ? server_time_ms : e.time_ms;
    e.message_id = QStringLiteral("sent-%1").arg(request);
    beginRemoveRows({}, static_cast<int>(i), static_cast<int>(i));
    entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(i));
    endRemoveRows();
    insertSorted(std::move(e));
    return true;
  }
  return false;
}

bool ConversationModel::fail(engine::RequestId request) {
  if (request == 0) return false;
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].request != request || entries_[i].state != State::sending) continue;
    entries_[i].state = State::failed;
    Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
    return true;
  }
  return false;
}

QString ConversationModel::pinnedAlert() const {
  if (kind_ != Kind::room) return {};
  const uint64_t t = now();
  const Entry* best = nullptr;
  for (const auto& e : entries_) {
    if (e.is_event || e.pinned_until_ms <= t) continue;
    if (!best || e.seq > best->seq) best = &e;
  }
  return best ? best->text : QString();
}

uint64_t ConversationModel::now() const {
  return clock_ ? clock_() : wallClockMs();
}

QString ConversationModel::nameOf(const AccountId& id, const QString& given) const {
  if (resolver_ && !id.empty()) {
    const QString n = resolver_(id);
    if (!n.isEmpty()) return n;
  }
  if (!given.isEmpty()) return given;
  if (id.empty()) return tr("someone");
  // A short form of the id: enough to tell two people apart, not meant to be read aloud.
  return fromStd(id.text()).left(8);
}

engine::Person ConversationModel::personOf(const AccountId& id) const {
  if (person_of_ && !id.empty()) return person_of_(id);
  engine::Person p;
  p.id = id;
  return p;
}

void ConversationModel::peopleChanged() {
  if (!entries_.empty()) Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

QString ConversationModel::eventSentence(const Entry& e) const {
  const QString who = person_text::named(personOf(e.from), nameOf(e.from));
  if (self_ && !e.from.empty() && e.from == self_()) {
    // Said to the person it happened to: what it means and what she can still do.
    switch (e.event) {
      case engine::RoomEventKind::kicked:
        return tr("A moderator removed you from this room. You can join it again.");
      case engine::RoomEventKind::banned:
        return tr(
            "A moderator banned you from this room: you can no longer read or write here, "
            "nor join again, unless a moderator lifts the ban.");
      case engine::RoomEventKind::unbanned:
        return tr("A moderator lifted your ban: you can join this room again.");
      case engine::RoomEventKind::muted:
        if (e.until_ms == 0) return tr("A moderator lifted your mute: you can write again.");
        return tr("A moderator muted you until %1: you can read, and write again after that.")
            .arg(formatTime(e.until_ms, QDateTime::currentDateTime()));
      case engine::RoomEventKind::joined:
      case engine::RoomEventKind::left:
      case engine::RoomEventKind::removed:
      case engine::RoomEventKind::pinned:
      case engine::RoomEventKind::unpinned:
      case engine::RoomEventKind::role_granted:
      case engine::RoomEventKind::role_revoked:
      case engine::RoomEventKind::permanence_started:
      case engine::RoomEventKind::permanence_ended:
      case engine::RoomEventKind::other:
        break;
    }
  }
  switch (e.event) {
    case engine::RoomEventKind::joined:
      return tr("%1 joined the room.").arg(who);
    case engine::RoomEventKind::left:
      return tr("%1 left the room.").arg(who);
    case engine::RoomEventKind::kicked:
      return tr("%1 was removed from the room by a moderator.").arg(who);
    case engine::RoomEventKind::banned:
      return tr("%1 was banned by a moderator.").arg(who);
    case engine::RoomEventKind::unbanned:
      return tr("%1 may join again.").arg(who);
    case engine::RoomEventKind::muted:
      if (e.until_ms == 0) return tr("%1 may write again.").arg(who);
      return tr("%1 was muted until %2.")
          .arg(who, formatTime(e.until_ms, QDateTime::currentDateTime()));
    case engine::RoomEventKind::removed:
      return tr("A moderator removed a message.");
    case engine::RoomEventKind::pinned:
      return tr("A moderator pinned a safety alert.");
    case engine::RoomEventKind::unpinned:
      return tr("A moderator unpinned the safety alert.");
    case engine::RoomEventKind::role_granted:
      return tr("%1 is now %2.").arg(who, roleName(e.role));
    case engine::RoomEventKind::role_revoked:
      return tr("%1 is no longer %2.").arg(who, roleName(e.role));
    case engine::RoomEventKind::permanence_started:
      return tr("A chat permanence opened.");
    case engine::RoomEventKind::permanence_ended:
      return tr("The chat permanence closed.");
    case engine::RoomEventKind::other:
      break;
  }
  return tr("Something changed in the room.");
}

}  // namespace relais::qt

#include "client-qt/core/member_model.h"

#include <QCollator>
#include <algorithm>

#include "client-qt/core/person_text.h"
#include "core/engine/words.h"

namespace relais::qt {
namespace {

// Moderators first, then outreach workers, then everyone else.
int rank(const std::optional<engine::Role>& role) {
  if (!role) return 3;
  switch (*role) {
    case engine::Role::moderator:
      return 0;
    case engine::Role::outreach:
      return 1;
    case engine::Role::admin:
    case engine::Role::member:
      return 2;
  }
  return 3;
}

}  // namespace

MemberModel::MemberModel(QObject* parent) : QAbstractListModel(parent) {}

int MemberModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

QVariant MemberModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
  const Entry& e = entries_[static_cast<size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole: {
      QString text =
          shown(e.person, e.name.isEmpty() ? QString::fromStdString(e.id.text()).left(8) : e.name);
      if (e.self) text += QLatin1Char(' ') + tr("(you)");
      if (e.role) {
        switch (*e.role) {
          case engine::Role::moderator:
            text += QStringLiteral(" \u00b7 ") + tr("moderator");
            break;
          case engine::Role::outreach:
            text += QStringLiteral(" \u00b7 ") + tr("outreach worker");
            break;
          case engine::Role::admin:
          case engine::Role::member:
            break;
        }
      }
      if (!e.safety_number.isEmpty()) {
        text += QLatin1Char('\n') + tr("Safety number:") + QLatin1Char('\n') +
                groupDigits(e.safety_number);
        // What to do with the digits, while there is something to do.
        if (!e.person.verified) {
          text += QLatin1Char('\n') +
                  tr("If they read you the same digits (in person, or in a call where you know "
                     "their voice), nobody is in the middle: mark them verified with the button "
                     "below.");
        }
      }
      return text;
    }
    case Qt::ToolTipRole:
      return QString::fromStdString(e.id.text());
    case IdRole:
      return QString::fromStdString(e.id.text());
    case NameRole:
      return e.name;
    case RoleRole:
      return e.role ? QString::fromUtf8(engine::word(*e.role)) : QString();
    case SelfRole:
      return e.self;
    case SafetyNumberRole:
      return e.safety_number;
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

QHash<int, QByteArray> MemberModel::roleNames() const {
  return {{Qt::DisplayRole, "display"},
          {IdRole, "id"},
          {NameRole, "name"},
          {RoleRole, "role"},
          {SelfRole, "self"},
          {SafetyNumberRole, "safetyNumber"},
          {MarkRole, "mark"},
          {VerifiedRole, "verified"},
          {KeyChangedRole, "keyChanged"},
          {LooksLikeRole, "looksLike"}};
}

void MemberModel::setRoomMembers(const QString& room,
                                 const std::vector<engine::RoomMember>& members,
                                 const AccountId& self) {
  beginResetModel();
  room_ = room;
  entries_.clear();
  for (const auto& m : members) {
    entries_.push_back(
        {m.id, QString::fromStdString(m.person.name), m.role, m.id == self, {}, m.person});
  }
  QCollator collator;
  std::stable_sort(entries_.begin(), entries_.end(), [&](const Entry& a, const Entry& b) {
    if (rank(a.role) != rank(b.role)) return rank(a.role) < rank(b.role);
    if (a.name.isEmpty() != b.name.isEmpty()) return b.name.isEmpty();
    return collator.compare(a.name, b.name) < 0;
  });
  endResetModel();
}

void MemberModel::setDirectContact(const AccountId& peer, const QString& name,
                                   const QString& safety_number) {
  beginResetModel();
  room_.clear();
  engine::Person person;
  person.id = peer;
  entries_ = {{peer, name, std::nullopt, false, safety_number, person}};
  endResetModel();
}

void MemberModel::setDirectContact(const engine::Person& person, const QString& name,
                                   const QString& safety_number) {
  beginResetModel();
  room_.clear();
  entries_ = {{person.id, name, std::nullopt, false, safety_number, person}};
  endResetModel();
}

QString MemberModel::shown(const engine::Person& p, const QString& name) {
  return person_text::shown(p, name);
}

void MemberModel::setSafetyNumber(const AccountId& peer, const QString& safety_number) {
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].id != peer) continue;
    entries_[i].safety_number = safety_number;
    Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
  }
}

void MemberModel::clear() {
  beginResetModel();
  room_.clear();
  entries_.clear();
  endResetModel();
}

AccountId MemberModel::memberAt(int row) const {
  if (row < 0 || row >= rowCount()) return {};
  return entries_[static_cast<size_t>(row)].id;
}

std::optional<engine::Role> MemberModel::roleOf(const AccountId& id) const {
  for (const auto& e : entries_) {
    if (e.id == id) return e.role;
  }
  return std::nullopt;
}

bool MemberModel::listsUnnamed(const AccountId& id) const {
  for (const auto& e : entries_) {
    if (e.id == id) return e.name.isEmpty();
  }
  return false;
}

QString MemberModel::groupDigits(const QString& digits) {
  QString out;
  for (int i = 0; i < digits.size(); ++i) {
    if (i > 0 && i % 5 == 0) out += (i % 20 == 0) ? QLatin1Char('\n') : QLatin1Char(' ');
    out += digits.at(i);
  }
  return out;
}

}  // namespace relais::qt

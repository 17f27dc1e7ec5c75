#include "client-qt/core/permanence_list_model.h"

#include <QDateTime>
#include <QStringList>
#include <algorithm>

#include "client-qt/core/brussels_time.h"

namespace relais::qt {

PermanenceListModel::PermanenceListModel(QObject* parent) : QAbstractListModel(parent) {}

int PermanenceListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

QVariant PermanenceListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
  const engine::PermanenceView& p = entries_[static_cast<size_t>(index.row())];
  const QString name = QString::fromStdString(p.name.empty() ? p.org : p.name);
  const QString badge = this->badge(p);
  switch (role) {
    case Qt::DisplayRole:
      return QStringLiteral("%1 \u2014 %2").arg(name, badge);
    case Qt::ToolTipRole:
      if (!reachable_) {
        return tr("The relay cannot be reached: this is what it said at %1 (Brussels time).")
            .arg(brusselsClock(listed_ms_));
      }
      return p.open ? tr("%n worker(s) on duty", nullptr, static_cast<int>(p.on_duty)) : badge;
    case OrgRole:
      return QString::fromStdString(p.org);
    case NameRole:
      return name;
    case OpenRole:
      return p.open;
    case BadgeRole:
      return badge;
    case NextOpenRole:
      return QString::fromStdString(p.next_open_local);
    case OnDutyRole:
      return static_cast<int>(p.on_duty);
    case RoomRole:
      return QString::fromStdString(p.room);
    case LanguagesRole: {
      // A slot that lists no language is held in the organisation's (as the relay decides).
      QStringList languages;
      auto add = [&](const std::vector<std::string>& codes) {
        for (const auto& l : codes) {
          const QString lang = QString::fromStdString(l);
          if (!languages.contains(lang)) languages << lang;
        }
      };
      for (const auto& slot : p.slots) add(slot.languages.empty() ? p.languages : slot.languages);
      if (p.slots.empty()) add(p.languages);
      return languages;
    }
    default:
      return {};
  }
}

QString PermanenceListModel::badge(const engine::PermanenceView& p) const {
  const QString when = p.next_open_ms ? brusselsTime(p.next_open_ms) : QString();
  const QString next = when.isEmpty() ? QString::fromStdString(p.next_open_local) : when;
  if (!reachable_) {
    // What the relay last said, with its time: a door may have closed (or opened) since.
    const QString at = brusselsClock(listed_ms_);
    const auto now = static_cast<uint64_t>(QDateTime::currentMSecsSinceEpoch());
    if (p.open) return tr("unknown while offline (open at %1)").arg(at);
    if (p.next_open_ms && p.next_open_ms <= now) {
      return tr("unknown while offline (closed at %1)").arg(at);
    }
  }
  if (p.open) return tr("open now");
  if (p.slot_end_ms != 0 || !p.slot_end_local.empty()) {
    // A slot runs now but nobody is on duty yet: planned now, not "nothing planned".
    QString until = p.slot_end_ms ? brusselsClock(p.slot_end_ms) : QString();
    if (until.isEmpty()) until = QString::fromStdString(p.slot_end_local);
    return tr("planned until %1, nobody there yet").arg(until);
  }
  if (!next.isEmpty()) return tr("next opening %1 (Brussels time)").arg(next);
  return tr("no opening planned");
}

QHash<int, QByteArray> PermanenceListModel::roleNames() const {
  return {{Qt::DisplayRole, "display"}, {OrgRole, "org"},     {NameRole, "name"},
          {OpenRole, "open"},           {BadgeRole, "badge"}, {NextOpenRole, "nextOpen"},
          {OnDutyRole, "onDuty"},       {RoomRole, "room"},   {LanguagesRole, "languages"}};
}

void PermanenceListModel::setReachable(bool reachable) {
  if (reachable == reachable_) return;
  reachable_ = reachable;
  retranslate();
}

void PermanenceListModel::setPermanences(std::vector<engine::PermanenceView> permanences,
                                         uint64_t listed_ms) {
  listed_ms_ = listed_ms ? listed_ms : static_cast<uint64_t>(QDateTime::currentMSecsSinceEpoch());
  // Open first; then the soonest opening; those with none planned last; by name within each.
  std::stable_sort(permanences.begin(), permanences.end(),
                   [](const engine::PermanenceView& a, const engine::PermanenceView& b) {
                     if (a.open != b.open) return a.open;
                     const uint64_t na = a.next_open_ms == 0 ? UINT64_MAX : a.next_open_ms;
                     const uint64_t nb = b.next_open_ms == 0 ? UINT64_MAX : b.next_open_ms;
                     if (!a.open && na != nb) return na < nb;
                     return a.name < b.name;
                   });
  beginResetModel();
  entries_ = std::move(permanences);
  endResetModel();
}

void PermanenceListModel::retranslate() {
  if (!entries_.empty()) Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void PermanenceListModel::clear() {
  beginResetModel();
  entries_.clear();
  endResetModel();
}

int PermanenceListModel::rowOf(const QString& org) const {
  const std::string id = org.toStdString();
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].org == id) return static_cast<int>(i);
  }
  return -1;
}

const engine::PermanenceView* PermanenceListModel::find(const QString& org) const {
  const int row = rowOf(org);
  return row < 0 ? nullptr : &entries_[static_cast<size_t>(row)];
}

}  // namespace relais::qt

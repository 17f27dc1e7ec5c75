#include "client-qt/core/mod_log_model.h"

#include <QLocale>
#include <algorithm>

#include "client-qt/core/engine_host.h"
#include "client-qt/core/failure_text.h"
#include "core/engine/words.h"

namespace relais::qt {
namespace {

namespace ev = engine::event;

QString fromStd(const std::string& s) {
  return QString::fromStdString(s);
}

QString roleText(const std::optional<engine::Role>& role) {
  if (!role) return ModLogModel::tr("member");
  switch (*role) {
    case engine::Role::moderator:
      return ModLogModel::tr("moderator");
    case engine::Role::outreach:
      return ModLogModel::tr("outreach worker");
    case engine::Role::admin:
      return ModLogModel::tr("admin");
    case engine::Role::member:
      return ModLogModel::tr("member");
  }
  return ModLogModel::tr("member");
}

}  // namespace

ModLogModel::ModLogModel(EngineHost& host, QObject* parent)
    : QAbstractListModel(parent), host_(host) {
  resolve_ = [this](const AccountId& id) -> QString {
    const engine::Engine* e = host_.engine();
    if (!e || id.empty()) return {};
    if (id == e->account_id()) return fromStd(e->name());
    if (auto n = e->contact_name(id)) return fromStd(*n);
    if (auto n = e->pseudonym(id)) return fromStd(*n);
    return {};
  };
  connect(&host_, &EngineHost::engineEvent, this, &ModLogModel::handle);
  connect(&host_, &EngineHost::unlockedChanged, this, [this](bool unlocked) {
    if (!unlocked) clear();
  });
}

int ModLogModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

QString ModLogModel::durationText(uint64_t seconds) {
  const auto n = [](uint64_t v) { return static_cast<int>(std::min<uint64_t>(v, INT32_MAX)); };
  if (seconds % 86400 == 0 && seconds >= 86400) return tr("%n day(s)", nullptr, n(seconds / 86400));
  if (seconds % 3600 == 0 && seconds >= 3600) return tr("%1 h").arg(seconds / 3600);
  if (seconds % 60 == 0 && seconds >= 60) return tr("%1 min").arg(seconds / 60);
  return tr("%1 s").arg(seconds);
}

QString ModLogModel::sentence(const engine::ModLogItem& e, const QString& actor,
                              const QString& target) {
  const QString who = actor.isEmpty() ? tr("Someone") : actor;
  switch (e.action) {
    case engine::ModLogAction::approve:
      return tr("%1 let %2 in").arg(who, target);
    case engine::ModLogAction::refuse:
      return tr("%1 refused %2").arg(who, target);
    case engine::ModLogAction::kick:
      return tr("%1 removed %2 from the room").arg(who, target);
    case engine::ModLogAction::ban:
      return tr("%1 banned %2").arg(who, target);
    case engine::ModLogAction::unban:
      return tr("%1 lifted the ban on %2").arg(who, target);
    case engine::ModLogAction::mute:
      return e.duration_s == 0
                 ? tr("%1 let %2 speak again").arg(who, target)
                 : tr("%1 muted %2 for %3").arg(who, target, durationText(e.duration_s));
    case engine::ModLogAction::remove:
      return tr("%1 removed message %2").arg(who).arg(e.seq);
    case engine::ModLogAction::pin:
      return e.duration_s == 0 ? tr("%1 pinned message %2").arg(who).arg(e.seq)
                               : tr("%1 pinned message %2 for %3")
                                     .arg(who)
                                     .arg(e.seq)
                                     .arg(durationText(e.duration_s));
    case engine::ModLogAction::unpin:
      return tr("%1 unpinned message %2").arg(who).arg(e.seq);
    case engine::ModLogAction::grant:
      return tr("%1 made %2 %3").arg(who, target, roleText(e.role));
    case engine::ModLogAction::revoke:
      return tr("%1 took the %3 role from %2").arg(who, target, roleText(e.role));
    case engine::ModLogAction::other:
      break;
  }
  return tr("%1 did something this program does not know").arg(who);
}

QString ModLogModel::nameOf(const AccountId& id) const {
  if (id.empty()) return {};
  const QString name = resolve_ ? resolve_(id) : QString();
  return name.isEmpty() ? fromStd(id.text()).left(8) : name;
}

QVariant ModLogModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
  const engine::ModLogItem& e = entries_[static_cast<size_t>(index.row())];
  const QString action = QString::fromStdString(engine::mod_log_word(e));
  const QDateTime time = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(e.time_ms));
  switch (role) {
    case Qt::DisplayRole:
      return QLocale().toString(time, QLocale::ShortFormat) + QStringLiteral("  ") +
             sentence(e, nameOf(e.actor), nameOf(e.target));
    case Qt::ToolTipRole: {
      QString ids;
      if (!e.actor.empty()) ids += tr("By: %1").arg(fromStd(e.actor.text()));
      if (!e.target.empty()) {
        ids += QLatin1Char('\n') + tr("About: %1").arg(fromStd(e.target.text()));
      }
      return ids;
    }
    case TimeRole:
      return time;
    case ActionRole:
      return action;
    case ActorRole:
      return nameOf(e.actor);
    case TargetRole:
      return nameOf(e.target);
    case SeqRole:
      return QVariant::fromValue<qulonglong>(e.seq);
    case DurationRole:
      return QVariant::fromValue<qulonglong>(e.duration_s);
    case RoleNameRole:
      return e.role ? QString::fromUtf8(engine::word(*e.role)) : QString();
    case SentenceRole:
      return sentence(e, nameOf(e.actor), nameOf(e.target));
    default:
      return {};
  }
}

QHash<int, QByteArray> ModLogModel::roleNames() const {
  return {{Qt::DisplayRole, "display"}, {TimeRole, "time"},         {ActionRole, "action"},
          {ActorRole, "actor"},         {TargetRole, "target"},     {SeqRole, "seq"},
          {DurationRole, "duration"},   {RoleNameRole, "roleName"}, {SentenceRole, "sentence"}};
}

void ModLogModel::refresh(const QString& room) {
  if (room.isEmpty() || !host_.command([&](engine::Engine& e) {
        awaitAnswer(room, e.read_mod_log(room.toStdString()));
      })) {
    clear();
  }
}

void ModLogModel::awaitAnswer(const QString& room, engine::RequestId request) {
  if (room != room_) {
    beginResetModel();
    entries_.clear();
    endResetModel();
  }
  room_ = room;
  pending_ = request;
  setStatus(tr("Reading the log\u2026"));
}

void ModLogModel::handle(const engine::Event& event) {
  if (const auto* read = std::get_if<ev::ModLogRead>(&event)) {
    // Only the answer to the last request: an older one may be for another room.
    if (pending_ == 0 || read->request != pending_) return;
    pending_ = 0;
    beginResetModel();
    entries_ = read->entries;
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const engine::ModLogItem& a, const engine::ModLogItem& b) {
                       return a.time_ms > b.time_ms;
                     });
    endResetModel();
    setStatus(entries_.empty() ? tr("Nothing in the log yet.") : QString());
  } else if (const auto* failed = std::get_if<ev::RequestFailed>(&event)) {
    if (pending_ == 0 || failed->request != pending_) return;
    pending_ = 0;
    beginResetModel();
    entries_.clear();
    endResetModel();
    setStatus(tr("The relay did not give the log: %1").arg(FailureText::of(failed->failure)));
  }
}

void ModLogModel::clear() {
  beginResetModel();
  entries_.clear();
  endResetModel();
  room_.clear();
  pending_ = 0;
  setStatus({});
}

void ModLogModel::setStatus(const QString& status) {
  if (status == status_) return;
  status_ = status;
  Q_EMIT statusChanged(status_);
}

}  // namespace relais::qt

// The moderation log of one room, as the relay keeps it: who did what to whom and when, newest
// first. Moderators (and admins) may read it; the relay refuses anyone else, and the refusal
// becomes the model's status sentence. Fed with engine events, so tests need no relay.
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QString>
#include <functional>
#include <vector>

#include "core/engine/events.h"

namespace relais::qt {

class EngineHost;

class ModLogModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Role {
    TimeRole = Qt::UserRole + 1,  // QDateTime, local time
    ActionRole,                   // the engine's word: "ban", "mute", "grant moderator", ...
    ActorRole,                    // a name where known, else the id's start
    TargetRole,                   // the same for the target ("" when the action has none)
    SeqRole,                      // the message acted on (remove, pin, unpin), else 0
    DurationRole,                 // seconds (mute, pin), else 0
    RoleNameRole,                 // grant / revoke: "moderator", "outreach", "admin"
    SentenceRole,                 // one translated sentence, without the time
  };
  using NameResolver = std::function<QString(const AccountId&)>;

  explicit ModLogModel(EngineHost& host, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  // Asks the relay for the log of `room` (the rows go at once; the answer fills them again).
  void refresh(const QString& room);
  // The room shown and the request awaited (refresh() does this; tests call it directly).
  void awaitAnswer(const QString& room, engine::RequestId request);
  // ModLogRead, or RequestFailed for the request awaited. Other events are ignored.
  void handle(const engine::Event& event);
  void clear();
  // Names for account ids ("" when unknown: the id's first characters are shown).
  void setNameResolver(NameResolver resolver) { resolve_ = std::move(resolver); }

  QString room() const { return room_; }
  bool loading() const { return pending_ != 0; }
  // What to say instead of (or above) the rows: loading, empty, or the relay's refusal.
  QString status() const { return status_; }

  // "amandine banned berenice", "... muted ... for 2 h", "... made ... moderator", ...
  static QString sentence(const engine::ModLogItem& entry, const QString& actor,
                          const QString& target);
  // "90 s", "30 min", "2 h", "3 days".
  static QString durationText(uint64_t seconds);

 Q_SIGNALS:
  void statusChanged(const QString& status);

 private:
  QString nameOf(const AccountId& id) const;
  void setStatus(const QString& status);

  EngineHost& host_;
  NameResolver resolve_;
  QString room_;
  engine::RequestId pending_ = 0;
  QString status_;
  std::vector<engine::ModLogItem> entries_;  // newest first
};

}  // namespace relais::qt

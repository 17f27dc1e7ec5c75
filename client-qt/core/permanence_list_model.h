// The chat permanences of the side list (issue 7): each organisation with an "open now" badge,
// or when it opens next in Brussels time, as the relay's list_permanences() answers. Open ones
// first, then by the next opening.
#pragma once

#include <QAbstractListModel>
#include <QString>
#include <vector>

#include "core/engine/events.h"

namespace relais::qt {

class PermanenceListModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Role {
    OrgRole = Qt::UserRole + 1,  // the organisation's id, e.g. "espace-p"
    NameRole,
    OpenRole,      // bool
    BadgeRole,     // "open now" / "next opening … (Brussels time)" / "no opening planned";
                   // out of reach: "unknown while offline (open at 14:05)"
    NextOpenRole,  // "2026-11-24 14:00", Brussels time ("" when none)
    OnDutyRole,    // workers on duty now
    RoomRole,
    LanguagesRole  // QStringList: the languages of its slots (the organisation's for a slot
                   // that lists none), in order of first mention
  };

  explicit PermanenceListModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  // `listed_ms`: when the relay said it (0: now).
  void setPermanences(std::vector<engine::PermanenceView> permanences, uint64_t listed_ms = 0);
  // Whether the relay can be reached now. Out of reach, no door is said to be "open now": the
  // badge says the state is unknown and what it was when the relay last said it.
  void setReachable(bool reachable);
  bool reachable() const { return reachable_; }
  // The badge texts are translated at data() time: views ask again after a language change.
  void retranslate();
  void clear();
  int rowOf(const QString& org) const;
  const engine::PermanenceView* find(const QString& org) const;

 private:
  QString badge(const engine::PermanenceView& p) const;

  std::vector<engine::PermanenceView> entries_;
  bool reachable_ = true;
  uint64_t listed_ms_ = 0;
};

}  // namespace relais::qt

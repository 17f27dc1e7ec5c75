// Reports a moderator received: reason, the reporter's comment, the reported message and its
// sender, and the verified mark (the message opens its franking commitment and the relay
// confirmed the binding; see engine::ReportView). Newest first.
#pragma once

#include <QAbstractListModel>
#include <QString>
#include <vector>

#include "core/engine/events.h"

namespace relais::qt {

class ReportModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Role {
    ReportIdRole = Qt::UserRole + 1,
    RoomRole,
    ReasonRole,      // translated
    ReasonWordRole,  // "harassment", ...
    CommentRole,
    TextRole,    // the reported message
    SenderRole,  // its sender's pseudonym
    SenderIdRole,
    SeqRole,
    ReporterRole,
    VerifiedRole,  // bool
    CheckedRole,   // false while the relay has not answered
    ContextRole,   // the messages before it, one a line
  };

  explicit ReportModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  void setReports(const std::vector<engine::ReportView>& reports);
  void clear();
  const engine::ReportView* reportAt(int row) const;

  static QString reasonText(engine::ReportReason reason);

 private:
  std::vector<engine::ReportView> reports_;  // newest first
};

}  // namespace relais::qt

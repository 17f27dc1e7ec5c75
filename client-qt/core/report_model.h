// Reports a moderator received: reason, the reporter's comment, the reported message and its
// sender, and the verified mark (the message opens its franking commitment and the relay
// confirmed the binding; see engine::ReportView). Newest first; the open ones only, unless the
// handled ones (a moderator of the room marked them, shared by its moderators) are asked for.
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
    HandledRole,   // bool: a moderator of the room marked it dealt with
  };

  explicit ReportModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  void setReports(const std::vector<engine::ReportView>& reports);
  // Shows the handled reports too (false: the open ones only, the default).
  void setShowHandled(bool show);
  bool showHandled() const { return show_handled_; }
  // Handled reports not shown now.
  int hiddenHandled() const { return hidden_handled_; }
  void clear();
  const engine::ReportView* reportAt(int row) const;

  static QString reasonText(engine::ReportReason reason);

 private:
  void refilter();

  std::vector<engine::ReportView> all_;      // newest first
  std::vector<engine::ReportView> reports_;  // those shown
  bool show_handled_ = false;
  int hidden_handled_ = 0;
};

}  // namespace relais::qt

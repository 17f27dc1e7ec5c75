// The moderator's panel for the room shown: join requests (approve, refuse), the reports
// received with their verified mark (remove the message, ban its sender), and pinning a safety
// alert; and the room's moderation log on a second tab. The relay decides who may act; a
// refusal arrives as a sentence in the status bar (the log's, under the log).
#pragma once

#include <QWidget>
#include <vector>

#include "core/engine/events.h"

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QSpinBox;

namespace relais::qt {

class ModLogModel;
class Workspace;

class ModerationPanel : public QWidget {
  Q_OBJECT
 public:
  ModerationPanel(Workspace& workspace, QWidget* parent = nullptr);

  void setRoom(const QString& room);
  void showJoinRequests(const QString& room, const std::vector<engine::JoinRequestItem>& requests);

 private:
  void answerSelected(bool approve);
  void actOnSelectedReport(engine::ModKind kind);
  void refreshLog();

  Workspace& workspace_;
  QString room_;
  QListWidget* requests_;
  QListView* reports_;
  QLineEdit* alert_;
  QSpinBox* alert_hours_;
  ModLogModel* log_;
  QListView* log_view_;
  QLabel* log_status_;
};

}  // namespace relais::qt

// The moderator's panel for the room shown: join requests (approve, refuse), the reports
// received with their verified mark (remove the message, ban its sender), and pinning a safety
// alert. The relay decides who may act; a refusal arrives as a sentence in the status bar.
#pragma once

#include <QWidget>
#include <vector>

#include "core/engine/events.h"

class QLineEdit;
class QListView;
class QListWidget;
class QSpinBox;

namespace relais::qt {

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

  Workspace& workspace_;
  QString room_;
  QListWidget* requests_;
  QListView* reports_;
  QLineEdit* alert_;
  QSpinBox* alert_hours_;
};

}  // namespace relais::qt

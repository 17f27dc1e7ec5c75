// The outreach worker's desk (issue 8), over WorkerDesk: the organisation, on duty / off duty,
// the queue with Take, this worker's conversations with a composer, Hand off (to a colleague on
// duty, chosen by name from a list) and End; the inbox of messages left out of hours with "Mark
// handled"; the counts for a year, month or ISO week.
// ChatPage shows it as a tab only to an account that works for some organisation.
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace relais::qt {

class Workspace;

class WorkerPanel : public QWidget {
  Q_OBJECT
 public:
  explicit WorkerPanel(Workspace& workspace, QWidget* parent = nullptr);

 private:
  void refreshOrgs();
  void refreshDuty();
  void refreshLines();
  void refreshButtons();
  void refreshColleagues();
  void sendComposed();

  Workspace& workspace_;
  QComboBox* org_;
  QLineEdit* room_;
  QPushButton* duty_;
  QLabel* duty_state_;
  QTabWidget* tabs_;
  QListView* queue_;
  QPushButton* take_;
  QListView* tickets_;
  QLabel* shown_;
  QListWidget* lines_;
  QLineEdit* composer_;
  QPushButton* send_;
  QComboBox* handoff_to_;
  QPushButton* handoff_;
  QPushButton* end_;
  QListView* inbox_;
  QPushButton* handled_;
  QLineEdit* inbox_answer_;
  QPushButton* answer_;
  QComboBox* period_;
  QDateEdit* day_;
  QLabel* stats_;
};

}  // namespace relais::qt

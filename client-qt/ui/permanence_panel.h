// A chat permanence for a member (issue 7): knock with a language, the ticket's place and wait,
// the private conversation with the outreach worker, leaving, a handoff to answer; a closed
// door shows the next opening, the emergency numbers and a message to leave.
#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace relais::qt {

class Workspace;

class PermanencePanel : public QWidget {
  Q_OBJECT
 public:
  explicit PermanencePanel(Workspace& workspace, QWidget* parent = nullptr);

  // Shows the permanence of `org` (from the side list).
  void showOrg(const QString& org);
  QString org() const { return org_; }

 private:
  void refresh();
  static QString languageName(const QString& code);
  void sendComposed();

  Workspace& workspace_;
  QString org_;        // chosen in the list
  QString shown_org_;  // the one the panel shows now (the held ticket's while one is held)
  QLabel* title_;
  QComboBox* language_;
  QPushButton* knock_;
  QLabel* status_;
  QWidget* handoff_;
  QLabel* handoff_label_ = nullptr;
  QWidget* languages_ = nullptr;
  QLabel* languages_label_ = nullptr;
  QListWidget* lines_;
  QLineEdit* composer_;
  QPushButton* send_;
  QPushButton* leave_;
  QGroupBox* closed_;
  QLabel* emergency_;
  QPlainTextEdit* message_;
  QPushButton* leave_message_;
  // Out of hours: the messages left for the organisation shown and its answers.
  QGroupBox* org_conversation_;
  QListWidget* org_lines_;
};

}  // namespace relais::qt

// The main view once unlocked: the side list (rooms, direct conversations, and the chat
// permanences), the conversation with its pinned alert and composer, and on the right
// the members (or the safety number of a direct contact) and the moderator's panel.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTabWidget;

namespace relais::qt {

class ModerationPanel;
class PermanencePanel;
class Workspace;
class WorkerPanel;

class ChatPage : public QWidget {
  Q_OBJECT
 public:
  explicit ChatPage(Workspace& workspace, QWidget* parent = nullptr);

  QListView* roomsView() const { return rooms_; }
  QListView* conversationView() const { return conversation_; }
  QLineEdit* composer() const { return composer_; }
  QListView* permanencesView() const { return permanences_; }
  PermanencePanel* permanencePanel() const { return permanence_; }
  // The conversation, and the outreach worker's desk beside it for workers only.
  QTabWidget* centerTabs() const { return center_tabs_; }
  WorkerPanel* workerPanel() const { return desk_; }

 private:
  void openRoomAt(const QModelIndex& index);
  void openDirectAt(const QModelIndex& index);
  void openPermanenceAt(const QModelIndex& index);
  // Joins `room`, asking for the invite code when the room admits by invitation only.
  void join(const QString& room);
  void updateHeader();
  void updateIdentityButtons();
  void sendComposed();
  void memberMenu(const QPoint& pos);
  void messageMenu(const QPoint& pos);
  void reportMessage(uint64_t seq);

  Workspace& workspace_;
  QListView* rooms_;
  QListView* directs_;
  QLabel* title_;
  QLabel* pinned_;
  QPushButton* join_;
  QListView* conversation_;
  QLineEdit* composer_;
  QPushButton* send_;
  QTabWidget* side_tabs_;
  QListView* members_;
  // Under the person of a private conversation: verifying is a button, not only a right-click.
  QPushButton* verify_;
  QPushButton* accept_key_;
  ModerationPanel* moderation_;
  QListView* permanences_;
  PermanencePanel* permanence_;
  QTabWidget* center_tabs_;
  WorkerPanel* desk_;
};

}  // namespace relais::qt

// The application window: the welcome/unlock page or the chat page, a toolbar with the quick
// exit, lock, settings, resources and help, and a status bar. It owns the engine host and the
// workspace; quick exit and auto-lock watch the whole application.
#pragma once

#include <QMainWindow>
#include <QTranslator>
#include <memory>

#include "client-qt/core/engine_host.h"
#include "client-qt/core/idle_lock.h"
#include "client-qt/core/quick_exit.h"
#include "client-qt/core/relay_probe.h"
#include "client-qt/core/settings.h"
#include "client-qt/core/workspace.h"

class QAction;
class QLabel;
class QStackedWidget;
class QSystemTrayIcon;
class QToolBar;

namespace relais::qt {

class ChatPage;
class WelcomePage;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(const QString& home, QWidget* parent = nullptr);
  ~MainWindow() override;

  EngineHost& host() { return host_; }
  Workspace& workspace() { return workspace_; }
  QuickExit& quickExit() { return quick_exit_; }
  IdleLock& idleLock() { return idle_lock_; }
  WelcomePage* welcomePage() const { return welcome_; }
  ChatPage* chatPage() const { return chat_; }
  Preferences preferences() const { return preferences_; }
  QString language() const { return language_; }

  // Applies and stores new preferences (language, idle time, notifications, discretion).
  void applyPreferences(const Preferences& preferences);
  // The relay's interface languages (from the first screen's question, or each log-in): kept in
  // the preferences; the interface offers only those, and falls back when its own is off.
  void relayLanguagesKnown(const QStringList& languages);
  // Hides every window of the application at once and locks the profile.
  void performQuickExit();
  void lockProfile();
  // The tray icon, when the desktop has a system tray (else null: the status bar only).
  QSystemTrayIcon* trayIcon() const { return tray_; }

 Q_SIGNALS:
  // After a quick exit: main() quits the application.
  void quickExitDone();

 protected:
  void changeEvent(QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

 private:
  void loadTranslation();
  void buildUi();
  // buildUi(), keeping what the person typed on the first screen.
  void rebuildUi();
  void showStartPage();
  void showChat();
  void updateWindowLook();
  void updateLinkLabel();
  void showSettings();
  void showHelp();
  void showResources();
  void showPassphraseChange();
  void showAdministration();
  void updateTray();
  void notifyArrival(const QString& conversation, const QString& sender, const QString& text,
                     bool shown);

  QString home_;
  SettingsStore settings_;
  Preferences preferences_;
  QString language_;
  QTranslator translator_;
  QTranslator qt_translator_;
  EngineHost host_;
  Workspace workspace_;
  QuickExit quick_exit_;
  IdleLock idle_lock_;
  RelayProbe probe_;
  QStackedWidget* stack_ = nullptr;
  WelcomePage* welcome_ = nullptr;
  ChatPage* chat_ = nullptr;
  QToolBar* toolbar_ = nullptr;
  QLabel* link_label_ = nullptr;
  QAction* lock_action_ = nullptr;
  QAction* passphrase_action_ = nullptr;
  QAction* admin_action_ = nullptr;
  QSystemTrayIcon* tray_ = nullptr;
  // The last sentence about the link (unreachable relay…): cleared once connected again.
  QString link_problem_;
};

}  // namespace relais::qt

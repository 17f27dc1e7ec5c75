#include "client-qt/ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <optional>

#include "client-qt/core/notification.h"
#include "core/client_net/url.h"
#include "core/engine/engine.h"
#include "client-qt/ui/admin_dialog.h"
#include "client-qt/ui/chat_page.h"
#include "client-qt/ui/help_text.h"
#include "client-qt/ui/passphrase_dialog.h"
#include "client-qt/ui/resources_page.h"
#include "client-qt/ui/settings_dialog.h"
#include "client-qt/ui/welcome_page.h"

namespace relais::qt {
namespace {

// The program's own icon, a speech bubble with an R, drawn for a client run from its build
// folder; an installed one takes be.relais.Relais from the icon theme.
QIcon relaisIcon() {
  QPixmap pixmap(64, 64);
  pixmap.fill(Qt::transparent);
  QPainter p(&pixmap);
  p.setRenderHint(QPainter::Antialiasing);
  p.setBrush(QColor(0x6a, 0x3d, 0x9a));
  p.setPen(Qt::NoPen);
  p.drawRoundedRect(QRectF(4, 6, 56, 42), 12, 12);
  const QPointF tail[] = {{18, 46}, {14, 60}, {32, 46}};
  p.drawPolygon(tail, 3);
  p.setPen(Qt::white);
  QFont f;
  f.setBold(true);
  f.setPixelSize(28);
  p.setFont(f);
  p.drawText(QRectF(4, 6, 56, 42), Qt::AlignCenter, QStringLiteral("R"));
  return QIcon(pixmap);
}

}  // namespace

MainWindow::MainWindow(const QString& home, QWidget* parent)
    : QMainWindow(parent), home_(home), settings_(home), workspace_(host_) {
  preferences_ = settings_.load();
  if (QSystemTrayIcon::isSystemTrayAvailable()) {
    // Shown only while unlocked; a click brings the window back.
    tray_ = new QSystemTrayIcon(this);
    connect(tray_, &QSystemTrayIcon::activated, this, [this] {
      showNormal();
      raise();
      activateWindow();
    });
  }
  loadTranslation();
  buildUi();
  resize(1100, 700);

  quick_exit_.watch(qApp);
  idle_lock_.watch(qApp);
  connect(&quick_exit_, &QuickExit::triggered, this, &MainWindow::performQuickExit);
  connect(&idle_lock_, &IdleLock::idle, this, [this] {
    if (!host_.unlocked()) return;
    lockProfile();
    statusBar()->showMessage(tr("Locked after a time without use."));
  });

  connect(&host_, &EngineHost::registered, this,
          [this] { statusBar()->showMessage(tr("Your profile was created."), 10'000); });
  // A failed registration concerns the relay (its address, reaching it, its refusal), or the
  // invite code it wants: said under that field.
  connect(&host_, &EngineHost::registrationFailed, this,
          [this](const QString& reason, bool about_invite) {
            if (welcome_) {
              welcome_->setMessage(reason, true,
                                   about_invite ? WelcomePage::Field::invite
                                                : WelcomePage::Field::relay);
            }
          });
  connect(&host_, &EngineHost::unlockedChanged, this, [this](bool unlocked) {
    if (unlocked) {
      showChat();
    } else {
      showStartPage();
    }
    updateLinkLabel();
    updateTray();
  });
  connect(&host_, &EngineHost::linkChanged, this, &MainWindow::updateLinkLabel);
  // Each log-in brings the relay's Challenge: the operator may have changed its languages.
  connect(&host_, &EngineHost::linkChanged, this, [this] {
    if (host_.link() != EngineHost::Link::online || !host_.engine()) return;
    QStringList languages;
    for (const auto& l : host_.engine()->relay_languages()) languages << QString::fromStdString(l);
    relayLanguagesKnown(languages);
  });
  connect(&probe_, &RelayProbe::languagesRead, this,
          [this](const QString&, const QStringList& languages) { relayLanguagesKnown(languages); });
  // Also when the dialog was closed before the change ended.
  connect(&host_, &EngineHost::passphraseChanged, this, [this](const QString& error) {
    statusBar()->showMessage(error.isEmpty() ? tr("The passphrase was changed.") : error, 10'000);
  });
  connect(&host_, &EngineHost::problem, this, [this](const QString& s) {
    if (host_.link() != EngineHost::Link::online) link_problem_ = s;  // about the connection
    statusBar()->showMessage(s, 15'000);
  });
  connect(&workspace_, &Workspace::info, this,
          [this](const QString& s) { statusBar()->showMessage(s, 10'000); });
  connect(&workspace_, &Workspace::messageArrived, this, &MainWindow::notifyArrival);
}

MainWindow::~MainWindow() {
  // The pages point into the workspace: they go first, then the host saves and locks (with
  // nobody left to show the unlock page).
  disconnect(&host_, nullptr, this, nullptr);
  disconnect(&workspace_, nullptr, this, nullptr);
  delete takeCentralWidget();
  welcome_ = nullptr;
  chat_ = nullptr;
  host_.lock();
}

void MainWindow::loadTranslation() {
  language_ = effectiveLanguage(preferences_.language, QLocale::system().name(),
                                preferences_.relay_languages);
  qApp->removeTranslator(&translator_);
  qApp->removeTranslator(&qt_translator_);
  const bool belgian = language_ == QLatin1String("fr") || language_ == QLatin1String("nl") ||
                       language_ == QLatin1String("en") || language_ == QLatin1String("de");
  QLocale::setDefault(QLocale(belgian ? language_ + QStringLiteral("_BE") : language_));
  if (translator_.load(QStringLiteral(":/i18n/relais_%1.qm").arg(language_))) {
    qApp->installTranslator(&translator_);
  }
  // Qt's own strings (dialog buttons), when the system has them.
  if (qt_translator_.load(QLocale(language_), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    qApp->installTranslator(&qt_translator_);
  }
  workspace_.setLanguage(language_);
}

void MainWindow::buildUi() {
  // Rebuilt whole when the language changes: every string is set again through tr().
  delete takeCentralWidget();
  if (toolbar_) {
    removeToolBar(toolbar_);
    delete toolbar_;
  }
  toolbar_ = new QToolBar(this);
  toolbar_->setObjectName(QStringLiteral("mainToolBar"));
  toolbar_->setMovable(false);
  toolbar_->setToolButtonStyle(Qt::ToolButtonTextOnly);
  addToolBar(Qt::TopToolBarArea, toolbar_);
  QAction* quick = toolbar_->addAction(tr("Quick exit"), this, &MainWindow::performQuickExit);
  quick->setObjectName(QStringLiteral("quickExitAction"));
  quick->setToolTip(tr("Hides everything at once and locks (or press Escape twice)."));
  if (auto* button = qobject_cast<QToolButton*>(toolbar_->widgetForAction(quick))) {
    button->setObjectName(QStringLiteral("quickExitButton"));
    button->setStyleSheet(QStringLiteral(
        "QToolButton { background: #b00020; color: white; font-weight: bold; padding: 4px 12px; "
        "border-radius: 4px; }"));
  }
  toolbar_->addSeparator();
  lock_action_ = toolbar_->addAction(tr("Lock"), this, &MainWindow::lockProfile);
  lock_action_->setObjectName(QStringLiteral("lockAction"));
  toolbar_->addAction(tr("My id"), this, [this] {
    const engine::Engine* e = host_.engine();
    if (!e) return;
    QMessageBox box(this);
    box.setWindowTitle(tr("My id"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.setText(tr("<p>Pseudonym: <b>%1</b></p><p>Relais id (give it to someone who wants to "
                   "write to you):<br><b>%2</b></p>")
                    .arg(QString::fromStdString(e->name()).toHtmlEscaped(),
                         QString::fromStdString(e->account_id().text())));
    box.exec();
  });
  passphrase_action_ =
      toolbar_->addAction(tr("Passphrase\u2026"), this, &MainWindow::showPassphraseChange);
  passphrase_action_->setObjectName(QStringLiteral("passphraseAction"));
  passphrase_action_->setToolTip(tr("Change the passphrase of this profile."));
  admin_action_ =
      toolbar_->addAction(tr("Administration\u2026"), this, &MainWindow::showAdministration);
  admin_action_->setObjectName(QStringLiteral("adminAction"));
  admin_action_->setToolTip(tr("Roles, rooms, invite codes and organisations (admins)."));
  toolbar_->addAction(tr("Settings"), this, &MainWindow::showSettings);
  toolbar_->addAction(tr("Resources"), this, &MainWindow::showResources);
  toolbar_->addAction(tr("Help"), this, &MainWindow::showHelp);

  stack_ = new QStackedWidget(this);
  welcome_ = new WelcomePage(preferences_.relay_languages, stack_);
  welcome_->setLanguage(language_);
  welcome_->setLanguageNote(SettingsDialog::languageNote(preferences_, QLocale::system().name()));
  connect(welcome_, &WelcomePage::relayAddressGiven, this,
          [this](const QString& url) { probe_.ask(url); });
  // Queued: the change rebuilds the pages, the chooser's own among them.
  connect(
      welcome_, &WelcomePage::languageChosen, this,
      [this](const QString& code) {
        Preferences p = preferences_;
        p.language = code;
        applyPreferences(p);
      },
      Qt::QueuedConnection);
  chat_ = new ChatPage(workspace_, stack_);
  stack_->addWidget(welcome_);
  stack_->addWidget(chat_);
  setCentralWidget(stack_);
  // Rebuilt in a shown window (a language change), the layout would show it only at the next
  // turn of the event loop: shown now, no blank frame.
  stack_->show();
  connect(welcome_, &WelcomePage::createRequested, this,
          [this](const QString& url, const QString& name, const QString& passphrase,
                 const QString& invite) {
            if (auto st = host_.beginRegistration(home_, url, name, passphrase, invite); !st) {
              // Said under the field it is about, as the host checks them in this order.
              WelcomePage::Field field = WelcomePage::Field::none;
              if (client_net::relay_url_problem(url.trimmed().toStdString())) {
                field = WelcomePage::Field::relay;
              } else if (!engine::check_name(name.toStdString())) {
                field = WelcomePage::Field::name;
              } else if (passphrase.isEmpty()) {
                field = WelcomePage::Field::passphrase;
              }
              welcome_->setMessage(QString::fromStdString(st.error().message), true, field);
            }
          });
  connect(welcome_, &WelcomePage::unlockRequested, this, [this](const QString& passphrase) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st = host_.unlock(home_, passphrase);
    QApplication::restoreOverrideCursor();
    if (!st) {
      welcome_->setMessage(QString::fromStdString(st.error().message));
      return;
    }
    welcome_->clearPassphrases();
  });

  if (!link_label_) {
    link_label_ = new QLabel(this);
    link_label_->setObjectName(QStringLiteral("linkLabel"));
    statusBar()->addPermanentWidget(link_label_);
  }
  updateLinkLabel();
  updateWindowLook();
  if (host_.unlocked()) {
    showChat();
  } else {
    showStartPage();
  }
}

void MainWindow::showStartPage() {
  idle_lock_.stop();
  // Whatever the status bar said about the conversations goes with them.
  statusBar()->clearMessage();
  if (!welcome_) return;
  welcome_->clearPassphrases();
  welcome_->setBusy(false);
  if (EngineHost::hasProfile(home_)) {
    welcome_->showUnlock();
  } else if (!host_.registering()) {
    welcome_->showCreate();
  }
  stack_->setCurrentWidget(welcome_);
}

void MainWindow::showChat() {
  if (!chat_) return;
  welcome_->clearPassphrases();
  stack_->setCurrentWidget(chat_);
  idle_lock_.setTimeout(preferences_.idle_minutes * 60 * 1000);
}

void MainWindow::updateWindowLook() {
  setWindowTitle(relais::qt::windowTitle(preferences_.discreet));
  // The installed icons (client-qt/desktop/) when the theme has them, drawn ones otherwise. The
  // neutral one is no variant of the program's name, so the theme never falls back to the R.
  const QIcon icon = preferences_.discreet
                         ? QIcon::fromTheme(QStringLiteral(RELAIS_QT_APP_ID ".Neutral"),
                                            style()->standardIcon(QStyle::SP_FileIcon))
                         : QIcon::fromTheme(QStringLiteral(RELAIS_QT_APP_ID), relaisIcon());
  setWindowIcon(icon);
  QApplication::setWindowIcon(icon);
  updateTray();
}

void MainWindow::updateTray() {
  if (!tray_) return;
  // The tray follows discretion like the window, and shows nothing while locked.
  tray_->setIcon(windowIcon());
  tray_->setToolTip(windowTitle());
  tray_->setVisible(host_.unlocked());
}

void MainWindow::updateLinkLabel() {
  if (lock_action_) lock_action_->setEnabled(host_.unlocked());
  if (passphrase_action_) passphrase_action_->setEnabled(host_.unlocked());
  if (admin_action_) {
    // Only for those the relay named admin or moderator at log-in; the relay still decides.
    const engine::Engine* e = host_.engine();
    const bool may = host_.unlocked() && e &&
                     (e->holds_role(engine::Role::admin) || e->holds_role(engine::Role::moderator));
    admin_action_->setVisible(may);
    admin_action_->setEnabled(may);
  }
  // A sentence about a relay that could not be reached is stale once connected again.
  if (host_.link() == EngineHost::Link::online && !link_problem_.isEmpty()) {
    if (statusBar()->currentMessage() == link_problem_) statusBar()->clearMessage();
    link_problem_.clear();
  }
  if (!link_label_) return;
  switch (host_.link()) {
    case EngineHost::Link::none:
      link_label_->setText(host_.unlocked() ? QString() : tr("Locked"));
      break;
    case EngineHost::Link::connecting:
      link_label_->setText(tr("Connecting\u2026"));
      break;
    case EngineHost::Link::online:
      link_label_->setText(tr("Connected"));
      break;
    case EngineHost::Link::offline:
      link_label_->setText(tr("Offline; trying again"));
      break;
  }
}

void MainWindow::rebuildUi() {
  const std::optional<WelcomePage::Draft> draft =
      welcome_ ? std::optional(welcome_->draft()) : std::nullopt;
  buildUi();
  if (draft && welcome_) welcome_->restoreDraft(*draft);
}

void MainWindow::relayLanguagesKnown(const QStringList& languages) {
  QStringList offered;
  for (const auto& l : offeredLanguages(languages)) offered << l.code;
  QStringList shipped;
  for (const auto& l : interfaceLanguages()) shipped << l.code;
  if (offered == shipped) offered.clear();  // all of them, in the shipped order: no restriction
  if (offered == preferences_.relay_languages) return;
  preferences_.relay_languages = offered;
  settings_.store(preferences_);
  loadTranslation();
  rebuildUi();
  const QString note = SettingsDialog::languageNote(preferences_, QLocale::system().name());
  if (!note.isEmpty() && host_.unlocked()) statusBar()->showMessage(note, 15'000);
}

void MainWindow::applyPreferences(const Preferences& preferences) {
  const bool language_changed = preferences.language != preferences_.language;
  preferences_ = preferences;
  settings_.store(preferences_);
  if (language_changed) {
    loadTranslation();
    rebuildUi();
    statusBar()->clearMessage();
  }
  updateWindowLook();
  if (host_.unlocked()) idle_lock_.setTimeout(preferences_.idle_minutes * 60 * 1000);
}

void MainWindow::performQuickExit() {
  // Hide first: what matters most is that the screen shows nothing, at once.
  if (tray_) tray_->hide();
  for (QWidget* w : QApplication::topLevelWidgets()) {
    if (w->isVisible()) w->hide();
  }
  host_.lock();
  if (welcome_) welcome_->clearPassphrases();
  Q_EMIT quickExitDone();
}

void MainWindow::lockProfile() {
  host_.lock();
  showStartPage();
}

void MainWindow::showSettings() {
  SettingsDialog dialog(preferences_, this);
  if (dialog.exec() == QDialog::Accepted) applyPreferences(dialog.preferences());
}

void MainWindow::showPassphraseChange() {
  if (!host_.unlocked()) return;
  PassphraseDialog dialog(host_, this);
  dialog.exec();
}

void MainWindow::showAdministration() {
  if (!host_.unlocked()) return;
  AdminDialog dialog(host_, this);
  dialog.exec();
}

void MainWindow::showHelp() {
  QDialog dialog(this);
  dialog.setWindowTitle(tr("Help"));
  dialog.resize(600, 520);
  auto* text = new QTextBrowser(&dialog);
  text->setObjectName(QStringLiteral("helpText"));
  text->setHtml(helpText(home_, settings_.path()));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
  // Debian ships no Qt translations for every language (ro, sq): relais-qt's own word.
  buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  auto* layout = new QVBoxLayout(&dialog);
  layout->addWidget(text);
  layout->addWidget(buttons);
  dialog.exec();
}

void MainWindow::showResources() {
  // The relay's directory: the copy kept on this device at once (it reads offline), then the
  // relay's current one when it answers; the built-in file when there is neither.
  ResourcesDialog dialog(language_, this);
  if (auto cached = workspace_.cachedResources()) dialog.setDirectory(*cached);
  connect(
      &workspace_, &Workspace::resourcesRead, &dialog,
      [&dialog](const engine::ResourceDirectory& directory) { dialog.setDirectory(directory); });
  workspace_.requestResources();
  dialog.exec();
}

void MainWindow::notifyArrival(const QString& conversation, const QString& sender,
                               const QString& text, bool shown) {
  if (shown && isActiveWindow()) return;
  QApplication::alert(this);
  const NotificationText n = newMessageNotification(
      preferences_.notification_text, preferences_.discreet, conversation, sender, text);
  // The status bar always; the desktop's notification too where there is a tray.
  statusBar()->showMessage(n.body, 10'000);
  if (tray_ && tray_->isVisible() && QSystemTrayIcon::supportsMessages()) {
    tray_->showMessage(n.title, n.body, windowIcon(), 8000);
  }
}

void MainWindow::changeEvent(QEvent* event) {
  QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  host_.lock();
  event->accept();
}

}  // namespace relais::qt

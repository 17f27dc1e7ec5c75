// The first screen: create a profile (relay address, pseudonym, passphrase with a strength
// hint and the warning that it cannot be recovered) or, when one exists, unlock it.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace relais::qt {

class WelcomePage : public QWidget {
  Q_OBJECT
 public:
  explicit WelcomePage(QWidget* parent = nullptr);

  // Which form to show.
  void showCreate();
  void showUnlock();
  bool showingCreate() const;
  // An error or a progress sentence under the form; enables the buttons again.
  void setMessage(const QString& text, bool error = true);
  void setBusy(bool busy);
  void clearPassphrases();
  // The language the chooser shows (without telling anyone).
  void setLanguage(const QString& code);

 Q_SIGNALS:
  void createRequested(const QString& relay_url, const QString& name, const QString& passphrase,
                       const QString& invite);
  void unlockRequested(const QString& passphrase);
  // The person chose the interface's language on this screen, before registering.
  void languageChosen(const QString& code);

 private:
  void updateHint();
  void submitCreate();
  void submitUnlock();

  QComboBox* language_;
  QStackedWidget* forms_;
  QLineEdit* relay_;
  QLineEdit* name_;
  QLineEdit* passphrase_;
  QLineEdit* confirm_;
  QLineEdit* invite_;
  QLabel* hint_;
  QPushButton* create_;
  QLineEdit* unlock_passphrase_;
  QPushButton* unlock_;
  QLabel* message_;
};

}  // namespace relais::qt

// The first screen: create a profile (relay address, pseudonym, passphrase with a strength
// hint and the warning that it cannot be recovered) or, when one exists, unlock it.
#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace relais::qt {

class WelcomePage : public QWidget {
  Q_OBJECT
 public:
  // `offered`: the relay's interface languages as last known (empty: every shipped one).
  explicit WelcomePage(const QStringList& offered = {}, QWidget* parent = nullptr);

  // What the person typed on the create form, kept across a rebuild (a change of language).
  struct Draft {
    QString relay, name, invite;
  };
  Draft draft() const;
  void restoreDraft(const Draft& draft);
  // A sentence beside the language chooser (the person's language is not offered); "" hides it.
  void setLanguageNote(const QString& text);

  // Which form to show.
  void showCreate();
  void showUnlock();
  bool showingCreate() const;
  // What a sentence is about: it is shown right under that field (none: under the button).
  enum class Field { none, relay, name, passphrase, confirm, invite };
  // An error or a progress sentence next to what it is about; clears the previous one and
  // enables the buttons again.
  void setMessage(const QString& text, bool error = true, Field field = Field::none);
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
  // The person finished typing a relay address (it may be unusable).
  void relayAddressGiven(const QString& url);

 private:
  void updateHint();
  void submitCreate();
  void submitUnlock();

  QComboBox* language_;
  QLabel* language_note_;
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
  QLabel* relay_error_;
  QLabel* name_error_;
  QLabel* passphrase_error_;
  QLabel* confirm_error_;
  QLabel* invite_error_;
  QFormLayout* form_;
};

}  // namespace relais::qt

// Changing the profile's passphrase: the current one, the new one twice with the strength hint
// of the first start. The engine host checks the current one and re-encrypts the vault.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace relais::qt {

class EngineHost;

class PassphraseDialog : public QDialog {
  Q_OBJECT
 public:
  explicit PassphraseDialog(EngineHost& host, QWidget* parent = nullptr);
  ~PassphraseDialog() override;

  // Checks the fields and asks the host; accepts the dialog once the change is done, else
  // says why.
  void submit();
  bool busy() const { return busy_; }
  QString message() const;

 private:
  void updateHint();
  void clearFields();
  void finish(const QString& error);

  EngineHost& host_;
  QLineEdit* current_;
  QLineEdit* new_;
  QLineEdit* confirm_;
  QLabel* hint_;
  QLabel* message_;
  QPushButton* change_;
  bool busy_ = false;
};

}  // namespace relais::qt

#include "client-qt/ui/passphrase_dialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "client-qt/core/engine_host.h"
#include "client-qt/core/passphrase_strength.h"

namespace relais::qt {

PassphraseDialog::PassphraseDialog(EngineHost& host, QWidget* parent)
    : QDialog(parent), host_(host) {
  setWindowTitle(tr("Change the passphrase"));
  auto* form = new QFormLayout;
  current_ = new QLineEdit(this);
  current_->setObjectName(QStringLiteral("currentPassphrase"));
  current_->setEchoMode(QLineEdit::Password);
  form->addRow(tr("Current passphrase"), current_);
  new_ = new QLineEdit(this);
  new_->setObjectName(QStringLiteral("newPassphrase"));
  new_->setEchoMode(QLineEdit::Password);
  form->addRow(tr("New passphrase"), new_);
  hint_ = new QLabel(this);
  hint_->setWordWrap(true);
  form->addRow(hint_);
  confirm_ = new QLineEdit(this);
  confirm_->setObjectName(QStringLiteral("confirmPassphrase"));
  confirm_->setEchoMode(QLineEdit::Password);
  form->addRow(tr("The new one again"), confirm_);
  auto* warning = new QLabel(tr("Nobody can recover a forgotten passphrase, not even the relay's "
                                "operators: without it, the profile is lost."),
                             this);
  warning->setWordWrap(true);
  message_ = new QLabel(this);
  message_->setObjectName(QStringLiteral("passphraseMessage"));
  message_->setWordWrap(true);
  message_->setStyleSheet(QStringLiteral("color: #a00000;"));

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  // Debian ships no Qt translations for every language (ro, sq): relais-qt's own word.
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  change_ = buttons->addButton(tr("Change"), QDialogButtonBox::AcceptRole);
  change_->setObjectName(QStringLiteral("changePassphraseButton"));
  connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::submit);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(new_, &QLineEdit::textChanged, this, &PassphraseDialog::updateHint);
  connect(&host_, &EngineHost::passphraseChanged, this, &PassphraseDialog::finish);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(warning);
  layout->addWidget(message_);
  layout->addWidget(buttons);
  updateHint();
}

PassphraseDialog::~PassphraseDialog() {
  if (busy_) QApplication::restoreOverrideCursor();
  clearFields();
}

QString PassphraseDialog::message() const {
  return message_->text();
}

void PassphraseDialog::updateHint() {
  hint_->setText(assessPassphrase(new_->text()).text);
}

void PassphraseDialog::clearFields() {
  current_->clear();
  new_->clear();
  confirm_->clear();
}

void PassphraseDialog::submit() {
  if (busy_) return;
  if (current_->text().isEmpty()) return message_->setText(tr("Give the current passphrase."));
  if (assessPassphrase(new_->text()).bits < kMinimumPassphraseBits) {
    return message_->setText(tr("The new passphrase is too weak; add a few words."));
  }
  if (new_->text() != confirm_->text()) {
    return message_->setText(tr("The two new passphrases differ."));
  }
  const Status st = host_.changePassphrase(current_->text(), new_->text());
  if (!st) {
    message_->setText(QString::fromStdString(st.error().message));
    return;
  }
  // The key derivations run on their own thread; the window stays responsive.
  message_->setText(tr("Changing\u2026"));
  change_->setEnabled(false);
  QApplication::setOverrideCursor(Qt::BusyCursor);
  busy_ = true;
}

void PassphraseDialog::finish(const QString& error) {
  if (!busy_) return;
  busy_ = false;
  QApplication::restoreOverrideCursor();
  change_->setEnabled(true);
  if (!error.isEmpty()) {
    message_->setText(error);
    current_->clear();
    current_->setFocus();
    return;
  }
  clearFields();
  message_->clear();
  accept();
}

}  // namespace relais::qt

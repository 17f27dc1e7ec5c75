#include "client-qt/ui/settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relais::qt {

SettingsDialog::SettingsDialog(const Preferences& p, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Settings"));
  auto* form = new QFormLayout;
  language_ = new QComboBox(this);
  language_->setObjectName(QStringLiteral("languageCombo"));
  language_->addItem(tr("As the system"), QString());
  for (const auto& l : interfaceLanguages()) language_->addItem(l.own_name, l.code);
  language_->setCurrentIndex(std::max(0, language_->findData(p.language)));
  form->addRow(tr("Language"), language_);

  idle_minutes_ = new QSpinBox(this);
  idle_minutes_->setObjectName(QStringLiteral("idleSpin"));
  idle_minutes_->setRange(0, 24 * 60);
  idle_minutes_->setSuffix(tr(" min"));
  idle_minutes_->setSpecialValueText(tr("never"));
  idle_minutes_->setValue(p.idle_minutes);
  form->addRow(tr("Lock after this idle time"), idle_minutes_);

  notification_text_ = new QCheckBox(tr("Show message text in notifications"), this);
  notification_text_->setObjectName(QStringLiteral("notificationCheck"));
  notification_text_->setChecked(p.notification_text);
  form->addRow(notification_text_);
  auto* note = new QLabel(
      tr("Anyone who sees the screen can read a notification. Leave this off unless you are "
         "alone with this computer."),
      this);
  note->setWordWrap(true);
  form->addRow(note);

  discreet_ = new QCheckBox(tr("Discretion: a neutral window title and icon"), this);
  discreet_->setObjectName(QStringLiteral("discreetCheck"));
  discreet_->setChecked(p.discreet);
  form->addRow(discreet_);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  // Debian ships no Qt translations for every language (ro, sq): relais-qt's own word.
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(buttons);
}

Preferences SettingsDialog::preferences() const {
  Preferences p;
  p.language = language_->currentData().toString();
  p.idle_minutes = idle_minutes_->value();
  p.notification_text = notification_text_->isChecked();
  p.discreet = discreet_->isChecked();
  return p;
}

}  // namespace relais::qt

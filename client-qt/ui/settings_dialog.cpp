#include "client-qt/ui/settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace relais::qt {

SettingsDialog::SettingsDialog(const Preferences& p, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Settings"));
  auto* form = new QFormLayout;
  language_ = new QComboBox(this);
  language_->setObjectName(QStringLiteral("languageCombo"));
  language_->addItem(tr("As the system"), QString());
  // Only those the relay offers (relaisd --interface-languages).
  for (const auto& l : offeredLanguages(p.relay_languages)) language_->addItem(l.own_name, l.code);
  language_->setCurrentIndex(std::max(0, language_->findData(p.language)));
  form->addRow(tr("Language"), language_);
  relay_languages_ = p.relay_languages;
  const QString language_note = languageNote(p, QLocale::system().name());
  if (!language_note.isEmpty()) {
    auto* label = new QLabel(language_note, this);
    label->setObjectName(QStringLiteral("languageNote"));
    label->setWordWrap(true);
    form->addRow(QString(), label);
  }

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
  p.relay_languages = relay_languages_;
  return p;
}

QString SettingsDialog::languageNote(const Preferences& p, const QString& system_locale_name) {
  const QString wanted =
      p.language.isEmpty() ? system_locale_name.left(2).toLower() : p.language;
  const QString shown = effectiveLanguage(p.language, system_locale_name, p.relay_languages);
  const QList<InterfaceLanguage> shipped_languages = interfaceLanguages();
  const bool shipped =
      std::any_of(shipped_languages.begin(), shipped_languages.end(),
                  [&](const InterfaceLanguage& l) { return l.code == wanted; });
  if (!shipped || wanted == shown) return {};
  //: %1 and %2 are languages named in themselves ("Română", "English").
  return tr("%1 is not offered on this relay: Relais is shown in %2.")
      .arg(ownName(wanted), ownName(shown));
}

}  // namespace relais::qt

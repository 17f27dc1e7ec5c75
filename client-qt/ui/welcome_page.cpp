#include "client-qt/ui/welcome_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QSizePolicy>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

#include "client-qt/core/passphrase_strength.h"
#include "client-qt/core/settings.h"
#include "core/engine/engine.h"

namespace relais::qt {

WelcomePage::WelcomePage(const QStringList& offered, QWidget* parent) : QWidget(parent) {
  // The language first, each in its own name: someone who reads no English finds theirs.
  language_ = new QComboBox(this);
  language_->setObjectName(QStringLiteral("welcomeLanguage"));
  // Only those the relay offers, once it has said (relaisd --interface-languages).
  for (const auto& l : offeredLanguages(offered)) language_->addItem(l.own_name, l.code);
  language_->setAccessibleName(tr("Language"));
  connect(language_, &QComboBox::activated, this,
          [this](int index) { Q_EMIT languageChosen(language_->itemData(index).toString()); });
  language_note_ = new QLabel(this);
  language_note_->setObjectName(QStringLiteral("languageNote"));
  language_note_->setWordWrap(true);
  language_note_->hide();
  forms_ = new QStackedWidget(this);

  // ---- Create
  auto* create_page = new QWidget(forms_);
  auto* intro = new QLabel(
      tr("<h2>Welcome</h2><p>Choose the relay your organisation gave you, a pseudonym (not your "
         "real name) and a passphrase. Nothing else about you is asked or kept.</p>"),
      create_page);
  intro->setWordWrap(true);
  relay_ = new QLineEdit(create_page);
  relay_->setObjectName(QStringLiteral("relayEdit"));
  relay_->setPlaceholderText(QStringLiteral("wss://relais.example.org"));
  name_ = new QLineEdit(create_page);
  name_->setObjectName(QStringLiteral("nameEdit"));
  // Characters, not bytes: a first stop while typing. engine::check_name, in bytes, decides.
  name_->setMaxLength(static_cast<int>(engine::kMaxNameBytes));
  passphrase_ = new QLineEdit(create_page);
  passphrase_->setObjectName(QStringLiteral("passphraseEdit"));
  passphrase_->setEchoMode(QLineEdit::Password);
  confirm_ = new QLineEdit(create_page);
  confirm_->setObjectName(QStringLiteral("confirmEdit"));
  confirm_->setEchoMode(QLineEdit::Password);
  invite_ = new QLineEdit(create_page);
  invite_->setObjectName(QStringLiteral("inviteEdit"));
  invite_->setPlaceholderText(tr("only if the relay asks for one"));
  hint_ = new QLabel(create_page);
  hint_->setObjectName(QStringLiteral("strengthLabel"));
  hint_->setWordWrap(true);
  auto* warning = new QLabel(
      tr("<b>Nobody can recover a forgotten passphrase</b>, not even the relay's operator: the "
         "profile and its messages would be lost. Write it down somewhere safe, away from this "
         "computer."),
      create_page);
  warning->setObjectName(QStringLiteral("passphraseWarning"));
  warning->setWordWrap(true);
  create_ = new QPushButton(tr("Create my profile"), create_page);
  create_->setObjectName(QStringLiteral("createButton"));
  create_->setDefault(true);
  // Each field has its own line for what is wrong with it, right under it, hidden until then.
  auto error_label = [create_page](const char* name) {
    auto* label = new QLabel(create_page);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a00000;"));
    return label;
  };
  relay_error_ = error_label("relayError");
  name_error_ = error_label("nameError");
  passphrase_error_ = error_label("passphraseError");
  confirm_error_ = error_label("confirmError");
  invite_error_ = error_label("inviteError");
  form_ = new QFormLayout;
  form_->addRow(tr("Relay address"), relay_);
  form_->addRow(QString(), relay_error_);
  form_->addRow(tr("Pseudonym"), name_);
  form_->addRow(QString(), name_error_);
  form_->addRow(tr("Passphrase"), passphrase_);
  form_->addRow(QString(), passphrase_error_);
  form_->addRow(QString(), hint_);
  form_->addRow(tr("Passphrase again"), confirm_);
  form_->addRow(QString(), confirm_error_);
  form_->addRow(tr("Invite code"), invite_);
  form_->addRow(QString(), invite_error_);
  for (QLabel* l : {relay_error_, name_error_, passphrase_error_, confirm_error_, invite_error_}) {
    form_->setRowVisible(l, false);
  }
  auto* create_layout = new QVBoxLayout(create_page);
  create_layout->setContentsMargins(0, 0, 0, 0);
  create_layout->addWidget(intro);
  create_layout->addLayout(form_);
  create_layout->addWidget(warning);
  create_layout->addWidget(create_, 0, Qt::AlignRight);
  forms_->addWidget(create_page);

  // ---- Unlock
  auto* unlock_page = new QWidget(forms_);
  auto* unlock_intro = new QLabel(tr("<h2>Unlock</h2><p>Type your passphrase.</p>"), unlock_page);
  unlock_passphrase_ = new QLineEdit(unlock_page);
  unlock_passphrase_->setObjectName(QStringLiteral("unlockPassphraseEdit"));
  unlock_passphrase_->setEchoMode(QLineEdit::Password);
  unlock_ = new QPushButton(tr("Unlock"), unlock_page);
  unlock_->setObjectName(QStringLiteral("unlockButton"));
  unlock_->setDefault(true);
  auto* unlock_layout = new QVBoxLayout(unlock_page);
  unlock_layout->setContentsMargins(0, 0, 0, 0);
  unlock_layout->addWidget(unlock_intro);
  unlock_layout->addWidget(unlock_passphrase_);
  unlock_layout->addWidget(unlock_, 0, Qt::AlignRight);
  forms_->addWidget(unlock_page);
  // Each page as tall as it needs: the sentence under the button follows it closely.
  connect(forms_, &QStackedWidget::currentChanged, this, [this](int index) {
    for (int i = 0; i < forms_->count(); ++i) {
      forms_->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == index
                                                                   ? QSizePolicy::Preferred
                                                                   : QSizePolicy::Ignored);
    }
    forms_->adjustSize();
  });
  Q_EMIT forms_->currentChanged(forms_->currentIndex());

  message_ = new QLabel(this);
  message_->setObjectName(QStringLiteral("welcomeMessage"));
  message_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(48, 24, 48, 24);
  auto* language_row = new QHBoxLayout;
  language_row->addWidget(language_note_, 1);
  language_row->addStretch();
  language_row->addWidget(language_, 0, Qt::AlignTop);
  layout->addLayout(language_row);
  layout->addWidget(forms_);
  // Progress and what concerns no one field: right under the button, not at the window's foot.
  layout->addWidget(message_);
  layout->addStretch(1);

  connect(relay_, &QLineEdit::editingFinished, this,
          [this] { Q_EMIT relayAddressGiven(relay_->text().trimmed()); });
  connect(passphrase_, &QLineEdit::textChanged, this, &WelcomePage::updateHint);
  connect(create_, &QPushButton::clicked, this, &WelcomePage::submitCreate);
  connect(confirm_, &QLineEdit::returnPressed, this, &WelcomePage::submitCreate);
  connect(unlock_, &QPushButton::clicked, this, &WelcomePage::submitUnlock);
  connect(unlock_passphrase_, &QLineEdit::returnPressed, this, &WelcomePage::submitUnlock);
  updateHint();
}

void WelcomePage::setLanguage(const QString& code) {
  const QSignalBlocker quiet(language_);
  language_->setCurrentIndex(std::max(0, language_->findData(code)));
}

WelcomePage::Draft WelcomePage::draft() const {
  return {relay_->text(), name_->text(), invite_->text()};
}

void WelcomePage::restoreDraft(const Draft& draft) {
  relay_->setText(draft.relay);
  name_->setText(draft.name);
  invite_->setText(draft.invite);
}

void WelcomePage::setLanguageNote(const QString& text) {
  language_note_->setText(text);
  language_note_->setVisible(!text.isEmpty());
}

void WelcomePage::showCreate() {
  forms_->setCurrentIndex(0);
  setMessage(QString(), false);
  relay_->setFocus();
}

void WelcomePage::showUnlock() {
  forms_->setCurrentIndex(1);
  setMessage(QString(), false);
  unlock_passphrase_->setFocus();
}

bool WelcomePage::showingCreate() const {
  return forms_->currentIndex() == 0;
}

void WelcomePage::setMessage(const QString& text, bool error, Field field) {
  const std::pair<Field, QLabel*> labels[] = {{Field::relay, relay_error_},
                                              {Field::name, name_error_},
                                              {Field::passphrase, passphrase_error_},
                                              {Field::confirm, confirm_error_},
                                              {Field::invite, invite_error_}};
  QLabel* target = message_;
  for (const auto& [f, label] : labels) {
    label->clear();
    form_->setRowVisible(label, false);
    if (f == field && showingCreate()) target = label;
  }
  message_->clear();
  target->setText(text);
  if (target == message_) {
    message_->setStyleSheet(error ? QStringLiteral("color: #a00000;") : QString());
  } else {
    form_->setRowVisible(target, true);
  }
  setBusy(false);
}

void WelcomePage::setBusy(bool busy) {
  create_->setEnabled(!busy);
  unlock_->setEnabled(!busy);
}

void WelcomePage::clearPassphrases() {
  passphrase_->clear();
  confirm_->clear();
  unlock_passphrase_->clear();
}

void WelcomePage::updateHint() {
  const PassphraseHint hint = assessPassphrase(passphrase_->text());
  hint_->setText(hint.text);
  const char* color = "#606060";
  if (hint.strength == PassphraseStrength::weak) color = "#a00000";
  if (hint.strength == PassphraseStrength::fair) color = "#8a5a00";
  if (hint.strength == PassphraseStrength::strong) color = "#006000";
  hint_->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(color)));
}

void WelcomePage::submitCreate() {
  if (!create_->isEnabled()) return;
  if (relay_->text().trimmed().isEmpty()) {
    return setMessage(tr("Give the relay's address."), true, Field::relay);
  }
  if (name_->text().isEmpty()) return setMessage(tr("Choose a pseudonym."), true, Field::name);
  const PassphraseHint hint = assessPassphrase(passphrase_->text());
  if (hint.bits < kMinimumPassphraseBits) {
    return setMessage(tr("The passphrase is too weak; add a few words."), true,
                      Field::passphrase);
  }
  if (passphrase_->text() != confirm_->text()) {
    return setMessage(tr("The two passphrases differ."), true, Field::confirm);
  }
  setMessage(tr("Creating the profile\u2026"), false);
  setBusy(true);
  Q_EMIT createRequested(relay_->text().trimmed(), name_->text(), passphrase_->text(),
                         invite_->text().trimmed());
}

void WelcomePage::submitUnlock() {
  if (!unlock_->isEnabled() || unlock_passphrase_->text().isEmpty()) return;
  setMessage(tr("Unlocking\u2026"), false);
  setBusy(true);
  Q_EMIT unlockRequested(unlock_passphrase_->text());
}

}  // namespace relais::qt

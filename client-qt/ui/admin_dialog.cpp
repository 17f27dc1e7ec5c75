#include "client-qt/ui/admin_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "client-qt/core/admin_requests.h"
#include "client-qt/core/engine_host.h"
#include "core/wire/contract.h"

namespace relais::qt {

AdminDialog::AdminDialog(EngineHost& host, QWidget* parent)
    : QDialog(parent), requests_(new AdminRequests(host, this)) {
  setWindowTitle(tr("Administration"));
  auto* intro = new QLabel(tr("For the relay's admins (invite codes for an invite room: its "
                              "moderators too). The relay refuses anyone else."),
                           this);
  intro->setWordWrap(true);
  tabs_ = new QTabWidget(this);
  tabs_->setObjectName(QStringLiteral("adminTabs"));
  tabs_->addTab(buildRolePage(), tr("Roles"));
  tabs_->addTab(buildRoomPage(), tr("New room"));
  tabs_->addTab(buildInvitePage(), tr("Invite code"));
  tabs_->addTab(buildOrgPage(), tr("New organisation"));
  message_ = new QLabel(this);
  message_->setObjectName(QStringLiteral("adminMessage"));
  message_->setWordWrap(true);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  // Debian ships no Qt translations for every language (ro, sq): relais-qt's own word.
  buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addWidget(tabs_, 1);
  layout->addWidget(message_);
  layout->addWidget(buttons);

  connect(requests_, &AdminRequests::done, this, [this](const QString& s) { say(s, false); });
  connect(requests_, &AdminRequests::refused, this, [this](const QString& s) { say(s, true); });
  connect(requests_, &AdminRequests::inviteCreated, this,
          [this](const QString& code, const QDateTime& expires) {
            invite_code_->setText(code);
            invite_code_->selectAll();
            say(expires.isValid() ? tr("Here is the code; it works until %1.")
                                        .arg(QLocale().toString(expires, QLocale::ShortFormat))
                                  : tr("Here is the code."),
                false);
          });
  resize(560, 420);
}

QString AdminDialog::message() const {
  return message_->text();
}

QString AdminDialog::inviteCode() const {
  return invite_code_->text();
}

void AdminDialog::say(const QString& sentence, bool error) {
  message_->setStyleSheet(error ? QStringLiteral("color: #a00000;") : QString());
  message_->setText(sentence);
}

void AdminDialog::sayStatus(const Status& st, const QString& waiting) {
  if (!st) return say(QString::fromStdString(st.error().message), true);
  say(waiting, false);
}

QWidget* AdminDialog::buildRolePage() {
  auto* page = new QWidget(this);
  auto* form = new QFormLayout(page);
  account_ = new QLineEdit(page);
  account_->setObjectName(QStringLiteral("adminAccount"));
  account_->setPlaceholderText(tr("26 letters and digits, as \"My id\" shows it"));
  form->addRow(tr("Relais id"), account_);
  role_ = new QComboBox(page);
  role_->setObjectName(QStringLiteral("adminRole"));
  role_->addItem(tr("Moderator of a room"), QStringLiteral("moderator"));
  role_->addItem(tr("Outreach worker of an organisation"), QStringLiteral("outreach"));
  role_->addItem(tr("Admin of the relay"), QStringLiteral("admin"));
  form->addRow(tr("Role"), role_);
  scope_ = new QLineEdit(page);
  scope_->setObjectName(QStringLiteral("adminScope"));
  form->addRow(tr("Room or organisation id"), scope_);
  const auto follow_role = [this] {
    const QString role = role_->currentData().toString();
    scope_->setEnabled(role != QLatin1String("admin"));
    scope_->setPlaceholderText(role == QLatin1String("outreach") ? QStringLiteral("espace-p")
                                                                 : QStringLiteral("brussels"));
    if (role == QLatin1String("admin")) scope_->clear();
  };
  connect(role_, &QComboBox::currentIndexChanged, this, follow_role);
  follow_role();
  auto* grant = new QPushButton(tr("Give the role"), page);
  grant->setObjectName(QStringLiteral("adminGrant"));
  auto* revoke = new QPushButton(tr("Take the role away"), page);
  revoke->setObjectName(QStringLiteral("adminRevoke"));
  auto* row = new QHBoxLayout;
  row->addStretch();
  row->addWidget(grant);
  row->addWidget(revoke);
  form->addRow(row);
  connect(grant, &QPushButton::clicked, this, [this] { changeRole(true); });
  connect(revoke, &QPushButton::clicked, this, [this] { changeRole(false); });
  return page;
}

void AdminDialog::changeRole(bool grant) {
  sayStatus(requests_->changeRole(grant, account_->text(), role_->currentData().toString(),
                                  scope_->text()),
            tr("Asking the relay\u2026"));
}

QWidget* AdminDialog::buildRoomPage() {
  auto* page = new QWidget(this);
  auto* form = new QFormLayout(page);
  room_id_ = new QLineEdit(page);
  room_id_->setObjectName(QStringLiteral("roomId"));
  room_id_->setPlaceholderText(tr("lowercase letters, digits, '-': liege"));
  form->addRow(tr("Room id"), room_id_);
  room_fr_ = new QLineEdit(page);
  room_fr_->setObjectName(QStringLiteral("roomNameFr"));
  form->addRow(tr("Name in French"), room_fr_);
  room_nl_ = new QLineEdit(page);
  room_nl_->setObjectName(QStringLiteral("roomNameNl"));
  form->addRow(tr("Name in Dutch"), room_nl_);
  policy_ = new QComboBox(page);
  policy_->setObjectName(QStringLiteral("roomPolicy"));
  policy_->addItem(tr("Open: anyone may join"), QStringLiteral("open"));
  policy_->addItem(tr("Knock: a moderator lets people in"), QStringLiteral("knock"));
  policy_->addItem(tr("Invite: with a code only"), QStringLiteral("invite"));
  form->addRow(tr("Who may join"), policy_);
  room_region_ = new QLineEdit(page);
  room_region_->setObjectName(QStringLiteral("roomRegion"));
  room_region_->setPlaceholderText(tr("optional: the city's room, for the resources"));
  form->addRow(tr("Region"), room_region_);
  auto* create = new QPushButton(tr("Create the room"), page);
  create->setObjectName(QStringLiteral("createRoomButton"));
  form->addRow(create);
  connect(create, &QPushButton::clicked, this, [this] {
    RoomForm f;
    f.room = room_id_->text();
    f.name_fr = room_fr_->text();
    f.name_nl = room_nl_->text();
    f.policy = policy_->currentData().toString();
    f.region = room_region_->text();
    sayStatus(requests_->createRoom(f), tr("Asking the relay\u2026"));
  });
  return page;
}

QWidget* AdminDialog::buildInvitePage() {
  auto* page = new QWidget(this);
  auto* form = new QFormLayout(page);
  invite_room_ = new QLineEdit(page);
  invite_room_->setObjectName(QStringLiteral("inviteRoom"));
  invite_room_->setPlaceholderText(tr("empty: a code to register on this relay"));
  form->addRow(tr("Invite room id"), invite_room_);
  invite_uses_ = new QSpinBox(page);
  invite_uses_->setObjectName(QStringLiteral("inviteUses"));
  invite_uses_->setRange(1, static_cast<int>(wire::kMaxInviteUses));
  form->addRow(tr("Works this many times"), invite_uses_);
  invite_days_ = new QSpinBox(page);
  invite_days_->setObjectName(QStringLiteral("inviteDays"));
  invite_days_->setRange(0, static_cast<int>(wire::kMaxInviteValidS / 86400));
  invite_days_->setSuffix(tr(" days"));
  invite_days_->setSpecialValueText(tr("the relay's default (a week)"));
  form->addRow(tr("Valid for"), invite_days_);
  auto* create = new QPushButton(tr("Create a code"), page);
  create->setObjectName(QStringLiteral("createInviteButton"));
  form->addRow(create);
  invite_code_ = new QLineEdit(page);
  invite_code_->setObjectName(QStringLiteral("inviteCode"));
  invite_code_->setReadOnly(true);  // selectable, to copy and give
  form->addRow(tr("Code"), invite_code_);
  connect(create, &QPushButton::clicked, this, [this] {
    invite_code_->clear();
    sayStatus(
        requests_->createInvite(invite_room_->text(), invite_uses_->value(), invite_days_->value()),
        tr("Asking the relay\u2026"));
  });
  return page;
}

QWidget* AdminDialog::buildOrgPage() {
  auto* page = new QWidget(this);
  auto* form = new QFormLayout(page);
  org_id_ = new QLineEdit(page);
  org_id_->setObjectName(QStringLiteral("orgId"));
  org_id_->setPlaceholderText(tr("lowercase letters, digits, '-': espace-p"));
  form->addRow(tr("Organisation id"), org_id_);
  org_name_ = new QLineEdit(page);
  org_name_->setObjectName(QStringLiteral("orgName"));
  form->addRow(tr("Name"), org_name_);
  org_description_ = new QLineEdit(page);
  form->addRow(tr("What it offers"), org_description_);
  org_languages_ = new QLineEdit(page);
  org_languages_->setObjectName(QStringLiteral("orgLanguages"));
  org_languages_->setPlaceholderText(QStringLiteral("fr, nl, en"));
  form->addRow(tr("Languages"), org_languages_);
  org_contact_ = new QLineEdit(page);
  form->addRow(tr("How to reach it"), org_contact_);
  org_region_ = new QLineEdit(page);
  org_region_->setPlaceholderText(tr("optional: the city's room, for the resources"));
  form->addRow(tr("Region"), org_region_);
  auto* create = new QPushButton(tr("Create the organisation"), page);
  create->setObjectName(QStringLiteral("createOrgButton"));
  form->addRow(create);
  connect(create, &QPushButton::clicked, this, [this] {
    OrgForm f;
    f.org = org_id_->text();
    f.name = org_name_->text();
    f.description = org_description_->text();
    f.languages = org_languages_->text();
    f.contact = org_contact_->text();
    f.region = org_region_->text();
    sayStatus(requests_->createOrg(f), tr("Asking the relay\u2026"));
  });
  return page;
}

}  // namespace relais::qt

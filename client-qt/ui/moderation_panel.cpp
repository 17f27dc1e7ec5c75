#include "client-qt/ui/moderation_panel.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "client-qt/core/workspace.h"

namespace relais::qt {

ModerationPanel::ModerationPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), workspace_(workspace) {
  auto* layout = new QVBoxLayout(this);

  auto* requests_box = new QGroupBox(tr("Join requests"), this);
  requests_ = new QListWidget(requests_box);
  requests_->setObjectName(QStringLiteral("joinRequestsList"));
  auto* refresh = new QPushButton(tr("Refresh"), requests_box);
  auto* approve = new QPushButton(tr("Approve"), requests_box);
  auto* refuse = new QPushButton(tr("Refuse"), requests_box);
  auto* request_buttons = new QHBoxLayout;
  request_buttons->addWidget(refresh);
  request_buttons->addStretch();
  request_buttons->addWidget(approve);
  request_buttons->addWidget(refuse);
  auto* requests_layout = new QVBoxLayout(requests_box);
  requests_layout->addWidget(requests_);
  requests_layout->addLayout(request_buttons);
  layout->addWidget(requests_box);

  auto* reports_box = new QGroupBox(tr("Reports"), this);
  reports_ = new QListView(reports_box);
  reports_->setObjectName(QStringLiteral("reportsView"));
  reports_->setModel(workspace_.reports());
  reports_->setWordWrap(true);
  reports_->setAlternatingRowColors(true);
  auto* remove = new QPushButton(tr("Remove the message"), reports_box);
  auto* ban = new QPushButton(tr("Ban the sender"), reports_box);
  auto* report_buttons = new QHBoxLayout;
  report_buttons->addStretch();
  report_buttons->addWidget(remove);
  report_buttons->addWidget(ban);
  auto* explain = new QLabel(tr("\u2714 verified: the relay confirms this person sent exactly "
                                "this text. A report that is not verified may be forged."),
                             reports_box);
  explain->setWordWrap(true);
  auto* reports_layout = new QVBoxLayout(reports_box);
  reports_layout->addWidget(reports_);
  reports_layout->addWidget(explain);
  reports_layout->addLayout(report_buttons);
  layout->addWidget(reports_box, 1);

  auto* alert_box = new QGroupBox(tr("Safety alert"), this);
  alert_ = new QLineEdit(alert_box);
  alert_->setPlaceholderText(tr("A warning for everyone in the room"));
  alert_hours_ = new QSpinBox(alert_box);
  alert_hours_->setRange(1, 24 * 14);
  alert_hours_->setValue(24);
  alert_hours_->setSuffix(tr(" h"));
  auto* pin = new QPushButton(tr("Pin"), alert_box);
  auto* alert_layout = new QHBoxLayout(alert_box);
  alert_layout->addWidget(alert_, 1);
  alert_layout->addWidget(alert_hours_);
  alert_layout->addWidget(pin);
  layout->addWidget(alert_box);

  connect(refresh, &QPushButton::clicked, this, [this] {
    if (!room_.isEmpty()) workspace_.listJoinRequests(room_);
  });
  connect(approve, &QPushButton::clicked, this, [this] { answerSelected(true); });
  connect(refuse, &QPushButton::clicked, this, [this] { answerSelected(false); });
  connect(remove, &QPushButton::clicked, this,
          [this] { actOnSelectedReport(engine::ModKind::remove); });
  connect(ban, &QPushButton::clicked, this, [this] { actOnSelectedReport(engine::ModKind::ban); });
  connect(pin, &QPushButton::clicked, this, [this] {
    if (room_.isEmpty() || alert_->text().trimmed().isEmpty()) return;
    if (auto st = workspace_.pinAlert(room_, alert_->text().trimmed(),
                                      static_cast<uint64_t>(alert_hours_->value()) * 3600);
        !st) {
      Q_EMIT workspace_.info(QString::fromStdString(st.error().message));
      return;
    }
    alert_->clear();
  });
  connect(&workspace_, &Workspace::joinRequestsListed, this, &ModerationPanel::showJoinRequests);
}

void ModerationPanel::setRoom(const QString& room) {
  room_ = room;
  requests_->clear();
  if (!room_.isEmpty()) workspace_.listJoinRequests(room_);
}

void ModerationPanel::showJoinRequests(const QString& room,
                                       const std::vector<engine::JoinRequestItem>& requests) {
  if (room != room_) return;
  requests_->clear();
  for (const auto& r : requests) {
    const QString since = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(r.since_ms)), QLocale::ShortFormat);
    auto* item = new QListWidgetItem(
        tr("%1 \u00b7 since %2").arg(QString::fromStdString(r.id.text()).left(8), since));
    item->setData(Qt::UserRole, QString::fromStdString(r.id.text()));
    requests_->addItem(item);
  }
  if (requests.empty()) {
    auto* none = new QListWidgetItem(tr("Nobody is waiting."));
    none->setFlags(Qt::NoItemFlags);
    requests_->addItem(none);
  }
}

void ModerationPanel::answerSelected(bool approve) {
  auto* item = requests_->currentItem();
  if (!item || room_.isEmpty()) return;
  auto id = AccountId::from_text(item->data(Qt::UserRole).toString().toStdString());
  if (!id) return;
  engine::ModCommand c;
  c.kind = approve ? engine::ModKind::approve : engine::ModKind::refuse;
  c.room = room_.toStdString();
  c.target = *id;
  workspace_.moderate(c);
  delete requests_->takeItem(requests_->row(item));
}

void ModerationPanel::actOnSelectedReport(engine::ModKind kind) {
  const engine::ReportView* r = workspace_.reports()->reportAt(reports_->currentIndex().row());
  if (!r) return;
  engine::ModCommand c;
  c.kind = kind;
  c.room = r->room;
  if (kind == engine::ModKind::remove) {
    c.seq = r->message.seq;
  } else {
    c.target = r->message.from;
  }
  workspace_.moderate(c);
}

}  // namespace relais::qt

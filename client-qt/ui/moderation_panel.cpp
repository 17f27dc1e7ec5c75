#include "client-qt/ui/moderation_panel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "client-qt/core/mod_log_model.h"
#include "client-qt/core/report_model.h"
#include "client-qt/core/workspace.h"

namespace relais::qt {

ModerationPanel::ModerationPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), workspace_(workspace) {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  auto* tabs = new QTabWidget(this);
  tabs->setObjectName(QStringLiteral("moderationTabs"));
  outer->addWidget(tabs);
  auto* actions_page = new QWidget(tabs);
  auto* layout = new QVBoxLayout(actions_page);
  tabs->addTab(actions_page, tr("Requests and reports"));

  auto* requests_box = new QGroupBox(tr("Join requests"), actions_page);
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

  auto* reports_box = new QGroupBox(tr("Reports"), actions_page);
  reports_ = new QListView(reports_box);
  reports_->setObjectName(QStringLiteral("reportsView"));
  reports_->setModel(workspace_.reports());
  reports_->setWordWrap(true);
  reports_->setAlternatingRowColors(true);
  auto* remove = new QPushButton(tr("Remove the message"), reports_box);
  auto* ban = new QPushButton(tr("Ban the sender"), reports_box);
  // Shared by the room's moderators: once one marks it, it leaves everyone's open reports.
  auto* handled = new QPushButton(tr("Mark as handled"), reports_box);
  handled->setObjectName(QStringLiteral("markReportHandledButton"));
  auto* show_handled = new QCheckBox(tr("Show the handled reports"), reports_box);
  show_handled->setObjectName(QStringLiteral("showHandledReports"));
  auto* report_buttons = new QHBoxLayout;
  report_buttons->addWidget(show_handled);
  report_buttons->addStretch();
  report_buttons->addWidget(handled);
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

  auto* alert_box = new QGroupBox(tr("Safety alert"), actions_page);
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

  // The log: what the room's moderators and admins did, newest first.
  auto* log_page = new QWidget(tabs);
  log_ = new ModLogModel(workspace_.host(), this);
  log_view_ = new QListView(log_page);
  log_view_->setObjectName(QStringLiteral("modLogView"));
  log_view_->setModel(log_);
  log_view_->setWordWrap(true);
  log_view_->setAlternatingRowColors(true);
  log_status_ = new QLabel(log_page);
  log_status_->setObjectName(QStringLiteral("modLogStatus"));
  log_status_->setWordWrap(true);
  auto* refresh_log = new QPushButton(tr("Refresh"), log_page);
  refresh_log->setObjectName(QStringLiteral("modLogRefresh"));
  auto* log_buttons = new QHBoxLayout;
  log_buttons->addWidget(log_status_, 1);
  log_buttons->addWidget(refresh_log);
  auto* log_layout = new QVBoxLayout(log_page);
  log_layout->addWidget(log_view_, 1);
  log_layout->addLayout(log_buttons);
  const int log_tab = tabs->addTab(log_page, tr("Log"));
  connect(log_, &ModLogModel::statusChanged, log_status_, &QLabel::setText);
  connect(refresh_log, &QPushButton::clicked, this, &ModerationPanel::refreshLog);
  connect(tabs, &QTabWidget::currentChanged, this, [this, log_tab](int index) {
    if (index == log_tab) refreshLog();
  });

  connect(refresh, &QPushButton::clicked, this, [this] {
    if (!room_.isEmpty()) workspace_.listJoinRequests(room_);
  });
  connect(approve, &QPushButton::clicked, this, [this] { answerSelected(true); });
  connect(refuse, &QPushButton::clicked, this, [this] { answerSelected(false); });
  connect(remove, &QPushButton::clicked, this,
          [this] { actOnSelectedReport(engine::ModKind::remove); });
  connect(ban, &QPushButton::clicked, this, [this] { actOnSelectedReport(engine::ModKind::ban); });
  connect(handled, &QPushButton::clicked, this, [this] {
    const engine::ReportView* r = workspace_.reports()->reportAt(reports_->currentIndex().row());
    if (r && !r->handled) workspace_.markReportHandled(QString::fromStdString(r->report_id));
  });
  connect(show_handled, &QCheckBox::toggled, workspace_.reports(), &ReportModel::setShowHandled);
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
  // Another room's log must not stay on screen; it is read again when the tab is shown.
  if (log_->room() != room_) log_->clear();
  if (log_view_->isVisible()) refreshLog();
}

void ModerationPanel::refreshLog() {
  log_->refresh(room_);
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

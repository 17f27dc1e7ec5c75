#include "client-qt/ui/worker_panel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "client-qt/core/workspace.h"
#include "client-qt/ui/ticket_lines.h"

namespace relais::qt {

WorkerPanel::WorkerPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), workspace_(workspace) {
  WorkerDesk* desk = workspace_.desk();

  // ---- Organisation and duty
  org_ = new QComboBox(this);
  org_->setObjectName(QStringLiteral("deskOrg"));
  room_ = new QLineEdit(this);
  room_->setObjectName(QStringLiteral("dutyRoom"));
  room_->setPlaceholderText(tr("Room (optional)"));
  room_->setToolTip(tr("The room where the opening is announced; empty: the planned one."));
  duty_ = new QPushButton(this);
  duty_->setObjectName(QStringLiteral("dutyButton"));
  duty_state_ = new QLabel(this);
  duty_state_->setObjectName(QStringLiteral("dutyState"));
  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Organisation:"), this));
  top->addWidget(org_, 1);
  top->addWidget(room_, 1);
  top->addWidget(duty_);
  top->addWidget(duty_state_);

  // ---- Queue and conversations
  auto* desk_tab = new QSplitter(this);
  auto* left = new QWidget(desk_tab);
  queue_ = new QListView(left);
  queue_->setObjectName(QStringLiteral("queueView"));
  queue_->setModel(desk->queue());
  queue_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  // A narrow column at 1280×800: lines fold rather than hide behind a horizontal scroll bar.
  queue_->setWordWrap(true);
  queue_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  take_ = new QPushButton(tr("Take"), left);
  take_->setObjectName(QStringLiteral("takeButton"));
  tickets_ = new QListView(left);
  tickets_->setObjectName(QStringLiteral("deskTicketsView"));
  tickets_->setModel(desk->tickets());
  tickets_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  tickets_->setWordWrap(true);
  tickets_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  auto* left_layout = new QVBoxLayout(left);
  left_layout->setContentsMargins(0, 0, 0, 0);
  left_layout->addWidget(new QLabel(tr("<b>Waiting</b>"), left));
  left_layout->addWidget(queue_, 2);
  left_layout->addWidget(take_);
  left_layout->addWidget(new QLabel(tr("<b>Your conversations</b>"), left));
  left_layout->addWidget(tickets_, 3);

  auto* right = new QWidget(desk_tab);
  shown_ = new QLabel(right);
  shown_->setObjectName(QStringLiteral("deskShownTicket"));
  lines_ = new QListWidget(right);
  lines_->setObjectName(QStringLiteral("deskConversation"));
  lines_->setWordWrap(true);
  composer_ = new QLineEdit(right);
  composer_->setObjectName(QStringLiteral("deskComposer"));
  composer_->setPlaceholderText(tr("Write to the person"));
  composer_->setMaxLength(8000);
  send_ = new QPushButton(tr("Send"), right);
  send_->setObjectName(QStringLiteral("deskSend"));
  // The colleague to hand the conversation to: one of those on duty, by name.
  handoff_to_ = new QComboBox(right);
  handoff_to_->setObjectName(QStringLiteral("handoffColleague"));
  handoff_to_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  handoff_to_->setMinimumContentsLength(16);
  handoff_ = new QPushButton(tr("Hand off"), right);
  handoff_->setObjectName(QStringLiteral("handoffButton"));
  end_ = new QPushButton(tr("End the conversation"), right);
  end_->setObjectName(QStringLiteral("endTicketButton"));
  auto* compose = new QHBoxLayout;
  compose->addWidget(composer_, 1);
  compose->addWidget(send_);
  // The colleague's list shares its row only with its button, so that "A colleague on duty"
  // is read whole in the desk's column of a 1280×800 window; ending has a row of its own, away
  // from sending.
  auto* handoff_row = new QHBoxLayout;
  handoff_row->addWidget(handoff_to_, 1);
  handoff_row->addWidget(handoff_);
  auto* end_row = new QHBoxLayout;
  end_row->addStretch(1);
  end_row->addWidget(end_);
  auto* right_layout = new QVBoxLayout(right);
  right_layout->setContentsMargins(0, 0, 0, 0);
  right_layout->addWidget(shown_);
  right_layout->addWidget(lines_, 1);
  right_layout->addLayout(compose);
  right_layout->addLayout(handoff_row);
  right_layout->addLayout(end_row);
  desk_tab->addWidget(left);
  desk_tab->addWidget(right);
  desk_tab->setStretchFactor(0, 2);
  desk_tab->setStretchFactor(1, 3);

  // ---- Inbox
  auto* inbox_tab = new QWidget(this);
  inbox_ = new QListView(inbox_tab);
  inbox_->setObjectName(QStringLiteral("inboxView"));
  inbox_->setModel(desk->inbox());
  inbox_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  inbox_->setWordWrap(true);
  handled_ = new QPushButton(tr("Mark handled"), inbox_tab);
  handled_->setObjectName(QStringLiteral("markHandledButton"));
  // An answer goes to the person as the organisation's, and marks the message handled.
  inbox_answer_ = new QLineEdit(inbox_tab);
  inbox_answer_->setObjectName(QStringLiteral("inboxAnswer"));
  inbox_answer_->setPlaceholderText(tr("Answer on behalf of the organisation"));
  inbox_answer_->setMaxLength(8000);
  answer_ = new QPushButton(tr("Answer"), inbox_tab);
  answer_->setObjectName(QStringLiteral("answerButton"));
  auto* answer_row = new QHBoxLayout;
  answer_row->addWidget(inbox_answer_, 1);
  answer_row->addWidget(answer_);
  auto* inbox_layout = new QVBoxLayout(inbox_tab);
  inbox_layout->addWidget(
      new QLabel(tr("Messages left while the permanence was closed, oldest first."), inbox_tab));
  inbox_layout->addWidget(inbox_, 1);
  inbox_layout->addLayout(answer_row);
  inbox_layout->addWidget(handled_);

  // ---- Counts
  auto* stats_tab = new QWidget(this);
  period_ = new QComboBox(stats_tab);
  period_->setObjectName(QStringLiteral("statsPeriod"));
  period_->addItem(tr("Month"), static_cast<int>(WorkerDesk::Period::month));
  period_->addItem(tr("ISO week"), static_cast<int>(WorkerDesk::Period::week));
  period_->addItem(tr("Year"), static_cast<int>(WorkerDesk::Period::year));
  day_ = new QDateEdit(QDate::currentDate(), stats_tab);
  day_->setObjectName(QStringLiteral("statsDate"));
  day_->setCalendarPopup(true);
  day_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  auto* read = new QPushButton(tr("Show the counts"), stats_tab);
  read->setObjectName(QStringLiteral("statsButton"));
  stats_ = new QLabel(stats_tab);
  stats_->setObjectName(QStringLiteral("statsText"));
  stats_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  stats_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* stats_row = new QHBoxLayout;
  stats_row->addWidget(period_);
  stats_row->addWidget(new QLabel(tr("including"), stats_tab));
  stats_row->addWidget(day_);
  stats_row->addWidget(read);
  stats_row->addStretch(1);
  auto* stats_layout = new QVBoxLayout(stats_tab);
  stats_layout->addLayout(stats_row);
  stats_layout->addWidget(stats_, 1);

  tabs_ = new QTabWidget(this);
  tabs_->setObjectName(QStringLiteral("deskTabs"));
  tabs_->addTab(desk_tab, tr("Queue and conversations"));
  tabs_->addTab(inbox_tab, tr("Inbox"));
  tabs_->addTab(stats_tab, tr("Counts"));
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(tabs_, 1);

  // ---- Wiring
  connect(org_, &QComboBox::activated, this,
          [this](int i) { workspace_.desk()->setOrg(org_->itemData(i).toString()); });
  connect(duty_, &QPushButton::clicked, this, [this] {
    WorkerDesk* d = workspace_.desk();
    d->setOnDuty(!d->onDuty(), room_->text());
  });
  connect(take_, &QPushButton::clicked, this, [this] {
    const QModelIndex i = queue_->currentIndex();
    if (i.isValid()) workspace_.desk()->take(i.data(WorkerQueueModel::TicketRole).toString());
  });
  connect(queue_, &QListView::doubleClicked, this, [this](const QModelIndex& i) {
    workspace_.desk()->take(i.data(WorkerQueueModel::TicketRole).toString());
  });
  connect(tickets_, &QListView::clicked, this, [this](const QModelIndex& i) {
    workspace_.desk()->showTicket(i.data(WorkerTicketModel::TicketRole).toString());
  });
  connect(send_, &QPushButton::clicked, this, &WorkerPanel::sendComposed);
  connect(composer_, &QLineEdit::returnPressed, this, &WorkerPanel::sendComposed);
  connect(handoff_, &QPushButton::clicked, this, [this] {
    // By id: two colleagues may share a name; the list tells them apart by place.
    const QString chosen = handoff_to_->currentData().toString();
    if (auto st = workspace_.desk()->handOff(chosen); !st) {
      Q_EMIT workspace_.info(QString::fromStdString(st.error().message));
    }
  });
  connect(end_, &QPushButton::clicked, this, [this] { workspace_.desk()->endShown(); });
  connect(handled_, &QPushButton::clicked, this, [this] {
    const QModelIndex i = inbox_->currentIndex();
    if (i.isValid()) {
      workspace_.desk()->markHandled(i.data(WorkerInboxModel::MessageIdRole).toString());
    }
  });
  auto sendAnswer = [this] {
    const QModelIndex i = inbox_->currentIndex();
    if (!i.isValid()) return;
    if (auto st = workspace_.desk()->answer(i.data(WorkerInboxModel::MessageIdRole).toString(),
                                            inbox_answer_->text());
        !st) {
      Q_EMIT workspace_.info(QString::fromStdString(st.error().message));
      return;
    }
    inbox_answer_->clear();
  };
  connect(answer_, &QPushButton::clicked, this, sendAnswer);
  connect(inbox_answer_, &QLineEdit::returnPressed, this, sendAnswer);
  connect(read, &QPushButton::clicked, this, [this] {
    workspace_.desk()->readStats(static_cast<WorkerDesk::Period>(period_->currentData().toInt()),
                                 day_->date());
  });
  connect(desk, &WorkerDesk::orgsChanged, this, &WorkerPanel::refreshOrgs);
  connect(desk, &WorkerDesk::dutyChanged, this, &WorkerPanel::refreshDuty);
  connect(desk, &WorkerDesk::linesChanged, this, &WorkerPanel::refreshLines);
  connect(desk, &WorkerDesk::colleaguesChanged, this, &WorkerPanel::refreshColleagues);
  connect(handoff_to_, &QComboBox::currentIndexChanged, this, &WorkerPanel::refreshButtons);
  connect(desk, &WorkerDesk::statsChanged, this,
          [this] { stats_->setText(workspace_.desk()->statsText()); });
  for (QAbstractItemModel* m :
       std::initializer_list<QAbstractItemModel*>{desk->queue(), desk->tickets(), desk->inbox()}) {
    connect(m, &QAbstractItemModel::modelReset, this, &WorkerPanel::refreshButtons);
    connect(m, &QAbstractItemModel::rowsRemoved, this, &WorkerPanel::refreshButtons);
  }
  connect(queue_->selectionModel(), &QItemSelectionModel::currentChanged, this,
          &WorkerPanel::refreshButtons);
  connect(inbox_->selectionModel(), &QItemSelectionModel::currentChanged, this,
          &WorkerPanel::refreshButtons);

  refreshOrgs();
  refreshDuty();
  refreshLines();
  refreshColleagues();
  stats_->setText(desk->statsText());
}

void WorkerPanel::refreshColleagues() {
  const QString before = handoff_to_->currentData().toString();
  handoff_to_->clear();
  for (const auto& c : workspace_.desk()->colleagues()) {
    handoff_to_->addItem(WorkerDesk::colleagueLabel(c), QString::fromStdString(c.id.text()));
  }
  handoff_to_->setPlaceholderText(handoff_to_->count() == 0 ? tr("No colleague on duty")
                                                            : tr("A colleague on duty"));
  handoff_to_->setCurrentIndex(handoff_to_->findData(before));  // -1: none chosen yet
  refreshButtons();
}

void WorkerPanel::refreshOrgs() {
  WorkerDesk* desk = workspace_.desk();
  org_->clear();
  for (const QString& org : desk->orgs()) org_->addItem(desk->orgName(org), org);
  org_->setCurrentIndex(org_->findData(desk->org()));
  refreshDuty();
}

void WorkerPanel::refreshDuty() {
  const bool on = workspace_.desk()->onDuty();
  org_->setCurrentIndex(org_->findData(workspace_.desk()->org()));
  duty_->setText(on ? tr("Go off duty") : tr("Go on duty"));
  duty_->setEnabled(!workspace_.desk()->org().isEmpty());
  duty_state_->setText(on ? tr("On duty") : tr("Off duty"));
  room_->setEnabled(!on);
  refreshButtons();
}

void WorkerPanel::refreshButtons() {
  WorkerDesk* desk = workspace_.desk();
  take_->setEnabled(desk->onDuty() && queue_->currentIndex().isValid());
  handled_->setEnabled(inbox_->currentIndex().isValid() &&
                       !inbox_->currentIndex().data(WorkerInboxModel::HandledRole).toBool());
  // Only a message this device holds can be answered: its person is known from it.
  const bool answerable =
      inbox_->currentIndex().isValid() &&
      !inbox_->currentIndex().data(WorkerInboxModel::TextRole).isNull() &&
      !inbox_->currentIndex().data(WorkerInboxModel::TextRole).toString().isEmpty();
  inbox_answer_->setEnabled(answerable);
  answer_->setEnabled(answerable);
  const bool talking = !desk->shownTicket().isEmpty();
  composer_->setEnabled(talking);
  send_->setEnabled(talking);
  handoff_to_->setEnabled(talking && handoff_to_->count() > 0);
  handoff_->setEnabled(talking && handoff_to_->currentIndex() >= 0);
  end_->setEnabled(talking);
  const int row = desk->tickets()->rowOf(desk->shownTicket());
  if (row >= 0) tickets_->setCurrentIndex(desk->tickets()->index(row));
}

void WorkerPanel::refreshLines() {
  WorkerDesk* desk = workspace_.desk();
  const QString ticket = desk->shownTicket();
  if (ticket.isEmpty()) {
    shown_->setText(tr("Take a ticket from the queue, or choose one of your conversations."));
  } else {
    const QString name = desk->tickets()
                             ->data(desk->tickets()->index(desk->tickets()->rowOf(ticket)),
                                    WorkerTicketModel::NameRole)
                             .toString();
    shown_->setText(
        name.isEmpty()
            ? tr("<b>Ticket %1</b>").arg(ticket.toHtmlEscaped())
            : tr("<b>Ticket %1</b> \u00b7 %2").arg(ticket.toHtmlEscaped(), name.toHtmlEscaped()));
  }
  showTicketLines(lines_, desk->lines(), tr("You"), tr("The person"), tr(" (sending)"));
  refreshButtons();
}

void WorkerPanel::sendComposed() {
  if (auto st = workspace_.desk()->say(composer_->text()); !st) {
    Q_EMIT workspace_.info(QString::fromStdString(st.error().message));
    return;
  }
  composer_->clear();
}

}  // namespace relais::qt

#include "client-qt/ui/permanence_panel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "client-qt/core/engine_host.h"
#include "client-qt/core/settings.h"
#include "client-qt/core/workspace.h"
#include "client-qt/ui/ticket_lines.h"

namespace relais::qt {

PermanencePanel::PermanencePanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), workspace_(workspace) {
  title_ = new QLabel(this);
  title_->setObjectName(QStringLiteral("permanenceTitle"));
  title_->setWordWrap(true);
  language_ = new QComboBox(this);
  language_->setObjectName(QStringLiteral("knockLanguage"));
  knock_ = new QPushButton(tr("Knock"), this);
  knock_->setObjectName(QStringLiteral("knockButton"));
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("ticketStatus"));
  status_->setWordWrap(true);

  handoff_ = new QWidget(this);
  handoff_label_ = new QLabel(handoff_);
  handoff_label_->setObjectName(QStringLiteral("handoffQuestion"));
  handoff_label_->setWordWrap(true);
  auto* handoff_label = handoff_label_;
  auto* accept = new QPushButton(tr("Accept"), handoff_);
  accept->setObjectName(QStringLiteral("acceptHandoff"));
  auto* decline = new QPushButton(tr("Decline"), handoff_);
  decline->setObjectName(QStringLiteral("declineHandoff"));
  auto* handoff_layout = new QVBoxLayout(handoff_);
  handoff_layout->setContentsMargins(0, 0, 0, 0);
  handoff_layout->addWidget(handoff_label);
  auto* handoff_buttons = new QHBoxLayout;
  handoff_buttons->addWidget(accept);
  handoff_buttons->addWidget(decline);
  handoff_layout->addLayout(handoff_buttons);

  // A knock in a language the permanence does not list: which it offers, and knock anyway.
  languages_ = new QWidget(this);
  languages_->setObjectName(QStringLiteral("languagesOffered"));
  languages_label_ = new QLabel(languages_);
  languages_label_->setWordWrap(true);
  auto* anyway = new QPushButton(tr("Knock anyway"), languages_);
  anyway->setObjectName(QStringLiteral("knockAnyway"));
  auto* languages_layout = new QVBoxLayout(languages_);
  languages_layout->setContentsMargins(0, 0, 0, 0);
  languages_layout->addWidget(languages_label_);
  languages_layout->addWidget(anyway);

  lines_ = new QListWidget(this);
  lines_->setObjectName(QStringLiteral("ticketConversation"));
  lines_->setWordWrap(true);
  composer_ = new QLineEdit(this);
  composer_->setObjectName(QStringLiteral("ticketComposer"));
  composer_->setPlaceholderText(tr("Write to the outreach worker"));
  composer_->setMaxLength(8000);
  send_ = new QPushButton(tr("Send"), this);
  send_->setObjectName(QStringLiteral("ticketSend"));
  leave_ = new QPushButton(this);
  leave_->setObjectName(QStringLiteral("leaveTicket"));

  closed_ = new QGroupBox(tr("Closed for now"), this);
  closed_->setObjectName(QStringLiteral("closedDoor"));
  emergency_ = new QLabel(closed_);
  emergency_->setObjectName(QStringLiteral("emergencyNumbers"));
  emergency_->setWordWrap(true);
  emergency_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  message_ = new QPlainTextEdit(closed_);
  message_->setObjectName(QStringLiteral("orgMessage"));
  message_->setPlaceholderText(tr("Leave a message: the organisation's workers will read it"));
  message_->setMaximumHeight(90);
  leave_message_ = new QPushButton(tr("Leave the message"), closed_);
  leave_message_->setObjectName(QStringLiteral("leaveMessageButton"));
  auto* closed_layout = new QVBoxLayout(closed_);
  closed_layout->addWidget(emergency_);
  closed_layout->addWidget(message_);
  closed_layout->addWidget(leave_message_);

  org_conversation_ = new QGroupBox(this);
  org_conversation_->setObjectName(QStringLiteral("orgConversation"));
  org_lines_ = new QListWidget(org_conversation_);
  org_lines_->setObjectName(QStringLiteral("orgConversationLines"));
  org_lines_->setWordWrap(true);
  auto* org_layout = new QVBoxLayout(org_conversation_);
  org_layout->addWidget(org_lines_);

  auto* knock_row = new QHBoxLayout;
  knock_row->addWidget(new QLabel(tr("Language:"), this));
  knock_row->addWidget(language_, 1);
  knock_row->addWidget(knock_);
  auto* compose = new QHBoxLayout;
  compose->addWidget(composer_, 1);
  compose->addWidget(send_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(title_);
  layout->addLayout(knock_row);
  layout->addWidget(status_);
  layout->addWidget(handoff_);
  layout->addWidget(languages_);
  layout->addWidget(lines_, 1);
  layout->addLayout(compose);
  layout->addWidget(leave_);
  layout->addWidget(org_conversation_, 1);
  layout->addWidget(closed_);

  TicketSession* ticket = workspace_.ticket();
  // Knocks where the title says: the organisation shown, never another one chosen meanwhile.
  connect(knock_, &QPushButton::clicked, this, [this] {
    if (!shown_org_.isEmpty()) {
      workspace_.ticket()->knock(shown_org_, language_->currentData().toString());
    }
  });
  connect(anyway, &QPushButton::clicked, this, [this] { workspace_.ticket()->knockAnyway(); });
  connect(accept, &QPushButton::clicked, this,
          [this] { workspace_.ticket()->answerHandoff(true); });
  connect(decline, &QPushButton::clicked, this,
          [this] { workspace_.ticket()->answerHandoff(false); });
  connect(send_, &QPushButton::clicked, this, &PermanencePanel::sendComposed);
  connect(composer_, &QLineEdit::returnPressed, this, &PermanencePanel::sendComposed);
  // Ending a conversation or giving up a place cannot be undone, and the button sits where the
  // message field was a moment before (the French review ended one by accident): asked first.
  connect(leave_, &QPushButton::clicked, this, [this] {
    const bool talking = workspace_.ticket()->state() == TicketSession::State::talking;
    QMessageBox ask(QMessageBox::Question,
                    talking ? tr("End the conversation") : tr("Leave the queue"),
                    talking ? tr("End the conversation with the outreach worker? You can knock "
                                 "again later.")
                            : tr("Leave the queue? Your place goes to the next person."),
                    QMessageBox::Yes | QMessageBox::No, this);
    ask.setObjectName(QStringLiteral("leaveConfirmation"));
    ask.setDefaultButton(QMessageBox::No);
    if (ask.exec() == QMessageBox::Yes) workspace_.ticket()->leave();
  });
  connect(leave_message_, &QPushButton::clicked, this, [this] {
    if (shown_org_.isEmpty()) return;
    if (auto st = workspace_.ticket()->leaveMessage(shown_org_, message_->toPlainText()); !st) {
      Q_EMIT workspace_.info(QString::fromStdString(st.error().message));
    }
  });
  connect(ticket, &TicketSession::messageLeft, this, [this] { message_->clear(); });
  connect(ticket, &TicketSession::changed, this, &PermanencePanel::refresh);
  connect(workspace_.permanences(), &QAbstractItemModel::modelReset, this,
          &PermanencePanel::refresh);
  connect(workspace_.permanences(), &QAbstractItemModel::dataChanged, this,
          &PermanencePanel::refresh);
  refresh();
}

void PermanencePanel::showOrg(const QString& org) {
  org_ = org;
  language_->clear();
  PermanenceListModel* model = workspace_.permanences();
  QStringList languages =
      model->data(model->index(model->rowOf(org)), PermanenceListModel::LanguagesRole)
          .toStringList();
  for (const char* l : {"fr", "nl", "en"}) {
    if (!languages.contains(QLatin1String(l))) languages << QLatin1String(l);
  }
  for (const QString& l : languages) language_->addItem(languageName(l), l);
  const int mine = language_->findData(workspace_.language().left(2));
  if (mine >= 0) language_->setCurrentIndex(mine);
  refresh();
}

QString PermanencePanel::languageName(const QString& code) {
  if (code == QLatin1String("fr")) return tr("French");
  if (code == QLatin1String("nl")) return tr("Dutch");
  if (code == QLatin1String("en")) return tr("English");
  return languageInItself(code);
}

void PermanencePanel::refresh() {
  TicketSession* ticket = workspace_.ticket();
  PermanenceListModel* model = workspace_.permanences();
  // While a ticket is held, the panel shows its organisation whatever is selected. Otherwise it
  // shows the organisation chosen in the list, and what the session says (a closed door, an
  // ended conversation, the languages offered) only when it is that organisation's.
  const bool busy = ticket->state() == TicketSession::State::knocking ||
                    ticket->state() == TicketSession::State::waiting ||
                    ticket->state() == TicketSession::State::talking;
  const QString org = busy || org_.isEmpty() ? ticket->org() : org_;
  shown_org_ = org;
  const QModelIndex row = model->index(model->rowOf(org));
  if (org.isEmpty()) {
    title_->setText(tr("Choose a permanence in the list."));
  } else if (row.isValid()) {
    title_->setText(QStringLiteral("<b>%1</b><br>%2")
                        .arg(row.data(PermanenceListModel::NameRole).toString().toHtmlEscaped(),
                             row.data(PermanenceListModel::BadgeRole).toString().toHtmlEscaped()));
  } else {
    title_->setText(QStringLiteral("<b>%1</b>").arg(org.toHtmlEscaped()));
  }
  const bool same_org = !org.isEmpty() && ticket->org() == org;
  TicketSession::State state = same_org ? ticket->state() : TicketSession::State::idle;
  // One state at a time: the badge on top and the body say the same, from the same data (the
  // watched list) whenever the list has the organisation; a closed door's own answer otherwise.
  const engine::PermanenceView* view = model->find(org);
  const bool open_now = view && view->open;
  // A door closed because the queue was full stays said while the permanence is open.
  const bool queue_full = state == TicketSession::State::closed &&
                          ticket->closedDoor().full != engine::QueueFull::no;
  if (state == TicketSession::State::closed && open_now && !queue_full) {
    state = TicketSession::State::idle;
  }
  const QString closed_now =
      view ? TicketSession::closedText(view->slot_end_ms, view->slot_end_local, view->next_open_ms,
                                       view->next_open_local)
           : TicketSession::closedText(
                 ticket->closedDoor().slot_end_ms, ticket->closedDoor().slot_end_local,
                 ticket->closedDoor().next_open_ms, ticket->closedDoor().next_open_local);
  const bool closed_list = view && !open_now;  // the list says nobody holds it now
  if (org.isEmpty()) {
    status_->clear();
  } else if (state == TicketSession::State::idle && closed_list) {
    status_->setText(closed_now);
  } else if (queue_full) {
    status_->setText(ticket->statusText());
  } else if (state == TicketSession::State::closed) {
    status_->setText(
        ticket->placeEnded()
            ? TicketSession::tr(
                  "The permanence closed while you waited: your place in the queue has ended.") +
                  QLatin1Char(' ') + closed_now
            : closed_now);
  } else if (state == TicketSession::State::talking && closed_list) {
    // The last worker went off duty: a taken conversation goes on until one side ends it.
    status_->setText(ticket->statusText() + QLatin1Char(' ') +
                     tr("The permanence has closed; your conversation goes on until one of you "
                        "ends it."));
  } else if (state == TicketSession::State::ended && closed_list && state == ticket->state()) {
    const QString over =
        ticket->endReason() == engine::TicketEnd::permanence_closed
            ? TicketSession::tr("The permanence closed before a worker could take your ticket.")
            : tr("The conversation is over.");
    status_->setText(over + QLatin1Char(' ') + closed_now);
  } else {
    status_->setText(state == ticket->state()
                         ? ticket->statusText()
                         : TicketSession::tr("Knock to talk privately with an outreach worker."));
  }
  knock_->setEnabled(!org.isEmpty() && !busy);
  language_->setEnabled(!busy);
  handoff_->setVisible(same_org && ticket->handoffOffered());
  handoff_label_->setText(
      ticket->handoffName().isEmpty()
          ? tr("The worker offers to pass your conversation to a colleague.")
          : tr("The worker offers to pass your conversation to a colleague, %1.")
                .arg(ticket->handoffName().toHtmlEscaped()));
  const QStringList offered = ticket->languagesOffered();
  languages_->setVisible(!offered.isEmpty() && same_org);
  if (!offered.isEmpty()) {
    QStringList names;
    for (const QString& l : offered) names << languageName(l);
    languages_label_->setText(
        tr("This permanence is held in %1. You can knock anyway, or leave a message when it "
           "is closed.")
            .arg(names.join(QStringLiteral(", "))));
  }
  const bool talking = state == TicketSession::State::talking;
  // The lines of a conversation only under the name of the organisation it was held with.
  lines_->setVisible(talking || (same_org && !ticket->lines().empty()));
  composer_->setEnabled(talking);
  send_->setEnabled(talking);
  composer_->setVisible(talking);
  send_->setVisible(talking);
  leave_->setVisible(state == TicketSession::State::waiting || talking);
  leave_->setText(talking ? tr("End the conversation") : tr("Leave the queue"));
  if (same_org) {
    showTicketLines(lines_, ticket->lines(), tr("You"), tr("Outreach worker"), tr(" (sending)"));
  } else {
    lines_->clear();
  }
  // The messages left for the organisation and its answers: its conversation with her, named
  // after the organisation (never the worker who answered).
  const std::vector<TicketSession::Line> org_lines = ticket->orgLines(org);
  org_conversation_->setVisible(!org_lines.empty());
  if (!org_lines.empty()) {
    const QString name = row.isValid() ? row.data(PermanenceListModel::NameRole).toString() : org;
    org_conversation_->setTitle(tr("Your messages with %1").arg(name));
    showTicketLines(org_lines_, org_lines, tr("You"), name, QString());
    if (isVisible() && !ticket->unreadAnswers().isEmpty()) {
      workspace_.host().command([](engine::Engine& e) { (void)e.take_unread(); });
    }
  }
  // A closed door: the emergency numbers, and a message to leave.
  const bool closed = state == TicketSession::State::closed;
  closed_->setVisible(closed);
  if (closed) {
    QStringList numbers;
    // Each name in the interface language (engine::in_language's fallback order).
    const std::string language = workspace_.language().toStdString();
    for (const auto& e : ticket->closedDoor().emergency) {
      numbers << QStringLiteral("<b>%1</b> %2")
                     .arg(QString::fromStdString(e.number).toHtmlEscaped(),
                          QString::fromStdString(engine::in_language(e.names, language))
                              .toHtmlEscaped());
    }
    emergency_->setText(tr("In an emergency, call:") + QStringLiteral("<br>") +
                        numbers.join(QStringLiteral("<br>")));
    const bool can_leave = ticket->closedDoor().can_leave_message;
    message_->setVisible(can_leave);
    leave_message_->setVisible(can_leave);
  }
}

void PermanencePanel::sendComposed() {
  if (auto st = workspace_.ticket()->say(composer_->text()); !st) {
    Q_EMIT workspace_.info(QString::fromStdString(st.error().message));
    return;
  }
  composer_->clear();
}

}  // namespace relais::qt

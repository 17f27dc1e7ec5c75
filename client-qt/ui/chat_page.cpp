#include "client-qt/ui/chat_page.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "client-qt/core/workspace.h"
#include "client-qt/ui/moderation_panel.h"
#include "client-qt/ui/permanence_panel.h"
#include "client-qt/ui/worker_panel.h"

namespace relais::qt {

ChatPage::ChatPage(Workspace& workspace, QWidget* parent) : QWidget(parent), workspace_(workspace) {
  // ---- Side list
  auto* side = new QWidget(this);
  auto* rooms_label = new QLabel(tr("<b>Rooms</b>"), side);
  rooms_ = new QListView(side);
  rooms_->setObjectName(QStringLiteral("roomsView"));
  rooms_->setModel(workspace_.rooms());
  rooms_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  auto* directs_label = new QLabel(tr("<b>Direct conversations</b>"), side);
  directs_ = new QListView(side);
  directs_->setObjectName(QStringLiteral("directsView"));
  directs_->setModel(workspace_.directs());
  directs_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  // A look-alike's warning is read whole: the line folds in the narrow column.
  directs_->setWordWrap(true);
  directs_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  auto* new_direct = new QPushButton(tr("Write to an id\u2026"), side);
  new_direct->setObjectName(QStringLiteral("newDirectButton"));
  connect(new_direct, &QPushButton::clicked, this, [this] {
    bool ok = false;
    const QString id = QInputDialog::getText(
        this, tr("New conversation"),
        tr("The person's Relais id (26 letters and digits; they see it in their profile):"),
        QLineEdit::Normal, {}, &ok);
    if (!ok || id.trimmed().isEmpty()) return;
    const QString name = QInputDialog::getText(this, tr("New conversation"),
                                               tr("A name for this person, on this computer only:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok) return;
    if (auto st = workspace_.addContact(name, id); !st) {
      Q_EMIT workspace_.info(QString::fromStdString(st.error().message));
    }
  });
  // Chat permanences (issue 7): each organisation with "open now" or its next opening; a click
  // shows it in the permanence tab on the right.
  auto* permanences = new QGroupBox(tr("Chat permanences (Brussels time)"), side);
  permanences->setObjectName(QStringLiteral("permanencesBox"));
  permanences_ = new QListView(permanences);
  permanences_->setObjectName(QStringLiteral("permanencesView"));
  permanences_->setModel(workspace_.permanences());
  permanences_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  permanences_->setWordWrap(true);
  auto* permanences_layout = new QVBoxLayout(permanences);
  permanences_layout->addWidget(permanences_);
  auto* side_layout = new QVBoxLayout(side);
  side_layout->setContentsMargins(0, 0, 0, 0);
  side_layout->addWidget(rooms_label);
  side_layout->addWidget(rooms_, 3);
  side_layout->addWidget(directs_label);
  side_layout->addWidget(directs_, 2);
  side_layout->addWidget(new_direct);
  side_layout->addWidget(permanences, 2);

  // ---- Conversation
  auto* center = new QWidget(this);
  title_ = new QLabel(center);
  title_->setObjectName(QStringLiteral("conversationTitle"));
  join_ = new QPushButton(tr("Join this room"), center);
  join_->setObjectName(QStringLiteral("joinButton"));
  join_->hide();
  pinned_ = new QLabel(center);
  pinned_->setObjectName(QStringLiteral("pinnedAlert"));
  pinned_->setWordWrap(true);
  pinned_->setStyleSheet(QStringLiteral(
      "background: #fff1c2; border: 1px solid #d9b44a; padding: 6px; color: #3a2a00;"));
  pinned_->hide();
  conversation_ = new QListView(center);
  conversation_->setObjectName(QStringLiteral("conversationView"));
  conversation_->setModel(workspace_.conversation());
  conversation_->setWordWrap(true);
  conversation_->setSpacing(3);
  conversation_->setUniformItemSizes(false);
  conversation_->setSelectionMode(QAbstractItemView::SingleSelection);
  conversation_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  conversation_->setContextMenuPolicy(Qt::CustomContextMenu);
  conversation_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
  composer_ = new QLineEdit(center);
  composer_->setObjectName(QStringLiteral("composer"));
  composer_->setPlaceholderText(tr("Write a message"));
  composer_->setMaxLength(8000);
  send_ = new QPushButton(tr("Send"), center);
  send_->setObjectName(QStringLiteral("sendButton"));
  auto* header = new QHBoxLayout;
  header->addWidget(title_, 1);
  header->addWidget(join_);
  auto* compose = new QHBoxLayout;
  compose->addWidget(composer_, 1);
  compose->addWidget(send_);
  auto* center_layout = new QVBoxLayout(center);
  center_layout->setContentsMargins(0, 0, 0, 0);
  center_layout->addLayout(header);
  center_layout->addWidget(pinned_);
  center_layout->addWidget(conversation_, 1);
  center_layout->addLayout(compose);
  // The worker's desk is a second tab, there only for accounts that work for an organisation:
  // members see no tab bar at all.
  center_tabs_ = new QTabWidget(this);
  center_tabs_->setObjectName(QStringLiteral("centerTabs"));
  center_tabs_->setTabBarAutoHide(true);
  center_tabs_->addTab(center, tr("Conversation"));
  desk_ = new WorkerPanel(workspace_, center_tabs_);
  desk_->setObjectName(QStringLiteral("workerPanel"));
  auto show_desk = [this] {
    const int at = center_tabs_->indexOf(desk_);
    if (workspace_.desk()->isWorker() && at < 0) {
      center_tabs_->addTab(desk_, tr("Outreach desk"));
    } else if (!workspace_.desk()->isWorker() && at >= 0) {
      center_tabs_->removeTab(at);
    }
  };
  connect(workspace_.desk(), &WorkerDesk::orgsChanged, this, show_desk);
  desk_->hide();
  show_desk();

  // ---- Members and moderation
  side_tabs_ = new QTabWidget(this);
  members_ = new QListView(side_tabs_);
  members_->setObjectName(QStringLiteral("membersView"));
  members_->setModel(workspace_.members());
  members_->setWordWrap(true);
  members_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  members_->setContextMenuPolicy(Qt::CustomContextMenu);
  auto* members_tab = new QWidget(side_tabs_);
  // Short words on the buttons (a narrow column); the whole sentence in their tooltips.
  verify_ = new QPushButton(tr("Mark verified"), members_tab);
  verify_->setObjectName(QStringLiteral("verifyButton"));
  verify_->setToolTip(tr("Mark verified (the safety numbers match)"));
  accept_key_ = new QPushButton(tr("Accept the new key"), members_tab);
  accept_key_->setObjectName(QStringLiteral("acceptKeyButton"));
  accept_key_->setToolTip(tr("Accept the new identity key without comparing"));
  for (auto* b : {verify_, accept_key_}) b->setVisible(false);
  auto* members_layout = new QVBoxLayout(members_tab);
  members_layout->setContentsMargins(0, 0, 0, 0);
  members_layout->addWidget(members_, 1);
  members_layout->addWidget(verify_);
  members_layout->addWidget(accept_key_);
  side_tabs_->addTab(members_tab, tr("Members"));
  auto told = [this](const Status& st) {
    if (!st) {
      QMessageBox::information(this, tr("Safety number"),
                               QString::fromStdString(st.error().message));
    }
    updateIdentityButtons();
  };
  connect(verify_, &QPushButton::clicked, this, [this, told] { told(workspace_.verifyPeer()); });
  connect(accept_key_, &QPushButton::clicked, this,
          [this, told] { told(workspace_.acceptPeerKey()); });
  connect(workspace_.members(), &QAbstractItemModel::modelReset, this,
          &ChatPage::updateIdentityButtons);
  connect(workspace_.members(), &QAbstractItemModel::dataChanged, this,
          &ChatPage::updateIdentityButtons);
  permanence_ = new PermanencePanel(workspace_, side_tabs_);
  permanence_->setObjectName(QStringLiteral("permanencePanel"));
  side_tabs_->addTab(permanence_, tr("Permanence"));
  moderation_ = new ModerationPanel(workspace_, side_tabs_);
  moderation_->setObjectName(QStringLiteral("moderationPanel"));

  auto* splitter = new QSplitter(this);
  splitter->addWidget(side);
  splitter->addWidget(center_tabs_);
  splitter->addWidget(side_tabs_);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 3);
  splitter->setStretchFactor(2, 1);
  splitter->setSizes({220, 560, 240});
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(splitter);

  connect(permanences_, &QListView::clicked, this, &ChatPage::openPermanenceAt);
  // An organisation answered a message left out of hours: show its conversation.
  connect(workspace_.ticket(), &TicketSession::orgAnswered, this, [this](const QString& org) {
    permanence_->showOrg(org);
    side_tabs_->setCurrentWidget(permanence_);
  });
  connect(permanences_, &QListView::activated, this, &ChatPage::openPermanenceAt);
  connect(rooms_, &QListView::clicked, this, &ChatPage::openRoomAt);
  connect(rooms_, &QListView::activated, this, &ChatPage::openRoomAt);
  connect(rooms_, &QListView::doubleClicked, this, [this](const QModelIndex& i) {
    if (!i.data(RoomListModel::JoinedRole).toBool() &&
        !i.data(RoomListModel::PendingRole).toBool()) {
      join(i.data(RoomListModel::RoomIdRole).toString());
    }
  });
  rooms_->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(rooms_, &QListView::customContextMenuRequested, this, [this](const QPoint& pos) {
    const QModelIndex i = rooms_->indexAt(pos);
    if (!i.isValid()) return;
    const QString room = i.data(RoomListModel::RoomIdRole).toString();
    QMenu menu(this);
    if (i.data(RoomListModel::JoinedRole).toBool()) {
      menu.addAction(tr("Leave this room"), this, [this, room] { workspace_.leaveRoom(room); });
    } else if (!i.data(RoomListModel::PendingRole).toBool()) {
      menu.addAction(tr("Join this room"), this, [this, room] { join(room); });
    }
    if (!menu.isEmpty()) menu.exec(rooms_->viewport()->mapToGlobal(pos));
  });
  connect(directs_, &QListView::clicked, this, &ChatPage::openDirectAt);
  connect(directs_, &QListView::activated, this, &ChatPage::openDirectAt);
  connect(join_, &QPushButton::clicked, this, [this] {
    const QString room = workspace_.conversation()->room();
    if (!room.isEmpty()) join(room);
  });
  connect(send_, &QPushButton::clicked, this, &ChatPage::sendComposed);
  connect(composer_, &QLineEdit::returnPressed, this, &ChatPage::sendComposed);
  connect(&workspace_, &Workspace::conversationChanged, this, &ChatPage::updateHeader);
  connect(workspace_.rooms(), &QAbstractItemModel::dataChanged, this, &ChatPage::updateHeader);
  connect(workspace_.rooms(), &QAbstractItemModel::modelReset, this, &ChatPage::updateHeader);
  connect(workspace_.conversation(), &ConversationModel::pinnedAlertChanged, this,
          &ChatPage::updateHeader);
  connect(workspace_.conversation(), &QAbstractItemModel::rowsInserted, conversation_,
          [this] { conversation_->scrollToBottom(); });
  connect(workspace_.conversation(), &QAbstractItemModel::modelReset, conversation_,
          [this] { conversation_->scrollToBottom(); });
  connect(&workspace_, &Workspace::moderatorChanged, this, [this](bool moderator) {
    const int at = side_tabs_->indexOf(moderation_);
    if (moderator && at < 0) {
      side_tabs_->addTab(moderation_, tr("Moderation"));
      moderation_->setRoom(workspace_.conversation()->room());
    } else if (!moderator && at >= 0) {
      side_tabs_->removeTab(at);
    }
  });
  connect(members_, &QListView::customContextMenuRequested, this, &ChatPage::memberMenu);
  connect(conversation_, &QListView::customContextMenuRequested, this, &ChatPage::messageMenu);
  if (workspace_.moderatorHere()) {
    side_tabs_->addTab(moderation_, tr("Moderation"));
    moderation_->setRoom(workspace_.conversation()->room());
  } else {
    moderation_->hide();
  }
  updateHeader();
}

void ChatPage::openRoomAt(const QModelIndex& index) {
  if (!index.isValid()) return;
  directs_->clearSelection();
  workspace_.openRoom(index.data(RoomListModel::RoomIdRole).toString());
}

void ChatPage::openDirectAt(const QModelIndex& index) {
  if (!index.isValid()) return;
  rooms_->clearSelection();
  auto peer =
      AccountId::from_text(index.data(DirectListModel::PeerIdRole).toString().toStdString());
  if (peer) workspace_.openDirect(*peer);
}

void ChatPage::updateIdentityButtons() {
  // A private conversation lists its one person: the buttons are hers, shown while they mean
  // something (not yet verified; a changed key).
  MemberModel* m = workspace_.members();
  const bool direct = workspace_.conversation()->kind() == ConversationModel::Kind::direct &&
                      m->room().isEmpty() && m->rowCount() == 1;
  const QModelIndex person = direct ? m->index(0) : QModelIndex();
  const bool has_number =
      person.isValid() && !person.data(MemberModel::SafetyNumberRole).toString().isEmpty();
  verify_->setVisible(has_number && !person.data(MemberModel::VerifiedRole).toBool());
  accept_key_->setVisible(person.isValid() && workspace_.peerKeyChanged());
}

void ChatPage::updateHeader() {
  ConversationModel* c = workspace_.conversation();
  const QString title = workspace_.conversationTitle();
  title_->setText(title.isEmpty() ? tr("Choose a room or a conversation on the left.")
                                  : QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped()));
  bool can_write = c->kind() == ConversationModel::Kind::direct;
  bool show_join = false;
  if (c->kind() == ConversationModel::Kind::room) {
    const int row = workspace_.rooms()->rowOf(c->room());
    const QModelIndex i = workspace_.rooms()->index(row);
    const bool joined = row >= 0 && i.data(RoomListModel::JoinedRole).toBool();
    const bool pending = row >= 0 && i.data(RoomListModel::PendingRole).toBool();
    can_write = joined;
    show_join = !joined && !pending;
  }
  join_->setVisible(show_join);
  updateIdentityButtons();
  composer_->setEnabled(can_write);
  send_->setEnabled(can_write);
  const QString alert = c->pinnedAlert();
  pinned_->setText(QStringLiteral("\u26a0 <b>%1</b><br>%2")
                       .arg(tr("Safety alert").toHtmlEscaped(), alert.toHtmlEscaped()));
  pinned_->setVisible(!alert.isEmpty());
}

void ChatPage::sendComposed() {
  const QString text = composer_->text();
  if (text.trimmed().isEmpty()) return;
  if (auto st = workspace_.send(text); !st) {
    Q_EMIT workspace_.info(QString::fromStdString(st.error().message));
    return;
  }
  composer_->clear();
}

void ChatPage::memberMenu(const QPoint& pos) {
  const QModelIndex i = members_->indexAt(pos);
  if (!i.isValid() || i.data(MemberModel::SelfRole).toBool()) return;
  auto id = AccountId::from_text(i.data(MemberModel::IdRole).toString().toStdString());
  if (!id) return;
  const QString room = workspace_.members()->room();
  QMenu menu(this);
  if (room.isEmpty()) {
    // The person of the direct conversation: the safety number is shown with them.
    auto told = [this](const Status& st) {
      if (!st)
        QMessageBox::information(this, tr("Safety number"),
                                 QString::fromStdString(st.error().message));
    };
    menu.addAction(tr("Mark verified (the safety numbers match)"), this,
                   [this, told] { told(workspace_.verifyPeer()); });
    if (workspace_.peerKeyChanged()) {
      menu.addAction(tr("Accept the new identity key without comparing"), this,
                     [this, told] { told(workspace_.acceptPeerKey()); });
    }
    menu.exec(members_->viewport()->mapToGlobal(pos));
    return;
  }
  menu.addAction(tr("Write privately"), this, [this, id, i] {
    workspace_.openDirect(*id, i.data(MemberModel::NameRole).toString());
  });
  if (workspace_.moderatorHere() && !room.isEmpty()) {
    auto act = [this, id, room](engine::ModKind kind, uint64_t duration_s) {
      engine::ModCommand c;
      c.kind = kind;
      c.room = room.toStdString();
      c.target = *id;
      c.duration_s = duration_s;
      workspace_.moderate(c);
    };
    menu.addSeparator();
    menu.addAction(tr("Mute for an hour"), this, [act] { act(engine::ModKind::mute, 3600); });
    menu.addAction(tr("Remove from the room"), this, [act] { act(engine::ModKind::kick, 0); });
    menu.addAction(tr("Ban from the room"), this, [act] { act(engine::ModKind::ban, 0); });
  }
  menu.exec(members_->viewport()->mapToGlobal(pos));
}

void ChatPage::messageMenu(const QPoint& pos) {
  const QModelIndex i = conversation_->indexAt(pos);
  ConversationModel* c = workspace_.conversation();
  if (!i.isValid() || c->kind() != ConversationModel::Kind::room) return;
  if (i.data(ConversationModel::KindRole).toString() != QLatin1String("message")) return;
  const uint64_t seq = i.data(ConversationModel::SeqRole).toULongLong();
  if (seq == 0) return;
  QMenu menu(this);
  if (!i.data(ConversationModel::OwnRole).toBool()) {
    menu.addAction(tr("Report this message\u2026"), this, [this, seq] { reportMessage(seq); });
  }
  if (workspace_.moderatorHere()) {
    const QString room = c->room();
    menu.addAction(tr("Remove this message"), this, [this, seq, room] {
      engine::ModCommand m;
      m.kind = engine::ModKind::remove;
      m.room = room.toStdString();
      m.seq = seq;
      workspace_.moderate(m);
    });
  }
  if (!menu.isEmpty()) menu.exec(conversation_->viewport()->mapToGlobal(pos));
}

void ChatPage::reportMessage(uint64_t seq) {
  const std::pair<engine::ReportReason, QString> reasons[] = {
      {engine::ReportReason::harassment, ReportModel::reasonText(engine::ReportReason::harassment)},
      {engine::ReportReason::doxing, ReportModel::reasonText(engine::ReportReason::doxing)},
      {engine::ReportReason::exploitation,
       ReportModel::reasonText(engine::ReportReason::exploitation)},
      {engine::ReportReason::threat, ReportModel::reasonText(engine::ReportReason::threat)},
      {engine::ReportReason::spam, ReportModel::reasonText(engine::ReportReason::spam)},
      {engine::ReportReason::other, ReportModel::reasonText(engine::ReportReason::other)},
  };
  QStringList labels;
  for (const auto& r : reasons) labels << r.second;
  bool ok = false;
  const QString chosen =
      QInputDialog::getItem(this, tr("Report"), tr("Why do you report it?"), labels, 0, false, &ok);
  if (!ok) return;
  const QString comment =
      QInputDialog::getText(this, tr("Report"), tr("A comment for the moderators (optional):"),
                            QLineEdit::Normal, {}, &ok);
  if (!ok) return;
  const auto reason = reasons[std::max<qsizetype>(0, labels.indexOf(chosen))].first;
  if (auto st = workspace_.report(workspace_.conversation()->room(), seq, reason, comment); !st) {
    Q_EMIT workspace_.info(QString::fromStdString(st.error().message));
  }
}

}  // namespace relais::qt

namespace relais::qt {

void ChatPage::join(const QString& room) {
  RoomListModel* rooms = workspace_.rooms();
  const QModelIndex i = rooms->index(rooms->rowOf(room));
  QString invite;
  // An invite room lets in only those with a code from one of its moderators: ask for it.
  if (rooms->policyOf(room) == engine::JoinPolicy::invite) {
    bool ok = false;
    invite = QInputDialog::getText(
                 this, tr("Invite code"),
                 tr("%1 admits members with an invite code from its moderators. The code:")
                     .arg(i.data(RoomListModel::NameRole).toString()),
                 QLineEdit::Normal, {}, &ok)
                 .trimmed();
    if (!ok || invite.isEmpty()) return;
  }
  workspace_.joinRoom(room, invite);
}

void ChatPage::openPermanenceAt(const QModelIndex& index) {
  if (!index.isValid()) return;
  permanence_->showOrg(index.data(PermanenceListModel::OrgRole).toString());
  side_tabs_->setCurrentWidget(permanence_);
}

}  // namespace relais::qt

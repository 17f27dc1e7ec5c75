#include "client-qt/core/workspace.h"

#include <QCoreApplication>
#include <utility>

#include "client-qt/core/engine_host.h"
#include "client-qt/core/failure_text.h"

namespace relais::qt {
namespace {

namespace ev = engine::event;

QString fromStd(const std::string& s) {
  return QString::fromStdString(s);
}
std::string utf8(const QString& s) {
  return s.toUtf8().toStdString();
}

}  // namespace

Workspace::Workspace(EngineHost& host, QObject* parent)
    : QObject(parent), host_(host), ticket_(host), desk_(host) {
  connect(&ticket_, &TicketSession::info, this, &Workspace::info);
  connect(&ticket_, &TicketSession::orgAnswered, this, [this](const QString& org) {
    const engine::PermanenceView* p = permanences_.find(org);
    // At log-in the list is not read yet: said once it names the organisation.
    if (!p) {
      if (!answered_unnamed_.contains(org)) answered_unnamed_ << org;
      return;
    }
    Q_EMIT info(tr("%1 answered your message: it is under Permanence.")
                    .arg(p->name.empty() ? org : fromStd(p->name)));
  });
  connect(&desk_, &WorkerDesk::info, this, &Workspace::info);
  connect(&desk_, &WorkerDesk::dutyChanged, this, &Workspace::refreshPermanences);  // open now?
  // "Open now" and "next opening" age: ask again every minute while unlocked.
  permanence_timer_.setInterval(60 * 1000);
  connect(&permanence_timer_, &QTimer::timeout, this, &Workspace::refreshPermanences);
  conversation_.setNameResolver([this](const AccountId& id) { return nameFor(id); });
  conversation_.setPersonResolver([this](const AccountId& id) {
    const engine::Engine* e = host_.engine();
    engine::Person p;
    p.id = id;
    return e ? e->person(id) : p;
  });
  conversation_.setSelf([this] {
    const engine::Engine* e = host_.engine();
    return e ? e->account_id() : AccountId{};
  });
  connect(&host_, &EngineHost::engineEvent, this, &Workspace::handle);
  // Out of reach, the side list no longer says a door is open now (what it last knew, and when).
  connect(&host_, &EngineHost::linkChanged, this, [this] {
    permanences_.setReachable(host_.link() != EngineHost::Link::offline &&
                              host_.link() != EngineHost::Link::connecting);
  });
  connect(&host_, &EngineHost::unlockedChanged, this, [this](bool unlocked) {
    if (unlocked) {
      primeFromEngine();
    } else {
      clearAll();
    }
  });
}

void Workspace::setLanguage(const QString& language) {
  rooms_.setLanguage(language);
  permanences_.retranslate();
  desk_.setLanguage();
  // The other models translate at data() time: tell views to ask again.
  for (QAbstractListModel* m : std::initializer_list<QAbstractListModel*>{&directs_, &conversation_,
                                                                          &members_, &reports_}) {
    if (m->rowCount() > 0) Q_EMIT m->dataChanged(m->index(0), m->index(m->rowCount() - 1));
  }
  Q_EMIT conversationChanged();
}

QString Workspace::nameFor(const AccountId& id) const {
  const engine::Engine* e = host_.engine();
  if (!e || id.empty()) return {};
  if (id == e->account_id()) return fromStd(e->name());
  if (auto n = e->contact_name(id)) return fromStd(*n);
  if (auto n = e->pseudonym(id)) return fromStd(*n);
  return {};
}

QString Workspace::peerName(const AccountId& id) const {
  const QString n = nameFor(id);
  return n.isEmpty() ? fromStd(id.text()).left(8) : n;
}

QString Workspace::conversationTitle() const {
  switch (conversation_.kind()) {
    case ConversationModel::Kind::room:
      return rooms_.displayName(conversation_.room());
    case ConversationModel::Kind::direct:
      return peerName(conversation_.peer());
    case ConversationModel::Kind::none:
      break;
  }
  return {};
}

bool Workspace::moderatorHere() const {
  return moderator_here_;
}

void Workspace::primeFromEngine() {
  const engine::Engine* e = host_.engine();
  if (!e) return;
  for (const auto& room : e->joined_rooms()) {
    const QString id = fromStd(room);
    rooms_.setJoined(id, true);
    int unread = 0;
    for (const auto& item : e->room_history(room)) {
      if (item.unread && !item.is_event && !item.outgoing) ++unread;
    }
    rooms_.addUnread(id, unread);
  }
  for (const auto& m : e->history()) {
    if (!m.ticket.empty() || !m.org.empty()) continue;  // the permanences' own conversations
    directs_.note(m.peer, peerName(m.peer), m.time_ms, m.unread ? 1 : 0);
  }
  reports_.setReports(e->reports());
  refreshDirectPeople();
  // An organisation's answer that came while the window was locked or closed: say so now.
  for (const QString& org : ticket_.unreadAnswers()) Q_EMIT ticket_.orgAnswered(org);
}

// Marks, badges and warnings in the list of private conversations follow the engine's people.
void Workspace::refreshDirectPeople() {
  const engine::Engine* e = host_.engine();
  if (!e) return;
  directs_.setPeople([e](const AccountId& id) { return e->person(id); });
  conversation_.peopleChanged();
}

void Workspace::clearAll() {
  conversation_.clear();
  members_.clear();
  rooms_.clear();
  directs_.clear();
  reports_.clear();
  permanences_.clear();
  permanence_timer_.stop();
  ticket_.clear();
  answered_unnamed_.clear();
  my_requests_.clear();
  session_request_ = 0;
  if (moderator_here_) {
    moderator_here_ = false;
    Q_EMIT moderatorChanged(false);
  }
  Q_EMIT conversationChanged();
}

void Workspace::markShownRead() {
  // The engine marks every conversation read at once; the side lists keep the other counts.
  host_.command([&](engine::Engine& e) {
    if (conversation_.kind() == ConversationModel::Kind::room) {
      (void)e.take_room_unread();
      rooms_.clearUnread(conversation_.room());
    } else if (conversation_.kind() == ConversationModel::Kind::direct) {
      (void)e.take_unread();
      directs_.clearUnread(conversation_.peer());
    }
  });
}

void Workspace::openRoom(const QString& room) {
  const engine::Engine* e = host_.engine();
  if (!e) return;
  conversation_.showRoom(room, e->room_history(utf8(room)));
  members_.clear();
  if (moderator_here_) {
    moderator_here_ = false;
    Q_EMIT moderatorChanged(false);
  }
  markShownRead();
  Q_EMIT conversationChanged();
  refreshMembers();
}

void Workspace::openDirect(const AccountId& peer, const QString& name) {
  const engine::Engine* e = host_.engine();
  if (!e || peer.empty()) return;
  if (directs_.rowOf(peer) < 0) {
    directs_.note(peer, name.isEmpty() ? peerName(peer) : name, wallClockMs());
  }
  conversation_.showDirect(peer, e->history());
  if (moderator_here_) {
    moderator_here_ = false;
    Q_EMIT moderatorChanged(false);
  }
  markShownRead();
  showSafetyNumber();
  Q_EMIT conversationChanged();
}

void Workspace::showSafetyNumber() {
  const engine::Engine* e = host_.engine();
  const AccountId peer = conversation_.peer();
  if (!e || peer.empty()) return;
  QString digits;
  if (auto sn = e->safety_number(peer)) digits = fromStd(*sn);
  members_.setDirectContact(e->person(peer), peerName(peer), digits);
  refreshDirectPeople();
  if (digits.isEmpty()) {
    // The identity key comes with the bundle.
    host_.command([&](engine::Engine& en) { session_request_ = en.open_session(peer); });
  }
}

Status Workspace::addContact(const QString& name, const QString& id_text) {
  auto id = AccountId::from_text(utf8(id_text.trimmed().toLower()));
  if (!id) {
    return Error{Errc::invalid_argument,
                 utf8(tr("This is not a Relais id (26 letters and digits)."))};
  }
  if (!host_.engine()) return Error{Errc::permission, utf8(tr("The profile is locked."))};
  engine::Checked<void> added;
  host_.command([&](engine::Engine& e) { added = e.add_contact(utf8(name.trimmed()), *id); });
  if (!added) {
    if (added.failure().problem == engine::Problem::contact_id_taken) {
      openDirect(*id);  // already a contact, under another name
      return ok_status();
    }
    return FailureText::error(added.failure());
  }
  openDirect(*id, name.trimmed());
  return ok_status();
}

void Workspace::refreshRooms() {
  host_.command([](engine::Engine& e) { e.list_rooms(); });
}

void Workspace::refreshMembers() {
  if (conversation_.kind() != ConversationModel::Kind::room) return;
  if (!rooms_.data(rooms_.index(rooms_.rowOf(conversation_.room())), RoomListModel::JoinedRole)
           .toBool()) {
    return;
  }
  host_.command([&](engine::Engine& e) { e.list_members(utf8(conversation_.room())); });
}

void Workspace::refreshPermanences() {
  host_.command([](engine::Engine& e) { e.list_permanences(/*watch=*/true); });
}

std::optional<engine::ResourceDirectory> Workspace::cachedResources() const {
  const engine::Engine* e = host_.engine();
  if (!e) return std::nullopt;
  return e->cached_resources();
}

void Workspace::requestResources() {
  host_.command([](engine::Engine& e) { e.get_resources(); });
}

void Workspace::joinRoom(const QString& room, const QString& invite) {
  host_.command(
      [&](engine::Engine& e) { my_requests_.insert(e.join_room(utf8(room), utf8(invite))); });
}

void Workspace::leaveRoom(const QString& room) {
  host_.command([&](engine::Engine& e) { my_requests_.insert(e.leave_room(utf8(room))); });
}

Status Workspace::send(const QString& text) {
  if (!host_.engine()) return Error{Errc::permission, utf8(tr("The profile is locked."))};
  const QString trimmed = text.trimmed();
  if (trimmed.isEmpty()) return Error{Errc::invalid_argument, utf8(tr("The message is empty."))};
  Status st = ok_status();
  host_.command([&](engine::Engine& e) {
    const uint64_t now = wallClockMs();
    if (conversation_.kind() == ConversationModel::Kind::none) {
      st = Error{Errc::invalid_argument, utf8(tr("Choose a conversation first."))};
      return;
    }
    if (conversation_.kind() == ConversationModel::Kind::direct &&
        e.person(conversation_.peer()).key_changed) {
      // Nothing goes silently to a key that replaced the one this person knew.
      st = Error{Errc::permission,
                 utf8(tr("Not sent: the identity key of %1 changed. It may be a new phone, or "
                         "someone else. Compare the safety number, then mark them verified; "
                         "or accept the new key (right-click on their name).")
                          .arg(peerName(conversation_.peer())))};
      return;
    }
    const auto r = conversation_.kind() == ConversationModel::Kind::room
                       ? e.say(utf8(conversation_.room()), utf8(trimmed), now)
                       : e.send_text(conversation_.peer(), utf8(trimmed), now);
    if (!r) {
      st = FailureText::error(r.failure());
      return;
    }
    // Pending before the turn hands on the answer, which may come at once.
    conversation_.addPending(*r, fromStd(e.name()), trimmed, now);
    if (conversation_.kind() == ConversationModel::Kind::direct) {
      directs_.note(conversation_.peer(), {}, now);
    }
  });
  return st;
}

Status Workspace::verifyPeer() {
  const AccountId peer = conversation_.peer();
  if (!host_.engine() || peer.empty()) {
    return Error{Errc::invalid_argument, utf8(tr("Choose a conversation first."))};
  }
  Status st = ok_status();
  host_.command([&](engine::Engine& e) { st = e.verify(peer); });
  if (!st) return Error{st.error().code, utf8(FailureText::of(engine::Problem::no_safety_number))};
  showSafetyNumber();
  Q_EMIT info(
      tr("%1 is verified on this device, until their identity key changes.").arg(peerName(peer)));
  return ok_status();
}

Status Workspace::acceptPeerKey() {
  const AccountId peer = conversation_.peer();
  if (!host_.engine() || peer.empty()) {
    return Error{Errc::invalid_argument, utf8(tr("Choose a conversation first."))};
  }
  Status st = ok_status();
  host_.command([&](engine::Engine& e) { st = e.accept_key(peer); });
  if (!st) return st;
  showSafetyNumber();
  Q_EMIT info(tr("Messages go to the new key of %1. It is not verified: compare the safety "
                 "number when you can.")
                  .arg(peerName(peer)));
  return ok_status();
}

bool Workspace::peerKeyChanged() const {
  const engine::Engine* e = host_.engine();
  const AccountId peer = conversation_.peer();
  return e && !peer.empty() && e->person(peer).key_changed;
}

void Workspace::listJoinRequests(const QString& room) {
  host_.command([&](engine::Engine& e) { my_requests_.insert(e.list_join_requests(utf8(room))); });
}

void Workspace::moderate(const engine::ModCommand& command) {
  host_.command([&](engine::Engine& e) { my_requests_.insert(e.mod_action(command)); });
}

void Workspace::markReportHandled(const QString& report_id) {
  host_.command(
      [&](engine::Engine& e) { my_requests_.insert(e.mark_report_handled(utf8(report_id))); });
}

Status Workspace::track(
    const std::function<engine::Checked<engine::RequestId>(engine::Engine&)>& start) {
  Status st = Error{Errc::permission, utf8(tr("The profile is locked."))};
  host_.command([&](engine::Engine& e) {
    auto r = start(e);
    if (!r) {
      st = FailureText::error(r.failure());
      return;
    }
    my_requests_.insert(*r);  // before the turn hands on its answer
    st = ok_status();
  });
  return st;
}

Status Workspace::pinAlert(const QString& room, const QString& text, uint64_t duration_s) {
  return track([&](engine::Engine& e) {
    return e.pin_alert(utf8(room), utf8(text), duration_s, wallClockMs());
  });
}

Status Workspace::report(const QString& room, uint64_t seq, engine::ReportReason reason,
                         const QString& comment) {
  return track([&](engine::Engine& e) {
    return e.report(utf8(room), seq, reason, utf8(comment), wallClockMs());
  });
}

std::optional<engine::Message> Workspace::sentMessage(const std::string& message_id) const {
  const engine::Engine* e = host_.engine();
  if (!e || message_id.empty()) return std::nullopt;
  const std::vector<engine::Message> history = e->history();
  for (auto it = history.rbegin(); it != history.rend(); ++it) {
    if (it->outgoing && it->message_id == message_id) return *it;
  }
  return std::nullopt;
}

void Workspace::handle(const engine::Event& event) {
  const engine::Engine* e = host_.engine();
  const bool room_shown = conversation_.kind() == ConversationModel::Kind::room;
  if (ticket_.handle(event)) return;  // our ticket's answers, pushes and messages
  if (desk_.handle(event)) return;    // the worker's desk: tickets taken, queue, inbox, counts
  if (std::holds_alternative<ev::LoggedIn>(event) ||
      std::holds_alternative<ev::Registered>(event)) {
    refreshRooms();
    refreshMembers();
    refreshPermanences();
    ticket_.restore();
    permanence_timer_.start();
  } else if (const auto* pl = std::get_if<ev::PermanencesListed>(&event)) {
    permanences_.setPermanences(pl->permanences);
    for (const QString& org : std::exchange(answered_unnamed_, {})) {
      const engine::PermanenceView* p = permanences_.find(org);
      Q_EMIT info(tr("%1 answered your message: it is under Permanence.")
                      .arg(p && !p->name.empty() ? fromStd(p->name) : org));
    }
  } else if (const auto* rr = std::get_if<ev::ResourcesRead>(&event)) {
    Q_EMIT resourcesRead(rr->directory);
  } else if (const auto* pn = std::get_if<ev::PermanenceNotice>(&event)) {
    if (pn->kind == engine::PermanenceNoticeKind::opened ||
        pn->kind == engine::PermanenceNoticeKind::closed) {
      refreshPermanences();
    }
  } else if (const auto* l = std::get_if<ev::RoomsListed>(&event)) {
    rooms_.setRooms(l->rooms);
    Q_EMIT conversationChanged();
  } else if (const auto* j = std::get_if<ev::RoomJoined>(&event)) {
    const QString room = fromStd(j->room);
    rooms_.setJoined(room, !j->pending, j->pending);
    Q_EMIT info(
        j->pending
            ? tr("Your request to join %1 waits for a moderator.").arg(rooms_.displayName(room))
            : tr("You joined %1.").arg(rooms_.displayName(room)));
    if (room_shown && conversation_.room() == room) openRoom(room);
    refreshRooms();
  } else if (const auto* a = std::get_if<ev::JoinAnswered>(&event)) {
    const QString room = fromStd(a->room);
    rooms_.setJoined(room, a->approved, false);
    Q_EMIT info(a->approved
                    ? tr("A moderator let you into %1.").arg(rooms_.displayName(room))
                    : tr("Your request to join %1 was refused.").arg(rooms_.displayName(room)));
    if (room_shown && conversation_.room() == room) openRoom(room);
  } else if (const auto* left = std::get_if<ev::RoomLeft>(&event)) {
    const QString room = fromStd(left->room);
    rooms_.setJoined(room, false, false);
    Q_EMIT info(tr("You left %1.").arg(rooms_.displayName(room)));
    if (room_shown && conversation_.room() == room) openRoom(room);
  } else if (const auto* m = std::get_if<ev::MembersListed>(&event)) {
    if (!room_shown || fromStd(m->room) != conversation_.room()) return;
    const AccountId self = e ? e->account_id() : AccountId{};
    members_.setRoomMembers(fromStd(m->room), m->members, self);
    conversation_.peopleChanged();  // the marks the list brought, on every message too
    const bool moderator = members_.roleOf(self) == engine::Role::moderator;
    if (moderator != moderator_here_) {
      moderator_here_ = moderator;
      Q_EMIT moderatorChanged(moderator);
    }
  } else if (const auto* p = std::get_if<ev::RoomPosted>(&event)) {
    if (!conversation_.confirm(p->request, p->seq, p->server_time_ms) && room_shown &&
        fromStd(p->room) == conversation_.room() && e) {
      conversation_.showRoom(conversation_.room(), e->room_history(p->room));
    }
  } else if (const auto* r = std::get_if<ev::RoomItemReceived>(&event)) {
    const engine::RoomItem& item = r->item;
    const QString room = fromStd(item.room);
    const bool shown = room_shown && conversation_.room() == room;
    if (shown) {
      conversation_.addRoomItem(item);
      host_.command([](engine::Engine& en) { (void)en.take_room_unread(); });
      // Events about messages leave the member list as it is.
      if (item.is_event && item.event != engine::RoomEventKind::removed &&
          item.event != engine::RoomEventKind::pinned &&
          item.event != engine::RoomEventKind::unpinned) {
        refreshMembers();
      } else if (!item.is_event && !item.outgoing && !item.sender_name.empty() &&
                 members_.listsUnnamed(item.from)) {
        // A message told a member's name the list does not show yet (it was read before):
        // the list follows without switching rooms (French user review M7).
        refreshMembers();
      }
    } else if (!item.is_event && !item.outgoing) {
      rooms_.addUnread(room);
    }
    if (!item.is_event && !item.outgoing) {
      const QString sender =
          item.sender_name.empty() ? peerName(item.from) : fromStd(item.sender_name);
      Q_EMIT messageArrived(rooms_.displayName(room), sender, fromStd(item.text), shown);
    }
  } else if (const auto* rm = std::get_if<ev::RoomItemRemoved>(&event)) {
    if (room_shown && fromStd(rm->room) == conversation_.room()) {
      conversation_.removeRoomItem(rm->seq);
    }
    if (rm->yours) {
      Q_EMIT info(tr("A moderator removed your message from %1: it is gone from every member's "
                     "screen and from the relay.")
                      .arg(rooms_.displayName(fromStd(rm->room))));
    }
  } else if (const auto* mr = std::get_if<ev::MessageReceived>(&event)) {
    const engine::Message& msg = mr->message;
    // A ticket's or an organisation's message nobody above claimed (a ticket this window no
    // longer shows) is never a private conversation: it stays in the engine's history.
    if (!msg.ticket.empty() || !msg.org.empty()) return;
    const bool shown =
        conversation_.kind() == ConversationModel::Kind::direct && conversation_.peer() == msg.peer;
    directs_.note(msg.peer, peerName(msg.peer), msg.time_ms, shown ? 0 : 1);
    refreshDirectPeople();
    if (shown) {
      conversation_.addDirectMessage(msg);
      host_.command([](engine::Engine& en) { (void)en.take_unread(); });
    }
    Q_EMIT messageArrived(peerName(msg.peer), peerName(msg.peer), fromStd(msg.text), shown);
  } else if (const auto* s = std::get_if<ev::MessageSent>(&event)) {
    conversation_.confirm(s->request, 0, s->server_time_ms);
    // Only a private message makes a private conversation. A ticket's line, an out-of-hours
    // message or its answer, or a handoff's history confirmed with nobody of this run waiting
    // (sent again after the relay or this window came back, or after a lock) never puts the
    // worker in the list.
    const std::optional<engine::Message> sent = sentMessage(s->message_id);
    if (!sent || !sent->ticket.empty() || !sent->org.empty()) return;
    directs_.note(s->to, peerName(s->to), s->server_time_ms);
    refreshDirectPeople();
  } else if (const auto* f = std::get_if<ev::RequestFailed>(&event)) {
    if (conversation_.fail(f->request)) {
      Q_EMIT info(tr("Not sent: %1").arg(FailureText::of(f->failure)));
    } else if (my_requests_.erase(f->request) > 0 || f->request == session_request_) {
      Q_EMIT info(FailureText::of(f->failure));
    }
  } else if (const auto* sr = std::get_if<ev::SessionReady>(&event)) {
    if (e && conversation_.kind() == ConversationModel::Kind::direct &&
        conversation_.peer() == sr->peer) {
      if (auto sn = e->safety_number(sr->peer)) {
        members_.setSafetyNumber(sr->peer, fromStd(*sn));
      }
    }
  } else if (const auto* ic = std::get_if<ev::IdentityChanged>(&event)) {
    refreshDirectPeople();
    // The warning replaces the badge in the conversation's panel at once.
    if (e && conversation_.kind() == ConversationModel::Kind::direct &&
        conversation_.peer() == ic->peer) {
      showSafetyNumber();
    }
  } else if (std::holds_alternative<ev::ReportHandled>(event)) {
    // By this moderator or another of the room's: it leaves the open reports.
    if (e) reports_.setReports(e->reports());
  } else if (std::holds_alternative<ev::ReportReceived>(event)) {
    if (e) {
      reports_.setReports(e->reports());
    }
    Q_EMIT info(tr("A report arrived for the moderators."));
  } else if (const auto* jr = std::get_if<ev::JoinRequestsListed>(&event)) {
    my_requests_.erase(jr->request);
    Q_EMIT joinRequestsListed(fromStd(jr->room), jr->requests);
  } else if (const auto* d = std::get_if<ev::Done>(&event)) {
    if (my_requests_.erase(d->request) > 0) {
      Q_EMIT info(tr("Done."));
      refreshMembers();
    }
  } else if (const auto* rs = std::get_if<ev::ReportSent>(&event)) {
    if (my_requests_.erase(rs->request) > 0) {
      Q_EMIT info(
          tr("The report reached %n moderator(s).", nullptr, static_cast<int>(rs->recipients)));
    }
  }
}

}  // namespace relais::qt

#include "client-qt/core/worker_desk.h"

#include <QDateTime>
#include <QFont>
#include <algorithm>

#include "client-qt/core/brussels_time.h"
#include "client-qt/core/engine_host.h"
#include "client-qt/core/failure_text.h"
#include "client-qt/core/settings.h"

namespace relais::qt {
namespace {

namespace ev = engine::event;

QString fromStd(const std::string& s) {
  return QString::fromStdString(s);
}
std::string utf8(const QString& s) {
  return s.toUtf8().toStdString();
}

QString languageName(const std::string& code) {
  if (code == "fr") return WorkerQueueModel::tr("French");
  if (code == "nl") return WorkerQueueModel::tr("Dutch");
  if (code == "en") return WorkerQueueModel::tr("English");
  if (code.empty()) return WorkerQueueModel::tr("any language");
  return languageInItself(fromStd(code));
}

QString minutesText(uint64_t seconds) {
  return WorkerDesk::tr("%n min", nullptr, static_cast<int>((seconds + 59) / 60));
}

QString localTime(uint64_t time_ms) {
  return deviceTime(time_ms);
}

void refreshAll(QAbstractListModel& m) {
  if (m.rowCount() > 0) Q_EMIT m.dataChanged(m.index(0), m.index(m.rowCount() - 1));
}

}  // namespace

// ---- WorkerQueueModel

int WorkerQueueModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

QVariant WorkerQueueModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
  const engine::QueueItem& e = entries_[static_cast<size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      return tr("%1. Ticket %2 \u00b7 %3 \u00b7 waiting %4")
          .arg(index.row() + 1)
          .arg(fromStd(e.ticket), languageName(e.language), minutesText(e.waiting_s));
    case TicketRole:
      return fromStd(e.ticket);
    case LanguageRole:
      return fromStd(e.language);
    case WaitingRole:
      return QVariant::fromValue<qulonglong>(e.waiting_s);
    default:
      return {};
  }
}

void WorkerQueueModel::setEntries(std::vector<engine::QueueItem> entries) {
  beginResetModel();
  entries_ = std::move(entries);
  endResetModel();
}

void WorkerQueueModel::retranslate() {
  refreshAll(*this);
}

// ---- WorkerTicketModel

int WorkerTicketModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

QVariant WorkerTicketModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
  const Entry& e = entries_[static_cast<size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole: {
      QString text =
          tr("Ticket %1 \u00b7 %2")
              .arg(fromStd(e.conversation.ticket), languageName(e.conversation.language));
      if (!e.name.isEmpty()) text += QStringLiteral(" \u00b7 ") + e.name;
      if (e.conversation.awaiting_reply) text += QStringLiteral("\n") + tr("awaiting your reply");
      return text;
    }
    case Qt::FontRole: {
      if (!e.conversation.awaiting_reply) return {};
      QFont f;
      f.setBold(true);
      return f;
    }
    case TicketRole:
      return fromStd(e.conversation.ticket);
    case OrgRole:
      return fromStd(e.conversation.org);
    case AwaitingRole:
      return e.conversation.awaiting_reply;
    case NameRole:
      return e.name;
    default:
      return {};
  }
}

void WorkerTicketModel::sort() {
  std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    return a.conversation.last_ms > b.conversation.last_ms;
  });
}

void WorkerTicketModel::upsert(const engine::TicketConversation& conversation,
                               const QString& name) {
  beginResetModel();
  const int row = rowOf(fromStd(conversation.ticket));
  if (row >= 0) {
    Entry& e = entries_[static_cast<size_t>(row)];
    e.conversation = conversation;
    if (!name.isEmpty()) e.name = name;
  } else {
    entries_.push_back({conversation, name});
  }
  sort();
  endResetModel();
}

bool WorkerTicketModel::remove(const QString& ticket) {
  const int row = rowOf(ticket);
  if (row < 0) return false;
  beginRemoveRows({}, row, row);
  entries_.erase(entries_.begin() + row);
  endRemoveRows();
  return true;
}

void WorkerTicketModel::noteActivity(const QString& ticket, bool awaiting, uint64_t time_ms,
                                     const QString& name) {
  const int row = rowOf(ticket);
  if (row < 0) return;
  beginResetModel();
  if (!name.isEmpty()) entries_[static_cast<size_t>(row)].name = name;
  auto& c = entries_[static_cast<size_t>(row)].conversation;
  c.awaiting_reply = awaiting;
  c.last_ms = std::max(c.last_ms, time_ms);
  sort();
  endResetModel();
}

const engine::TicketConversation* WorkerTicketModel::find(const QString& ticket) const {
  const int row = rowOf(ticket);
  return row < 0 ? nullptr : &entries_[static_cast<size_t>(row)].conversation;
}

int WorkerTicketModel::rowOf(const QString& ticket) const {
  const std::string t = utf8(ticket);
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].conversation.ticket == t) return static_cast<int>(i);
  }
  return -1;
}

void WorkerTicketModel::clear() {
  beginResetModel();
  entries_.clear();
  endResetModel();
}

void WorkerTicketModel::retranslate() {
  refreshAll(*this);
}

// ---- WorkerInboxModel

int WorkerInboxModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

QVariant WorkerInboxModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
  const engine::InboxItem& e = entries_[static_cast<size_t>(index.row())];
  const QString text = e.text.empty() ? tr("(the text is not on this device)") : fromStd(e.text);
  switch (role) {
    case Qt::DisplayRole: {
      QString head = localTime(e.received_ms);
      if (!e.sender_name.empty()) head += QStringLiteral(" \u00b7 ") + fromStd(e.sender_name);
      head += QStringLiteral(" \u00b7 ") + (e.handled ? tr("handled") : tr("to handle"));
      // Reached this device while the relay's inbox was full: colleagues may not have it listed.
      if (!e.listed) head += QStringLiteral(" \u00b7 ") + tr("not on the relay's list (its inbox was full)");
      QString shown = head + QStringLiteral("\n") + text;
      // What this device answered (a colleague's answer is not passed on: only "handled").
      for (const auto& a : e.answers)
        shown += QStringLiteral("\n") + tr("You answered: %1").arg(fromStd(a));
      return shown;
    }
    case AnswersRole: {
      QStringList answers;
      for (const auto& a : e.answers) answers << fromStd(a);
      return answers;
    }
    case Qt::FontRole: {
      if (e.handled) return {};
      QFont f;
      f.setBold(true);
      return f;
    }
    case MessageIdRole:
      return fromStd(e.message_id);
    case HandledRole:
      return e.handled;
    case TextRole:
      return e.text.empty() ? QString() : text;
    default:
      return {};
  }
}

void WorkerInboxModel::setEntries(std::vector<engine::InboxItem> entries) {
  beginResetModel();
  entries_ = std::move(entries);
  endResetModel();
}

void WorkerInboxModel::retranslate() {
  refreshAll(*this);
}

int WorkerInboxModel::unhandled() const {
  return static_cast<int>(
      std::count_if(entries_.begin(), entries_.end(), [](const auto& e) { return !e.handled; }));
}

// ---- WorkerDesk

WorkerDesk::WorkerDesk(EngineHost& host, QObject* parent) : QObject(parent), host_(host) {
  poll_.setInterval(10 * 1000);
  connect(&poll_, &QTimer::timeout, this, &WorkerDesk::refreshQueue);
  orgs_timer_.setInterval(5 * 60 * 1000);
  connect(&orgs_timer_, &QTimer::timeout, this, &WorkerDesk::refreshOrgs);
  connect(&host_, &EngineHost::unlockedChanged, this, [this](bool unlocked) {
    if (!unlocked) clear();
  });
}

QStringList WorkerDesk::orgs() const {
  QStringList out;
  for (const auto& [id, _] : worker_orgs_) out << id;
  return out;
}

QString WorkerDesk::orgName(const QString& org) const {
  auto it = worker_orgs_.find(org);
  return it == worker_orgs_.end() || it->second.isEmpty() ? org : it->second;
}

void WorkerDesk::setOrg(const QString& org) {
  if (org == org_ || worker_orgs_.count(org) == 0) return;
  org_ = org;
  queue_.setEntries({});
  inbox_.setEntries({});
  stats_.reset();
  colleagues_.clear();
  Q_EMIT statsChanged();
  Q_EMIT colleaguesChanged();
  Q_EMIT dutyChanged(onDuty());
  updatePolling();
  refreshQueue();
  refreshInbox();
}

bool WorkerDesk::onDuty() const {
  auto it = on_duty_.find(org_);
  return it != on_duty_.end() && it->second;
}

QString WorkerDesk::nameFor(const AccountId& id) const {
  const engine::Engine* e = host_.engine();
  if (!e || id.empty()) return {};
  if (auto n = e->contact_name(id)) return fromStd(*n);
  if (auto n = e->pseudonym(id)) return fromStd(*n);
  return {};
}

QString WorkerDesk::periodText(Period period, const QDate& day) {
  switch (period) {
    case Period::year:
      return QString::number(day.year());
    case Period::month:
      return day.toString(QStringLiteral("yyyy-MM"));
    case Period::week: {
      int year = 0;
      const int week = day.weekNumber(&year);  // ISO 8601: the week's year may differ
      return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
  }
  return {};
}

QString WorkerDesk::statsText() const {
  if (!stats_) return {};
  const engine::StatsView& s = *stats_;
  QStringList languages;
  for (const auto& [code, count] : s.languages) {
    languages << QStringLiteral("%1 %2").arg(languageName(code)).arg(count);
  }
  QStringList lines;
  lines << tr("Period: %1").arg(fromStd(s.period));
  lines << tr("Times the permanence opened: %1").arg(s.permanences);
  lines << tr("Conversations held: %1").arg(s.conversations);
  lines << tr("Left or closed while waiting: %1").arg(s.unanswered);
  lines << tr("Languages asked: %1")
               .arg(languages.isEmpty() ? tr("none") : languages.join(QStringLiteral(", ")));
  lines << tr("Wait before a take: half within %1, 9 in 10 within %2, longest %3")
               .arg(minutesText(s.wait_p50_s), minutesText(s.wait_p90_s),
                    minutesText(s.wait_max_s));
  lines << tr("Messages left out of hours: %1").arg(s.org_messages);
  lines << tr("Handoffs: %1").arg(s.handoffs);
  return lines.join(QLatin1Char('\n'));
}

void WorkerDesk::track(engine::RequestId request, Ask ask, const QString& org,
                       const QString& ticket) {
  // Answers lost with a dropped connection never come: keep the newest few hundred only.
  if (pending_.size() >= 256) pending_.erase(pending_.begin());
  pending_[request] = Pending{ask, org, ticket};
}

void WorkerDesk::refreshOrgs() {
  host_.command([&](engine::Engine& e) { track(e.list_orgs(), Ask::orgs); });
}

void WorkerDesk::setOnDuty(bool on, const QString& room) {
  if (org_.isEmpty()) return;
  host_.command([&](engine::Engine& e) {
    if (on) {
      track(e.staff_open(utf8(org_), utf8(room.trimmed())), Ask::open, org_);
    } else {
      track(e.staff_close(utf8(org_)), Ask::close, org_);
    }
  });
}

void WorkerDesk::refreshQueue() {
  if (org_.isEmpty()) return;
  host_.command([&](engine::Engine& e) { track(e.staff_queue(utf8(org_)), Ask::queue, org_); });
  // Colleagues come on and go off duty: the list to hand a conversation to follows the queue.
  if (onDuty()) refreshColleagues();
}

void WorkerDesk::refreshColleagues() {
  if (org_.isEmpty()) return;
  host_.command(
      [&](engine::Engine& e) { track(e.staff_colleagues(utf8(org_)), Ask::colleagues, org_); });
}

QString WorkerDesk::colleagueLabel(const engine::Colleague& colleague) {
  if (!colleague.name.empty()) return fromStd(colleague.name);
  return tr("colleague %1").arg(fromStd(colleague.id.text()).left(8));
}

void WorkerDesk::refreshInbox() {
  if (org_.isEmpty()) return;
  host_.command([&](engine::Engine& e) { track(e.staff_inbox(utf8(org_)), Ask::inbox, org_); });
}

void WorkerDesk::readStats(Period period, const QDate& day) {
  if (org_.isEmpty()) return;
  host_.command([&](engine::Engine& e) {
    track(e.staff_stats(utf8(org_), utf8(periodText(period, day))), Ask::stats, org_);
  });
}

void WorkerDesk::take(const QString& ticket) {
  if (ticket.isEmpty()) return;
  host_.command(
      [&](engine::Engine& e) { track(e.staff_take(utf8(ticket)), Ask::take, org_, ticket); });
}

void WorkerDesk::showTicket(const QString& ticket) {
  if (ticket == shown_ || (!ticket.isEmpty() && tickets_.rowOf(ticket) < 0)) return;
  shown_ = ticket;
  loadLines();
  Q_EMIT linesChanged();
}

WorkerDesk::Line WorkerDesk::lineOf(const engine::Message& m) const {
  Line line{m.outgoing, fromStd(m.text), m.time_ms, true};
  // Written by the colleague who held the ticket before the handoff: her voice, not ours nor
  // the person's.
  if (m.earlier && m.from_worker) {
    line.outgoing = false;
    line.who = m.sender_name.empty()
                   ? tr("A colleague, before the handoff")
                   : tr("%1 (colleague), before the handoff").arg(fromStd(m.sender_name));
  }
  return line;
}

void WorkerDesk::loadLines() {
  lines_.clear();
  const engine::Engine* e = host_.engine();
  if (!e || shown_.isEmpty()) return;
  const std::string t = utf8(shown_);
  for (const auto& m : e->history()) {
    if (m.ticket == t) lines_.push_back(lineOf(m));
  }
}

Status WorkerDesk::say(const QString& text) {
  if (!host_.engine()) return Error{Errc::permission, utf8(tr("The profile is locked."))};
  const QString trimmed = text.trimmed();
  if (trimmed.isEmpty()) return Error{Errc::invalid_argument, utf8(tr("The message is empty."))};
  if (shown_.isEmpty()) {
    return Error{Errc::invalid_argument, utf8(tr("Choose one of your conversations first."))};
  }
  Status st = ok_status();
  host_.command([&](engine::Engine& e) {
    const uint64_t now = wallClockMs();
    auto r = e.ticket_say(utf8(shown_), utf8(trimmed), now);
    if (!r) {
      st = FailureText::error(r.failure());
      return;
    }
    track(*r, Ask::say, {}, shown_);
    lines_.push_back(Line{true, trimmed, now, false});
    tickets_.noteActivity(shown_, false, now);
    Q_EMIT linesChanged();
  });
  return st;
}

Status WorkerDesk::handOff(const QString& colleague) {
  const QString given = colleague.trimmed();
  if (given.isEmpty()) {
    return Error{Errc::invalid_argument, utf8(tr("Choose a colleague on duty first."))};
  }
  // A name among those on duty (one only), else an id.
  std::optional<AccountId> id;
  int named = 0;
  for (const auto& c : colleagues_) {
    if (colleagueLabel(c).compare(given, Qt::CaseInsensitive) == 0) {
      id = c.id;
      ++named;
    }
  }
  if (named > 1) {
    return Error{Errc::invalid_argument,
                 utf8(tr("Several colleagues on duty are named %1.").arg(given))};
  }
  if (!id) {
    if (auto parsed = AccountId::from_text(utf8(given.toLower())); parsed && !parsed->empty()) {
      id = *parsed;
    }
  }
  if (!id) {
    return Error{Errc::invalid_argument,
                 utf8(tr("No colleague named %1 is on duty for this organisation.").arg(given))};
  }
  if (!host_.engine()) return Error{Errc::permission, utf8(tr("The profile is locked."))};
  if (shown_.isEmpty()) {
    return Error{Errc::invalid_argument, utf8(tr("Choose one of your conversations first."))};
  }
  QString who = nameFor(*id);
  if (who.isEmpty()) who = fromStd(id->text()).left(8);
  host_.command([&](engine::Engine& e) {
    track(e.staff_handoff(utf8(shown_), *id), Ask::handoff, who, shown_);
  });
  return ok_status();
}

void WorkerDesk::endShown() {
  if (shown_.isEmpty()) return;
  host_.command(
      [&](engine::Engine& e) { track(e.end_ticket(utf8(shown_)), Ask::end, {}, shown_); });
}

void WorkerDesk::markHandled(const QString& message_id) {
  if (org_.isEmpty() || message_id.isEmpty()) return;
  host_.command([&](engine::Engine& e) {
    track(e.mark_handled(utf8(org_), utf8(message_id)), Ask::handled, org_);
  });
}

Status WorkerDesk::answer(const QString& message_id, const QString& text) {
  if (!host_.engine()) return Error{Errc::permission, utf8(tr("The profile is locked."))};
  const QString trimmed = text.trimmed();
  if (trimmed.isEmpty()) return Error{Errc::invalid_argument, utf8(tr("The message is empty."))};
  if (org_.isEmpty() || message_id.isEmpty()) {
    return Error{Errc::invalid_argument, utf8(tr("Choose a message in the inbox first."))};
  }
  Status st = ok_status();
  host_.command([&](engine::Engine& e) {
    auto r = e.answer_org_message(utf8(org_), utf8(message_id), utf8(trimmed), wallClockMs());
    if (!r) {
      st = FailureText::error(r.failure());
      return;
    }
    track(*r, Ask::answer, org_);
  });
  return st;
}

void WorkerDesk::setLanguage() {
  queue_.retranslate();
  tickets_.retranslate();
  inbox_.retranslate();
  Q_EMIT statsChanged();
  Q_EMIT linesChanged();
}

void WorkerDesk::clear() {
  org_names_.clear();
  worker_orgs_.clear();
  org_.clear();
  on_duty_.clear();
  queue_.setEntries({});
  tickets_.clear();
  inbox_.setEntries({});
  shown_.clear();
  lines_.clear();
  stats_.reset();
  colleagues_.clear();
  pending_.clear();
  poll_.stop();
  orgs_timer_.stop();
  Q_EMIT orgsChanged();
  Q_EMIT dutyChanged(false);
  Q_EMIT linesChanged();
  Q_EMIT statsChanged();
  Q_EMIT colleaguesChanged();
}

void WorkerDesk::addWorkerOrg(const QString& org) {
  if (org.isEmpty() || worker_orgs_.count(org) > 0) return;
  auto named = org_names_.find(org);
  worker_orgs_[org] = named == org_names_.end() ? QString() : named->second;
  if (org_.isEmpty()) setOrg(org);  // first, so that views see it chosen
  Q_EMIT orgsChanged();
}

void WorkerDesk::primeTickets() {
  const engine::Engine* e = host_.engine();
  if (!e) return;
  for (const auto& c : e->ticket_conversations()) {
    if (c.as_worker) tickets_.upsert(c, nameFor(c.peer));
  }
}

void WorkerDesk::updatePolling() {
  if (onDuty()) {
    if (!poll_.isActive()) poll_.start();
  } else {
    poll_.stop();
  }
}

bool WorkerDesk::handle(const engine::Event& event) {
  if (std::holds_alternative<ev::LoggedIn>(event) ||
      std::holds_alternative<ev::Registered>(event)) {
    primeTickets();
    refreshOrgs();
    orgs_timer_.start();
    return false;  // the workspace starts its own lists too
  }
  if (const auto* st = std::get_if<ev::StaffStatusRead>(&event)) {
    // Asked by the engine at each log-in: after a restart of the relay or of this window, the
    // desk says on duty where the relay still has us, as the side list does.
    const bool before = onDuty();
    for (auto& [org, on] : on_duty_) on = false;
    for (const auto& org : st->on_duty) on_duty_[fromStd(org)] = true;
    if (onDuty() != before) {
      Q_EMIT dutyChanged(onDuty());
      updatePolling();
      refreshQueue();
    }
    return true;
  }
  if (const auto* l = std::get_if<ev::OrgsListed>(&event)) {
    auto it = pending_.find(l->request);
    if (it == pending_.end()) return false;  // an admin's create_org, say
    pending_.erase(it);
    for (const auto& o : l->orgs) {
      const QString id = fromStd(o.org);
      org_names_[id] = fromStd(o.name);
      if (auto w = worker_orgs_.find(id); w != worker_orgs_.end()) w->second = fromStd(o.name);
    }
    // Ask each organisation not yet known as ours for its inbox: only a worker may.
    host_.command([&](engine::Engine& e) {
      for (const auto& o : l->orgs) {
        const QString id = fromStd(o.org);
        if (worker_orgs_.count(id) == 0) track(e.staff_inbox(o.org), Ask::probe, id);
      }
    });
    Q_EMIT orgsChanged();
    return true;
  }
  if (const auto* box = std::get_if<ev::InboxListed>(&event)) {
    // The relay shows an organisation's inbox only to its workers: the org is ours.
    const QString org = fromStd(box->org);
    const bool ours = pending_.erase(box->request) > 0;
    addWorkerOrg(org);
    if (org == org_) inbox_.setEntries(box->entries);
    return ours;
  }
  if (const auto* q = std::get_if<ev::QueueListed>(&event)) {
    const bool ours = pending_.erase(q->request) > 0;
    // An answer for an organisation the desk no longer shows (or never did) is stale.
    if (fromStd(q->org) == org_ && worker_orgs_.count(org_) > 0) queue_.setEntries(q->entries);
    return ours;
  }
  if (const auto* cl = std::get_if<ev::ColleaguesListed>(&event)) {
    // The newest list of the organisation shown, whoever asked; another one's is stale.
    const bool ours = pending_.erase(cl->request) > 0;
    if (fromStd(cl->org) != org_ || worker_orgs_.count(org_) == 0) return ours;
    colleagues_ = cl->colleagues;
    std::sort(colleagues_.begin(), colleagues_.end(), [](const auto& a, const auto& b) {
      return colleagueLabel(a).localeAwareCompare(colleagueLabel(b)) < 0;
    });
    Q_EMIT colleaguesChanged();
    return ours;
  }
  if (const auto* st = std::get_if<ev::StatsRead>(&event)) {
    const bool ours = pending_.erase(st->request) > 0;
    if (fromStd(st->stats.org) == org_ && worker_orgs_.count(org_) > 0) {
      stats_ = st->stats;
      Q_EMIT statsChanged();
    }
    return ours;
  }
  if (const auto* tk = std::get_if<ev::TicketTaken>(&event)) {
    if (!tk->conversation.as_worker) return false;  // a member's ticket: TicketSession's
    const QString ticket = fromStd(tk->conversation.ticket);
    const bool asked = pending_.erase(tk->request) > 0;
    tickets_.upsert(tk->conversation, nameFor(tk->conversation.peer));
    if (asked || shown_.isEmpty()) {  // a handoff does not pull the worker out of a conversation
      shown_.clear();
      showTicket(ticket);
    }
    Q_EMIT info(asked ? tr("You took ticket %1: you can write to the person now.").arg(ticket)
                      : tr("A colleague handed ticket %1 to you.").arg(ticket));
    refreshQueue();
    return true;
  }
  if (const auto* c = std::get_if<ev::TicketClosed>(&event)) {
    const QString ticket = fromStd(c->ticket);
    if (!tickets_.remove(ticket)) return false;
    if (shown_ == ticket) {
      shown_.clear();
      lines_.clear();
      Q_EMIT linesChanged();
    }
    switch (c->reason) {
      case engine::TicketEnd::handed_off:
        Q_EMIT info(tr("Ticket %1 is now with your colleague.").arg(ticket));
        break;
      case engine::TicketEnd::ended:
      case engine::TicketEnd::left:
      case engine::TicketEnd::permanence_closed:
      case engine::TicketEnd::expired:
      case engine::TicketEnd::away:
      case engine::TicketEnd::other:
        Q_EMIT info(tr("The conversation of ticket %1 ended.").arg(ticket));
        break;
    }
    return true;
  }
  if (const auto* m = std::get_if<ev::MessageReceived>(&event)) {
    const engine::Message& msg = m->message;
    if (!msg.org.empty() && !msg.outgoing && msg.reply_to.empty()) {
      // Left out of hours for an organisation's workers: it belongs in the inbox.
      const QString org = fromStd(msg.org);
      Q_EMIT info(tr("A message was left for %1.").arg(orgName(org)));
      if (org == org_) refreshInbox();
      return true;
    }
    const QString ticket = fromStd(msg.ticket);
    if (ticket.isEmpty() || tickets_.rowOf(ticket) < 0) return false;
    // A line the colleague before us wrote (passed on at a handoff) neither names the person
    // nor waits for our reply.
    const bool colleague = msg.earlier && msg.from_worker;
    tickets_.noteActivity(ticket, !msg.outgoing && !colleague, msg.time_ms,
                          colleague ? QString() : fromStd(msg.sender_name));
    if (ticket == shown_) {
      lines_.push_back(lineOf(msg));
      Q_EMIT linesChanged();
    }
    host_.command([](engine::Engine& e) { (void)e.take_unread(); });
    return true;
  }
  if (const auto* s = std::get_if<ev::MessageSent>(&event)) {
    auto it = pending_.find(s->request);
    if (it == pending_.end() || it->second.ask != Ask::say) return false;
    const QString ticket = it->second.ticket;
    pending_.erase(it);
    if (ticket == shown_) {
      for (auto& line : lines_) {
        if (line.outgoing && !line.sent) {
          line.sent = true;
          line.time_ms = s->server_time_ms;
          break;
        }
      }
      Q_EMIT linesChanged();
    }
    return true;
  }
  if (const auto* a = std::get_if<ev::OrgMessageAnswered>(&event)) {
    auto it = pending_.find(a->request);
    if (it == pending_.end()) return false;
    pending_.erase(it);
    Q_EMIT info(tr("Your answer went to the person; the message is marked handled."));
    if (fromStd(a->org) == org_) refreshInbox();
    return true;
  }
  if (const auto* n = std::get_if<ev::PermanenceNotice>(&event)) {
    const QString org = fromStd(n->org);
    switch (n->kind) {
      case engine::PermanenceNoticeKind::handoff_declined:
        if (tickets_.rowOf(fromStd(n->ticket)) >= 0) {
          Q_EMIT info(tr("The person declined the handoff of ticket %1; it stays with you.")
                          .arg(fromStd(n->ticket)));
        }
        break;
      case engine::PermanenceNoticeKind::message_handled:
        if (org == org_) refreshInbox();
        break;
      case engine::PermanenceNoticeKind::opened:
      case engine::PermanenceNoticeKind::closed:
      case engine::PermanenceNoticeKind::queue_changed:
      case engine::PermanenceNoticeKind::new_ticket:
        if (org == org_ && worker_orgs_.count(org) > 0) refreshQueue();
        break;
    }
    return false;  // the side list also follows "opened" and "closed"
  }
  if (const auto* d = std::get_if<ev::Done>(&event)) {
    auto it = pending_.find(d->request);
    if (it == pending_.end()) return false;
    const Pending p = it->second;
    pending_.erase(it);
    switch (p.ask) {
      case Ask::open:
      case Ask::close:
        on_duty_[p.org] = p.ask == Ask::open;
        if (p.org == org_) {
          Q_EMIT dutyChanged(onDuty());
          updatePolling();
          refreshQueue();
          if (!onDuty()) {
            colleagues_.clear();
            Q_EMIT colleaguesChanged();
          }
        }
        Q_EMIT info(p.ask == Ask::open ? tr("You are on duty for %1.").arg(orgName(p.org))
                                       : tr("You are off duty for %1.").arg(orgName(p.org)));
        break;
      case Ask::handoff:
        Q_EMIT info(tr("Ticket %1 was offered to %2; the person decides.").arg(p.ticket, p.org));
        break;
      case Ask::end:
        tickets_.remove(p.ticket);
        if (shown_ == p.ticket) {
          shown_.clear();
          lines_.clear();
          Q_EMIT linesChanged();
        }
        Q_EMIT info(tr("You ended the conversation of ticket %1.").arg(p.ticket));
        break;
      case Ask::handled:
        Q_EMIT info(tr("The message is marked handled."));
        if (p.org == org_) refreshInbox();
        break;
      default:
        break;
    }
    return true;
  }
  if (const auto* f = std::get_if<ev::RequestFailed>(&event)) {
    auto it = pending_.find(f->request);
    if (f->request == 0 || it == pending_.end()) return false;
    const Pending p = it->second;
    pending_.erase(it);
    if (p.ask == Ask::probe) return true;  // not a worker of that organisation: nothing to say
    if (p.ask == Ask::orgs) return true;   // asked again later
    if (p.ask == Ask::colleagues) return true;  // asked again with the queue
    if (p.ask == Ask::say) {
      for (auto& line : lines_) {
        if (line.outgoing && !line.sent) {
          line.text = tr("Not sent: %1").arg(line.text);
          line.sent = true;
          break;
        }
      }
      Q_EMIT linesChanged();
    }
    const QString why = FailureText::of(f->failure);
    Q_EMIT info(p.ticket.isEmpty() ? why : tr("Ticket %1: %2").arg(p.ticket, why));
    return true;
  }
  return false;
}

}  // namespace relais::qt

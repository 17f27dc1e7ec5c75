#include "client-qt/core/ticket_session.h"

#include "client-qt/core/brussels_time.h"
#include "client-qt/core/engine_host.h"
#include "client-qt/core/failure_text.h"

namespace relais::qt {
namespace {

namespace ev = engine::event;

std::string utf8(const QString& s) {
  return s.toUtf8().toStdString();
}

QString waitText(uint64_t seconds) {
  const uint64_t minutes = (seconds + 59) / 60;
  return TicketSession::tr("about %n minute(s)", nullptr, static_cast<int>(minutes));
}

// A waiting ticket the relay gave up while she had no connection (TicketEnd::away).
QString awayText() {
  return TicketSession::tr(
      "You were away for a while, so your place in the queue went to the people waiting after "
      "you. You can knock again.");
}

}  // namespace

TicketSession::TicketSession(EngineHost& host, QObject* parent) : QObject(parent), host_(host) {
  poll_.setInterval(3000);
  connect(&poll_, &QTimer::timeout, this, &TicketSession::restore);
}

void TicketSession::setState(State state) {
  state_ = state;
  if (state_ == State::waiting) {
    if (!poll_.isActive()) poll_.start();
  } else {
    poll_.stop();
  }
}

QString TicketSession::statusText() const {
  switch (state_) {
    case State::idle:
      return tr("Knock to talk privately with an outreach worker.");
    case State::knocking:
      return tr("Knocking\u2026");
    case State::waiting:
      return tr("Your place in the queue: %1. Estimated wait: %2.")
          .arg(ticket_.place)
          .arg(waitText(ticket_.wait_estimate_s));
    case State::talking:
      if (handed_over_ && !handoff_offered_) {  // during a second offer: not "another answers"
        return tr("Another outreach worker of the organisation now answers you, privately.");
      }
      return tr("An outreach worker took your ticket: you are talking privately.");
    case State::ended:
      switch (end_reason_) {
        case engine::TicketEnd::left:
          return tr("You left the permanence.");
        case engine::TicketEnd::expired:
          return tr("The conversation ended after 12 hours. You can knock again.");
        case engine::TicketEnd::away:
          return awayText();
        case engine::TicketEnd::permanence_closed:
          return tr("The permanence closed before a worker could take your ticket.");
        case engine::TicketEnd::ended:
        case engine::TicketEnd::handed_off:
        case engine::TicketEnd::other:
          break;
      }
      return tr("The conversation is over. You can knock again at any time.");
    case State::closed: {
      if (closed_.full == engine::QueueFull::at_max) {
        return tr(
            "The permanence is open, but its queue is full: no place was kept for you. Try "
            "again later.");
      }
      if (closed_.full == engine::QueueFull::network) {
        return tr(
            "The permanence is open, but many people from your network or with new "
            "accounts are waiting already: no place was kept for you. Try again later.");
      }
      const QString door = closedText(closed_.slot_end_ms, closed_.slot_end_local,
                                      closed_.next_open_ms, closed_.next_open_local);
      return place_ended_ ? tr("The permanence closed while you waited: your place in the queue "
                               "has ended.") +
                                QLatin1Char(' ') + door
                          : door;
    }
  }
  return {};
}

QString TicketSession::closedText(uint64_t slot_end_ms, const std::string& slot_end_local,
                                  uint64_t next_open_ms, const std::string& next_open_local) {
  if (slot_end_ms != 0 || !slot_end_local.empty()) {
    QString until = slot_end_ms ? brusselsClock(slot_end_ms) : QString();
    if (until.isEmpty()) until = QString::fromStdString(slot_end_local);
    return tr("The permanence is planned now until %1 (Brussels time), but no outreach worker is "
              "there yet. Knock again in a few minutes.")
        .arg(until);
  }
  if (next_open_local.empty() && next_open_ms == 0) {
    return tr("The permanence is closed. No opening is planned yet.");
  }
  const QString when = next_open_ms ? brusselsTime(next_open_ms) : QString();
  return tr("The permanence is closed. Next opening: %1 (Brussels time).")
      .arg(when.isEmpty() ? QString::fromStdString(next_open_local) : when);
}

void TicketSession::knock(const QString& org, const QString& language) {
  host_.command([&](engine::Engine& e) {
    org_ = org;
    ticket_ = {};
    closed_ = {};
    lines_.clear();
    ended_ticket_.clear();
    handoff_offered_ = false;
    handoff_name_.clear();
    handed_over_ = false;
    place_ended_ = false;
    languages_offered_.clear();
    knock_language_ = language;
    setState(State::knocking);
    knock_request_ = e.knock(utf8(org), utf8(language));
    Q_EMIT changed();
  });
}

void TicketSession::knockAnyway() {
  if (org_.isEmpty() || languages_offered_.isEmpty()) return;
  host_.command([&](engine::Engine& e) {
    languages_offered_.clear();
    setState(State::knocking);
    knock_request_ = e.knock(utf8(org_), utf8(knock_language_), /*anyway=*/true);
    Q_EMIT changed();
  });
}

void TicketSession::leave() {
  if (ticket_.ticket.empty()) return;
  host_.command([&](engine::Engine& e) {
    // Waiting: leave the queue. Talking: end the conversation (either side may).
    leave_request_ = state_ == State::talking ? e.end_ticket(ticket_.ticket) : e.ticket_leave();
  });
}

void TicketSession::answerHandoff(bool accept) {
  if (!handoff_offered_) return;
  host_.command([&](engine::Engine& e) {
    handoff_offered_ = false;
    other_requests_.insert(e.answer_handoff(ticket_.ticket, accept));
    Q_EMIT changed();
  });
}

Status TicketSession::say(const QString& text) {
  if (!host_.engine()) return Error{Errc::permission, utf8(tr("The profile is locked."))};
  const QString trimmed = text.trimmed();
  if (trimmed.isEmpty()) return Error{Errc::invalid_argument, utf8(tr("The message is empty."))};
  if (state_ != State::talking) {
    return Error{Errc::invalid_argument,
                 utf8(tr("Wait until an outreach worker takes your ticket."))};
  }
  Status st = ok_status();
  host_.command([&](engine::Engine& e) {
    const uint64_t now = wallClockMs();
    auto r = e.ticket_say(ticket_.ticket, utf8(trimmed), now);
    if (!r) {
      st = FailureText::error(r.failure());
      return;
    }
    say_requests_.insert(*r);
    lines_.push_back(Line{true, trimmed, now, false});
    Q_EMIT changed();
  });
  return st;
}

Status TicketSession::leaveMessage(const QString& org, const QString& text) {
  if (!host_.engine()) return Error{Errc::permission, utf8(tr("The profile is locked."))};
  const QString trimmed = text.trimmed();
  if (trimmed.isEmpty()) return Error{Errc::invalid_argument, utf8(tr("The message is empty."))};
  Status st = ok_status();
  host_.command([&](engine::Engine& e) {
    auto r = e.leave_message(utf8(org), utf8(trimmed), wallClockMs());
    if (!r) {
      st = FailureText::error(r.failure());
      return;
    }
    message_requests_.insert(*r);
    message_org_ = org;
  });
  return st;
}

void TicketSession::restore() {
  host_.command([&](engine::Engine& e) { status_request_ = e.ticket_status(); });
}

void TicketSession::clear() {
  setState(State::idle);
  org_.clear();
  ticket_ = {};
  closed_ = {};
  handoff_offered_ = false;
  handoff_name_.clear();
  handed_over_ = false;
  place_ended_ = false;
  languages_offered_.clear();
  lines_.clear();
  ended_ticket_.clear();
  knock_request_ = status_request_ = leave_request_ = 0;
  say_requests_.clear();
  other_requests_.clear();
  message_requests_.clear();
  Q_EMIT changed();
}

void TicketSession::loadHistory() {
  const engine::Engine* e = host_.engine();
  if (!e || ticket_.ticket.empty()) return;
  lines_.clear();
  for (const auto& m : e->history()) {
    if (m.ticket == ticket_.ticket) {
      lines_.push_back(Line{m.outgoing, QString::fromStdString(m.text), m.time_ms, true});
    }
  }
}

std::vector<TicketSession::Line> TicketSession::orgLines(const QString& org) const {
  std::vector<Line> out;
  const engine::Engine* e = host_.engine();
  if (!e || org.isEmpty()) return out;
  const std::string id = utf8(org);
  for (const auto& m : e->history()) {
    if (m.org != id || !m.ticket.empty()) continue;
    // Ours: the one line for all the copies left (no peer); theirs: an answer to one of them.
    // A worker's device also holds the answers it sent (outgoing with reply_to): not here.
    const bool left = m.outgoing && m.reply_to.empty() && m.peer.empty();
    const bool answer = !m.outgoing && !m.reply_to.empty();
    if (left || answer) out.push_back(Line{m.outgoing, QString::fromStdString(m.text), m.time_ms});
  }
  return out;
}

QStringList TicketSession::unreadAnswers() const {
  QStringList out;
  const engine::Engine* e = host_.engine();
  if (!e) return out;
  for (const auto& m : e->history()) {
    if (m.unread && !m.outgoing && !m.org.empty() && !m.reply_to.empty()) {
      const QString org = QString::fromStdString(m.org);
      if (!out.contains(org)) out << org;
    }
  }
  return out;
}

bool TicketSession::handle(const engine::Event& event) {
  // A device holds at most one ticket as a member, and the relay sends TicketUpdated and
  // DoorClosed only to the ticket's holder: both are always ours.
  if (const auto* t = std::get_if<ev::TicketUpdated>(&event)) {
    if (t->ticket.ended) {
      // Over while we were away; a permanence that closed came as DoorClosed first.
      if (state_ == State::closed && *t->ticket.ended == engine::TicketEnd::permanence_closed) {
        place_ended_ = true;
        Q_EMIT changed();
        return true;
      }
      end_reason_ = *t->ticket.ended;
      ended_ticket_ = t->ticket.ticket;
      // Told after a lock or a restart: the end is shown under its own organisation's name.
      if (!t->ticket.org.empty()) org_ = QString::fromStdString(t->ticket.org);
      ticket_ = {};
      handoff_offered_ = false;
      setState(State::ended);
      Q_EMIT changed();
      return true;
    }
    ticket_ = t->ticket;
    handoff_offered_ = !t->ticket.offered_to.empty();
    if (handoff_offered_) handoff_name_ = QString::fromStdString(t->ticket.offered_name);
    if (!t->ticket.org.empty()) org_ = QString::fromStdString(t->ticket.org);
    if (t->ticket.worker.empty()) {
      setState(State::waiting);
    } else {
      setState(State::talking);
      loadHistory();
    }
    Q_EMIT changed();
    return true;
  }
  if (const auto* d = std::get_if<ev::DoorClosed>(&event)) {
    // Pushed to those waiting when the last worker goes off duty: her place is over.
    place_ended_ = state_ == State::waiting;
    closed_ = d->closed;
    if (!d->closed.org.empty()) org_ = QString::fromStdString(d->closed.org);
    ticket_ = {};
    setState(State::closed);
    Q_EMIT changed();
    return true;
  }
  if (const auto* tk = std::get_if<ev::TicketTaken>(&event)) {
    if (tk->conversation.as_worker) return false;
    // Another worker than the one we talked with: the handoff we accepted took place.
    const bool moved = state_ == State::talking && !ticket_.worker.empty() &&
                       ticket_.ticket == tk->conversation.ticket &&
                       ticket_.worker != tk->conversation.peer;
    ticket_.ticket = tk->conversation.ticket;
    ticket_.org = tk->conversation.org;
    org_ = QString::fromStdString(tk->conversation.org);
    ticket_.worker = tk->conversation.peer;
    ticket_.offered_to = {};
    handoff_offered_ = false;
    if (moved) handed_over_ = true;
    setState(State::talking);
    loadHistory();
    Q_EMIT changed();
    Q_EMIT info(moved ? tr("Another outreach worker of the organisation now answers you.")
                      : tr("An outreach worker took your ticket."));
    return true;
  }
  if (const auto* h = std::get_if<ev::HandoffOffered>(&event)) {
    if (ticket_.ticket.empty() || h->ticket != ticket_.ticket) return false;
    handoff_offered_ = true;
    handoff_name_ = QString::fromStdString(h->name);
    Q_EMIT changed();
    return true;
  }
  if (const auto* c = std::get_if<ev::TicketClosed>(&event)) {
    // Only a member's waiting ticket ends "away", told at the first log-in after it: before the
    // answer to restore() has shown it here.
    const bool ours_away = c->reason == engine::TicketEnd::away && ticket_.ticket.empty() &&
                           (state_ == State::idle || state_ == State::waiting);
    if (!ours_away && (ticket_.ticket.empty() || c->ticket != ticket_.ticket)) return false;
    ended_ticket_ = c->ticket;
    end_reason_ = c->reason;
    ticket_ = {};
    handoff_offered_ = false;
    setState(State::ended);
    Q_EMIT changed();
    Q_EMIT info(c->reason == engine::TicketEnd::away
                    ? awayText()
                    : tr("The conversation with the outreach worker ended."));
    return true;
  }
  if (const auto* m = std::get_if<ev::MessageReceived>(&event)) {
    if (!m->message.outgoing && !m->message.org.empty() && !m->message.reply_to.empty()) {
      // The organisation's answer to a message we left: its conversation, never a worker's.
      Q_EMIT changed();
      Q_EMIT orgAnswered(QString::fromStdString(m->message.org));
      return true;
    }
    const bool late = !ended_ticket_.empty() && m->message.ticket == ended_ticket_;
    if (!late && (ticket_.ticket.empty() || m->message.ticket != ticket_.ticket)) return false;
    if (!late && state_ == State::waiting && !m->message.outgoing) {
      ticket_.worker = m->message.peer;  // a worker writes: the ticket was taken
      setState(State::talking);
      restore();  // and the engine learns the worker from the relay's answer
    }
    lines_.push_back(Line{m->message.outgoing, QString::fromStdString(m->message.text),
                          m->message.time_ms, true});
    host_.command([](engine::Engine& e) { (void)e.take_unread(); });
    Q_EMIT changed();
    return true;
  }
  if (const auto* s = std::get_if<ev::MessageSent>(&event)) {
    if (say_requests_.erase(s->request) == 0) {
      // Confirmed with nobody of this run waiting (sent again after a restart or a lock): ours
      // only if the engine's history has it as our ticket's line.
      const engine::Engine* e = host_.engine();
      if (!e || (ticket_.ticket.empty() && ended_ticket_.empty())) return false;
      bool ours = false;
      for (const auto& m : e->history()) {
        if (m.outgoing && m.message_id == s->message_id && !m.ticket.empty()) {
          ours = m.ticket == ticket_.ticket || m.ticket == ended_ticket_;
        }
      }
      if (!ours) return false;
    }
    for (auto& line : lines_) {
      if (line.outgoing && !line.sent) {
        line.sent = true;
        line.time_ms = s->server_time_ms;
        break;
      }
    }
    Q_EMIT changed();
    return true;
  }
  if (const auto* lo = std::get_if<ev::LanguagesOffered>(&event)) {
    if (lo->request == 0 || lo->request != knock_request_) return false;
    languages_offered_.clear();
    for (const auto& l : lo->languages) languages_offered_ << QString::fromStdString(l);
    setState(State::idle);
    Q_EMIT changed();
    return true;
  }
  if (const auto* l = std::get_if<ev::OrgMessageLeft>(&event)) {
    if (message_requests_.erase(l->request) == 0) return false;
    if (!l->not_listed) {
      Q_EMIT info(tr("Your message was left for the organisation; a worker will read it."));
    } else if (l->not_listed->problem == engine::Problem::queue_full) {
      // The workers have their copies, but the inbox they read from did not list it: they may
      // see it late, and she must know (a flood of other accounts can fill an inbox).
      Q_EMIT info(
          tr("The workers have your message, but the organisation's inbox on the relay is full: "
             "they may see it late. If it is urgent, the emergency numbers are under Resources."));
    } else {
      Q_EMIT info(
          tr("The workers have your message, but the relay could not add it to the "
             "organisation's inbox for now: they may see it late. If it is urgent, the emergency "
             "numbers are under Resources."));
    }
    Q_EMIT messageLeft(message_org_);
    Q_EMIT changed();  // the organisation's conversation shows it
    return true;
  }
  if (const auto* done = std::get_if<ev::Done>(&event)) {
    if (done->request != 0 && done->request == leave_request_) {
      leave_request_ = 0;
      end_reason_ = state_ == State::talking ? engine::TicketEnd::ended : engine::TicketEnd::left;
      ended_ticket_ = ticket_.ticket;
      setState(State::ended);
      ticket_ = {};
      handoff_offered_ = false;
      Q_EMIT changed();
      Q_EMIT info(tr("You left the permanence."));
      return true;
    }
    return other_requests_.erase(done->request) > 0;
  }
  if (const auto* f = std::get_if<ev::RequestFailed>(&event)) {
    if (f->request == 0) return false;
    if (f->request == status_request_) {
      status_request_ = 0;  // no ticket (any more): nothing to restore
      if (state_ == State::waiting) {
        setState(State::idle);
        ticket_ = {};
        Q_EMIT changed();
      }
      return true;
    }
    if (f->request == knock_request_) {
      setState(State::idle);
      Q_EMIT changed();
    } else if (say_requests_.erase(f->request) > 0) {
      for (auto& line : lines_) {
        if (line.outgoing && !line.sent) {
          line.text = tr("Not sent: %1").arg(line.text);
          line.sent = true;
          break;
        }
      }
      Q_EMIT changed();
    } else if (f->request != leave_request_ && other_requests_.erase(f->request) == 0 &&
               message_requests_.erase(f->request) == 0) {
      return false;
    }
    Q_EMIT info(FailureText::of(f->failure));
    return true;
  }
  return false;
}

}  // namespace relais::qt

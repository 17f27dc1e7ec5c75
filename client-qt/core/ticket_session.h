// A member's side of a chat permanence (issue 7): knock with a language, the ticket's place and
// wait estimate (live on TicketUpdated), the conversation with the worker once taken (messages
// marked with the ticket), leaving the queue, a handoff to accept or decline; and on a closed
// door the next opening, the emergency numbers and a message to leave. No widgets here.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <set>
#include <vector>

#include "core/base/result.h"
#include "core/engine/events.h"

namespace relais::qt {

class EngineHost;

class TicketSession : public QObject {
  Q_OBJECT
 public:
  // One state at a time: nothing held (idle), knocking, waiting in the queue, talking, the
  // permanence closed (next opening, emergency numbers), or the ticket over (ended).
  enum class State { idle, knocking, waiting, talking, closed, ended };
  Q_ENUM(State)
  struct Line {
    bool outgoing = false;
    QString text;
    uint64_t time_ms = 0;
    bool sent = true;
    // A third voice, shown instead of "you"/"them": the colleague who held the ticket before a
    // handoff, on the new worker's desk.
    QString who = {};
  };

  explicit TicketSession(EngineHost& host, QObject* parent = nullptr);

  State state() const { return state_; }
  QString org() const { return org_; }
  const engine::TicketView& ticket() const { return ticket_; }
  const engine::ClosedView& closedDoor() const { return closed_; }
  bool handoffOffered() const { return handoff_offered_; }
  // The colleague a handoff is offered to, as our worker's device named her ("" until then).
  QString handoffName() const { return handoff_name_; }
  // After an accepted handoff: another worker of the organisation answers now.
  bool handedOver() const { return handed_over_; }
  // Why the ticket is over (State::ended).
  engine::TicketEnd endReason() const { return end_reason_; }
  // A knock in a language the permanence does not list: the ones it offers ("" otherwise).
  QStringList languagesOffered() const { return languages_offered_; }
  const std::vector<Line>& lines() const { return lines_; }
  // Out of hours: the messages this person left for `org` and the organisation's answers,
  // oldest first, as the engine's history holds them. An answer is the organisation's: the
  // worker who wrote it is never named to the member.
  std::vector<Line> orgLines(const QString& org) const;
  // Organisations whose answer this device holds unread (at log-in: to tell the person).
  QStringList unreadAnswers() const;
  // One sentence for the ticket: place and wait, or who took it, or the closed door.
  QString statusText() const;
  // A permanence nobody holds now, in one sentence: a slot of the schedule running now with no
  // worker there yet (until `slot_end`), else the next opening, else none planned. The badge of
  // the side list says the same from the same data.
  static QString closedText(uint64_t slot_end_ms, const std::string& slot_end_local,
                            uint64_t next_open_ms, const std::string& next_open_local);
  // The permanence closed while she waited: her place in the queue is over.
  bool placeEnded() const { return place_ended_; }

  // ---- Actions; answers arrive as changed() / info().
  void knock(const QString& org, const QString& language);
  // After LanguagesOffered: the same knock, in the language asked, anyway.
  void knockAnyway();
  void leave();
  void answerHandoff(bool accept);
  Status say(const QString& text);
  Status leaveMessage(const QString& org, const QString& text);
  // Asks the relay for our ticket (after an unlock: a ticket outlives the program).
  void restore();
  void clear();

  // Feeds one engine event (the workspace forwards every event). True when it was ours.
  bool handle(const engine::Event& event);

 Q_SIGNALS:
  void changed();
  void info(const QString& sentence);
  void messageLeft(const QString& org);
  // An organisation answered a message this person left out of hours.
  void orgAnswered(const QString& org);

 private:
  void loadHistory();
  void setState(State state);

  EngineHost& host_;
  State state_ = State::idle;
  QString org_;
  engine::TicketView ticket_;
  engine::ClosedView closed_;
  bool handoff_offered_ = false;
  QString handoff_name_;
  bool handed_over_ = false;
  engine::TicketEnd end_reason_ = engine::TicketEnd::other;
  bool place_ended_ = false;
  QStringList languages_offered_;
  QString knock_language_;
  std::vector<Line> lines_;
  // The ticket that just ended, whose lines stay on screen: a message its worker sent before
  // the end and that the engine took in after it is added to them.
  std::string ended_ticket_;
  engine::RequestId knock_request_ = 0;
  engine::RequestId status_request_ = 0;
  engine::RequestId leave_request_ = 0;
  std::set<engine::RequestId> say_requests_;
  std::set<engine::RequestId> other_requests_;
  std::set<engine::RequestId> message_requests_;
  QString message_org_;
  // While waiting, the ticket is asked for every few seconds: the place and estimate age, and
  // the relay's push of a take may not reach this device (see docs/qt-client.md).
  QTimer poll_;
};

}  // namespace relais::qt

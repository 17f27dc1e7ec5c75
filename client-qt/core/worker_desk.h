// An outreach worker's side of the chat permanences (issue 8): the organisations this account
// works for, on duty and off, the queue, taking a ticket and talking in it, handing it to a
// colleague, ending it, the inbox of messages left out of hours and the counts. No widgets here:
// the tests feed it engine events as the workspace does.
//
// The relay has no "my roles" request: an organisation is ours when the relay lets us read its
// inbox (a worker-only request), asked for each organisation of list_orgs() at log-in.
#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <map>
#include <optional>
#include <vector>

#include "client-qt/core/ticket_session.h"
#include "core/base/result.h"
#include "core/engine/events.h"

namespace relais::qt {

class EngineHost;

// The tickets waiting in one organisation's queue, in the relay's order (never a name or id).
class WorkerQueueModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Role { TicketRole = Qt::UserRole + 1, LanguageRole, WaitingRole };
  explicit WorkerQueueModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  void setEntries(std::vector<engine::QueueItem> entries);
  void retranslate();
  const std::vector<engine::QueueItem>& entries() const { return entries_; }

 private:
  std::vector<engine::QueueItem> entries_;
};

// This worker's taken tickets, most recent activity first; those awaiting a reply stand out.
class WorkerTicketModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Role { TicketRole = Qt::UserRole + 1, OrgRole, AwaitingRole, NameRole };
  explicit WorkerTicketModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  // Adds or replaces by ticket; `name` is the person's pseudonym when known.
  void upsert(const engine::TicketConversation& conversation, const QString& name = {});
  bool remove(const QString& ticket);
  // The person wrote (awaiting; `name` the pseudonym inside) or we answered, at `time_ms`.
  void noteActivity(const QString& ticket, bool awaiting, uint64_t time_ms,
                    const QString& name = {});
  const engine::TicketConversation* find(const QString& ticket) const;
  int rowOf(const QString& ticket) const;
  void clear();
  void retranslate();

 private:
  struct Entry {
    engine::TicketConversation conversation;
    QString name;
  };
  void sort();
  std::vector<Entry> entries_;
};

// Messages left out of hours for one organisation, oldest first, with their "handled" mark.
class WorkerInboxModel : public QAbstractListModel {
  Q_OBJECT
 public:
  enum Role { MessageIdRole = Qt::UserRole + 1, HandledRole, TextRole, AnswersRole };
  explicit WorkerInboxModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  void setEntries(std::vector<engine::InboxItem> entries);
  void retranslate();
  int unhandled() const;

 private:
  std::vector<engine::InboxItem> entries_;
};

class WorkerDesk : public QObject {
  Q_OBJECT
 public:
  enum class Period { year, month, week };
  // A line of a ticket's conversation, as the member's side keeps it.
  using Line = TicketSession::Line;

  explicit WorkerDesk(EngineHost& host, QObject* parent = nullptr);

  // The organisations this account works for, by id, sorted; and their names.
  QStringList orgs() const;
  QString orgName(const QString& org) const;
  bool isWorker() const { return !worker_orgs_.empty(); }
  // The organisation the desk shows (queue, inbox, counts).
  QString org() const { return org_; }
  void setOrg(const QString& org);
  // As far as this device knows: the relay keeps duty in memory and does not say it.
  bool onDuty() const;

  WorkerQueueModel* queue() { return &queue_; }
  WorkerTicketModel* tickets() { return &tickets_; }
  WorkerInboxModel* inbox() { return &inbox_; }
  QString shownTicket() const { return shown_; }
  const std::vector<Line>& lines() const { return lines_; }
  const std::optional<engine::StatsView>& stats() const { return stats_; }
  // The counts as short lines of text ("" until read).
  QString statsText() const;
  // "2026", "2026-11" or the ISO week "2026-W47" holding `day`.
  static QString periodText(Period period, const QDate& day);
  // The name this device knows for an account ("" when none).
  QString nameFor(const AccountId& id) const;

  // ---- Actions; answers arrive as the models, changed signals and info().
  void refreshOrgs();
  void setOnDuty(bool on, const QString& room = {});
  void refreshQueue();
  void refreshInbox();
  void readStats(Period period, const QDate& day);
  void take(const QString& ticket);
  void showTicket(const QString& ticket);
  Status say(const QString& text);
  // The colleagues on duty for the organisation shown, other than us, as the relay listed them
  // last (asked with the queue), with the name this device knows for each ("" when none).
  const std::vector<engine::Colleague>& colleagues() const { return colleagues_; }
  // How the desk names a colleague on duty: her name, or the start of her id.
  static QString colleagueLabel(const engine::Colleague& colleague);
  void refreshColleagues();
  // `colleague` is one of colleagues() by name (as colleagueLabel() shows it), or an account id
  // as `relais whoami` shows it.
  Status handOff(const QString& colleague);
  void endShown();
  void markHandled(const QString& message_id);
  // Answers a message left out of hours (one this device holds), end-to-end encrypted to the
  // person as the organisation's answer; the relay then marks it handled for the colleagues.
  Status answer(const QString& message_id, const QString& text);
  void setLanguage();  // texts are made at data() time: tell the views
  void clear();

  // Feeds one engine event (the workspace forwards every event). True when it was only ours.
  bool handle(const engine::Event& event);

 Q_SIGNALS:
  void orgsChanged();
  void dutyChanged(bool on_duty);
  void linesChanged();
  void statsChanged();
  void colleaguesChanged();
  void info(const QString& sentence);

 private:
  enum class Ask {
    orgs,
    probe,
    open,
    close,
    queue,
    take,
    handoff,
    end,
    say,
    inbox,
    handled,
    answer,
    stats,
    colleagues
  };
  struct Pending {
    Ask ask = Ask::orgs;
    QString org;
    QString ticket;
  };
  void track(engine::RequestId request, Ask ask, const QString& org = {},
             const QString& ticket = {});
  void addWorkerOrg(const QString& org);
  void primeTickets();
  Line lineOf(const engine::Message& m) const;
  void loadLines();
  void updatePolling();

  EngineHost& host_;
  std::map<QString, QString> org_names_;    // every organisation listed, id -> name
  std::map<QString, QString> worker_orgs_;  // ours, id -> name
  QString org_;
  std::map<QString, bool> on_duty_;
  WorkerQueueModel queue_;
  WorkerTicketModel tickets_;
  WorkerInboxModel inbox_;
  QString shown_;
  std::vector<Line> lines_;
  std::optional<engine::StatsView> stats_;
  std::vector<engine::Colleague> colleagues_;
  std::map<engine::RequestId, Pending> pending_;
  // While on duty the queue is asked for every few seconds: waits age, and a push may be missed.
  QTimer poll_;
  // Roles change rarely; asking again now and then finds a new one without a restart.
  QTimer orgs_timer_;
};

}  // namespace relais::qt

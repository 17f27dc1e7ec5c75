// Chat permanences: organisations and their weekly schedules, the live permanence (who is on
// duty, the queue of anonymous tickets, conversations and handoffs), out-of-hours message
// markers, the anonymous day counts, and the resources directory.
//
// Everything a permanence needs survives a restart of the relay (a clean one or a kill -9): who
// is on duty, the queue in its order, taken tickets, pending handoffs and the ends not yet told.
// The store never names a member: a ticket is keyed by SHA-256 of a secret only the member's
// client holds (Knock.secret), its id is derived from that key with the relay's ticket key, and
// the member's account is known in memory only, once her client presents the secret (Knock,
// TicketStatus) on a connection. Workers are named (they are on duty as themselves).
//
// Locking: one mutex guards everything below. Permanence traffic is small (a few workers, a
// queue of tens); one lock makes "two workers take one ticket at the same instant" trivially
// exclusive. Role checks read the store before taking it. A change is staged under it with its
// undo (StagedChanges); the store's refusal comes back as commit's return value, never as a
// callback under the lock, so the lock is a plain one.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/schedule/schedule.h"
#include "permanence_records.pb.h"
#include "server/relay/accounts.h"
#include "server/relay/context.h"
#include "server/relay/resources.h"

namespace relais::server {

class PermanenceService {
 public:
  // What permanences need of rooms: whether one exists, and telling its members that a
  // permanence started or ended (a RoomEvent appended to its log).
  struct Rooms {
    std::function<bool(std::string_view room)> exists;
    std::function<void(const std::string& room, wire::RoomEvent event)> announce;
    // Hands a checked ticket message to the mailbox (as a Send from the connection's account).
    std::function<void(const ConnectionPtr& conn, uint64_t id, const wire::Send& send)> deliver;
  };

  static constexpr uint64_t kDefaultWaitPerPlaceS = 600;      // when no conversation ended yet
  static constexpr uint64_t kDutyOfflineMs = 15 * 60 * 1000;  // an offline worker goes off duty
  static constexpr uint64_t kTakenTicketMaxMs = 12 * 3600 * 1000;  // then the ticket ends
  // An ended ticket is kept until both sides were told, at most this long.
  static constexpr uint64_t kEndedKeepMs = 7ull * 24 * 3600 * 1000;

  PermanenceService(RelayContext& ctx, AccountService& accounts, Rooms rooms);

  // Reads the resources file (--resources) and loads organisations and message markers.
  // Fails with a clear sentence when the resources file is given but is not a JSON object.
  Status load();

  // Organisations.
  void create_org(const ConnectionPtr& conn, uint64_t id, const wire::CreateOrg& req);
  void list_orgs(const ConnectionPtr& conn, uint64_t id);
  void list_workers(const ConnectionPtr& conn, uint64_t id, const wire::ListWorkers& req);
  bool org_exists(std::string_view org);

  // Schedules.
  void add_slot(const ConnectionPtr& conn, uint64_t id, const wire::AddSlot& req);
  void remove_slot(const ConnectionPtr& conn, uint64_t id, const wire::RemoveSlot& req);
  void cancel_date(const ConnectionPtr& conn, uint64_t id, const wire::CancelDate& req);
  void list_permanences(const ConnectionPtr& conn, uint64_t id, const wire::ListPermanences& req);

  // The live permanence (tickets.cpp).
  void staff_open(const ConnectionPtr& conn, uint64_t id, const wire::StaffOpen& req);
  void staff_close(const ConnectionPtr& conn, uint64_t id, const wire::StaffClose& req);
  void knock(const ConnectionPtr& conn, uint64_t id, const wire::Knock& req);
  void ticket_status(const ConnectionPtr& conn, uint64_t id, const wire::TicketStatus& req);
  void ticket_leave(const ConnectionPtr& conn, uint64_t id);
  void staff_queue(const ConnectionPtr& conn, uint64_t id, const wire::StaffQueue& req);
  void staff_take(const ConnectionPtr& conn, uint64_t id, const wire::StaffTake& req);
  void staff_handoff(const ConnectionPtr& conn, uint64_t id, const wire::StaffHandoff& req);
  void handoff_answer(const ConnectionPtr& conn, uint64_t id, const wire::HandoffAnswer& req);
  void ticket_end(const ConnectionPtr& conn, uint64_t id, const wire::TicketEnd& req);
  void ticket_send(const ConnectionPtr& conn, uint64_t id, const wire::TicketSend& req);
  void staff_status(const ConnectionPtr& conn, uint64_t id);

  // Out-of-hours messages, counts, the resources directory.
  void org_message_sent(const ConnectionPtr& conn, uint64_t id, const wire::OrgMessageSent& req);
  void org_message_handled(const ConnectionPtr& conn, uint64_t id,
                           const wire::OrgMessageHandled& req);
  void staff_inbox(const ConnectionPtr& conn, uint64_t id, const wire::StaffInbox& req);
  void staff_stats(const ConnectionPtr& conn, uint64_t id, const wire::StaffStats& req);
  void get_resources(const ConnectionPtr& conn, uint64_t id, const wire::GetResources& req);

  // Upkeep, about once a minute: a worker offline for kDutyOfflineMs goes off duty, a taken
  // ticket older than kTakenTicketMaxMs ends, inbox markers older than RelayConfig::queue_max_age
  // go (the messages they stand for have left the workers' queues by then too), and ended
  // tickets older than kEndedKeepMs go.
  void tick();
  // Waiting tickets whose member has had no connection for RelayConfig::permanence_away_grace
  // leave the queue ("away"); those behind are told their new place. Called by tick() and, more
  // often, by the server (RelayCore::check_away).
  void check_away();
  // The account's connection closed: its waiting ticket, if any, counts as away from now.
  void member_gone(const AccountId& account);

  // How long an out-of-hours marker is kept: as long as a queued envelope.
  uint64_t inbox_keep_ms() const {
    return static_cast<uint64_t>(ctx_.config.queue_max_age.count()) * 1000;
  }

  // Table::orgs keys (the org -> workers index is AccountService's).
  static std::string org_key(std::string_view org);
  static std::string marker_key(std::string_view org, std::string_view message_id);
  static std::string ticket_key(std::string_view binding);
  static std::string duty_key(std::string_view org, const AccountId& worker);
  // What a ticket's record is keyed by: SHA-256 of the member's secret, with a context.
  static std::string binding_of(std::string_view secret);

 private:
  struct Ticket {
    std::string id;       // derived from `binding`; never stored
    std::string binding;  // the record's key: SHA-256 of the member's secret
    records::TicketRecord record;
    std::optional<AccountId> member;  // memory only: the account that presented the secret
    uint64_t version = 0;             // bumped by each change being committed
    // Memory only, for the limits on a permanence's queue: since when its member has had no
    // connection (0: connected, or not yet seen away), and the network (ConnState::network_key;
    // 0 when unknown since a restart) and newness of the account that knocked.
    uint64_t away_since_ms = 0;
    uint64_t network = 0;
    bool new_account = false;

    bool live() const { return record.ended().empty(); }
    bool taken() const { return !record.worker().empty(); }
    std::optional<AccountId> worker() const;
    std::optional<AccountId> offered_to() const;
  };
  struct Org {
    records::Organisation record;
    schedule::Schedule schedule;  // built from record
    uint64_t version = 0;         // bumped by each change being committed
    // The live permanence (duty is also stored; the rest is rebuilt from the tickets).
    std::set<AccountId> on_duty;
    std::map<AccountId, uint64_t> offline_since;  // workers on duty seen offline by tick()
    std::string open_room;                        // where the open permanence was announced
    std::deque<std::string> queue;                // waiting tickets, first = next
    std::deque<uint64_t> recent_conversations_s;  // lengths of the last conversations
    std::map<std::string, records::OrgMessageMarker> inbox;  // message id -> marker
    // The network each marker of this run came from (ConnState::network_key), so that one
    // network holds at most RelayConfig::org_inbox_per_network of the inbox. In memory only:
    // the marker on disk never says who left it; an entry whose marker is gone is dropped
    // when counted.
    std::unordered_map<std::string, uint64_t> inbox_network;
  };
  class TicketChange;

  Org* find_locked(std::string_view org);
  // Checks the org id and that it exists; answers the request if not.
  bool check_org(const ConnectionPtr& conn, uint64_t id, std::string_view org);
  // Whether the caller is an outreach worker of `org` (or, with admin_too, an admin); answers
  // FORBIDDEN (or STORE_FAILURE) if not.
  bool require_worker(const ConnectionPtr& conn, uint64_t id, std::string_view org, bool admin_too);
  Result<bool> is_worker(const AccountId& account, std::string_view org) const;
  Result<bool> has_workers(std::string_view org) const;

  static Status rebuild_schedule(Org& org);
  // Commits the org's record; answers `answer` once durable, or STORE_FAILURE and restores
  // `previous` (at once when refused; after a failed write unless a later change superseded it).
  void save_org_locked(Org& org, records::Organisation previous, const ConnectionPtr& conn,
                       wire::ServerFrame answer);
  wire::PermanenceInfo info_locked(const Org& org, uint64_t now) const;

  // Adds to today's counts of the organisation (Brussels day) and writes them.
  void count_locked(std::string_view org,
                    const std::function<void(records::PermanenceDay&)>& change);

  // Pushes decided under the lock and sent once it is released (declare it before the lock):
  // no connection is ever written to while the lock is held, so a busy one never holds up the
  // permanence, and pushes keep the order in which they were decided within one request.
  class Outbox {
   public:
    explicit Outbox(PermanenceService& service) : service_(service) {}
    Outbox(const Outbox&) = delete;
    Outbox& operator=(const Outbox&) = delete;
    ~Outbox() {
      for (const auto& [account, frame] : frames_) service_.push(account, frame);
      for (const auto& [org, kind] : watched_) service_.tell_watchers(org, kind);
    }
    void push(const AccountId& account, wire::ServerFrame frame) {
      frames_.emplace_back(account, std::move(frame));
    }
    // A permanence opened or closed: told to the connections watching.
    void opened_or_closed(std::string org, wire::PermanenceEventKind kind) {
      watched_.emplace_back(std::move(org), kind);
    }
    // The change these pushes told of was refused: nothing is sent.
    void cancel() {
      frames_.clear();
      watched_.clear();
    }

   private:
    PermanenceService& service_;
    std::vector<std::pair<AccountId, wire::ServerFrame>> frames_;
    std::vector<std::pair<std::string, wire::PermanenceEventKind>> watched_;
  };

  // Sends a frame (id 0) to the account if it is online. Not under the lock: see Outbox.
  void push(const AccountId& account, const wire::ServerFrame& frame);

  // Live permanence helpers (tickets.cpp), all under the lock.
  Status load_live_locked();
  std::string ticket_id_locked(std::string_view binding, uint32_t round) const;
  void push_to_duty_locked(Outbox& out, const Org& org, wire::PermanenceEvent event);
  wire::Ticket ticket_view_locked(const Ticket& ticket) const;
  uint64_t wait_estimate_locked(const Org& org, size_t place) const;
  wire::PermanenceClosed closed_view_locked(const Org& org, bool can_leave_message) const;
  // The languages the permanence offers now: the open slot's, else the organisation's.
  std::vector<std::string> languages_offered_locked(const Org& org, uint64_t now) const;
  // Tells the waiting tickets from `from` on their new place, and the workers the queue length.
  void queue_moved_locked(Outbox& out, Org& org, size_t from);
  void rebuild_queue_locked(Org& org);
  void go_off_duty_locked(Outbox& out, TicketChange& change, Org& org, const AccountId& worker);
  void announce_locked(const Org& org, const std::string& room, wire::RoomEventKind kind);
  // Pushes OPENED / CLOSED to the connections that watch the permanences.
  void tell_watchers(const std::string& org, wire::PermanenceEventKind kind);
  // Ends a live ticket: out of the queue (unanswered) or out of its conversation (one held).
  // `tell_queue`: the people behind are told their new place (false when the caller tells
  // them once for several tickets).
  void end_ticket_locked(Outbox& out, TicketChange& change, Ticket& t, const char* reason,
                         uint64_t now, bool tell_queue = true);
  void check_away_locked(Outbox& out, TicketChange& change, uint64_t now);
  // Whether a knock from `conn` finds room in the queue; if not, answers with the closed view
  // (PermanenceClosed.full) and tallies the refusal.
  bool queue_has_room_locked(const ConnectionPtr& conn, uint64_t id, const Org& org,
                             bool can_leave_message);
  // The ticket named by a request, or an answer (INVALID_ARGUMENT / NO_SUCH_TICKET). Ended
  // tickets are not found unless `ended_too`.
  Ticket* find_ticket_locked(const ConnectionPtr& conn, uint64_t id, std::string_view ticket,
                             bool ended_too = false);
  // The live ticket `account` presented the secret of, if any.
  Ticket* ticket_of_locked(const AccountId& account);
  // Binds a ticket to the account that presented its secret (memory only).
  void attach_locked(Outbox& out, Ticket& t, const AccountId& account);
  // The org of a ticket, read under the lock (empty when none), for a role check outside it.
  std::string org_of_ticket(std::string_view ticket);
  // Answers TicketStatus / Knock for a ticket found by its secret: its state (binding the
  // connection's account to it), or its end (which the member is then told of).
  void answer_status_locked(Outbox& out, const ConnectionPtr& conn, uint64_t id, Ticket& t);
  // Memory only: drops a ticket and its indexes; puts one back as it was (undo).
  void forget_locked(const std::string& id);
  void put_back_locked(const std::string& id, const std::optional<Ticket>& before);
  // An ended ticket whose end both sides have seen is forgotten.
  void settle_locked(const std::string& id);
  void remember_conversation_locked(Org& org, uint64_t length_s);

  RelayContext& ctx_;
  AccountService& accounts_;
  Rooms rooms_;
  ResourceDirectory resources_;

  std::mutex mutex_;
  std::map<std::string, Org, std::less<>> orgs_;  // never erased but for a failed creation
  std::string ticket_key_;  // the relay's secret ticket ids are derived with (Table::meta)
  std::unordered_map<std::string, Ticket> tickets_;          // by id, live and ended
  std::unordered_map<std::string, std::string> by_binding_;  // record key -> id
  std::unordered_map<AccountId, std::string> ticket_of_;     // member -> its one live ticket
  uint64_t next_order_ = 1;
  uint64_t started_ms_ = 0;  // when the tickets were loaded: a restart's waiting are away since
  uint64_t ticket_versions_ = 0;
  // Connections that asked ListPermanences{watch}: told when a permanence opens or closes.
  std::mutex watchers_mutex_;
  std::vector<ConnectionWeak> watchers_;
  // Today's counts as last written, so increments never read a write still being committed.
  std::map<std::string, records::PermanenceDay> counts_;
  schedule::Date counts_day_;
};

}  // namespace relais::server

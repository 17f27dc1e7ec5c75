// Chat permanences: organisations and their weekly schedules (persisted), the live permanence
// (who is on duty, the queue of anonymous tickets, conversations and handoffs: in memory only,
// so a relay restart ends them), out-of-hours message markers, the anonymous day counts, and the
// resources directory. The relay knows a ticket's account only to route frames; it writes no
// ticket id anywhere, and never sees a pseudonym.
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
  };

  static constexpr uint64_t kDefaultWaitPerPlaceS = 600;      // when no conversation ended yet
  static constexpr uint64_t kDutyOfflineMs = 15 * 60 * 1000;  // an offline worker goes off duty
  static constexpr uint64_t kTakenTicketMaxMs = 12 * 3600 * 1000;  // then the ticket ends

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
  void list_permanences(const ConnectionPtr& conn, uint64_t id);

  // The live permanence (tickets.cpp).
  void staff_open(const ConnectionPtr& conn, uint64_t id, const wire::StaffOpen& req);
  void staff_close(const ConnectionPtr& conn, uint64_t id, const wire::StaffClose& req);
  void knock(const ConnectionPtr& conn, uint64_t id, const wire::Knock& req);
  void ticket_status(const ConnectionPtr& conn, uint64_t id);
  void ticket_leave(const ConnectionPtr& conn, uint64_t id);
  void staff_queue(const ConnectionPtr& conn, uint64_t id, const wire::StaffQueue& req);
  void staff_take(const ConnectionPtr& conn, uint64_t id, const wire::StaffTake& req);
  void staff_handoff(const ConnectionPtr& conn, uint64_t id, const wire::StaffHandoff& req);
  void handoff_answer(const ConnectionPtr& conn, uint64_t id, const wire::HandoffAnswer& req);
  void ticket_end(const ConnectionPtr& conn, uint64_t id, const wire::TicketEnd& req);

  // Out-of-hours messages, counts, the resources directory.
  void org_message_sent(const ConnectionPtr& conn, uint64_t id, const wire::OrgMessageSent& req);
  void org_message_handled(const ConnectionPtr& conn, uint64_t id,
                           const wire::OrgMessageHandled& req);
  void staff_inbox(const ConnectionPtr& conn, uint64_t id, const wire::StaffInbox& req);
  void staff_stats(const ConnectionPtr& conn, uint64_t id, const wire::StaffStats& req);
  void get_resources(const ConnectionPtr& conn, uint64_t id, const wire::GetResources& req);

  // Upkeep, about once a minute: a worker offline for kDutyOfflineMs goes off duty, a taken
  // ticket older than kTakenTicketMaxMs ends, inbox markers older than RelayConfig::queue_max_age
  // go (the messages they stand for have left the workers' queues by then too).
  void tick();

  // How long an out-of-hours marker is kept: as long as a queued envelope.
  uint64_t inbox_keep_ms() const {
    return static_cast<uint64_t>(ctx_.config.queue_max_age.count()) * 1000;
  }

  // Table::orgs keys (the org -> workers index is AccountService's).
  static std::string org_key(std::string_view org);
  static std::string marker_key(std::string_view org, std::string_view message_id);

 private:
  struct Ticket {
    std::string id;
    std::string org;
    std::string language;
    AccountId member;
    uint64_t knocked_ms = 0;
    std::optional<AccountId> worker;  // set once taken
    uint64_t taken_ms = 0;
    std::optional<AccountId> offered_to;  // a handoff waiting for the member's answer
  };
  struct Org {
    records::Organisation record;
    schedule::Schedule schedule;  // built from record
    uint64_t version = 0;         // bumped by each change being committed
    // Live, in memory only.
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
    }
    void push(const AccountId& account, wire::ServerFrame frame) {
      frames_.emplace_back(account, std::move(frame));
    }

   private:
    PermanenceService& service_;
    std::vector<std::pair<AccountId, wire::ServerFrame>> frames_;
  };

  // Sends a frame (id 0) to the account if it is online. Not under the lock: see Outbox.
  void push(const AccountId& account, const wire::ServerFrame& frame);

  // Live permanence helpers (tickets.cpp), all under the lock.
  void push_to_duty_locked(Outbox& out, const Org& org, wire::PermanenceEvent event);
  wire::Ticket ticket_view_locked(const Org& org, const Ticket& ticket) const;
  uint64_t wait_estimate_locked(const Org& org, size_t place) const;
  wire::PermanenceClosed closed_view_locked(const Org& org, bool can_leave_message) const;
  // Tells the waiting tickets from `from` on their new place, and the workers the queue length.
  void queue_moved_locked(Outbox& out, Org& org, size_t from);
  void go_off_duty_locked(Outbox& out, Org& org, const AccountId& worker);
  void announce_locked(const Org& org, const std::string& room, wire::RoomEventKind kind);
  // Removes a ticket: from the queue (unanswered) or from its worker (a conversation held).
  void drop_ticket_locked(Outbox& out, Org& org, const std::string& ticket_id, uint64_t now);
  std::string new_ticket_id_locked();
  void remember_conversation_locked(Org& org, uint64_t length_s);
  // The ticket named by a request, or an answer (INVALID_ARGUMENT / NO_SUCH_TICKET).
  Ticket* find_ticket_locked(const ConnectionPtr& conn, uint64_t id, std::string_view ticket);
  // The org of a ticket, read under the lock (empty when none), for a role check outside it.
  std::string org_of_ticket(std::string_view ticket);

  RelayContext& ctx_;
  AccountService& accounts_;
  Rooms rooms_;
  ResourceDirectory resources_;

  std::mutex mutex_;
  std::map<std::string, Org, std::less<>> orgs_;  // never erased but for a failed creation
  std::unordered_map<std::string, Ticket> tickets_;
  std::unordered_map<AccountId, std::string> ticket_of_;  // member -> its one ticket
  // Today's counts as last written, so increments never read a write still being committed.
  std::map<std::string, records::PermanenceDay> counts_;
  schedule::Date counts_day_;
};

}  // namespace relais::server

// Rooms: membership (kept by the relay because it routes), one log per room in which every
// message and membership event is stored once with a sequence number, fan-out of each new entry
// to the members online, and catch-up from a member's cursor after log-in. The relay sees only
// ciphertexts (libsignal SenderKeyMessages) and franking commitments; it binds each commitment
// to sender, room, sequence and time with a tag (core/franking) so reports can be verified.
// Moderation and administration of rooms (moderation.cpp) act on the same state under the same
// locks, so they are part of this class: roles are checked against the account records,
// every action is a room event in the log and an entry in the room's moderation log.
//
// A handler locks the room, checks, stages its writes and the matching in-memory change in a
// StagedChanges (with how to undo it), and commits: a refusal undoes at once and is answered
// STORE_FAILURE; a queued entry is answered and fanned out from the store's callback.
#pragma once

#include <atomic>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

#include "records.pb.h"
#include "server/relay/accounts.h"
#include "server/relay/context.h"
#include "server/relay/staged_changes.h"

namespace relais::server {

class RoomService {
 public:
  static constexpr uint64_t kWeekS = 7 * 24 * 3600;
  static constexpr uint32_t kDefaultMaxMembers = 5000;

  RoomService(RelayContext& ctx, AccountService& accounts);
  // Writes the cursors not yet written and waits for them; stops the store's fan-out hook.
  ~RoomService();
  RoomService(const RoomService&) = delete;
  RoomService& operator=(const RoomService&) = delete;

  // Loads rooms and memberships; creates the five regional rooms on a relay's first start.
  Status load();

  void list(const ConnectionPtr& conn, uint64_t id);
  void join(const ConnectionPtr& conn, uint64_t id, const wire::JoinRoom& req);
  void leave(const ConnectionPtr& conn, uint64_t id, const wire::LeaveRoom& req);
  void members(const ConnectionPtr& conn, uint64_t id, const wire::ListMembers& req);
  void post(const ConnectionPtr& conn, uint64_t id, const wire::PostRoom& req);
  void ack(const ConnectionPtr& conn, uint64_t id, const wire::RoomAck& req);
  void verify_franking(const ConnectionPtr& conn, uint64_t id, const wire::VerifyFranking& req);

  // Moderation (a moderator of the room, or an admin).
  void moderate(const ConnectionPtr& conn, uint64_t id, const wire::ModAction& req);
  void join_requests(const ConnectionPtr& conn, uint64_t id, const wire::ListJoinRequests& req);
  void read_mod_log(const ConnectionPtr& conn, uint64_t id, const wire::ReadModLog& req);
  // A member says it sent a report to the moderators: only a count goes up.
  void report_filed(const ConnectionPtr& conn, uint64_t id, const wire::ReportFiled& req);
  // A moderator of the room (or an admin) marks a report handled: kept as the report's random
  // id and the time (never who marked it), pushed to the room's other moderators online, and
  // listed to any of them who asks (after a log-in). At most wire::kMaxHandledReports per room
  // (the oldest go), each for wire::kHandledReportKeepS.
  void report_handled(const ConnectionPtr& conn, uint64_t id, const wire::ReportHandled& req);
  void list_handled_reports(const ConnectionPtr& conn, uint64_t id,
                            const wire::ListHandledReports& req);

  // Administration (an admin; room invites also a moderator of the room).
  void grant_role(const ConnectionPtr& conn, uint64_t id, const wire::GrantRole& req);
  void revoke_role(const ConnectionPtr& conn, uint64_t id, const wire::RevokeRole& req);
  void create_room(const ConnectionPtr& conn, uint64_t id, const wire::CreateRoom& req);
  void create_invite(const ConnectionPtr& conn, uint64_t id, const wire::CreateInvite& req);

  // Reports filed in a room since the relay started (0 for an unknown room).
  uint64_t reports_filed(std::string_view room);
  // Posts of a room remembered to answer a PostRoom sent again (RelayConfig::room_recent_posts,
  // more only while posts are being committed): for tests and the operator's figures.
  size_t remembered_posts(std::string_view room);

  // For permanences: whether a room exists, and appending an event (PERMANENCE_STARTED /
  // ENDED) to its log, delivered to its members in order like every entry. Nothing happens for
  // an unknown room; a failed write is only logged (no one waits for an answer).
  bool has_room(std::string_view room);
  void append_event(std::string_view room, wire::RoomEvent event);

  // Starts delivering every room the account belongs to, from its cursor, and makes the
  // connection the account's recipient of those rooms' fan-out. On the strand.
  void start(const ConnectionPtr& conn);
  // Persists the cursors of a connection that goes away and takes it out of the fan-out. On its
  // strand.
  void stop(const ConnectionPtr& conn);
  // Delivers more of every room the connection is behind in, while its window has room; the
  // room after the last one served goes first, so that one busy room cannot starve the others.
  // On its strand.
  void resume(const ConnectionPtr& conn);
  // Drops log entries older than each room's retention.
  void expire();
  // Writes the read cursors acknowledged since the last call: one buffered (never synced) batch
  // per room. A cursor lost in a crash only means its entries are delivered again, and the client
  // drops what it has (core/engine/rooms.cpp), so cursors stay off the sync path. Called every
  // RelayConfig::cursor_flush_interval, and when the relay stops.
  void flush_cursors();

  static std::string log_key(std::string_view room, uint64_t seq);
  static std::string member_key(std::string_view room, const AccountId& account);
  // Where flush_cursors() writes a member's read cursor (Table::meta, be64 seq); a relay before
  // it kept the cursor in the membership record only, which load() still reads.
  static std::string cursor_key(std::string_view room, const AccountId& account);
  // Where a report marked handled is kept (Table::meta, be64 time marked).
  static std::string handled_report_key(std::string_view room, std::string_view report_id);
  // Posts remembered per room so that a PostRoom sent again (its Posted was lost) is answered
  // with the first Posted and stores nothing (RelayConfig::room_recent_posts); the tail of each
  // log is read again at start. Copies of one PostRoom sent again while the first is being
  // stored wait for its answer, up to RelayConfig::room_post_waiting_copies; more are refused
  // (RATE_LIMITED), so that a client repeating itself holds bounded memory.
  // Member rows the ListMembers of one WebSocket message may list in all (~70 bytes each in the
  // answer): five full rooms of the default size. A message's answers are all built before the
  // first is written, so 512 listings of a 5,000-member room would hold ~180 MB; past this the
  // rest are refused RATE_LIMITED. The first listing of a message is always answered.
  static constexpr size_t kMaxMemberRowsPerMessage = 5 * kDefaultMaxMembers;
  // Moderation-log keys sort by time, then by a per-room counter among equal times.
  static std::string mod_log_key(std::string_view room, uint64_t time_ms, uint64_t counter);
  static std::vector<wire::RoomInfo> default_rooms();

 private:
  struct Room {
    // Set before the room is published, never changed: read without lock. A setting that
    // changes later (as pins do) is a field below, under the lock (docs/architecture.md).
    wire::RoomInfo info;
    // Guards everything below. Held while a log entry is handed to the store, so that commits
    // (and therefore fan-outs) follow sequence order; never held while waiting for a commit.
    std::mutex mutex;
    std::unordered_map<AccountId, records::Membership> members;  // JOINED
    // The members' connections that are logged in: the fan-out's recipients. Kept a subset of
    // `members` (changed with it, undone with it); set at log-in, dropped at close.
    std::unordered_map<AccountId, ConnectionWeak> online;
    std::unordered_map<AccountId, records::Membership> pending;  // knocked, waiting
    // The network each knock of this run came from (ConnState::network_key), so that one
    // network holds at most RelayConfig::room_pending_per_network of the requests. In memory
    // only; an entry whose account no longer waits is dropped when counted.
    std::unordered_map<AccountId, uint64_t> pending_network;
    std::unordered_map<AccountId, records::Membership> banned;
    std::vector<wire::Pin> pins;
    std::map<std::string, uint32_t> invite_uses_committing;  // invite hash -> uses in flight
    std::set<uint64_t> removing;  // seqs whose removal is being committed
    // The last RelayConfig::room_recent_posts posts, by sender id || message id: what their Posted said. A post
    // being committed is not `stored` yet; the same post sent again meanwhile waits for it.
    struct RecentPost {
      uint64_t seq = 0;
      uint64_t time_ms = 0;
      std::string franking_tag;
      bool stored = false;
      std::vector<std::pair<ConnectionPtr, uint64_t>> waiting;  // connection, request id
    };
    std::unordered_map<std::string, RecentPost> recent;
    // Oldest first: key and seq, so that a slot left by an undone post never removes the same
    // post sent again later. Longer than room_recent_posts only by the posts being committed
    // from the oldest of them on (trim_recent_locked).
    std::deque<std::pair<std::string, uint64_t>> recent_order;
    uint64_t next_seq = 1;
    uint64_t next_mod = 1;  // counter of moderation-log keys
    std::atomic<uint64_t> reports{0};
    // Reports marked handled: report id -> when (Table::meta, handled_report_key).
    std::map<std::string, uint64_t> handled_reports;
  };
  using EntryDone = std::function<void(Status, const wire::RoomEntry&, const wire::SharedElement&)>;
  // Requests waiting for the answer of a post being committed: connection, request id.
  using Waiters = std::shared_ptr<std::vector<std::pair<ConnectionPtr, uint64_t>>>;

  Room* find(std::string_view room);
  // Appends an entry (its seq and time are filled in by next_entry_locked) to the log, in the
  // batch of `change` with the request's other writes, under the room's lock held by the caller.
  // Refused by the store: the change is undone, the entry's sequence number given back (no gap),
  // and the refusal returned; `done` never runs. Queued: once written, `done` runs on the store's
  // writer thread and the entry is fanned out to the members online at that moment.
  [[nodiscard]] Status append_locked(Room& room, wire::RoomEntry entry, StagedChanges change,
                                     EntryDone done);
  StagedChanges stage(Room& room) { return StagedChanges(room.mutex); }
  // The EntryDone of a request answered with `answer` once its entry is stored, else
  // STORE_FAILURE.
  EntryDone answer_when_stored(const ConnectionPtr& conn, wire::ServerFrame answer);
  // A membership change in memory, with its undo, keeping `online` in step with `members`
  // (`conn`: the account's connection if it is logged in). The caller writes the record. Under
  // the lock.
  void add_member_locked(Room& room, StagedChanges& change, const AccountId& account,
                         const records::Membership& m, const ConnectionPtr& conn);
  void drop_member_locked(Room& room, StagedChanges& change, const AccountId& account);
  // A new entry of the room's log with its sequence and time, under the room's lock.
  wire::RoomEntry next_entry_locked(Room& room, uint64_t now);
  // The room as `account` sees it (member count, joined, pending, live pins). Under the lock.
  wire::RoomInfo info_for_locked(const Room& room, const AccountId& account, uint64_t now) const;
  records::Room record_locked(const Room& room) const;
  // Adds an entry to the room's moderation log in `batch` (time and key filled in). Under the lock.
  void log_moderation_locked(Room& room, WriteBatch& batch, wire::ModLogEntry entry);
  // Starts live delivery of a room the connection's account just joined. On its strand.
  void begin_delivery(Connection& conn, const std::string& room, uint64_t from_seq);
  // Delivers the entries of the account's cursor up to the one that ends its membership (kick,
  // ban: entry `seq`), in order and as its window allows, then nothing more.
  void deliver_last(const AccountId& account, const std::string& room, uint64_t seq);
  // Pushes a Joined frame (a knock's answer) to the account if it is online.
  void push_joined(const AccountId& account, wire::Joined joined);
  // Whether the connection's account may moderate the room; answers the request if not.
  bool require_moderator(const ConnectionPtr& conn, uint64_t id, std::string_view room);
  bool require_admin(const ConnectionPtr& conn, uint64_t id);
  void knock_locked(const ConnectionPtr& conn, uint64_t id, Room& room, const AccountId& me);
  // Whether the room holds as many members as its cap, counting only those who read something
  // in it since they joined, joined less than RelayConfig::room_idle_member_days ago, or are
  // online. Under the lock.
  bool full_locked(const Room& room, uint64_t now_ms) const;
  // Takes one join from the account's and its network's budgets, or answers RATE_LIMITED.
  bool take_join(Connection& conn, uint64_t id, uint64_t now);
  void change_role(const ConnectionPtr& conn, uint64_t id, const std::string& account,
                   const wire::RoleGrant& grant, bool add);

  struct Target {
    AccountId account;
    bool moderates = false;  // a moderator of the room or an admin
  };
  void approve(const ConnectionPtr& conn, uint64_t id, Room& room, const Target& target);
  void refuse(const ConnectionPtr& conn, uint64_t id, Room& room, const Target& target);
  void kick(const ConnectionPtr& conn, uint64_t id, Room& room, const Target& target);
  void ban(const ConnectionPtr& conn, uint64_t id, Room& room, const Target& target);
  void unban(const ConnectionPtr& conn, uint64_t id, Room& room, const Target& target);
  void mute(const ConnectionPtr& conn, uint64_t id, Room& room, const Target& target,
            uint64_t duration_s);
  void remove(const ConnectionPtr& conn, uint64_t id, Room& room, uint64_t seq);
  void pin(const ConnectionPtr& conn, uint64_t id, Room& room, uint64_t seq, uint64_t duration_s);
  void unpin(const ConnectionPtr& conn, uint64_t id, Room& room, uint64_t seq);
  // After a change of room.pins staged in `change`: restores `previous` if the write fails and
  // the pins are still as staged. Under the lock.
  void undo_pins_locked(Room& room, StagedChanges& change, std::vector<wire::Pin> previous);
  // Whether log entry `seq` of the room is a message (not an event, not removed).
  Result<bool> is_message(const std::string& room, uint64_t seq) const;
  // Entries of one room written in one commit group, in seq order.
  using Committed = std::vector<std::pair<uint64_t, wire::SharedElement>>;
  // Posts the entries of a room that one commit group wrote to the strand of each member online,
  // once per member for the whole group: their connections are copied under the room's lock,
  // then posted to outside it. From the store's after-group hook, in seq order.
  void fan_out(Room& room, std::shared_ptr<const Committed> entries);
  // The store's after-group hook: fans out what the group's callbacks gathered.
  void fan_out_group();
  // Delivers a committed entry if the connection is live and has room, else reads from the store
  // (which then holds every entry of the group): returns whether it read.
  bool on_committed(const ConnectionPtr& conn, const std::string& room, uint64_t seq,
                    const wire::SharedElement& element);
  // Delivers what the store holds after the cursor, up to its window; never past the entry that
  // ended the membership (RoomCursor::ends_at), after which the cursor is dropped.
  void pump(const ConnectionPtr& conn, const std::string& room);
  // Whether the cursor's membership still lasts: lock-free while no membership ended anywhere
  // since it was last seen (memberships_ended_), else checked under the room's lock. A cursor of
  // an earlier membership (left and joined again since) does not last.
  bool membership_lasts(const std::string& room, RoomCursor& cursor, const AccountId& account);
  // Whether a stored log entry is the event that ended `account`'s membership.
  static bool ends_membership(std::string_view stored, const AccountId& account);
  // On the connection's strand after a failed leave: delivers the room again, as start() does,
  // if the account is still a member online on this connection and nothing delivers it yet.
  void restart_delivery(const ConnectionPtr& conn, const std::string& room);
  // Puts cursors a flush could not write back for the next flush (under cursors_mutex_).
  void keep_unsaved(const std::map<std::string, uint64_t>& cursors);
  // Takes a room's cursor off the connection, giving its unacknowledged bytes back to the window.
  static void forget_cursor(ConnState& st,
                            std::map<std::string, RoomCursor, std::less<>>::iterator it);
  static wire::ServerFrame posted_frame(uint64_t id, const std::string& room,
                                        const Room::RecentPost& post);
  // Remembers a post staged in `change` (undone with it); the oldest beyond RelayConfig::room_recent_posts go.
  // If the write fails, those waiting for it are moved into `orphans` to be answered.
  void remember_post_locked(Room& room, StagedChanges& change, const std::string& key,
                            Room::RecentPost post, Waiters orphans);
  // Forgets the oldest remembered posts beyond RelayConfig::room_recent_posts, up to the oldest
  // one still being committed (someone may wait for its answer): its callback, or its undo,
  // trims again. Each turn removes one slot, so it ends. Under the lock.
  void trim_recent_locked(Room& room);
  // Reads the last RelayConfig::room_recent_posts entries of each room's log into `recent`. At start.
  Status load_recent_posts();
  // Remembers a member's acknowledged cursor for the next flush_cursors().
  void note_cursor(const ConnectionPtr& conn, const std::string& room, RoomCursor& cursor);

  RelayContext& ctx_;
  AccountService& accounts_;
  std::shared_mutex rooms_mutex_;  // guards the map and creating_; rooms are never removed
  std::map<std::string, std::unique_ptr<Room>, std::less<>> rooms_;
  std::set<std::string, std::less<>> creating_;  // rooms whose creation is being committed
  // What the current commit group wrote, per room; only the store's writer thread touches it.
  std::vector<std::pair<Room*, Committed>> committed_;
  // Cursors acknowledged and not yet written: member_key(room, account) -> seq. Ordered, so that
  // one room's cursors are next to each other.
  std::mutex cursors_mutex_;
  std::map<std::string, uint64_t> unsaved_cursors_;
  // Memberships ended (leave, kick, ban staged), in every room: one count rather than one per
  // room, so that pump() reads it without looking the room up. Raised under the room's lock
  // before the ending entry is committed, so a pump whose read of the store holds that entry
  // sees it moved (membership_lasts).
  std::atomic<uint64_t> memberships_ended_{0};
};

}  // namespace relais::server

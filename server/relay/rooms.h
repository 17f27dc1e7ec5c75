// Rooms: membership (kept by the relay because it routes), one log per room in which every
// message and membership event is stored once with a sequence number, fan-out of each new entry
// to the members online, and catch-up from a member's cursor after log-in. The relay sees only
// ciphertexts (libsignal SenderKeyMessages) and franking commitments; it binds each commitment
// to sender, room, sequence and time with a tag (core/franking) so reports can be verified.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

#include "records.pb.h"
#include "server/relay/accounts.h"
#include "server/relay/context.h"

namespace relais::server {

class RoomService {
 public:
  RoomService(RelayContext& ctx, AccountService& accounts);

  // Loads rooms and memberships; creates the five regional rooms on a relay's first start.
  Status load();

  void list(const ConnectionPtr& conn, uint64_t id);
  void join(const ConnectionPtr& conn, uint64_t id, const wire::JoinRoom& req);
  void leave(const ConnectionPtr& conn, uint64_t id, const wire::LeaveRoom& req);
  void members(const ConnectionPtr& conn, uint64_t id, const wire::ListMembers& req);
  void post(const ConnectionPtr& conn, uint64_t id, const wire::PostRoom& req);
  void ack(const ConnectionPtr& conn, uint64_t id, const wire::RoomAck& req);
  void verify_franking(const ConnectionPtr& conn, uint64_t id, const wire::VerifyFranking& req);

  // Starts delivering every room the account belongs to, from its cursor. On the strand.
  void start(const ConnectionPtr& conn);
  // Persists the cursors of a connection that goes away. On its strand.
  void stop(const ConnectionPtr& conn);
  // Drops log entries older than each room's retention.
  void expire();

  static std::string log_key(std::string_view room, uint64_t seq);
  static std::string member_key(std::string_view room, const AccountId& account);
  static std::vector<wire::RoomInfo> default_rooms();

 private:
  struct Room {
    wire::RoomInfo info;
    std::mutex mutex;  // guards members and next_seq; held while a log entry is handed to the store
    std::unordered_map<AccountId, records::Membership> members;
    uint64_t next_seq = 1;
  };

  Room* find(std::string_view room);
  // Appends an entry (its seq and time are filled in) to the log with `extra` writes in the same
  // batch, under the room's lock held by the caller; after the commit, `done` runs and the entry
  // is fanned out to the members online at that moment.
  void append_locked(Room& room, wire::RoomEntry entry, WriteBatch extra,
                     std::function<void(Status, const wire::RoomEntry&)> done);
  void fan_out(Room& room, uint64_t seq, const wire::SharedElement& element);
  void on_committed(const ConnectionPtr& conn, const std::string& room, uint64_t seq,
                    const wire::SharedElement& element);
  void pump(const ConnectionPtr& conn, const std::string& room);
  void persist_cursor(const ConnectionPtr& conn, const std::string& room, RoomCursor& cursor);

  RelayContext& ctx_;
  AccountService& accounts_;
  std::shared_mutex rooms_mutex_;  // guards the map; rooms are never removed
  std::map<std::string, std::unique_ptr<Room>, std::less<>> rooms_;
};

}  // namespace relais::server

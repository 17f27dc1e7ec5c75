// The engine's rooms component: joining and leaving (and knocks answered while away), members and
// our sender key (given to each member over one-to-one sessions before we post, made anew after
// someone left), posting, the room entries the relay delivers, room history and disappearing
// messages. Internal to the engine.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "content.pb.h"
#include "core/engine/direct.h"
#include "core/engine/identities.h"
#include "core/engine/link.h"
#include "core/engine/session.h"
#include "state.pb.h"

namespace relais::engine {

// What a report of a received room message needs (state.proto RoomItem fields 17..20).
struct Opening {
  std::string content;  // serialized RoomContent, exactly as decrypted
  std::string franking_key;
  std::string commitment;
  std::string franking_tag;
};

// A room as the relay describes it, its strings cleaned.
RoomSummary room_summary(const wire::RoomInfo& info);

class Rooms {
 public:
  // What the engine keeps of one room.
  struct Room {
    // ---- Saved
    bool joined = false;
    uint64_t last_seq = 0;
    uint64_t message_lifetime_s = 0;
    bool have_key = false;
    std::set<AccountId> key_holders;  // members holding our current sender key
    bool rotate = false;
    std::vector<std::string> pending;      // serialized wire::RoomEntry, waiting for a sender key
    std::deque<RoomItem> items;            // by seq
    std::map<uint64_t, Opening> openings;  // seq → franking opening of a received message
    bool knocked = false;  // our knock waits; an answer while we were away is found at log-in
  };

  Rooms(Link& link, Session& session, Direct& direct, Identities& identities)
      : link_(link), session_(session), direct_(direct), identities_(identities) {}

  // ---- Commands
  RequestId list_rooms();
  RequestId join_room(std::string_view room, std::string_view invite_code);
  RequestId leave_room(std::string_view room);
  RequestId list_members(std::string_view room);
  // `pin_for_s`: pin_alert() — pinned once posted (Done follows RoomPosted).
  Checked<RequestId> say(std::string_view room, std::string_view text, uint64_t now_ms, bool alert,
                         uint64_t pin_for_s = 0);
  std::vector<std::string> joined_rooms() const;
  std::vector<RoomItem> history(std::string_view room) const;
  std::vector<RoomItem> take_unread();
  void expire(uint64_t now_ms);
  size_t pending_entries(std::string_view room) const;
  const Room* find(std::string_view room) const;

  // ---- From the relay
  void handle_room_entry(const wire::RoomEntry& e, uint64_t now_ms);
  void handle_knock_answer(const wire::Joined& j);  // a moderator answered our knock
  void receive_sender_key(const AccountId& from, const content::SenderKeyDistribution& sk);
  // The entries taken in since the last call, the highest seq per room: RoomAcks, once saved.
  std::map<std::string, uint64_t> take_acks() { return std::exchange(acks_, {}); }

  // ---- The connection
  void reset_connection();
  void after_login();

  void save(state::EngineState& s) const;
  Status load(const state::EngineState& s);

 private:
  // A room text waiting for the members to hold our current sender key.
  struct PlainPost {
    RequestId request = 0;
    std::string text;
    uint64_t now_ms = 0;
    bool alert = false;
    uint64_t pin_for_s = 0;
  };
  // A room message encrypted and waiting for the relay's Posted (state.proto PendingPost).
  // `request` and `pin_for_s` are not saved: after a restart it is confirmed with request 0.
  struct PendingPost {
    std::string room;
    std::string message_id;
    std::string ciphertext;
    std::string commitment;
    std::string text;
    uint64_t created_ms = 0;
    uint64_t lifetime_s = 0;
    bool alert = false;
    RequestId request = 0;
    uint64_t pin_for_s = 0;
  };
  // Per connection: the steps before our posts can leave.
  struct Progress {
    enum class Phase { idle, listing, distributing } phase = Phase::idle;
    std::vector<PlainPost> posts;
    bool want_distribution = false;  // after a join or a newcomer: send our key where missing
    std::set<AccountId> outstanding;
    std::vector<std::pair<RequestId, uint64_t>> joins;  // request, from_seq
  };

  void insert_item(Room& r, RoomItem item);
  void remove_item(const std::string& room, uint64_t seq);
  void handle_room_list(RequestId request, const wire::RoomList& list);
  void forget_key(Room& r, const std::string& room);
  void handle_joined(RequestId request, const std::string& room, const wire::Joined& j);
  void advance(const std::string& room);
  void members_failed(const std::string& room, const Failure& f);
  void distribute(const std::string& room, const wire::Members& m);
  void distribution_done(const std::string& room, const AccountId& peer, bool delivered);
  void ready(const std::string& room);
  void encrypt_post(const std::string& room, const PlainPost& post);
  void queue_post(const PendingPost& p);
  void handle_posted(const std::string& message_id, const wire::Posted& posted);
  void handle_post_failed(const std::string& message_id, const Failure& f);
  void room_event(const wire::RoomEntry& e);
  bool room_message(const wire::RoomEntry& e, uint64_t now_ms);
  // A room request needs a usable id and a log-in: false when it was answered at once.
  bool room_request(RequestId r, std::string_view room);

  Link& link_;
  Session& session_;
  Direct& direct_;
  Identities& identities_;
  // ---- Saved
  std::map<std::string, Room, std::less<>> rooms_;
  std::vector<PendingPost> outbox_;
  // ---- Per connection
  std::map<std::string, Progress, std::less<>> progress_;
  std::map<std::string, uint64_t> acks_;
};

}  // namespace relais::engine

// The room fan-out scenario of relais_loadgen (--scenario room): --members accounts register
// (or log in) and join one OPEN room; --posters of them post stand-in Sender Key messages
// (PostRoom: random bytes of --size carrying the send time, a random 32-byte commitment); every
// member receives every RoomEntry and acknowledges with RoomAck, batched as a real client does.
// Measured: posts acknowledged durable (Posted) per second, RoomEntry frames received per
// second, and the latency of post -> Posted and post -> delivered to each member.
// No Signal encryption: the relay never reads a ciphertext, so it cannot tell.
#pragma once

#include <boost/json/object.hpp>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bench/loadgen_histogram.h"
#include "bench/loadgen_options.h"
#include "core/base/result.h"

namespace relais::bench {

// One member's acknowledgements: one RoomAck for every `every` entries received, or
// `interval_ns` after the first entry not yet acknowledged, whichever comes first.
class RoomAckBatcher {
 public:
  RoomAckBatcher(size_t every, uint64_t interval_ns) : every_(every), interval_ns_(interval_ns) {}

  // An entry arrived at `now`. True when an acknowledgement is due at once (the count is reached).
  bool on_entry(uint64_t seq, uint64_t now);
  // True when the oldest unacknowledged entry has waited `interval_ns`.
  bool due(uint64_t now) const { return unacked_ > 0 && now - first_unacked_ns_ >= interval_ns_; }
  // The sequence number to acknowledge (the highest received), starting a new batch; nullopt
  // when everything received is acknowledged already.
  std::optional<uint64_t> take();
  size_t unacked() const { return unacked_; }

 private:
  size_t every_;
  uint64_t interval_ns_;
  size_t unacked_ = 0;
  uint64_t first_unacked_ns_ = 0;
  uint64_t highest_ = 0;  // highest sequence number received
  uint64_t acked_ = 0;    // highest acknowledged
};

// The order of one member's entries: the relay pushes a room's log in sequence, without gaps
// and without repeats, from the member's join onwards.
class EntryOrder {
 public:
  // The first entry expected is `from_seq` (Joined.from_seq); before this, the first entry seen
  // sets the start.
  void start_at(uint64_t from_seq);
  void on_entry(uint64_t seq);
  uint64_t gaps() const { return gaps_; }        // entries skipped over
  uint64_t repeats() const { return repeats_; }  // entries at or below one already seen
  uint64_t last() const { return last_; }

 private:
  bool started_ = false;
  uint64_t last_ = 0;
  uint64_t gaps_ = 0;
  uint64_t repeats_ = 0;
};

// A post's 16-byte message id: the poster's request id (big-endian) and 8 random bytes, so the
// poster recognises its own post when the relay delivers it back.
std::string room_message_id(uint64_t post_id, uint64_t random);
// The request id inside a message id; nullopt when it is not 16 bytes.
std::optional<uint64_t> post_id_of(std::string_view message_id);

// One second of the measured window.
struct RoomSecond {
  uint64_t posts = 0;       // by send time
  uint64_t deliveries = 0;  // by receive time
  uint64_t max_posted_ns = 0;
  uint64_t max_delivered_ns = 0;
};

struct RoomStats {
  LatencyHistogram posted_latency_ns;     // post -> Posted, posts sent in the window
  LatencyHistogram delivered_latency_ns;  // post -> RoomEntry at a member, same
  uint64_t posts = 0, posts_measured = 0;
  uint64_t posted = 0, posted_measured = 0;          // measured: Posted received in the window
  uint64_t deliveries = 0, deliveries_measured = 0;  // this run's posts received by members
  uint64_t events = 0;  // join and leave events received (acknowledged, not counted)
  uint64_t stale = 0;   // messages of an earlier run
  uint64_t gaps = 0, repeats = 0;
  uint64_t acks = 0;     // RoomAck frames sent
  uint64_t skipped = 0;  // --rate: the poster had --max-pending posts open
  uint64_t registered = 0, logged_in = 0, joined = 0, already_member = 0;
  std::map<std::string, uint64_t> errors;        // Error answers to posts, by code
  std::map<std::string, uint64_t> setup_errors;  // to Register, Login, JoinRoom
  std::map<std::string, uint64_t> transport;
  std::vector<RoomSecond> timeline;

  void merge(const RoomStats& other);
};

// Runs the room scenario and returns its report (mode "room").
Result<boost::json::object> run_room(const LoadgenOptions& options, const std::string& command);

// The room report as a few lines for a person.
std::string render_room_text(const boost::json::object& report);

}  // namespace relais::bench

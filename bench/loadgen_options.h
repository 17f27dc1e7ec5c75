// relais_loadgen's command line. The generator talks to a relay on this machine only: it opens
// thousands of connections and sends as fast as it can, which is an attack on anything else.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/base/result.h"

namespace relais::bench {

enum class Scenario {
  one_to_one,  // envelopes between random pairs of connections (the default)
  // Light load: one-to-one between fixed pairs (connection 2k and 2k+1), one message in flight
  // each (--connections 20 --window 1 --rate 0 unless given); the report sets the send ->
  // delivered p99 beside the p99 of the relay's own log syncs in the same window.
  light,
  room,  // one room: every member receives and acknowledges every post (fan-out)
};

struct LoadgenOptions {
  Scenario scenario = Scenario::one_to_one;

  // Where the relay is: --server, or a relaisd started by the generator (--start-relay).
  std::string server_host;
  uint16_t server_port = 0;
  std::string start_relay;              // path of relaisd
  std::vector<std::string> relay_args;  // extra options for the started relaisd
  std::string relay_data;               // data folder of the started relay; empty: a temporary one
  int relay_pid = 0;                    // a relay started by someone else, for CPU and RSS figures
  uint16_t metrics_port = 0;  // that relay's --metrics port: store figures from its counters

  // Load mode.
  size_t connections = 1000;
  double duration_s = 20;
  double warmup_s = 2;
  double rate = 0;          // messages/s over all connections; 0: as fast as the window allows
  size_t window = 8;        // unacknowledged sends per connection when rate is 0
  size_t max_pending = 64;  // unacknowledged sends per connection when pacing a rate
  size_t size = 300;        // ciphertext bytes (room scenario: 200 unless given)
  int threads = 1;

  // Room scenario (--scenario room): `members` accounts join `room`; the first `posters` of them
  // post at --rate (or, at --rate 0, keep --window posts open each: a post stays open until the
  // relay has acknowledged it and delivered it back to its poster). Every member acknowledges
  // what it receives with one RoomAck per `ack_every` entries or per `ack_interval_ms`. The
  // default, 1, is what the client engine does: one RoomAck per WebSocket message that brought
  // new entries (an acknowledgement is decided per message, after all its frames).
  size_t members = 200;
  size_t posters = 10;
  std::string room = "brussels";  // a regional room every relay has, OPEN
  size_t ack_every = 1;
  double ack_interval_ms = 20;

  // Idle mode (--idle N > 0): N authenticated connections that send nothing.
  size_t idle = 0;
  size_t idle_steps = 4;  // RSS is read after each step of N / idle_steps log-ins
  double hold_s = 5;      // how long the idle connections stay open after the last step
  double settle_s = 2;    // pause before each RSS reading (allocator and queues settle)

  // Set-up.
  size_t prekeys = 5;              // one-time prekeys uploaded at registration
  size_t setup_concurrency = 256;  // connections being set up at once
  // Each source address 127.0.0.2, .3, ... is used by this many connections (the relay limits
  // registrations per address; ports run out near 28,000 connections per address). 0: no bind.
  size_t per_address = 4;
  std::string accounts_file;  // registered accounts kept between runs
  double setup_timeout_s = 300;
  double drain_timeout_s = 10;

  bool json = false;
  bool help = false;
  std::string help_text;

  bool idle_mode() const { return idle > 0; }
  bool room_mode() const { return scenario == Scenario::room; }
  bool light_mode() const { return scenario == Scenario::light; }
};

// Parses argv without argv[0]. Errors name the option and the reason, in one sentence.
Result<LoadgenOptions> parse_loadgen_options(const std::vector<std::string>& args);

struct LoopbackEndpoint {
  std::string host;
  uint16_t port = 0;
};

// "ws://127.0.0.1:PORT" with an optional "/" path; anything else (another host, wss://, a
// path) is refused.
Result<LoopbackEndpoint> parse_server_url(const std::string& url);

// The loopback source address of connection `index`: 127.0.0.2 upwards, `per_address`
// connections each. Empty when per_address is 0.
std::string source_address(size_t index, size_t per_address);

}  // namespace relais::bench

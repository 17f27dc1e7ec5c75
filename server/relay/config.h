// Everything an operator can set, with the defaults the relay runs with.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "relais.pb.h"

namespace relais::server {

struct RateLimit {
  double per_second;
  double burst;
};

struct RelayConfig {
  std::string data_dir;
  std::string listen_host = "127.0.0.1";
  uint16_t listen_port = 7420;
  int threads = 2;

  std::string tls_cert;           // PEM chain; with tls_key, the relay serves wss:// only
  std::string tls_key;
  bool insecure = false;          // allow plain ws:// on a non-loopback address

  size_t max_message_bytes = 256 * 1024;
  std::chrono::seconds handshake_timeout{10};
  std::chrono::seconds idle_timeout{120};     // pings are sent at half of this
  size_t write_queue_max_bytes = 4u << 20;    // a slower reader is disconnected
  size_t write_queue_high_water = 1u << 20;   // stop reading a client's requests above this

  RateLimit frames_per_connection{500, 2000};
  RateLimit messages_per_account{200, 1000};
  RateLimit registrations_per_address{0.2, 5};  // per minute-ish: one every five seconds

  bool require_invite = false;    // registration needs an invite code
  uint32_t pow_difficulty = 0;    // leading zero bits of proof of work on registration

  size_t envelope_window = 256;   // envelopes in flight (delivered, not acked) per connection
  size_t room_window = 512;       // room entries in flight per room per connection
  uint32_t prekeys_low = 20;      // tell the owner to upload more below this
  uint32_t max_prekeys = 1000;

  std::string metrics_listen;     // host:port for Prometheus text and /healthz; empty: off
  std::string resources_file;     // JSON served to clients (deploy/resources-be.json)
  std::vector<wire::RoomInfo> extra_rooms;
  std::string log_level = "info";
};

}  // namespace relais::server

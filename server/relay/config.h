// Everything an operator can set, with the defaults the relay runs with. Each field is a relaisd
// option and a key of deploy/relaisd.conf.example (server/net/options.cpp); docs/operator.md says
// what each limit protects and how to size it.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "relais.pb.h"

namespace relais::server {

// A token bucket's shape: `burst` at once, then `per_second` on average.
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

  // ---- Connections
  size_t max_message_bytes = 256 * 1024;
  std::chrono::seconds handshake_timeout{10};
  std::chrono::seconds idle_timeout{120};     // pings are sent at half of this
  // From the challenge to a log-in; answering pings does not extend it.
  std::chrono::seconds login_timeout{30};
  size_t max_unauthenticated = 1000;            // connections not logged in, all addresses together
  size_t max_unauthenticated_per_address = 16;  // ... from one IPv4 address or IPv6 prefix
  unsigned ipv6_prefix_bits = 64;               // IPv6 addresses are counted by this prefix
  // ... and from one network: many addresses of one provider's block count together here.
  size_t max_unauthenticated_per_network = 64;
  // Sockets still in their TLS or WebSocket handshake, all together (they count against the
  // caps above from accept()); past it the one handshaking longest is closed.
  size_t max_handshaking = 256;
  unsigned ipv4_network_bits = 24;              // a network: an IPv4 /24 ...
  unsigned ipv6_network_bits = 48;              // ... or an IPv6 /48
  size_t write_queue_max_bytes = 4u << 20;    // a slower reader is disconnected
  size_t write_queue_high_water = 1u << 20;   // stop reading a client's requests above this

  // ---- Delivery: what one connection may hold delivered and not yet acknowledged. The bytes
  // stay below the write queue's cap, so a backlog of any size arrives, window after window.
  size_t envelope_window = 256;             // envelopes
  size_t room_window = 512;                 // room entries, per room
  size_t delivery_window_bytes = 1u << 20;  // envelopes and room entries together

  // ---- Rates (token buckets, in memory only)
  RateLimit frames_per_connection{500, 2000};
  RateLimit messages_per_account{200, 1000};    // Send
  RateLimit room_posts_per_account{2, 30};      // PostRoom, all rooms together
  RateLimit room_post_bytes_per_account{16384, 512 * 1024};  // their ciphertext bytes
  RateLimit registrations_per_address{0.2, 5};  // one every five seconds after five
  // ... and from one network (IPv4 /24, IPv6 /48: ipv4_network_bits, ipv6_network_bits), so that
  // many addresses of one provider's block cannot make thousands of accounts in minutes.
  RateLimit registrations_per_network{0.02, 10};
  RateLimit joins_per_account{0.1, 10};   // JoinRoom (a knock too), all rooms together
  RateLimit joins_per_network{0.05, 20};  // ... from one network, all its accounts together
  RateLimit room_posts_per_network{5, 60};  // PostRoom of one network's accounts together
  RateLimit bundle_fetches_per_account{0.5, 50};   // FetchBundle asked by one account
  RateLimit prekeys_per_target{0.05, 20};          // one-time prekeys handed out of one account's
  RateLimit identity_lookups_per_account{1, 100};  // GetIdentityKey asked by one account
  size_t rate_limit_max_keys = 100000;  // buckets per limiter; the fullest of the oldest go first

  // ---- Quotas
  size_t queue_max_envelopes = 20000;               // waiting for one recipient
  size_t queue_max_bytes = 64u << 20;        // waiting for one recipient (1 KiB at least each)
  unsigned queue_sender_share_percent = 10;  // ... of which one sender may hold (in memory)
  unsigned queue_network_share_percent = 20;        // ... and the senders of one network together
  // ... kept for senders of a network that holds nothing in that queue yet: many networks
  // together cannot fill it for a newcomer.
  unsigned queue_newcomer_reserve_percent = 10;
  uint64_t stored_bytes_per_day = 64u << 20;        // one account's envelopes, posts and markers
  uint64_t stored_bytes_burst = 8u << 20;           // ... of which at once (then refilled evenly)
  // A new account's burst: this much at first, growing evenly to stored_bytes_burst over
  // new_account_days, so that thousands of fresh accounts cannot each store 8 MiB at once.
  uint64_t stored_bytes_new_account_burst = 256u << 10;
  uint64_t stored_bytes_per_network_per_day = 1ull << 30;  // all accounts of one network
  uint64_t stored_bytes_per_network_burst = 64u << 20;     // ... of which at once
  // Accounts younger than this (from the day they registered) are new: together they count as
  // one sender in a recipient's queue, and their stored-bytes burst is smaller. 0: none is new.
  unsigned new_account_days = 7;
  // Queued one-to-one envelopes and out-of-hours markers older than this are erased: a queue
  // for an account that never logs in does not keep its disk for ever.
  std::chrono::seconds queue_max_age{30 * 24 * 3600};
  std::chrono::seconds org_message_interval{3600};  // one out-of-hours message per org per account
  size_t org_inbox_max = 10000;                     // out-of-hours markers kept per organisation
  size_t org_inbox_per_network = 100;  // ... of which from one network's accounts (in memory)

  // ---- Permanences
  // A waiting ticket whose member has had no connection for this long leaves the queue (those
  // behind move up); after a restart of the relay, counted from its start. A taken one never.
  std::chrono::seconds permanence_away_grace{120};
  size_t permanence_queue_max = 500;  // waiting tickets of one permanence
  // ... of which from the accounts of one network, and from all new accounts together
  size_t permanence_queue_per_network = 10;
  RateLimit knocks_per_account{0.02, 5};  // knocks that made a ticket: 5, then one every 50 s

  // ---- Rooms
  // A member who has not read one entry of a room since joining it, this many days after
  // joining and not online, no longer counts toward the room's cap: accounts that join and
  // vanish cannot keep a real member out ("This room is full"). 0: every member counts.
  unsigned room_idle_member_days = 7;
  size_t room_pending_max = 200;         // join requests waiting in one knock room
  size_t room_pending_per_network = 10;  // ... of which from one network (in memory)
  size_t room_recent_posts = 4096;  // posts per room remembered to answer a PostRoom sent again
  size_t room_post_waiting_copies = 16;  // copies of one PostRoom waiting for its first's answer

  // ---- Disk: below this much free space in the data folder, new member writes are refused.
  uint64_t min_free_disk_bytes = 512u << 20;

  bool require_invite = false;    // registration needs an invite code
  uint32_t pow_difficulty = 0;    // leading zero bits of proof of work on registration

  uint32_t prekeys_low = 20;      // tell the owner to upload more below this
  uint32_t max_prekeys = 1000;

  // Erased data (acknowledged envelopes, expired or removed room entries) leaves every file of
  // the data folder within this bound (RocksOptions::erase_within).
  std::chrono::seconds erase_within{600};

  // Room read cursors acknowledged by members are written together this often, never synced.
  // Every acknowledgement is noted in memory at once, so a crash of the relay loses at most
  // this interval of cursor moves: only entries delivered again, which clients drop.
  std::chrono::milliseconds cursor_flush_interval{1000};

  std::string metrics_listen;     // host:port for Prometheus text and /healthz; empty: off
  std::string resources_file;     // JSON served to clients (deploy/resources-be.json)
  // The interface languages offered, in the Challenge of every connection; the clients offer
  // only these (a person's turned-off language falls back to en, fr, nl, then the first).
  std::vector<std::string> interface_languages{"fr", "nl", "en", "es", "pt", "ro", "bg", "sq"};
  std::vector<wire::RoomInfo> extra_rooms;
  std::string log_level = "info";
};

}  // namespace relais::server

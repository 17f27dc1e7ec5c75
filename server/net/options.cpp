#include "server/net/options.h"

#include <boost/program_options.hpp>
#include <fstream>
#include <sstream>

#include "core/wire/contract.h"
#include "server/relay/log.h"

namespace relais::server {
namespace {

namespace po = boost::program_options;

// A rate limit as two options: NAME-per-second and NAME-burst. Defaults are given as text so
// that --help (and the man page made from it) prints 0.2, not 0.20000000000000001.
void add_rate(po::options_description_easy_init& add, const std::string& name, RateLimit& rate,
              const std::string& per_second_text, const std::string& burst_text,
              const std::string& what) {
  add((name + "-per-second").c_str(),
      po::value(&rate.per_second)->default_value(rate.per_second, per_second_text),
      (what + ": how many a second on average").c_str());
  add((name + "-burst").c_str(), po::value(&rate.burst)->default_value(rate.burst, burst_text),
      (what + ": how many at once before the average applies").c_str());
}

std::string number_text(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

}  // namespace

Result<std::pair<std::string, uint16_t>> parse_listen(const std::string& text) {
  auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) {
    return Error{Errc::invalid_argument, "--listen takes HOST:PORT, such as 127.0.0.1:7420."};
  }
  std::string host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  const std::string port_text = text.substr(colon + 1);
  if (port_text.find_first_not_of("0123456789") != std::string::npos || port_text.size() > 5) {
    return Error{Errc::invalid_argument, "The port in --listen must be a number from 0 to 65535."};
  }
  unsigned long port = std::stoul(port_text);
  if (port > 65535) return Error{Errc::invalid_argument, "The port in --listen must be a number from 0 to 65535."};
  return std::make_pair(host, static_cast<uint16_t>(port));
}

Result<std::vector<std::string>> parse_interface_languages(const std::string& text) {
  std::string known;
  for (auto code : wire::kInterfaceLanguages) known += (known.empty() ? "" : ",") + std::string(code);
  auto refuse = [&](const std::string& why) {
    return Error{Errc::invalid_argument,
                 "--interface-languages " + why + " (a comma-separated list of " + known + ")."};
  };
  std::vector<std::string> languages;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    std::string code = text.substr(start, comma - start);
    code.erase(0, code.find_first_not_of(" \t"));
    code.erase(code.find_last_not_of(" \t") + 1);
    if (code.empty()) {
      return refuse(text.find_first_not_of(" \t,") == std::string::npos
                        ? "must name at least one language"
                        : "has an empty entry in '" + text + "'");
    }
    bool shipped = false;
    for (auto k : wire::kInterfaceLanguages) shipped = shipped || k == code;
    if (!shipped) return refuse("names '" + code + "', a language no client speaks");
    for (const auto& l : languages) {
      if (l == code) return refuse("names '" + code + "' twice");
    }
    languages.push_back(code);
    start = comma + 1;
  }
  return languages;
}

namespace {

// The line of `file` that sets `option`, for an error message; 0 when not found.
int line_of(const std::string& file, const std::string& option) {
  std::ifstream in(file);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    auto start = line.find_first_not_of(" \t");
    if (start == std::string::npos) continue;
    if (line.compare(start, option.size(), option) == 0) return n;
  }
  return 0;
}

Status check_limits(const RelayConfig& c, unsigned login_s, unsigned org_interval_s) {
  auto refuse = [](std::string sentence) {
    return Status(Errc::invalid_argument, std::move(sentence));
  };
  if (c.max_message_bytes < wire::kMaxEnvelopeCiphertextBytes + 4096) {
    return refuse("--max-message-bytes must hold the largest envelope the protocol allows (" +
                  std::to_string(wire::kMaxEnvelopeCiphertextBytes + 4096) + " bytes or more).");
  }
  if (login_s < 1) return refuse("--login-timeout must be at least 1 second.");
  if (c.max_unauthenticated < 1 || c.max_unauthenticated_per_address < 1) {
    return refuse(
        "--max-unauthenticated and --max-unauthenticated-per-address must be at least 1.");
  }
  if (c.max_handshaking < 1) return refuse("--max-handshaking must be at least 1.");
  if (c.ipv6_prefix_bits < 16 || c.ipv6_prefix_bits > 128) {
    return refuse("--ipv6-prefix-length must be between 16 and 128.");
  }
  if (c.max_unauthenticated_per_network < c.max_unauthenticated_per_address) {
    return refuse(
        "--max-unauthenticated-per-network must be at least --max-unauthenticated-per-address.");
  }
  if (c.ipv4_network_bits < 8 || c.ipv4_network_bits > 32) {
    return refuse("--ipv4-network-length must be between 8 and 32.");
  }
  if (c.ipv6_network_bits < 16 || c.ipv6_network_bits > c.ipv6_prefix_bits) {
    return refuse("--ipv6-network-length must be between 16 and --ipv6-prefix-length.");
  }
  if (c.write_queue_max_bytes < c.max_message_bytes || c.write_queue_high_water < 64 * 1024 ||
      c.write_queue_high_water > c.write_queue_max_bytes) {
    return refuse(
        "--write-queue-max-bytes must be at least --max-message-bytes, and "
        "--write-queue-pause-bytes between 64 KiB and --write-queue-max-bytes.");
  }
  if (c.delivery_window_bytes < 64 * 1024 ||
      c.delivery_window_bytes > c.write_queue_max_bytes / 2) {
    return refuse(
        "--delivery-window-bytes must be between 64 KiB and half of --write-queue-max-bytes, "
        "so that deliveries never fill the write queue.");
  }
  if (c.envelope_window < 1 || c.envelope_window > 4096 || c.room_window < 1 ||
      c.room_window > 4096) {
    return refuse("--envelope-window and --room-window must be between 1 and 4096.");
  }
  if (c.queue_max_envelopes < 1 || c.queue_max_bytes < wire::kMaxEnvelopeCiphertextBytes + 4096) {
    return refuse(
        "--queue-max-envelopes must be at least 1 and --queue-max-bytes hold one envelope of "
        "the largest size (" +
        std::to_string(wire::kMaxEnvelopeCiphertextBytes + 4096) + " bytes).");
  }
  if (c.stored_bytes_per_day < wire::kMaxEnvelopeCiphertextBytes + 4096) {
    return refuse("--stored-bytes-per-day must hold one envelope of the largest size (" +
                  std::to_string(wire::kMaxEnvelopeCiphertextBytes + 4096) + " bytes).");
  }
  if (c.queue_sender_share_percent < 1 || c.queue_sender_share_percent > 100) {
    return refuse("--queue-sender-share-percent must be between 1 and 100.");
  }
  if (c.stored_bytes_burst < wire::kMaxEnvelopeCiphertextBytes + 4096) {
    return refuse("--stored-bytes-burst must hold one envelope of the largest size (" +
                  std::to_string(wire::kMaxEnvelopeCiphertextBytes + 4096) + " bytes).");
  }
  if (c.queue_network_share_percent < 1 || c.queue_network_share_percent > 100) {
    return refuse("--queue-network-share-percent must be between 1 and 100.");
  }
  if (c.queue_newcomer_reserve_percent > 50) {
    return refuse("--queue-newcomer-reserve-percent must be between 0 and 50.");
  }
  if (c.stored_bytes_new_account_burst < wire::kMaxEnvelopeCiphertextBytes + 4096 ||
      c.stored_bytes_new_account_burst > c.stored_bytes_burst) {
    return refuse(
        "--stored-bytes-new-account-burst must hold one envelope of the largest size (" +
        std::to_string(wire::kMaxEnvelopeCiphertextBytes + 4096) +
        " bytes) and be at most --stored-bytes-burst.");
  }
  if (c.stored_bytes_per_network_per_day < c.stored_bytes_per_day ||
      c.stored_bytes_per_network_burst < c.stored_bytes_burst) {
    return refuse(
        "--stored-bytes-per-network-per-day and --stored-bytes-per-network-burst must be at least "
        "--stored-bytes-per-day and --stored-bytes-burst (one account of the network).");
  }
  if (c.new_account_days > 365) return refuse("--new-account-days is at most 365.");
  if (c.room_idle_member_days > 365) return refuse("--room-idle-member-days is at most 365.");
  if (c.room_pending_max < 1 || c.room_pending_per_network < 1 ||
      c.room_pending_per_network > c.room_pending_max) {
    return refuse(
        "--room-pending-max must be at least 1 and --room-pending-per-network between 1 and "
        "--room-pending-max.");
  }
  if (c.room_recent_posts < 16 || c.room_recent_posts > 1000000) {
    return refuse("--room-recent-posts must be between 16 and 1000000.");
  }
  if (c.room_post_waiting_copies < 1 || c.room_post_waiting_copies > 1024) {
    return refuse("--room-post-waiting-copies must be between 1 and 1024.");
  }
  if (c.permanence_queue_max < 1 || c.permanence_queue_max > 100000 ||
      c.permanence_queue_per_network < 1 ||
      c.permanence_queue_per_network > c.permanence_queue_max) {
    return refuse(
        "--permanence-queue-max must be between 1 and 100000 and --permanence-queue-per-network "
        "between 1 and --permanence-queue-max.");
  }
  if (c.org_inbox_per_network < 1 || c.org_inbox_per_network > c.org_inbox_max) {
    return refuse("--org-inbox-per-network must be between 1 and --org-inbox-max.");
  }
  if (org_interval_s > 30u * 24 * 3600) return refuse("--org-message-interval is at most 30 days.");
  if (c.org_inbox_max < 1) return refuse("--org-inbox-max must be at least 1.");
  if (c.room_post_bytes_per_account.burst < static_cast<double>(wire::kMaxRoomCiphertextBytes)) {
    return refuse("--room-post-bytes-burst must hold one room message of the largest size (" +
                  std::to_string(wire::kMaxRoomCiphertextBytes) + " bytes).");
  }
  if (c.rate_limit_max_keys < 1000) return refuse("--rate-limit-max-keys must be at least 1000.");
  if (c.max_prekeys < wire::kMaxPrekeysPerUpload) {
    return refuse("--max-prekeys must be at least " + std::to_string(wire::kMaxPrekeysPerUpload) +
                  ".");
  }
  for (const auto& [name, rate] :
       {std::pair{"frames", c.frames_per_connection}, std::pair{"messages", c.messages_per_account},
        std::pair{"room-posts", c.room_posts_per_account},
        std::pair{"room-post-bytes", c.room_post_bytes_per_account},
        std::pair{"registrations", c.registrations_per_address},
        std::pair{"registrations-per-network", c.registrations_per_network},
        std::pair{"joins", c.joins_per_account},
        std::pair{"joins-per-network", c.joins_per_network},
        std::pair{"knocks", c.knocks_per_account},
        std::pair{"room-posts-per-network", c.room_posts_per_network},
        std::pair{"bundle-fetches", c.bundle_fetches_per_account},
        std::pair{"prekey-handouts", c.prekeys_per_target},
        std::pair{"identity-lookups", c.identity_lookups_per_account}}) {
    if (!(rate.per_second > 0) || !(rate.burst >= 1)) {
      return refuse(std::string("--") + name + "-per-second must be above 0 and --" + name +
                    "-burst at least 1.");
    }
  }
  return ok_status();
}

}  // namespace

Result<Invocation> parse_invocation(const std::vector<std::string>& args) {
  Invocation inv;
  RelayConfig& c = inv.config;
  std::string listen = c.listen_host + ":" + std::to_string(c.listen_port);
  std::string config_file;
  unsigned idle_s = static_cast<unsigned>(c.idle_timeout.count());
  unsigned handshake_s = static_cast<unsigned>(c.handshake_timeout.count());
  unsigned login_s = static_cast<unsigned>(c.login_timeout.count());
  unsigned org_interval_s = static_cast<unsigned>(c.org_message_interval.count());
  unsigned erase_within_s = static_cast<unsigned>(c.erase_within.count());
  unsigned queue_max_age_days = static_cast<unsigned>(c.queue_max_age.count() / (24 * 3600));
  unsigned cursor_flush_ms = static_cast<unsigned>(c.cursor_flush_interval.count());
  unsigned away_grace_s = static_cast<unsigned>(c.permanence_away_grace.count());
  std::string interface_languages;
  for (const auto& l : c.interface_languages) {
    interface_languages += (interface_languages.empty() ? "" : ",") + l;
  }

  po::options_description general("Options (each also a key of the --config file)");
  auto add = general.add_options();
  add("data", po::value(&c.data_dir), "data folder (RocksDB store, admin invites)")(
      "listen", po::value(&listen)->default_value(listen), "HOST:PORT to serve on")(
      "threads", po::value(&c.threads)->default_value(c.threads), "I/O threads")(
      "tls-cert", po::value(&c.tls_cert), "PEM certificate chain: serve wss://")(
      "tls-key", po::value(&c.tls_key), "PEM private key of --tls-cert")(
      "insecure", po::bool_switch(&c.insecure), "allow plain ws:// on a non-loopback address")(
      "max-message-bytes", po::value(&c.max_message_bytes)->default_value(c.max_message_bytes),
      "largest WebSocket message accepted")("idle-timeout",
                                            po::value(&idle_s)->default_value(idle_s),
                                            "seconds of silence before a connection is closed")(
      "handshake-timeout", po::value(&handshake_s)->default_value(handshake_s),
      "seconds allowed for TLS and WebSocket handshakes")(
      "login-timeout", po::value(&login_s)->default_value(login_s),
      "seconds from the challenge to a log-in; a connection that has not logged in by then is "
      "closed, whether or not it answers pings")(
      "max-unauthenticated",
      po::value(&c.max_unauthenticated)->default_value(c.max_unauthenticated),
      "connections not logged in yet, all addresses together; more are closed with a reason")(
      "max-unauthenticated-per-address",
      po::value(&c.max_unauthenticated_per_address)
          ->default_value(c.max_unauthenticated_per_address),
      "connections not logged in yet from one IPv4 address or IPv6 prefix")(
      "max-unauthenticated-per-network",
      po::value(&c.max_unauthenticated_per_network)
          ->default_value(c.max_unauthenticated_per_network),
      "connections not logged in yet from one network (see ipv4-network-length and "
      "ipv6-network-length); when all places are taken, the network holding the most gives up "
      "its oldest to a newcomer")(
      "max-handshaking", po::value(&c.max_handshaking)->default_value(c.max_handshaking),
      "sockets still in their TLS or WebSocket handshake, all addresses together (each also "
      "counts against the max-unauthenticated caps from accept()); past it, the one handshaking "
      "longest is closed")(
      "ipv4-network-length", po::value(&c.ipv4_network_bits)->default_value(c.ipv4_network_bits),
      "IPv4 addresses sharing this prefix (bits) are one network for "
      "max-unauthenticated-per-network")(
      "ipv6-network-length", po::value(&c.ipv6_network_bits)->default_value(c.ipv6_network_bits),
      "IPv6 addresses sharing this prefix (bits) are one network for "
      "max-unauthenticated-per-network")(
      "ipv6-prefix-length", po::value(&c.ipv6_prefix_bits)->default_value(c.ipv6_prefix_bits),
      "IPv6 addresses are counted by this prefix (bits) for every per-address limit")(
      "write-queue-max-bytes",
      po::value(&c.write_queue_max_bytes)->default_value(c.write_queue_max_bytes),
      "a client that lets more than this pile up unread is disconnected")(
      "write-queue-pause-bytes",
      po::value(&c.write_queue_high_water)->default_value(c.write_queue_high_water),
      "above this many bytes waiting for a client, the relay stops reading its requests")(
      "envelope-window", po::value(&c.envelope_window)->default_value(c.envelope_window),
      "one-to-one envelopes delivered to a connection and not yet acknowledged")(
      "room-window", po::value(&c.room_window)->default_value(c.room_window),
      "room entries delivered to a connection and not yet acknowledged, per room")(
      "delivery-window-bytes",
      po::value(&c.delivery_window_bytes)->default_value(c.delivery_window_bytes),
      "bytes of envelopes and room entries delivered to a connection and not yet acknowledged; "
      "at most half of write-queue-max-bytes")(
      "queue-max-envelopes",
      po::value(&c.queue_max_envelopes)->default_value(c.queue_max_envelopes),
      "envelopes waiting for one recipient; more are refused (QUEUE_FULL)")(
      "queue-max-bytes", po::value(&c.queue_max_bytes)->default_value(c.queue_max_bytes),
      "bytes of envelopes waiting for one recipient, each counted as 1 KiB at least; more are "
      "refused (QUEUE_FULL)")(
      "queue-sender-share-percent",
      po::value(&c.queue_sender_share_percent)->default_value(c.queue_sender_share_percent),
      "of queue-max-envelopes and queue-max-bytes, the part one sender may hold in one "
      "recipient's queue (QUEUE_FULL); counted in memory only, empty after a restart")(
      "stored-bytes-per-day",
      po::value(&c.stored_bytes_per_day)->default_value(c.stored_bytes_per_day),
      "bytes one account may have the relay store in a day: envelopes, room posts, "
      "out-of-hours markers (QUOTA_EXCEEDED)")(
      "stored-bytes-burst", po::value(&c.stored_bytes_burst)->default_value(c.stored_bytes_burst),
      "of stored-bytes-per-day, how many bytes one account may have stored at once; the rest "
      "comes back evenly over the day (more than stored-bytes-per-day counts as that)")(
      "queue-network-share-percent",
      po::value(&c.queue_network_share_percent)->default_value(c.queue_network_share_percent),
      "of queue-max-envelopes and queue-max-bytes, the part the senders of one network (see "
      "ipv4-network-length) may hold together in one recipient's queue (QUEUE_FULL); in memory "
      "only")(
      "queue-newcomer-reserve-percent",
      po::value(&c.queue_newcomer_reserve_percent)
          ->default_value(c.queue_newcomer_reserve_percent),
      "of queue-max-envelopes and queue-max-bytes, the last part kept for senders of a network "
      "that holds nothing in that queue yet")(
      "new-account-days", po::value(&c.new_account_days)->default_value(c.new_account_days),
      "accounts younger than this many days are new: together they are one sender for "
      "queue-sender-share-percent, and their stored-bytes burst grows from "
      "stored-bytes-new-account-burst; accounts with a role are never new; 0: none is new")(
      "stored-bytes-new-account-burst",
      po::value(&c.stored_bytes_new_account_burst)
          ->default_value(c.stored_bytes_new_account_burst),
      "how many bytes a new account may have stored at once; grows evenly to stored-bytes-burst "
      "over new-account-days (QUOTA_EXCEEDED)")(
      "stored-bytes-per-network-per-day",
      po::value(&c.stored_bytes_per_network_per_day)
          ->default_value(c.stored_bytes_per_network_per_day),
      "bytes the accounts of one network may have the relay store in a day, together "
      "(QUOTA_EXCEEDED)")(
      "stored-bytes-per-network-burst",
      po::value(&c.stored_bytes_per_network_burst)
          ->default_value(c.stored_bytes_per_network_burst),
      "of stored-bytes-per-network-per-day, how many bytes at once")(
      "org-inbox-per-network",
      po::value(&c.org_inbox_per_network)->default_value(c.org_inbox_per_network),
      "out-of-hours messages waiting in one organisation's inbox from the accounts of one "
      "network; more are refused (QUEUE_FULL); counted in memory only")(
      "permanence-away-grace", po::value(&away_grace_s)->default_value(away_grace_s),
      "seconds a waiting ticket's member may have no connection before her place is given up "
      "(she is told at her next log-in and may knock again); counted from the relay's start "
      "after a restart; a taken ticket is never given up this way (1 to 86400)")(
      "permanence-queue-max",
      po::value(&c.permanence_queue_max)->default_value(c.permanence_queue_max),
      "people waiting in one permanence's queue; a knock past it makes no ticket and is "
      "answered with where to turn, as when the permanence is closed")(
      "permanence-queue-per-network",
      po::value(&c.permanence_queue_per_network)->default_value(c.permanence_queue_per_network),
      "of permanence-queue-max, the places the accounts of one network hold together, and those "
      "all new accounts (see new-account-days) hold together; in memory only")(
      "room-pending-max", po::value(&c.room_pending_max)->default_value(c.room_pending_max),
      "join requests waiting in one room that asks for approval; more are refused (ROOM_FULL)")(
      "room-pending-per-network",
      po::value(&c.room_pending_per_network)->default_value(c.room_pending_per_network),
      "of room-pending-max, the requests of one network's accounts (ROOM_FULL); counted in "
      "memory only")(
      "room-idle-member-days",
      po::value(&c.room_idle_member_days)->default_value(c.room_idle_member_days),
      "a member who has read nothing in a room since joining it, this many days ago, and is not "
      "online no longer counts toward the room's cap (ROOM_FULL); 0: every member counts")(
      "room-recent-posts", po::value(&c.room_recent_posts)->default_value(c.room_recent_posts),
      "posts remembered per room, so that a post sent again (its answer was lost) is answered "
      "and not stored twice")(
      "room-post-waiting-copies",
      po::value(&c.room_post_waiting_copies)->default_value(c.room_post_waiting_copies),
      "copies of one room post sent again while the first is stored that wait for its answer; "
      "more are refused (RATE_LIMITED)")(
      "queue-max-age-days", po::value(&queue_max_age_days)->default_value(queue_max_age_days),
      "one-to-one envelopes and out-of-hours messages waiting longer than this many days are "
      "erased (1 to 365)")(
      "org-message-interval", po::value(&org_interval_s)->default_value(org_interval_s),
      "seconds before one account may leave another out-of-hours message for the same "
      "organisation")("org-inbox-max", po::value(&c.org_inbox_max)->default_value(c.org_inbox_max),
                      "out-of-hours messages kept per organisation; more are refused (QUEUE_FULL)")(
      "min-free-disk-bytes",
      po::value(&c.min_free_disk_bytes)->default_value(c.min_free_disk_bytes),
      "below this much free space in the data folder, registrations and new messages are refused "
      "(INSUFFICIENT_STORAGE); log-in, delivery and moderation go on")(
      "rate-limit-max-keys",
      po::value(&c.rate_limit_max_keys)->default_value(c.rate_limit_max_keys),
      "accounts or addresses each rate limit remembers; of the longest idle, the one with the "
      "most of its budget left is forgotten first")(
      "max-prekeys", po::value(&c.max_prekeys)->default_value(c.max_prekeys),
      "one-time prekeys the relay keeps per account");
  add_rate(add, "frames", c.frames_per_connection, number_text(c.frames_per_connection.per_second),
           number_text(c.frames_per_connection.burst), "requests on one connection");
  add_rate(add, "messages", c.messages_per_account, number_text(c.messages_per_account.per_second),
           number_text(c.messages_per_account.burst), "one-to-one messages from one account");
  add_rate(add, "room-posts", c.room_posts_per_account,
           number_text(c.room_posts_per_account.per_second),
           number_text(c.room_posts_per_account.burst),
           "room messages from one account, all rooms together");
  add_rate(add, "room-post-bytes", c.room_post_bytes_per_account,
           number_text(c.room_post_bytes_per_account.per_second),
           number_text(c.room_post_bytes_per_account.burst),
           "ciphertext bytes of room messages from one account, all rooms together; the burst "
           "holds one post of the largest size at least");
  add_rate(add, "registrations", c.registrations_per_address,
           number_text(c.registrations_per_address.per_second),
           number_text(c.registrations_per_address.burst),
           "registrations from one IPv4 address or IPv6 prefix");
  add_rate(add, "registrations-per-network", c.registrations_per_network,
           number_text(c.registrations_per_network.per_second),
           number_text(c.registrations_per_network.burst),
           "registrations from one network (see ipv4-network-length), all its addresses together "
           "(RATE_LIMITED)");
  add_rate(add, "joins", c.joins_per_account, number_text(c.joins_per_account.per_second),
           number_text(c.joins_per_account.burst),
           "rooms joined (or asked to join) by one account, all rooms together (RATE_LIMITED)");
  add_rate(add, "joins-per-network", c.joins_per_network,
           number_text(c.joins_per_network.per_second), number_text(c.joins_per_network.burst),
           "rooms joined (or asked to join) by the accounts of one network together "
           "(RATE_LIMITED)");
  add_rate(add, "knocks", c.knocks_per_account, number_text(c.knocks_per_account.per_second),
           number_text(c.knocks_per_account.burst),
           "knocks on permanences that made a ticket, by one account (RATE_LIMITED)");
  add_rate(add, "room-posts-per-network", c.room_posts_per_network,
           number_text(c.room_posts_per_network.per_second),
           number_text(c.room_posts_per_network.burst),
           "room posts of the accounts of one network together, all rooms (RATE_LIMITED)");
  add_rate(add, "bundle-fetches", c.bundle_fetches_per_account,
           number_text(c.bundle_fetches_per_account.per_second),
           number_text(c.bundle_fetches_per_account.burst),
           "key bundles (to start a conversation) asked by one account (RATE_LIMITED)");
  add_rate(add, "prekey-handouts", c.prekeys_per_target,
           number_text(c.prekeys_per_target.per_second), number_text(c.prekeys_per_target.burst),
           "one-time prekeys handed out of one account's, whoever asks; past it bundles come "
           "without one");
  add_rate(add, "identity-lookups", c.identity_lookups_per_account,
           number_text(c.identity_lookups_per_account.per_second),
           number_text(c.identity_lookups_per_account.burst),
           "identity keys asked by one account (RATE_LIMITED)");
  add("require-invite", po::bool_switch(&c.require_invite), "registration needs an invite code")(
      "pow-difficulty", po::value(&c.pow_difficulty)->default_value(c.pow_difficulty),
      "leading zero bits of proof of work asked at registration")(
      "erase-within", po::value(&erase_within_s)->default_value(erase_within_s),
      "seconds within which what the relay deletes (delivered envelopes, expired or removed "
      "room messages) leaves every file of the data folder, write-ahead logs included (2 to "
      "3600)")(
      "cursor-flush-ms", po::value(&cursor_flush_ms)->default_value(cursor_flush_ms),
      "milliseconds between writes of the room read cursors members acknowledged, all in one "
      "batch, never synced: a crash of the relay loses at most this much of them, which only "
      "delivers those entries again (10 to 3600000)")(
      "resources", po::value(&c.resources_file),
      "JSON resources directory served to clients (organisations, emergency numbers), such as "
      "/usr/share/relais/resources-be.json; the relay refuses to start if it is not JSON")(
      "interface-languages",
      po::value(&interface_languages)->default_value(interface_languages),
      "the interface languages the clients offer on this relay, comma-separated, in the order "
      "offered (turn off a translation not yet reviewed); a person whose language is off reads "
      "English, else French, else Dutch, else the first listed")(
      "log-level", po::value(&c.log_level)->default_value(c.log_level),
      "debug, info, warn or error")(
      "metrics", po::value(&c.metrics_listen),
      "HOST:PORT (loopback) serving Prometheus text at /metrics and /healthz");
  po::options_description commands("Command arguments (command line only)");
  commands.add_options()
      ("to", po::value(&inv.path), "backup: the folder to write the backup into (must not exist)")
      ("from", po::value(&inv.path), "restore: the backup folder to restore from");
  po::options_description command_line;
  command_line.add(general).add(commands).add_options()
      ("config", po::value(&config_file), "read options from this file (key = value lines)")
      ("help,h", "show this help")
      ("version", "show the version")
      ("command", po::value<std::string>(), "serve (default), admin-invite, backup or restore");
  po::positional_options_description positional;
  positional.add("command", 1);

  std::ostringstream help;
  help << "Usage: relaisd --data DIR [--listen HOST:PORT] [options] [COMMAND]\n"
       << "Commands: (none) serve; admin-invite: print a one-time code that registers an admin;\n"
       << "  backup --to DEST: a consistent copy of the store, taken while the relay serves;\n"
       << "  restore --from SRC: into a --data folder that holds no store yet\n\n"
       << command_line;
  inv.help_text = help.str();

  std::vector<const char*> argv{"relaisd"};
  for (const auto& a : args) argv.push_back(a.c_str());
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(static_cast<int>(argv.size()), argv.data())
                  .options(command_line)
                  .positional(positional)
                  .run(),
              vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return Error{Errc::invalid_argument, std::string(e.what()) + " (see relaisd --help)."};
  }
  if (vm.count("help")) {
    inv.command = Invocation::Command::help;
    return inv;
  }
  if (vm.count("version")) {
    inv.command = Invocation::Command::version;
    return inv;
  }
  if (!config_file.empty()) {
    std::ifstream in(config_file);
    if (!in) return Error{Errc::invalid_argument, "The configuration file " + config_file + " cannot be read."};
    try {
      // Values given on the command line win over the file's (store keeps the first value).
      po::store(po::parse_config_file(in, general, /*allow_unregistered=*/false), vm);
      po::notify(vm);
    } catch (const po::error& e) {
      std::string option;
      if (const auto* named = dynamic_cast<const po::error_with_option_name*>(&e)) option = named->get_option_name();
      while (!option.empty() && option.front() == '-') option.erase(0, 1);
      int line = option.empty() ? 0 : line_of(config_file, option);
      std::string where = config_file + (line > 0 ? ":" + std::to_string(line) : "");
      return Error{Errc::invalid_argument, where + ": " + e.what() + "."};
    }
  }

  if (vm.count("command")) {
    const auto command = vm["command"].as<std::string>();
    if (command == "serve") inv.command = Invocation::Command::serve;
    else if (command == "admin-invite") inv.command = Invocation::Command::admin_invite;
    else if (command == "backup") inv.command = Invocation::Command::backup;
    else if (command == "restore") inv.command = Invocation::Command::restore;
    else return Error{Errc::invalid_argument, "Unknown command '" + command + "' (see relaisd --help)."};
  }
  if (c.data_dir.empty()) return Error{Errc::invalid_argument, "--data DIR is required (see relaisd --help)."};
  if (inv.command == Invocation::Command::backup && inv.path.empty()) {
    return Error{Errc::invalid_argument, "backup needs --to DEST."};
  }
  if (inv.command == Invocation::Command::restore && inv.path.empty()) {
    return Error{Errc::invalid_argument, "restore needs --from SRC."};
  }
  if (!c.metrics_listen.empty()) {
    RELAIS_TRY_ASSIGN(auto metrics_hp, parse_listen(c.metrics_listen));
    (void)metrics_hp;
  }
  RELAIS_TRY_ASSIGN(auto hp, parse_listen(listen));
  c.listen_host = hp.first;
  c.listen_port = hp.second;
  log::Level level;
  if (!log::parse_level(c.log_level, level)) {
    return Error{Errc::invalid_argument, "--log-level must be debug, info, warn or error."};
  }
  if (c.max_message_bytes < 1024 || c.max_message_bytes > (16u << 20)) {
    return Error{Errc::invalid_argument, "--max-message-bytes must be at most 16 MiB."};
  }
  if (idle_s < 2 || handshake_s < 1) {
    return Error{Errc::invalid_argument, "The time-outs are too short (idle >= 2 s, handshake >= 1 s)."};
  }
  if (c.pow_difficulty > 32) return Error{Errc::invalid_argument, "--pow-difficulty is at most 32."};
  RELAIS_TRY_ASSIGN(c.interface_languages, parse_interface_languages(interface_languages));
  RELAIS_TRY(check_limits(c, login_s, org_interval_s));
  if (erase_within_s < 2 || erase_within_s > 3600) {
    return Error{Errc::invalid_argument, "--erase-within must be between 2 and 3600 seconds."};
  }
  if (queue_max_age_days < 1 || queue_max_age_days > 365) {
    return Error{Errc::invalid_argument, "--queue-max-age-days must be between 1 and 365."};
  }
  c.queue_max_age = std::chrono::seconds(uint64_t{queue_max_age_days} * 24 * 3600);
  c.erase_within = std::chrono::seconds(erase_within_s);
  if (cursor_flush_ms < 10 || cursor_flush_ms > 3600000) {
    return Error{Errc::invalid_argument, "--cursor-flush-ms must be between 10 and 3600000."};
  }
  c.cursor_flush_interval = std::chrono::milliseconds(cursor_flush_ms);
  if (away_grace_s < 1 || away_grace_s > 86400) {
    return Error{Errc::invalid_argument,
                 "--permanence-away-grace must be between 1 and 86400 seconds."};
  }
  c.permanence_away_grace = std::chrono::seconds(away_grace_s);
  c.idle_timeout = std::chrono::seconds(idle_s);
  c.handshake_timeout = std::chrono::seconds(handshake_s);
  c.login_timeout = std::chrono::seconds(login_s);
  c.org_message_interval = std::chrono::seconds(org_interval_s);
  return inv;
}

}  // namespace relais::server

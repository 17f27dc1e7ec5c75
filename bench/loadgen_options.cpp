#include "bench/loadgen_options.h"

#include <boost/program_options.hpp>
#include <sstream>

#include "core/wire/contract.h"

namespace relais::bench {
namespace {

namespace po = boost::program_options;

// Bounds that keep one run finite: the generator is a tool, not a flood.
constexpr size_t kMaxConnections = 200'000;
constexpr double kMaxSeconds = 3600;
constexpr size_t kMaxWindow = 256;  // the relay's envelope window, and a batch's frame budget
constexpr size_t kMinSize = 32;     // room for the timestamp header
constexpr size_t kMaxSize = 64 * 1024;
constexpr size_t kMaxSourceAddresses = 1u << 20;  // 127.0.0.2 .. 127.16.0.1

// The room scenario.
constexpr size_t kRoomSize = 200;         // a padded Sender Key message
constexpr size_t kMaxRoomMembers = 5000;  // a regional room's member limit
constexpr size_t kMaxAckEvery = 256;      // half the relay's room window: delivery never stalls
Status check(bool ok, const std::string& message) {
  return ok ? ok_status() : Status(Errc::invalid_argument, message);
}

}  // namespace

Result<LoopbackEndpoint> parse_server_url(const std::string& url) {
  constexpr std::string_view kScheme = "ws://";
  if (url.rfind(kScheme, 0) != 0) {
    return Error{Errc::invalid_argument,
                 "--server must be ws://127.0.0.1:PORT (plain WebSocket on loopback)."};
  }
  std::string rest = url.substr(kScheme.size());
  if (!rest.empty() && rest.back() == '/') rest.pop_back();
  auto colon = rest.rfind(':');
  if (colon == std::string::npos)
    return Error{Errc::invalid_argument, "--server needs a port: ws://127.0.0.1:PORT."};
  LoopbackEndpoint ep;
  ep.host = rest.substr(0, colon);
  const std::string port = rest.substr(colon + 1);
  if (ep.host != "127.0.0.1") {
    return Error{Errc::invalid_argument,
                 "The load generator only talks to a relay on 127.0.0.1, not '" + ep.host + "'."};
  }
  if (port.empty() || port.size() > 5 ||
      port.find_first_not_of("0123456789") != std::string::npos || std::stoul(port) == 0 ||
      std::stoul(port) > 65535) {
    return Error{Errc::invalid_argument, "The port of --server must be a number from 1 to 65535."};
  }
  ep.port = static_cast<uint16_t>(std::stoul(port));
  return ep;
}

std::string source_address(size_t index, size_t per_address) {
  if (per_address == 0) return {};
  const uint32_t host = (uint32_t{127} << 24) + 2 + static_cast<uint32_t>(index / per_address);
  return std::to_string(host >> 24) + "." + std::to_string((host >> 16) & 0xff) + "." +
         std::to_string((host >> 8) & 0xff) + "." + std::to_string(host & 0xff);
}

Result<LoadgenOptions> parse_loadgen_options(const std::vector<std::string>& args) {
  LoadgenOptions o;
  std::string server;
  std::string metrics;
  std::string scenario = "one-to-one";
  po::options_description desc("Options");
  // clang-format off
  desc.add_options()
      ("help,h", "show this help")
      ("server", po::value(&server), "relay to load: ws://127.0.0.1:PORT")
      ("start-relay", po::value(&o.start_relay), "start this relaisd on a free port, stop it at the end")
      ("relay-arg", po::value(&o.relay_args)->composing(), "extra option for the started relaisd (repeatable)")
      ("relay-data", po::value(&o.relay_data), "data folder of the started relaisd (kept); default: temporary")
      ("relay-pid", po::value(&o.relay_pid), "pid of a relay started elsewhere, for its CPU and memory")
      ("metrics", po::value(&metrics),
       "127.0.0.1:PORT of a relay's Prometheus page (automatic with --start-relay)")
      ("scenario", po::value(&scenario)->default_value(scenario),
       "one-to-one, room (fan-out in one room), or light (10 fixed pairs, one message in flight each)")
      ("members", po::value(&o.members)->default_value(o.members), "room: accounts that join the room")
      ("posters", po::value(&o.posters)->default_value(o.posters), "room: members that post")
      ("room", po::value(&o.room)->default_value(o.room), "room: the room to load (OPEN policy)")
      ("ack-every", po::value(&o.ack_every)->default_value(o.ack_every),
       "room: a member acknowledges after this many entries (1: once per WebSocket message, as the client engine does)...")
      ("ack-interval-ms", po::value(&o.ack_interval_ms)->default_value(o.ack_interval_ms),
       "room: ...or this long after the first unacknowledged one")
      ("connections", po::value(&o.connections)->default_value(o.connections), "connections, one account each")
      ("duration", po::value(&o.duration_s)->default_value(o.duration_s), "seconds measured")
      ("warmup", po::value(&o.warmup_s)->default_value(o.warmup_s), "seconds of load before measuring")
      ("rate", po::value(&o.rate)->default_value(o.rate), "messages/s over all connections; 0: as fast as possible")
      ("window", po::value(&o.window)->default_value(o.window),
       "unacknowledged sends per connection (room: open posts per poster) at --rate 0")
      ("max-pending", po::value(&o.max_pending)->default_value(o.max_pending),
       "unacknowledged sends per connection with a --rate (more are skipped and counted)")
      ("size", po::value(&o.size)->default_value(o.size), "ciphertext bytes per message (room: 200 unless given)")
      ("threads", po::value(&o.threads)->default_value(o.threads), "generator threads")
      ("idle", po::value(&o.idle)->default_value(o.idle), "idle mode: hold N authenticated connections, report relay RSS")
      ("idle-steps", po::value(&o.idle_steps)->default_value(o.idle_steps), "RSS readings while logging in (idle mode)")
      ("hold", po::value(&o.hold_s)->default_value(o.hold_s), "seconds the idle connections stay open at the end")
      ("settle", po::value(&o.settle_s)->default_value(o.settle_s), "seconds before each RSS reading (idle mode)")
      ("prekeys", po::value(&o.prekeys)->default_value(o.prekeys), "one-time prekeys per registration")
      ("setup-concurrency", po::value(&o.setup_concurrency)->default_value(o.setup_concurrency),
       "connections being opened and authenticated at once")
      ("per-address", po::value(&o.per_address)->default_value(o.per_address),
       "connections per source address 127.0.0.2, .3, ...; 0: do not bind")
      ("accounts", po::value(&o.accounts_file), "file keeping registered accounts between runs")
      ("setup-timeout", po::value(&o.setup_timeout_s)->default_value(o.setup_timeout_s), "seconds allowed for set-up")
      ("drain-timeout", po::value(&o.drain_timeout_s)->default_value(o.drain_timeout_s),
       "seconds to wait for outstanding messages after the run")
      ("json", po::bool_switch(&o.json), "print the result as one JSON object");
  // clang-format on
  std::ostringstream help;
  help
      << "Usage: relais_loadgen (--server ws://127.0.0.1:PORT | --start-relay PATH) [options]\n"
      << "Loads a relay's one-to-one protocol: each connection registers (or logs in), then sends\n"
      << "random ciphertext-sized envelopes to random other connections, which acknowledge "
         "them.\n"
      << "--scenario room: --members accounts join one room, --posters of them post, and every\n"
      << "member receives and acknowledges every post (the room fan-out).\n"
      << "--scenario light: one-to-one between fixed pairs, one message in flight each (20\n"
      << "connections unless given); the send -> delivered p99 is set beside the p99 of the\n"
      << "relay's own log syncs in the same window (its relais_store_sync_seconds).\n\n"
      << desc;
  o.help_text = help.str();

  std::vector<const char*> argv{"relais_loadgen"};
  for (const auto& a : args) argv.push_back(a.c_str());
  po::variables_map vm;
  try {
    po::store(po::parse_command_line(static_cast<int>(argv.size()), argv.data(), desc), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return Error{Errc::invalid_argument, std::string(e.what()) + " (see relais_loadgen --help)."};
  }
  if (vm.count("help")) {
    o.help = true;
    return o;
  }

  RELAIS_TRY(
      check(server.empty() != o.start_relay.empty(), "Give either --server or --start-relay."));
  if (scenario == "room") {
    o.scenario = Scenario::room;
  } else if (scenario == "light") {
    o.scenario = Scenario::light;
    if (vm["connections"].defaulted()) o.connections = 20;
    if (vm["window"].defaulted()) o.window = 1;
    RELAIS_TRY(check(o.rate == 0, "--scenario light runs at --rate 0 (one in flight per pair)."));
    RELAIS_TRY(check(o.connections % 2 == 0, "--scenario light needs an even --connections."));
  } else if (scenario != "one-to-one") {
    return Error{Errc::invalid_argument, "--scenario must be one-to-one, room or light."};
  }
  if (!server.empty()) {
    RELAIS_TRY_ASSIGN(auto ep, parse_server_url(server));
    o.server_host = ep.host;
    o.server_port = ep.port;
  } else {
    o.server_host = "127.0.0.1";
  }
  RELAIS_TRY(check(o.relay_data.empty() || !o.start_relay.empty(),
                   "--relay-data goes with --start-relay."));
  RELAIS_TRY(check(o.relay_args.empty() || !o.start_relay.empty(),
                   "--relay-arg goes with --start-relay."));
  RELAIS_TRY(check(o.relay_pid >= 0, "--relay-pid must be a process id."));
  if (!metrics.empty()) {
    RELAIS_TRY(check(o.start_relay.empty(), "--metrics is for a relay not started here."));
    auto ep = parse_server_url("ws://" + metrics);
    if (!ep.ok()) return Error{Errc::invalid_argument, "--metrics takes 127.0.0.1:PORT."};
    o.metrics_port = ep->port;
  }
  RELAIS_TRY(check(o.relay_pid == 0 || o.start_relay.empty(),
                   "--relay-pid is for a relay not started here."));
  if (o.room_mode()) {
    RELAIS_TRY(check(!o.idle_mode(), "--idle is not part of the room scenario."));
    RELAIS_TRY(check(vm["connections"].defaulted(),
                     "The room scenario takes --members, not --connections."));
    RELAIS_TRY(check(o.members >= 2 && o.members <= kMaxRoomMembers,
                     "--members must be between 2 and 5000 (a room's member limit)."));
    RELAIS_TRY(check(o.posters >= 1 && o.posters <= o.members,
                     "--posters must be between 1 and --members."));
    RELAIS_TRY(check(wire::valid_id(o.room),
                     "--room must be a room id: lowercase letters, digits and '-'."));
    RELAIS_TRY(check(o.ack_every >= 1 && o.ack_every <= kMaxAckEvery,
                     "--ack-every must be between 1 and 256 entries."));
    RELAIS_TRY(check(o.ack_interval_ms >= 1 && o.ack_interval_ms <= 1000,
                     "--ack-interval-ms must be between 1 and 1000."));
    if (vm["size"].defaulted()) o.size = kRoomSize;
    o.connections = o.members;
  } else {
    for (const char* room_only : {"members", "posters", "room", "ack-every", "ack-interval-ms"}) {
      RELAIS_TRY(check(vm[room_only].defaulted(),
                       std::string("--") + room_only + " goes with --scenario room."));
    }
  }
  RELAIS_TRY(check(o.idle <= kMaxConnections, "--idle is at most 200000."));
  if (o.idle_mode()) {
    RELAIS_TRY(check(o.idle_steps >= 1 && o.idle_steps <= 100 && o.idle_steps <= o.idle,
                     "--idle-steps must be between 1 and min(100, --idle)."));
  } else {
    RELAIS_TRY(check(o.connections >= 2 && o.connections <= kMaxConnections,
                     "--connections must be between 2 and 200000."));
  }
  RELAIS_TRY(check(o.duration_s > 0 && o.duration_s <= kMaxSeconds,
                   "--duration must be between 0 and 3600 seconds."));
  RELAIS_TRY(check(o.warmup_s >= 0 && o.warmup_s <= kMaxSeconds,
                   "--warmup must be between 0 and 3600 seconds."));
  RELAIS_TRY(check(o.hold_s >= 0 && o.hold_s <= kMaxSeconds,
                   "--hold must be between 0 and 3600 seconds."));
  RELAIS_TRY(
      check(o.settle_s >= 0 && o.settle_s <= 600, "--settle must be between 0 and 600 seconds."));
  RELAIS_TRY(check(o.setup_timeout_s > 0 && o.setup_timeout_s <= kMaxSeconds,
                   "--setup-timeout must be between 0 and 3600 seconds."));
  RELAIS_TRY(check(o.drain_timeout_s >= 0 && o.drain_timeout_s <= 600,
                   "--drain-timeout must be between 0 and 600 seconds."));
  RELAIS_TRY(check(o.rate >= 0 && o.rate <= 10'000'000,
                   "--rate must be between 0 and 10,000,000 messages/s."));
  RELAIS_TRY(check(o.window >= 1 && o.window <= kMaxWindow, "--window must be between 1 and 256."));
  RELAIS_TRY(check(o.max_pending >= 1 && o.max_pending <= kMaxWindow,
                   "--max-pending must be between 1 and 256."));
  RELAIS_TRY(check(o.size >= kMinSize && o.size <= kMaxSize,
                   "--size must be between 32 and 65536 bytes."));
  RELAIS_TRY(check(o.threads >= 1 && o.threads <= 8, "--threads must be between 1 and 8."));
  RELAIS_TRY(
      check(o.prekeys <= 200, "--prekeys is at most 200 (the relay's limit per registration)."));
  RELAIS_TRY(check(o.setup_concurrency >= 1 && o.setup_concurrency <= 10'000,
                   "--setup-concurrency must be between 1 and 10000."));
  const size_t total = o.idle_mode() ? o.idle : o.connections;
  RELAIS_TRY(check(o.per_address == 0 || total / o.per_address < kMaxSourceAddresses,
                   "--per-address is too small for that many connections."));
  return o;
}

}  // namespace relais::bench

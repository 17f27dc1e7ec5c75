// relaisd's options and configuration file: good values land in RelayConfig, bad ones are
// refused with the option (and, in a file, the line) named.
#include "server/net/options.h"

#include <gtest/gtest.h>

#include <fstream>

#include "server/net/relay_server.h"
#include "tests/support/temp_dir.h"

namespace relais::server {
namespace {

TEST(Options, CommandLineFillsTheConfig) {
  auto inv = parse_invocation({"--data", "/tmp/d", "--listen", "127.0.0.1:9000", "--threads", "3"});
  ASSERT_TRUE(inv.ok()) << inv.error().message;
  EXPECT_EQ(inv->command, Invocation::Command::serve);
  EXPECT_EQ(inv->config.data_dir, "/tmp/d");
  EXPECT_EQ(inv->config.listen_host, "127.0.0.1");
  EXPECT_EQ(inv->config.listen_port, 9000);
  EXPECT_EQ(inv->config.threads, 3);
}

TEST(Options, EveryLimitIsAnOption) {
  auto inv = parse_invocation({"--data", "/tmp/d",
                               "--login-timeout", "20",
                               "--max-unauthenticated", "500",
                               "--max-unauthenticated-per-address", "8",
                               "--ipv6-prefix-length", "56",
                               "--max-unauthenticated-per-network", "32",
                               "--ipv4-network-length", "20",
                               "--ipv6-network-length", "40",
                               "--write-queue-max-bytes", "8388608",
                               "--write-queue-pause-bytes", "2097152",
                               "--envelope-window", "128",
                               "--room-window", "256",
                               "--delivery-window-bytes", "2097152",
                               "--queue-max-envelopes", "1000",
                               "--queue-max-bytes", "10485760",
                               "--stored-bytes-per-day", "20971520",
                               "--stored-bytes-burst", "1048576",
                               "--queue-sender-share-percent", "25",
                               "--queue-max-age-days", "7",
                               "--org-message-interval", "600",
                               "--org-inbox-max", "500",
                               "--min-free-disk-bytes", "1073741824",
                               "--rate-limit-max-keys", "5000",
                               "--max-prekeys", "500",
                               "--frames-per-second", "100",
                               "--frames-burst", "400",
                               "--messages-per-second", "50",
                               "--messages-burst", "100",
                               "--room-posts-per-second", "0.5",
                               "--room-posts-burst", "10",
                               "--room-post-bytes-per-second", "4096",
                               "--room-post-bytes-burst", "131072",
                               "--registrations-per-second", "0.1",
                               "--registrations-burst", "3",
                               "--bundle-fetches-per-second", "0.25",
                               "--bundle-fetches-burst", "7",
                               "--prekey-handouts-per-second", "0.01",
                               "--prekey-handouts-burst", "9",
                               "--identity-lookups-per-second", "3",
                               "--identity-lookups-burst", "11",
                               "--registrations-per-network-per-second", "0.05",
                               "--registrations-per-network-burst", "12",
                               "--joins-per-second", "0.2",
                               "--joins-burst", "4",
                               "--joins-per-network-per-second", "0.5",
                               "--joins-per-network-burst", "40",
                               "--queue-network-share-percent", "15",
                               "--new-account-days", "3",
                               "--stored-bytes-new-account-burst", "524288",
                               "--stored-bytes-per-network-per-day", "536870912",
                               "--stored-bytes-per-network-burst", "33554432",
                               "--org-inbox-per-network", "50",
                               "--room-pending-max", "300",
                               "--room-pending-per-network", "20",
                               "--room-recent-posts", "8192",
                               "--room-post-waiting-copies", "8",
                               "--room-idle-member-days", "14"});
  ASSERT_TRUE(inv.ok()) << inv.error().message;
  const RelayConfig& c = inv->config;
  EXPECT_EQ(c.login_timeout, std::chrono::seconds(20));
  EXPECT_EQ(c.max_unauthenticated, 500u);
  EXPECT_EQ(c.max_unauthenticated_per_address, 8u);
  EXPECT_EQ(c.ipv6_prefix_bits, 56u);
  EXPECT_EQ(c.max_unauthenticated_per_network, 32u);
  EXPECT_EQ(c.ipv4_network_bits, 20u);
  EXPECT_EQ(c.ipv6_network_bits, 40u);
  EXPECT_EQ(c.write_queue_max_bytes, 8u << 20);
  EXPECT_EQ(c.write_queue_high_water, 2u << 20);
  EXPECT_EQ(c.envelope_window, 128u);
  EXPECT_EQ(c.room_window, 256u);
  EXPECT_EQ(c.delivery_window_bytes, 2u << 20);
  EXPECT_EQ(c.queue_max_envelopes, 1000u);
  EXPECT_EQ(c.queue_max_bytes, 10u << 20);
  EXPECT_EQ(c.stored_bytes_per_day, 20u << 20);
  EXPECT_EQ(c.stored_bytes_burst, 1u << 20);
  EXPECT_EQ(c.queue_sender_share_percent, 25u);
  EXPECT_EQ(c.queue_max_age, std::chrono::hours(7 * 24));
  EXPECT_EQ(c.org_message_interval, std::chrono::seconds(600));
  EXPECT_EQ(c.org_inbox_max, 500u);
  EXPECT_EQ(c.min_free_disk_bytes, 1u << 30);
  EXPECT_EQ(c.rate_limit_max_keys, 5000u);
  EXPECT_EQ(c.max_prekeys, 500u);
  EXPECT_EQ(c.frames_per_connection.per_second, 100);
  EXPECT_EQ(c.frames_per_connection.burst, 400);
  EXPECT_EQ(c.messages_per_account.per_second, 50);
  EXPECT_EQ(c.messages_per_account.burst, 100);
  EXPECT_EQ(c.room_posts_per_account.per_second, 0.5);
  EXPECT_EQ(c.room_posts_per_account.burst, 10);
  EXPECT_EQ(c.room_post_bytes_per_account.per_second, 4096);
  EXPECT_EQ(c.room_post_bytes_per_account.burst, 131072);
  EXPECT_EQ(c.registrations_per_address.per_second, 0.1);
  EXPECT_EQ(c.registrations_per_address.burst, 3);
  EXPECT_EQ(c.bundle_fetches_per_account.per_second, 0.25);
  EXPECT_EQ(c.bundle_fetches_per_account.burst, 7);
  EXPECT_EQ(c.prekeys_per_target.per_second, 0.01);
  EXPECT_EQ(c.prekeys_per_target.burst, 9);
  EXPECT_EQ(c.identity_lookups_per_account.per_second, 3);
  EXPECT_EQ(c.identity_lookups_per_account.burst, 11);
  EXPECT_EQ(c.registrations_per_network.per_second, 0.05);
  EXPECT_EQ(c.registrations_per_network.burst, 12);
  EXPECT_EQ(c.joins_per_account.per_second, 0.2);
  EXPECT_EQ(c.joins_per_account.burst, 4);
  EXPECT_EQ(c.joins_per_network.per_second, 0.5);
  EXPECT_EQ(c.joins_per_network.burst, 40);
  EXPECT_EQ(c.queue_network_share_percent, 15u);
  EXPECT_EQ(c.new_account_days, 3u);
  EXPECT_EQ(c.stored_bytes_new_account_burst, 512u << 10);
  EXPECT_EQ(c.stored_bytes_per_network_per_day, 512u << 20);
  EXPECT_EQ(c.stored_bytes_per_network_burst, 32u << 20);
  EXPECT_EQ(c.org_inbox_per_network, 50u);
  EXPECT_EQ(c.room_pending_max, 300u);
  EXPECT_EQ(c.room_pending_per_network, 20u);
  EXPECT_EQ(c.room_recent_posts, 8192u);
  EXPECT_EQ(c.room_post_waiting_copies, 8u);
  EXPECT_EQ(c.room_idle_member_days, 14u);

  // The defaults are what RelayConfig says, and --help prints them as an operator writes them.
  auto plain = parse_invocation({"--data", "/tmp/d"});
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->config.registrations_per_address.per_second, 0.2);
  EXPECT_NE(plain->help_text.find("--registrations-per-second arg (=0.2)"), std::string::npos);
  EXPECT_NE(plain->help_text.find("--room-posts-burst arg (=30)"), std::string::npos);
  EXPECT_NE(plain->help_text.find("--registrations-per-network-per-second arg (=0.02)"),
            std::string::npos);
}

TEST(Options, LimitsThatCannotWorkAreRefused) {
  for (const auto& bad : std::vector<std::vector<std::string>>{
           {"--max-message-bytes", "65536"},        // smaller than the largest envelope
           {"--login-timeout", "0"},
           {"--max-unauthenticated", "0"},
           {"--ipv6-prefix-length", "8"},
           {"--ipv6-prefix-length", "129"},
           {"--max-unauthenticated-per-network", "4"},  // fewer than per address
           {"--ipv4-network-length", "4"},
           {"--ipv6-network-length", "80"},  // finer than the address prefix
           {"--delivery-window-bytes", "3000000"},  // over half of the write queue's cap
           {"--delivery-window-bytes", "1000"},
           {"--write-queue-pause-bytes", "8388608"},  // above the cap
           {"--envelope-window", "0"},
           {"--room-window", "100000"},
           {"--queue-max-envelopes", "0"},
           {"--queue-max-bytes", "1000"},
           {"--stored-bytes-per-day", "1000"},
           {"--stored-bytes-burst", "1000"},
           {"--queue-max-age-days", "0"},
           {"--queue-sender-share-percent", "0"},
           {"--queue-sender-share-percent", "101"},
           {"--queue-max-age-days", "366"},
           {"--org-inbox-max", "0"},
           {"--org-message-interval", "99999999"},
           {"--rate-limit-max-keys", "10"},
           {"--max-prekeys", "10"},
           {"--frames-per-second", "0"},
           {"--room-posts-burst", "0.5"},
           {"--room-post-bytes-burst", "1000"},  // smaller than one post of the largest size
           {"--registrations-per-second", "-1"},
           {"--bundle-fetches-burst", "0"},
           {"--prekey-handouts-per-second", "0"},
           {"--identity-lookups-burst", "0.5"},
           {"--messages-per-second", "lots"},
           {"--registrations-per-network-burst", "0"},
           {"--joins-per-second", "0"},
           {"--joins-per-network-burst", "0.5"},
           {"--queue-network-share-percent", "0"},
           {"--stored-bytes-new-account-burst", "1000"},      // smaller than one envelope
           {"--stored-bytes-new-account-burst", "16777216"},  // over the whole burst
           {"--stored-bytes-per-network-burst", "1048576"},   // under one account's
           {"--new-account-days", "400"},
           {"--room-pending-max", "0"},
           {"--room-pending-per-network", "1000"},  // over the room's cap
           {"--room-recent-posts", "1"},
           {"--room-post-waiting-copies", "0"},
           {"--org-inbox-per-network", "20000"},  // over the inbox's cap
           {"--room-idle-member-days", "400"},
       }) {
    std::vector<std::string> args{"--data", "d"};
    args.insert(args.end(), bad.begin(), bad.end());
    auto inv = parse_invocation(args);
    EXPECT_FALSE(inv.ok()) << bad[0] << " " << bad[1];
    if (!inv.ok()) {
      EXPECT_NE(inv.error().message.find(bad[0].substr(2, bad[0].find('-', 2) - 2)), std::string::npos)
          << inv.error().message;
    }
  }
}

TEST(Options, TheEraseBoundDefaultsToTenMinutesAndIsBounded) {
  auto inv = parse_invocation({"--data", "/tmp/d"});
  ASSERT_TRUE(inv.ok());
  EXPECT_EQ(inv->config.erase_within, std::chrono::seconds(600));
  inv = parse_invocation({"--data", "/tmp/d", "--erase-within", "2"});
  ASSERT_TRUE(inv.ok());
  EXPECT_EQ(inv->config.erase_within, std::chrono::seconds(2));
  for (const char* bad : {"0", "1", "3601", "soon", "-5"}) {
    auto refused = parse_invocation({"--data", "/tmp/d", "--erase-within", bad});
    ASSERT_FALSE(refused.ok()) << bad;
    EXPECT_NE(refused.error().message.find("erase-within"), std::string::npos)
        << refused.error().message;
  }
}

TEST(Options, TheCursorFlushIntervalDefaultsToASecondAndIsBounded) {
  auto inv = parse_invocation({"--data", "/tmp/d"});
  ASSERT_TRUE(inv.ok());
  EXPECT_EQ(inv->config.cursor_flush_interval, std::chrono::milliseconds(1000));
  inv = parse_invocation({"--data", "/tmp/d", "--cursor-flush-ms", "3600000"});
  ASSERT_TRUE(inv.ok());
  EXPECT_EQ(inv->config.cursor_flush_interval, std::chrono::hours(1));
  for (const char* bad : {"0", "9", "3600001", "often", "-5"}) {
    auto refused = parse_invocation({"--data", "/tmp/d", "--cursor-flush-ms", bad});
    ASSERT_FALSE(refused.ok()) << bad;
    EXPECT_NE(refused.error().message.find("cursor-flush-ms"), std::string::npos)
        << refused.error().message;
  }
}

TEST(Options, AdminInviteIsACommand) {
  auto inv = parse_invocation({"--data", "/tmp/d", "admin-invite"});
  ASSERT_TRUE(inv.ok());
  EXPECT_EQ(inv->command, Invocation::Command::admin_invite);
}

TEST(Options, BackupAndRestoreNeedTheirFolder) {
  auto backup = parse_invocation({"--data", "/tmp/d", "backup", "--to", "/tmp/b"});
  ASSERT_TRUE(backup.ok());
  EXPECT_EQ(backup->command, Invocation::Command::backup);
  EXPECT_EQ(backup->path, "/tmp/b");
  EXPECT_FALSE(parse_invocation({"--data", "/tmp/d", "backup"}).ok());
  EXPECT_FALSE(parse_invocation({"--data", "/tmp/d", "restore"}).ok());
  EXPECT_FALSE(parse_invocation({"--data", "/tmp/d", "--metrics", "nowhere"}).ok());
}

TEST(Options, BadCommandLinesAreRefusedClearly) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"--listen", "127.0.0.1:1"},  // no --data
           {"--data", "d", "--listen", "nocolon"},
           {"--data", "d", "--listen", "127.0.0.1:99999"},
           {"--data", "d", "--listen", "127.0.0.1:12ab"},
           {"--data", "d", "--threads", "many"},
           {"--data", "d", "--no-such-option"},
           {"--data", "d", "launch-rockets"},
           {"--data", "d", "--log-level", "loud"},
           {"--data", "d", "--max-message-bytes", "10"},
       }) {
    auto inv = parse_invocation(args);
    EXPECT_FALSE(inv.ok()) << args.back();
    if (!inv.ok()) {
      EXPECT_FALSE(inv.error().message.empty());
    }
  }
}

TEST(Options, InterfaceLanguagesAreTheShippedOnesInTheOperatorsOrder) {
  // By default every language the clients ship is offered.
  auto inv = parse_invocation({"--data", "d"});
  ASSERT_TRUE(inv.ok()) << inv.error().message;
  EXPECT_EQ(inv->config.interface_languages,
            (std::vector<std::string>{"fr", "nl", "en", "es", "pt", "ro", "bg", "sq"}));
  inv = parse_invocation({"--data", "d", "--interface-languages", "nl, fr ,en"});
  ASSERT_TRUE(inv.ok()) << inv.error().message;
  EXPECT_EQ(inv->config.interface_languages, (std::vector<std::string>{"nl", "fr", "en"}));
  inv = parse_invocation({"--data", "d", "--interface-languages", "ro"});
  ASSERT_TRUE(inv.ok()) << inv.error().message;
  EXPECT_EQ(inv->config.interface_languages, std::vector<std::string>{"ro"});

  // Bad lists are refused, naming the option, the fault and the languages there are.
  for (const auto& [text, fault] : std::vector<std::pair<std::string, std::string>>{
           {"", "at least one"},
           {" , ", "at least one"},
           {"fr,,nl", "empty entry"},
           {"fr,", "empty entry"},
           {"de", "'de', a language no client speaks"},
           {"FR", "'FR'"},
           {"fr;nl", "'fr;nl'"},
           {"french", "'french'"},
           {"fr,nl,fr", "'fr' twice"},
       }) {
    auto bad = parse_invocation({"--data", "d", "--interface-languages", text});
    ASSERT_FALSE(bad.ok()) << text;
    EXPECT_NE(bad.error().message.find("--interface-languages"), std::string::npos)
        << bad.error().message;
    EXPECT_NE(bad.error().message.find(fault), std::string::npos) << bad.error().message;
    EXPECT_NE(bad.error().message.find("fr,nl,en,es,pt,ro,bg,sq"), std::string::npos)
        << bad.error().message;
  }

  // A command line cannot hold a NUL (argv is C strings), but a configuration file can: the
  // list itself refuses it rather than reading "fr".
  auto nul = parse_interface_languages(std::string("fr\0nl", 5));
  ASSERT_FALSE(nul.ok());
  EXPECT_NE(nul.error().message.find("no client speaks"), std::string::npos) << nul.error().message;

  // A key of the configuration file too.
  relais::testing::TempDir dir;
  auto file = (dir / "relaisd.conf").string();
  std::ofstream(file) << "data = /srv/relais\ninterface-languages = fr,nl,en\n";
  inv = parse_invocation({"--config", file});
  ASSERT_TRUE(inv.ok()) << inv.error().message;
  EXPECT_EQ(inv->config.interface_languages, (std::vector<std::string>{"fr", "nl", "en"}));
  std::ofstream(file) << "data = /srv/relais\ninterface-languages = fr,xx\n";
  EXPECT_FALSE(parse_invocation({"--config", file}).ok());
}

TEST(Options, ConfigFileKeysMatchOptionsAndTheCommandLineWins) {
  relais::testing::TempDir dir;
  auto file = (dir / "relaisd.conf").string();
  std::ofstream(file) << "# comment\ndata = /srv/relais\nlisten = 127.0.0.1:7000\nthreads = 4\n";
  auto inv = parse_invocation({"--config", file, "--threads", "2"});
  ASSERT_TRUE(inv.ok()) << inv.error().message;
  EXPECT_EQ(inv->config.data_dir, "/srv/relais");
  EXPECT_EQ(inv->config.listen_port, 7000);
  EXPECT_EQ(inv->config.threads, 2);
}

TEST(Options, BadConfigFileNamesTheLine) {
  relais::testing::TempDir dir;
  auto file = (dir / "relaisd.conf").string();
  std::ofstream(file) << "data = /srv/relais\n\nthreads = lots\n";
  auto inv = parse_invocation({"--config", file});
  ASSERT_FALSE(inv.ok());
  EXPECT_NE(inv.error().message.find(file + ":3"), std::string::npos) << inv.error().message;

  std::ofstream(file) << "data = /srv/relais\nlisten-everywhere = yes\n";
  inv = parse_invocation({"--config", file});
  ASSERT_FALSE(inv.ok());
  EXPECT_NE(inv.error().message.find(":2"), std::string::npos) << inv.error().message;

  inv = parse_invocation({"--config", (dir / "missing.conf").string()});
  EXPECT_FALSE(inv.ok());
}

TEST(RelayServer, RefusesPlainWebSocketsOffLoopback) {
  relais::testing::TempDir dir;
  RelayConfig config;
  config.data_dir = dir.path().string();
  config.listen_host = "0.0.0.0";
  config.listen_port = 0;
  auto server = RelayServer::create(config);
  ASSERT_FALSE(server.ok());
  EXPECT_NE(server.error().message.find("TLS"), std::string::npos);
  EXPECT_TRUE(is_loopback_host("127.0.0.1"));
  EXPECT_TRUE(is_loopback_host("::1"));
  EXPECT_FALSE(is_loopback_host("192.0.2.1"));
}

}  // namespace
}  // namespace relais::server

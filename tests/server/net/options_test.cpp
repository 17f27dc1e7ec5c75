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
           {"--listen", "127.0.0.1:1"},                       // no --data
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

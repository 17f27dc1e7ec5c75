// A short real run of relais_loadgen against a relaisd it starts itself: every acknowledged
// message must reach its recipient, with no error, and the report must hold the figures.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "tests/support/process.h"

namespace relais::bench {
namespace {

namespace json = boost::json;

// Runs relais_loadgen against a relaisd it starts; checks what every load run must show.
json::object short_load_run(std::vector<std::string> extra, int connections = 8) {
  std::vector<std::string> args{"--start-relay", testing::built_binary("server/relaisd"),
                                "--connections", std::to_string(connections),
                                "--warmup",      "0.2",
                                "--duration",    "0.6",
                                "--size",        "300",
                                "--json"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto result = testing::run_process(testing::built_binary("bench/relais_loadgen"), args, {},
                                           std::chrono::seconds(60));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  if (result.exit_code != 0) return {};
  auto report = json::parse(result.out).as_object();
  EXPECT_EQ(report.at("mode").as_string(), "load");
  EXPECT_EQ(report.at("setup").at("connections_up").to_number<int>(), connections);
  EXPECT_EQ(report.at("setup").at("registered").to_number<int>(), connections);
  const auto& r = report.at("results").as_object();
  EXPECT_GT(r.at("delivered_per_s").to_number<double>(), 0);
  EXPECT_GT(r.at("sent_latency_ms").at("count").to_number<int>(), 0);
  EXPECT_GT(r.at("e2e_latency_ms").at("count").to_number<int>(), 0);
  EXPECT_LE(r.at("sent_latency_ms").at("p50").to_number<double>(),
            r.at("sent_latency_ms").at("p99").to_number<double>());
  EXPECT_TRUE(r.at("errors").as_object().empty()) << json::serialize(r.at("errors"));
  EXPECT_TRUE(r.at("transport").as_object().empty()) << json::serialize(r.at("transport"));
  // Every message the relay acknowledged as durable reached its recipient.
  EXPECT_EQ(r.at("undelivered_after_drain").to_number<int>(), 0);
  EXPECT_EQ(r.at("unanswered_after_drain").to_number<int>(), 0);
  EXPECT_EQ(r.at("connections_lost").to_number<int>(), 0);
  EXPECT_TRUE(report.at("relay_stopped_cleanly").as_bool());
  EXPECT_GT(report.at("relay").at("rss_kib").to_number<int>(), 0);
  // The started relay serves its metrics: the store's figures for the window are there.
  EXPECT_TRUE(report.contains("store"));
  if (report.contains("store")) {
    EXPECT_GT(report.at("store").at("syncs").to_number<double>(), 0);
    EXPECT_GE(report.at("store").at("commits_per_sync").to_number<double>(), 1);
  }
  return report;
}

// Rates stay under the relay's per-account limit (200 messages/s, burst 1000): no RATE_LIMITED.
TEST(LoadgenSmoke, PacedRunDeliversEverything) {
  auto report = short_load_run({"--rate", "400"});
  if (report.empty()) return;
  // 400 messages/s for 0.6 s, give or take the pacing tick.
  EXPECT_NEAR(report.at("results").at("sends_per_s").to_number<double>(), 400, 60);
}

// Flat out, each account must still stay under the relay's limit (burst 1000, then 200/s):
// 8 connections reached about 1,200 messages/s each here, close enough to the limit for a
// quicker run to be refused. 48 share the relay's throughput at about 320/s each.
TEST(LoadgenSmoke, WindowRunDeliversEverything) {
  auto report = short_load_run({"--window", "1", "--threads", "2"}, 48);
  if (report.empty()) return;
  EXPECT_GT(report.at("results").at("sends_per_s").to_number<double>(), 100);
}

// Light load: fixed pairs, one message in flight each, far above the relay's default 200
// messages/s per account, which the started relay lifts (no RATE_LIMITED); the report sets the
// send -> delivered p99 beside the relay's own log-sync p99 of the same window.
TEST(LoadgenSmoke, LightRunSetsDeliveryBesideTheRelaysLogSyncs) {
  auto report = short_load_run({"--scenario", "light"});
  if (report.empty()) return;
  EXPECT_EQ(report.at("config").at("scenario").as_string(), "light");
  EXPECT_EQ(report.at("config").at("window").to_number<int>(), 1);
  ASSERT_TRUE(report.contains("light"));
  const auto& light = report.at("light").as_object();
  EXPECT_GT(light.at("e2e_p99_ms").to_number<double>(), 0);
  EXPECT_GT(light.at("sync_p99_ms").to_number<double>(), 0);
  EXPECT_GT(report.at("store").at("sync").at("count").to_number<double>(), 0);
  // The verdict says whether the sync p99's bucket decides it: met below twice its lower bound,
  // missed above twice its upper bound, undecided between.
  const auto& bucket = report.at("store").at("sync").at("p99_ms_bucket").as_array();
  const double e2e = light.at("e2e_p99_ms").to_number<double>();
  const double low = bucket.at(0).to_number<double>(), high = bucket.at(1).to_number<double>();
  const std::string verdict(light.at("verdict").as_string());
  if (e2e <= 2 * low) {
    EXPECT_EQ(verdict, "met");
  } else if (high >= 0 && e2e > 2 * high) {
    EXPECT_EQ(verdict, "missed");
  } else {
    EXPECT_EQ(verdict, "undecided: within the sync bucket");
  }
}

TEST(LoadgenSmoke, IdleModeReportsMemoryPerConnection) {
  const auto result =
      testing::run_process(testing::built_binary("bench/relais_loadgen"),
                           {"--start-relay", testing::built_binary("server/relaisd"), "--idle",
                            "20", "--idle-steps", "2", "--hold", "0", "--settle", "0.2", "--json"},
                           {}, std::chrono::seconds(60));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto report = json::parse(result.out).as_object();
  EXPECT_EQ(report.at("mode").as_string(), "idle");
  EXPECT_EQ(report.at("setup").at("registered").to_number<int>(), 20);
  EXPECT_EQ(report.at("setup").at("logged_in").to_number<int>(), 20);
  EXPECT_EQ(report.at("held").at("connections").to_number<int>(), 20);
  EXPECT_EQ(report.at("steps").as_array().size(), 2u);
  EXPECT_TRUE(report.at("per_connection_kib").as_object().contains("since_registration"));
  EXPECT_TRUE(report.at("per_connection_kib").as_object().contains("marginal"));
}

// The room scenario: a few members in one room, two of them posting; every post the relay
// acknowledged reaches every member, in order, once.
json::object short_room_run(std::vector<std::string> extra) {
  std::vector<std::string> args{"--start-relay", testing::built_binary("server/relaisd"),
                                "--scenario",    "room",
                                "--members",     "6",
                                "--posters",     "2",
                                "--warmup",      "0.2",
                                "--duration",    "0.8",
                                "--json"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto result = testing::run_process(testing::built_binary("bench/relais_loadgen"), args, {},
                                           std::chrono::seconds(60));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  if (result.exit_code != 0) return {};
  auto report = json::parse(result.out).as_object();
  EXPECT_EQ(report.at("mode").as_string(), "room");
  EXPECT_EQ(report.at("config").at("room").as_string(), "brussels");
  EXPECT_EQ(report.at("config").at("size").to_number<int>(), 200);
  const auto& setup = report.at("setup").as_object();
  EXPECT_EQ(setup.at("members_joined").to_number<int>(), 6);
  EXPECT_EQ(setup.at("registered").to_number<int>(), 6);
  EXPECT_EQ(setup.at("joined").to_number<int>(), 6);
  const auto& r = report.at("results").as_object();
  const double posted = r.at("posted_per_s").to_number<double>();
  const double deliveries = r.at("deliveries_per_s").to_number<double>();
  EXPECT_GT(posted, 0);
  // Each post reaches the six members (the window cuts a few at its edges).
  EXPECT_NEAR(deliveries / posted, 6.0, 1.0);
  EXPECT_GT(r.at("posted_latency_ms").at("count").to_number<int>(), 0);
  EXPECT_GT(r.at("delivered_latency_ms").at("count").to_number<int>(),
            r.at("posted_latency_ms").at("count").to_number<int>());
  EXPECT_LE(r.at("delivered_latency_ms").at("p50").to_number<double>(),
            r.at("delivered_latency_ms").at("p99").to_number<double>());
  EXPECT_TRUE(r.at("errors").as_object().empty()) << json::serialize(r.at("errors"));
  EXPECT_TRUE(r.at("transport").as_object().empty()) << json::serialize(r.at("transport"));
  EXPECT_EQ(r.at("gaps").to_number<int>(), 0);
  EXPECT_EQ(r.at("repeats").to_number<int>(), 0);
  // Six join events reached the members that were already in (6 + 5 + ... + 1).
  EXPECT_EQ(r.at("events").to_number<int>(), 21);
  EXPECT_GT(r.at("acks_per_s").to_number<double>(), 0);
  EXPECT_EQ(r.at("undelivered_after_drain").to_number<int>(), 0);
  EXPECT_EQ(r.at("open_after_drain").to_number<int>(), 0);
  EXPECT_EQ(r.at("connections_lost").to_number<int>(), 0);
  EXPECT_TRUE(report.at("relay_stopped_cleanly").as_bool());
  EXPECT_GT(report.at("relay").at("rss_kib").to_number<int>(), 0);
  EXPECT_TRUE(report.contains("store"));
  if (report.contains("store")) {
    EXPECT_GT(report.at("store").at("room_entries_stored").to_number<double>(), 0);
    EXPECT_NEAR(report.at("store").at("fanout_mean_recipients").to_number<double>(), 6.0, 0.01);
  }
  return report;
}

TEST(LoadgenSmoke, RoomRunReachesEveryMember) {
  auto report = short_room_run({"--rate", "100"});
  if (report.empty()) return;
  EXPECT_NEAR(report.at("results").at("posts_per_s").to_number<double>(), 100, 20);
}

TEST(LoadgenSmoke, RoomWindowRunReachesEveryMember) {
  auto report = short_room_run({"--window", "2", "--threads", "2", "--ack-every", "4"});
  if (report.empty()) return;
  EXPECT_GT(report.at("results").at("posts_per_s").to_number<double>(), 50);
}

TEST(LoadgenSmoke, RefusesARemoteRelay) {
  const auto result =
      testing::run_process(testing::built_binary("bench/relais_loadgen"),
                           {"--server", "ws://192.0.2.1:7420"}, {}, std::chrono::seconds(10));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("127.0.0.1"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace relais::bench

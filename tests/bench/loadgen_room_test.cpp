// The room scenario's own pieces: its options, acknowledgement batching, entry order checks,
// message ids, statistics merging and the text report.
#include "bench/loadgen_room.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "bench/loadgen_options.h"

namespace relais::bench {
namespace {

constexpr uint64_t kMs = 1'000'000;

Result<LoadgenOptions> parse(std::vector<std::string> args) {
  args.insert(args.begin(), {"--server", "ws://127.0.0.1:7420"});
  return parse_loadgen_options(args);
}

// ---------------------------------------------------------------------------------------------
// Options

TEST(RoomOptions, DefaultsAreTheBriefsRoom) {
  auto o = parse({"--scenario", "room"});
  ASSERT_TRUE(o.ok()) << o.error().message;
  EXPECT_TRUE(o->room_mode());
  EXPECT_EQ(o->members, 200u);
  EXPECT_EQ(o->posters, 10u);
  EXPECT_EQ(o->room, "brussels");
  EXPECT_EQ(o->size, 200u);  // a padded Sender Key message, not the one-to-one 300
  EXPECT_EQ(o->ack_every, 1u);  // as the client engine acknowledges
  EXPECT_EQ(o->ack_interval_ms, 20.0);
  EXPECT_EQ(o->connections, 200u);  // one connection per member
}

TEST(RoomOptions, TakesItsOwnValues) {
  auto o = parse({"--scenario", "room", "--members", "50", "--posters", "50", "--room", "gent",
                  "--size", "1000", "--ack-every", "8", "--ack-interval-ms", "5", "--rate", "300"});
  ASSERT_TRUE(o.ok()) << o.error().message;
  EXPECT_EQ(o->members, 50u);
  EXPECT_EQ(o->posters, 50u);
  EXPECT_EQ(o->room, "gent");
  EXPECT_EQ(o->size, 1000u);
  EXPECT_EQ(o->ack_every, 8u);
  EXPECT_EQ(o->ack_interval_ms, 5.0);
  EXPECT_EQ(o->rate, 300.0);
  EXPECT_EQ(o->connections, 50u);
}

TEST(RoomOptions, OneToOneStaysTheDefault) {
  auto o = parse({});
  ASSERT_TRUE(o.ok()) << o.error().message;
  EXPECT_FALSE(o->room_mode());
  EXPECT_EQ(o->size, 300u);
  auto named = parse({"--scenario", "one-to-one"});
  ASSERT_TRUE(named.ok());
  EXPECT_FALSE(named->room_mode());
}

TEST(RoomOptions, RefusesOutOfRangeValues) {
  for (std::vector<std::string> bad :
       std::vector<std::vector<std::string>>{{"--members", "1"},
                                             {"--members", "5001"},
                                             {"--posters", "0"},
                                             {"--members", "5", "--posters", "6"},
                                             {"--room", ""},
                                             {"--room", "Brussels"},
                                             {"--room", "brussels/../x"},
                                             {"--room", "a b"},
                                             {"--room", std::string(65, 'a')},
                                             {"--ack-every", "0"},
                                             {"--ack-every", "257"},
                                             {"--ack-interval-ms", "0"},
                                             {"--ack-interval-ms", "1001"},
                                             {"--members", "lots"},
                                             {"--connections", "10"},  // members, not connections
                                             {"--idle", "10"},
                                             {"--size", "31"}}) {
    bad.insert(bad.begin(), {"--scenario", "room"});
    auto o = parse(bad);
    EXPECT_FALSE(o.ok()) << bad[2] << ' ' << bad[3];
    if (!o.ok()) {
      EXPECT_EQ(o.error().code, Errc::invalid_argument);
    }
  }
  EXPECT_FALSE(parse({"--scenario", "group"}).ok());
  EXPECT_FALSE(parse({"--scenario", ""}).ok());
}

TEST(RoomOptions, RoomOptionsNeedTheRoomScenario) {
  for (std::vector<std::string> stray :
       std::vector<std::vector<std::string>>{{"--members", "20"},
                                             {"--posters", "2"},
                                             {"--room", "gent"},
                                             {"--ack-every", "8"},
                                             {"--ack-interval-ms", "5"}}) {
    auto o = parse(stray);
    EXPECT_FALSE(o.ok()) << stray[0];
    if (!o.ok()) {
      EXPECT_NE(o.error().message.find(stray[0]), std::string::npos) << o.error().message;
    }
  }
}

TEST(RoomOptions, HelpNamesTheScenario) {
  auto o = parse_loadgen_options({"--help"});
  ASSERT_TRUE(o.ok());
  EXPECT_NE(o->help_text.find("--scenario"), std::string::npos);
  EXPECT_NE(o->help_text.find("--members"), std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// Acknowledgements

TEST(RoomAckBatcher, AcknowledgesEveryNEntries) {
  RoomAckBatcher acks(4, 20 * kMs);
  EXPECT_FALSE(acks.take().has_value());  // nothing received yet
  EXPECT_FALSE(acks.on_entry(1, 0));
  EXPECT_FALSE(acks.on_entry(2, 0));
  EXPECT_FALSE(acks.on_entry(3, 0));
  EXPECT_TRUE(acks.on_entry(4, 0));
  EXPECT_EQ(acks.unacked(), 4u);
  EXPECT_EQ(acks.take(), 4u);
  EXPECT_EQ(acks.unacked(), 0u);
  EXPECT_FALSE(acks.take().has_value());  // nothing new since
  EXPECT_FALSE(acks.on_entry(5, 0));
  EXPECT_EQ(acks.take(), 5u);
}

TEST(RoomAckBatcher, AcknowledgesAfterTheInterval) {
  RoomAckBatcher acks(64, 20 * kMs);
  EXPECT_FALSE(acks.due(100 * kMs));  // nothing waiting
  EXPECT_FALSE(acks.on_entry(7, 100 * kMs));
  EXPECT_FALSE(acks.on_entry(8, 110 * kMs));
  EXPECT_FALSE(acks.due(119 * kMs));
  // The interval runs from the first entry not yet acknowledged, not from the last.
  EXPECT_TRUE(acks.due(120 * kMs));
  EXPECT_EQ(acks.take(), 8u);
  EXPECT_FALSE(acks.due(500 * kMs));
  EXPECT_FALSE(acks.on_entry(9, 500 * kMs));
  EXPECT_FALSE(acks.due(519 * kMs));
  EXPECT_TRUE(acks.due(520 * kMs));
}

TEST(RoomAckBatcher, NeverAcknowledgesBackwards) {
  RoomAckBatcher acks(2, 20 * kMs);
  acks.on_entry(10, 0);
  acks.on_entry(12, 0);
  EXPECT_EQ(acks.take(), 12u);
  // Entries at or below what is acknowledged (a redelivery) start no batch.
  EXPECT_FALSE(acks.on_entry(11, 0));
  EXPECT_FALSE(acks.on_entry(12, 0));
  EXPECT_EQ(acks.unacked(), 0u);
  EXPECT_FALSE(acks.due(1000 * kMs));
  EXPECT_FALSE(acks.take().has_value());
  // A lower seq arriving after a higher one leaves the highest as the cursor.
  acks.on_entry(20, 0);
  acks.on_entry(15, 0);
  EXPECT_EQ(acks.take(), 20u);
}

// ---------------------------------------------------------------------------------------------
// Entry order

TEST(EntryOrder, ContiguousFromTheJoinIsClean) {
  EntryOrder order;
  order.start_at(5);
  for (uint64_t s = 5; s <= 100; ++s) order.on_entry(s);
  EXPECT_EQ(order.gaps(), 0u);
  EXPECT_EQ(order.repeats(), 0u);
  EXPECT_EQ(order.last(), 100u);
}

TEST(EntryOrder, CountsGapsAndRepeats) {
  EntryOrder order;
  order.start_at(1);
  order.on_entry(2);  // 1 missing
  order.on_entry(3);
  order.on_entry(7);  // 4, 5, 6 missing
  order.on_entry(7);  // repeat
  order.on_entry(5);  // late: counted as a repeat, not as filling the gap
  EXPECT_EQ(order.gaps(), 4u);
  EXPECT_EQ(order.repeats(), 2u);
  EXPECT_EQ(order.last(), 7u);
}

TEST(EntryOrder, WithoutAStartTheFirstEntrySetsIt) {
  EntryOrder order;
  order.on_entry(40);  // a returning member: its cursor is the relay's to know
  order.on_entry(41);
  order.start_at(10);  // too late to matter
  order.on_entry(42);
  EXPECT_EQ(order.gaps(), 0u);
  EXPECT_EQ(order.repeats(), 0u);
  EntryOrder zero;
  zero.start_at(0);  // no from_seq: ignored
  zero.on_entry(3);
  EXPECT_EQ(zero.gaps(), 0u);
}

// ---------------------------------------------------------------------------------------------
// Message ids

TEST(RoomMessageId, CarriesThePostId) {
  for (uint64_t id : {uint64_t{0}, uint64_t{16}, uint64_t{0x0102030405060708}, UINT64_MAX}) {
    const std::string mid = room_message_id(id, 0xdeadbeefcafef00d);
    ASSERT_EQ(mid.size(), 16u);
    EXPECT_EQ(post_id_of(mid), id);
  }
  EXPECT_NE(room_message_id(16, 1), room_message_id(16, 2));  // unique per post
  EXPECT_FALSE(post_id_of("").has_value());
  EXPECT_FALSE(post_id_of(std::string(15, 'x')).has_value());
  EXPECT_FALSE(post_id_of(std::string(17, 'x')).has_value());
}

// ---------------------------------------------------------------------------------------------
// Statistics and report

TEST(RoomStats, MergeAddsCountsAndKeepsMaxima) {
  RoomStats a, b;
  a.posts = 3;
  a.deliveries = 600;
  a.errors["RATE_LIMITED"] = 1;
  a.timeline.resize(1);
  a.timeline[0] = RoomSecond{3, 600, 5 * kMs, 9 * kMs};
  a.delivered_latency_ns.record(9 * kMs);
  b.posts = 2;
  b.deliveries = 400;
  b.errors["RATE_LIMITED"] = 2;
  b.errors["MUTED"] = 1;
  b.timeline.resize(2);
  b.timeline[0] = RoomSecond{2, 400, 7 * kMs, 3 * kMs};
  b.timeline[1] = RoomSecond{1, 200, 1 * kMs, 2 * kMs};
  b.delivered_latency_ns.record(3 * kMs);
  a.merge(b);
  EXPECT_EQ(a.posts, 5u);
  EXPECT_EQ(a.deliveries, 1000u);
  EXPECT_EQ(a.errors["RATE_LIMITED"], 3u);
  EXPECT_EQ(a.errors["MUTED"], 1u);
  ASSERT_EQ(a.timeline.size(), 2u);
  EXPECT_EQ(a.timeline[0].posts, 5u);
  EXPECT_EQ(a.timeline[0].deliveries, 1000u);
  EXPECT_EQ(a.timeline[0].max_posted_ns, 7 * kMs);
  EXPECT_EQ(a.timeline[0].max_delivered_ns, 9 * kMs);
  EXPECT_EQ(a.timeline[1].deliveries, 200u);
  EXPECT_EQ(a.delivered_latency_ns.count(), 2u);
  EXPECT_EQ(a.delivered_latency_ns.max(), 9 * kMs);
}

TEST(RoomReport, RendersTheFigures) {
  namespace json = boost::json;
  auto latency = [](double p50) {
    return json::object{{"count", 10}, {"p50", p50}, {"p90", 2.0}, {"p99", 3.0},
                        {"p999", 4.0}, {"max", 5.0}, {"mean", 1.5}};
  };
  json::object r{
      {"mode", "room"},
      {"machine", json::object{{"nproc", 2}, {"cpu", "test cpu"}}},
      {"config", json::object{{"members", 200}}},
      {"setup", json::object{{"members_joined", 200}}},
      {"results", json::object{{"posted_per_s", 560.0},
                               {"deliveries_per_s", 112000.0},
                               {"posts_per_s", 560.0},
                               {"acks_per_s", 9000.0},
                               {"posted_latency_ms", latency(1.25)},
                               {"delivered_latency_ms", latency(7.5)},
                               {"errors", json::object{}},
                               {"transport", json::object{}},
                               {"skipped_max_pending", 0},
                               {"connections_lost", 0},
                               {"gaps", 0},
                               {"repeats", 0},
                               {"timeline", json::array{json::object{{"posts", 560},
                                                                     {"deliveries", 112000},
                                                                     {"max_posted_ms", 3.0},
                                                                     {"max_delivered_ms", 9.0}}}},
                               {"drain_s", 0.1},
                               {"open_after_drain", 0},
                               {"undelivered_after_drain", 0}}},
      {"cpu", json::object{{"relay_cores", 1.2}}}};
  const std::string text = render_room_text(r);
  EXPECT_NE(text.find("112000.00 deliveries/s"), std::string::npos) << text;
  EXPECT_NE(text.find("in (Posted): 560.00"), std::string::npos) << text;
  EXPECT_NE(text.find("delivered_latency_ms: p50 7.50"), std::string::npos) << text;
  EXPECT_NE(text.find("560/112000/9.0"), std::string::npos) << text;
}

}  // namespace
}  // namespace relais::bench

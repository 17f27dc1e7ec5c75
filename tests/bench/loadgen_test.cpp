#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>

#include "bench/loadgen_account.h"
#include "bench/loadgen_histogram.h"
#include "bench/loadgen_metrics.h"
#include "bench/loadgen_options.h"
#include "bench/loadgen_relay.h"
#include "bench/loadgen_report.h"
#include "core/crypto/digest.h"
#include "core/signal/keys.h"
#include "core/wire/contract.h"
#include "tests/support/temp_dir.h"

namespace relais::bench {
namespace {

// ---------------------------------------------------------------------------------------------
// Histogram

TEST(LatencyHistogram, SmallValuesAreExact) {
  LatencyHistogram h;
  for (uint64_t v = 0; v < 256; ++v) h.record(v);
  EXPECT_EQ(h.count(), 256u);
  EXPECT_EQ(h.min(), 0u);
  EXPECT_EQ(h.max(), 255u);
  EXPECT_EQ(h.percentile(0.5), 127u);
  EXPECT_EQ(h.percentile(1.0), 255u);
  EXPECT_DOUBLE_EQ(h.mean(), 127.5);
}

TEST(LatencyHistogram, EmptyGivesZero) {
  LatencyHistogram h;
  EXPECT_EQ(h.percentile(0.99), 0u);
  EXPECT_EQ(h.max(), 0u);
  EXPECT_EQ(h.min(), 0u);
  EXPECT_EQ(h.mean(), 0.0);
}

TEST(LatencyHistogram, BucketsCoverEveryValueWithSmallError) {
  std::mt19937_64 rng(42);
  for (int i = 0; i < 100000; ++i) {
    const uint64_t v = rng() >> (rng() % 64);
    const size_t b = LatencyHistogram::bucket_of(v);
    ASSERT_LT(b, LatencyHistogram::kBucketCount);
    const uint64_t upper = LatencyHistogram::bucket_upper(b);
    ASSERT_GE(upper, v);
    // The bucket is narrow: its upper bound is within 1/128 of the value.
    ASSERT_LE(static_cast<long double>(upper - v), static_cast<long double>(v) / 128.0L + 1) << v;
    if (b > 0) {
      ASSERT_LT(LatencyHistogram::bucket_upper(b - 1), v) << v;
    }
  }
  EXPECT_EQ(LatencyHistogram::bucket_of(UINT64_MAX), LatencyHistogram::kBucketCount - 1);
  EXPECT_EQ(LatencyHistogram::bucket_upper(LatencyHistogram::kBucketCount - 1), UINT64_MAX);
}

TEST(LatencyHistogram, PercentilesOfAUniformSpread) {
  LatencyHistogram h;
  for (uint64_t v = 1; v <= 1'000'000; ++v) h.record(v * 1000);  // 1 us .. 1 s in ns
  auto near = [](uint64_t got, double want) {
    return std::abs(static_cast<double>(got) - want) <= want / 100;
  };
  EXPECT_TRUE(near(h.percentile(0.50), 500e6)) << h.percentile(0.50);
  EXPECT_TRUE(near(h.percentile(0.90), 900e6)) << h.percentile(0.90);
  EXPECT_TRUE(near(h.percentile(0.99), 990e6)) << h.percentile(0.99);
  EXPECT_TRUE(near(h.percentile(0.999), 999e6)) << h.percentile(0.999);
  EXPECT_EQ(h.percentile(1.0), 1'000'000'000u);
}

TEST(LatencyHistogram, MergeEqualsRecordingEverything) {
  LatencyHistogram a, b, all;
  for (uint64_t v = 0; v < 5000; ++v) {
    (v % 3 ? a : b).record(v * 977);
    all.record(v * 977);
  }
  a.merge(b);
  EXPECT_EQ(a.count(), all.count());
  EXPECT_EQ(a.min(), all.min());
  EXPECT_EQ(a.max(), all.max());
  for (double q : {0.1, 0.5, 0.9, 0.99, 0.999}) EXPECT_EQ(a.percentile(q), all.percentile(q)) << q;
}

// ---------------------------------------------------------------------------------------------
// Options

Result<LoadgenOptions> parse(std::vector<std::string> args) {
  return parse_loadgen_options(args);
}

TEST(LoadgenOptions, AcceptsALoopbackRelay) {
  auto o =
      parse({"--server", "ws://127.0.0.1:7420/", "--connections", "10", "--rate", "100", "--json"});
  ASSERT_TRUE(o.ok()) << o.error().message;
  EXPECT_EQ(o->server_host, "127.0.0.1");
  EXPECT_EQ(o->server_port, 7420);
  EXPECT_EQ(o->connections, 10u);
  EXPECT_EQ(o->rate, 100.0);
  EXPECT_TRUE(o->json);
  EXPECT_FALSE(o->idle_mode());
}

TEST(LoadgenOptions, RefusesAnythingButLoopback) {
  for (const char* url :
       {"ws://10.0.0.1:7420", "ws://localhost:7420", "ws://127.0.0.2:7420", "wss://127.0.0.1:7420",
        "http://127.0.0.1:7420", "ws://127.0.0.1", "ws://127.0.0.1:0", "ws://127.0.0.1:70000",
        "ws://127.0.0.1:80/chat", "ws://[::1]:7420", "127.0.0.1:7420"}) {
    auto o = parse({"--server", url});
    EXPECT_FALSE(o.ok()) << url;
    if (!o.ok()) {
      EXPECT_EQ(o.error().code, Errc::invalid_argument);
    }
  }
}

TEST(LoadgenOptions, NeedsExactlyOneRelay) {
  EXPECT_FALSE(parse({}).ok());
  EXPECT_FALSE(parse({"--server", "ws://127.0.0.1:1", "--start-relay", "/bin/true"}).ok());
  auto started = parse(
      {"--start-relay", "/bin/true", "--relay-arg=--threads=1", "--relay-arg=--log-level=info"});
  ASSERT_TRUE(started.ok()) << started.error().message;
  EXPECT_EQ(started->relay_args, (std::vector<std::string>{"--threads=1", "--log-level=info"}));
  EXPECT_FALSE(parse({"--server", "ws://127.0.0.1:1", "--relay-arg=--threads=1"}).ok());
  EXPECT_FALSE(parse({"--start-relay", "/bin/true", "--relay-pid", "12"}).ok());
}

TEST(LoadgenOptions, RefusesOutOfRangeValues) {
  const std::string s = "ws://127.0.0.1:7420";
  for (std::vector<std::string> bad :
       std::vector<std::vector<std::string>>{{"--connections", "1"},
                                             {"--connections", "200001"},
                                             {"--window", "0"},
                                             {"--window", "257"},
                                             {"--max-pending", "0"},
                                             {"--size", "31"},
                                             {"--size", "65537"},
                                             {"--duration", "0"},
                                             {"--duration", "3601"},
                                             {"--rate", "-1"},
                                             {"--threads", "0"},
                                             {"--threads", "9"},
                                             {"--prekeys", "201"},
                                             {"--idle", "3", "--idle-steps", "4"},
                                             {"--idle", "200001"},
                                             {"--setup-concurrency", "0"},
                                             {"--no-such-option"},
                                             {"--connections", "many"},
                                             {"--per-address", "1", "--connections", "2000000"}}) {
    bad.insert(bad.begin(), {"--server", s});
    EXPECT_FALSE(parse(bad).ok()) << bad[2];
  }
}

TEST(LoadgenOptions, HelpNeedsNothingElse) {
  auto o = parse({"--help"});
  ASSERT_TRUE(o.ok());
  EXPECT_TRUE(o->help);
  EXPECT_NE(o->help_text.find("--start-relay"), std::string::npos);
}

TEST(LoadgenOptions, SourceAddressesStayOnLoopback) {
  EXPECT_EQ(source_address(0, 4), "127.0.0.2");
  EXPECT_EQ(source_address(3, 4), "127.0.0.2");
  EXPECT_EQ(source_address(4, 4), "127.0.0.3");
  EXPECT_EQ(source_address(254 * 4, 4), "127.0.1.0");
  EXPECT_EQ(source_address(100'000, 1), "127.1.134.162");
  EXPECT_EQ(source_address(5, 0), "");
}

// ---------------------------------------------------------------------------------------------
// Accounts and frames

TEST(LoadgenAccount, RegisterFrameCarriesValidSignatures) {
  const auto account = new_account();
  const std::string nonce(32, '\x07');
  auto frame = register_frame(account, nonce, 0, 5, 1);
  ASSERT_TRUE(frame.ok()) << frame.error().message;
  ASSERT_TRUE(frame->has_register_());
  const auto& reg = frame->register_();
  EXPECT_EQ(frame->id(), 1u);
  EXPECT_EQ(reg.identity_key(), account.identity.public_key);
  EXPECT_GE(reg.registration_id(), 1u);
  EXPECT_LE(reg.registration_id(), 16380u);
  EXPECT_TRUE(signal::verify(
      reg.identity_key(), wire::register_proof_input(nonce, reg.identity_key()), reg.signature()));
  // Signed over another nonce, the same signature must not verify.
  EXPECT_FALSE(signal::verify(
      reg.identity_key(), wire::register_proof_input(std::string(32, '\x08'), reg.identity_key()),
      reg.signature()));
  EXPECT_TRUE(signal::verify(reg.identity_key(), reg.signed_prekey().public_key(),
                             reg.signed_prekey().signature()));
  ASSERT_EQ(reg.prekeys_size(), 5);
  for (int i = 0; i < reg.prekeys_size(); ++i) {
    EXPECT_EQ(reg.prekeys(i).id(), static_cast<uint32_t>(i + 1));
    EXPECT_TRUE(signal::is_public_key(reg.prekeys(i).public_key()));
  }
  EXPECT_TRUE(reg.pow_nonce().empty());
}

TEST(LoadgenAccount, RegisterFrameSolvesTheProofOfWork) {
  const auto account = new_account();
  const std::string nonce(32, '\x01');
  auto frame = register_frame(account, nonce, 10, 0, 1);
  ASSERT_TRUE(frame.ok());
  EXPECT_TRUE(wire::proof_of_work_holds(nonce, frame->register_().pow_nonce(), 10));
}

TEST(LoadgenAccount, LeadingZeroBits) {
  EXPECT_EQ(leading_zero_bits(std::string("\x80", 1)), 0);
  EXPECT_EQ(leading_zero_bits(std::string("\x01", 1)), 7);
  EXPECT_EQ(leading_zero_bits(std::string("\x00\x00\x10", 3)), 19);
  EXPECT_EQ(leading_zero_bits(std::string(4, '\0')), 32);
}

TEST(LoadgenAccount, LoginFrameSignsTheChallenge) {
  auto account = new_account();
  const std::string nonce(32, 'n');
  EXPECT_EQ(login_frame(account, nonce, 1).error().code, Errc::invalid_argument);  // no id yet
  account.account_id = std::string(16, 'a');
  auto frame = login_frame(account, nonce, 1);
  ASSERT_TRUE(frame.ok());
  EXPECT_EQ(frame->login().account_id(), account.account_id);
  EXPECT_TRUE(signal::verify(account.identity.public_key,
                             wire::login_proof_input(nonce, account.account_id),
                             frame->login().signature()));
}

TEST(LoadgenAccount, MalformedPrivateKeyIsAnError) {
  BenchAccount account = new_account();
  account.identity.private_key = "short";
  account.account_id = std::string(16, 'a');
  EXPECT_FALSE(register_frame(account, std::string(32, 'n'), 0, 1, 1).ok());
  EXPECT_FALSE(login_frame(account, std::string(32, 'n'), 1).ok());
}

TEST(LoadgenAccount, AccountsFileRoundTrip) {
  testing::TempDir dir("loadgen-test");
  const std::string path = (dir / "accounts").string();
  EXPECT_EQ(load_accounts(path).error().code, Errc::not_found);
  std::vector<BenchAccount> accounts{new_account(), new_account(), new_account()};
  accounts[0].account_id = std::string(16, '\x01');
  accounts[2].account_id = std::string(16, '\x02');  // accounts[1] never registered: not saved
  ASSERT_TRUE(save_accounts(path, accounts).ok());
  EXPECT_EQ(std::filesystem::status(path).permissions() & std::filesystem::perms::others_read,
            std::filesystem::perms::none);
  auto loaded = load_accounts(path);
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded->size(), 2u);
  EXPECT_EQ((*loaded)[0].account_id, accounts[0].account_id);
  EXPECT_EQ((*loaded)[0].identity.private_key, accounts[0].identity.private_key);
  EXPECT_EQ((*loaded)[1].identity.public_key, accounts[2].identity.public_key);
}

TEST(LoadgenAccount, CorruptAccountsFileIsRefused) {
  testing::TempDir dir("loadgen-test");
  const std::string path = (dir / "accounts").string();
  for (const std::string& line :
       {std::string("zz 00 00"), std::string("0102 0304"),
        "00000000000000000000000000000000 " + std::string(66, '0') + " " + std::string(64, '0'),
        std::string(32, '0') + " 05" + std::string(64, '1') + " " + std::string(64, '2') + " x"}) {
    std::ofstream(path, std::ios::trunc) << line << '\n';
    auto loaded = load_accounts(path);
    ASSERT_FALSE(loaded.ok()) << line;
    EXPECT_EQ(loaded.error().code, Errc::corrupt);
  }
}

TEST(LoadgenPayload, CarriesTheSendTimeOfThisRun) {
  std::string ct(300, 'x');
  stamp_payload(ct, 0x1122334455667788ull, 123456789);
  EXPECT_EQ(ct.size(), 300u);
  EXPECT_EQ(payload_send_time(ct, 0x1122334455667788ull), 123456789u);
  EXPECT_EQ(payload_send_time(ct, 0x1122334455667789ull), std::nullopt);  // another run
  EXPECT_EQ(payload_send_time(ct.substr(0, kPayloadHeader - 1), 0x1122334455667788ull),
            std::nullopt);
  std::string tiny;
  stamp_payload(tiny, 1, 2);
  EXPECT_EQ(payload_send_time(tiny, 1), 2u);
}

// ---------------------------------------------------------------------------------------------
// Relay metrics

TEST(LoadgenMetrics, ParsesPrometheusText) {
  const auto m = parse_prometheus(
      "# HELP relais_store_commits_total Write batches committed.\n"
      "# TYPE relais_store_commits_total counter\n"
      "relais_store_commits_total 1234\n"
      "relais_errors_total{code=\"RATE_LIMITED\"} 5\n"
      "relais_store_commit_seconds_bucket{le=\"0.001\"} 17\n"
      "relais_store_commit_seconds_sum 0.25\n"
      "no_value_here\n"
      "bad_value abc\n"
      " 12\n"
      "\n"
      "relais_connections 3");  // no final newline
  EXPECT_EQ(m.size(), 5u);
  EXPECT_EQ(m.at("relais_store_commits_total"), 1234);
  EXPECT_EQ(m.at("relais_errors_total{code=\"RATE_LIMITED\"}"), 5);
  EXPECT_EQ(m.at("relais_store_commit_seconds_bucket{le=\"0.001\"}"), 17);
  EXPECT_DOUBLE_EQ(m.at("relais_store_commit_seconds_sum"), 0.25);
  EXPECT_EQ(m.at("relais_connections"), 3);
  EXPECT_EQ(m.count("bad_value"), 0u);
}

TEST(LoadgenMetrics, AHistogramsQuantileIsReadInsideItsBucket) {
  const std::string f = "relais_store_sync_seconds_bucket{le=\"";
  const MetricSample before{{f + "0.0001\"}", 10}, {f + "0.0002\"}", 10}, {f + "+Inf\"}", 10}};
  // This window: 50 syncs under 100 us, 49 between 100 and 200 us, 1 above.
  const MetricSample after{{f + "0.0001\"}", 60}, {f + "0.0002\"}", 109}, {f + "+Inf\"}", 110}};
  auto p50 = histogram_quantile(before, after, "relais_store_sync_seconds", 0.5);
  ASSERT_TRUE(p50.has_value());
  EXPECT_NEAR(*p50, 100e-6, 1e-9);  // the 50th of 100 ends the first bucket
  std::pair<double, double> bucket;
  auto p99 = histogram_quantile(before, after, "relais_store_sync_seconds", 0.99, &bucket);
  ASSERT_TRUE(p99.has_value());
  EXPECT_NEAR(bucket.first, 100e-6, 1e-12);
  EXPECT_NEAR(bucket.second, 200e-6, 1e-12);
  EXPECT_NEAR(*p99, 100e-6 + 100e-6 * 49 / 49, 1e-9);
  auto p999 = histogram_quantile(before, after, "relais_store_sync_seconds", 0.999);
  EXPECT_NEAR(*p999, 200e-6, 1e-9);  // beyond the last finite bound: that bound
  EXPECT_FALSE(histogram_quantile(after, after, "relais_store_sync_seconds", 0.5).has_value());
}

TEST(LoadgenOptions, TheLightScenarioIsTenPairsWithOneInFlight) {
  auto o = parse_loadgen_options({"--start-relay", "/bin/true", "--scenario", "light"});
  ASSERT_TRUE(o.ok()) << o.error().message;
  EXPECT_TRUE(o->light_mode());
  EXPECT_EQ(o->connections, 20u);
  EXPECT_EQ(o->window, 1u);
  for (const std::vector<std::string>& bad :
       {std::vector<std::string>{"--connections", "21"}, std::vector<std::string>{"--rate", "100"},
        std::vector<std::string>{"--members", "10"}}) {
    std::vector<std::string> args{"--start-relay", "/bin/true", "--scenario", "light"};
    args.insert(args.end(), bad.begin(), bad.end());
    EXPECT_FALSE(parse_loadgen_options(args).ok()) << bad.front();
  }
}

TEST(LoadgenMetrics, DeltaOfMissingSeriesIsZero) {
  const MetricSample a{{"x", 10}, {"y", 1}};
  const MetricSample b{{"x", 25}, {"z", 4}};
  EXPECT_EQ(metric_delta(a, b, "x"), 15);
  EXPECT_EQ(metric_delta(a, b, "y"), 0);
  EXPECT_EQ(metric_delta(a, b, "z"), 0);
}

TEST(LoadgenMetrics, UnreachablePageIsUnavailable) {
  const uint16_t port = free_loopback_port();
  ASSERT_NE(port, 0);
  auto m = scrape_metrics(port, std::chrono::milliseconds(500));
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().code, Errc::unavailable);
}

TEST(LoadgenOptions, MetricsPageIsLoopbackOnly) {
  auto ok = parse({"--server", "ws://127.0.0.1:7420", "--metrics", "127.0.0.1:9100"});
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->metrics_port, 9100);
  EXPECT_FALSE(parse({"--server", "ws://127.0.0.1:7420", "--metrics", "10.0.0.1:9100"}).ok());
  EXPECT_FALSE(parse({"--server", "ws://127.0.0.1:7420", "--metrics", "127.0.0.1"}).ok());
  EXPECT_FALSE(parse({"--start-relay", "/bin/true", "--metrics", "127.0.0.1:9100"}).ok());
}

// ---------------------------------------------------------------------------------------------
// Processes

TEST(LoadgenProcess, SamplesItself) {
  auto s = sample_process(getpid());
  ASSERT_TRUE(s.ok());
  EXPECT_GT(s->rss_kib, 0u);
  EXPECT_GE(s->threads, 1u);
  EXPECT_EQ(sample_process(0x3ffffff0).error().code, Errc::not_found);
  // Keys are "tid name"; the main thread's tid is the pid.
  const auto threads = sample_threads(getpid());
  EXPECT_TRUE(std::any_of(threads.begin(), threads.end(), [](const auto& t) {
    return t.first.rfind(std::to_string(getpid()) + " ", 0) == 0;
  }));
  EXPECT_TRUE(sample_threads(0x3ffffff0).empty());
  EXPECT_GT(raise_open_files_limit(), 0u);
}

TEST(LoadgenProcess, ReportsARelayThatCannotStart) {
  auto missing = RelayProcess::start("/nonexistent/relaisd", {}, {}, std::chrono::seconds(2));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, Errc::invalid_argument);
  EXPECT_FALSE(RelayProcess::supports_option("/bin/false", "--metrics"));
  EXPECT_FALSE(RelayProcess::supports_option("/nonexistent/relaisd", "--metrics"));
  auto exits = RelayProcess::start("/bin/false", {}, {}, std::chrono::seconds(5));
  ASSERT_FALSE(exits.ok());
  EXPECT_EQ(exits.error().code, Errc::unavailable);
}

}  // namespace
}  // namespace relais::bench

// One-to-one delivery under the limits that keep one member from taking the relay from the
// others: a backlog of any size arrives window after window (bytes and count), sequence numbers
// only grow across restarts, the recipient's queue has a quota, the sender a daily budget and a
// rate, ciphertexts a maximum size, and a disk short of space refuses new writes while log-in,
// delivery and acknowledgements go on. Each time: the sender gets its typed refusal, and what
// was accepted is delivered, in order, with nothing lost.
#include "server/relay/mailbox.h"

#include <gtest/gtest.h>
#include <rocksdb/iterator.h>
#include <rocksdb/options.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "core/crypto/random.h"
#include "core/wire/contract.h"
#include "tests/server/relay/relay_harness.h"
#include "tests/server/store/files_on_disk.h"

namespace relais::server::testing {
namespace {

using F = wire::ServerFrame;
constexpr std::chrono::milliseconds kQuiet{200};

class MailboxTest : public RelayFixture {
 protected:
  void SetUp() override {
    config_.registrations_per_address = {1000, 1000};
    config_.frames_per_connection = {1e6, 1e6};
    RelayFixture::SetUp();
  }

  void restart() {
    close_relay();
    open();
  }
  void reconnect(Client& c) {
    std::string nonce;
    c.conn = connect_with_nonce(nonce);
    auto logged = login(c.conn, nonce, c.who, 900);
    ASSERT_TRUE(logged && logged->has_logged_in())
        << (logged ? logged->DebugString() : "no answer");
  }
  void go_offline(Client& c) { close_connection(c.conn); }

  std::optional<F> send(Client& from, const Client& to, std::string ciphertext) {
    wire::ClientFrame f;
    f.set_id(++next_id_);
    auto* s = f.mutable_send();
    s->set_to(to.id());
    s->set_message_id(crypto::random_bytes(16));
    s->set_type(wire::SEALED_MESSAGE);
    s->set_ciphertext(sealed(std::move(ciphertext)));
    request(from.conn, f);
    return from.conn->answer(f.id());
  }
  static wire::ErrorCode err(const std::optional<F>& f) {
    return f && f->has_error() ? f->error().code() : wire::ERROR_UNSPECIFIED;
  }
  static bool sent(const std::optional<F>& f) { return f && f->has_sent(); }

  // The envelopes pushed to `c` within `wait`, in order (none beyond what arrives in time).
  std::vector<wire::Envelope> envelopes(Client& c, std::chrono::milliseconds wait = kQuiet) {
    std::vector<wire::Envelope> out;
    while (auto f = c.conn->push(F::kEnvelope, wait)) {
      out.push_back(f->envelope());
      out.back().set_ciphertext(opened(out.back().ciphertext()));
    }
    return out;
  }
  void ack(Client& c, const std::vector<wire::Envelope>& got) {
    wire::ClientFrame f;
    for (const auto& e : got) f.mutable_ack()->add_seqs(e.seq());
    request(c.conn, f);
  }
  // Everything queued for `c`, acknowledging as it arrives, as a client does.
  std::vector<wire::Envelope> drain(Client& c) {
    std::vector<wire::Envelope> all;
    for (;;) {
      auto got = envelopes(c);
      if (got.empty()) return all;
      ack(c, got);
      all.insert(all.end(), got.begin(), got.end());
    }
  }
  static size_t bytes_of(const wire::Envelope& e) {
    F f;
    *f.mutable_envelope() = e;
    return wire::share_element(f)->size();
  }

  uint64_t next_id_ = 100;
};

TEST_F(MailboxTest, ABacklogLargerThanTheWindowArrivesWindowAfterWindowInOrder) {
  config_.delivery_window_bytes = 64 * 1024;
  auto alice = registered_client(), bob = registered_client();
  go_offline(bob);
  constexpr int kCount = 40;  // 40 x 20 KiB: more than twelve windows
  const std::string body(20 * 1024, 'x');
  for (int i = 0; i < kCount; ++i) ASSERT_TRUE(sent(send(alice, bob, std::to_string(i) + body)));

  reconnect(bob);
  std::vector<wire::Envelope> all;
  while (all.size() < kCount) {
    auto got = envelopes(bob);
    ASSERT_FALSE(got.empty()) << "delivery stopped after " << all.size();
    // A client that does not acknowledge holds no more than its window.
    size_t in_flight = 0;
    for (const auto& e : got) in_flight += bytes_of(e);
    EXPECT_LE(in_flight, config_.delivery_window_bytes);
    ack(bob, got);
    all.insert(all.end(), got.begin(), got.end());
  }
  ASSERT_EQ(all.size(), static_cast<size_t>(kCount));
  for (int i = 0; i < kCount; ++i) {
    EXPECT_EQ(all[i].ciphertext().substr(0, std::to_string(i).size()), std::to_string(i));
    if (i > 0) {
      EXPECT_GT(all[i].seq(), all[i - 1].seq());
    }
  }
  EXPECT_TRUE(envelopes(bob).empty());
}

TEST_F(MailboxTest, ANewEnvelopeWaitsForTheWindowThenArrivesLive) {
  config_.envelope_window = 2;
  auto alice = registered_client(), bob = registered_client();
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(sent(send(alice, bob, "m" + std::to_string(i))));
  auto first = envelopes(bob);
  ASSERT_EQ(first.size(), 2u);  // the window is full: the third waits in the store
  ack(bob, {first[0]});
  auto third = envelopes(bob);
  ASSERT_EQ(third.size(), 1u);
  EXPECT_EQ(third[0].ciphertext(), "m2");
  ack(bob, {first[1], third[0]});
  ASSERT_TRUE(sent(send(alice, bob, "live")));  // caught up: pushed as it commits
  auto live = envelopes(bob);
  ASSERT_EQ(live.size(), 1u);
  EXPECT_EQ(live[0].ciphertext(), "live");
}

TEST_F(MailboxTest, SequenceNumbersKeepGrowingAfterARestartAndADrainedQueue) {
  auto alice = registered_client(), bob = registered_client();
  go_offline(bob);
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(sent(send(alice, bob, "before " + std::to_string(i))));
  restart();
  reconnect(alice);
  reconnect(bob);
  auto backlog = drain(bob);  // the queue is empty now, and bob stays online
  ASSERT_EQ(backlog.size(), 3u);
  ASSERT_TRUE(store_->commit_and_wait(WriteBatch{}, Durability::synced).ok());

  // The next envelope must not reuse a number bob has seen: it arrives live, at once.
  ASSERT_TRUE(sent(send(alice, bob, "after")));
  auto live = envelopes(bob);
  ASSERT_EQ(live.size(), 1u) << "the new envelope was not pushed live";
  EXPECT_EQ(live[0].ciphertext(), "after");
  EXPECT_GT(live[0].seq(), backlog.back().seq());
  ack(bob, live);

  // And again after another restart, with nothing queued at all.
  restart();
  reconnect(alice);
  reconnect(bob);
  ASSERT_TRUE(sent(send(alice, bob, "later")));
  auto later = envelopes(bob);
  ASSERT_EQ(later.size(), 1u);
  EXPECT_GT(later[0].seq(), live[0].seq());
}

TEST_F(MailboxTest, AFullQueueRefusesTheSenderAndKeepsWhatWasQueued) {
  config_.queue_max_envelopes = 5;
  config_.queue_sender_share_percent = 100;  // one sender may fill it (shares: below)
  auto alice = registered_client(), bob = registered_client(), carol = registered_client(),
       dave = registered_client();
  go_offline(bob);
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(sent(send(alice, bob, "m" + std::to_string(i))));
  auto refused = send(alice, bob, "one too many");
  ASSERT_EQ(err(refused), wire::QUEUE_FULL) << refused->DebugString();
  EXPECT_FALSE(refused->error().message().empty());
  EXPECT_EQ(err(send(carol, bob, "from someone else")), wire::QUEUE_FULL);  // the queue is full
  EXPECT_TRUE(sent(send(alice, dave, "others are served")));
  EXPECT_EQ(envelopes(dave).size(), 1u);

  reconnect(bob);
  auto got = drain(bob);
  ASSERT_EQ(got.size(), 5u);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(got[i].ciphertext(), "m" + std::to_string(i));
  EXPECT_TRUE(sent(send(carol, bob, "room again")));  // read, so there is room again
  EXPECT_EQ(envelopes(bob).size(), 1u);
}

TEST_F(MailboxTest, TheQueueQuotaCountsBytesToo) {
  const std::string body(50 * 1024, 'b');
  config_.queue_max_bytes = 3 * (body.size() + 100) + Mailbox::kMinChargedBytes;
  auto alice = registered_client(), bob = registered_client();
  go_offline(bob);
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(sent(send(alice, bob, body)));
  EXPECT_EQ(err(send(alice, bob, body)), wire::QUEUE_FULL);
  EXPECT_TRUE(sent(send(alice, bob, "small")));  // fits in what is left: it counts as 1 KiB
  EXPECT_EQ(err(send(alice, bob, "small")), wire::QUEUE_FULL);  // a second does not
  // The quota is counted from the store after a restart.
  restart();
  reconnect(alice);
  EXPECT_EQ(err(send(alice, bob, body)), wire::QUEUE_FULL);
  reconnect(bob);
  EXPECT_EQ(drain(bob).size(), 4u);
  EXPECT_TRUE(sent(send(alice, bob, body)));
}

// Found by an attacker's review (issue 15): one account could fill any offline member's queue
// (a moderator's, say) so that no one else's message, a report included, got in. Now one sender
// holds at most queue-sender-share-percent of a recipient's queue; an honest sender's message
// still queues and arrives at the recipient's next log-in.
TEST_F(MailboxTest, OneSenderHoldsAtMostItsShareOfARecipientsQueue) {
  config_.queue_max_envelopes = 10;
  config_.queue_sender_share_percent = 30;  // three envelopes each
  auto flooder = registered_client(), honest = registered_client(), moderator = registered_client();
  go_offline(moderator);
  for (int i = 0; i < 3; ++i)
    ASSERT_TRUE(sent(send(flooder, moderator, "flood " + std::to_string(i))));
  auto refused = send(flooder, moderator, "flood 3");
  ASSERT_EQ(err(refused), wire::QUEUE_FULL);
  EXPECT_FALSE(refused->error().message().empty());
  reconnect(flooder);  // a new connection is no way round it
  EXPECT_EQ(err(send(flooder, moderator, "flood 4")), wire::QUEUE_FULL);
  ASSERT_TRUE(sent(send(honest, moderator, "report: the flooder")));

  reconnect(moderator);
  std::vector<std::string> texts;
  for (const auto& e : drain(moderator)) texts.push_back(e.ciphertext());
  EXPECT_EQ(texts,
            (std::vector<std::string>{"flood 0", "flood 1", "flood 2", "report: the flooder"}));
  // Read and acknowledged: the flooder's share is free again.
  EXPECT_TRUE(sent(send(flooder, moderator, "flood 5")));
}

// The share is in bytes too, and each envelope counts as 1 KiB at least against
// queue-max-bytes: a flood of tiny envelopes is counted for what each costs.
TEST_F(MailboxTest, EachEnvelopeCountsAtLeastOneKiBAgainstTheQueuesBytes) {
  config_.queue_max_bytes = 10 * Mailbox::kMinChargedBytes;
  config_.queue_sender_share_percent = 100;
  auto alice = registered_client(), bob = registered_client();
  go_offline(bob);
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(sent(send(alice, bob, "tiny"))) << i;
  EXPECT_EQ(err(send(alice, bob, "tiny")), wire::QUEUE_FULL);
  reconnect(bob);
  EXPECT_EQ(drain(bob).size(), 10u);
}

TEST_F(MailboxTest, ACiphertextOverTheProtocolsMaximumIsRefusedWithItsLimit) {
  auto alice = registered_client(), bob = registered_client();
  auto refused = send(alice, bob, std::string(wire::kMaxEnvelopeCiphertextBytes + 1, 'x'));
  ASSERT_EQ(err(refused), wire::INVALID_ARGUMENT);
  EXPECT_EQ(refused->error().violation().field(), wire::FIELD_CIPHERTEXT);
  EXPECT_EQ(refused->error().violation().rule(), wire::RULE_TOO_LONG);
  EXPECT_EQ(refused->error().violation().limit(), wire::kMaxEnvelopeCiphertextBytes);
  EXPECT_TRUE(envelopes(bob).empty());
  EXPECT_TRUE(sent(send(alice, bob, std::string(wire::kMaxEnvelopeCiphertextBytes, 'x'))));
  auto got = envelopes(bob);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].ciphertext().size(), wire::kMaxEnvelopeCiphertextBytes);
}

TEST_F(MailboxTest, TheDailyBudgetOfStoredBytesRefusesTheSenderOnly) {
  const std::string body(20 * 1024, 'd');
  config_.stored_bytes_per_day = 100 * 1024;
  restart();  // the limits are made when the relay starts
  auto alice = registered_client(), bob = registered_client();
  int accepted = 0;
  std::optional<F> last;
  for (int i = 0; i < 10; ++i) {
    last = send(alice, bob, body);
    if (!sent(last)) break;
    ++accepted;
  }
  EXPECT_EQ(accepted, 4);  // four of 20 KiB and their framing fit in 100 KiB
  ASSERT_EQ(err(last), wire::QUOTA_EXCEEDED);
  EXPECT_TRUE(sent(send(bob, alice, body)));  // bob has a budget of his own
  // The budget is per account, not per connection.
  reconnect(alice);
  EXPECT_EQ(err(send(alice, bob, body)), wire::QUOTA_EXCEEDED);
  EXPECT_EQ(drain(bob).size(), 4u);     // nothing of the refused ones was stored
  clock_.advance_ms(24 * 3600 * 1000);  // a day refills it
  EXPECT_TRUE(sent(send(alice, bob, body)));
}

// Found by an attacker's review (issue 15): queued envelopes never expired, so free accounts
// could fill the disk with envelopes for an account that never logs in. An envelope waiting
// longer than queue-max-age is erased at the next upkeep, gives its place in the quota back,
// and leaves every file of the data folder within the store's erase bound.
TEST_F(MailboxTest, AnEnvelopeWaitingLongerThanTheMaximumAgeIsErasedAndLeavesTheFiles) {
  close_relay();
  store_options_.erase_within = std::chrono::milliseconds(1000);
  config_.queue_max_envelopes = 2;
  config_.queue_sender_share_percent = 100;
  open();
  const uint64_t day = 24ull * 3600 * 1000;
  auto alice = registered_client(), bob = registered_client();
  go_offline(bob);
  const std::string old_text = "old " + crypto::random_bytes(48);
  ASSERT_TRUE(sent(send(alice, bob, old_text)));
  clock_.advance_ms(20 * day);
  ASSERT_TRUE(sent(send(alice, bob, "young")));
  EXPECT_EQ(err(send(alice, bob, "a third")), wire::QUEUE_FULL);
  ASSERT_TRUE(files_hold(dir_.path(), old_text));

  clock_.advance_ms(10 * day - 60'000);  // the old one is a minute short of 30 days
  core_->tick();
  EXPECT_EQ(metrics_.envelopes_expired.load(), 0u);
  clock_.advance_ms(2 * 60'000);
  core_->tick();
  EXPECT_EQ(metrics_.envelopes_expired.load(), 1u);
  // Its place in bob's quota is free again.
  ASSERT_TRUE(sent(send(alice, bob, "a third")));
  // Gone from every file within the bound (and some time for the sweep on a loaded machine).
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (files_hold(dir_.path(), old_text) && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_FALSE(files_hold(dir_.path(), old_text));

  reconnect(bob);
  std::vector<std::string> texts;
  for (const auto& e : drain(bob)) texts.push_back(e.ciphertext());
  EXPECT_EQ(texts, (std::vector<std::string>{"young", "a third"}));
}

// An envelope waiting for a recipient who is online is being delivered: it is not expired.
TEST_F(MailboxTest, AnOnlineRecipientsEnvelopesAreNotExpired) {
  auto alice = registered_client(), bob = registered_client();
  ASSERT_TRUE(sent(send(alice, bob, "in flight")));
  ASSERT_EQ(envelopes(bob).size(), 1u);  // delivered, not yet acknowledged
  clock_.advance_ms(31ull * 24 * 3600 * 1000);
  core_->tick();
  EXPECT_EQ(metrics_.envelopes_expired.load(), 0u);
  reconnect(bob);
  EXPECT_EQ(drain(bob).size(), 1u);
}

// Found by the same review: the daily budget's burst was the whole day's, so a new account
// could store 64 MiB at once. Now it may store stored-bytes-burst at once, the rest evenly.
TEST_F(MailboxTest, TheDailyBudgetGivesOnlyItsBurstAtOnce) {
  const std::string body(20 * 1024, 'd');
  config_.stored_bytes_per_day = 1u << 20;
  config_.stored_bytes_burst = 100 * 1024;
  restart();
  auto alice = registered_client(), bob = registered_client();
  auto count_sent = [&](int tries) {
    int accepted = 0;
    std::optional<F> last;
    for (int i = 0; i < tries; ++i) {
      last = send(alice, bob, body);
      if (!sent(last)) break;
      ++accepted;
    }
    EXPECT_EQ(err(last), wire::QUOTA_EXCEEDED);
    return accepted;
  };
  EXPECT_EQ(count_sent(20), 4);  // four of 20 KiB and their framing fit in 100 KiB
  clock_.advance_ms(3600 * 1000);  // an hour gives back a 24th of the day: about 43 KiB
  const int after_an_hour = count_sent(20);
  EXPECT_GE(after_an_hour, 2);
  EXPECT_LE(after_an_hour, 3);
  EXPECT_TRUE(sent(send(bob, alice, body)));  // bob has a budget of his own
}

// A new account's burst of stored bytes starts at stored-bytes-new-account-burst on the day it
// registered and grows evenly to stored-bytes-burst over new-account-days, counted from the end
// of that day; from then on the account is not new. Each step: what fits at once once the budget
// has refilled (a day gives back more than the burst).
TEST_F(MailboxTest, ANewAccountsBurstGrowsToTheWholeOverNewAccountDays) {
  config_.new_account_days = 4;
  config_.stored_bytes_new_account_burst = 256 * 1024;
  config_.stored_bytes_burst = 2048 * 1024;
  restart();
  auto alice = registered_client(), bob = registered_client();
  go_offline(bob);
  const std::string body(100 * 1024, 'n');  // and about 100 bytes of framing
  auto at_once = [&] {
    int accepted = 0;
    std::optional<F> last;
    for (int i = 0; i < 40; ++i) {
      last = send(alice, bob, body);
      if (!sent(last)) break;
      ++accepted;
    }
    EXPECT_EQ(err(last), wire::QUOTA_EXCEEDED);
    return std::make_pair(accepted, last ? last->error().message() : std::string());
  };
  constexpr uint64_t kDayMs = 24ull * 3600 * 1000;
  const uint64_t end_of_registration_day = RelayContext::day_of(clock_.now_ms()) + kDayMs;
  auto age = [&](uint64_t days) {
    clock_.advance_ms(end_of_registration_day + days * kDayMs - clock_.now_ms());
  };
  auto [first, why] = at_once();
  EXPECT_EQ(first, 2);  // 256 KiB
  EXPECT_NE(why.find("is new"), std::string::npos) << why;
  age(1);
  EXPECT_EQ(at_once().first, 7);  // 256 KiB + a quarter of the rest: 704 KiB
  age(2);
  EXPECT_EQ(at_once().first, 11);  // 1152 KiB
  age(4);
  auto [whole, then] = at_once();
  EXPECT_EQ(whole, 20);  // stored-bytes-burst: 2 MiB; the account is not new any more
  EXPECT_EQ(then.find("is new"), std::string::npos) << then;
  EXPECT_EQ(core_->context().refusals(Refusal::stored_new_account), 3u);
  // What was accepted is delivered, in order.
  reconnect(bob);
  EXPECT_EQ(drain(bob).size(), 40u);
}

TEST_F(MailboxTest, TheMessageRateIsPerAccountAcrossConnections) {
  config_.messages_per_account = {0.001, 3};
  restart();
  auto alice = registered_client(), bob = registered_client();
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(sent(send(alice, bob, "m")));
  EXPECT_EQ(err(send(alice, bob, "m")), wire::RATE_LIMITED);
  reconnect(alice);  // a new connection is no way round it
  EXPECT_EQ(err(send(alice, bob, "m")), wire::RATE_LIMITED);
  EXPECT_TRUE(sent(send(bob, alice, "bob is served")));
}

TEST_F(MailboxTest, ALowDiskRefusesNewWritesAndServesLogInDeliveryAndAcks) {
  auto alice = registered_client(), bob = registered_client();
  go_offline(bob);
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(sent(send(alice, bob, "queued " + std::to_string(i))));

  core_->disk_space(config_.min_free_disk_bytes - 1);
  EXPECT_EQ(metrics_.disk_low.load(), 1);
  auto refused = send(alice, bob, "while the disk is full");
  ASSERT_EQ(err(refused), wire::INSUFFICIENT_STORAGE);
  EXPECT_FALSE(refused->error().message().empty());
  std::string nonce;
  auto newcomer = connect_with_nonce(nonce);
  wire::ClientFrame reg;
  reg.set_id(5);
  reg.mutable_register_()->set_identity_key(signal::generate_key_pair().public_key);
  request(newcomer, reg);
  EXPECT_EQ(err(newcomer->answer(5)), wire::INSUFFICIENT_STORAGE);

  reconnect(bob);  // log-in, delivery and acknowledgements go on
  auto got = drain(bob);
  ASSERT_EQ(got.size(), 3u);
  wire::ClientFrame last_ack;
  last_ack.set_id(42);
  last_ack.mutable_ack();
  request(bob.conn, last_ack);
  auto ok = bob.conn->answer(42);
  EXPECT_TRUE(ok && ok->has_ok());

  core_->disk_space(config_.min_free_disk_bytes + 1);
  EXPECT_EQ(metrics_.disk_low.load(), 0);
  EXPECT_TRUE(sent(send(alice, bob, "room again")));
}

TEST_F(MailboxTest, AStoreFailureIsAnsweredAndCounted) {
  store_options_.max_pending_bytes = 64 * 1024;
  close_relay();
  open();
  auto alice = registered_client(), bob = registered_client();
  const uint64_t before = metrics_.store_failures.load();
  {
    StoreOverload overload(*store_, 64 * 1024);
    EXPECT_EQ(err(send(alice, bob, "refused")), wire::STORE_FAILURE);
  }
  EXPECT_GT(metrics_.store_failures.load(), before);
  EXPECT_TRUE(sent(send(alice, bob, "accepted")));
  auto got = envelopes(bob);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].ciphertext(), "accepted");  // the refused one left nothing behind
}

}  // namespace
}  // namespace relais::server::testing

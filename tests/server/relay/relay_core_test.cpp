// Request handling of the relay, over a real store: the order of a session, and what bad,
// oversize, early and unauthorised input gets — with the relay still serving afterwards.
#include "core/wire/contract.h"
#include "server/relay/relay_core.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/resource.h>

#include <filesystem>

#include "core/crypto/digest.h"
#include "core/crypto/random.h"
#include "tests/server/relay/relay_harness.h"
#include "tests/support/files.h"

namespace relais::server::testing {
namespace {

using F = wire::ServerFrame;

wire::ClientFrame ping(uint64_t id) {
  wire::ClientFrame f;
  f.set_id(id);
  f.mutable_ping();
  return f;
}

void expect_error(const std::optional<wire::ServerFrame>& f, wire::ErrorCode code) {
  ASSERT_TRUE(f.has_value()) << "no answer";
  ASSERT_TRUE(f->has_error()) << f->DebugString();
  EXPECT_EQ(f->error().code(), code) << f->error().message();
  EXPECT_FALSE(f->error().message().empty());
}

class RelayCoreTest : public RelayFixture {
 protected:
  // Still answering: a ping on a fresh connection gets a pong.
  void expect_serving() {
    auto other = connect();
    request(other, ping(77));
    auto pong = other->answer(77);
    ASSERT_TRUE(pong && pong->has_pong());
  }
};

TEST_F(RelayCoreTest, ChallengeComesFirstWithAFreshNonce) {
  std::string a, b;
  connect_with_nonce(a);
  connect_with_nonce(b);
  EXPECT_EQ(a.size(), 32u);
  EXPECT_NE(a, b);
}

TEST_F(RelayCoreTest, RegisterThenLoginOnANewConnection) {
  std::string nonce;
  auto conn = connect_with_nonce(nonce);
  auto who = register_on(conn, nonce);
  EXPECT_FALSE(who.account.empty());

  std::string nonce2;
  auto conn2 = connect_with_nonce(nonce2);
  auto logged = login(conn2, nonce2, who);
  ASSERT_TRUE(logged && logged->has_logged_in()) << logged->DebugString();
  EXPECT_EQ(logged->logged_in().prekeys_remaining(), 5u);
  EXPECT_EQ(logged->logged_in().queue_last_seq(), 0u);
  // One connection per account: the first one is closed as replaced.
  EXPECT_EQ(conn->closed(), Connection::CloseReason::replaced);
}

TEST_F(RelayCoreTest, GarbageIsMalformedAndNothingElseBreaks) {
  auto conn = connect();
  deliver(conn, "\xff\xff\xff\x01garbage");
  expect_error(conn->answer(0), wire::MALFORMED);
  request(conn, ping(5));
  auto pong = conn->answer(5);
  ASSERT_TRUE(pong && pong->has_pong());
}

TEST_F(RelayCoreTest, AFrameWithoutABodyIsAnUnknownRequest) {
  auto conn = connect();
  wire::ClientFrame empty;
  empty.set_id(9);
  request(conn, empty);
  expect_error(conn->answer(9), wire::UNKNOWN_REQUEST);
}

TEST_F(RelayCoreTest, OversizeMessageIsRefused) {
  auto conn = connect();
  std::string big(config_.max_message_bytes + 1, '\0');
  deliver(conn, big);
  expect_error(conn->answer(0), wire::FRAME_TOO_LARGE);
  expect_serving();
}

TEST_F(RelayCoreTest, RequestsBeforeLoginAreRefused) {
  auto conn = connect();
  request(conn, send_frame(3, *AccountId::from_bytes(std::string(16, 'x')), "ct"));
  expect_error(conn->answer(3), wire::NOT_AUTHENTICATED);
  wire::ClientFrame fetch;
  fetch.set_id(4);
  fetch.mutable_fetch_bundle()->set_account_id(std::string(16, 'x'));
  request(conn, fetch);
  expect_error(conn->answer(4), wire::NOT_AUTHENTICATED);
}

TEST_F(RelayCoreTest, BadSignaturesAreRefused) {
  std::string nonce;
  auto conn = connect_with_nonce(nonce);
  auto who = register_on(conn, nonce);

  std::string nonce2;
  auto conn2 = connect_with_nonce(nonce2);
  // Signed over another connection's nonce: a replayed log-in.
  auto replay = login(conn2, nonce, who);
  expect_error(replay, wire::BAD_SIGNATURE);
  // Signed by another key.
  Identity impostor;
  impostor.account = who.account;
  expect_error(login(conn2, nonce2, impostor, 3), wire::BAD_SIGNATURE);

  // Registration whose signature is not over this challenge.
  std::string nonce3;
  auto conn3 = connect_with_nonce(nonce3);
  wire::ClientFrame f;
  f.set_id(8);
  auto* r = f.mutable_register_();
  auto id = signal::generate_key_pair();
  auto spk = signal::generate_key_pair();
  r->set_identity_key(id.public_key);
  r->set_registration_id(7);
  r->mutable_signed_prekey()->set_id(1);
  r->mutable_signed_prekey()->set_public_key(spk.public_key);
  r->mutable_signed_prekey()->set_signature(*signal::sign(id.private_key, spk.public_key));
  r->set_signature(*signal::sign(id.private_key, wire::register_proof_input(nonce, id.public_key)));
  request(conn3, f);
  expect_error(conn3->answer(8), wire::BAD_SIGNATURE);
  expect_serving();
}

TEST_F(RelayCoreTest, MalformedRegistrationsAreRefused) {
  auto conn = connect();
  wire::ClientFrame f;
  f.set_id(1);
  f.mutable_register_()->set_identity_key("short");
  request(conn, f);
  expect_error(conn->answer(1), wire::INVALID_ARGUMENT);
  wire::ClientFrame login_frame;
  login_frame.set_id(2);
  login_frame.mutable_login()->set_account_id("not sixteen");
  request(conn, login_frame);
  expect_error(conn->answer(2), wire::INVALID_ARGUMENT);
  wire::ClientFrame unknown;
  unknown.set_id(3);
  unknown.mutable_login()->set_account_id(std::string(16, '\x01'));
  unknown.mutable_login()->set_signature(std::string(64, '\0'));
  request(conn, unknown);
  expect_error(conn->answer(3), wire::UNKNOWN_ACCOUNT);
}

TEST_F(RelayCoreTest, BundleForAnUnknownAccount) {
  std::string nonce;
  auto conn = connect_with_nonce(nonce);
  register_on(conn, nonce);
  wire::ClientFrame fetch;
  fetch.set_id(4);
  fetch.mutable_fetch_bundle()->set_account_id(std::string(16, '\x02'));
  request(conn, fetch);
  expect_error(conn->answer(4), wire::UNKNOWN_ACCOUNT);
}

TEST_F(RelayCoreTest, EachBundleConsumesADifferentPrekeyAndTheOwnerHearsWhenLow) {
  std::string na, nb;
  auto alice = connect_with_nonce(na);
  auto a = register_on(alice, na, 3);
  auto bob = connect_with_nonce(nb);
  register_on(bob, nb);
  std::set<uint32_t> handed;
  for (uint64_t i = 0; i < 4; ++i) {
    wire::ClientFrame fetch;
    fetch.set_id(10 + i);
    fetch.mutable_fetch_bundle()->set_account_id(a.account.bytes());
    request(bob, fetch);
    auto b = bob->answer(10 + i);
    ASSERT_TRUE(b && b->has_bundle()) << b->DebugString();
    EXPECT_EQ(b->bundle().identity_key(), a.identity.public_key);
    EXPECT_TRUE(signal::verify(a.identity.public_key, b->bundle().signed_prekey().public_key(),
                               b->bundle().signed_prekey().signature()));
    if (i < 3) {
      ASSERT_TRUE(b->bundle().has_prekey());
      EXPECT_TRUE(handed.insert(b->bundle().prekey().id()).second) << "a prekey was handed out twice";
    } else {
      EXPECT_FALSE(b->bundle().has_prekey());  // ran out: signed prekey only
    }
  }
  auto low = alice->push(F::kPrekeyCount);
  ASSERT_TRUE(low.has_value());
  EXPECT_LT(low->prekey_count().remaining(), config_.prekeys_low);
}

TEST_F(RelayCoreTest, SendIsAcknowledgedAndDeliveredLive) {
  std::string na, nb;
  auto alice = connect_with_nonce(na);
  register_on(alice, na);
  auto bob = connect_with_nonce(nb);
  auto b = register_on(bob, nb);

  request(alice, send_frame(20, b.account, "opaque ciphertext"));
  auto sent = alice->answer(20);
  ASSERT_TRUE(sent && sent->has_sent()) << sent->DebugString();
  auto env = bob->push(F::kEnvelope);
  ASSERT_TRUE(env.has_value());
  EXPECT_EQ(env->envelope().ciphertext(), sealed("opaque ciphertext"));
  EXPECT_EQ(env->envelope().seq(), 1u);
  EXPECT_EQ(env->envelope().message_id(), sent->sent().message_id());
}

// Sealed sender: neither the envelope bob receives nor the record the relay stores for it says
// who sent it. The relay knew alice's connection (for her rate limit) and wrote it nowhere.
TEST_F(RelayCoreTest, AnEnvelopeNamesItsRecipientOnly) {
  std::string na, nb;
  auto alice = connect_with_nonce(na);
  auto a = register_on(alice, na);
  auto bob = connect_with_nonce(nb);
  auto b = register_on(bob, nb);
  bob->run([&] { core_->on_close(bob); });  // offline: the envelope waits in bob's queue
  request(alice, send_frame(20, b.account, "from alice"));
  ASSERT_TRUE(alice->answer(20).has_value());
  ASSERT_TRUE(store_->commit_and_wait(WriteBatch{}, Durability::synced).ok());
  std::vector<std::pair<std::string, std::string>> queued;
  ASSERT_TRUE(store_->scan(Table::queues, "", {}, 0, [&](auto key, auto value) {
    queued.emplace_back(key, value);
    return true;
  }).ok());
  ASSERT_EQ(queued.size(), 1u);
  EXPECT_EQ(queued[0].first.substr(0, 16), b.account.bytes());
  EXPECT_EQ(queued[0].second.find(a.account.bytes()), std::string::npos);
  EXPECT_EQ(queued[0].second.find(a.identity.public_key), std::string::npos);

  std::string nb2;
  auto bob2 = connect_with_nonce(nb2);
  ASSERT_TRUE(login(bob2, nb2, b).has_value());
  auto env = bob2->push(F::kEnvelope);
  ASSERT_TRUE(env.has_value());
  EXPECT_EQ(env->SerializeAsString().find(a.account.bytes()), std::string::npos);
}

TEST_F(RelayCoreTest, OnlySealedEnvelopesAreTaken) {
  std::string na, nb;
  auto alice = connect_with_nonce(na);
  register_on(alice, na);
  auto bob = connect_with_nonce(nb);
  auto b = register_on(bob, nb);
  uint64_t id = 40;
  for (auto type : {wire::PREKEY_MESSAGE, wire::SIGNAL_MESSAGE, wire::ENVELOPE_UNSPECIFIED}) {
    auto unsealed = send_frame(id, b.account, "libsignal message");
    unsealed.mutable_send()->set_type(type);
    request(alice, unsealed);
    auto refused = alice->answer(id++);
    expect_error(refused, wire::INVALID_ARGUMENT);
    EXPECT_EQ(refused->error().violation().field(), wire::FIELD_ENVELOPE_TYPE);
  }
  for (std::string bad : {std::string("\x02") + std::string(100, 'x'),  // another version
                          std::string("\x01short")}) {
    auto f = send_frame(id, b.account, "");
    f.mutable_send()->set_ciphertext(bad);
    request(alice, f);
    auto refused = alice->answer(id++);
    expect_error(refused, wire::INVALID_ARGUMENT);
    EXPECT_EQ(refused->error().violation().field(), wire::FIELD_CIPHERTEXT);
    EXPECT_EQ(refused->error().violation().rule(), wire::RULE_MALFORMED);
  }
  EXPECT_EQ(bob->push(F::kEnvelope, std::chrono::milliseconds(200)), std::nullopt);
}

// What a recipient checks a sealed envelope's claimed sender against, without using up one of
// the account's one-time prekeys as a bundle would.
TEST_F(RelayCoreTest, AnAccountsIdentityKeyIsToldWithoutTakingAPrekey) {
  std::string na, nb;
  auto alice = connect_with_nonce(na);
  register_on(alice, na);
  auto bob = connect_with_nonce(nb);
  auto b = register_on(bob, nb, /*prekeys=*/1);
  wire::ClientFrame ask;
  ask.set_id(50);
  ask.mutable_get_identity_key()->set_account_id(b.account.bytes());
  for (int i = 0; i < 3; ++i) {
    request(alice, ask);
    auto key = alice->answer(50);
    ASSERT_TRUE(key && key->has_identity_key()) << (key ? key->DebugString() : "no answer");
    EXPECT_EQ(key->identity_key().account_id(), b.account.bytes());
    EXPECT_EQ(key->identity_key().identity_key(), b.identity.public_key);
  }
  wire::ClientFrame fetch;
  fetch.set_id(51);
  fetch.mutable_fetch_bundle()->set_account_id(b.account.bytes());
  request(alice, fetch);
  auto bundle = alice->answer(51);
  ASSERT_TRUE(bundle && bundle->has_bundle());
  EXPECT_TRUE(bundle->bundle().has_prekey());  // still there after three identity questions

  ask.set_id(52);
  ask.mutable_get_identity_key()->set_account_id(std::string(16, '\x07'));
  request(alice, ask);
  expect_error(alice->answer(52), wire::UNKNOWN_ACCOUNT);
  ask.set_id(53);
  ask.mutable_get_identity_key()->set_account_id("short");
  request(alice, ask);
  auto malformed = alice->answer(53);
  expect_error(malformed, wire::INVALID_ARGUMENT);
  EXPECT_EQ(malformed->error().violation().field(), wire::FIELD_ACCOUNT);
  auto stranger = connect();
  ask.set_id(54);
  request(stranger, ask);
  expect_error(stranger->answer(54), wire::NOT_AUTHENTICATED);
}

TEST_F(RelayCoreTest, OfflineQueueArrivesInOrderAtLoginAndAckDeletes) {
  std::string na, nb;
  auto alice = connect_with_nonce(na);
  register_on(alice, na);
  auto bob = connect_with_nonce(nb);
  auto b = register_on(bob, nb);
  bob->run([&] { core_->on_close(bob); });  // bob goes offline

  constexpr int kCount = 300;  // more than one delivery window
  for (int i = 0; i < kCount; ++i) request(alice, send_frame(100 + i, b.account, "m" + std::to_string(i)));
  for (int i = 0; i < kCount; ++i) ASSERT_TRUE(alice->answer(100 + i).has_value());

  // The relay restarts before bob comes back: nothing acknowledged is lost.
  close_relay();
  open();
  std::string nb2;
  auto bob2 = connect_with_nonce(nb2);
  auto logged = login(bob2, nb2, b);
  ASSERT_TRUE(logged && logged->has_logged_in());
  EXPECT_EQ(logged->logged_in().queue_last_seq(), static_cast<uint64_t>(kCount));
  for (int i = 0; i < kCount; ++i) {
    auto env = bob2->push(F::kEnvelope);
    ASSERT_TRUE(env.has_value()) << "missing envelope " << i;
    EXPECT_EQ(env->envelope().ciphertext(), sealed("m" + std::to_string(i)));
    wire::ClientFrame ack;
    ack.mutable_ack()->add_seqs(env->envelope().seq());
    request(bob2, ack);
  }
  // Acknowledged envelopes are gone from the store.
  wire::ClientFrame last_ack;
  last_ack.set_id(999);
  last_ack.mutable_ack();
  request(bob2, last_ack);
  ASSERT_TRUE(bob2->answer(999).has_value());
  ASSERT_TRUE(store_->commit_and_wait(WriteBatch{}, Durability::synced).ok());
  size_t left = 0;
  ASSERT_TRUE(store_->scan(Table::queues, "", std::string(17, '\xff'), 0, [&](auto, auto) {
    ++left;
    return true;
  }).ok());
  EXPECT_EQ(left, 0u);
}

TEST_F(RelayCoreTest, SendToUnknownOrWithBadFieldsIsRefused) {
  std::string na;
  auto alice = connect_with_nonce(na);
  register_on(alice, na);
  request(alice, send_frame(30, *AccountId::from_bytes(std::string(16, '\x03')), "ct"));
  expect_error(alice->answer(30), wire::UNKNOWN_ACCOUNT);
  auto bad = send_frame(31, *AccountId::from_bytes(std::string(16, '\x03')), "ct");
  bad.mutable_send()->set_to("short");
  request(alice, bad);
  expect_error(alice->answer(31), wire::INVALID_ARGUMENT);
  auto no_type = send_frame(32, *AccountId::from_bytes(std::string(16, '\x03')), "ct");
  no_type.mutable_send()->set_type(wire::ENVELOPE_UNSPECIFIED);
  request(alice, no_type);
  expect_error(alice->answer(32), wire::INVALID_ARGUMENT);
}

TEST_F(RelayCoreTest, AFloodIsRateLimitedAndOthersAreStillServed) {
  auto conn = connect();
  std::vector<wire::ClientFrame> frames;
  const int burst = static_cast<int>(config_.frames_per_connection.burst);
  int limited = 0;
  // The manual clock does not move: the bucket does not refill.
  for (int batch = 0; batch < (burst / 500) + 2; ++batch) {
    std::vector<wire::ClientFrame> many;
    for (int i = 0; i < 500; ++i) many.push_back(ping(static_cast<uint64_t>(batch * 500 + i + 1)));
    deliver(conn, wire::encode_client_batch(many));
  }
  while (auto f = conn->next([](const wire::ServerFrame&) { return true; })) {
    if (f->has_error() && f->error().code() == wire::RATE_LIMITED) ++limited;
    if (conn->pending() == 0) break;
  }
  EXPECT_GT(limited, 0);
  expect_serving();
}

wire::ClientFrame identities_frame(uint64_t id, const std::vector<std::string>& accounts) {
  wire::ClientFrame f;
  f.set_id(id);
  auto* lookup = f.mutable_get_identities();  // set even with no ids
  for (const auto& a : accounts) lookup->add_account_ids(a);
  return f;
}

TEST_F(RelayCoreTest, IdentitiesAreLookedUpWithoutUsingAPrekey) {
  auto alice = registered_client();
  auto bea = registered_client();
  const std::string unknown(16, '\x07');
  request(alice.conn, identities_frame(40, {bea.id(), unknown, alice.id()}));
  auto answer = alice.conn->answer(40);
  ASSERT_TRUE(answer && answer->has_identities()) << (answer ? answer->DebugString() : "none");
  // In the order asked, the unknown account left out.
  ASSERT_EQ(answer->identities().identities_size(), 2);
  EXPECT_EQ(answer->identities().identities(0).account_id(), bea.id());
  EXPECT_EQ(answer->identities().identities(0).identity_key(), bea.who.identity.public_key);
  EXPECT_EQ(answer->identities().identities(1).identity_key(), alice.who.identity.public_key);
  // Bea's five one-time prekeys are all still there for whoever fetches her bundle.
  for (uint64_t i = 0; i < 5; ++i) {
    wire::ClientFrame fetch;
    fetch.set_id(50 + i);
    fetch.mutable_fetch_bundle()->set_account_id(bea.id());
    request(alice.conn, fetch);
    auto b = alice.conn->answer(50 + i);
    ASSERT_TRUE(b && b->has_bundle());
    EXPECT_TRUE(b->bundle().has_prekey()) << "fetch " << i;
  }
}

TEST_F(RelayCoreTest, MalformedOversizeAndEarlyIdentityLookupsAreRefused) {
  auto early = connect();
  request(early, identities_frame(1, {std::string(16, 'x')}));
  expect_error(early->answer(1), wire::NOT_AUTHENTICATED);

  auto alice = registered_client();
  auto refused = [&](uint64_t id, const std::vector<std::string>& ids, wire::Rule rule,
                     uint64_t limit) {
    request(alice.conn, identities_frame(id, ids));
    auto f = alice.conn->answer(id);
    expect_error(f, wire::INVALID_ARGUMENT);
    if (!f) return;
    EXPECT_EQ(f->error().violation().field(), wire::FIELD_ACCOUNT);
    EXPECT_EQ(f->error().violation().rule(), rule);
    EXPECT_EQ(f->error().violation().limit(), limit);
  };
  refused(2, {}, wire::RULE_MISSING, 0);
  refused(3, {alice.id(), "short"}, wire::RULE_MALFORMED, 16);
  refused(4, {std::string(17, 'y')}, wire::RULE_MALFORMED, 16);
  refused(5, std::vector<std::string>(wire::kMaxIdentityLookups + 1, alice.id()),
          wire::RULE_TOO_MANY, wire::kMaxIdentityLookups);
  // The same connection is still served.
  request(alice.conn, identities_frame(6, {alice.id()}));
  auto ok = alice.conn->answer(6);
  ASSERT_TRUE(ok && ok->has_identities());
  EXPECT_EQ(ok->identities().identities_size(), 1);
}

// A member who looks up identities in a loop pays for every id: long lists exhaust the
// connection's budget well before as many frames would, and others are still served.
TEST_F(RelayCoreTest, IdentityLookupFloodsAreRateLimited) {
  auto alice = registered_client();
  const std::vector<std::string> full(wire::kMaxIdentityLookups, alice.id());
  const auto burst = static_cast<uint64_t>(config_.frames_per_connection.burst);
  int answered = 0;
  int limited = 0;
  // The manual clock does not move: the bucket does not refill. Each full lookup costs eleven
  // frames' worth, so far fewer than `burst` lookups get through.
  for (uint64_t i = 0; i < burst / 4; ++i) {
    request(alice.conn, identities_frame(100 + i, full));
    auto f = alice.conn->answer(100 + i);
    ASSERT_TRUE(f.has_value());
    if (f->has_identities()) ++answered;
    if (f->has_error() && f->error().code() == wire::RATE_LIMITED) ++limited;
  }
  EXPECT_GT(limited, 0);
  EXPECT_LE(static_cast<uint64_t>(answered), burst / 10);
  expect_serving();
}

// Registration floods: an in-memory bucket per (hashed) address, never written anywhere.
TEST_F(RelayCoreTest, RegistrationsFromOneAddressAreRateLimited) {
  const int burst = static_cast<int>(config_.registrations_per_address.burst);
  int refused = 0;
  for (int i = 0; i < burst + 2; ++i) {
    std::string nonce;
    auto conn = connect_with_nonce(nonce);  // every test connection comes from address key 1
    Identity who;
    wire::ClientFrame f;
    f.set_id(1);
    auto* r = f.mutable_register_();
    auto spk = signal::generate_key_pair();
    r->set_identity_key(who.identity.public_key);
    r->set_registration_id(42);
    r->mutable_signed_prekey()->set_id(1);
    r->mutable_signed_prekey()->set_public_key(spk.public_key);
    r->mutable_signed_prekey()->set_signature(*signal::sign(who.identity.private_key, spk.public_key));
    r->set_signature(*signal::sign(who.identity.private_key, wire::register_proof_input(nonce, who.identity.public_key)));
    request(conn, f);
    auto answer = conn->answer(1);
    ASSERT_TRUE(answer.has_value());
    if (answer->has_error()) {
      EXPECT_EQ(answer->error().code(), wire::RATE_LIMITED);
      ++refused;
    }
  }
  EXPECT_EQ(refused, 2);
  // Nothing about the address reached the store: only the accounts that were made.
  size_t accounts = 0;
  ASSERT_TRUE(store_->scan(Table::accounts, "", std::string(17, '\xff'), 0, [&](auto, auto) {
    ++accounts;
    return true;
  }).ok());
  EXPECT_EQ(accounts, static_cast<size_t>(burst));
}

class ProofOfWorkTest : public RelayCoreTest {
 protected:
  void SetUp() override {
    config_.pow_difficulty = 8;
    open();
  }
};

TEST_F(ProofOfWorkTest, RegistrationNeedsTheAnnouncedWork) {
  auto conn = std::make_shared<RecordingConnection>();
  conn->run([&] { core_->on_open(conn, 1); });
  auto challenge = conn->push(wire::ServerFrame::kChallenge);
  ASSERT_TRUE(challenge.has_value());
  EXPECT_EQ(challenge->challenge().pow_difficulty(), 8u);
  const std::string nonce = challenge->challenge().nonce();
  Identity who;
  auto spk = signal::generate_key_pair();
  auto make = [&](uint64_t id, const std::string& pow) {
    wire::ClientFrame f;
    f.set_id(id);
    auto* r = f.mutable_register_();
    r->set_identity_key(who.identity.public_key);
    r->set_registration_id(42);
    r->mutable_signed_prekey()->set_id(1);
    r->mutable_signed_prekey()->set_public_key(spk.public_key);
    r->mutable_signed_prekey()->set_signature(*signal::sign(who.identity.private_key, spk.public_key));
    r->set_signature(*signal::sign(who.identity.private_key, wire::register_proof_input(nonce, who.identity.public_key)));
    r->set_pow_nonce(pow);
    return f;
  };
  // A nonce whose hash does not start with 8 zero bits.
  std::string bad;
  for (uint32_t i = 0;; ++i) {
    bad = std::to_string(i);
    if (!wire::proof_of_work_holds(nonce, bad, 8)) break;
  }
  request(conn, make(1, bad));
  expect_error(conn->answer(1), wire::PROOF_OF_WORK_REQUIRED);
  std::string good;
  for (uint32_t i = 0;; ++i) {
    good = std::to_string(i);
    if (wire::proof_of_work_holds(nonce, good, 8)) break;
  }
  request(conn, make(2, good));
  auto registered = conn->answer(2);
  ASSERT_TRUE(registered && registered->has_registered()) << registered->DebugString();
}

// A store write that fails (the disk is full: here the file-size limit) answers the sender with
// an error, never an acknowledgement, and the relay keeps serving. Runs in a child process
// (a death test re-executed from scratch), since the limit applies to the whole process.
// A store that refuses (overloaded): the refusal is answered at once, changes nothing, and leaves
// no gap in what follows.
class StoreRefusalTest : public RelayCoreTest {
 protected:
  static constexpr size_t kMaxPending = 64 * 1024;
  void SetUp() override {
    store_options_.max_pending_bytes = kMaxPending;
    RelayCoreTest::SetUp();
  }
};

TEST_F(StoreRefusalTest, ASendRefusedByAnOverloadedStoreIsAnErrorAndLeavesNoGap) {
  std::string na, nb;
  auto alice = connect_with_nonce(na);
  register_on(alice, na);
  auto bob = connect_with_nonce(nb);
  auto b = register_on(bob, nb);
  {
    StoreOverload overload(*store_, kMaxPending);
    request(alice, send_frame(30, b.account, "refused"));
    // Answered while the store's writer is still held: the refusal did not wait for it.
    expect_error(alice->answer(30), wire::STORE_FAILURE);
    request(alice, ping(31));
    auto pong = alice->answer(31);
    ASSERT_TRUE(pong && pong->has_pong());
  }
  EXPECT_EQ(bob->push(F::kEnvelope, std::chrono::milliseconds(300)), std::nullopt);
  request(alice, send_frame(32, b.account, "accepted"));
  auto sent = alice->answer(32);
  ASSERT_TRUE(sent && sent->has_sent());
  auto env = bob->push(F::kEnvelope);
  ASSERT_TRUE(env.has_value());
  EXPECT_EQ(env->envelope().ciphertext(), sealed("accepted"));
  EXPECT_EQ(env->envelope().seq(), 1u);  // the refused send's number was given back
}

TEST_F(StoreRefusalTest, ARegistrationRefusedByAnOverloadedStoreCanBeRetried) {
  std::string nonce;
  auto conn = connect_with_nonce(nonce);
  wire::ClientFrame f;
  {
    StoreOverload overload(*store_, kMaxPending);
    Identity who;
    f.set_id(1);
    auto* r = f.mutable_register_();
    r->set_identity_key(who.identity.public_key);
    r->set_registration_id(7);
    auto spk = signal::generate_key_pair();
    r->mutable_signed_prekey()->set_id(1);
    r->mutable_signed_prekey()->set_public_key(spk.public_key);
    r->mutable_signed_prekey()->set_signature(
        *signal::sign(who.identity.private_key, spk.public_key));
    r->set_signature(*signal::sign(who.identity.private_key,
                                   wire::register_proof_input(nonce, who.identity.public_key)));
    request(conn, f);
    expect_error(conn->answer(1), wire::STORE_FAILURE);
  }
  // Not left half logged in: the same request on the same connection goes through.
  request(conn, f);
  auto answer = conn->answer(1);
  ASSERT_TRUE(answer && answer->has_registered()) << (answer ? answer->DebugString() : "none");
}

class StoreFailureTest : public RelayCoreTest {
 protected:
  void SetUp() override {}  // the child opens the relay itself

  // The child's whole run; its exit code says which expectation failed (0: all held).
  [[noreturn]] void full_disk_child() {
    open();
    std::string na, nb;
    auto alice = connect_with_nonce(na);
    register_on(alice, na);
    auto bob = connect_with_nonce(nb);
    auto b = register_on(bob, nb);
    const uintmax_t biggest = relais::testing::largest_file_size(dir_.path());
    ::signal(SIGXFSZ, SIG_IGN);
    rlimit limit{biggest + 16 * 1024, biggest + 16 * 1024};
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0) relais::testing::exit_child(2);
    // The largest envelope there is (the sealed stand-in adds its version byte).
    request(alice, send_frame(40, b.account, std::string(wire::kMaxEnvelopeCiphertextBytes - 1, 'z')));
    auto answer = alice->answer(40);
    if (!answer || !answer->has_error() || answer->error().code() != wire::STORE_FAILURE) relais::testing::exit_child(3);
    auto delivered = bob->next([](const wire::ServerFrame& f) { return f.has_envelope(); },
                               std::chrono::milliseconds(300));
    if (delivered) relais::testing::exit_child(4);
    request(alice, ping(41));
    auto pong = alice->answer(41);
    if (!pong || !pong->has_pong()) relais::testing::exit_child(5);
    relais::testing::exit_child(0);
  }
};

TEST_F(StoreFailureTest, AFullDiskIsAnErrorNotAnAcknowledgement) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(full_disk_child(), ::testing::ExitedWithCode(0), "");
}


}  // namespace
}  // namespace relais::server::testing

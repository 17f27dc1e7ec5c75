// Accounts and connections under the limits: one identity key registers one account,
// registrations are rate-limited per address, and connections that have not logged in are
// capped in total and per address, each refusal closing with its reason while others are
// served.
#include "server/relay/accounts.h"

#include <gtest/gtest.h>

#include "core/crypto/random.h"
#include "core/wire/contract.h"
#include "tests/server/relay/relay_harness.h"

namespace relais::server::testing {
namespace {

using F = wire::ServerFrame;

class AccountsTest : public RelayFixture {
 protected:
  // A Register for `identity`, signed over `nonce`.
  wire::ClientFrame register_frame(uint64_t id, const signal::KeyPair& identity,
                                   const std::string& nonce) {
    wire::ClientFrame f;
    f.set_id(id);
    auto* r = f.mutable_register_();
    r->set_identity_key(identity.public_key);
    r->set_registration_id(42);
    auto spk = signal::generate_key_pair();
    r->mutable_signed_prekey()->set_id(1);
    r->mutable_signed_prekey()->set_public_key(spk.public_key);
    r->mutable_signed_prekey()->set_signature(*signal::sign(identity.private_key, spk.public_key));
    r->set_signature(*signal::sign(identity.private_key,
                                   wire::register_proof_input(nonce, identity.public_key)));
    return f;
  }
  static wire::ErrorCode err(const std::optional<F>& f) {
    return f && f->has_error() ? f->error().code() : wire::ERROR_UNSPECIFIED;
  }
  // A connection from `address_key`, with what the relay said first.
  struct Opened {
    std::shared_ptr<RecordingConnection> conn;
    std::optional<F> challenge;
  };
  Opened open_from(uint64_t address_key) {
    Opened o{std::make_shared<RecordingConnection>(), std::nullopt};
    o.conn->run([&] { core_->on_open(o.conn, address_key); });
    o.challenge = o.conn->push(F::kChallenge, std::chrono::milliseconds(100));
    return o;
  }
};

TEST_F(AccountsTest, OneIdentityKeyRegistersOneAccount) {
  config_.registrations_per_address = {1000, 1000};
  auto identity = signal::generate_key_pair();
  std::string n1, n2, n3;
  auto first = connect_with_nonce(n1);
  request(first, register_frame(1, identity, n1));
  auto registered = first->answer(1);
  ASSERT_TRUE(registered && registered->has_registered());

  auto second = connect_with_nonce(n2);
  request(second, register_frame(2, identity, n2));
  auto again = second->answer(2);
  ASSERT_EQ(err(again), wire::ALREADY_EXISTS);
  EXPECT_FALSE(again->error().message().empty());
  // The connection is not logged in, and can still log in to the one account.
  Identity who{identity, *AccountId::from_bytes(registered->registered().account_id())};
  auto logged = login(second, n2, who, 3);
  ASSERT_TRUE(logged && logged->has_logged_in());

  // Still one account after a restart (the index is in the store), and for a key registered
  // twice at the same instant: the second waits on nothing and is refused.
  close_relay();
  open();
  auto third = connect_with_nonce(n3);
  request(third, register_frame(4, identity, n3));
  EXPECT_EQ(err(third->answer(4)), wire::ALREADY_EXISTS);

  auto other = signal::generate_key_pair();
  std::string na, nb;
  auto a = connect_with_nonce(na);
  auto b = connect_with_nonce(nb);
  {
    WriterHold hold(*store_);  // the first registration waits in the store's queue
    request(a, register_frame(5, other, na));
    request(b, register_frame(6, other, nb));
    EXPECT_EQ(err(b->answer(6)), wire::ALREADY_EXISTS);
  }
  auto made = a->answer(5);
  EXPECT_TRUE(made && made->has_registered());
}

TEST_F(AccountsTest, RegistrationsAreLimitedPerAddressAndOthersStillRegister) {
  config_.registrations_per_address = {0.001, 2};
  close_relay();
  open();
  for (uint64_t id = 1; id <= 2; ++id) {
    std::string nonce;
    auto conn = connect_with_nonce(nonce, /*address_key=*/7);
    request(conn, register_frame(id, signal::generate_key_pair(), nonce));
    auto answer = conn->answer(id);
    EXPECT_TRUE(answer && answer->has_registered());
  }
  std::string nonce;
  auto third = connect_with_nonce(nonce, 7);
  request(third, register_frame(3, signal::generate_key_pair(), nonce));
  EXPECT_EQ(err(third->answer(3)), wire::RATE_LIMITED);
  std::string other_nonce;
  auto elsewhere = connect_with_nonce(other_nonce, 8);
  request(elsewhere, register_frame(4, signal::generate_key_pair(), other_nonce));
  auto answer = elsewhere->answer(4);
  EXPECT_TRUE(answer && answer->has_registered());
}

TEST_F(AccountsTest, ConnectionsNotLoggedInAreCappedPerAddressAndInTotal) {
  config_.max_unauthenticated_per_address = 2;
  config_.max_unauthenticated = 3;
  close_relay();
  open();
  auto a1 = open_from(7), a2 = open_from(7);
  ASSERT_TRUE(a1.challenge && a2.challenge);
  auto a3 = open_from(7);  // a third from the same address: closed with its reason, no challenge
  EXPECT_FALSE(a3.challenge);
  EXPECT_EQ(a3.conn->closed(), Connection::CloseReason::too_many_from_address);
  auto b1 = open_from(8);  // another address still gets a place
  ASSERT_TRUE(b1.challenge);
  // All three places are taken: a newcomer from elsewhere takes the place of the oldest waiting
  // connection of the address holding the most (a1), which is closed with its reason.
  auto c1 = open_from(9);
  ASSERT_TRUE(c1.challenge);
  EXPECT_EQ(a1.conn->closed(), Connection::CloseReason::displaced);
  EXPECT_FALSE(a2.conn->closed());
  EXPECT_FALSE(b1.conn->closed());
  close_connection(a1.conn);  // the transport's end: it gives back nothing it no longer holds
  // 7, 8 and 9 hold one place each: a newcomer whose own address holds the most is refused.
  auto c2 = open_from(9);
  EXPECT_FALSE(c2.challenge);
  EXPECT_EQ(c2.conn->closed(), Connection::CloseReason::too_many_unauthenticated);
  EXPECT_EQ(metrics_.refused_per_address.load(), 1u);
  EXPECT_EQ(metrics_.refused_too_many.load(), 1u);
  EXPECT_EQ(metrics_.displaced_waiting.load(), 1u);
  EXPECT_EQ(metrics_.unauthenticated.load(), 3);
  // A refused connection is served nothing, even if it writes.
  wire::ClientFrame ping;
  ping.set_id(1);
  ping.mutable_ping();
  request(c2.conn, ping);
  EXPECT_FALSE(c2.conn->answer(1).has_value());

  // Logging in gives the place back...
  request(a2.conn,
          register_frame(2, signal::generate_key_pair(), a2.challenge->challenge().nonce()));
  auto registered = a2.conn->answer(2);
  ASSERT_TRUE(registered && registered->has_registered());
  auto c3 = open_from(9);
  EXPECT_TRUE(c3.challenge);
  EXPECT_FALSE(b1.conn->closed());  // a free place displaces no one
  // ...and so does going away.
  close_connection(b1.conn);
  close_connection(a3.conn);  // a refused one gives back nothing it did not hold
  auto a4 = open_from(7);
  EXPECT_TRUE(a4.challenge);
  EXPECT_FALSE(open_from(9).challenge);  // 9 holds two of the three places: its newcomer waits
  EXPECT_EQ(metrics_.unauthenticated.load(), 3);
}

// Issue 15, found by an attacker's review: sockets from many networks filled every place
// (max-unauthenticated) and each new log-in was refused, renewably at every login-timeout. Now
// a newcomer takes the place of the oldest waiting socket of the network holding the most, and
// one network holds at most max-unauthenticated-per-network places.
TEST_F(AccountsTest, ConnectionsFromManyNetworksCannotLockANewcomerOut) {
  config_.max_unauthenticated = 6;
  config_.max_unauthenticated_per_address = 2;
  config_.max_unauthenticated_per_network = 4;
  close_relay();
  open();
  const auto member = registered_client({}, 900);  // registered before the flood
  close_connection(member.conn);

  auto from = [&](uint64_t address, uint64_t network) {
    Opened o{std::make_shared<RecordingConnection>(), std::nullopt};
    o.conn->run([&] { core_->on_open(o.conn, PeerAddress{address, network}); });
    o.challenge = o.conn->push(F::kChallenge, std::chrono::milliseconds(100));
    return o;
  };
  // The attacker: two addresses of network 100 and one of network 200, two sockets each.
  std::vector<Opened> attacker;
  for (auto [address, network] : {std::pair{101, 100}, {101, 100}, {102, 100}, {102, 100},
                                  {201, 200}, {201, 200}}) {
    attacker.push_back(from(address, network));
    ASSERT_TRUE(attacker.back().challenge);
  }
  auto third = from(103, 100);  // a third address of network 100: the network is full
  EXPECT_FALSE(third.challenge);
  EXPECT_EQ(third.conn->closed(), Connection::CloseReason::too_many_from_network);
  EXPECT_EQ(metrics_.refused_per_network.load(), 1u);

  // Every place is taken. Two newcomers from a fresh network are admitted: network 100 holds
  // the most, so its two oldest sockets give way.
  auto newcomer = from(301, 300);
  auto returning = from(302, 300);
  ASSERT_TRUE(newcomer.challenge && returning.challenge);
  EXPECT_EQ(attacker[0].conn->closed(), Connection::CloseReason::displaced);
  EXPECT_EQ(attacker[1].conn->closed(), Connection::CloseReason::displaced);
  for (size_t i = 2; i < attacker.size(); ++i) EXPECT_FALSE(attacker[i].conn->closed()) << i;
  EXPECT_EQ(metrics_.displaced_waiting.load(), 2u);

  // The newcomer registers; the member logs in.
  request(newcomer.conn,
          register_frame(1, signal::generate_key_pair(), newcomer.challenge->challenge().nonce()));
  auto registered = newcomer.conn->answer(1);
  ASSERT_TRUE(registered && registered->has_registered());
  auto logged_in = login(returning.conn, returning.challenge->challenge().nonce(), member.who);
  ASSERT_TRUE(logged_in && logged_in->has_logged_in()) << (logged_in ? logged_in->DebugString() : "");
  EXPECT_FALSE(newcomer.conn->closed());
  EXPECT_FALSE(returning.conn->closed());
}

// Found by an attacker's review (issue 15): FetchBundle (which hands out a one-time prekey)
// and GetIdentityKey had no limit of their own. Now one account may ask so many bundles, and a
// member's one-time prekeys leave at the member's own pace whoever asks: past it the bundle
// comes without one, so the member stays reachable.
TEST_F(AccountsTest, KeyBundlesAreLimitedPerAccountAndPrekeysPerTarget) {
  config_.registrations_per_address = {1000, 1000};
  config_.bundle_fetches_per_account = {0.001, 3};
  config_.prekeys_per_target = {0.001, 2};
  close_relay();
  open();
  auto bob = registered_client();  // five one-time prekeys
  auto mallory = registered_client(), alice = registered_client(), carol = registered_client();
  uint64_t next_id = 100;
  auto fetch = [&](Client& from, const Client& of) {
    wire::ClientFrame f;
    f.set_id(++next_id);
    f.mutable_fetch_bundle()->set_account_id(of.id());
    request(from.conn, f);
    return from.conn->answer(f.id());
  };
  auto a = fetch(mallory, bob), b = fetch(mallory, bob);
  ASSERT_TRUE(a && a->has_bundle() && b && b->has_bundle());
  EXPECT_TRUE(a->bundle().has_prekey() && b->bundle().has_prekey());
  // bob's prekeys left at his pace: the next bundle, whoever asks, comes without one.
  auto c = fetch(mallory, bob);
  ASSERT_TRUE(c && c->has_bundle());
  EXPECT_FALSE(c->bundle().has_prekey());
  EXPECT_EQ(c->bundle().signed_prekey().public_key(), a->bundle().signed_prekey().public_key());
  auto d = fetch(alice, bob);
  ASSERT_TRUE(d && d->has_bundle()) << (d ? d->DebugString() : "");
  EXPECT_FALSE(d->bundle().has_prekey());
  // mallory has asked three bundles: the fourth is refused, on a new connection too.
  EXPECT_EQ(err(fetch(mallory, carol)), wire::RATE_LIMITED);
  std::string nonce;
  mallory.conn = connect_with_nonce(nonce);
  ASSERT_TRUE(login(mallory.conn, nonce, mallory.who, 2).has_value());
  EXPECT_EQ(err(fetch(mallory, carol)), wire::RATE_LIMITED);
  // carol's prekeys are her own: alice gets one.
  auto e = fetch(alice, carol);
  ASSERT_TRUE(e && e->has_bundle());
  EXPECT_TRUE(e->bundle().has_prekey());
  // Time gives bob's handouts back, and three of his five prekeys are still stored.
  clock_.advance_ms(1'000'000);
  auto f = fetch(alice, bob);
  ASSERT_TRUE(f && f->has_bundle());
  EXPECT_TRUE(f->bundle().has_prekey());
  size_t stored = 0;
  ASSERT_TRUE(store_
                  ->scan(Table::prekeys, bob.id(), prefix_end(bob.id()), 0,
                         [&](std::string_view, std::string_view) {
                           ++stored;
                           return true;
                         })
                  .ok());
  EXPECT_EQ(stored, 2u);  // five, less the three handed out
}

TEST_F(AccountsTest, IdentityKeyLookupsAreLimitedPerAccount) {
  config_.registrations_per_address = {1000, 1000};
  config_.identity_lookups_per_account = {0.001, 3};
  close_relay();
  open();
  auto bob = registered_client(), mallory = registered_client(), alice = registered_client();
  uint64_t next_id = 100;
  auto lookup = [&](Client& from, const Client& of) {
    wire::ClientFrame f;
    f.set_id(++next_id);
    f.mutable_get_identity_key()->set_account_id(of.id());
    request(from.conn, f);
    return from.conn->answer(f.id());
  };
  for (int i = 0; i < 3; ++i) {
    auto k = lookup(mallory, bob);
    ASSERT_TRUE(k && k->has_identity_key());
    EXPECT_EQ(k->identity_key().identity_key(), bob.who.identity.public_key);
  }
  EXPECT_EQ(err(lookup(mallory, bob)), wire::RATE_LIMITED);
  EXPECT_EQ(err(lookup(mallory, alice)), wire::RATE_LIMITED);
  auto k = lookup(alice, bob);  // alice has a budget of her own
  ASSERT_TRUE(k && k->has_identity_key());
}

// GetIdentities draws on the same budget per account as GetIdentityKey, one key per distinct id:
// a member who floods lookups (from one connection or many) is stopped, an id repeated a hundred
// times is read once, and others keep their own budget.
TEST_F(AccountsTest, IdentitiesLookupsAreLimitedPerAccountAndIdsReadOnce) {
  config_.registrations_per_address = {1000, 1000};
  config_.identity_lookups_per_account = {0.001, 120};
  close_relay();
  open();
  auto mallory = registered_client(), bea = registered_client();
  uint64_t next_id = 100;
  auto lookup = [&](const std::shared_ptr<RecordingConnection>& conn,
                    const std::vector<std::string>& ids) {
    wire::ClientFrame f;
    f.set_id(++next_id);
    for (const auto& i : ids) f.mutable_get_identities()->add_account_ids(i);
    request(conn, f);
    return conn->answer(f.id());
  };
  std::vector<std::string> strangers;
  for (size_t i = 0; i < wire::kMaxIdentityLookups; ++i)
    strangers.push_back(crypto::random_bytes(16));
  auto first = lookup(mallory.conn, strangers);
  ASSERT_TRUE(first && first->has_identities());
  EXPECT_EQ(err(lookup(mallory.conn, strangers)), wire::RATE_LIMITED);
  // A hundred copies of one id cost one key and are answered once.
  auto repeated =
      lookup(mallory.conn, std::vector<std::string>(wire::kMaxIdentityLookups, bea.id()));
  ASSERT_TRUE(repeated && repeated->has_identities());
  ASSERT_EQ(repeated->identities().identities_size(), 1);
  EXPECT_EQ(repeated->identities().identities(0).identity_key(), bea.who.identity.public_key);
  // A second connection of the same account does not start a new budget.
  std::string nonce;
  auto again = connect_with_nonce(nonce);
  ASSERT_TRUE(login(again, nonce, mallory.who, 3));
  EXPECT_EQ(err(lookup(again, strangers)), wire::RATE_LIMITED);
  // Bea has a budget of her own.
  auto hers = lookup(bea.conn, strangers);
  ASSERT_TRUE(hers && hers->has_identities());
  EXPECT_EQ(hers->identities().identities_size(), 0);
}

}  // namespace
}  // namespace relais::server::testing

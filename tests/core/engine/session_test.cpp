// The engine's session component against the relay's real request handling: registering,
// logging in after a restart, proof of work, invite codes, prekeys, sessions with peers, and
// what a lost connection does to requests still waiting for their answer.
#include <gtest/gtest.h>

#include "core/engine/engine.h"
#include "core/wire/contract.h"
#include "tests/core/engine/live_relay.h"

namespace relais::engine {
namespace {

using testing::Device;
using testing::LiveRelay;
using testing::AliceAndBob;
using testing::new_device;

// A device's engine as a restart would see it: restored from its disk, not connected.
void restart(LiveRelay& relay, Device& d) {
  relay.disconnect(d);
  auto e = Engine::restore(d.disk);
  ASSERT_TRUE(e.ok()) << e.error().message;
  d.engine = std::move(*e);
  d.events.clear();
}

TEST(Session, CreateChecksThePseudonym) {
  EXPECT_EQ(Engine::create({"", "", "", ""}).error().code, Errc::invalid_argument);
  EXPECT_EQ(Engine::create({std::string(65, 'a'), "", "", ""}).error().code,
            Errc::invalid_argument);
  EXPECT_EQ(Engine::create({"a\x1b[2J", "", "", ""}).error().code, Errc::invalid_argument);
  EXPECT_EQ(Engine::create({" a", "", "", ""}).error().code, Errc::invalid_argument);
  EXPECT_TRUE(Engine::create({"Zoë", "", "", ""}).ok());
}

TEST(Session, RegistersThenLogsInAfterARestart) {
  LiveRelay relay;
  Device d = new_device("Zoë");
  EXPECT_TRUE(d.engine.needs_save());  // a fresh identity is not on disk yet
  relay.connect_and_log_in(d);
  ASSERT_EQ(d.seen<event::Registered>().size(), 1u);
  ASSERT_TRUE(d.engine.registered());
  EXPECT_FALSE(d.engine.needs_save());
  const AccountId id = d.engine.account_id();
  EXPECT_EQ(d.seen<event::Registered>()[0].id, id);
  EXPECT_EQ(d.engine.fingerprint().size(), 64u);

  restart(relay, d);
  EXPECT_EQ(d.engine.account_id(), id);
  EXPECT_EQ(d.engine.name(), "Zoë");
  EXPECT_FALSE(d.engine.needs_save());
  relay.connect_and_log_in(d);
  auto logged_in = d.seen<event::LoggedIn>();
  ASSERT_EQ(logged_in.size(), 1u);
  // Every prekey uploaded at registration is still there: no one fetched one.
  EXPECT_EQ(logged_in[0].prekeys_remaining, kPrekeyTarget);
  EXPECT_EQ(d.seen<event::BacklogComplete>().size(), 1u);  // nothing queued
  EXPECT_TRUE(d.engine.backlog_complete());
}

TEST(Session, SolvesTheProofOfWork) {
  LiveRelay relay([](server::RelayConfig& c) { c.pow_difficulty = 10; });
  Device d = new_device("Zoë");
  relay.connect_and_log_in(d);
  EXPECT_TRUE(d.engine.registered());
}

TEST(Session, ReportsARefusedRegistrationAndRegistersWithAnInviteCode) {
  LiveRelay relay([](server::RelayConfig& c) { c.require_invite = true; });
  Device d = new_device("Zoë");
  relay.connect(d);
  relay.pump();
  auto failed = d.seen<event::AuthFailed>();
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].failure.problem, Problem::invite_required);
  EXPECT_EQ(failed[0].failure.code, Errc::permission);
  EXPECT_FALSE(d.engine.registered());

  Device e = new_device("Zoë", relay.admin_invite());
  relay.connect_and_log_in(e);
  EXPECT_TRUE(e.engine.registered());
}

TEST(Session, ReportsAnUnknownAccountAtLogIn) {
  Device d = new_device("Zoë");
  {
    LiveRelay first;
    first.connect_and_log_in(d);
    restart(first, d);
  }
  LiveRelay reset;  // another relay, or the same one with its data gone
  reset.connect(d);
  reset.pump();
  auto failed = d.seen<event::AuthFailed>();
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].failure.problem, Problem::account_reset);
  EXPECT_EQ(failed[0].failure.code, Errc::not_found);
  EXPECT_FALSE(d.engine.logged_in());
}

TEST(Session, ReportsAChallengeItCannotAnswer) {
  Device d = new_device("Zoë");
  LiveRelay relay;
  d.engine.on_connected();
  wire::ServerFrame bad_version;
  bad_version.mutable_challenge()->set_nonce(std::string(wire::kNonceBytes, 'n'));
  bad_version.mutable_challenge()->set_protocol_version(wire::kProtocolVersion + 1);
  relay.inject(d, {bad_version});
  wire::ServerFrame short_nonce;
  short_nonce.mutable_challenge()->set_nonce("short");
  short_nonce.mutable_challenge()->set_protocol_version(wire::kProtocolVersion);
  relay.inject(d, {short_nonce});
  wire::ServerFrame too_much_work;
  too_much_work.mutable_challenge()->set_nonce(std::string(wire::kNonceBytes, 'n'));
  too_much_work.mutable_challenge()->set_protocol_version(wire::kProtocolVersion);
  too_much_work.mutable_challenge()->set_pow_difficulty(wire::kMaxProofOfWorkBits + 1);
  relay.inject(d, {too_much_work});
  auto failed = d.seen<event::AuthFailed>();
  ASSERT_EQ(failed.size(), 3u);
  EXPECT_EQ(failed[0].failure.problem, Problem::protocol_version);
  EXPECT_EQ(failed[0].failure.limit,
            wire::kProtocolVersion + 1);  // the relay's version, for the sentence
  EXPECT_EQ(failed[1].failure.problem, Problem::malformed_challenge);
  EXPECT_EQ(failed[2].failure.problem, Problem::too_much_work);
  EXPECT_TRUE(d.engine.take_outgoing().empty());

  wire::ServerFrame early;
  early.mutable_envelope();
  d.events.clear();
  relay.inject(d, {early});
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(std::get<event::ProtocolError>(d.events[0]).problem, Problem::envelope_before_login);
}

TEST(Session, RestoreRejectsGarbage) {
  EXPECT_EQ(Engine::restore("not a state").error().code, Errc::corrupt);
  EXPECT_EQ(Engine::restore("").error().code, Errc::corrupt);  // format 0
}

class SessionTest : public AliceAndBob {};

TEST_F(SessionTest, OpensASessionForTheSafetyNumber) {
  const AccountId b = bob.engine.account_id();
  EXPECT_EQ(alice.engine.safety_number(b).error().code, Errc::not_found);
  EXPECT_FALSE(alice.engine.has_session(b));
  RequestId r = alice.engine.open_session(b);
  relay.pump();
  auto ready = alice.seen<event::SessionReady>();
  ASSERT_EQ(ready.size(), 1u);
  EXPECT_EQ(ready[0].request, r);
  EXPECT_EQ(ready[0].peer, b);
  auto digits = alice.engine.safety_number(b);
  ASSERT_TRUE(digits.ok());
  EXPECT_EQ(digits->size(), 60u);
  // Bob sees the same digits once he has a session too.
  bob.engine.open_session(alice.engine.account_id());
  relay.pump();
  EXPECT_EQ(bob.engine.safety_number(alice.engine.account_id()).value(), *digits);

  // No session with ourselves, nor with an account the relay does not know.
  const RequestId self = alice.engine.open_session(alice.engine.account_id());
  const RequestId nobody =
      alice.engine.open_session(*AccountId::from_bytes(std::string(16, '\x0d')));
  relay.pump();
  ASSERT_EQ(alice.failures(self).size(), 1u);
  EXPECT_EQ(alice.failures(self)[0].failure.problem, Problem::needs_other_account);
  ASSERT_EQ(alice.failures(nobody).size(), 1u);
  EXPECT_EQ(alice.failures(nobody)[0].failure.problem, Problem::unknown_account);
}

// Each way a name is unusable is its own Problem, for the clients to word; the limit travels.
TEST(CheckName, SaysWhatIsWrongAsAProblem) {
  EXPECT_TRUE(check_name("Zoë").ok());
  EXPECT_TRUE(check_name(std::string(kMaxNameBytes, 'a')).ok());
  EXPECT_EQ(check_name("").failure().problem, Problem::name_empty);
  const auto too_long = check_name(std::string(kMaxNameBytes + 1, 'a'));
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.failure().problem, Problem::name_too_long);
  EXPECT_EQ(too_long.failure().limit, kMaxNameBytes);
  EXPECT_EQ(too_long.error().code, Errc::invalid_argument);
  EXPECT_EQ(check_name("a\tb").failure().problem, Problem::name_control_character);
  EXPECT_EQ(check_name(std::string("a\x7f")).failure().problem, Problem::name_control_character);
  EXPECT_EQ(check_name(" ann").failure().problem, Problem::name_edge_space);
  EXPECT_EQ(check_name("ann ").failure().problem, Problem::name_edge_space);
}

TEST_F(SessionTest, ManagesContacts) {
  const AccountId b = bob.engine.account_id();
  EXPECT_EQ(alice.engine.find_contact("bob"), b);
  EXPECT_EQ(alice.engine.contact_name(b), "bob");
  // Another name for the same id is refused; a new id for the same name replaces it.
  EXPECT_EQ(alice.engine.add_contact("robert", b).failure().problem, Problem::contact_id_taken);
  EXPECT_EQ(alice.engine.add_contact("robert", b).error().code, Errc::already_exists);
  const AccountId other = *AccountId::from_bytes(std::string(16, '\x0b'));
  EXPECT_TRUE(alice.engine.add_contact("bob", other).ok());
  EXPECT_EQ(alice.engine.find_contact("bob"), other);
  EXPECT_FALSE(alice.engine.contact_name(b).has_value());
  EXPECT_EQ(alice.engine.add_contact("me", alice.engine.account_id()).failure().problem,
            Problem::needs_other_account);
  EXPECT_EQ(alice.engine.add_contact("", other).failure().problem, Problem::name_empty);
  EXPECT_EQ(alice.engine.add_contact("", other).error().code, Errc::invalid_argument);
  EXPECT_EQ(alice.engine.add_contact("x", AccountId{}).failure().problem,
            Problem::needs_other_account);
  ASSERT_TRUE(alice.engine.add_contact("carol", b).ok());
  auto list = alice.engine.contacts();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].name, "bob");
  EXPECT_EQ(list[1].name, "carol");
  relay.pump();
  restart(relay, alice);
  EXPECT_EQ(alice.engine.contacts().size(), 2u);
}

TEST_F(SessionTest, ReplenishesPrekeysWhenTheRelayRunsLow) {
  // Told its stock is low (as the relay does below its own mark), the engine tops it up once,
  // although the push comes twice, and only once the new private halves are saved.
  wire::ServerFrame low;
  low.mutable_prekey_count()->set_remaining(3);
  bob.autosave = false;
  relay.inject(bob, {low, low});
  EXPECT_TRUE(bob.engine.needs_save());
  relay.pump();
  EXPECT_TRUE(bob.seen<event::PrekeysUploaded>().empty());  // held until saved
  size_t uploads = 0;
  for (const auto& f : bob.sent) uploads += f.has_upload_prekeys();
  EXPECT_EQ(uploads, 0u);
  bob.save();
  relay.pump();
  auto uploaded = bob.seen<event::PrekeysUploaded>();
  ASSERT_EQ(uploaded.size(), 1u);
  // The relay counts what it holds: the registration's stock and the new ones.
  EXPECT_EQ(uploaded[0].remaining, kPrekeyTarget + kPrekeyTarget - 3);
  bob.autosave = true;

  // The new prekeys work: a newcomer's first message uses one of them.
  Device carol = new_device("Carol");
  relay.connect_and_log_in(carol);
  ASSERT_TRUE(carol.engine.send_text(bob.engine.account_id(), "hello from carol", 1).ok());
  relay.pump();
  auto got = bob.seen<event::MessageReceived>();
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].message.text, "hello from carol");
}

TEST_F(SessionTest, SurvivesMalformedServerMessages) {
  const size_t before = bob.events.size();
  relay.inject(bob, std::string("\xff\xff\xff\xff\x0f garbage", 14));
  relay.inject(bob, std::string(kMaxIncomingBytes + 1, '\0'));
  wire::ServerFrame unknown;  // no body: a frame of a newer relay
  wire::ServerFrame stray_answer;
  stray_answer.set_id(987654);
  stray_answer.mutable_pong();
  wire::ServerFrame second_challenge;
  second_challenge.mutable_challenge()->set_nonce(std::string(wire::kNonceBytes, 'n'));
  second_challenge.mutable_challenge()->set_protocol_version(wire::kProtocolVersion);
  wire::ServerFrame room;
  room.mutable_room_entry()->set_room("../etc");
  relay.inject(bob, {unknown, stray_answer, second_challenge, room});
  relay.inject(bob, {wire::error_frame(0, wire::RATE_LIMITED, "\x1b[31mslow down")});
  std::vector<Problem> problems;
  std::vector<Failure> server_errors;
  for (size_t i = before; i < bob.events.size(); ++i) {
    if (auto* p = std::get_if<event::ProtocolError>(&bob.events[i])) problems.push_back(p->problem);
    if (auto* s = std::get_if<event::ServerError>(&bob.events[i])) {
      server_errors.push_back(s->failure);
    }
  }
  EXPECT_EQ(problems,
            (std::vector<Problem>{Problem::unreadable_message, Problem::unreadable_message,
                                  Problem::unknown_frame, Problem::stray_answer,
                                  Problem::second_challenge, Problem::malformed_room_entry}));
  ASSERT_EQ(server_errors.size(), 1u);
  EXPECT_EQ(server_errors[0].problem, Problem::rate_limited);
  EXPECT_EQ(server_errors[0].code, Errc::unavailable);
  EXPECT_EQ(server_errors[0].detail, "");  // a known code: the relay's words are not kept

  // Still working afterwards.
  ASSERT_TRUE(alice.engine.send_text(bob.engine.account_id(), "still there?", 1).ok());
  relay.pump();
  ASSERT_EQ(bob.seen<event::MessageReceived>().size(), 1u);
  EXPECT_EQ(bob.seen<event::MessageReceived>()[0].message.text, "still there?");
}

TEST_F(SessionTest, ALostConnectionFailsEachWaitingRequestOnce) {
  // Asked, sent, and the connection drops before any answer.
  const RequestId rooms = alice.engine.list_rooms();
  const RequestId members = alice.engine.list_members("brussels");
  relay.disconnect(alice);
  for (RequestId r : {rooms, members}) {
    auto failed = alice.failures(r);
    ASSERT_EQ(failed.size(), 1u) << r;
    EXPECT_EQ(failed[0].failure.problem, Problem::not_connected);
  }
  EXPECT_TRUE(alice.seen<event::RoomsListed>().empty());
  // Nothing of the old connection leaves on the new one, and nothing answers twice.
  relay.connect_and_log_in(alice);
  EXPECT_EQ(alice.failures(rooms).size(), 1u);
  EXPECT_TRUE(alice.seen<event::RoomsListed>().empty());
  // Not connected: refused at once.
  relay.disconnect(alice);
  const RequestId offline = alice.engine.list_rooms();
  relay.pump();
  ASSERT_EQ(alice.failures(offline).size(), 1u);
  EXPECT_EQ(alice.failures(offline)[0].failure.problem, Problem::not_connected);
}

TEST_F(SessionTest, AnswersOfTheWrongKindFailTheRequestAndAreReported) {
  // A relay that answers a key-bundle request with something else.
  alice.rewrite = [](wire::ServerFrame& f) {
    if (f.has_bundle()) f.mutable_pong();
  };
  auto r = alice.engine.send_text(bob.engine.account_id(), "hello?", 1);
  ASSERT_TRUE(r.ok());
  relay.pump();
  auto failed = alice.failures(*r);
  ASSERT_EQ(failed.size(), 1u);
  EXPECT_EQ(failed[0].failure.problem, Problem::wrong_answer);
  EXPECT_EQ(failed[0].failure.code, Errc::protocol);
  ASSERT_EQ(alice.seen<event::ProtocolError>().size(), 1u);
  EXPECT_EQ(alice.seen<event::ProtocolError>()[0].problem, Problem::wrong_answer);
  EXPECT_TRUE(bob.seen<event::MessageReceived>().empty());
}

}  // namespace
}  // namespace relais::engine

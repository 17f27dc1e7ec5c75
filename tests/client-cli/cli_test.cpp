// The CLI's commands that need no relay, and its errors, through run() as main() calls it.
// Talking to a real relaisd is the end-to-end tests' part (tests/e2e).
#include "client-cli/cli.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/json.hpp>
#include <sstream>

#include "client-cli/profile.h"
#include "core/crypto/random.h"
#include "core/engine/engine.h"
#include "core/vault/vault.h"
#include "core/wire/contract.h"
#include "core/wire/frames.h"
#include "tests/support/temp_dir.h"

namespace relais::cli {
namespace {

namespace json = boost::json;

struct Outcome {
  int code;
  std::string out;
  std::string err;
};

Outcome cli(std::vector<std::string> args) {
  std::ostringstream out, err;
  const int code = run(args, out, err);
  return {code, out.str(), err.str()};
}

json::object json_line(const std::string& text) {
  json::error_code ec;
  auto v = json::parse(text, ec);
  EXPECT_FALSE(ec) << text;
  return v.is_object() ? v.as_object() : json::object{};
}

// A port on which nothing listens.
std::string closed_port() {
  boost::asio::io_context io;
  boost::asio::ip::tcp::acceptor a(
      io, boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), 0));
  return std::to_string(a.local_endpoint().port());
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::setenv("RELAIS_PASSPHRASE", "correct horse", 1);
    ::setenv("RELAIS_VAULT_KDF_LOG2N", "10", 1);
    home = (dir / "home").string();
  }
  void TearDown() override {
    ::unsetenv("RELAIS_PASSPHRASE");
    ::unsetenv("RELAIS_VAULT_KDF_LOG2N");
  }

  // A registered profile, made without a relay: the engine is fed the relay's two answers.
  AccountId make_profile(const std::string& name, const std::string& server) {
    auto e = engine::Engine::create({name, server, "", ""});
    EXPECT_TRUE(e.ok());
    e->on_connected();
    wire::ServerFrame challenge;
    challenge.mutable_challenge()->set_nonce(std::string(32, 'n'));
    challenge.mutable_challenge()->set_protocol_version(wire::kProtocolVersion);
    e->on_message(wire::encode_server_batch({challenge}), 1);
    auto out = e->take_outgoing();
    EXPECT_EQ(out.size(), 1u);
    auto batch = wire::decode_client_batch(out.at(0));
    EXPECT_TRUE(batch.ok());
    const AccountId id = *AccountId::from_bytes(crypto::random_bytes(16));
    wire::ServerFrame registered;
    registered.set_id(batch->frames(0).id());
    registered.mutable_registered()->set_account_id(id.bytes());
    e->on_message(wire::encode_server_batch({registered}), 2);
    EXPECT_TRUE(e->registered());
    auto v = vault::Vault::create(home, "correct horse", {10, 8, 1});
    EXPECT_TRUE(v.ok());
    EXPECT_TRUE(v->save(e->serialize()).ok());
    return id;
  }

  testing::TempDir dir;
  std::string home;
};

TEST_F(CliTest, UsageErrorsExitWithTwoAndOneSentence) {
  auto r = cli({"--home", home, "fly"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(r.err, "relais: Unknown command 'fly'; see relais --help.\n");
  auto h = cli({"--help"});
  EXPECT_EQ(h.code, kExitOk);
  EXPECT_NE(h.out.find("Usage: relais"), std::string::npos);
}

TEST_F(CliTest, ExplainsAMissingProfile) {
  auto r = cli({"--home", home, "whoami", "--json"});
  EXPECT_EQ(r.code, kExitFailure);
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(r.err,
            "relais: There is no profile in " + home + "; create one with relais register.\n");
}

TEST_F(CliTest, WhoamiAndContacts) {
  const AccountId me = make_profile("Zoë", "ws://127.0.0.1:1");
  auto w = cli({"--home", home, "whoami", "--json"});
  ASSERT_EQ(w.code, kExitOk) << w.err;
  auto o = json_line(w.out);
  EXPECT_EQ(o.at("id").as_string(), me.text());
  EXPECT_EQ(o.at("name").as_string(), "Zoë");
  EXPECT_EQ(o.at("fingerprint").as_string().size(), 64u);

  const std::string bob = AccountId::from_bytes(crypto::random_bytes(16))->text();
  auto add = cli({"--home", home, "contact", "add", "bob", bob, "--json"});
  ASSERT_EQ(add.code, kExitOk) << add.err;
  EXPECT_EQ(json_line(add.out).at("id").as_string(), bob);
  EXPECT_FALSE(json_line(add.out).at("replaced").as_bool());
  auto list = cli({"--home", home, "--json", "contacts"});
  ASSERT_EQ(list.code, kExitOk) << list.err;
  auto c = json_line(list.out);
  EXPECT_EQ(c.at("name").as_string(), "bob");
  EXPECT_EQ(c.at("id").as_string(), bob);

  auto text = cli({"--home", home, "contacts"});
  EXPECT_EQ(text.out, bob + "  bob\n");

  auto bad = cli({"--home", home, "contact", "add", "carol", "not-an-id"});
  EXPECT_EQ(bad.code, kExitFailure);
  EXPECT_NE(bad.err.find("is not a Relais id"), std::string::npos);
  auto same = cli({"--home", home, "contact", "add", "robert", bob});
  EXPECT_EQ(same.code, kExitFailure);
  EXPECT_NE(same.err.find("already the contact bob"), std::string::npos);
  auto self = cli({"--home", home, "contact", "add", "me", me.text()});
  EXPECT_EQ(self.code, kExitFailure);
}

// A disk that refuses the save: the command says so and fails, and nothing half-done is kept.
TEST_F(CliTest, AContactThatCannotBeSavedIsAnError) {
  make_profile("Zoë", "ws://127.0.0.1:1");
  const std::string bob = AccountId::from_bytes(crypto::random_bytes(16))->text();
  const std::string blocker = home + "/relais.vault.tmp";  // the vault's temporary file name
  ASSERT_EQ(::mkdir(blocker.c_str(), 0700), 0);
  auto add = cli({"--home", home, "contact", "add", "bob", bob});
  EXPECT_EQ(add.code, kExitFailure);
  EXPECT_TRUE(add.out.empty());
  EXPECT_NE(add.err.find("could not be saved"), std::string::npos) << add.err;
  EXPECT_EQ(std::count(add.err.begin(), add.err.end(), '\n'), 1);
  ASSERT_EQ(::rmdir(blocker.c_str()), 0);
  EXPECT_EQ(cli({"--home", home, "contacts"}).out,
            "No contacts yet; add one with: relais contact add NAME ID\n");
}

TEST_F(CliTest, RefusesAWrongPassphrase) {
  make_profile("Zoë", "ws://127.0.0.1:1");
  ::setenv("RELAIS_PASSPHRASE", "wrong", 1);
  auto r = cli({"--home", home, "whoami"});
  EXPECT_EQ(r.code, kExitFailure);
  EXPECT_EQ(r.err, "relais: Wrong passphrase for the profile in " + home + ".\n");
  ::setenv("RELAIS_PASSPHRASE", "", 1);
  EXPECT_NE(cli({"--home", home, "whoami"}).err.find("RELAIS_PASSPHRASE"), std::string::npos);
}

TEST_F(CliTest, SendNamesTheProblem) {
  make_profile("Zoë", "ws://127.0.0.1:" + closed_port());
  auto unknown = cli({"--home", home, "send", "bob", "hello"});
  EXPECT_EQ(unknown.code, kExitFailure);
  EXPECT_EQ(unknown.err,
            "relais: There is no contact named bob; add one with relais contact add NAME ID.\n");
  const std::string bob = AccountId::from_bytes(crypto::random_bytes(16))->text();
  ASSERT_EQ(cli({"--home", home, "contact", "add", "bob", bob}).code, kExitOk);
  auto unreachable = cli({"--home", home, "send", "bob", "hello"});
  EXPECT_EQ(unreachable.code, kExitFailure);
  EXPECT_NE(unreachable.err.find("cannot be reached"), std::string::npos) << unreachable.err;
  EXPECT_EQ(std::count(unreachable.err.begin(), unreachable.err.end(), '\n'), 1);
  auto sn = cli({"--home", home, "safety-number", "carol"});
  EXPECT_EQ(sn.code, kExitFailure);
  EXPECT_NE(sn.err.find("no contact named carol"), std::string::npos);
}

TEST_F(CliTest, RegisterChecksBeforeConnecting) {
  auto bad_url = cli({"--home", home, "register", "--server", "http://x", "--name", "Zoë"});
  EXPECT_EQ(bad_url.code, kExitFailure);
  EXPECT_NE(bad_url.err.find("ws:// or wss://"), std::string::npos);
  auto bad_name = cli({"--home", home, "register", "--server", "ws://127.0.0.1:1", "--name", " x"});
  EXPECT_EQ(bad_name.code, kExitFailure);
  EXPECT_NE(bad_name.err.find("pseudonym"), std::string::npos);
  auto bad_ca = cli({"--home", home, "register", "--server", "wss://h:1", "--name", "Zoë", "--ca",
                     (dir / "missing.pem").string()});
  EXPECT_EQ(bad_ca.code, kExitFailure);
  EXPECT_NE(bad_ca.err.find("missing.pem"), std::string::npos);
  ::setenv("RELAIS_VAULT_KDF_LOG2N", "3", 1);
  auto bad_kdf = cli({"--home", home, "register", "--server", "ws://127.0.0.1:1", "--name", "Zoë"});
  EXPECT_NE(bad_kdf.err.find("RELAIS_VAULT_KDF_LOG2N"), std::string::npos);
  ::setenv("RELAIS_VAULT_KDF_LOG2N", "10", 1);
  auto unreachable = cli(
      {"--home", home, "register", "--server", "ws://127.0.0.1:" + closed_port(), "--name", "Zoë"});
  EXPECT_EQ(unreachable.code, kExitFailure);
  EXPECT_NE(unreachable.err.find("cannot be reached"), std::string::npos) << unreachable.err;
  EXPECT_FALSE(vault::Vault::exists(home));  // nothing is kept from a failed registration

  make_profile("Zoë", "ws://127.0.0.1:1");
  auto again = cli({"--home", home, "register", "--server", "ws://127.0.0.1:1", "--name", "Zoë"});
  EXPECT_EQ(again.code, kExitFailure);
  EXPECT_NE(again.err.find("already registered"), std::string::npos);
  struct stat st {};
  ASSERT_EQ(::stat(home.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700u);
}

TEST_F(CliTest, HomeDefaultsToTheEnvironment) {
  ::setenv("RELAIS_HOME", "/somewhere/else", 1);
  EXPECT_EQ(*resolve_home(""), "/somewhere/else");
  EXPECT_EQ(*resolve_home("/given"), "/given");
  ::unsetenv("RELAIS_HOME");
  const char* h = ::getenv("HOME");
  if (h) {
    EXPECT_EQ(*resolve_home(""), std::string(h) + "/.relais");
  }
}

}  // namespace
}  // namespace relais::cli

// Writes the seed corpora of the fuzz targets: `relais_fuzz_corpus DIR` fills DIR/vault and
// DIR/wire with a few small valid inputs each.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/crypto/random.h"
#include "core/vault/format.h"
#include "core/wire/contract.h"
#include "core/wire/frames.h"
#include "tests/fuzz/fuzz_passphrase.h"

namespace {

using namespace relais;
namespace fs = std::filesystem;

bool write(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

bool write_vaults(const fs::path& dir) {
  const std::string salt = crypto::random_bytes(vault::kSaltBytes);
  auto keys = vault::derive_keys(fuzz::kVaultPassphrase, salt, fuzz::kVaultParams);
  auto other = vault::derive_keys("not the fuzz passphrase", salt, fuzz::kVaultParams);
  if (!keys.ok() || !other.ok()) return false;
  struct Seed {
    const char* name;
    const vault::VaultKeys* keys;
    std::string contents;
  };
  const std::vector<Seed> seeds = {
      {"empty.vault", &*keys, ""},
      {"state.vault", &*keys, R"({"name":"fuzz","contacts":[],"signal":"AAEC"})"},
      {"binary.vault", &*keys, std::string("\0\1\2\3\xff\xfe", 6) + std::string(200, 'x')},
      {"other-passphrase.vault", &*other, "sealed under another passphrase"},
  };
  for (const Seed& seed : seeds) {
    auto file = vault::seal_file(*seed.keys, fuzz::kVaultParams, salt, seed.contents);
    if (!file.ok() || !write(dir / seed.name, *file)) return false;
  }
  return true;
}

bool write_wire(const fs::path& dir) {
  wire::ClientFrame ping;
  ping.set_id(1);
  ping.mutable_ping();

  wire::ClientFrame login;
  login.set_id(2);
  login.mutable_login()->set_account_id(std::string(16, 'a'));
  login.mutable_login()->set_signature(std::string(64, 's'));

  wire::ClientFrame send;
  send.set_id(3);
  send.mutable_send()->set_to(std::string(16, 'b'));
  send.mutable_send()->set_message_id(std::string(16, 'm'));
  send.mutable_send()->set_type(wire::SEALED_MESSAGE);
  send.mutable_send()->set_ciphertext("\x01" + std::string(80, 'c'));

  wire::ClientFrame ack;
  ack.mutable_ack()->add_seqs(7);
  ack.mutable_ack()->add_seqs(8);

  wire::ClientFrame reg;
  reg.set_id(4);
  reg.mutable_register_()->set_identity_key(std::string(33, '\x05'));
  reg.mutable_register_()->set_registration_id(1234);
  auto* prekey = reg.mutable_register_()->add_prekeys();
  prekey->set_id(1);
  prekey->set_public_key(std::string(33, '\x05'));

  wire::ServerFrame challenge;
  challenge.mutable_challenge()->set_nonce(std::string(32, 'n'));
  challenge.mutable_challenge()->set_protocol_version(wire::kProtocolVersion);
  challenge.mutable_challenge()->set_max_message_bytes(wire::kDefaultMaxMessageBytes);

  wire::ServerFrame envelope;
  envelope.mutable_envelope()->set_seq(7);
  envelope.mutable_envelope()->set_message_id(std::string(16, 'm'));
  envelope.mutable_envelope()->set_type(wire::SEALED_MESSAGE);
  envelope.mutable_envelope()->set_ciphertext("\x01" + std::string(100, 'c'));
  envelope.mutable_envelope()->set_server_time_ms(1700000000000);

  return write(dir / "client-ping", wire::encode_client_batch({ping})) &&
         write(dir / "client-register", wire::encode_client_batch({reg})) &&
         write(dir / "client-login-send-ack", wire::encode_client_batch({login, send, ack})) &&
         write(dir / "server-challenge", wire::encode_server_batch({challenge})) &&
         write(dir / "server-envelopes", wire::encode_server_batch({envelope, envelope})) &&
         write(dir / "server-error-ok",
               wire::encode_server_batch(
                   {wire::error_frame(2, wire::MALFORMED, "Bad frame."), wire::ok_frame(3)}));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: relais_fuzz_corpus DIR\n");
    return 2;
  }
  const fs::path root = argv[1];
  std::error_code ec;
  fs::create_directories(root / "vault", ec);
  fs::create_directories(root / "wire", ec);
  if (!write_vaults(root / "vault") || !write_wire(root / "wire")) {
    std::fprintf(stderr, "relais_fuzz_corpus: could not write the corpus\n");
    return 1;
  }
  return 0;
}

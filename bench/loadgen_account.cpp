#include "bench/loadgen_account.h"

#include <sys/stat.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/base/encoding.h"
#include "core/crypto/digest.h"
#include "core/crypto/random.h"
#include "core/wire/contract.h"

namespace relais::bench {
namespace {

constexpr uint32_t kMaxRegistrationId = 16380;  // libsignal's range

void put_le64(char* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out[i] = static_cast<char>((v >> (8 * i)) & 0xff);
}

uint64_t get_le64(const char* in) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= uint64_t{static_cast<unsigned char>(in[i])} << (8 * i);
  return v;
}

}  // namespace

BenchAccount new_account() {
  return BenchAccount{{}, signal::generate_key_pair()};
}

Result<wire::ClientFrame> register_frame(const BenchAccount& account, std::string_view nonce,
                                         uint32_t pow_difficulty, size_t prekeys, uint64_t id) {
  wire::ClientFrame frame;
  frame.set_id(id);
  auto* reg = frame.mutable_register_();
  reg->set_identity_key(account.identity.public_key);
  const std::string r = crypto::random_bytes(2);
  const uint32_t random16 =
      (uint32_t{static_cast<unsigned char>(r[0])} << 8) | static_cast<unsigned char>(r[1]);
  reg->set_registration_id(1 + random16 % kMaxRegistrationId);

  const auto signed_prekey = signal::generate_key_pair();
  RELAIS_TRY_ASSIGN(auto spk_signature,
                    signal::sign(account.identity.private_key, signed_prekey.public_key));
  auto* spk = reg->mutable_signed_prekey();
  spk->set_id(1);
  spk->set_public_key(signed_prekey.public_key);
  spk->set_signature(std::move(spk_signature));
  for (size_t i = 0; i < prekeys; ++i) {
    auto* p = reg->add_prekeys();
    p->set_id(static_cast<uint32_t>(i + 1));
    p->set_public_key(signal::generate_key_pair().public_key);
  }
  RELAIS_TRY_ASSIGN(auto signature,
                    signal::sign(account.identity.private_key,
                                 wire::register_proof_input(nonce, account.identity.public_key)));
  reg->set_signature(std::move(signature));
  if (pow_difficulty > 0) reg->set_pow_nonce(wire::solve_proof_of_work(nonce, pow_difficulty));
  return frame;
}

Result<wire::ClientFrame> login_frame(const BenchAccount& account, std::string_view nonce,
                                      uint64_t id) {
  if (account.account_id.size() != wire::kAccountIdBytes) {
    return Error{Errc::invalid_argument, "The account has no id yet: register it first."};
  }
  RELAIS_TRY_ASSIGN(auto signature,
                    signal::sign(account.identity.private_key,
                                 wire::login_proof_input(nonce, account.account_id)));
  wire::ClientFrame frame;
  frame.set_id(id);
  frame.mutable_login()->set_account_id(account.account_id);
  frame.mutable_login()->set_signature(std::move(signature));
  return frame;
}

Status save_accounts(const std::string& path, const std::vector<BenchAccount>& accounts) {
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::trunc);
    if (!out) return Error{Errc::io, "The accounts file " + temp + " cannot be written."};
    ::chmod(temp.c_str(), S_IRUSR | S_IWUSR);
    for (const auto& a : accounts) {
      if (a.account_id.empty()) continue;
      out << to_hex(a.account_id) << ' ' << to_hex(a.identity.public_key) << ' '
          << to_hex(a.identity.private_key) << '\n';
    }
    if (!out.flush())
      return Error{Errc::io, "The accounts file " + temp + " could not be written fully."};
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec)
    return Error{Errc::io,
                 "The accounts file " + path + " could not be replaced: " + ec.message() + "."};
  return ok_status();
}

Result<std::vector<BenchAccount>> load_accounts(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{Errc::not_found, "There is no accounts file " + path + "."};
  std::vector<BenchAccount> accounts;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty()) continue;
    std::istringstream fields(line);
    std::string id_hex, public_hex, private_hex, extra;
    fields >> id_hex >> public_hex >> private_hex;
    auto id = from_hex(id_hex);
    auto pub = from_hex(public_hex);
    auto priv = from_hex(private_hex);
    if (!id || !pub || !priv || (fields >> extra) || id->size() != wire::kAccountIdBytes ||
        !signal::is_public_key(*pub) || priv->size() != signal::kPrivateKeySize) {
      return Error{Errc::corrupt, path + ":" + std::to_string(n) + ": not an account line."};
    }
    accounts.push_back(BenchAccount{*id, signal::KeyPair{*pub, *priv}});
  }
  return accounts;
}

void stamp_payload(std::string& ciphertext, uint64_t run_tag, uint64_t send_ns, size_t offset) {
  if (ciphertext.size() < offset + kPayloadHeader) ciphertext.resize(offset + kPayloadHeader);
  put_le64(ciphertext.data() + offset, run_tag);
  put_le64(ciphertext.data() + offset + 8, send_ns);
}

std::optional<uint64_t> payload_send_time(std::string_view ciphertext, uint64_t run_tag,
                                          size_t offset) {
  if (ciphertext.size() < offset + kPayloadHeader ||
      get_le64(ciphertext.data() + offset) != run_tag) {
    return std::nullopt;
  }
  return get_le64(ciphertext.data() + offset + 8);
}

}  // namespace relais::bench

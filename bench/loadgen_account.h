// The generator's accounts: real identity keys, real registration and log-in frames (XEdDSA over
// the connection's challenge, as docs in session.md and proto/relais.proto say), and the stand-in
// ciphertexts that carry their send time so the recipient can measure end-to-end latency.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"
#include "core/crypto/digest.h"
#include "core/signal/keys.h"
#include "relais.pb.h"

namespace relais::bench {

struct BenchAccount {
  std::string account_id;  // 16 bytes given by the relay; empty until registered
  signal::KeyPair identity;
};

BenchAccount new_account();

// Register{...} answering a challenge: a fresh signed prekey, `prekeys` one-time prekeys, the
// signature over "relais-register-v1" || nonce || identity key, and a proof of work if asked.
Result<wire::ClientFrame> register_frame(const BenchAccount& account, std::string_view nonce,
                                         uint32_t pow_difficulty, size_t prekeys, uint64_t id);

// Login{account_id, signature over "relais-login-v1" || nonce || account_id}.
Result<wire::ClientFrame> login_frame(const BenchAccount& account, std::string_view nonce,
                                      uint64_t id);

using crypto::leading_zero_bits;

// Registered accounts, one a line: account id, public key, private key, in hex. The file holds
// private keys of throw-away benchmark accounts; it is written owner-only all the same.
Status save_accounts(const std::string& path, const std::vector<BenchAccount>& accounts);
// Errc::not_found when the file does not exist; Errc::corrupt for a malformed line.
Result<std::vector<BenchAccount>> load_accounts(const std::string& path);

// Stand-in ciphertexts: random bytes whose kPayloadHeader bytes from `offset` are the run's tag
// and the send time (steady clock, ns), so envelopes left over from an earlier run are told
// apart. One-to-one ones start with the sealed layer's version byte (offset 1), as the relay
// checks that much of a sealed envelope's shape.
inline constexpr size_t kPayloadHeader = 16;
void stamp_payload(std::string& ciphertext, uint64_t run_tag, uint64_t send_ns, size_t offset = 0);
// The send time, or nullopt for a ciphertext of another run (or too short).
std::optional<uint64_t> payload_send_time(std::string_view ciphertext, uint64_t run_tag,
                                          size_t offset = 0);

}  // namespace relais::bench

// One device's Signal state behind a small C++ face over libsignal-protocol-c. Nothing outside
// core/signal includes signal_protocol.h; replacing the library is a change to this folder.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace relais::signal {

struct Prekey {
  uint32_t id = 0;
  std::string public_key;  // 33 bytes
};

struct SignedPrekey {
  uint32_t id = 0;
  std::string public_key;  // 33 bytes
  std::string signature;   // 64 bytes, by the identity key over public_key
};

struct PrekeyBundle {
  uint32_t registration_id = 0;
  std::string identity_key;  // 33 bytes
  SignedPrekey signed_prekey;
  std::optional<Prekey> prekey;  // one-time prekey; absent when the relay ran out
};

enum class MessageType { prekey, signal };  // wire EnvelopeType PREKEY_MESSAGE / SIGNAL_MESSAGE

struct Ciphertext {
  MessageType type = MessageType::signal;
  std::string bytes;  // libsignal's own serialized message
};

// What the sealed layer of a one-to-one envelope carries (core/signal/sealed.h).
struct Unsealed {
  std::string sender;  // 16 bytes: the account the sender claims to be
  Ciphertext message;
};

struct Decrypted {
  std::string plaintext;
  bool identity_changed = false;  // the peer's identity key differs from the one we knew
};

// One device's whole Signal state (identity, prekeys, sessions, peer identities, sender keys),
// serializable as one blob that the client keeps in its encrypted vault. Peers are named by an
// opaque string (the engine uses the account id's text form); every peer is device id 1.
//
// Not thread-safe: one Protocol is used by one thread at a time (the engine's). Not copyable.
class Protocol {
 public:
  // A fresh identity key pair, registration id and signed prekey (no one-time prekeys yet).
  static Result<std::unique_ptr<Protocol>> create_new();
  // Errc::corrupt when the blob does not decode.
  static Result<std::unique_ptr<Protocol>> restore(std::string_view state);
  ~Protocol();
  Protocol(const Protocol&) = delete;
  Protocol& operator=(const Protocol&) = delete;

  std::string serialize() const;
  const std::string& identity_public_key() const;  // 33 bytes
  uint32_t registration_id() const;
  Result<std::string> sign(std::string_view message) const;  // with the identity key

  SignedPrekey signed_prekey() const;  // the current one
  // A new signed prekey becomes current; the two previous ones are kept so that sessions started
  // from a bundle that still carried one complete (older ones: decrypt gives Errc::not_found).
  Result<SignedPrekey> rotate_signed_prekey();
  // Stored until a peer's prekey message consumes them; ids are never reused.
  Result<std::vector<Prekey>> generate_prekeys(size_t count);
  size_t prekeys_left() const;

  // X3DH from a peer's bundle. Errc::crypto on a bad signed-prekey signature,
  // Errc::invalid_argument for malformed keys. A changed peer identity is accepted.
  Status process_bundle(const std::string& peer, const PrekeyBundle& bundle);
  bool has_session(const std::string& peer) const;
  void delete_session(const std::string& peer);
  // Errc::not_found without a session.
  Result<Ciphertext> encrypt(const std::string& peer, std::string_view plaintext);
  // Errc::already_exists for a duplicate, Errc::not_found for a signal message without session
  // (or a prekey message naming a one-time prekey we no longer have), Errc::corrupt / Errc::crypto
  // for garbage. A peer whose identity key changed (re-installed) is accepted (trust on first use,
  // then accept-and-report): identity_changed tells the engine to warn.
  Result<Decrypted> decrypt(const std::string& peer, const Ciphertext& ct);
  std::optional<std::string> peer_identity(const std::string& peer) const;
  // The engine told the person of the peer's new key itself (a bundle's): the next decrypt must
  // not report the same change again.
  void forget_identity_change(const std::string& peer);
  // Opens a sealed envelope addressed to this device's identity key (core/signal/sealed.h);
  // Errc::corrupt for anything else. The sender it names is a claim still to be checked.
  Result<Unsealed> unseal(std::string_view message_id, std::string_view sealed) const;
  // Safety number: libsignal's displayable fingerprint, 60 digits (5200 SHA-512 iterations;
  // libsignal-protocol-c 2.3 has scannable formats 0 and 1 only, we use 1), for local (own_id,
  // own identity key) and remote (peer, peer's identity key); both sides get the same digits
  // when each one's own_id is the name the other uses for it (the account id's text form).
  // Errc::not_found when the peer's identity is unknown, Errc::invalid_argument for an id with NUL.
  Result<std::string> safety_number(std::string_view own_id, const std::string& peer) const;

  // Sender Keys for rooms: `group` is the room id, `sender`/`own_name` the sending member's name.
  // Creates our sender key if needed; returns a serialized SenderKeyDistributionMessage.
  Result<std::string> own_distribution(const std::string& group, const std::string& own_name);
  // Errc::corrupt for a malformed distribution.
  Status process_distribution(const std::string& group, const std::string& sender,
                              std::string_view distribution);
  // Errc::not_found when own_distribution has not been called for this group since the last
  // rotation.
  Result<std::string> group_encrypt(const std::string& group, const std::string& own_name,
                                    std::string_view plaintext);
  // Errc::not_found: no sender key from this sender (or not the one this message was sent with),
  // Errc::already_exists for a duplicate, Errc::corrupt / Errc::crypto for garbage.
  Result<std::string> group_decrypt(const std::string& group, const std::string& sender,
                                    std::string_view ciphertext);
  // Forgets our own sender key; the next own_distribution makes a fresh one.
  void rotate_own_sender_key(const std::string& group, const std::string& own_name);

  struct State;  // the stores and the libsignal context; defined in protocol.cpp

 private:
  explicit Protocol(std::unique_ptr<State> state);
  std::unique_ptr<State> s_;
};

}  // namespace relais::signal

#include "core/signal/protocol.h"

#include <key_helper.h>
#include <session_pre_key.h>

#include <chrono>
#include <limits>

#include "core/signal/keys.h"
#include "core/signal/sealed.h"
#include "core/signal/state.h"
#include "signal_state.pb.h"

namespace relais::signal {

using detail::Buffer;
using detail::BufferOut;
using detail::bytes;
using detail::kDeviceId;
using detail::Ref;
using detail::signal_error;
using detail::to_string;

namespace {

constexpr uint32_t kStateVersion = 1;
// libsignal treats 0xFFFFFF as a "last resort" prekey that is never removed; stay below it.
constexpr uint32_t kMaxKeyId = PRE_KEY_MEDIUM_MAX_VALUE - 1;
constexpr size_t kMaxPrekeysPerCall = 1000;
// Signed prekeys kept after rotation, so that a prekey message built from a bundle fetched just
// before the rotation still completes.
constexpr size_t kSignedPrekeysKept = 3;
// Signal's own iteration count for safety numbers, and the newest scannable format that
// libsignal-protocol-c 2.3 knows (0 or 1); the displayable digits do not depend on it.
constexpr int kFingerprintIterations = 5200;
constexpr int kFingerprintScannableVersion = 1;

// The address libsignal sees for a peer; it points into `peer`, which must outlive it.
signal_protocol_address address_of(const std::string& peer) {
  return {peer.c_str(), peer.size(), kDeviceId};
}

signal_protocol_sender_key_name sender_key_name(const std::string& group,
                                                const std::string& sender) {
  return {group.c_str(), group.size(), address_of(sender)};
}

Result<Ref<ec_public_key>> decode_public(signal_context* ctx, std::string_view serialized,
                                         const char* what) {
  Ref<ec_public_key> key;
  if (!is_public_key(serialized) ||
      curve_decode_point(key.out(), bytes(serialized), serialized.size(), ctx) != SG_SUCCESS) {
    return Error{Errc::invalid_argument, what};
  }
  return key;
}

std::string serialize_public(const ec_public_key* key) {
  Buffer out;
  if (ec_public_key_serialize(BufferOut(out), key) != SG_SUCCESS) return {};
  return to_string(out.get());
}

std::string serialized_message(const ciphertext_message* message) {
  return to_string(ciphertext_message_get_serialized(message));
}

uint64_t now_ms() {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count());
}

// Reads the public half and signature out of a stored signed prekey record.
Result<SignedPrekey> describe_signed_prekey(signal_context* ctx, const std::string& record) {
  Ref<session_signed_pre_key> key;
  if (session_signed_pre_key_deserialize(key.out(), bytes(record), record.size(), ctx) !=
      SG_SUCCESS) {
    return Error{Errc::corrupt, "A stored signed prekey does not decode."};
  }
  SignedPrekey out;
  out.id = session_signed_pre_key_get_id(key.get());
  out.public_key =
      serialize_public(ec_key_pair_get_public(session_signed_pre_key_get_key_pair(key.get())));
  out.signature.assign(
      reinterpret_cast<const char*>(session_signed_pre_key_get_signature(key.get())),
      session_signed_pre_key_get_signature_len(key.get()));
  if (out.public_key.empty())
    return Error{Errc::corrupt, "A stored signed prekey does not decode."};
  return out;
}

// Contexts, stores and the identity key pair object for state whose fields are already set.
Status attach(Protocol::State& s) {
  RELAIS_TRY_ASSIGN(s.context, detail::make_context(s.mutex));
  RELAIS_TRY(detail::install_stores(s));
  Ref<ec_public_key> pub;
  Ref<ec_private_key> priv;
  Ref<ec_public_key> derived;
  if (s.identity_public.size() != kPublicKeySize || s.identity_private.size() != kPrivateKeySize ||
      curve_decode_point(pub.out(), bytes(s.identity_public), s.identity_public.size(),
                         s.context.get()) != SG_SUCCESS ||
      curve_decode_private_point(priv.out(), bytes(s.identity_private), s.identity_private.size(),
                                 s.context.get()) != SG_SUCCESS ||
      curve_generate_public_key(derived.out(), priv.get()) != SG_SUCCESS ||
      ec_public_key_compare(pub.get(), derived.get()) != 0) {
    return Error{Errc::corrupt, "The stored identity key does not decode."};
  }
  if (ratchet_identity_key_pair_create(s.identity.out(), pub.get(), priv.get()) != SG_SUCCESS) {
    return Error{Errc::internal, "The identity key pair could not be built."};
  }
  return ok_status();
}

// Makes a signed prekey with the next id, stores it and makes it current; drops the oldest
// beyond kSignedPrekeysKept.
Result<SignedPrekey> add_signed_prekey(Protocol::State& s) {
  if (s.next_signed_prekey_id > kMaxKeyId)
    return Error{Errc::internal, "Signed prekey ids are exhausted."};
  const uint32_t id = s.next_signed_prekey_id;
  Ref<session_signed_pre_key> key;
  int rc = signal_protocol_key_helper_generate_signed_pre_key(key.out(), s.identity.get(), id,
                                                              now_ms(), s.context.get());
  if (rc != SG_SUCCESS) return signal_error(rc, "A signed prekey could not be made.");
  Buffer record;
  rc = session_signed_pre_key_serialize(BufferOut(record), key.get());
  if (rc != SG_SUCCESS) return signal_error(rc, "A signed prekey could not be stored.");
  std::string stored = to_string(record.get());
  RELAIS_TRY_ASSIGN(SignedPrekey described, describe_signed_prekey(s.context.get(), stored));
  s.signed_prekeys[id] = std::move(stored);
  s.current_signed_prekey_id = id;
  s.current_signed_prekey = described;
  s.next_signed_prekey_id = id + 1;
  while (s.signed_prekeys.size() > kSignedPrekeysKept)
    s.signed_prekeys.erase(s.signed_prekeys.begin());
  return described;
}

}  // namespace

Protocol::Protocol(std::unique_ptr<State> state) : s_(std::move(state)) {}
Protocol::~Protocol() = default;

Result<std::unique_ptr<Protocol>> Protocol::create_new() {
  auto s = std::make_unique<State>();
  KeyPair identity = generate_key_pair();
  s->identity_public = std::move(identity.public_key);
  s->identity_private = std::move(identity.private_key);
  RELAIS_TRY(attach(*s));
  int rc =
      signal_protocol_key_helper_generate_registration_id(&s->registration_id, 0, s->context.get());
  if (rc != SG_SUCCESS) return signal_error(rc, "A registration id could not be made.");
  RELAIS_TRY(add_signed_prekey(*s));
  return std::unique_ptr<Protocol>(new Protocol(std::move(s)));
}

Result<std::unique_ptr<Protocol>> Protocol::restore(std::string_view blob) {
  signal_state::ProtocolState in;
  if (blob.size() > static_cast<size_t>(std::numeric_limits<int>::max()) ||
      !in.ParseFromArray(blob.data(), static_cast<int>(blob.size()))) {
    return Error{Errc::corrupt, "The Signal state does not decode."};
  }
  if (in.version() != kStateVersion)
    return Error{Errc::corrupt, "The Signal state has an unknown version."};
  auto s = std::make_unique<State>();
  s->identity_public = in.identity_public();
  s->identity_private = in.identity_private();
  s->registration_id = in.registration_id();
  s->current_signed_prekey_id = in.current_signed_prekey_id();
  s->next_signed_prekey_id = in.next_signed_prekey_id();
  s->next_prekey_id = in.next_prekey_id();
  for (const auto& k : in.prekeys()) s->prekeys[k.id()] = k.record();
  for (const auto& k : in.signed_prekeys()) s->signed_prekeys[k.id()] = k.record();
  for (const auto& e : in.sessions())
    s->sessions[{e.name(), e.device_id()}] = {e.record(), e.user_record()};
  for (const auto& e : in.identities()) {
    s->identities[{e.name(), e.device_id()}] = {e.public_key(), e.changed_unreported()};
  }
  for (const auto& e : in.sender_keys()) {
    s->sender_keys[{e.group(), e.sender(), e.device_id()}] = {e.record(), e.user_record()};
  }
  RELAIS_TRY(attach(*s));
  auto current = s->signed_prekeys.find(s->current_signed_prekey_id);
  // Ids handed out must never come back: the counters have to be past every stored key.
  const bool counters_ok =
      s->next_prekey_id >= 1 && s->next_signed_prekey_id > s->current_signed_prekey_id &&
      (s->prekeys.empty() || s->next_prekey_id > s->prekeys.rbegin()->first) &&
      (s->signed_prekeys.empty() || s->next_signed_prekey_id > s->signed_prekeys.rbegin()->first);
  if (s->registration_id == 0 || current == s->signed_prekeys.end() || !counters_ok) {
    return Error{Errc::corrupt, "The Signal state is inconsistent."};
  }
  RELAIS_TRY_ASSIGN(s->current_signed_prekey,
                    describe_signed_prekey(s->context.get(), current->second));
  return std::unique_ptr<Protocol>(new Protocol(std::move(s)));
}

std::string Protocol::serialize() const {
  signal_state::ProtocolState out;
  out.set_version(kStateVersion);
  out.set_identity_public(s_->identity_public);
  out.set_identity_private(s_->identity_private);
  out.set_registration_id(s_->registration_id);
  out.set_current_signed_prekey_id(s_->current_signed_prekey_id);
  out.set_next_signed_prekey_id(s_->next_signed_prekey_id);
  out.set_next_prekey_id(s_->next_prekey_id);
  for (const auto& [id, record] : s_->prekeys) {
    auto* k = out.add_prekeys();
    k->set_id(id);
    k->set_record(record);
  }
  for (const auto& [id, record] : s_->signed_prekeys) {
    auto* k = out.add_signed_prekeys();
    k->set_id(id);
    k->set_record(record);
  }
  for (const auto& [address, stored] : s_->sessions) {
    auto* e = out.add_sessions();
    e->set_name(address.first);
    e->set_device_id(address.second);
    e->set_record(stored.record);
    e->set_user_record(stored.user_record);
  }
  for (const auto& [address, stored] : s_->identities) {
    auto* e = out.add_identities();
    e->set_name(address.first);
    e->set_device_id(address.second);
    e->set_public_key(stored.public_key);
    e->set_changed_unreported(stored.changed_unreported);
  }
  for (const auto& [name, stored] : s_->sender_keys) {
    auto* e = out.add_sender_keys();
    e->set_group(std::get<0>(name));
    e->set_sender(std::get<1>(name));
    e->set_device_id(std::get<2>(name));
    e->set_record(stored.record);
    e->set_user_record(stored.user_record);
  }
  return out.SerializeAsString();
}

const std::string& Protocol::identity_public_key() const {
  return s_->identity_public;
}

uint32_t Protocol::registration_id() const {
  return s_->registration_id;
}

Result<std::string> Protocol::sign(std::string_view message) const {
  return signal::sign(s_->identity_private, message);
}

SignedPrekey Protocol::signed_prekey() const {
  return s_->current_signed_prekey;
}

Result<SignedPrekey> Protocol::rotate_signed_prekey() {
  return add_signed_prekey(*s_);
}

Result<std::vector<Prekey>> Protocol::generate_prekeys(size_t count) {
  if (count > kMaxPrekeysPerCall)
    return Error{Errc::invalid_argument, "Too many prekeys asked for at once."};
  if (count > kMaxKeyId || s_->next_prekey_id > kMaxKeyId - count + 1) {
    return Error{Errc::internal, "Prekey ids are exhausted."};
  }
  std::vector<Prekey> made;
  std::map<uint32_t, std::string> records;
  for (size_t i = 0; i < count; ++i) {
    const uint32_t id = s_->next_prekey_id + static_cast<uint32_t>(i);
    Ref<ec_key_pair> pair;
    Ref<session_pre_key> key;
    Buffer record;
    int rc = curve_generate_key_pair(s_->context.get(), pair.out());
    if (rc == SG_SUCCESS) rc = session_pre_key_create(key.out(), id, pair.get());
    if (rc == SG_SUCCESS) rc = session_pre_key_serialize(BufferOut(record), key.get());
    if (rc != SG_SUCCESS) return signal_error(rc, "A prekey could not be made.");
    records[id] = to_string(record.get());
    made.push_back(Prekey{id, serialize_public(ec_key_pair_get_public(pair.get()))});
  }
  // All or nothing: ids advance only when every key was made.
  s_->prekeys.merge(records);
  s_->next_prekey_id += static_cast<uint32_t>(count);
  return made;
}

size_t Protocol::prekeys_left() const {
  return s_->prekeys.size();
}

Status Protocol::process_bundle(const std::string& peer, const PrekeyBundle& bundle) {
  signal_context* ctx = s_->context.get();
  RELAIS_TRY_ASSIGN(auto identity, decode_public(ctx, bundle.identity_key,
                                                 "The bundle's identity key is malformed."));
  RELAIS_TRY_ASSIGN(auto signed_key, decode_public(ctx, bundle.signed_prekey.public_key,
                                                   "The bundle's signed prekey is malformed."));
  // libsignal checks this too, but we want a clear error code for a forged bundle.
  if (!verify(bundle.identity_key, bundle.signed_prekey.public_key,
              bundle.signed_prekey.signature)) {
    return Error{Errc::crypto, "The bundle's signed prekey is not signed by its identity key."};
  }
  Ref<ec_public_key> one_time;
  uint32_t one_time_id = 0;
  if (bundle.prekey) {
    RELAIS_TRY_ASSIGN(one_time, decode_public(ctx, bundle.prekey->public_key,
                                              "The bundle's prekey is malformed."));
    one_time_id = bundle.prekey->id;
  }
  Ref<session_pre_key_bundle> libsignal_bundle;
  int rc = session_pre_key_bundle_create(libsignal_bundle.out(), bundle.registration_id, kDeviceId,
                                         one_time_id, one_time.get(), bundle.signed_prekey.id,
                                         signed_key.get(), bytes(bundle.signed_prekey.signature),
                                         bundle.signed_prekey.signature.size(), identity.get());
  if (rc != SG_SUCCESS) return signal_error(rc, "The bundle could not be read.");
  const signal_protocol_address address = address_of(peer);
  session_builder* raw = nullptr;
  rc = session_builder_create(&raw, s_->store.get(), &address, ctx);
  if (rc != SG_SUCCESS) return signal_error(rc, "A session could not be started.");
  detail::SessionBuilderPtr builder(raw);
  rc = session_builder_process_pre_key_bundle(builder.get(), libsignal_bundle.get());
  if (rc != SG_SUCCESS) return signal_error(rc, "The bundle was refused.");
  return ok_status();
}

bool Protocol::has_session(const std::string& peer) const {
  return s_->sessions.contains({peer, kDeviceId});
}

void Protocol::delete_session(const std::string& peer) {
  s_->sessions.erase({peer, kDeviceId});
}

Result<Ciphertext> Protocol::encrypt(const std::string& peer, std::string_view plaintext) {
  if (!has_session(peer)) return Error{Errc::not_found, "There is no session with this peer."};
  const signal_protocol_address address = address_of(peer);
  session_cipher* raw = nullptr;
  int rc = session_cipher_create(&raw, s_->store.get(), &address, s_->context.get());
  if (rc != SG_SUCCESS) return signal_error(rc, "The session could not be opened.");
  detail::SessionCipherPtr cipher(raw);
  Ref<ciphertext_message> message;
  rc = session_cipher_encrypt(cipher.get(), bytes(plaintext), plaintext.size(), message.out());
  if (rc != SG_SUCCESS) return signal_error(rc, "The message could not be encrypted.");
  Ciphertext out;
  out.type = ciphertext_message_get_type(message.get()) == CIPHERTEXT_PREKEY_TYPE
                 ? MessageType::prekey
                 : MessageType::signal;
  out.bytes = serialized_message(message.get());
  return out;
}

Result<Decrypted> Protocol::decrypt(const std::string& peer, const Ciphertext& ct) {
  signal_context* ctx = s_->context.get();
  const signal_protocol_address address = address_of(peer);
  const detail::Address key{peer, kDeviceId};
  // libsignal forgets the peer's identity when a prekey message fails after being processed;
  // a forged or duplicate message must not change what we know, so keep the entry to put back.
  std::optional<detail::StoredIdentity> identity_before;
  if (auto it = s_->identities.find(key); it != s_->identities.end()) identity_before = it->second;

  session_cipher* raw = nullptr;
  int rc = session_cipher_create(&raw, s_->store.get(), &address, ctx);
  if (rc != SG_SUCCESS) return signal_error(rc, "The session could not be opened.");
  detail::SessionCipherPtr cipher(raw);
  Buffer plaintext;
  if (ct.type == MessageType::prekey) {
    Ref<pre_key_signal_message> message;
    if (pre_key_signal_message_deserialize(message.out(), bytes(ct.bytes), ct.bytes.size(), ctx) !=
        SG_SUCCESS) {
      return Error{Errc::corrupt, "The message does not decode."};
    }
    rc = session_cipher_decrypt_pre_key_signal_message(cipher.get(), message.get(), nullptr,
                                                       BufferOut(plaintext));
  } else {
    Ref<signal_message> message;
    if (signal_message_deserialize(message.out(), bytes(ct.bytes), ct.bytes.size(), ctx) !=
        SG_SUCCESS) {
      return Error{Errc::corrupt, "The message does not decode."};
    }
    rc = session_cipher_decrypt_signal_message(cipher.get(), message.get(), nullptr,
                                               BufferOut(plaintext));
  }
  if (rc != SG_SUCCESS) {
    if (identity_before) {
      s_->identities[key] = *identity_before;
    } else {
      s_->identities.erase(key);
    }
    return signal_error(rc, rc == SG_ERR_DUPLICATE_MESSAGE ? "The message was already received."
                                                           : "The message could not be decrypted.");
  }
  Decrypted out;
  out.plaintext = to_string(plaintext.get());
  if (auto it = s_->identities.find(key); it != s_->identities.end()) {
    out.identity_changed = it->second.changed_unreported;
    it->second.changed_unreported = false;
  }
  return out;
}

std::optional<std::string> Protocol::peer_identity(const std::string& peer) const {
  auto it = s_->identities.find({peer, kDeviceId});
  if (it == s_->identities.end()) return std::nullopt;
  return it->second.public_key;
}

void Protocol::forget_identity_change(const std::string& peer) {
  if (auto it = s_->identities.find({peer, kDeviceId}); it != s_->identities.end())
    it->second.changed_unreported = false;
}

Result<Unsealed> Protocol::unseal(std::string_view message_id, std::string_view sealed) const {
  return signal::unseal(s_->identity_private, s_->identity_public, message_id, sealed);
}

Result<std::string> Protocol::safety_number(std::string_view own_id,
                                            const std::string& peer) const {
  const std::string own(own_id);
  if (own.find('\0') != std::string::npos || peer.find('\0') != std::string::npos) {
    return Error{Errc::invalid_argument, "An identifier contains a NUL byte."};
  }
  auto remote_key = peer_identity(peer);
  if (!remote_key) return Error{Errc::not_found, "The peer's identity key is unknown."};
  signal_context* ctx = s_->context.get();
  RELAIS_TRY_ASSIGN(auto remote,
                    decode_public(ctx, *remote_key, "The peer's identity key is malformed."));
  fingerprint_generator* raw = nullptr;
  int rc =
      fingerprint_generator_create(&raw, kFingerprintIterations, kFingerprintScannableVersion, ctx);
  if (rc != SG_SUCCESS) return signal_error(rc, "The safety number could not be computed.");
  detail::FingerprintGeneratorPtr generator(raw);
  Ref<fingerprint> print;
  rc = fingerprint_generator_create_for(generator.get(), own.c_str(),
                                        ratchet_identity_key_pair_get_public(s_->identity.get()),
                                        peer.c_str(), remote.get(), print.out());
  if (rc != SG_SUCCESS) return signal_error(rc, "The safety number could not be computed.");
  const char* text = displayable_fingerprint_text(fingerprint_get_displayable(print.get()));
  if (text == nullptr) return Error{Errc::internal, "The safety number could not be computed."};
  return std::string(text);
}

Result<std::string> Protocol::own_distribution(const std::string& group,
                                               const std::string& own_name) {
  const signal_protocol_sender_key_name name = sender_key_name(group, own_name);
  group_session_builder* raw = nullptr;
  int rc = group_session_builder_create(&raw, s_->store.get(), s_->context.get());
  if (rc != SG_SUCCESS) return signal_error(rc, "The group session could not be opened.");
  detail::GroupBuilderPtr builder(raw);
  Ref<sender_key_distribution_message> distribution;
  rc = group_session_builder_create_session(builder.get(), distribution.out(), &name);
  if (rc != SG_SUCCESS) return signal_error(rc, "The sender key could not be made.");
  return serialized_message(reinterpret_cast<const ciphertext_message*>(distribution.get()));
}

Status Protocol::process_distribution(const std::string& group, const std::string& sender,
                                      std::string_view distribution) {
  Ref<sender_key_distribution_message> message;
  if (sender_key_distribution_message_deserialize(message.out(), bytes(distribution),
                                                  distribution.size(),
                                                  s_->context.get()) != SG_SUCCESS) {
    return Error{Errc::corrupt, "The sender key distribution does not decode."};
  }
  const signal_protocol_sender_key_name name = sender_key_name(group, sender);
  group_session_builder* raw = nullptr;
  int rc = group_session_builder_create(&raw, s_->store.get(), s_->context.get());
  if (rc != SG_SUCCESS) return signal_error(rc, "The group session could not be opened.");
  detail::GroupBuilderPtr builder(raw);
  rc = group_session_builder_process_session(builder.get(), &name, message.get());
  if (rc != SG_SUCCESS) return signal_error(rc, "The sender key distribution was refused.");
  return ok_status();
}

Result<std::string> Protocol::group_encrypt(const std::string& group, const std::string& own_name,
                                            std::string_view plaintext) {
  if (!s_->sender_keys.contains({group, own_name, kDeviceId})) {
    return Error{Errc::not_found, "There is no own sender key for this group."};
  }
  const signal_protocol_sender_key_name name = sender_key_name(group, own_name);
  group_cipher* raw = nullptr;
  int rc = group_cipher_create(&raw, s_->store.get(), &name, s_->context.get());
  if (rc != SG_SUCCESS) return signal_error(rc, "The group session could not be opened.");
  detail::GroupCipherPtr cipher(raw);
  Ref<ciphertext_message> message;
  rc = group_cipher_encrypt(cipher.get(), bytes(plaintext), plaintext.size(), message.out());
  if (rc != SG_SUCCESS) return signal_error(rc, "The group message could not be encrypted.");
  return serialized_message(message.get());
}

Result<std::string> Protocol::group_decrypt(const std::string& group, const std::string& sender,
                                            std::string_view ciphertext) {
  signal_context* ctx = s_->context.get();
  Ref<sender_key_message> message;
  if (sender_key_message_deserialize(message.out(), bytes(ciphertext), ciphertext.size(), ctx) !=
      SG_SUCCESS) {
    return Error{Errc::corrupt, "The group message does not decode."};
  }
  // libsignal reports an unknown key id as an invalid message; we want "no key" to be not_found.
  auto stored = s_->sender_keys.find({group, sender, kDeviceId});
  if (stored == s_->sender_keys.end())
    return Error{Errc::not_found, "There is no sender key from this member."};
  {
    Ref<sender_key_record> record;
    sender_key_state* state = nullptr;  // borrowed from record
    if (sender_key_record_deserialize(record.out(), bytes(stored->second.record),
                                      stored->second.record.size(), ctx) != SG_SUCCESS) {
      return Error{Errc::corrupt, "A stored sender key does not decode."};
    }
    if (sender_key_record_get_sender_key_state_by_id(
            record.get(), &state, sender_key_message_get_key_id(message.get())) != SG_SUCCESS) {
      return Error{Errc::not_found, "The message was sent with a sender key we do not have."};
    }
  }
  const signal_protocol_sender_key_name name = sender_key_name(group, sender);
  group_cipher* raw = nullptr;
  int rc = group_cipher_create(&raw, s_->store.get(), &name, ctx);
  if (rc != SG_SUCCESS) return signal_error(rc, "The group session could not be opened.");
  detail::GroupCipherPtr cipher(raw);
  Buffer plaintext;
  rc = group_cipher_decrypt(cipher.get(), message.get(), nullptr, BufferOut(plaintext));
  if (rc != SG_SUCCESS) {
    return signal_error(rc, rc == SG_ERR_DUPLICATE_MESSAGE
                                ? "The group message was already received."
                                : "The group message could not be decrypted.");
  }
  return to_string(plaintext.get());
}

void Protocol::rotate_own_sender_key(const std::string& group, const std::string& own_name) {
  s_->sender_keys.erase({group, own_name, kDeviceId});
}

}  // namespace relais::signal

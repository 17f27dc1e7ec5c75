// Protocol::State: the in-memory stores behind libsignal's store callbacks, and the contexts.
// Internal to core/signal.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

#include "core/signal/context.h"
#include "core/signal/handles.h"
#include "core/signal/protocol.h"

namespace relais::signal {

namespace detail {

using Address = std::pair<std::string, int32_t>;                      // name, device id
using SenderKeyName = std::tuple<std::string, std::string, int32_t>;  // group, sender, device id

struct StoredRecord {
  std::string record;
  std::string user_record;
};

struct StoredIdentity {
  std::string public_key;
  bool changed_unreported = false;
};

inline constexpr int32_t kDeviceId = 1;

}  // namespace detail

struct Protocol::State {
  // Declared first so that it is destroyed last: the contexts below lock it.
  std::recursive_mutex mutex;

  // What serialize() writes.
  std::string identity_public;   // 33 bytes
  std::string identity_private;  // 32 bytes
  uint32_t registration_id = 0;
  uint32_t current_signed_prekey_id = 0;
  uint32_t next_signed_prekey_id = 1;
  uint32_t next_prekey_id = 1;
  std::map<uint32_t, std::string> prekeys;
  std::map<uint32_t, std::string> signed_prekeys;
  std::map<detail::Address, detail::StoredRecord> sessions;
  std::map<detail::Address, detail::StoredIdentity> identities;
  std::map<detail::SenderKeyName, detail::StoredRecord> sender_keys;

  // Derived on creation or restore.
  SignedPrekey current_signed_prekey;

  // libsignal objects; the store context is destroyed before the global context.
  detail::ContextPtr context;
  detail::StoreContextPtr store;
  detail::Ref<ratchet_identity_key_pair> identity;
};

namespace detail {

// Creates the store context with callbacks into `state`'s maps.
Status install_stores(Protocol::State& state);

}  // namespace detail
}  // namespace relais::signal

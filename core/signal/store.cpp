// libsignal-protocol-c store callbacks over Protocol::State's maps. libsignal frees the buffers
// we hand out, and passes us buffers it keeps; we copy in and copy out.
#include "core/signal/state.h"

namespace relais::signal::detail {
namespace {

Protocol::State& state_of(void* user_data) {
  return *static_cast<Protocol::State*>(user_data);
}

Address address_of(const signal_protocol_address* address) {
  return {std::string(address->name, address->name_len), address->device_id};
}

SenderKeyName sender_key_name_of(const signal_protocol_sender_key_name* name) {
  return {std::string(name->group_id, name->group_id_len),
          std::string(name->sender.name, name->sender.name_len), name->sender.device_id};
}

std::string copy(const uint8_t* data, size_t len) {
  if (data == nullptr || len == 0) return {};
  return std::string(reinterpret_cast<const char*>(data), len);
}

// Hands a copy to libsignal, which frees it. Returns false on allocation failure.
bool hand_out(signal_buffer** out, const std::string& bytes) {
  *out = signal_buffer_create(detail::bytes(bytes), bytes.size());
  return *out != nullptr;
}

// --- sessions -----------------------------------------------------------------------------

int load_session(signal_buffer** record, signal_buffer** user_record,
                 const signal_protocol_address* address, void* user_data) noexcept {
  auto& s = state_of(user_data);
  auto it = s.sessions.find(address_of(address));
  if (it == s.sessions.end()) return 0;
  if (!hand_out(record, it->second.record)) return SG_ERR_NOMEM;
  if (!it->second.user_record.empty() && !hand_out(user_record, it->second.user_record)) {
    signal_buffer_bzero_free(*record);
    *record = nullptr;
    return SG_ERR_NOMEM;
  }
  return 1;
}

int get_sub_device_sessions(signal_int_list** sessions, const char* name, size_t name_len,
                            void* user_data) noexcept {
  auto& s = state_of(user_data);
  IntListPtr list(signal_int_list_alloc());
  if (!list) return SG_ERR_NOMEM;
  const std::string wanted(name, name_len);
  int count = 0;
  for (auto it = s.sessions.lower_bound({wanted, INT32_MIN});
       it != s.sessions.end() && it->first.first == wanted; ++it) {
    if (signal_int_list_push_back(list.get(), it->first.second) != 0) return SG_ERR_NOMEM;
    ++count;
  }
  *sessions = list.release();
  return count;
}

int store_session(const signal_protocol_address* address, uint8_t* record, size_t record_len,
                  uint8_t* user_record, size_t user_record_len, void* user_data) noexcept {
  state_of(user_data).sessions[address_of(address)] = {copy(record, record_len),
                                                       copy(user_record, user_record_len)};
  return SG_SUCCESS;
}

int contains_session(const signal_protocol_address* address, void* user_data) noexcept {
  return state_of(user_data).sessions.contains(address_of(address)) ? 1 : 0;
}

int delete_session(const signal_protocol_address* address, void* user_data) noexcept {
  return state_of(user_data).sessions.erase(address_of(address)) > 0 ? 1 : 0;
}

int delete_all_sessions(const char* name, size_t name_len, void* user_data) noexcept {
  auto& s = state_of(user_data);
  const std::string wanted(name, name_len);
  int count = 0;
  for (auto it = s.sessions.lower_bound({wanted, INT32_MIN});
       it != s.sessions.end() && it->first.first == wanted;) {
    it = s.sessions.erase(it);
    ++count;
  }
  return count;
}

// --- one-time and signed prekeys ------------------------------------------------------------

int load_key(std::map<uint32_t, std::string>& keys, signal_buffer** record, uint32_t id) {
  auto it = keys.find(id);
  if (it == keys.end()) return SG_ERR_INVALID_KEY_ID;
  return hand_out(record, it->second) ? SG_SUCCESS : SG_ERR_NOMEM;
}

int load_pre_key(signal_buffer** record, uint32_t id, void* user_data) noexcept {
  return load_key(state_of(user_data).prekeys, record, id);
}
int store_pre_key(uint32_t id, uint8_t* record, size_t record_len, void* user_data) noexcept {
  state_of(user_data).prekeys[id] = copy(record, record_len);
  return SG_SUCCESS;
}
int contains_pre_key(uint32_t id, void* user_data) noexcept {
  return state_of(user_data).prekeys.contains(id) ? 1 : 0;
}
int remove_pre_key(uint32_t id, void* user_data) noexcept {
  state_of(user_data).prekeys.erase(id);
  return SG_SUCCESS;
}

int load_signed_pre_key(signal_buffer** record, uint32_t id, void* user_data) noexcept {
  return load_key(state_of(user_data).signed_prekeys, record, id);
}
int store_signed_pre_key(uint32_t id, uint8_t* record, size_t record_len,
                         void* user_data) noexcept {
  state_of(user_data).signed_prekeys[id] = copy(record, record_len);
  return SG_SUCCESS;
}
int contains_signed_pre_key(uint32_t id, void* user_data) noexcept {
  return state_of(user_data).signed_prekeys.contains(id) ? 1 : 0;
}
int remove_signed_pre_key(uint32_t id, void* user_data) noexcept {
  state_of(user_data).signed_prekeys.erase(id);
  return SG_SUCCESS;
}

// --- identities -----------------------------------------------------------------------------

int get_identity_key_pair(signal_buffer** public_data, signal_buffer** private_data,
                          void* user_data) noexcept {
  auto& s = state_of(user_data);
  if (!hand_out(public_data, s.identity_public)) return SG_ERR_NOMEM;
  if (!hand_out(private_data, s.identity_private)) {
    signal_buffer_free(*public_data);
    *public_data = nullptr;
    return SG_ERR_NOMEM;
  }
  return SG_SUCCESS;
}

int get_local_registration_id(void* user_data, uint32_t* registration_id) noexcept {
  *registration_id = state_of(user_data).registration_id;
  return SG_SUCCESS;
}

// A key that replaces a different one is remembered as changed until a decrypt reports it.
// A null key means "forget"; libsignal passes one when a prekey message fails to decrypt, and
// Protocol::decrypt restores the previous entry in that case.
int save_identity(const signal_protocol_address* address, uint8_t* key_data, size_t key_len,
                  void* user_data) noexcept {
  auto& s = state_of(user_data);
  Address who = address_of(address);
  if (key_data == nullptr) {
    s.identities.erase(who);
    return SG_SUCCESS;
  }
  std::string key = copy(key_data, key_len);
  auto it = s.identities.find(who);
  if (it == s.identities.end()) {
    s.identities.emplace(std::move(who), StoredIdentity{std::move(key), false});
  } else if (it->second.public_key != key) {
    it->second.public_key = std::move(key);
    it->second.changed_unreported = true;
  }
  return SG_SUCCESS;
}

// Trust on first use, then accept and report: a changed key never blocks a session here; the
// change is flagged by save_identity and surfaces as Decrypted::identity_changed.
int is_trusted_identity(const signal_protocol_address* /*address*/, uint8_t* /*key_data*/,
                        size_t /*key_len*/, void* /*user_data*/) noexcept {
  return 1;
}

// --- sender keys ----------------------------------------------------------------------------

int store_sender_key(const signal_protocol_sender_key_name* name, uint8_t* record,
                     size_t record_len, uint8_t* user_record, size_t user_record_len,
                     void* user_data) noexcept {
  state_of(user_data).sender_keys[sender_key_name_of(name)] = {copy(record, record_len),
                                                               copy(user_record, user_record_len)};
  return SG_SUCCESS;
}

int load_sender_key(signal_buffer** record, signal_buffer** user_record,
                    const signal_protocol_sender_key_name* name, void* user_data) noexcept {
  auto& s = state_of(user_data);
  auto it = s.sender_keys.find(sender_key_name_of(name));
  if (it == s.sender_keys.end()) return 0;
  if (!hand_out(record, it->second.record)) return SG_ERR_NOMEM;
  if (!it->second.user_record.empty() && !hand_out(user_record, it->second.user_record)) {
    signal_buffer_bzero_free(*record);
    *record = nullptr;
    return SG_ERR_NOMEM;
  }
  return 1;
}

void destroy(void* /*user_data*/) noexcept {}  // the maps belong to Protocol::State

}  // namespace

Status install_stores(Protocol::State& state) {
  signal_protocol_store_context* raw = nullptr;
  if (signal_protocol_store_context_create(&raw, state.context.get()) != SG_SUCCESS) {
    return Error{Errc::internal, "The Signal store did not start."};
  }
  state.store.reset(raw);
  void* self = &state;

  const signal_protocol_session_store sessions = {
      .load_session_func = load_session,
      .get_sub_device_sessions_func = get_sub_device_sessions,
      .store_session_func = store_session,
      .contains_session_func = contains_session,
      .delete_session_func = delete_session,
      .delete_all_sessions_func = delete_all_sessions,
      .destroy_func = destroy,
      .user_data = self,
  };
  const signal_protocol_pre_key_store prekeys = {
      .load_pre_key = load_pre_key,
      .store_pre_key = store_pre_key,
      .contains_pre_key = contains_pre_key,
      .remove_pre_key = remove_pre_key,
      .destroy_func = destroy,
      .user_data = self,
  };
  const signal_protocol_signed_pre_key_store signed_prekeys = {
      .load_signed_pre_key = load_signed_pre_key,
      .store_signed_pre_key = store_signed_pre_key,
      .contains_signed_pre_key = contains_signed_pre_key,
      .remove_signed_pre_key = remove_signed_pre_key,
      .destroy_func = destroy,
      .user_data = self,
  };
  const signal_protocol_identity_key_store identities = {
      .get_identity_key_pair = get_identity_key_pair,
      .get_local_registration_id = get_local_registration_id,
      .save_identity = save_identity,
      .is_trusted_identity = is_trusted_identity,
      .destroy_func = destroy,
      .user_data = self,
  };
  const signal_protocol_sender_key_store sender_keys = {
      .store_sender_key = store_sender_key,
      .load_sender_key = load_sender_key,
      .destroy_func = destroy,
      .user_data = self,
  };
  signal_protocol_store_context* store = state.store.get();
  if (signal_protocol_store_context_set_session_store(store, &sessions) != SG_SUCCESS ||
      signal_protocol_store_context_set_pre_key_store(store, &prekeys) != SG_SUCCESS ||
      signal_protocol_store_context_set_signed_pre_key_store(store, &signed_prekeys) !=
          SG_SUCCESS ||
      signal_protocol_store_context_set_identity_key_store(store, &identities) != SG_SUCCESS ||
      signal_protocol_store_context_set_sender_key_store(store, &sender_keys) != SG_SUCCESS) {
    return Error{Errc::internal, "The Signal store did not start."};
  }
  return ok_status();
}

}  // namespace relais::signal::detail

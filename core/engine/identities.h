// The engine's identities component: the identity key of each account this device has met (from
// its Signal session, else from the relay's member and worker lists or a GetIdentities lookup),
// the mark derived from it (marks.h), the people this person verified by comparing safety
// numbers, and keys that changed. It answers "who is this?" for both clients: a Person with the
// name, the mark, the badge and the warnings to show. Internal to the engine.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/engine/direct.h"
#include "core/engine/link.h"
#include "core/engine/session.h"
#include "state.pb.h"

namespace relais::engine {

inline constexpr size_t kKnownIdentitiesLimit = 20000;  // keys kept (verified ones always)

class Identities {
 public:
  Identities(Link& link, Session& session, Direct& direct)
      : link_(link), session_(session), direct_(direct) {}

  // A key the relay gave for `id` (member and worker lists, lookups). A Signal session's key,
  // when there is one, is the one that counts: it is what messages are encrypted with.
  void learn(const AccountId& id, std::string_view identity_key);
  // The key this device holds for `id`; "" when it knows none.
  std::string key_of(const AccountId& id) const;
  bool known(const AccountId& id) const { return !key_of(id).empty(); }
  // Asks the relay for the keys of those in `ids` this device does not hold, then runs `then`
  // (at once when it holds them all; also when the lookup failed: marks stay unknown).
  void ensure(const std::vector<AccountId>& ids, std::function<void()> then);
  RequestId learn_identities(const std::vector<AccountId>& ids);  // IdentitiesLearned

  // ---- Verification
  // The person compared the safety number with `id`: its current session key is verified.
  // Errc::not_found without a session (there is no safety number yet).
  Status verify(const AccountId& id);
  Status unverify(const AccountId& id);
  // The person saw the warning and takes the new key without comparing: messages go again,
  // without the badge (a key verified before stays unverified until compared anew).
  Status accept_key(const AccountId& id);
  // Their key changed since the person last verified or accepted it: nothing is sent to them.
  bool must_confirm(const AccountId& id) const;
  // A decrypted message came with another identity key than the session had (Direct).
  void identity_changed(const AccountId& id);

  // ---- Showing people
  Person person(const AccountId& id) const;
  // Those whose name (a contact's name, else their pseudonym) is `text`, or "name#mark", or
  // whose account id it is; see Engine::people_named.
  std::vector<Person> people_named(std::string_view text) const;

  void save(state::EngineState& s) const;
  Status load(const state::EngineState& s);

 private:
  struct Known {
    std::string key;           // from the relay; the session's key wins when there is one
    std::string verified_key;  // the key whose safety number was compared; "" when none
    bool changed = false;      // a message came with a new key since; cleared by verify
  };
  // What the collision check looks at: everyone this device knows by a name.
  struct Named {
    AccountId id;
    std::string name;  // the contact's name, or the pseudonym
    std::string mark;
    bool trusted = false;  // a contact or verified: someone the person relies on
  };
  void evict();
  void chunked_lookup(std::vector<AccountId> missing, std::function<void()> then);
  const std::vector<Named>& named() const;  // rebuilt when the engine's state changed
  std::string name_of(const AccountId& id, bool* contact) const;
  bool is_verified(const AccountId& id, const Known* k) const;

  Link& link_;
  Session& session_;
  Direct& direct_;
  // ---- Saved
  std::map<AccountId, Known> known_;
  // ---- Cached for person(): the named people and the skeleton of each name, by state version.
  mutable uint64_t named_version_ = UINT64_MAX;
  mutable std::vector<Named> named_;
  mutable std::unordered_multimap<std::string, size_t> by_skeleton_;
};

}  // namespace relais::engine

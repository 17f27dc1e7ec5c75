#include "core/engine/identities.h"

#include <algorithm>
#include <memory>
#include <set>

#include "core/engine/marks.h"
#include "core/wire/contract.h"

namespace relais::engine {

namespace {

constexpr size_t kIdentityKeyBytes = 33;  // libsignal's serialized Curve25519 public key

bool plausible_key(std::string_view key) {
  return key.size() == kIdentityKeyBytes && static_cast<unsigned char>(key[0]) == 0x05;
}

// ASCII letters compared without case; other bytes exactly.
bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
           return lower(x) == lower(y);
         });
}

}  // namespace

void Identities::learn(const AccountId& id, std::string_view identity_key) {
  if (id.empty() || id == session_.self() || !plausible_key(identity_key)) return;
  Known& k = known_[id];
  if (k.key == identity_key) return;
  k.key = std::string(identity_key);
  link_.changed();
  evict();
}

std::string Identities::key_of(const AccountId& id) const {
  if (id.empty()) return {};
  if (id == session_.self()) return session_.protocol().identity_public_key();
  if (auto session_key = session_.protocol().peer_identity(id.text())) return *session_key;
  auto it = known_.find(id);
  return it == known_.end() ? std::string() : it->second.key;
}

void Identities::evict() {
  if (known_.size() <= kKnownIdentitiesLimit) return;
  // Keys the relay can give again go first; what the person verified or must be warned of stays.
  for (auto it = known_.begin(); it != known_.end() && known_.size() > kKnownIdentitiesLimit;) {
    if (it->second.verified_key.empty() && !it->second.changed) {
      it = known_.erase(it);
    } else {
      ++it;
    }
  }
}

void Identities::ensure(const std::vector<AccountId>& ids, std::function<void()> then) {
  std::vector<AccountId> missing;
  std::set<AccountId> seen;
  for (const auto& id : ids) {
    if (id.empty() || known(id) || !seen.insert(id).second) continue;
    missing.push_back(id);
  }
  if (missing.empty() || !session_.logged_in()) return then();
  chunked_lookup(std::move(missing), std::move(then));
}

// One GetIdentities per kMaxIdentityLookups ids; `then` once all have answered.
void Identities::chunked_lookup(std::vector<AccountId> missing, std::function<void()> then) {
  auto left = std::make_shared<size_t>(0);
  auto done = std::make_shared<std::function<void()>>(std::move(then));
  std::vector<wire::ClientFrame> frames;
  for (size_t at = 0; at < missing.size(); at += wire::kMaxIdentityLookups) {
    wire::ClientFrame f;
    const size_t end = std::min(missing.size(), at + wire::kMaxIdentityLookups);
    for (size_t i = at; i < end; ++i)
      f.mutable_get_identities()->add_account_ids(missing[i].bytes());
    frames.push_back(std::move(f));
  }
  *left = frames.size();
  auto one_done = [left, done] {
    if (--*left == 0 && *done) (*done)();
  };
  for (auto& f : frames) {
    link_.ask<wire::Identities>(
        std::move(f),
        [this, one_done](const wire::Identities& answer) {
          for (const auto& i : answer.identities()) {
            if (auto id = AccountId::from_bytes(i.account_id())) learn(*id, i.identity_key());
          }
          one_done();
        },
        [one_done](const Failure&) { one_done(); });
  }
}

RequestId Identities::learn_identities(const std::vector<AccountId>& ids) {
  const RequestId r = link_.new_request();
  if (!session_.logged_in()) {
    link_.emit_failed(r, failure(Problem::not_connected));
    return r;
  }
  ensure(ids, [this, r, ids] {
    std::vector<AccountId> now_known;
    for (const auto& id : ids) {
      if (known(id)) now_known.push_back(id);
    }
    link_.emit(event::IdentitiesLearned{r, std::move(now_known)});
  });
  return r;
}

// ---- Verification

Status Identities::verify(const AccountId& id) {
  auto key = session_.protocol().peer_identity(id.text());
  if (id.empty() || id == session_.self() || !key) {
    return to_error(failure(Problem::no_safety_number));
  }
  Known& k = known_[id];
  k.key = *key;
  k.verified_key = *key;
  k.changed = false;
  session_.accept_session_identity(id);
  link_.changed();
  return ok_status();
}

Status Identities::unverify(const AccountId& id) {
  auto it = known_.find(id);
  if (it == known_.end() || it->second.verified_key.empty()) return ok_status();
  it->second.verified_key.clear();
  link_.changed();
  return ok_status();
}

Status Identities::accept_key(const AccountId& id) {
  auto it = known_.find(id);
  if (it == known_.end()) return ok_status();
  Known& k = it->second;
  const std::string current = key_of(id);
  if (!k.changed && (k.verified_key.empty() || k.verified_key == current)) return ok_status();
  k.changed = false;
  if (k.verified_key != current) k.verified_key.clear();
  session_.accept_session_identity(id);
  link_.changed();
  return ok_status();
}

bool Identities::must_confirm(const AccountId& id) const {
  auto it = known_.find(id);
  if (it == known_.end()) return false;
  return it->second.changed || (!it->second.verified_key.empty() && !is_verified(id, &it->second));
}

void Identities::identity_changed(const AccountId& id) {
  if (id.empty()) return;
  Known& k = known_[id];
  if (auto key = session_.protocol().peer_identity(id.text())) k.key = *key;
  // Back to the key the person compared (a lying bundle came between): nothing to confirm.
  k.changed = k.verified_key.empty() || k.verified_key != k.key;
  link_.changed();
}

bool Identities::is_verified(const AccountId& id, const Known* k) const {
  if (!k || k->verified_key.empty()) return false;
  return k->verified_key == key_of(id);
}

// ---- Showing people

std::string Identities::name_of(const AccountId& id, bool* contact) const {
  if (auto n = session_.contact_name(id)) {
    if (contact) *contact = true;
    return *n;
  }
  if (contact) *contact = false;
  if (auto p = direct_.pseudonym(id)) return *p;
  return {};
}

const std::vector<Identities::Named>& Identities::named() const {
  if (named_version_ == link_.version()) return named_;
  named_.clear();
  by_skeleton_.clear();
  auto add = [&](const AccountId& id, const std::string& name, bool trusted) {
    if (name.empty()) return;
    named_.push_back({id, name, identity_mark(key_of(id)), trusted});
    by_skeleton_.emplace(name_skeleton(name), named_.size() - 1);
  };
  std::set<AccountId> contacts;
  for (const auto& c : session_.contacts()) {
    contacts.insert(c.id);
    add(c.id, c.name, true);
  }
  for (const auto& [id, pseudonym] : direct_.pseudonyms()) {
    auto k = known_.find(id);
    const bool trusted =
        contacts.count(id) > 0 || is_verified(id, k == known_.end() ? nullptr : &k->second);
    add(id, pseudonym, trusted);
  }
  named_version_ = link_.version();
  return named_;
}

Person Identities::person(const AccountId& id) const {
  Person p;
  p.id = id;
  if (id.empty()) return p;
  if (id == session_.self()) {
    p.name = session_.name();
    p.self = true;
    p.mark = identity_mark(key_of(id));
    return p;
  }
  p.name = name_of(id, &p.contact);
  p.mark = identity_mark(key_of(id));
  auto k = known_.find(id);
  const Known* known = k == known_.end() ? nullptr : &k->second;
  p.verified = is_verified(id, known);
  p.key_changed = known && (known->changed || (!known->verified_key.empty() && !p.verified));
  // A contact's name and a verified person are what the person chose to rely on: no warning
  // about them. Anyone else whose name reads like theirs (or like another's with the same mark)
  // may be passing themselves off.
  if (p.contact || p.verified) return p;
  const auto& all = named();
  std::set<std::string> skeletons;
  if (!p.name.empty()) skeletons.insert(name_skeleton(p.name));
  for (const auto& s : skeletons) {
    auto [from, to] = by_skeleton_.equal_range(s);
    for (auto it = from; it != to; ++it) {
      const Named& other = all[it->second];
      if (other.id == id) continue;
      if (other.trusted || (!p.mark.empty() && other.mark == p.mark)) {
        p.looks_like = other.id;
        return p;
      }
    }
  }
  return p;
}

std::vector<Person> Identities::people_named(std::string_view text) const {
  if (auto id = AccountId::from_text(text); id && !id->empty()) return {person(*id)};
  const NameAndMark wanted = split_mark(text);
  if (wanted.name.empty() && wanted.mark.empty()) return {};
  std::vector<AccountId> ids;
  auto add = [&](const AccountId& id) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  };
  // A contact's name is the person's own choice: it names that contact alone.
  if (wanted.mark.empty() && !wanted.name.empty()) {
    if (auto contact = session_.find_contact(wanted.name)) return {person(*contact)};
  }
  for (bool exact : {true, false}) {
    auto matches = [&](const std::string& name) {
      if (wanted.name.empty()) return true;  // "#k3fq": anyone with that mark
      return exact ? name == wanted.name : same_ignoring_case(name, wanted.name);
    };
    for (const auto& c : session_.contacts()) {
      if (matches(c.name)) add(c.id);
    }
    for (const auto& [id, pseudonym] : direct_.pseudonyms()) {
      if (matches(pseudonym)) add(id);
    }
    if (!ids.empty()) break;
  }
  std::vector<Person> out;
  for (const auto& id : ids) {
    Person p = person(id);
    if (!wanted.mark.empty() && p.mark != wanted.mark) continue;
    out.push_back(std::move(p));
  }
  return out;
}

// ---- Saved state

void Identities::save(state::EngineState& s) const {
  for (const auto& [id, k] : known_) {
    auto* i = s.add_known_identities();
    i->set_account_id(id.bytes());
    i->set_identity_key(k.key);
    i->set_verified_key(k.verified_key);
    i->set_changed(k.changed);
  }
}

Status Identities::load(const state::EngineState& s) {
  for (const auto& i : s.known_identities()) {
    auto id = AccountId::from_bytes(i.account_id());
    if (!id || id->empty()) return Error{Errc::corrupt, "The saved client state is damaged."};
    known_[*id] = {i.identity_key(), i.verified_key(), i.changed()};
  }
  return ok_status();
}

}  // namespace relais::engine

#include "server/relay/accounts.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "core/base/encoding.h"
#include "core/crypto/digest.h"
#include "core/crypto/random.h"
#include "core/signal/keys.h"
#include "core/wire/contract.h"
#include "server/relay/log.h"
#include "server/relay/staged_changes.h"

namespace relais::server {
namespace {


bool valid_prekey(const wire::Prekey& p) { return p.id() > 0 && signal::is_public_key(p.public_key()); }

std::filesystem::path admin_invite_dir(const std::string& data_dir) {
  return std::filesystem::path(data_dir) / "admin-invites";
}

constexpr char kIdentityIndexBuilt[] = "identity-index-built";

}  // namespace

AccountService::AccountService(RelayContext& ctx, OnLogin on_login)
    : ctx_(ctx),
      on_login_(std::move(on_login)),
      registrations_(ctx.config.registrations_per_address, ctx.config.rate_limit_max_keys) {}

std::string AccountService::identity_index_key(std::string_view identity_key) {
  return "identity/" + crypto::sha256(identity_key);
}

Status AccountService::load() {
  RELAIS_TRY_ASSIGN(auto built, ctx_.store.get(Table::meta, kIdentityIndexBuilt));
  if (built) return ok_status();
  WriteBatch batch;
  RELAIS_TRY(
      ctx_.store.scan(Table::accounts, "", "", 0, [&](std::string_view k, std::string_view v) {
        records::Account account;
        if (AccountId::from_bytes(k) &&
            account.ParseFromArray(v.data(), static_cast<int>(v.size())))
          batch.put(Table::meta, identity_index_key(account.identity_key()), std::string(k));
        return true;
      }));
  batch.put(Table::meta, kIdentityIndexBuilt, "1");
  return ctx_.store.commit_and_wait(std::move(batch), Durability::synced);
}

std::string AccountService::prekey_key(const AccountId& account, uint32_t prekey_id) {
  return account.bytes() + be32(prekey_id);
}

std::string AccountService::worker_index_prefix(std::string_view org) {
  return "worker/" + std::string(org) + '/';
}

std::string AccountService::worker_index_key(std::string_view org, const AccountId& account) {
  return worker_index_prefix(org) + account.bytes();
}

Result<std::optional<records::Account>> AccountService::load(const AccountId& account) const {
  RELAIS_TRY_ASSIGN(auto value, ctx_.store.get(Table::accounts, account.bytes()));
  if (!value) return std::optional<records::Account>{};
  records::Account record;
  if (!record.ParseFromString(*value)) return Error{Errc::corrupt, "A stored account record is damaged."};
  return std::optional<records::Account>(std::move(record));
}

Result<bool> AccountService::exists(const AccountId& account) const {
  RELAIS_TRY_ASSIGN(auto value, ctx_.store.get(Table::accounts, account.bytes()));
  return value.has_value();
}

Result<bool> AccountService::has_role(const AccountId& account, wire::Role role,
                                      std::string_view scope) const {
  RELAIS_TRY_ASSIGN(auto record, load(account));
  if (!record) return false;
  for (const auto& g : record->roles()) {
    if (g.role() == wire::ADMIN && role != wire::OUTREACH) return true;  // admins moderate too
    if (g.role() == role && (role == wire::ADMIN || g.scope() == scope)) return true;
  }
  return false;
}

Result<AccountService::StagedRole> AccountService::stage_role_change(const AccountId& account,
                                                                    const wire::RoleGrant& grant, bool add,
                                                                    WriteBatch& batch) {
  std::lock_guard lock(invite_mutex_);
  records::Account r;
  if (auto staged = staged_roles_.find(account); staged != staged_roles_.end()) {
    r = staged->second.record;
  } else {
    RELAIS_TRY_ASSIGN(auto record, load(account));
    if (!record) return Error{Errc::not_found, "There is no such account."};
    r = std::move(*record);
  }
  auto* roles = r.mutable_roles();
  auto held = std::find_if(roles->begin(), roles->end(), [&](const wire::RoleGrant& g) {
    return g.role() == grant.role() && g.scope() == grant.scope();
  });
  if (add == (held != roles->end())) return StagedRole{};
  if (add) {
    *roles->Add() = grant;
  } else {
    roles->erase(held);
  }
  const uint64_t ticket = next_ticket_++;
  batch.put(Table::accounts, account.bytes(), r.SerializeAsString());
  if (grant.role() == wire::OUTREACH) {
    if (add) {
      batch.put(Table::orgs, worker_index_key(grant.scope(), account), "");
    } else {
      batch.erase(Table::orgs, worker_index_key(grant.scope(), account));
    }
  }
  staged_roles_[account] = Staged{ticket, std::move(r)};
  return StagedRole{true, ticket};
}

void AccountService::role_change_done(const AccountId& account, uint64_t ticket) {
  std::lock_guard lock(invite_mutex_);
  auto it = staged_roles_.find(account);
  if (it != staged_roles_.end() && it->second.ticket == ticket) staged_roles_.erase(it);
}

Result<uint32_t> AccountService::count_prekeys(const AccountId& account, uint32_t limit) const {
  uint32_t n = 0;
  std::string prefix = account.bytes();
  RELAIS_TRY(ctx_.store.scan(Table::prekeys, prefix, prefix_end(prefix), limit,
                             [&](std::string_view, std::string_view) {
                               ++n;
                               return true;
                             }));
  return n;
}

Result<std::optional<wire::RoleGrant>> AccountService::redeem_invite(const std::string& code,
                                                                      WriteBatch& batch, bool& invalid) {
  invalid = false;
  const std::string hash = crypto::sha256(code);
  RELAIS_TRY_ASSIGN(auto value, ctx_.store.get(Table::invites, hash));
  if (value) {
    records::Invite invite;
    if (!invite.ParseFromString(*value) || !invite.room().empty() || invite.uses_left() == 0 ||
        invite.expires_ms() < ctx_.clock.now_ms()) {
      invalid = true;
      return std::optional<wire::RoleGrant>{};
    }
    invite.set_uses_left(invite.uses_left() - 1);
    if (invite.uses_left() == 0) {
      batch.erase(Table::invites, hash);
    } else {
      batch.put(Table::invites, hash, invite.SerializeAsString());
    }
    if (invite.has_grant()) return std::optional<wire::RoleGrant>(invite.grant());
    return std::optional<wire::RoleGrant>{};
  }
  // A code made by `relaisd admin-invite` waits as a file named by its hash.
  std::error_code ec;
  auto file = admin_invite_dir(ctx_.config.data_dir) / to_hex(hash);
  if (!ctx_.config.data_dir.empty() && std::filesystem::remove(file, ec)) {
    wire::RoleGrant admin;
    admin.set_role(wire::ADMIN);
    return std::optional<wire::RoleGrant>(admin);
  }
  invalid = true;
  return std::optional<wire::RoleGrant>{};
}

Result<std::string> AccountService::create_admin_invite_file(const std::string& data_dir) {
  std::error_code ec;
  auto dir = admin_invite_dir(data_dir);
  std::filesystem::create_directories(dir, ec);
  if (ec) return Error{Errc::io, "Could not create the folder for admin invites in the data folder."};
  std::filesystem::permissions(dir, std::filesystem::perms::owner_all, ec);
  std::string code = to_base32(crypto::random_bytes(15));
  std::ofstream out(dir / to_hex(crypto::sha256(code)));
  if (!out) return Error{Errc::io, "Could not write the admin invite into the data folder."};
  return code;
}

void AccountService::register_account(const ConnectionPtr& conn, uint64_t id, const wire::Register& req) {
  auto& st = conn->state();
  if (st.account || st.authenticating) {
    return ctx_.fail(*conn, id, wire::ALREADY_AUTHENTICATED, "This connection is already logged in.");
  }
  if (ctx_.refuse_if_disk_low(*conn, id)) return;
  const uint64_t now = ctx_.clock.now_ms();
  if (!registrations_.take(st.address_key, now)) {
    ctx_.refused(Refusal::registration_address);
    return ctx_.fail(*conn, id, wire::RATE_LIMITED, "Too many registrations from here; try again later.");
  }
  // Per network too: many addresses of one block (a /24, a /48) make accounts together.
  if (!ctx_.network_limits.registrations.take(st.network_key, now)) {
    registrations_.give_back(st.address_key, 1);
    ctx_.refused(Refusal::registration_network);
    return ctx_.fail(*conn, id, wire::RATE_LIMITED,
                     "Too many new accounts from your network; try again in a few minutes.");
  }
  if (!signal::is_public_key(req.identity_key())) {
    return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "The identity key is not a Curve25519 public key.");
  }
  if (req.registration_id() == 0 || req.registration_id() > 16380) {
    return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "The registration id is out of range.");
  }
  const auto& spk = req.signed_prekey();
  if (!signal::is_public_key(spk.public_key())) {
    return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "The signed prekey is missing or malformed.");
  }
  if (static_cast<size_t>(req.prekeys_size()) > wire::kMaxPrekeysPerUpload) {
    return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "Too many one-time prekeys in one registration.");
  }
  for (const auto& p : req.prekeys()) {
    if (!valid_prekey(p)) return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "A one-time prekey is malformed.");
  }
  if (!wire::proof_of_work_holds(st.nonce, req.pow_nonce(), ctx_.config.pow_difficulty)) {
    return ctx_.fail(*conn, id, wire::PROOF_OF_WORK_REQUIRED,
                     "Registration on this relay needs a proof of work.");
  }
  if (!signal::verify(req.identity_key(), wire::register_proof_input(st.nonce, req.identity_key()),
                      req.signature())) {
    return ctx_.fail(*conn, id, wire::BAD_SIGNATURE, "The registration signature does not verify.");
  }
  if (!signal::verify(req.identity_key(), spk.public_key(), spk.signature())) {
    return ctx_.fail(*conn, id, wire::BAD_SIGNATURE, "The signed prekey's signature does not verify.");
  }

  WriteBatch batch;
  records::Account record;
  record.set_identity_key(req.identity_key());
  record.set_registration_id(req.registration_id());
  *record.mutable_signed_prekey() = spk;
  record.set_registered_day_ms(RelayContext::day_of(now));
  const std::string identity_index = identity_index_key(req.identity_key());
  {
    std::lock_guard lock(invite_mutex_);
    auto registered = ctx_.store.get(Table::meta, identity_index);
    if (!registered.ok()) return ctx_.store_failed(*conn, id);
    if (*registered || registering_.count(identity_index)) {
      return ctx_.fail(*conn, id, wire::ALREADY_EXISTS,
                       "This identity key already has an account on this relay; log in instead.");
    }
    if (!req.invite_code().empty() || ctx_.config.require_invite) {
      bool invalid = false;
      auto grant = redeem_invite(req.invite_code(), batch, invalid);
      if (!grant.ok()) return ctx_.store_failed(*conn, id);
      if (invalid) {
        return ctx_.fail(*conn, id, wire::INVITE_REQUIRED,
                         req.invite_code().empty() ? "This relay needs an invite code to register."
                                                   : "The invite code is not valid or was already used.");
      }
      if (*grant) *record.add_roles() = **grant;
    }
    AccountId account;
    for (;;) {
      auto candidate = AccountId::from_bytes(crypto::random_bytes(AccountId::kSize));
      auto taken = exists(*candidate);
      if (!taken.ok()) return ctx_.store_failed(*conn, id);
      if (!*taken) {
        account = *candidate;
        break;
      }
    }
    batch.put(Table::accounts, account.bytes(), record.SerializeAsString());
    batch.put(Table::meta, identity_index, account.bytes());
    for (const auto& g : record.roles()) {
      if (g.role() == wire::OUTREACH) batch.put(Table::orgs, worker_index_key(g.scope(), account), "");
    }
    for (const auto& p : req.prekeys()) batch.put(Table::prekeys, prekey_key(account, p.id()), p.public_key());

    st.authenticating = true;
    registering_.insert(identity_index);
    auto roles = record.roles();
    Status queued =
        ctx_.store.commit(std::move(batch), Durability::synced,
                          [this, conn, id, account, roles, identity_index,
                           registered_day = record.registered_day_ms()](const Status& s) {
                            {
                              std::lock_guard l(invite_mutex_);
                              registering_.erase(identity_index);
                            }
                            conn->post([this, conn, id, account, roles, registered_day, s] {
                              conn->state().authenticating = false;
                              if (!s.ok()) return ctx_.store_failed(*conn, id);
                              ctx_.metrics.registrations++;
                              conn->state().account = account;
                              // An account an invite gave a role to is vouched for: not new.
                              conn->state().registered_day_ms = roles.empty() ? registered_day : 0;
                              wire::ServerFrame f;
                              f.set_id(id);
                              f.mutable_registered()->set_account_id(account.bytes());
                              *f.mutable_registered()->mutable_roles() = roles;
                              ctx_.reply(*conn, f);
                              on_login_(conn);
                            });
                          });
    if (!queued.ok()) {
      st.authenticating = false;  // on the strand: nothing was queued
      registering_.erase(identity_index);
      ctx_.store_failed(*conn, id);
    }
  }
}

void AccountService::login(const ConnectionPtr& conn, uint64_t id, const wire::Login& req) {
  auto& st = conn->state();
  if (st.account || st.authenticating) {
    return ctx_.fail(*conn, id, wire::ALREADY_AUTHENTICATED, "This connection is already logged in.");
  }
  auto account = AccountId::from_bytes(req.account_id());
  if (!account) return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "The account id must be 16 bytes.");
  auto record = load(*account);
  if (!record.ok()) return ctx_.store_failed(*conn, id);
  if (!*record) return ctx_.fail(*conn, id, wire::UNKNOWN_ACCOUNT, "There is no such account on this relay.");
  std::string signed_message = wire::login_proof_input(st.nonce, account->bytes());
  if (!signal::verify((*record)->identity_key(), signed_message, req.signature())) {
    return ctx_.fail(*conn, id, wire::BAD_SIGNATURE, "The log-in signature does not verify.");
  }
  auto remaining = count_prekeys(*account, ctx_.config.max_prekeys);
  if (!remaining.ok()) return ctx_.store_failed(*conn, id);
  std::string queue = account->bytes();
  auto last_queued = ctx_.store.last_in(Table::queues, queue, prefix_end(queue));
  if (!last_queued.ok()) return ctx_.store_failed(*conn, id);
  st.account = *account;
  st.registered_day_ms = (*record)->roles().empty() ? (*record)->registered_day_ms() : 0;
  wire::ServerFrame f;
  f.set_id(id);
  auto* li = f.mutable_logged_in();
  if (*last_queued) li->set_queue_last_seq(read_be64(std::string_view((*last_queued)->first).substr(AccountId::kSize)));
  li->set_prekeys_remaining(*remaining);
  *li->mutable_roles() = (*record)->roles();
  li->set_server_time_ms(ctx_.clock.now_ms());
  ctx_.reply(*conn, f);
  on_login_(conn);
}

void AccountService::get_identities(const ConnectionPtr& conn, uint64_t id,
                                    const wire::GetIdentities& req) {
  if (auto v = wire::check(req)) return ctx_.fail(*conn, id, *v);
  // An id asked twice is read and answered once: at most kMaxIdentityLookups reads a request.
  std::vector<std::string_view> distinct;
  distinct.reserve(static_cast<size_t>(req.account_ids_size()));
  for (const auto& bytes : req.account_ids()) {
    if (std::find(distinct.begin(), distinct.end(), bytes) == distinct.end())
      distinct.push_back(bytes);
  }
  // Each id is a read of the store: a long list costs the connection's budget more than a
  // frame (the frame itself was paid for by on_message), so lookups cannot flood the store.
  const double extra = static_cast<double>(distinct.size()) / 10.0;
  if (!conn->state().frames.take(ctx_.clock.now_ms(), extra))
    return ctx_.fail(*conn, id, wire::RATE_LIMITED, "Too many requests; slow down.");
  // And the account's own budget of identity keys, shared with GetIdentityKey: new connections
  // do not reset it. One id, one key; a request never costs more than the whole burst, so that
  // an operator's small burst cannot make every full lookup fail.
  const double keys = std::min(static_cast<double>(distinct.size()),
                               std::max(1.0, ctx_.config.identity_lookups_per_account.burst));
  if (!ctx_.limits.identity_lookups.take(RelayContext::account_key(*conn->state().account),
                                         ctx_.clock.now_ms(), keys)) {
    return ctx_.fail(*conn, id, wire::RATE_LIMITED, "Too many identity keys asked; slow down.");
  }
  wire::ServerFrame f;
  f.set_id(id);
  auto* out = f.mutable_identities();
  for (const auto bytes : distinct) {
    auto record = load(*AccountId::from_bytes(bytes));
    if (!record.ok()) return ctx_.store_failed(*conn, id);
    if (!*record) continue;  // unknown: left out, as the protocol says
    auto* identity = out->add_identities();
    identity->set_account_id(std::string(bytes));
    identity->set_identity_key((*record)->identity_key());
  }
  ctx_.reply(*conn, f);
}

void AccountService::fetch_bundle(const ConnectionPtr& conn, uint64_t id, const wire::FetchBundle& req) {
  auto target = AccountId::from_bytes(req.account_id());
  if (!target) return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "The account id must be 16 bytes.");
  const uint64_t now = ctx_.clock.now_ms();
  if (!ctx_.limits.bundle_fetches.take(RelayContext::account_key(*conn->state().account), now)) {
    return ctx_.fail(*conn, id, wire::RATE_LIMITED, "Too many key bundles asked; slow down.");
  }
  auto record = load(*target);
  if (!record.ok()) return ctx_.store_failed(*conn, id);
  if (!*record) return ctx_.fail(*conn, id, wire::UNKNOWN_ACCOUNT, "There is no such account on this relay.");
  // One-time prekeys leave a target at its own pace, whoever asks: past it, the bundle comes
  // without one (the session starts from the signed prekey, as when none is left). Refusing the
  // bundle instead would let a few accounts make the target unreachable for everyone.
  const bool prekey_allowed =
      ctx_.limits.prekey_handouts.take(RelayContext::account_key(*target), now);

  wire::ServerFrame f;
  f.set_id(id);
  auto* bundle = f.mutable_bundle();
  bundle->set_account_id(target->bytes());
  bundle->set_identity_key((*record)->identity_key());
  bundle->set_registration_id((*record)->registration_id());
  *bundle->mutable_signed_prekey() = (*record)->signed_prekey();

  auto& stripe = prekey_stripes_[target->raw()[0] % prekey_stripes_.size()];
  std::string taken_key;
  uint32_t left = 0;
  StagedChanges change(stripe.mutex);
  {
    std::lock_guard lock(stripe.mutex);
    std::string prefix = target->bytes();
    size_t seen = 0;
    auto scanned = ctx_.store.scan(
        Table::prekeys, prefix, prefix_end(prefix), stripe.reserved.size() + ctx_.config.prekeys_low + 1,
        [&](std::string_view key, std::string_view value) {
          if (stripe.reserved.count(std::string(key))) return true;
          ++seen;
          if (taken_key.empty() && prekey_allowed) {
            taken_key = std::string(key);
            bundle->mutable_prekey()->set_id(read_be32(key.substr(AccountId::kSize)));
            bundle->mutable_prekey()->set_public_key(std::string(value));
          }
          return true;
        });
    if (!scanned.ok()) return ctx_.store_failed(*conn, id);
    left = seen > 0 ? static_cast<uint32_t>(seen - (taken_key.empty() ? 0 : 1)) : 0;
    if (taken_key.empty()) {
      // No one-time prekey left: the session starts from the signed prekey only.
      ctx_.reply(*conn, f);
    } else {
      // Reserved until its removal is over, whether it is written or not.
      stripe.reserved.insert(taken_key);
      change.finally([&stripe, taken_key] { stripe.reserved.erase(taken_key); });
      change.batch().erase(Table::prekeys, taken_key);
      Status queued = std::move(change).commit(ctx_.store, Durability::synced,
                                               ctx_.answer_when_stored(conn, std::move(f)));
      if (!queued.ok()) return ctx_.store_failed(*conn, id);
    }
  }
  if (left < ctx_.config.prekeys_low) {
    if (auto owner = ctx_.online.find(*target)) {
      wire::ServerFrame low;
      low.mutable_prekey_count()->set_remaining(left);
      ctx_.reply(*owner, low);
    }
  }
}

void AccountService::identity_key(const ConnectionPtr& conn, uint64_t id,
                                  const wire::GetIdentityKey& req) {
  if (auto v = wire::check_account(req.account_id())) return ctx_.fail(*conn, id, *v);
  const auto target = AccountId::from_bytes(req.account_id());
  if (!ctx_.limits.identity_lookups.take(RelayContext::account_key(*conn->state().account),
                                         ctx_.clock.now_ms())) {
    return ctx_.fail(*conn, id, wire::RATE_LIMITED, "Too many identity keys asked; slow down.");
  }
  auto record = load(*target);
  if (!record.ok()) return ctx_.store_failed(*conn, id);
  if (!*record)
    return ctx_.fail(*conn, id, wire::UNKNOWN_ACCOUNT, "There is no such account on this relay.");
  wire::ServerFrame f;
  f.set_id(id);
  f.mutable_identity_key()->set_account_id(target->bytes());
  f.mutable_identity_key()->set_identity_key((*record)->identity_key());
  ctx_.reply(*conn, f);
}

void AccountService::upload_prekeys(const ConnectionPtr& conn, uint64_t id, const wire::UploadPrekeys& req) {
  const AccountId account = *conn->state().account;
  if (static_cast<size_t>(req.prekeys_size()) > wire::kMaxPrekeysPerUpload) {
    return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "Too many one-time prekeys in one upload.");
  }
  if (ctx_.refuse_if_disk_low(*conn, id)) return;
  for (const auto& p : req.prekeys()) {
    if (!valid_prekey(p)) return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "A one-time prekey is malformed.");
  }
  auto current = count_prekeys(account, ctx_.config.max_prekeys + 1);
  if (!current.ok()) return ctx_.store_failed(*conn, id);
  if (*current + static_cast<uint32_t>(req.prekeys_size()) > ctx_.config.max_prekeys) {
    return ctx_.fail(*conn, id, wire::INVALID_ARGUMENT, "That would store more prekeys than the relay keeps.");
  }
  WriteBatch batch;
  if (req.has_signed_prekey()) {
    auto record = load(account);
    if (!record.ok() || !*record) return ctx_.store_failed(*conn, id);
    const auto& spk = req.signed_prekey();
    if (!signal::is_public_key(spk.public_key()) ||
        !signal::verify((*record)->identity_key(), spk.public_key(), spk.signature())) {
      return ctx_.fail(*conn, id, wire::BAD_SIGNATURE, "The signed prekey's signature does not verify.");
    }
    *(*record)->mutable_signed_prekey() = spk;
    batch.put(Table::accounts, account.bytes(), (*record)->SerializeAsString());
  }
  for (const auto& p : req.prekeys()) batch.put(Table::prekeys, prekey_key(account, p.id()), p.public_key());
  wire::ServerFrame answer;
  answer.set_id(id);
  answer.mutable_prekey_count()->set_remaining(*current + static_cast<uint32_t>(req.prekeys_size()));
  Status queued = ctx_.store.commit(std::move(batch), Durability::synced,
                                    ctx_.answer_when_stored(conn, std::move(answer)));
  if (!queued.ok()) ctx_.store_failed(*conn, id);
}

}  // namespace relais::server

// Accounts and keys: registration, challenge-response log-in, prekey bundles.
#pragma once

#include <array>
#include <functional>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "records.pb.h"
#include "server/relay/context.h"

namespace relais::server {

class AccountService {
 public:
  // Called once the connection has logged in (by Register or Login).
  using OnLogin = std::function<void(const ConnectionPtr&)>;

  AccountService(RelayContext& ctx, OnLogin on_login);

  // Builds the index identity key -> account once, for accounts registered before it existed.
  Status load();

  void register_account(const ConnectionPtr& conn, uint64_t id, const wire::Register& req);
  void login(const ConnectionPtr& conn, uint64_t id, const wire::Login& req);
  void fetch_bundle(const ConnectionPtr& conn, uint64_t id, const wire::FetchBundle& req);
  // An account's identity key, consuming nothing (the check of a sealed envelope's sender).
  void identity_key(const ConnectionPtr& conn, uint64_t id, const wire::GetIdentityKey& req);
  void upload_prekeys(const ConnectionPtr& conn, uint64_t id, const wire::UploadPrekeys& req);
  // Identity keys of up to wire::kMaxIdentityLookups accounts (any logged-in account may ask:
  // the keys are what FetchBundle and ListMembers hand out too, without using up a prekey).
  void get_identities(const ConnectionPtr& conn, uint64_t id, const wire::GetIdentities& req);

  Result<std::optional<records::Account>> load(const AccountId& account) const;
  Result<bool> exists(const AccountId& account) const;
  // Whether the account holds `grant` (ADMIN, or a scoped role).
  Result<bool> has_role(const AccountId& account, wire::Role role, std::string_view scope = {}) const;
  // Puts into `batch` the account record with `grant` added or removed; `changed` is false when
  // the record already was so (nothing is put). Changes staged but not yet committed are seen by
  // the next staging, so two quick changes to one account build on each other instead of the
  // second undoing the first; call role_change_done(account, ticket) once the batch committed
  // or failed.
  struct StagedRole {
    bool changed = false;
    uint64_t ticket = 0;
  };
  Result<StagedRole> stage_role_change(const AccountId& account, const wire::RoleGrant& grant, bool add,
                                       WriteBatch& batch);
  void role_change_done(const AccountId& account, uint64_t ticket);

  // Whether an organisation exists (for OUTREACH grants), answered by the permanences; set
  // once by RelayCore before any request. Without it every organisation exists.
  void set_org_directory(std::function<bool(std::string_view)> org_exists) {
    org_exists_ = std::move(org_exists);
  }
  bool org_exists(std::string_view org) const { return !org_exists_ || org_exists_(org); }

  // Writes an admin invite code for `data_dir` (used by `relaisd admin-invite`, which may run
  // while the relay runs: the relay reads the code's hash from a file it then deletes).
  static Result<std::string> create_admin_invite_file(const std::string& data_dir);

  static std::string prekey_key(const AccountId& account, uint32_t prekey_id);
  // One identity key registers one account: Table::meta "identity/" SHA-256(key) -> account id.
  // (The account record holds the key already; the index tells nothing more.)
  static std::string identity_index_key(std::string_view identity_key);
  // The index organisation -> outreach workers in Table::orgs ("worker/" org "/" account),
  // written in the batch that grants or revokes the OUTREACH role, so ListWorkers reads one
  // prefix instead of every account.
  static std::string worker_index_prefix(std::string_view org);
  static std::string worker_index_key(std::string_view org, const AccountId& account);

 private:
  Result<uint32_t> count_prekeys(const AccountId& account, uint32_t limit) const;
  // Checks and consumes an invite code; returns the grant it carries.
  Result<std::optional<wire::RoleGrant>> redeem_invite(const std::string& code, WriteBatch& batch,
                                                        bool& invalid);

  RelayContext& ctx_;
  OnLogin on_login_;
  std::function<bool(std::string_view)> org_exists_;
  KeyedLimiter registrations_;
  // Prekeys handed out but whose removal is not yet committed, so two concurrent fetches never
  // hand out the same one-time prekey.
  struct PrekeyStripe {
    std::mutex mutex;
    std::set<std::string> reserved;
  };
  std::array<PrekeyStripe, 16> prekey_stripes_;
  std::mutex invite_mutex_;            // guards invite redemption, registering_ and staged_roles_
  std::set<std::string> registering_;  // identity keys whose registration is being committed
  struct Staged {
    uint64_t ticket;
    records::Account record;
  };
  std::unordered_map<AccountId, Staged> staged_roles_;  // role changes being committed
  uint64_t next_ticket_ = 1;
};

}  // namespace relais::server

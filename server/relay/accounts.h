// Accounts and keys: registration, challenge-response log-in, prekey bundles.
#pragma once

#include <array>
#include <mutex>
#include <optional>
#include <set>
#include <string>

#include "records.pb.h"
#include "server/relay/context.h"

namespace relais::server {

class AccountService {
 public:
  // Called once the connection has logged in (by Register or Login).
  using OnLogin = std::function<void(const ConnectionPtr&)>;

  AccountService(RelayContext& ctx, OnLogin on_login);

  void register_account(const ConnectionPtr& conn, uint64_t id, const wire::Register& req);
  void login(const ConnectionPtr& conn, uint64_t id, const wire::Login& req);
  void fetch_bundle(const ConnectionPtr& conn, uint64_t id, const wire::FetchBundle& req);
  void upload_prekeys(const ConnectionPtr& conn, uint64_t id, const wire::UploadPrekeys& req);

  Result<std::optional<records::Account>> load(const AccountId& account) const;
  Result<bool> exists(const AccountId& account) const;
  // Whether the account holds `grant` (ADMIN, or a scoped role).
  Result<bool> has_role(const AccountId& account, wire::Role role, std::string_view scope = {}) const;
  // Adds or removes a role grant in the account record.
  void change_role(const AccountId& account, const wire::RoleGrant& grant, bool add, KvStore::Done done);

  // Writes an admin invite code for `data_dir` (used by `relaisd admin-invite`, which may run
  // while the relay runs: the relay reads the code's hash from a file it then deletes).
  static Result<std::string> create_admin_invite_file(const std::string& data_dir);

  static std::string prekey_key(const AccountId& account, uint32_t prekey_id);

 private:
  Result<uint32_t> count_prekeys(const AccountId& account, uint32_t limit) const;
  // Checks and consumes an invite code; returns the grant it carries.
  Result<std::optional<wire::RoleGrant>> redeem_invite(const std::string& code, WriteBatch& batch,
                                                        bool& invalid);

  RelayContext& ctx_;
  OnLogin on_login_;
  KeyedLimiter registrations_;
  // Prekeys handed out but whose removal is not yet committed, so two concurrent fetches never
  // hand out the same one-time prekey.
  struct PrekeyStripe {
    std::mutex mutex;
    std::set<std::string> reserved;
  };
  std::array<PrekeyStripe, 16> prekey_stripes_;
  std::mutex invite_mutex_;
};

}  // namespace relais::server

#include "core/profile/host.h"

#include <cstdlib>
#include <variant>

#include "core/vault/format.h"

namespace relais::profile {
namespace {

// A turn whose handlers keep producing events gives up after this many rounds rather than
// spinning; the next input starts a new turn.
constexpr int kMaxRounds = 1000;

}  // namespace

Result<crypto::ScryptParams> vault_kdf_params() {
  crypto::ScryptParams params;
  if (const char* env = std::getenv("RELAIS_VAULT_KDF_LOG2N"); env && *env) {
    char* end = nullptr;
    const long v = std::strtol(env, &end, 10);
    if (*end != '\0' || v < 10 || v > 20) {
      return Error{Errc::invalid_argument,
                   "RELAIS_VAULT_KDF_LOG2N must be a number from 10 to 20."};
    }
    params.log2_n = static_cast<uint32_t>(v);
  }
  return params;
}

bool exists(const std::string& home) {
  return vault::Vault::exists(home);
}

Host::Host(std::string home, engine::Engine engine, std::optional<vault::Vault> vault)
    : home_(std::move(home)), engine_(std::move(engine)), vault_(std::move(vault)) {}

Host::~Host() {
  *alive_ = false;
  vault::wipe(passphrase_);
}

Result<std::unique_ptr<Host>> Host::open(const std::string& home, std::string_view passphrase) {
  if (!exists(home)) return Error{Errc::not_found, "There is no profile in " + home + "."};
  auto v = vault::Vault::open(home, passphrase);
  if (!v) {
    switch (v.error().code) {
      case Errc::not_found:
        return Error{Errc::not_found, "There is no profile in " + home + "."};
      case Errc::wrong_passphrase:
        return Error{Errc::wrong_passphrase, "Wrong passphrase for the profile in " + home + "."};
      case Errc::corrupt:
        return Error{Errc::corrupt, "The profile in " + home + " is damaged."};
      case Errc::permission:
        return Error{Errc::permission,
                     "The profile in " + home + " is open in another program; close it first."};
      default:
        return std::move(v).error();
    }
  }
  auto e = engine::Engine::restore(v->contents());
  if (!e) return Error{Errc::corrupt, "The profile in " + home + " is damaged."};
  if (!e->registered()) {
    return Error{Errc::not_found, "The profile in " + home + " is not registered."};
  }
  return std::unique_ptr<Host>(new Host(home, std::move(*e), std::move(*v)));
}

Result<std::unique_ptr<Host>> Host::begin_registration(const std::string& home,
                                                       std::string_view passphrase,
                                                       engine::Profile profile) {
  if (home.empty()) return Error{Errc::invalid_argument, "No profile folder."};
  if (exists(home)) {
    return Error{Errc::already_exists, "There is already a profile in " + home + "."};
  }
  if (passphrase.empty()) return Error{Errc::invalid_argument, "The passphrase is empty."};
  RELAIS_TRY_ASSIGN(crypto::ScryptParams params, vault_kdf_params());
  if (auto st = engine::check_name(profile.name); !st) {
    return Error{Errc::invalid_argument, "The pseudonym is not usable: " + st.error().message};
  }
  RELAIS_TRY_ASSIGN(engine::Engine fresh, engine::Engine::create(std::move(profile)));
  std::unique_ptr<Host> host(new Host(home, std::move(fresh), std::nullopt));
  host->passphrase_ = std::string(passphrase);
  host->params_ = params;
  return host;
}

void Host::on_connected(Transport& transport) {
  Turn turn(*this);
  transport_ = &transport;
  close_requested_ = false;
  engine_.on_connected();
}

void Host::on_message(std::string_view message, uint64_t now_ms) {
  if (!transport_) return;
  Turn turn(*this);
  engine_.on_message(message, now_ms);
}

void Host::on_disconnected() {
  Turn turn(*this);
  detach();
}

void Host::tick(uint64_t now_ms) {
  Turn turn(*this);
  engine_.tick(now_ms);
}

void Host::close_connection() {
  if (!transport_) return;
  if (in_turn_ || depth_ > 0) {
    close_requested_ = true;  // after the turn has saved and written
    return;
  }
  // Outside a turn every input has had its turn: all that was decided is saved and written.
  // The turn hands on what the engine says of the requests the connection took with it.
  Turn turn(*this);
  transport_->close();
  detach();
}

void Host::resume_saves() {
  Turn turn(*this);
  saves_suspended_ = false;
}

Status Host::save() {
  if (auto failure = write()) return failure->error;
  return ok_status();
}

void Host::turn() {
  if (in_turn_) return;  // the turn under way takes the effects up
  in_turn_ = true;
  const std::shared_ptr<bool> alive = alive_;
  for (int round = 0; round < kMaxRounds; ++round) {
    // Without a handler the events wait in the engine for the next turn that has one.
    const std::vector<engine::Event> events =
        event_handler_ ? engine_.take_events() : std::vector<engine::Event>{};
    for (const auto& e : events) {
      // The account exists from here on: keep it before anyone acts on it.
      if (registering() && std::holds_alternative<engine::event::Registered>(e)) {
        if (auto failure = create_vault()) {
          in_turn_ = false;
          fail(*failure);
          return;
        }
      }
      // A copy: the handler may replace itself, or destroy this host and the original.
      if (const EventHandler handler = event_handler_) handler(e);
      if (!*alive) return;
    }
    if (auto failure = write()) {
      // Like a crash after the events: nothing held back for this save leaves.
      in_turn_ = false;
      fail(*failure);
      return;
    }
    std::vector<std::string> outgoing = engine_.take_outgoing();
    // Without a connection they are dropped: the engine sends again what matters once logged in.
    for (auto& message : outgoing) {
      if (!transport_) break;
      transport_->send(std::move(message));
      if (!*alive) return;
    }
    if (events.empty()) break;
  }
  in_turn_ = false;
  if (close_requested_) {
    close_requested_ = false;
    if (transport_) {
      transport_->close();
      detach();
      turn();  // what the engine says of the requests the connection took with it
    }
  }
}

std::optional<WriteFailure> Host::create_vault() {
  auto v = vault::Vault::create(home_, passphrase_, params_, engine_.serialize());
  if (!v) {
    Error cause = std::move(v).error();
    Error error{cause.code, "The profile could not be created in " + home_ + ": " + cause.message};
    return WriteFailure{WriteFailure::Step::create, std::move(cause), std::move(error)};
  }
  vault_.emplace(std::move(*v));
  engine_.saved();
  vault::wipe(passphrase_);
  return std::nullopt;
}

std::optional<WriteFailure> Host::write() {
  if (!vault_) {
    // A vault that could not be created when the account was registered: try again.
    if (engine_.registered() && !passphrase_.empty()) return create_vault();
    return std::nullopt;
  }
  if (saves_suspended_ || !engine_.needs_save()) return std::nullopt;
  if (auto st = vault_->save(engine_.serialize()); !st) {
    Error cause = std::move(st).error();
    Error error{cause.code, "The profile could not be saved: " + cause.message};
    return WriteFailure{WriteFailure::Step::save, std::move(cause), std::move(error)};
  }
  engine_.saved();
  return std::nullopt;
}

void Host::detach() {
  transport_ = nullptr;
  close_requested_ = false;
  engine_.on_disconnected();
}

void Host::fail(const WriteFailure& failure) {
  if (transport_) {
    transport_->close();
    detach();
  }
  if (const FailureHandler handler = failure_handler_) handler(failure);
}

}  // namespace relais::profile

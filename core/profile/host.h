// The host loop: one profile folder (its vault and the engine restored from it) and the order
// that makes a crash harmless, written once for every client. After every input — the
// connection opening or ending, a message from the relay, the time, a command — the host runs
// one turn:
//
//   1. hand each event the engine produced to the client (which may give more commands),
//   2. if the engine changed, save it to the vault (and tell the engine it is durable),
//   3. only then write the frames the engine released to the connection,
//
// and again while handling events produced more. A registration creates the vault when the
// engine reports Registered (the account exists only from then on), with that state in it.
//
// No sockets, threads or clocks here: a client adapts its transport (Asio in the CLI, a Qt
// thread in relais-qt, a test's recorder) to Transport, reports what happens to it, and gives
// commands through command(), which runs the turn when the command returns.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/base/result.h"
#include "core/crypto/kdf.h"
#include "core/engine/engine.h"
#include "core/vault/vault.h"

namespace relais::profile {

// The vault's scrypt cost: N = 2^15, or RELAIS_VAULT_KDF_LOG2N (10..20) so that end-to-end
// tests do not spend a second per profile. Errc::invalid_argument for another value.
Result<crypto::ScryptParams> vault_kdf_params();

// Whether `home` holds a profile (a vault file).
bool exists(const std::string& home);

// What the host needs of one connection to the relay.
class Transport {
 public:
  virtual ~Transport() = default;
  // Queues one WebSocket message for the relay. A connection that cannot take it reports its
  // end through Host::on_disconnected(), at once or later.
  virtual void send(std::string message) = 0;
  // Closes politely after what is queued; the adapter then calls Host::on_disconnected().
  virtual void close() = 0;
};

// The profile could not be written: what the failure handler is told.
struct WriteFailure {
  enum class Step {
    create,  // the vault of a registration, when the relay had registered the account
    save,    // a save of the engine's state
  };
  Step step = Step::save;
  Error cause;  // the vault's own error, one sentence
  Error error;  // all of it in one English sentence naming the folder (what the CLI prints)
};

class Host {
 public:
  using EventHandler = std::function<void(const engine::Event&)>;
  using FailureHandler = std::function<void(const WriteFailure&)>;

  // Opens the registered profile in `home`. One code for each way it fails, with a sentence
  // naming the folder:
  //   Errc::not_found         no profile there, or one that holds no registered account
  //   Errc::wrong_passphrase  the passphrase does not open it
  //   Errc::corrupt           the file or the state in it is damaged
  //   Errc::permission        another program has it open (locked)
  //   Errc::io                the folder or the file cannot be read
  static Result<std::unique_ptr<Host>> open(const std::string& home, std::string_view passphrase);

  // A new identity that registers at its first connection. Nothing is written until the relay
  // has registered the account: then the vault is created in `home` under `passphrase`, with
  // the KDF cost of vault_kdf_params(). Errc::already_exists when `home` holds a profile,
  // Errc::invalid_argument for an empty folder or passphrase, an unusable pseudonym or KDF cost.
  static Result<std::unique_ptr<Host>> begin_registration(const std::string& home,
                                                          std::string_view passphrase,
                                                          engine::Profile profile);

  // Keeps nothing that was not saved and sends nothing more: what a crash does. Call save()
  // first to keep what the last turn decided (a failed save is the one thing left to keep).
  ~Host();
  Host(const Host&) = delete;
  Host& operator=(const Host&) = delete;

  // Every event, in order, before the state that follows from it is saved. The handler may
  // give commands, call close_connection(), or destroy this host. While no handler is set,
  // events wait in the engine (saving and sending go on).
  void on_event(EventHandler handler) { event_handler_ = std::move(handler); }
  // The profile could not be written (the vault not created at registration, or a save): the
  // connection was closed, so nothing held back for that save has left. A later turn tries
  // again.
  void on_failure(FailureHandler handler) { failure_handler_ = std::move(handler); }

  // ---- Input; each runs a turn.
  // The connection is open; `transport` is used until on_disconnected() or close_connection().
  void on_connected(Transport& transport);
  // One message from the relay. Ignored while no connection is attached (after the host
  // closed it): the relay delivers again what was not acknowledged.
  void on_message(std::string_view message, uint64_t now_ms);
  // The connection ended (or failed); frames not written are forgotten and sent again later.
  void on_disconnected();
  // The time, now and then (disappearing messages).
  void tick(uint64_t now_ms);
  // Gives commands to the engine: runs `fn(engine)`, then the turn. Inside an event handler
  // the turn under way takes the effects up. Returns what `fn` returns.
  template <class F>
  decltype(auto) command(F&& fn) {
    Turn turn(*this);
    return std::forward<F>(fn)(engine_);
  }

  // Closes the connection once everything decided so far is saved and written: at once
  // outside a turn, at the end of the turn under way inside one.
  void close_connection();

  // ---- State
  const engine::Engine& engine() const { return engine_; }
  const std::string& home() const { return home_; }
  // Begun with begin_registration() and the vault not created yet.
  bool registering() const { return !vault_.has_value(); }
  bool connected() const { return transport_ != nullptr; }

  // Saves the engine's state if it changed (or creates the vault of a registration the relay
  // has confirmed). The WriteFailure's error when it cannot; the engine then keeps holding
  // back what needed the save.
  Status save();

  // For work on the vault outside the host (a passphrase change on another thread): while
  // suspended, turns do not save, so what needs a save stays held back. resume_saves() runs a
  // turn. Null while registering.
  vault::Vault* vault() { return vault_ ? &*vault_ : nullptr; }
  void suspend_saves() { saves_suspended_ = true; }
  void resume_saves();

 private:
  // An input or a command under way; the outermost one runs the turn when it ends (unless
  // the host was destroyed meanwhile).
  class Turn {
   public:
    explicit Turn(Host& host) : host_(host), alive_(host.alive_) { ++host_.depth_; }
    ~Turn() {
      if (*alive_ && --host_.depth_ == 0) host_.turn();
    }
    Turn(const Turn&) = delete;
    Turn& operator=(const Turn&) = delete;

   private:
    Host& host_;
    std::shared_ptr<bool> alive_;
  };

  Host(std::string home, engine::Engine engine, std::optional<vault::Vault> vault);
  void turn();
  std::optional<WriteFailure> create_vault();
  std::optional<WriteFailure> write();
  void detach();
  void fail(const WriteFailure& failure);

  std::string home_;
  engine::Engine engine_;
  std::optional<vault::Vault> vault_;
  std::string passphrase_;       // only while registering
  crypto::ScryptParams params_;  // for the vault a registration creates
  Transport* transport_ = nullptr;
  EventHandler event_handler_;
  FailureHandler failure_handler_;
  int depth_ = 0;  // commands and inputs under way
  bool in_turn_ = false;
  bool close_requested_ = false;
  bool saves_suspended_ = false;
  // Reset by the destructor: a turn whose handler destroyed the host stops there.
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace relais::profile

// The Qt host of the client engine: the host loop of core/profile (engine, vault, and the order
// events -> save -> send) over RelayConnection, which runs the WebSocket on its own thread. It
// reconnects with a backoff, ticks the engine, and turns what the loop reports into signals.
// Everything here runs on the GUI thread; the engine is never touched from another.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QTimer>
#include <memory>
#include <string>
#include <utility>

#include "core/base/result.h"
#include "core/engine/engine.h"
#include "core/profile/host.h"

namespace relais::qt {

class RelayConnection;

uint64_t wallClockMs();

class EngineHost : public QObject, private profile::Transport {
  Q_OBJECT
 public:
  enum class Link { none, connecting, online, offline };
  Q_ENUM(Link)

  explicit EngineHost(QObject* parent = nullptr);
  ~EngineHost() override;

  static bool hasProfile(const QString& home);

  // A new identity on `relay_url`; the vault is created under `passphrase` once the relay has
  // registered the account (registered() follows, or registrationFailed()). Errors found at
  // once come back as one sentence.
  Status beginRegistration(const QString& home, const QString& relay_url, const QString& name,
                           const QString& passphrase, const QString& invite = {},
                           const QString& ca_file = {});
  // Opens the profile in `home` and connects. Errors as one sentence (no profile, wrong
  // passphrase, damaged, open in another program).
  Status unlock(const QString& home, const QString& passphrase);
  // Saves what must be saved, then drops the connection, the engine and the vault (and with it
  // the lock on the profile). Quick and safe to call at any time, also when already locked.
  void lock();
  // Re-encrypts the profile under `new_passphrase` once `old_passphrase` proves to be the
  // current one; the new one must pass the strength rule of profile creation. What can be
  // checked at once comes back as one sentence; otherwise the two scrypt runs (about 0.2 s)
  // happen on a thread of their own and passphraseChanged() tells the outcome. Meanwhile the
  // engine goes on; its saves (and so what it holds back) wait for the end of the change, and
  // lock() waits for it too.
  Status changePassphrase(const QString& old_passphrase, const QString& new_passphrase);
  bool changingPassphrase() const { return passphrase_thread_ != nullptr; }

  bool unlocked() const { return host_ && !host_->registering(); }
  bool registering() const { return host_ && host_->registering(); }
  // Null when locked. Reading only: commands go through command().
  const engine::Engine* engine() const { return host_ ? &host_->engine() : nullptr; }
  // Gives commands to the engine: runs `fn(engine)`, then the host loop (events, save, send).
  // Record what a command returns (its RequestId) inside `fn`: its answer may be handed on
  // before command() returns. False, and `fn` not run, when locked.
  template <class F>
  bool command(F&& fn) {
    if (!host_) return false;
    host_->command([&](engine::Engine& e) { std::forward<F>(fn)(e); });
    return true;
  }
  Link link() const { return link_; }
  QString home() const { return home_; }

 Q_SIGNALS:
  // Every engine event, after the host's own handling.
  void engineEvent(const relais::engine::Event& event);
  void registered();
  // `about_invite`: the relay wants a (valid) invite code; otherwise it concerns the relay.
  void registrationFailed(const QString& reason, bool about_invite = false);
  void unlockedChanged(bool unlocked);
  void linkChanged(relais::qt::EngineHost::Link link);
  // Something the person should know, as one translated or engine sentence.
  void problem(const QString& sentence);
  // The end of changePassphrase(): `error` is empty on success, else one sentence (the
  // current passphrase was wrong, the file could not be written, ...).
  void passphraseChanged(const QString& error);

 private:
  // profile::Transport, over connection_.
  void send(std::string message) override;
  void close() override;

  void adopt(std::unique_ptr<profile::Host> host);
  void connectRelay();
  void dropConnection();
  void setLink(Link link);
  void onOpened();
  void onMessage(const std::string& message);
  void onClosed(bool ok, const QString& reason);
  void onWriteFailed(const profile::WriteFailure& failure);
  void handleCommon(const engine::Event& e);
  void finishPassphraseChange();

  QString home_;
  std::unique_ptr<profile::Host> host_;
  RelayConnection* connection_ = nullptr;  // owned
  QTimer reconnect_;
  QTimer tick_;
  int backoff_ms_ = 0;
  Link link_ = Link::none;
  QThread* passphrase_thread_ = nullptr;       // owned; runs the passphrase change
  std::shared_ptr<QString> passphrase_error_;  // its outcome, read once it has finished
};

}  // namespace relais::qt

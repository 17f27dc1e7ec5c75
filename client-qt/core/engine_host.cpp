#include "client-qt/core/engine_host.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <chrono>

#include "client-qt/core/failure_text.h"
#include "client-qt/core/passphrase_strength.h"
#include "client-qt/core/relay_connection.h"
#include "core/client_net/url.h"
#include "core/vault/format.h"

namespace relais::qt {
namespace {

constexpr int kFirstRetryMs = 1000;
constexpr int kLastRetryMs = 30'000;
constexpr int kTickMs = 30'000;  // disappearing messages

std::string utf8(const QString& s) {
  return s.toUtf8().toStdString();
}

}  // namespace

uint64_t wallClockMs() {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count());
}

EngineHost::EngineHost(QObject* parent) : QObject(parent) {
  reconnect_.setSingleShot(true);
  connect(&reconnect_, &QTimer::timeout, this, &EngineHost::connectRelay);
  tick_.setInterval(kTickMs);
  connect(&tick_, &QTimer::timeout, this, [this] {
    if (host_) host_->tick(wallClockMs());
  });
}

EngineHost::~EngineHost() {
  lock();
}

bool EngineHost::hasProfile(const QString& home) {
  return profile::exists(utf8(home));
}

Status EngineHost::beginRegistration(const QString& home, const QString& relay_url,
                                     const QString& name, const QString& passphrase,
                                     const QString& invite, const QString& ca_file) {
  lock();
  // The host checks these too; here each gets a sentence in the person's language.
  if (home.isEmpty()) return Error{Errc::invalid_argument, utf8(tr("No profile folder."))};
  if (hasProfile(home)) {
    return Error{Errc::already_exists,
                 utf8(tr("There is already a profile in %1; unlock it instead.").arg(home))};
  }
  // Each refusal in the person's language: the library's English sentence is for developers.
  if (auto problem = client_net::relay_url_problem(utf8(relay_url.trimmed()))) {
    return Error{Errc::invalid_argument, utf8(FailureText::of(*problem))};
  }
  const std::string pseudonym = utf8(name);
  if (auto checked = engine::check_name(pseudonym); !checked) {
    return Error{
        Errc::invalid_argument,
        utf8(tr("The pseudonym is not usable: %1").arg(FailureText::of(checked.failure())))};
  }
  if (passphrase.isEmpty()) {
    return Error{Errc::invalid_argument, utf8(tr("The passphrase is empty."))};
  }
  std::string ca;
  if (!ca_file.isEmpty()) {
    const QFileInfo info(ca_file);
    if (!info.isReadable()) {
      return Error{Errc::invalid_argument, utf8(tr("The CA file %1 cannot be read.").arg(ca_file))};
    }
    ca = utf8(info.absoluteFilePath());
  }
  std::string secret = utf8(passphrase);
  auto begun = profile::Host::begin_registration(
      utf8(home), secret, {pseudonym, utf8(relay_url.trimmed()), ca, utf8(invite)});
  vault::wipe(secret);
  if (!begun) return std::move(begun).error();
  home_ = home;
  adopt(std::move(*begun));
  connectRelay();
  return ok_status();
}

Status EngineHost::unlock(const QString& home, const QString& passphrase) {
  lock();
  if (!hasProfile(home)) {
    return Error{Errc::not_found, utf8(tr("There is no profile in %1.").arg(home))};
  }
  std::string secret = utf8(passphrase);
  auto opened = profile::Host::open(utf8(home), secret);
  vault::wipe(secret);
  if (!opened) {
    switch (opened.error().code) {
      case Errc::wrong_passphrase:
        return Error{Errc::wrong_passphrase, utf8(tr("Wrong passphrase."))};
      case Errc::corrupt:
        return Error{Errc::corrupt, utf8(tr("The profile in %1 is damaged.").arg(home))};
      case Errc::permission:
        return Error{Errc::permission,
                     utf8(tr("The profile is open in another program; close it first."))};
      case Errc::not_found:  // there is a vault, but no account in it
        return Error{Errc::not_found, utf8(tr("The profile in %1 is not registered.").arg(home))};
      default:
        return std::move(opened).error();
    }
  }
  home_ = home;
  adopt(std::move(*opened));
  tick_.start();
  Q_EMIT unlockedChanged(true);
  if (host_) host_->tick(wallClockMs());  // disappearing messages gone while locked
  if (host_) connectRelay();
  return ok_status();
}

void EngineHost::adopt(std::unique_ptr<profile::Host> host) {
  host_ = std::move(host);
  host_->on_event([this](const engine::Event& e) {
    handleCommon(e);
    if (host_) Q_EMIT engineEvent(e);  // unless the handling locked the profile
  });
  host_->on_failure([this](const profile::WriteFailure& f) { onWriteFailed(f); });
}

void EngineHost::lock() {
  const bool was_unlocked = unlocked();
  // A passphrase change uses the vault: let it end (a fraction of a second) before it goes.
  if (passphrase_thread_) {
    passphrase_thread_->wait();
    finishPassphraseChange();
  }
  reconnect_.stop();
  tick_.stop();
  dropConnection();
  if (host_) {
    // Whatever was decided stays decided; nothing unsaved was sent (the engine held it back).
    if (auto st = host_->save(); !st) {
      Q_EMIT problem(
          tr("The profile could not be saved: %1").arg(FailureText::disk(st.error().code)));
    }
  }
  host_.reset();
  backoff_ms_ = 0;
  setLink(Link::none);
  if (was_unlocked) Q_EMIT unlockedChanged(false);
}

Status EngineHost::changePassphrase(const QString& old_passphrase, const QString& new_passphrase) {
  if (!unlocked()) return Error{Errc::permission, utf8(tr("The profile is locked."))};
  if (passphrase_thread_) {
    return Error{Errc::unavailable, utf8(tr("The passphrase is being changed already."))};
  }
  if (new_passphrase.isEmpty()) {
    return Error{Errc::invalid_argument, utf8(tr("The new passphrase is empty."))};
  }
  if (assessPassphrase(new_passphrase).bits < kMinimumPassphraseBits) {
    return Error{Errc::invalid_argument,
                 utf8(tr("The new passphrase is too weak; add a few words."))};
  }
  if (new_passphrase == old_passphrase) {
    return Error{Errc::invalid_argument,
                 utf8(tr("The new passphrase is the same as the current one."))};
  }
  // What the engine changed since the last save is written first, under the current keys;
  // then saves wait until the vault has its new keys.
  RELAIS_TRY(host_->save());
  vault::Vault* vault = host_->vault();
  // The vault keeps its keys, not the passphrase: the file on disk is what proves it.
  QFile file(QString::fromStdString(vault->path()));
  if (!file.open(QIODevice::ReadOnly)) {
    return Error{Errc::io, utf8(tr("The profile could not be read."))};
  }
  auto outcome = std::make_shared<QString>();
  passphrase_error_ = outcome;
  // Only this thread touches the vault until it ends: the host's saves are suspended and
  // lock() joins it.
  host_->suspend_saves();
  passphrase_thread_ =
      QThread::create([vault, outcome, bytes = file.readAll().toStdString(),
                       old_utf8 = utf8(old_passphrase), new_utf8 = utf8(new_passphrase)]() mutable {
        auto contents = vault::decrypt_file(bytes, old_utf8);
        vault::wipe(old_utf8);
        vault::wipe(bytes);
        if (!contents) {
          *outcome = contents.error().code == Errc::wrong_passphrase
                         ? tr("The current passphrase is wrong.")
                         : tr("The profile could not be read: %1")
                               .arg(FailureText::disk(contents.error().code));
          vault::wipe(new_utf8);
          return;
        }
        vault::wipe(*contents);
        const Status st = vault->change_passphrase(new_utf8);
        vault::wipe(new_utf8);
        if (!st) {
          *outcome =
              tr("The passphrase could not be changed: %1").arg(FailureText::disk(st.error().code));
        }
      });
  passphrase_thread_->setParent(this);
  connect(passphrase_thread_, &QThread::finished, this, &EngineHost::finishPassphraseChange);
  passphrase_thread_->start();
  return ok_status();
}

void EngineHost::finishPassphraseChange() {
  // Also reached after lock() joined the thread: the outcome is the same, the file written.
  if (!passphrase_thread_) return;
  passphrase_thread_->wait();
  passphrase_thread_->deleteLater();
  passphrase_thread_ = nullptr;
  const QString error = passphrase_error_ ? *passphrase_error_ : QString();
  passphrase_error_.reset();
  Q_EMIT passphraseChanged(error);
  if (host_) host_->resume_saves();  // the saves that waited, and what they held back
}

void EngineHost::connectRelay() {
  if (!host_) return;
  dropConnection();
  auto url = client_net::parse_relay_url(host_->engine().server_url());
  if (!url) {
    const auto why = client_net::relay_url_problem(host_->engine().server_url());
    Q_EMIT problem(why ? FailureText::of(*why) : tr("The relay address is not usable."));
    return;
  }
  client_net::ClientOptions options;
  options.ca_file = host_->engine().ca_file();
  connection_ = new RelayConnection(*url, options, this);
  connect(connection_, &RelayConnection::opened, this, &EngineHost::onOpened);
  connect(connection_, &RelayConnection::messageReceived, this, &EngineHost::onMessage);
  connect(connection_, &RelayConnection::closed, this, &EngineHost::onClosed);
  setLink(Link::connecting);
}

void EngineHost::dropConnection() {
  if (!connection_) return;
  connection_->disconnect(this);
  delete connection_;  // joins the network thread; no signal follows
  connection_ = nullptr;
  if (host_) host_->on_disconnected();
}

void EngineHost::send(std::string message) {
  if (connection_) connection_->send(std::move(message));
}

void EngineHost::close() {
  if (connection_) connection_->close();
}

void EngineHost::setLink(Link link) {
  if (link_ == link) return;
  link_ = link;
  Q_EMIT linkChanged(link);
}

void EngineHost::onOpened() {
  if (!host_) return;
  backoff_ms_ = 0;
  host_->on_connected(*this);
}

void EngineHost::onMessage(const std::string& message) {
  if (host_) host_->on_message(message, wallClockMs());
}

void EngineHost::onClosed(bool ok, const QString& reason) {
  // Called from inside the connection's own signal: let it finish before it goes.
  if (connection_) {
    connection_->disconnect(this);
    connection_->deleteLater();
    connection_ = nullptr;
  }
  if (!host_) return;
  host_->on_disconnected();
  if (!host_) return;
  if (registering()) {
    const QString why = ok || reason.isEmpty() ? tr("The relay closed the connection.") : reason;
    lock();
    Q_EMIT registrationFailed(why);
    return;
  }
  setLink(Link::offline);
  if (!reason.isEmpty()) Q_EMIT problem(reason);
  backoff_ms_ = backoff_ms_ == 0 ? kFirstRetryMs : std::min(backoff_ms_ * 2, kLastRetryMs);
  reconnect_.start(backoff_ms_);
}

void EngineHost::onWriteFailed(const profile::WriteFailure& failure) {
  const QString cause = FailureText::disk(failure.cause.code);
  switch (failure.step) {
    case profile::WriteFailure::Step::create: {
      // The relay has the account, this device cannot keep it: the registration is lost.
      const QString why = tr("The profile could not be created in %1: %2").arg(home_, cause);
      lock();
      Q_EMIT registrationFailed(why);
      return;
    }
    case profile::WriteFailure::Step::save:
      Q_EMIT problem(tr("The profile could not be saved: %1").arg(cause));
      // The host closed the connection, as a crash would; try again later, slowly.
      dropConnection();
      setLink(Link::offline);
      reconnect_.start(kLastRetryMs);
      return;
  }
}

void EngineHost::handleCommon(const engine::Event& e) {
  namespace ev = engine::event;
  if (std::holds_alternative<ev::Registered>(e)) {
    // The host created the vault before handing this on.
    tick_.start();
    setLink(Link::online);  // registering logs the connection in
    Q_EMIT registered();
    Q_EMIT unlockedChanged(true);
    return;
  }
  if (const auto* a = std::get_if<ev::AuthFailed>(&e)) {
    const QString why = FailureText::of(a->failure);
    if (registering()) {
      const bool about_invite = a->failure.problem == engine::Problem::invite_required;
      lock();
      Q_EMIT registrationFailed(why, about_invite);
      return;
    }
    // The relay refuses this account: retrying would not help.
    reconnect_.stop();
    dropConnection();
    setLink(Link::offline);
    Q_EMIT problem(why);
    return;
  }
  if (std::holds_alternative<ev::LoggedIn>(e)) return setLink(Link::online);
  if (const auto* s = std::get_if<ev::ServerError>(&e)) {
    return Q_EMIT problem(FailureText::of(s->failure));
  }
  if (const auto* u = std::get_if<ev::Undecryptable>(&e)) {
    return Q_EMIT problem(FailureText::of(u->problem));
  }
  if (const auto* i = std::get_if<ev::IdentityChanged>(&e)) {
    const engine::Engine& en = host_->engine();
    const QString who = QString::fromStdString(
        en.contact_name(i->peer).value_or(en.pseudonym(i->peer).value_or(i->peer.text())));
    const std::string mark = en.person(i->peer).mark;
    return Q_EMIT problem(
        tr("Warning: the identity key of %1 changed. It may be a new phone, or someone else: "
           "nothing is sent to them until you compare the safety number and mark them verified, "
           "or accept the new key.")
            .arg(mark.empty() ? who : who + QLatin1Char('#') + QString::fromStdString(mark)));
  }
}

}  // namespace relais::qt

#include "client-cli/relay_link.h"

#include "client-cli/i18n.h"
#include "client-cli/output.h"
#include "client-cli/profile.h"
#include "client-cli/sentences.h"

namespace relais::cli {

uint64_t now_ms() {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count());
}

RelayLink::RelayLink(boost::asio::io_context& io, profile::Host& host, std::ostream& err)
    : io_(io), host_(host), err_(err), deadline_(io) {
  host_.on_event([this](const engine::Event& e) {
    if (done_) return;  // the run is over; the host still saves what follows
    handle_common(e);
    if (!done_ && handler_) handler_(e);
  });
  host_.on_failure([this](const profile::WriteFailure& f) {
    const std::string why = disk_sentence(f.cause.code);
    fail(Error{f.error.code,
               f.step == profile::WriteFailure::Step::create
                   ? tr("The profile could not be created in {1}: {2}.", host_.home(), why)
                   : tr("The profile in {1} could not be saved: {2}.", host_.home(), why)});
  });
}

RelayLink::~RelayLink() {
  host_.on_event(nullptr);
  host_.on_failure(nullptr);
  if (host_.connected()) host_.on_disconnected();
}

void RelayLink::set_deadline(std::chrono::milliseconds after, Error error) {
  deadline_error_ = std::move(error);
  deadline_.expires_after(after);
  deadline_.async_wait([this](boost::system::error_code ec) {
    if (!ec && deadline_error_) fail(*deadline_error_);
  });
}

void RelayLink::clear_deadline() {
  deadline_error_.reset();
  deadline_.cancel();
}

Status RelayLink::run() {
  if (done_) return result_;  // failed before connecting
  const std::string& where = host_.engine().server_url();
  auto url = client_net::parse_relay_url(where);
  if (!url) {
    const auto problem = client_net::relay_url_problem(where);
    return Error{url.error().code,
                 problem ? sentence(*problem) : tr("The relay address is not usable.")};
  }
  client_net::ClientOptions options;
  options.ca_file = host_.engine().ca_file();
  client_net::ClientHandlers handlers;
  handlers.on_open = [this] { on_open(); };
  handlers.on_message = [this](const std::string& m) { on_message(m); };
  handlers.on_closed = [this](Status s) { on_closed(std::move(s)); };
  client_ = std::make_unique<client_net::WebSocketClient>(io_, options, std::move(handlers));
  client_->connect(*url);
  io_.run();
  // Whatever stopped us, what was decided before stays decided.
  if (host_.connected()) host_.on_disconnected();
  if (auto st = save_profile(host_); !st && result_.ok()) result_ = std::move(st).error();
  if (dropped_ > 1) {
    warn(trn("{1} message that could not be read was dropped.",
             "{1} messages that could not be read were dropped.", dropped_, dropped_));
  }
  return result_;
}

void RelayLink::send(std::string message) {
  if (auto st = client_->send(std::move(message)); !st) {
    fail(std::move(st).error());
    host_.on_disconnected();
  }
}

void RelayLink::close() {
  if (client_) client_->close();
}

void RelayLink::on_open() {
  host_.on_connected(*this);
}

void RelayLink::on_message(const std::string& message) {
  host_.on_message(message, now_ms());
  if (incoming_ && !done_) incoming_();
}

void RelayLink::on_closed(Status status) {
  host_.on_disconnected();
  if (done_) return;
  done_ = true;
  if (!finishing_) {
    // The network library's English cause stays out of sight: the person reads this client's
    // sentence, in their language.
    const std::string& where = host_.engine().server_url();
    result_ = status.ok()
                  ? Error{Errc::unavailable, tr("The relay at {1} closed the connection.", where)}
                  : Error{status.error().code, connection_sentence(status.error().code, where)};
  }
  deadline_.cancel();
  io_.stop();
}

void RelayLink::finish() {
  if (done_ || finishing_) return;
  finishing_ = true;
  if (host_.connected()) {
    host_.close_connection();  // after the turn under way has saved and written
  } else if (client_) {
    client_->close();  // not open yet: nothing was decided on this connection
  }
}

void RelayLink::fail(Error error) {
  if (done_) return;
  done_ = true;
  result_ = std::move(error);
  deadline_.cancel();
  io_.stop();
}

void RelayLink::warn(const std::string& sentence) {
  err_ << "relais: " << sentence << "\n";
}

void RelayLink::handle_common(const engine::Event& e) {
  const engine::Engine& engine = host_.engine();
  if (auto* a = std::get_if<engine::event::AuthFailed>(&e)) return fail(error_of(a->failure));
  // The Challenge said which interface languages this relay offers now.
  if (std::holds_alternative<engine::event::LoggedIn>(e) ||
      std::holds_alternative<engine::event::Registered>(e)) {
    const std::string off = follow_relay_languages(engine.relay_languages());
    if (!off.empty()) warn(language_off_sentence(off));
  }
  if (auto* p = std::get_if<engine::event::ProtocolError>(&e)) return warn(sentence(p->problem));
  if (auto* s = std::get_if<engine::event::ServerError>(&e)) return warn(sentence(s->failure));
  if (auto* u = std::get_if<engine::event::Undecryptable>(&e)) {
    // The first is told with its reason; the others are counted and told in one line at the
    // end (run()): many accounts sending junk must not bury the person's screen.
    if (++dropped_ > 1) return;
    auto name = engine.contact_name(u->from);
    if (u->from.empty()) return warn(sentence(u->problem));
    return warn(
        tr("{1} (from {2})", sentence(u->problem), terminal_safe(name ? *name : u->from.text())));
  }
  if (auto* i = std::get_if<engine::event::IdentityChanged>(&e)) {
    const engine::Person p = engine.person(i->peer);
    return warn(
        tr("WARNING: the identity key of {1} changed. It may be a new phone, or someone else. "
           "Nothing more is sent to them until you compare the safety number (relais "
           "safety-number NAME) and run relais verify NAME, or relais accept-key NAME.",
           shown(Who{p, {}})));
  }
}

}  // namespace relais::cli

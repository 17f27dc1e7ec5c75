#include "client-cli/relay_link.h"

#include "client-cli/output.h"
#include "client-cli/profile.h"

namespace relais::cli {

uint64_t now_ms() {
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count());
}

RelayLink::RelayLink(boost::asio::io_context& io, engine::Engine& engine, vault::Vault* vault,
                     std::ostream& err)
    : io_(io), engine_(engine), vault_(vault), err_(err), deadline_(io) {}

RelayLink::~RelayLink() = default;

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
  auto url = client_net::parse_relay_url(engine_.server_url());
  if (!url) return std::move(url).error();
  client_net::ClientOptions options;
  options.ca_file = engine_.ca_file();
  client_net::ClientHandlers handlers;
  handlers.on_open = [this] { on_open(); };
  handlers.on_message = [this](std::string m) { on_message(std::move(m)); };
  handlers.on_closed = [this](Status s) { on_closed(std::move(s)); };
  client_ = std::make_unique<client_net::WebSocketClient>(io_, options, std::move(handlers));
  client_->connect(*url);
  io_.run();
  // Whatever stopped us, what was decided before stays decided.
  if (vault_ && engine_.needs_save()) {
    if (auto st = save(*vault_, engine_); !st && result_.ok()) result_ = std::move(st).error();
  }
  return result_;
}

void RelayLink::on_open() {
  engine_.on_connected();
  pump();
}

void RelayLink::on_message(std::string message) {
  engine_.on_message(message, now_ms());
  pump();
  if (incoming_ && !done_) incoming_();
}

void RelayLink::on_closed(Status status) {
  engine_.on_disconnected();
  if (done_) return;
  done_ = true;
  if (!finishing_) {
    result_ = status.ok() ? Error{Errc::unavailable, "The relay closed the connection."}
                          : std::move(status).error();
  }
  deadline_.cancel();
  io_.stop();
}

void RelayLink::pump() {
  // Handlers may give commands or finish(); the outer loop picks their effects up.
  if (in_pump_ || done_ || finishing_) return;
  in_pump_ = true;
  for (int round = 0; round < 1000 && !done_; ++round) {
    auto events = engine_.take_events();
    for (const auto& e : events) {
      handle_common(e);
      if (!done_ && handler_) handler_(e);
      if (done_) break;
    }
    if (done_) break;
    if (vault_) {
      if (auto st = save(*vault_, engine_); !st) {
        fail(std::move(st).error());
        break;
      }
    }
    bool sent_all = true;
    for (auto& m : engine_.take_outgoing()) {
      if (auto st = client_->send(std::move(m)); !st) {
        fail(std::move(st).error());
        sent_all = false;
        break;
      }
    }
    if (!sent_all || events.empty()) break;
  }
  in_pump_ = false;
  if (!done_ && finish_requested_ && !finishing_) {
    finishing_ = true;
    client_->close();
  }
}

void RelayLink::finish() {
  if (done_ || finish_requested_) return;
  finish_requested_ = true;
  if (!in_pump_) pump();
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
  if (auto* a = std::get_if<engine::event::AuthFailed>(&e)) return fail({a->code, a->message});
  if (auto* p = std::get_if<engine::event::ProtocolError>(&e)) return warn(p->message);
  if (auto* s = std::get_if<engine::event::ServerError>(&e)) return warn(s->message);
  if (auto* u = std::get_if<engine::event::Undecryptable>(&e)) {
    auto name = engine_.contact_name(u->from);
    return warn(
        u->message +
        (u->from.empty() ? "" : " (from " + terminal_safe(name ? *name : u->from.text()) + ")"));
  }
  if (auto* i = std::get_if<engine::event::IdentityChanged>(&e)) {
    auto name = engine_.contact_name(i->peer);
    return warn("The identity key of " + terminal_safe(name ? *name : i->peer.text()) +
                " changed; compare the safety number again.");
  }
}

}  // namespace relais::cli

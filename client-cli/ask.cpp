#include "client-cli/ask.h"

#include <boost/asio/io_context.hpp>

#include "client-cli/i18n.h"
#include "client-cli/relay_link.h"
#include "client-cli/sentences.h"

namespace relais::cli {

Status run_request(profile::Host& host, std::ostream& err, const StartRequest& start,
                   const TakeAnswer& take, const AskOptions& options) {
  boost::asio::io_context io;
  RelayLink link(io, host, err);
  std::optional<engine::RequestId> request;
  Status started = ok_status();
  // The id is known before the turn hands on the events, an immediate refusal included.
  auto begin = [&] {
    host.command([&](engine::Engine& e) {
      auto r = start(e);
      if (r) {
        request = *r;
      } else {
        started = error_of(r.failure());
      }
    });
  };
  link.on_event([&](const engine::Event& e) {
    if (!request) {
      if (options.start == StartAt::login && started.ok() &&
          std::holds_alternative<engine::event::LoggedIn>(e)) {
        begin();
        if (!started) link.fail(started.error());
      }
      return;
    }
    if (options.also) options.also(e, *request);
    if (auto* f = std::get_if<engine::event::RequestFailed>(&e); f && f->request == *request) {
      return link.fail(options.refused ? options.refused(*f) : error_of(f->failure));
    }
    if (take(e, *request)) link.finish();
  });
  if (options.start == StartAt::once) {
    begin();
    RELAIS_TRY(std::move(started));  // a request the engine refuses at once never connects
  }
  link.set_deadline(options.timeout,
                    {Errc::timeout, options.timeout_sentence.empty()
                                        ? tr("The relay did not answer within 30 seconds.")
                                        : options.timeout_sentence});
  Status run = link.run();
  RELAIS_TRY(std::move(started));
  return run;
}

}  // namespace relais::cli

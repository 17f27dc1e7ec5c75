// One request run to the event that answers it, for the CLI's one-shot commands: connect, give
// the engine the request, wait for the event of the expected type echoing its id (or its
// RequestFailed, or the deadline), close politely.
//
//   RELAIS_TRY_ASSIGN(event::RoomsListed listed,
//                     ask<event::RoomsListed>(host, err, [](engine::Engine& e) {
//                       return e.list_rooms();
//                     }));
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <tuple>
#include <type_traits>
#include <variant>

#include "core/profile/host.h"

namespace relais::cli {

enum class StartAt {
  login,  // requests the relay answers only on a logged-in connection (rooms, organisations)
  once,   // requests the engine keeps until it can send them (messages): checked before connecting
};

struct AskOptions {
  StartAt start = StartAt::login;
  std::chrono::seconds timeout{30};
  std::string timeout_sentence;  // empty: "The relay did not answer within 30 seconds."
  // The sentence for a refusal; by default the engine's.
  std::function<Error(const engine::event::RequestFailed&)> refused;
  // Sees every event while the request runs (a pin's RoomPosted before its Done, say).
  std::function<void(const engine::Event&, engine::RequestId)> also;
};

// A request id, or the engine's typed refusal at once.
using StartRequest = std::function<engine::Checked<engine::RequestId>(engine::Engine&)>;
// True once `event` answered `request` (and was kept).
using TakeAnswer = std::function<bool(const engine::Event& event, engine::RequestId request)>;

// The untyped part of ask(): runs the connection until `take` holds, a refusal, or the deadline.
Status run_request(profile::Host& host, std::ostream& err, const StartRequest& start,
                   const TakeAnswer& take, const AskOptions& options);

// The answer of ask<A>() is an A; of ask<A, B>(), a std::variant<A, B>.
template <class... Answer>
using Answered =
    std::conditional_t<sizeof...(Answer) == 1, std::tuple_element_t<0, std::tuple<Answer...>>,
                       std::variant<Answer...>>;

template <class... Answer>
Result<Answered<Answer...>> ask(profile::Host& host, std::ostream& err, const StartRequest& start,
                                const AskOptions& options = {}) {
  std::optional<Answered<Answer...>> answer;
  auto take = [&](const engine::Event& e, engine::RequestId r) {
    auto one = [&](const auto* a) {
      if (!a || a->request != r) return false;
      answer.emplace(*a);
      return true;
    };
    return (one(std::get_if<Answer>(&e)) || ...);
  };
  RELAIS_TRY(run_request(host, err, start, take, options));
  if (!answer) return Error{Errc::internal, "The relay did not answer."};
  return std::move(*answer);
}

}  // namespace relais::cli

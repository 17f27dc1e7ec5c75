// Fuzzes the client engine's handling of one inbound WebSocket message. The first byte chooses
// the engine's situation: fresh (waiting for the challenge), or registered and logged in (a
// state made once at start-up by answering its Register and Login the way the relay does).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/engine/engine.h"
#include "core/wire/contract.h"
#include "core/wire/frames.h"

namespace {

using namespace relais;

wire::ServerFrame challenge() {
  wire::ServerFrame f;
  f.mutable_challenge()->set_nonce(std::string(32, 'n'));
  f.mutable_challenge()->set_protocol_version(wire::kProtocolVersion);
  f.mutable_challenge()->set_max_message_bytes(256 * 1024);
  return f;
}

// Answers every request of `engine` of the kind `body` with `answer` (its id filled in).
void answer(engine::Engine& engine, wire::ClientFrame::BodyCase body, wire::ServerFrame reply) {
  if (engine.needs_save()) {
    (void)engine.serialize();
    engine.saved();
  }
  for (const auto& message : engine.take_outgoing()) {
    auto batch = wire::decode_client_batch(message);
    if (!batch.ok()) std::abort();
    for (const auto& f : batch->frames()) {
      if (f.body_case() != body) continue;
      reply.set_id(f.id());
      engine.on_message(wire::encode_server_batch({reply}), 1);
    }
  }
}

const std::string& registered_state() {
  static const std::string state = [] {
    auto made = engine::Engine::create({"fuzz", "ws://127.0.0.1:1", "", ""});
    if (!made.ok()) std::abort();
    engine::Engine e = std::move(*made);
    e.on_connected();
    e.on_message(wire::encode_server_batch({challenge()}), 1);
    wire::ServerFrame registered;
    registered.mutable_registered()->set_account_id(std::string(16, 'a'));
    answer(e, wire::ClientFrame::kRegister, registered);
    return e.serialize();
  }();
  return state;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  relais::wire::silence_protobuf_logging();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view message(reinterpret_cast<const char*>(data + 1), size - 1);
  Result<engine::Engine> made = (data[0] & 1) ? engine::Engine::restore(registered_state())
                                              : engine::Engine::create({"fuzz", "ws://127.0.0.1:1", "", ""});
  if (!made.ok()) std::abort();
  engine::Engine e = std::move(*made);
  e.on_connected();
  e.on_message(wire::encode_server_batch({challenge()}), 2);
  if (data[0] & 1) {
    wire::ServerFrame logged_in;
    logged_in.mutable_logged_in()->set_prekeys_remaining(100);
    answer(e, wire::ClientFrame::kLogin, logged_in);
  }
  e.on_message(message, 3);
  (void)e.take_events();
  if (e.needs_save()) {
    auto state = e.serialize();
    // Whatever the input did, the state it leaves must load again.
    if (!engine::Engine::restore(state).ok()) std::abort();
  }
  return 0;
}

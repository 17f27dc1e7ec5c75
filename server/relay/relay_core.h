// RelayCore: the relay without its sockets. A transport hands it each connection's opening,
// each WebSocket message and the closing; it decodes, checks, and dispatches to the services.
// Tests and the fuzzer drive it directly with a real store and a connection of their own.
#pragma once

#include <memory>
#include <string_view>

#include "server/relay/accounts.h"
#include "server/relay/connection_gate.h"
#include "server/relay/context.h"
#include "server/relay/mailbox.h"
#include "server/relay/permanences.h"
#include "server/relay/rooms.h"

namespace relais::server {

class RelayCore {
 public:
  // Loads the relay's secrets and rooms from the store; fails if the store cannot be read.
  static Result<std::unique_ptr<RelayCore>> create(KvStore& store, const RelayConfig& config,
                                                   const Clock& clock, Metrics& metrics);
  ~RelayCore();

  // A new socket, just accepted, before any handshake: counted as not logged in from here, or
  // refused (the reason returned; nothing counted) when the relay already holds as many
  // connections not logged in as it allows in total, from this address or from this network.
  // `peer` holds keyed hashes of the peer's address and network (server/relay/address.h), used
  // only in memory for limits. When every place is taken, the oldest waiting connection of the
  // network holding the most places is closed instead; past max-handshaking, the socket that
  // has handshaken longest (ConnectionGate). A refused socket is closed by the caller, then
  // on_close() as for any other.
  std::optional<Connection::CloseReason> on_accept(const ConnectionPtr& conn, PeerAddress peer);
  // Its handshakes are done: sends the challenge.
  void on_upgraded(const ConnectionPtr& conn);
  // Both at once (tests, the fuzzer): a refused connection is closed with its reason.
  void on_open(const ConnectionPtr& conn, PeerAddress peer);
  // The same for a peer whose address is its own network (tests, the fuzzer).
  void on_open(const ConnectionPtr& conn, uint64_t address_key) {
    on_open(conn, PeerAddress{address_key, address_key});
  }
  // One WebSocket message from the client. On the connection's strand.
  void on_message(const ConnectionPtr& conn, std::string_view message);
  // The connection is gone. On its strand.
  void on_close(const ConnectionPtr& conn);
  // Periodic upkeep (room retention, abandoned duty and tickets); call about once a minute.
  void tick();
  // Waiting tickets whose member is away leave the queue; call a few times per
  // RelayConfig::permanence_away_grace (the server does, every grace / 4, at most 15 s apart).
  void check_away() { permanences_.check_away(); }
  // Writes the room read cursors acknowledged since the last call; call every
  // RelayConfig::cursor_flush_interval.
  void flush_cursors() { rooms_.flush_cursors(); }
  // The free space of the data folder, measured by the server every few seconds.
  void disk_space(uint64_t free_bytes) { ctx_.set_free_disk_bytes(free_bytes); }

  RelayContext& context() { return ctx_; }
  RoomService& rooms() { return rooms_; }
  PermanenceService& permanences() { return permanences_; }
  const RelayConfig& config() const { return ctx_.config; }

 private:
  RelayCore(KvStore& store, const RelayConfig& config, const Clock& clock, Metrics& metrics);
  void dispatch(const ConnectionPtr& conn, const wire::ClientFrame& frame);
  void on_login(const ConnectionPtr& conn);
  // The connection no longer counts as waiting to log in (it logged in, or closed).
  void stop_waiting(ConnState& st);

  RelayContext ctx_;
  ConnectionGate gate_;
  AccountService accounts_;
  Mailbox mailbox_;
  RoomService rooms_;
  PermanenceService permanences_;
};

}  // namespace relais::server

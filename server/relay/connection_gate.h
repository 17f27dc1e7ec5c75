// Connections that have not logged in yet, counted in total, per source address and per network
// (an IPv4 /24, an IPv6 /48), each with a cap: sockets that never log in cannot hold every
// descriptor of the relay, and one address or network cannot hold all the places. When every
// place is taken, a newcomer takes the place of the oldest waiting connection of the network
// holding the most, so that many networks together cannot lock every newcomer out either: an
// honest client logs in within a round trip, an idle socket is the oldest of its network.
// A log-in, or the close, gives the place back.
//
// A socket is counted from accept(), before its TLS and WebSocket handshakes (third attacker
// review: sockets that never finished the handshake escaped every cap and took every
// descriptor). Sockets still handshaking have a total cap of their own (max-handshaking): past
// it, the one that has handshaken longest goes, since an honest handshake takes a round trip or
// two and never is the oldest while someone churns sockets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <unordered_map>

namespace relais::server {

class Connection;

// Where a connection comes from, as the limits count it (server/relay/address.h): keyed hashes
// of its address (IPv4 whole, IPv6 by its /64) and of its network (IPv4 /24, IPv6 /48).
struct PeerAddress {
  uint64_t address = 0;
  uint64_t network = 0;
};

class ConnectionGate {
 public:
  enum class Verdict { admitted, too_many, too_many_from_address, too_many_from_network };
  struct Admission {
    Verdict verdict = Verdict::too_many;
    uint64_t place = 0;                   // admitted: give it to release()
    std::weak_ptr<Connection> displaced;  // admitted in its place: the caller closes it
    std::weak_ptr<Connection> displaced_handshaking;  // the same, past max-handshaking
  };

  ConnectionGate(size_t max_total, size_t max_per_address, size_t max_per_network,
                 size_t max_handshaking = SIZE_MAX)
      : max_total_(max_total),
        max_per_address_(max_per_address),
        max_per_network_(max_per_network),
        max_handshaking_(max_handshaking) {}

  // A new connection from `peer` that has not logged in, still handshaking: admitted (and
  // counted), or why not.
  Admission admit(PeerAddress peer, std::weak_ptr<Connection> conn);
  // An admitted connection finished its handshakes: it waits to log in, no longer counted
  // against max-handshaking.
  void upgraded(uint64_t place);
  size_t handshaking() const;
  // An admitted connection logged in or closed; a place already given to another is a no-op.
  void release(uint64_t place);
  size_t waiting() const;

 private:
  struct Place {
    PeerAddress peer;
    std::weak_ptr<Connection> conn;
  };
  void forget(std::map<uint64_t, Place>::iterator it);

  size_t max_total_;
  size_t max_per_address_;
  size_t max_per_network_;
  size_t max_handshaking_;
  mutable std::mutex mutex_;
  uint64_t next_place_ = 1;  // increasing: a lower place waited longer
  std::map<uint64_t, Place> places_;
  std::unordered_map<uint64_t, size_t> per_address_;
  std::unordered_map<uint64_t, std::set<uint64_t>> per_network_;  // network -> its places
  std::set<uint64_t> handshaking_;  // places still handshaking, oldest first
};

}  // namespace relais::server

#include "server/relay/connection_gate.h"

namespace relais::server {

ConnectionGate::Admission ConnectionGate::admit(PeerAddress peer, std::weak_ptr<Connection> conn) {
  std::lock_guard lock(mutex_);
  Admission out;
  const auto address = per_address_.find(peer.address);
  if (address != per_address_.end() && address->second >= max_per_address_) {
    out.verdict = Verdict::too_many_from_address;
    return out;
  }
  const auto network = per_network_.find(peer.network);
  const size_t own = network == per_network_.end() ? 0 : network->second.size();
  if (own >= max_per_network_) {
    out.verdict = Verdict::too_many_from_network;
    return out;
  }
  if (places_.size() >= max_total_) {
    // The network holding the most places gives up its oldest; of two holding as many, the one
    // whose oldest waited longer. The newcomer's own network never gives way to it.
    const std::set<uint64_t>* heaviest = nullptr;
    for (const auto& [key, held] : per_network_) {
      if (held.empty()) continue;
      if (!heaviest || held.size() > heaviest->size() ||
          (held.size() == heaviest->size() && *held.begin() < *heaviest->begin())) {
        heaviest = &held;
      }
    }
    if (!heaviest || heaviest->size() <= own) {
      out.verdict = Verdict::too_many;
      return out;
    }
    auto oldest = places_.find(*heaviest->begin());
    out.displaced = oldest->second.conn;
    forget(oldest);
  }
  if (handshaking_.size() >= max_handshaking_) {
    auto oldest = places_.find(*handshaking_.begin());
    out.displaced_handshaking = oldest->second.conn;
    forget(oldest);
  }
  const uint64_t place = next_place_++;
  places_.emplace(place, Place{peer, std::move(conn)});
  handshaking_.insert(place);
  ++per_address_[peer.address];
  per_network_[peer.network].insert(place);
  out.verdict = Verdict::admitted;
  out.place = place;
  return out;
}

void ConnectionGate::forget(std::map<uint64_t, Place>::iterator it) {
  const PeerAddress peer = it->second.peer;
  if (auto a = per_address_.find(peer.address); a != per_address_.end() && --a->second == 0) {
    per_address_.erase(a);
  }
  if (auto n = per_network_.find(peer.network); n != per_network_.end()) {
    n->second.erase(it->first);
    if (n->second.empty()) per_network_.erase(n);
  }
  handshaking_.erase(it->first);
  places_.erase(it);
}

void ConnectionGate::upgraded(uint64_t place) {
  std::lock_guard lock(mutex_);
  handshaking_.erase(place);
}

size_t ConnectionGate::handshaking() const {
  std::lock_guard lock(mutex_);
  return handshaking_.size();
}

void ConnectionGate::release(uint64_t place) {
  std::lock_guard lock(mutex_);
  auto it = places_.find(place);
  if (it != places_.end()) forget(it);
}

size_t ConnectionGate::waiting() const {
  std::lock_guard lock(mutex_);
  return places_.size();
}

}  // namespace relais::server

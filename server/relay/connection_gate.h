// Connections that have not logged in yet, counted in total and per source address, each with a
// cap: sockets that never log in cannot hold every descriptor of the relay, and one address (an
// IPv6 prefix) cannot hold all the places. A log-in, or the close, gives the place back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <unordered_map>

namespace relais::server {

class ConnectionGate {
 public:
  enum class Verdict { admitted, too_many, too_many_from_address };

  ConnectionGate(size_t max_total, size_t max_per_address)
      : max_total_(max_total), max_per_address_(max_per_address) {}

  // A new connection from `address_key` that has not logged in: admitted (and counted), or why not.
  Verdict admit(uint64_t address_key);
  // An admitted connection logged in or closed.
  void release(uint64_t address_key);
  size_t waiting() const;

 private:
  size_t max_total_;
  size_t max_per_address_;
  mutable std::mutex mutex_;
  size_t total_ = 0;
  std::unordered_map<uint64_t, size_t> per_address_;
};

}  // namespace relais::server

#include "server/relay/connection_gate.h"

namespace relais::server {

ConnectionGate::Verdict ConnectionGate::admit(uint64_t address_key) {
  std::lock_guard lock(mutex_);
  if (total_ >= max_total_) return Verdict::too_many;
  auto& here = per_address_[address_key];
  if (here >= max_per_address_) {
    if (here == 0) per_address_.erase(address_key);
    return Verdict::too_many_from_address;
  }
  ++here;
  ++total_;
  return Verdict::admitted;
}

void ConnectionGate::release(uint64_t address_key) {
  std::lock_guard lock(mutex_);
  auto it = per_address_.find(address_key);
  if (it == per_address_.end()) return;
  if (--it->second == 0) per_address_.erase(it);
  --total_;
}

size_t ConnectionGate::waiting() const {
  std::lock_guard lock(mutex_);
  return total_;
}

}  // namespace relais::server

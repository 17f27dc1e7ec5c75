// The words the engine gives its host for the relay's kinds (policy, role, room event).
// Internal to the engine.
#pragma once

#include "relais.pb.h"

namespace relais::engine {

const char* policy_word(wire::JoinPolicy p);
const char* role_word(wire::Role r);
const char* room_event_word(wire::RoomEventKind k);

}  // namespace relais::engine

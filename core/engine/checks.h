// Checks on names and ids: ours before they are sent, and the relay's strings before they are
// kept or shown. Internal to the engine.
#pragma once

#include <string>
#include <string_view>

namespace relais::engine {

// A name that came from the other side (the pseudonym inside a message, a string the relay
// sent): control characters could rewrite a terminal, and a long one could push everything else
// off the screen. At most kMaxNameBytes, cut on a UTF-8 boundary.
std::string sanitize_name(std::string_view name);
// Rooms, organisations and regions: 1..64 of lowercase letters, digits and '-'.
bool valid_room_id(std::string_view room);
// A two-letter language code such as fr, nl, en.
bool valid_language(std::string_view language);
// A ticket as the relay names them: 1..32 letters and digits.
bool valid_ticket(std::string_view ticket);

}  // namespace relais::engine

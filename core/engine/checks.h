// Strings from the other side (the relay, a peer) before they are kept or shown. The rules of
// what a request may hold are the protocol's: core/wire/contract.h. Internal to the engine.
#pragma once

#include <string>
#include <string_view>

namespace relais::engine {

// A name that came from the other side (the pseudonym inside a message, a string the relay
// sent): control characters could rewrite a terminal, and a long one could push everything else
// off the screen. At most kMaxNameBytes, cut on a UTF-8 boundary.
std::string sanitize_name(std::string_view name);

// The same for a longer text (an emergency number's name): no control characters, at most
// `max_bytes`, cut on a UTF-8 boundary.
std::string clipped_text(std::string_view text, size_t max_bytes);

}  // namespace relais::engine

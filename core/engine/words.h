// The machine words of the engine's kinds: one table for each enum, both ways. The CLI's --json
// output and the saved state use these words, and docs/cli-json.md lists them; a client shows a
// person its own translated sentence instead (see each client's sentences).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/engine/events.h"

namespace relais::engine {

// The word of a kind ("knock", "moderator", "joined", ...).
template <class Kind>
std::string_view word(Kind kind);
// The kind of a word; nullopt for a word the table does not hold.
template <class Kind>
std::optional<Kind> from_word(std::string_view word);

// A moderation log entry's action as one word or two: "kick", "grant moderator".
std::string mod_log_word(const ModLogItem& item);

}  // namespace relais::engine

#include "core/engine/words.h"

namespace relais::engine {

const char* policy_word(wire::JoinPolicy p) {
  switch (p) {
    case wire::KNOCK:
      return "knock";
    case wire::INVITE:
      return "invite";
    default:
      return "open";
  }
}

const char* role_word(wire::Role r) {
  switch (r) {
    case wire::MODERATOR:
      return "moderator";
    case wire::OUTREACH:
      return "outreach";
    case wire::ADMIN:
      return "admin";
    default:
      return "member";
  }
}

const char* room_event_word(wire::RoomEventKind k) {
  switch (k) {
    case wire::MEMBER_JOINED:
      return "joined";
    case wire::MEMBER_LEFT:
      return "left";
    case wire::MEMBER_KICKED:
      return "kicked";
    case wire::MEMBER_BANNED:
      return "banned";
    case wire::MEMBER_UNBANNED:
      return "unbanned";
    case wire::MEMBER_MUTED:
      return "muted";
    case wire::MESSAGE_REMOVED:
      return "removed";
    case wire::ALERT_PINNED:
      return "pinned";
    case wire::ALERT_UNPINNED:
      return "unpinned";
    case wire::ROLE_GRANTED:
      return "role_granted";
    case wire::ROLE_REVOKED:
      return "role_revoked";
    case wire::PERMANENCE_STARTED:
      return "permanence_started";
    case wire::PERMANENCE_ENDED:
      return "permanence_ended";
    default:
      return "unknown";
  }
}

}  // namespace relais::engine

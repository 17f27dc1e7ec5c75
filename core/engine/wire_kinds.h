// The relay's kinds (proto/relais.proto, proto/content.proto) as the engine's typed kinds
// (events.h), and back. The values come from the same rows as the words (words.cpp): one table
// per kind. Internal to the engine.
#pragma once

#include <optional>

#include "content.pb.h"
#include "core/engine/events.h"
#include "relais.pb.h"

namespace relais::engine {

// The kind of a wire value; nullopt for a value the table does not hold (a newer peer's).
template <class Kind>
std::optional<Kind> from_wire(int value);
// The wire value of a kind; -1 for a kind the wire does not carry (Kind::other).
template <class Kind>
int wire_value(Kind kind);

inline JoinPolicy policy_of(wire::JoinPolicy p) {
  return from_wire<JoinPolicy>(p).value_or(JoinPolicy::open);
}
inline wire::JoinPolicy to_wire(JoinPolicy p) {
  return static_cast<wire::JoinPolicy>(wire_value(p));
}
inline Role role_of(wire::Role r) {
  return from_wire<Role>(r).value_or(Role::member);
}
inline wire::Role to_wire(Role r) {
  return static_cast<wire::Role>(wire_value(r));
}
inline RoomEventKind room_event_of(wire::RoomEventKind k) {
  return from_wire<RoomEventKind>(k).value_or(RoomEventKind::other);
}
inline ModLogAction mod_log_action_of(wire::ModActionKind k) {
  return from_wire<ModLogAction>(k).value_or(ModLogAction::other);
}
inline wire::ModActionKind to_wire(ModKind k) {
  return static_cast<wire::ModActionKind>(wire_value(k));
}
inline std::optional<PermanenceNoticeKind> notice_of(wire::PermanenceEventKind k) {
  return from_wire<PermanenceNoticeKind>(k);
}
inline ReportReason reason_of(content::ReportReason r) {
  return from_wire<ReportReason>(r).value_or(ReportReason::other);
}
inline content::ReportReason to_content(ReportReason r) {
  return static_cast<content::ReportReason>(wire_value(r));
}

}  // namespace relais::engine

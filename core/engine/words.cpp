// One table per kind: the kind, its machine word (docs/cli-json.md) and its value on the wire.
// A new kind is one row here and one enumerator in events.h.
#include "core/engine/words.h"

#include "content.pb.h"
#include "core/engine/wire_kinds.h"
#include "relais.pb.h"

namespace relais::engine {

namespace {

constexpr int kNotOnTheWire = -1;

template <class Kind>
struct Row {
  Kind kind;
  std::string_view word;
  int wire;
};

template <class Kind>
struct Table;

template <>
struct Table<JoinPolicy> {
  static constexpr Row<JoinPolicy> rows[] = {{JoinPolicy::open, "open", wire::OPEN},
                                             {JoinPolicy::knock, "knock", wire::KNOCK},
                                             {JoinPolicy::invite, "invite", wire::INVITE}};
};

template <>
struct Table<Role> {
  static constexpr Row<Role> rows[] = {{Role::member, "member", wire::MEMBER},
                                       {Role::moderator, "moderator", wire::MODERATOR},
                                       {Role::outreach, "outreach", wire::OUTREACH},
                                       {Role::admin, "admin", wire::ADMIN}};
};

template <>
struct Table<RoomEventKind> {
  static constexpr Row<RoomEventKind> rows[] = {
      {RoomEventKind::joined, "joined", wire::MEMBER_JOINED},
      {RoomEventKind::left, "left", wire::MEMBER_LEFT},
      {RoomEventKind::kicked, "kicked", wire::MEMBER_KICKED},
      {RoomEventKind::banned, "banned", wire::MEMBER_BANNED},
      {RoomEventKind::unbanned, "unbanned", wire::MEMBER_UNBANNED},
      {RoomEventKind::muted, "muted", wire::MEMBER_MUTED},
      {RoomEventKind::removed, "removed", wire::MESSAGE_REMOVED},
      {RoomEventKind::pinned, "pinned", wire::ALERT_PINNED},
      {RoomEventKind::unpinned, "unpinned", wire::ALERT_UNPINNED},
      {RoomEventKind::role_granted, "role_granted", wire::ROLE_GRANTED},
      {RoomEventKind::role_revoked, "role_revoked", wire::ROLE_REVOKED},
      {RoomEventKind::permanence_started, "permanence_started", wire::PERMANENCE_STARTED},
      {RoomEventKind::permanence_ended, "permanence_ended", wire::PERMANENCE_ENDED},
      {RoomEventKind::other, "unknown", kNotOnTheWire}};
};

template <>
struct Table<ModKind> {
  static constexpr Row<ModKind> rows[] = {
      {ModKind::approve, "approve", wire::APPROVE}, {ModKind::refuse, "refuse", wire::REFUSE},
      {ModKind::kick, "kick", wire::KICK},          {ModKind::ban, "ban", wire::BAN},
      {ModKind::unban, "unban", wire::UNBAN},       {ModKind::mute, "mute", wire::MUTE},
      {ModKind::remove, "remove", wire::REMOVE},    {ModKind::pin, "pin", wire::PIN},
      {ModKind::unpin, "unpin", wire::UNPIN}};
};

template <>
struct Table<ModLogAction> {
  static constexpr Row<ModLogAction> rows[] = {{ModLogAction::approve, "approve", wire::APPROVE},
                                               {ModLogAction::refuse, "refuse", wire::REFUSE},
                                               {ModLogAction::kick, "kick", wire::KICK},
                                               {ModLogAction::ban, "ban", wire::BAN},
                                               {ModLogAction::unban, "unban", wire::UNBAN},
                                               {ModLogAction::mute, "mute", wire::MUTE},
                                               {ModLogAction::remove, "remove", wire::REMOVE},
                                               {ModLogAction::pin, "pin", wire::PIN},
                                               {ModLogAction::unpin, "unpin", wire::UNPIN},
                                               {ModLogAction::grant, "grant", wire::GRANT_ROLE},
                                               {ModLogAction::revoke, "revoke", wire::REVOKE_ROLE},
                                               {ModLogAction::other, "other", kNotOnTheWire}};
};

template <>
struct Table<ReportReason> {
  static constexpr Row<ReportReason> rows[] = {
      {ReportReason::harassment, "harassment", content::HARASSMENT},
      {ReportReason::doxing, "doxing", content::DOXING},
      {ReportReason::exploitation, "exploitation", content::EXPLOITATION},
      {ReportReason::threat, "threat", content::THREAT},
      {ReportReason::spam, "spam", content::SPAM},
      {ReportReason::other, "other", content::OTHER}};
};

template <>
struct Table<PermanenceNoticeKind> {
  static constexpr Row<PermanenceNoticeKind> rows[] = {
      {PermanenceNoticeKind::opened, "opened", wire::OPENED},
      {PermanenceNoticeKind::closed, "closed", wire::CLOSED},
      {PermanenceNoticeKind::queue_changed, "queue_changed", wire::QUEUE_CHANGED},
      {PermanenceNoticeKind::handoff_declined, "handoff_declined", wire::HANDOFF_DECLINED},
      {PermanenceNoticeKind::message_handled, "message_handled", wire::ORG_MESSAGE_HANDLED},
      {PermanenceNoticeKind::new_ticket, "new_ticket", wire::NEW_TICKET}};
};

// The relay names why a ticket closed with these very words (TicketClosed.reason).
template <>
struct Table<TicketEnd> {
  static constexpr Row<TicketEnd> rows[] = {
      {TicketEnd::ended, "ended", kNotOnTheWire},
      {TicketEnd::left, "left", kNotOnTheWire},
      {TicketEnd::permanence_closed, "permanence closed", kNotOnTheWire},
      {TicketEnd::handed_off, "handed off", kNotOnTheWire},
      {TicketEnd::expired, "expired", kNotOnTheWire},
      {TicketEnd::away, "away", kNotOnTheWire},
      {TicketEnd::other, "other", kNotOnTheWire}};
};

}  // namespace

template <class Kind>
std::string_view word(Kind kind) {
  for (const auto& row : Table<Kind>::rows) {
    if (row.kind == kind) return row.word;
  }
  return {};
}

template <class Kind>
std::optional<Kind> from_word(std::string_view text) {
  for (const auto& row : Table<Kind>::rows) {
    if (row.word == text) return row.kind;
  }
  return std::nullopt;
}

template <class Kind>
std::optional<Kind> from_wire(int value) {
  for (const auto& row : Table<Kind>::rows) {
    if (row.wire == value && value != kNotOnTheWire) return row.kind;
  }
  return std::nullopt;
}

template <class Kind>
int wire_value(Kind kind) {
  for (const auto& row : Table<Kind>::rows) {
    if (row.kind == kind) return row.wire;
  }
  return kNotOnTheWire;
}

#define RELAIS_KIND(Kind)                                        \
  template std::string_view word(Kind kind);                     \
  template std::optional<Kind> from_word(std::string_view text); \
  template std::optional<Kind> from_wire(int value);             \
  template int wire_value(Kind kind)
RELAIS_KIND(JoinPolicy);
RELAIS_KIND(Role);
RELAIS_KIND(RoomEventKind);
RELAIS_KIND(ModKind);
RELAIS_KIND(ModLogAction);
RELAIS_KIND(ReportReason);
RELAIS_KIND(PermanenceNoticeKind);
RELAIS_KIND(TicketEnd);
#undef RELAIS_KIND

std::string mod_log_word(const ModLogItem& item) {
  std::string out(word(item.action));
  if ((item.action == ModLogAction::grant || item.action == ModLogAction::revoke) && item.role) {
    out += ' ';
    out += word(*item.role);
  }
  return out;
}

}  // namespace relais::engine

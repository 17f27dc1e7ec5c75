#include "core/wire/contract.h"

#include <algorithm>

#include "core/base/encoding.h"
#include "core/crypto/digest.h"
#include "core/schedule/brussels_time.h"

namespace relais::wire {
namespace {

constexpr std::string_view kRegisterContext = "relais-register-v1";
constexpr std::string_view kLoginContext = "relais-login-v1";
constexpr std::string_view kPowContext = "relais-pow-v1";

std::string concat(std::string_view a, std::string_view b, std::string_view c) {
  std::string out;
  out.reserve(a.size() + b.size() + c.size());
  out.append(a).append(b).append(c);
  return out;
}

Check check_text(Field field, std::string_view text, size_t max_bytes, bool required) {
  if (required && text.empty()) return violation(field, RULE_MISSING);
  if (text.size() > max_bytes) return violation(field, RULE_TOO_LONG, max_bytes);
  return std::nullopt;
}

template <class Languages>
Check check_languages(const Languages& languages) {
  if (static_cast<size_t>(languages.size()) > kMaxLanguages)
    return violation(FIELD_LANGUAGES, RULE_TOO_MANY, kMaxLanguages);
  for (const auto& l : languages) {
    if (!valid_language(l)) return violation(FIELD_LANGUAGES, RULE_MALFORMED);
  }
  return std::nullopt;
}

}  // namespace

std::string register_proof_input(std::string_view nonce, std::string_view identity_key) {
  return concat(kRegisterContext, nonce, identity_key);
}

std::string login_proof_input(std::string_view nonce, std::string_view account_id) {
  return concat(kLoginContext, nonce, account_id);
}

bool proof_of_work_holds(std::string_view nonce, std::string_view pow_nonce, uint32_t difficulty) {
  if (difficulty == 0) return true;
  return crypto::leading_zero_bits(crypto::sha256(concat(kPowContext, nonce, pow_nonce))) >=
         static_cast<int>(difficulty);
}

std::string solve_proof_of_work(std::string_view nonce, uint32_t difficulty) {
  std::string candidate(8, '\0');
  for (uint64_t counter = 0;; ++counter) {
    for (int i = 0; i < 8; ++i) candidate[i] = static_cast<char>((counter >> (56 - 8 * i)) & 0xff);
    if (proof_of_work_holds(nonce, candidate, difficulty)) return candidate;
  }
}

Violation violation(Field field, Rule rule, uint64_t limit) {
  Violation v;
  v.set_field(field);
  v.set_rule(rule);
  v.set_limit(limit);
  return v;
}

bool valid_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdBytes) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool valid_language(std::string_view language) {
  return language.size() == 2 &&
         std::all_of(language.begin(), language.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool valid_ticket(std::string_view ticket) {
  return ticket.size() == kTicketChars && from_base32(ticket).has_value();
}

Check check_id(Field field, std::string_view id) {
  if (id.empty()) return violation(field, RULE_MISSING);
  if (!valid_id(id)) return violation(field, RULE_MALFORMED, kMaxIdBytes);
  return std::nullopt;
}

Check check_language(std::string_view language) {
  if (!valid_language(language)) return violation(FIELD_LANGUAGE, RULE_MALFORMED);
  return std::nullopt;
}

Check check_ticket(std::string_view ticket) {
  if (!valid_ticket(ticket)) return violation(FIELD_TICKET, RULE_MALFORMED, kTicketChars);
  return std::nullopt;
}

Check check_account(std::string_view account_id) {
  if (account_id.size() != kAccountIdBytes)
    return violation(FIELD_ACCOUNT, RULE_MALFORMED, kAccountIdBytes);
  return std::nullopt;
}

Check check_message_id(std::string_view message_id) {
  if (message_id.size() != kMessageIdBytes)
    return violation(FIELD_MESSAGE_ID, RULE_MALFORMED, kMessageIdBytes);
  return std::nullopt;
}

Check check_ticket_secret(std::string_view secret) {
  if (secret.empty()) return violation(FIELD_TICKET_SECRET, RULE_MISSING);
  if (secret.size() != kTicketSecretBytes)
    return violation(FIELD_TICKET_SECRET, RULE_MALFORMED, kTicketSecretBytes);
  return std::nullopt;
}

Check check(const RoleGrant& grant) {
  switch (grant.role()) {
    case MODERATOR:
      return check_id(FIELD_SCOPE, grant.scope());
    case OUTREACH:
      return check_id(FIELD_SCOPE, grant.scope());
    case ADMIN:
      if (!grant.scope().empty()) return violation(FIELD_SCOPE, RULE_NOT_ALLOWED);
      return std::nullopt;
    default:
      return violation(FIELD_ROLE, RULE_OUT_OF_RANGE);
  }
}

Check check(const RoomInfo& room) {
  if (auto v = check_id(FIELD_ROOM, room.room())) return v;
  if (auto v = check_text(FIELD_ROOM_NAME, room.name_fr(), kMaxRoomNameBytes, true)) return v;
  if (auto v = check_text(FIELD_ROOM_NAME, room.name_nl(), kMaxRoomNameBytes, true)) return v;
  if (room.policy() != OPEN && room.policy() != KNOCK && room.policy() != INVITE)
    return violation(FIELD_POLICY, RULE_OUT_OF_RANGE);
  if (room.retention_s() > kMaxRetentionS)
    return violation(FIELD_RETENTION, RULE_OUT_OF_RANGE, kMaxRetentionS);
  if (room.message_lifetime_s() > kMaxRetentionS)
    return violation(FIELD_MESSAGE_LIFETIME, RULE_OUT_OF_RANGE, kMaxRetentionS);
  if (room.max_members() > kMaxMembersCap)
    return violation(FIELD_MAX_MEMBERS, RULE_OUT_OF_RANGE, kMaxMembersCap);
  if (!room.region().empty()) return check_id(FIELD_REGION, room.region());
  return std::nullopt;
}

namespace {
enum class ModTarget { account, message, none };

ModTarget target_of(ModActionKind kind) {
  switch (kind) {
    case APPROVE:
    case REFUSE:
    case KICK:
    case BAN:
    case UNBAN:
    case MUTE:
      return ModTarget::account;
    case REMOVE:
    case PIN:
    case UNPIN:
      return ModTarget::message;
    case GRANT_ROLE:   // only in the moderation log
    case REVOKE_ROLE:  // only in the moderation log
    case MOD_UNSPECIFIED:
    case ModActionKind_INT_MIN_SENTINEL_DO_NOT_USE_:
    case ModActionKind_INT_MAX_SENTINEL_DO_NOT_USE_:
      return ModTarget::none;
  }
  return ModTarget::none;  // a number no enumerator has (proto3 enums are open)
}
}  // namespace

bool about_account(ModActionKind kind) {
  return target_of(kind) == ModTarget::account;
}

bool about_message(ModActionKind kind) {
  return target_of(kind) == ModTarget::message;
}

Check check(const ModAction& action) {
  const auto kind = action.kind();
  const ModTarget target = target_of(kind);
  if (target == ModTarget::none) return violation(FIELD_ACTION, RULE_OUT_OF_RANGE);
  if (auto v = check_id(FIELD_ROOM, action.room())) return v;
  if (target == ModTarget::account) {
    if (auto v = check_account(action.target())) return v;
  } else if (action.seq() == 0) {
    return violation(FIELD_SEQ, RULE_MISSING);
  }
  if (kind == MUTE && action.duration_s() > kMaxActionS)
    return violation(FIELD_DURATION, RULE_OUT_OF_RANGE, kMaxActionS);
  if (kind == PIN && action.duration_s() == 0) return violation(FIELD_DURATION, RULE_MISSING);
  if (kind == PIN && action.duration_s() > kMaxActionS)
    return violation(FIELD_DURATION, RULE_OUT_OF_RANGE, kMaxActionS);
  return std::nullopt;
}

Check check(const CreateInvite& invite) {
  if (invite.uses() > kMaxInviteUses)
    return violation(FIELD_USES, RULE_OUT_OF_RANGE, kMaxInviteUses);
  if (invite.valid_for_s() > kMaxInviteValidS)
    return violation(FIELD_VALIDITY, RULE_OUT_OF_RANGE, kMaxInviteValidS);
  if (!invite.room().empty()) {
    if (auto v = check_id(FIELD_ROOM, invite.room())) return v;
    // A room invite lets someone into that room only; roles are the admins' to give.
    if (invite.has_grants()) return violation(FIELD_GRANT, RULE_NOT_ALLOWED);
  } else if (invite.has_grants()) {
    return check(invite.grants());
  }
  return std::nullopt;
}

Check check(const Org& org) {
  if (auto v = check_id(FIELD_ORG, org.org())) return v;
  if (auto v = check_text(FIELD_ORG_NAME, org.name(), kMaxOrgNameBytes, true)) return v;
  if (auto v = check_text(FIELD_DESCRIPTION, org.description(), kMaxDescriptionBytes, false))
    return v;
  if (auto v = check_text(FIELD_CONTACT, org.contact(), kMaxContactBytes, false)) return v;
  if (auto v = check_languages(org.languages())) return v;
  if (!org.region().empty()) return check_id(FIELD_REGION, org.region());
  return std::nullopt;
}

Check check(const Slot& slot) {
  if (slot.weekday() < WEEKDAY_UNSPECIFIED || slot.weekday() > SUNDAY)
    return violation(FIELD_WEEKDAY, RULE_OUT_OF_RANGE);
  const bool weekly = slot.weekday() != WEEKDAY_UNSPECIFIED;
  if (weekly && !slot.date().empty()) return violation(FIELD_DATE, RULE_NOT_ALLOWED);
  if (!weekly && slot.date().empty()) return violation(FIELD_WEEKDAY, RULE_MISSING);
  if (!weekly && !schedule::parse_date(slot.date())) return violation(FIELD_DATE, RULE_MALFORMED);
  const auto start = schedule::parse_hhmm(slot.start());
  if (!start || *start >= 24 * 60) return violation(FIELD_START, RULE_MALFORMED);
  const auto end = schedule::parse_hhmm(slot.end());
  if (!end) return violation(FIELD_END, RULE_MALFORMED);
  if (*end <= *start) return violation(FIELD_END, RULE_OUT_OF_RANGE);
  if (auto v = check_languages(slot.languages())) return v;
  return check_id(FIELD_ROOM, slot.room());
}

Check check(const Send& send) {
  if (auto v = check_account(send.to())) return v;
  if (auto v = check_message_id(send.message_id())) return v;
  // Unsealed types would name no sender the recipient could check: only sealed envelopes.
  if (send.type() != SEALED_MESSAGE) return violation(FIELD_ENVELOPE_TYPE, RULE_OUT_OF_RANGE);
  if (send.ciphertext().empty()) return violation(FIELD_CIPHERTEXT, RULE_MISSING);
  if (send.ciphertext().size() > kMaxEnvelopeCiphertextBytes)
    return violation(FIELD_CIPHERTEXT, RULE_TOO_LONG, kMaxEnvelopeCiphertextBytes);
  if (send.ciphertext().size() < kMinSealedBytes ||
      static_cast<uint8_t>(send.ciphertext()[0]) != kSealedVersion) {
    return violation(FIELD_CIPHERTEXT, RULE_MALFORMED);
  }
  return std::nullopt;
}

Check check(const Knock& knock) {
  if (auto v = check_id(FIELD_ORG, knock.org())) return v;
  if (!knock.language().empty()) {
    if (auto v = check_language(knock.language())) return v;
  }
  return check_ticket_secret(knock.secret());
}

Check check(const TicketSend& send) {
  if (auto v = check_ticket(send.ticket())) return v;
  return check(send.send());
}

Check check(const PostRoom& post) {
  if (auto v = check_id(FIELD_ROOM, post.room())) return v;
  if (auto v = check_message_id(post.message_id())) return v;
  if (post.ciphertext().empty()) return violation(FIELD_CIPHERTEXT, RULE_MISSING);
  if (post.ciphertext().size() > kMaxRoomCiphertextBytes)
    return violation(FIELD_CIPHERTEXT, RULE_TOO_LONG, kMaxRoomCiphertextBytes);
  if (post.commitment().size() != kCommitmentBytes)
    return violation(FIELD_COMMITMENT, RULE_MALFORMED, kCommitmentBytes);
  return std::nullopt;
}

Check check(const GetIdentities& lookup) {
  if (lookup.account_ids().empty()) return violation(FIELD_ACCOUNT, RULE_MISSING);
  if (static_cast<size_t>(lookup.account_ids_size()) > kMaxIdentityLookups)
    return violation(FIELD_ACCOUNT, RULE_TOO_MANY, kMaxIdentityLookups);
  for (const auto& id : lookup.account_ids()) {
    if (auto v = check_account(id)) return v;
  }
  return std::nullopt;
}

Check check(const ReportHandled& handled) {
  if (auto v = check_id(FIELD_ROOM, handled.room())) return v;
  return check_message_id(handled.report_id());
}

std::string describe(const Violation& v) {
  std::string what;
  switch (v.field()) {
    case FIELD_ROOM:
      what = "The room id";
      break;
    case FIELD_ORG:
      what = "The organisation id";
      break;
    case FIELD_REGION:
      what = "The region";
      break;
    case FIELD_ACCOUNT:
      what = "The account id";
      break;
    case FIELD_ROOM_NAME:
      what = "The room's name";
      break;
    case FIELD_ORG_NAME:
      what = "The organisation's name";
      break;
    case FIELD_DESCRIPTION:
      what = "The description";
      break;
    case FIELD_CONTACT:
      what = "The contact line";
      break;
    case FIELD_LANGUAGES:
      what = "The languages";
      break;
    case FIELD_POLICY:
      what = "The join policy";
      break;
    case FIELD_ROLE:
      what = "The role";
      break;
    case FIELD_SCOPE:
      what = "The role's room or organisation";
      break;
    case FIELD_RETENTION:
      what = "The retention";
      break;
    case FIELD_MESSAGE_LIFETIME:
      what = "The message lifetime";
      break;
    case FIELD_MAX_MEMBERS:
      what = "The member limit";
      break;
    case FIELD_ACTION:
      what = "The moderator action";
      break;
    case FIELD_SEQ:
      what = "The message sequence";
      break;
    case FIELD_DURATION:
      what = "The duration";
      break;
    case FIELD_USES:
      what = "The number of uses";
      break;
    case FIELD_VALIDITY:
      what = "The validity";
      break;
    case FIELD_GRANT:
      what = "The role granted";
      break;
    case FIELD_WEEKDAY:
      what = "The weekday";
      break;
    case FIELD_DATE:
      what = "The date";
      break;
    case FIELD_START:
      what = "The start time";
      break;
    case FIELD_END:
      what = "The end time";
      break;
    case FIELD_MESSAGE_ID:
      what = "The message id";
      break;
    case FIELD_TICKET:
      what = "The ticket";
      break;
    case FIELD_CIPHERTEXT:
      what = "The ciphertext";
      break;
    case FIELD_COMMITMENT:
      what = "The franking commitment";
      break;
    case FIELD_ENVELOPE_TYPE:
      what = "The envelope type";
      break;
    case FIELD_PERIOD:
      what = "The period";
      break;
    case FIELD_LANGUAGE:
      what = "The language";
      break;
    case FIELD_SLOT:
      what = "The slots";
      break;
    case FIELD_TICKET_SECRET:
      what = "The ticket's secret";
      break;
    default:
      what = "A field";
      break;
  }
  const std::string limit = std::to_string(v.limit());
  switch (v.rule()) {
    case RULE_MISSING:
      return what + " is missing.";
    case RULE_TOO_LONG:
      return what + " is longer than " + limit + " bytes.";
    case RULE_MALFORMED:
      switch (v.field()) {
        case FIELD_ROOM:
        case FIELD_ORG:
        case FIELD_REGION:
        case FIELD_SCOPE:
          return what + " is 1 to " + std::to_string(kMaxIdBytes) +
                 " lowercase letters, digits or '-'.";
        case FIELD_LANGUAGES:
          return what + " are two-letter lowercase codes, such as fr or nl.";
        case FIELD_LANGUAGE:
          return what + " is a two-letter lowercase code, such as fr or nl.";
        case FIELD_TICKET:
          return what + " is " + limit + " base32 characters.";
        case FIELD_DATE:
          return what + " is YYYY-MM-DD, a real calendar date.";
        case FIELD_START:
        case FIELD_END:
          return what + " is a time of day, HH:MM.";
        default:
          return v.limit() ? what + " must be " + limit + " bytes."
                           : what + " is not of the required form.";
      }
    case RULE_OUT_OF_RANGE:
      return v.limit() ? what + " is above its limit of " + limit + "."
                       : what + " is out of range.";
    case RULE_TOO_MANY:
      return what + " are more than " + limit + ".";
    case RULE_NOT_ALLOWED:
      return what + " is not allowed in this request.";
    default:
      return what + " is not valid.";
  }
}

}  // namespace relais::wire

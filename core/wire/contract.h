// The protocol's contract in one place: the limits both ends hold to, the shape every request
// must have, and the texts that register, log-in and proof-of-work signatures cover.
//
// The relay is authoritative: it checks every request with these functions and answers
// INVALID_ARGUMENT with the Violation. The client engine runs the same checks before sending,
// so both clients tell a person the same thing without a round trip. Checks here are about the
// request alone; what needs the relay's state (does the room exist, is the caller a moderator)
// stays in the relay.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "relais.pb.h"

namespace relais::wire {

// ---- Connection and identity

inline constexpr uint32_t kProtocolVersion = 2;      // 2: one-to-one envelopes are sealed
inline constexpr size_t kNonceBytes = 32;            // the Challenge's nonce
inline constexpr uint32_t kMaxProofOfWorkBits = 28;  // a client refuses a harder challenge
inline constexpr size_t kMaxPrekeysPerUpload = 200;
inline constexpr size_t kMaxIdentityLookups = 100;  // account ids in one GetIdentities
// The interface languages the clients ship (client-qt/i18n/relais_<code>.ts), in the order they
// are offered: the only codes a relay may list in Challenge.interface_languages.
inline constexpr std::string_view kInterfaceLanguages[] = {"fr", "nl", "en", "es",
                                                           "pt", "ro", "bg", "sq"};

// What the identity key signs (XEdDSA) to register: context || nonce || identity key.
std::string register_proof_input(std::string_view nonce, std::string_view identity_key);
// What it signs to log in: context || nonce || account id (16 bytes).
std::string login_proof_input(std::string_view nonce, std::string_view account_id);
// Whether SHA-256(context || nonce || pow_nonce) starts with `difficulty` zero bits.
bool proof_of_work_holds(std::string_view nonce, std::string_view pow_nonce, uint32_t difficulty);
// The first 8-byte big-endian counter whose proof holds (about 2^difficulty hashes).
std::string solve_proof_of_work(std::string_view nonce, uint32_t difficulty);

// ---- Sizes of identifiers

inline constexpr size_t kAccountIdBytes = 16;
inline constexpr size_t kMessageIdBytes = 16;
inline constexpr size_t kCommitmentBytes = 32;    // franking commitment (HMAC-SHA256)
inline constexpr size_t kMaxIdBytes = 32;         // room, organisation and region ids
inline constexpr size_t kTicketChars = 8;         // base32 (RFC 4648, lowercase, no padding)
inline constexpr size_t kTicketSecretBytes = 32;  // Knock.secret, TicketStatus.secret

// ---- Ciphertexts
//
// The largest ciphertext the relay stores for one envelope and for one room post. A padded text
// message is about 300 bytes; the largest a client makes today is a report (the reported message
// and three before it, each up to 32 KiB of text: about 135 KiB). 192 KiB leaves room for the
// sealed-sender layer and a bigger report; a room post carries at most 32 KiB of text (about
// 33 KiB once padded and encrypted), so 64 KiB leaves the same margin. Both fit well under the
// relay's default message size (kDefaultMaxMessageBytes, 256 KiB).
inline constexpr size_t kMaxEnvelopeCiphertextBytes = 192 * 1024;
inline constexpr size_t kMaxRoomCiphertextBytes = 64 * 1024;

// ---- One-to-one envelopes

// A Send's ciphertext is a sealed envelope (core/signal/sealed.h): its version byte, then at
// least the ephemeral key (33), the sender (16), the type (1), one byte of message and the tag
// (16). The relay checks this much of its shape; only the recipient can open it.
inline constexpr uint8_t kSealedVersion = 0x01;
inline constexpr size_t kMinSealedBytes = 1 + 33 + 16 + 1 + 1 + 16;

// ---- Rooms and moderation

inline constexpr size_t kMaxRoomNameBytes = 64;
inline constexpr uint64_t kMaxActionS = 30 * 24 * 3600;     // longest mute or pin
inline constexpr uint64_t kMaxRetentionS = 90 * 24 * 3600;  // room retention, message lifetime
inline constexpr uint32_t kMaxMembersCap = 100000;          // a room's max_members
inline constexpr uint32_t kMaxInviteUses = 1000;
// The longest invite code the relay looks up; the codes it makes are 24 base32 characters.
inline constexpr size_t kMaxInviteCodeBytes = 64;
inline constexpr uint64_t kMaxInviteValidS = 90 * 24 * 3600;
// Reports marked handled the relay keeps per room, and for how long: a moderator's client holds
// its last 500 reports, and learns their state at log-in.
inline constexpr size_t kMaxHandledReports = 1000;
inline constexpr uint64_t kHandledReportKeepS = 90 * 24 * 3600;

// ---- Organisations and permanences

inline constexpr size_t kMaxOrgNameBytes = 100;
inline constexpr size_t kMaxDescriptionBytes = 1000;
inline constexpr size_t kMaxContactBytes = 300;
inline constexpr size_t kMaxLanguages = 12;
inline constexpr size_t kMaxSlots = 64;       // per organisation
inline constexpr size_t kMaxCancelled = 400;  // cancelled dates ahead, per organisation

// ---- Checks: nullopt when the value or request keeps the rules.

using Check = std::optional<Violation>;
Violation violation(Field field, Rule rule, uint64_t limit = 0);

// 1..32 bytes of lowercase ASCII letters, digits and '-': rooms, organisations, regions.
bool valid_id(std::string_view id);
// Two lowercase ASCII letters (ISO 639-1), such as "fr".
bool valid_language(std::string_view language);
bool valid_ticket(std::string_view ticket);

Check check_id(Field field, std::string_view id);
Check check_language(std::string_view language);
Check check_ticket(std::string_view ticket);
Check check_account(std::string_view account_id);  // 16 bytes
Check check_message_id(std::string_view message_id);
Check check_ticket_secret(std::string_view secret);  // 32 bytes

// A role grant or revocation (GrantRole, RevokeRole, CreateInvite.grants): a known role with
// the scope it needs (a room, an organisation, none for ADMIN).
Check check(const RoleGrant& grant);
Check check(const RoomInfo& room);  // CreateRoom
Check check(const ModAction& action);
// What a moderator action is about: an account (ModAction.target) or a message in the room
// (ModAction.seq). Neither for a kind that only appears in the moderation log or is unknown. A
// switch with no `default:`, so a new kind does not compile until it is placed.
bool about_account(ModActionKind kind);
bool about_message(ModActionKind kind);
Check check(const CreateInvite& invite);
Check check(const Org& org);    // CreateOrg
Check check(const Slot& slot);  // AddSlot: weekday or date, HH:MM times, languages, room
Check check(const Send& send);  // ciphertext at most kMaxEnvelopeCiphertextBytes
Check check(const Knock& knock);  // org, language (may be empty), secret
Check check(const TicketSend& send);
Check check(const PostRoom& post);  // ciphertext at most kMaxRoomCiphertextBytes
Check check(const GetIdentities& lookup);  // 1..kMaxIdentityLookups ids of 16 bytes
// A room id and a report id of 16 bytes (FIELD_MESSAGE_ID).
Check check(const ReportHandled& handled);

// One English sentence for the relay's Error.message and for logs; clients say it in their own
// words from the Violation.
std::string describe(const Violation& v);

}  // namespace relais::wire

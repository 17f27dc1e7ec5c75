#include "client-cli/sentences.h"

#include <string>

#include "core/wire/contract.h"
#include "relais.pb.h"

namespace relais::cli {

using engine::Problem;

namespace {

// The part of a request a violation names.
std::string field_name(wire::Field field) {
  switch (field) {
    case wire::FIELD_ROOM:
      return "The room id";
    case wire::FIELD_ORG:
      return "The organisation id";
    case wire::FIELD_REGION:
      return "The region";
    case wire::FIELD_ACCOUNT:
      return "The account id";
    case wire::FIELD_ROOM_NAME:
      return "The room's name";
    case wire::FIELD_ORG_NAME:
      return "The organisation's name";
    case wire::FIELD_DESCRIPTION:
      return "The description";
    case wire::FIELD_CONTACT:
      return "The contact line";
    case wire::FIELD_LANGUAGES:
      return "The languages";
    case wire::FIELD_POLICY:
      return "The join policy";
    case wire::FIELD_ROLE:
      return "The role";
    case wire::FIELD_SCOPE:
      return "The role's room or organisation";
    case wire::FIELD_RETENTION:
      return "The retention";
    case wire::FIELD_MESSAGE_LIFETIME:
      return "The message lifetime";
    case wire::FIELD_MAX_MEMBERS:
      return "The member limit";
    case wire::FIELD_ACTION:
      return "The moderator action";
    case wire::FIELD_SEQ:
      return "The message number";
    case wire::FIELD_DURATION:
      return "The duration";
    case wire::FIELD_USES:
      return "The number of uses";
    case wire::FIELD_VALIDITY:
      return "The validity";
    case wire::FIELD_GRANT:
      return "The role granted";
    case wire::FIELD_WEEKDAY:
      return "The weekday";
    case wire::FIELD_DATE:
      return "The date";
    case wire::FIELD_START:
      return "The start time";
    case wire::FIELD_END:
      return "The end time";
    case wire::FIELD_MESSAGE_ID:
      return "The message id";
    case wire::FIELD_TICKET:
      return "The ticket";
    case wire::FIELD_CIPHERTEXT:
      return "The ciphertext";
    case wire::FIELD_COMMITMENT:
      return "The franking commitment";
    case wire::FIELD_ENVELOPE_TYPE:
      return "The envelope type";
    case wire::FIELD_PERIOD:
      return "The period";
    case wire::FIELD_LANGUAGE:
      return "The language";
    case wire::FIELD_SLOT:
      return "The slots";
    default:
      return "A part of the request";
  }
}

// A request that breaks the protocol's rules (core/wire/contract.h), in this client's words.
std::string violation_sentence(const engine::Failure& f) {
  if (f.field == wire::FIELD_UNSPECIFIED) return "The relay refused a malformed request.";
  const std::string what = field_name(f.field);
  const std::string limit = std::to_string(f.limit);
  switch (f.rule) {
    case wire::RULE_MISSING:
      return what + " is missing.";
    case wire::RULE_TOO_LONG:
      return what + " is longer than " + limit + " bytes.";
    case wire::RULE_MALFORMED:
      switch (f.field) {
        case wire::FIELD_ROOM:
        case wire::FIELD_ORG:
        case wire::FIELD_REGION:
        case wire::FIELD_SCOPE:
          return what + " is 1 to 32 lowercase letters, digits or '-'.";
        case wire::FIELD_LANGUAGES:
          return what + " are two-letter lowercase codes, such as fr or nl.";
        case wire::FIELD_LANGUAGE:
          return what + " is a two-letter lowercase code, such as fr or nl.";
        case wire::FIELD_TICKET:
          return what + " is " + limit + " letters and digits, as the relay gave it.";
        case wire::FIELD_WEEKDAY:
          return what + " is mon, tue, wed, thu, fri, sat or sun.";
        case wire::FIELD_DATE:
          return what + " is YYYY-MM-DD, a real calendar date.";
        case wire::FIELD_START:
        case wire::FIELD_END:
          return what + " is a time of day, HH:MM.";
        case wire::FIELD_MESSAGE_ID:
          return what + " is 32 hexadecimal digits (see staff inbox).";
        default:
          return what + " is not of the required form.";
      }
    case wire::RULE_OUT_OF_RANGE:
      if (f.field == wire::FIELD_POLICY) return what + " is open, knock or invite.";
      if (f.field == wire::FIELD_ROLE)
        return "A role is 'moderator ROOM', 'outreach ORG' or 'admin'.";
      if (f.field == wire::FIELD_END) return what + " comes after the start time.";
      return f.limit ? what + " is above its limit of " + limit + "." : what + " is out of range.";
    case wire::RULE_TOO_MANY:
      return what + " are more than " + limit + ".";
    case wire::RULE_NOT_ALLOWED:
      return what + " is not allowed in this request.";
    default:
      return what + " is not valid.";
  }
}

}  // namespace

std::string sentence(const engine::Failure& f) {
  switch (f.problem) {
    case Problem::not_connected:
      return "Not connected to the relay.";
    case Problem::not_registered:
      return "This profile is not registered.";
    case Problem::relay_malformed:
      return "The relay could not parse a message from this client.";
    case Problem::relay_unknown_request:
      return "The relay does not know a request this client made.";
    case Problem::relay_frame_too_large:
      return "A message was larger than the relay accepts.";
    case Problem::relay_not_authenticated:
      return "The relay expected a log-in first.";
    case Problem::relay_already_authenticated:
      return "The connection was already logged in.";
    case Problem::bad_signature:
      return "The relay did not accept this device's signature.";
    case Problem::unknown_account:
      return "The relay knows no account with this id.";
    case Problem::account_reset:
      return "The relay does not know this account; it may have been reset.";
    case Problem::rate_limited:
      return "The relay asks to slow down; try again in a moment.";
    case Problem::store_failure:
      return "The relay could not store the message; try again later.";
    case Problem::invite_required:
      return "The relay needs a valid invite code to register.";
    case Problem::proof_of_work_refused:
      return "The relay did not accept the proof of work.";
    case Problem::forbidden:
      return "The relay refused: this account lacks the role for it.";
    case Problem::shutting_down:
      return "The relay is shutting down; try again later.";
    case Problem::overloaded:
      return "The relay is overloaded; try again later.";
    case Problem::queue_full:
      return "The recipient has too many messages waiting on the relay; nothing was sent. Try "
             "again later.";
    case Problem::quota_exceeded:
      return "You have sent as much as the relay allows in a day; try again later.";
    case Problem::relay_out_of_space:
      return "The relay is short of disk space and takes no new messages for now; try again later.";
    case Problem::invalid_request:
      if (f.field == wire::FIELD_UNSPECIFIED) return "The relay refused a malformed request.";
      return violation_sentence(f);
    case Problem::relay_refused:
      // A refusal this client does not know. The relay's own words (f.detail) are for logs and
      // developers, never shown: they are not this client's sentence, nor in its language.
      return "The relay refused a request.";
    case Problem::no_such_room:
      return "There is no such room.";
    case Problem::not_a_member:
      return "You are not a member of that room.";
    case Problem::already_member:
      return "You are already a member of that room.";
    case Problem::room_full:
      return "This room is full.";
    case Problem::banned:
      return "You are banned from that room.";
    case Problem::muted:
      return "You are muted in that room for now.";
    case Problem::room_needs_approval:
      return "This room admits people only with a moderator's approval.";
    case Problem::room_needs_invite:
      return "This room needs an invite code.";
    case Problem::no_such_message:
      return "There is no such message in this room.";
    case Problem::already_exists:
      if (!f.org.empty()) return "An organisation with this id exists already.";
      return f.room.empty() ? "It exists already." : "A room with this id exists already.";
    case Problem::no_such_org:
      return "There is no such organisation.";
    case Problem::no_such_ticket:
      return "There is no such ticket (it may have ended).";
    case Problem::ticket_taken:
      return "Another worker took that ticket first.";
    case Problem::not_on_duty:
      return "That needs a worker on duty: open the permanence first.";
    case Problem::permanence_closed:
      return "The permanence is closed.";
    case Problem::empty_text:
      return "The message is empty.";
    case Problem::text_too_long:
      return "The message is longer than " + std::to_string(f.limit / 1024) + " KiB.";
    case Problem::comment_too_long:
      return "The comment is longer than " + std::to_string(f.limit / 1024) + " KiB.";
    case Problem::needs_other_account:
      return "That needs another account than this profile's own.";
    case Problem::name_empty:
      return "A name must not be empty.";
    case Problem::name_too_long:
      return "A name is at most " + std::to_string(f.limit) + " bytes long.";
    case Problem::name_control_character:
      return "A name must not contain control characters (tabs, line breaks).";
    case Problem::name_edge_space:
      return "A name must not start or end with a space.";
    case Problem::contact_id_taken:
      return "Another contact already has this id.";
    case Problem::no_held_message:
      return "This device holds no message with that number in that room.";
    case Problem::no_ticket_conversation:
      return "This device holds no conversation for that ticket.";
    case Problem::ticket_not_taken:
      return "No worker has taken the ticket yet; wait for one.";
    case Problem::no_safety_number:
      return "There is no safety number with them yet: exchange a message first.";
    case Problem::identity_changed:
      return "Their identity key changed: nothing is sent to them until you compare the safety "
             "number (relais safety-number NAME) and run relais verify NAME, or relais accept-key "
             "NAME.";
    case Problem::no_moderator:
      return "This room has no moderator to send the report to.";
    case Problem::report_undelivered:
      return "The report could not reach any moderator.";
    case Problem::no_worker:
      return "This organisation has no worker to read it yet.";
    case Problem::message_undelivered:
      return "The message could not reach any worker.";
    case Problem::keys_do_not_verify:
      return "The recipient's keys do not verify; nothing was sent.";
    case Problem::cannot_sign:
      return "This device could not sign its keys.";
    case Problem::crypto:
      return "A cryptographic operation failed on this device.";
    case Problem::too_much_work:
      return "The relay asks for more proof of work than this client will do.";
    case Problem::protocol_version:
      return "The relay speaks protocol version " + std::to_string(f.limit) +
             "; this client speaks version " + std::to_string(wire::kProtocolVersion) + ".";
    case Problem::malformed_challenge:
      return "The relay sent a malformed challenge.";
    case Problem::second_challenge:
      return "The relay sent a second challenge; it was ignored.";
    case Problem::malformed_account_id:
      return "The relay sent a malformed account id.";
    case Problem::wrong_answer:
      return "The relay answered a request with the wrong kind of frame.";
    case Problem::wrong_key_bundle:
      return "The relay sent the key bundle of another account.";
    case Problem::stray_answer:
      return "The relay answered a request this client did not make.";
    case Problem::unreadable_message:
      return "The relay sent a message that does not parse; it was ignored.";
    case Problem::unknown_frame:
      return "The relay sent a frame this client does not know; it was ignored.";
    case Problem::unhandled_frame:
      return "The relay sent a frame this client does not handle; it was ignored.";
    case Problem::envelope_before_login:
      return "The relay delivered an envelope before the log-in.";
    case Problem::room_entry_before_login:
      return "The relay delivered a room entry before the log-in.";
    case Problem::malformed_room_entry:
      return "The relay sent a malformed room entry; it was ignored.";
    case Problem::malformed_room_answer:
      return "The relay sent a malformed room answer; it was ignored.";
    case Problem::malformed_notice:
      return "The relay sent a malformed notice; it was ignored.";
    case Problem::damaged_resources:
      return "The resources directory is empty or damaged.";
    case Problem::unsealable:
      return "A message that was not sealed for this device was dropped.";
    case Problem::sender_unproven:
      return "A message whose keys are not those of the account it names was dropped.";
    case Problem::malformed_sender:
      return "An envelope with a malformed sender was dropped.";
    case Problem::unknown_message_type:
      return "A message of an unknown type was dropped.";
    case Problem::no_session:
      return "A message could not be decrypted: there is no session with its sender.";
    case Problem::undecryptable:
      return "A message could not be decrypted and was dropped.";
    case Problem::undecodable:
      return "A message did not decode and was dropped.";
    case Problem::malformed_org_message:
      return "A malformed message for an organisation was dropped.";
    case Problem::malformed_report:
      return "A malformed report was dropped.";
    case Problem::malformed_room_key:
      return "A room key did not decode and was dropped.";
    case Problem::room_message_undecryptable:
      return "A room message could not be decrypted and was dropped.";
    case Problem::room_message_undecodable:
      return "A room message did not decode and was dropped.";
    case Problem::room_message_mismatch:
      return "A room message did not match what the relay recorded and was dropped.";
    case Problem::room_message_key_timeout:
      return "A room message waited too long for its sender's key and was dropped.";
    case Problem::room_message_bad_sender:
      return "A room message with a malformed sender was dropped.";
    case Problem::internal:
      return "Something went wrong inside the client.";
  }
  return "Something went wrong inside the client.";
}

std::string sentence(Problem problem) {
  return sentence(engine::failure(problem));
}

Error error_of(const engine::Failure& failure) {
  return {failure.code, sentence(failure)};
}

}  // namespace relais::cli

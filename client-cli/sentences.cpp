#include "client-cli/sentences.h"

#include <string>

#include "client-cli/i18n.h"
#include "core/wire/contract.h"
#include "relais.pb.h"

namespace relais::cli {

using engine::Problem;

namespace {

// The part of a request a violation names.
std::string field_name(wire::Field field) {
  switch (field) {
    case wire::FIELD_ROOM:
      return tr("The room id");
    case wire::FIELD_ORG:
      return tr("The organisation id");
    case wire::FIELD_REGION:
      return tr("The region");
    case wire::FIELD_ACCOUNT:
      return tr("The account id");
    case wire::FIELD_ROOM_NAME:
      return tr("The room's name");
    case wire::FIELD_ORG_NAME:
      return tr("The organisation's name");
    case wire::FIELD_DESCRIPTION:
      return tr("The description");
    case wire::FIELD_CONTACT:
      return tr("The contact line");
    case wire::FIELD_LANGUAGES:
      return tr("The languages");
    case wire::FIELD_POLICY:
      return tr("The join policy");
    case wire::FIELD_ROLE:
      return tr("The role");
    case wire::FIELD_SCOPE:
      return tr("The role's room or organisation");
    case wire::FIELD_RETENTION:
      return tr("The retention");
    case wire::FIELD_MESSAGE_LIFETIME:
      return tr("The message lifetime");
    case wire::FIELD_MAX_MEMBERS:
      return tr("The member limit");
    case wire::FIELD_ACTION:
      return tr("The moderator action");
    case wire::FIELD_SEQ:
      return tr("The message number");
    case wire::FIELD_DURATION:
      return tr("The duration");
    case wire::FIELD_USES:
      return tr("The number of uses");
    case wire::FIELD_VALIDITY:
      return tr("The validity");
    case wire::FIELD_GRANT:
      return tr("The role granted");
    case wire::FIELD_WEEKDAY:
      return tr("The weekday");
    case wire::FIELD_DATE:
      return tr("The date");
    case wire::FIELD_START:
      return tr("The start time");
    case wire::FIELD_END:
      return tr("The end time");
    case wire::FIELD_MESSAGE_ID:
      return tr("The message id");
    case wire::FIELD_TICKET:
      return tr("The ticket");
    case wire::FIELD_CIPHERTEXT:
      return tr("The ciphertext");
    case wire::FIELD_COMMITMENT:
      return tr("The franking commitment");
    case wire::FIELD_ENVELOPE_TYPE:
      return tr("The envelope type");
    case wire::FIELD_PERIOD:
      return tr("The period");
    case wire::FIELD_LANGUAGE:
      return tr("The language");
    case wire::FIELD_SLOT:
      return tr("The slots");
    case wire::FIELD_TICKET_SECRET:
      return tr("The ticket's secret");
    default:
      return tr("A part of the request");
  }
}

// A request that breaks the protocol's rules (core/wire/contract.h), in this client's words.
std::string violation_sentence(const engine::Failure& f) {
  if (f.field == wire::FIELD_UNSPECIFIED) return tr("The relay refused a malformed request.");
  const std::string what = field_name(f.field);
  const std::string limit = std::to_string(f.limit);
  switch (f.rule) {
    case wire::RULE_MISSING:
      return tr("{1} is missing.", what);
    case wire::RULE_TOO_LONG:
      return tr("{1} is longer than {2} bytes.", what, limit);
    case wire::RULE_MALFORMED:
      switch (f.field) {
        case wire::FIELD_ROOM:
        case wire::FIELD_ORG:
        case wire::FIELD_REGION:
        case wire::FIELD_SCOPE:
          return tr("{1} is 1 to 32 lowercase letters, digits or '-'.", what);
        case wire::FIELD_LANGUAGES:
          return tr("{1} are two-letter lowercase codes, such as fr or nl.", what);
        case wire::FIELD_LANGUAGE:
          return tr("{1} is a two-letter lowercase code, such as fr or nl.", what);
        case wire::FIELD_TICKET:
          return tr("{1} is {2} letters and digits, as the relay gave it.", what, limit);
        case wire::FIELD_WEEKDAY:
          return tr("{1} is mon, tue, wed, thu, fri, sat or sun.", what);
        case wire::FIELD_DATE:
          return tr("{1} is YYYY-MM-DD, a real calendar date.", what);
        case wire::FIELD_START:
        case wire::FIELD_END:
          return tr("{1} is a time of day, HH:MM.", what);
        case wire::FIELD_MESSAGE_ID:
          return tr("{1} is 32 hexadecimal digits (see staff inbox).", what);
        default:
          return tr("{1} is not of the required form.", what);
      }
    case wire::RULE_OUT_OF_RANGE:
      if (f.field == wire::FIELD_POLICY) return tr("{1} is open, knock or invite.", what);
      if (f.field == wire::FIELD_ROLE)
        return tr("A role is 'moderator ROOM', 'outreach ORG' or 'admin'.");
      if (f.field == wire::FIELD_END) return tr("{1} comes after the start time.", what);
      return f.limit ? tr("{1} is above its limit of {2}.", what, limit)
                     : tr("{1} is out of range.", what);
    case wire::RULE_TOO_MANY:
      return tr("{1} are more than {2}.", what, limit);
    case wire::RULE_NOT_ALLOWED:
      return tr("{1} is not allowed in this request.", what);
    default:
      return tr("{1} is not valid.", what);
  }
}

}  // namespace

std::string sentence(const engine::Failure& f) {
  switch (f.problem) {
    case Problem::not_connected:
      return tr("Not connected to the relay.");
    case Problem::not_registered:
      return tr("This profile is not registered.");
    case Problem::relay_malformed:
      return tr("The relay could not parse a message from this client.");
    case Problem::relay_unknown_request:
      return tr("The relay does not know a request this client made.");
    case Problem::relay_frame_too_large:
      return tr("A message was larger than the relay accepts.");
    case Problem::relay_not_authenticated:
      return tr("The relay expected a log-in first.");
    case Problem::relay_already_authenticated:
      return tr("The connection was already logged in.");
    case Problem::bad_signature:
      return tr("The relay did not accept this device's signature.");
    case Problem::unknown_account:
      return tr("The relay knows no account with this id.");
    case Problem::account_reset:
      return tr("The relay does not know this account; it may have been reset.");
    case Problem::rate_limited:
      if (f.why == wire::LIMIT_NETWORK_ROOM_POSTS)
        return tr("Many accounts of your network posted in rooms just now; try again in a moment.");
      return tr("The relay asks to slow down; try again in a moment.");
    case Problem::store_failure:
      return tr("The relay could not store the message; try again later.");
    case Problem::invite_required:
      return tr("The relay needs a valid invite code to register.");
    case Problem::proof_of_work_refused:
      return tr("The relay did not accept the proof of work.");
    case Problem::forbidden:
      return tr("The relay refused: this account lacks the role for it.");
    case Problem::shutting_down:
      return tr("The relay is shutting down; try again later.");
    case Problem::overloaded:
      return tr("The relay is overloaded; try again later.");
    case Problem::queue_full:
      switch (f.why) {
        case wire::LIMIT_SENDER_SHARE:
          return tr(
              "Too many of your messages are waiting for this recipient on the relay; nothing "
              "was sent. Try again once they have read them.");
        case wire::LIMIT_NETWORK_SHARE:
          return tr(
              "Too many messages from your network are waiting for this recipient on the relay; "
              "nothing was sent. Try again later.");
        case wire::LIMIT_NEW_ACCOUNTS_SHARE:
          return tr(
              "Too many messages from new accounts of your network are waiting for this "
              "recipient on the relay; nothing was sent. Try again later.");
        default:
          return tr(
              "The recipient has too many messages waiting on the relay; nothing was sent. Try "
              "again later.");
      }
    case Problem::quota_exceeded:
      return tr("You have sent as much as the relay allows in a day; try again later.");
    case Problem::relay_out_of_space:
      return tr(
          "The relay is short of disk space and takes no new messages for now; try again later.");
    case Problem::invalid_request:
      if (f.field == wire::FIELD_UNSPECIFIED) return tr("The relay refused a malformed request.");
      return violation_sentence(f);
    case Problem::relay_refused:
      // A refusal this client does not know. The relay's own words (f.detail) are for logs and
      // developers, never shown: they are not this client's sentence, nor in its language.
      return tr("The relay refused a request.");
    case Problem::no_such_room:
      return tr("There is no such room.");
    case Problem::not_a_member:
      return tr("You are not a member of that room.");
    case Problem::already_member:
      return tr("You are already a member of that room.");
    case Problem::room_full:
      return tr("This room is full.");
    case Problem::banned:
      return tr("You are banned from that room.");
    case Problem::muted:
      return tr("You are muted in that room for now.");
    case Problem::room_needs_approval:
      return tr("This room admits people only with a moderator's approval.");
    case Problem::room_needs_invite:
      return tr("This room needs an invite code.");
    case Problem::no_such_message:
      // An organisation's inbox: a message it did not list (it was full) has no handled mark.
      if (!f.org.empty()) {
        return tr("The relay's inbox does not list this message (it was full when it came): it "
                  "cannot be marked handled for your colleagues.");
      }
      return tr("There is no such message in this room.");
    case Problem::already_exists:
      if (!f.org.empty()) return tr("An organisation with this id exists already.");
      return f.room.empty() ? tr("It exists already.") : tr("A room with this id exists already.");
    case Problem::no_such_org:
      return tr("There is no such organisation.");
    case Problem::no_such_ticket:
      return tr("There is no such ticket: it may have ended, or been given up after its member "
                "had no connection for a few minutes.");
    case Problem::ticket_taken:
      return tr("Another worker took that ticket first.");
    case Problem::not_on_duty:
      return tr("You are not on duty for this organisation; go on duty first (relais staff open).");
    case Problem::permanence_closed:
      return tr("The permanence is closed.");
    case Problem::ticket_handed_off:
      return tr("This conversation was handed to a colleague; you can no longer write in it.");
    case Problem::colleague_not_on_duty:
      return tr(
          "That colleague is not on duty for this organisation now; see relais staff "
          "colleagues.");
    case Problem::member_away:
      return tr("The person has not come back since the relay restarted; write once she is back.");
    case Problem::empty_text:
      return tr("The message is empty.");
    case Problem::text_too_long:
      return tr("The message is longer than {1} KiB.", std::to_string(f.limit / 1024));
    case Problem::comment_too_long:
      return tr("The comment is longer than {1} KiB.", std::to_string(f.limit / 1024));
    case Problem::needs_other_account:
      return tr("That needs another account than this profile's own.");
    case Problem::name_empty:
      return tr("A name must not be empty.");
    case Problem::name_too_long:
      return tr("A name is at most {1} bytes long.", std::to_string(f.limit));
    case Problem::name_control_character:
      return tr("A name must not contain control characters (tabs, line breaks).");
    case Problem::name_edge_space:
      return tr("A name must not start or end with a space.");
    case Problem::contact_id_taken:
      return tr("Another contact already has this id.");
    case Problem::no_held_message:
      return tr("This device holds no message with that number in that room.");
    case Problem::no_ticket_conversation:
      return tr("This device holds no conversation for that ticket.");
    case Problem::ticket_not_taken:
      return tr("No worker has taken the ticket yet; wait for one.");
    case Problem::no_safety_number:
      return tr("There is no safety number with them yet: exchange a message first.");
    case Problem::identity_changed:
      return tr(
          "Their identity key changed: nothing is sent to them until you compare the safety "
          "number (relais safety-number NAME) and run relais verify NAME, or relais accept-key "
          "NAME.");
    case Problem::no_org_message:
      return tr("This device holds no message left with that id; see relais staff inbox.");
    case Problem::no_held_report:
      return tr("This device holds no report with that id; see relais reports --all.");
    case Problem::no_moderator:
      return tr("This room has no moderator to send the report to.");
    case Problem::report_undelivered:
      return tr("The report could not reach any moderator.");
    case Problem::no_worker:
      return tr("This organisation has no worker to read it yet.");
    case Problem::message_undelivered:
      if (f.because == Problem::queue_full) {
        return f.why == wire::LIMIT_NETWORK_SHARE || f.why == wire::LIMIT_NEW_ACCOUNTS_SHARE
                   ? tr("The message could not reach any worker: too many messages from your "
                        "network are waiting for them on the relay. Nothing was sent; try again "
                        "later.")
                   : tr("The message could not reach any worker: they have too many messages "
                        "waiting on the relay. Nothing was sent; try again later.");
      }
      return tr("The message could not reach any worker.");
    case Problem::keys_do_not_verify:
      return tr("The recipient's keys do not verify; nothing was sent.");
    case Problem::cannot_sign:
      return tr("This device could not sign its keys.");
    case Problem::crypto:
      return tr("A cryptographic operation failed on this device.");
    case Problem::too_much_work:
      return tr("The relay asks for more proof of work than this client will do.");
    case Problem::protocol_version:
      return tr("The relay speaks protocol version {1}; this client speaks version {2}.", f.limit,
                wire::kProtocolVersion);
    case Problem::malformed_challenge:
      return tr("The relay sent a malformed challenge.");
    case Problem::second_challenge:
      return tr("The relay sent a second challenge; it was ignored.");
    case Problem::malformed_account_id:
      return tr("The relay sent a malformed account id.");
    case Problem::wrong_answer:
      return tr("The relay answered a request with the wrong kind of frame.");
    case Problem::wrong_key_bundle:
      return tr("The relay sent the key bundle of another account.");
    case Problem::stray_answer:
      return tr("The relay answered a request this client did not make.");
    case Problem::unreadable_message:
      return tr("The relay sent a message that does not parse; it was ignored.");
    case Problem::unknown_frame:
      return tr("The relay sent a frame this client does not know; it was ignored.");
    case Problem::unhandled_frame:
      return tr("The relay sent a frame this client does not handle; it was ignored.");
    case Problem::envelope_before_login:
      return tr("The relay delivered an envelope before the log-in.");
    case Problem::room_entry_before_login:
      return tr("The relay delivered a room entry before the log-in.");
    case Problem::malformed_room_entry:
      return tr("The relay sent a malformed room entry; it was ignored.");
    case Problem::malformed_room_answer:
      return tr("The relay sent a malformed room answer; it was ignored.");
    case Problem::malformed_notice:
      return tr("The relay sent a malformed notice; it was ignored.");
    case Problem::damaged_resources:
      return tr("The resources directory is empty or damaged.");
    case Problem::unsealable:
      return tr("A message that was not sealed for this device was dropped.");
    case Problem::sender_unproven:
      return tr("A message whose keys are not those of the account it names was dropped.");
    case Problem::malformed_sender:
      return tr("An envelope with a malformed sender was dropped.");
    case Problem::unknown_message_type:
      return tr("A message of an unknown type was dropped.");
    case Problem::no_session:
      return tr("A message could not be decrypted: there is no session with its sender.");
    case Problem::undecryptable:
      return tr("A message could not be decrypted and was dropped.");
    case Problem::undecodable:
      return tr("A message did not decode and was dropped.");
    case Problem::malformed_org_message:
      return tr("A malformed message for an organisation was dropped.");
    case Problem::stray_ticket_message:
      return tr("A message for a permanence conversation this device does not hold was dropped.");
    case Problem::malformed_report:
      return tr("A malformed report was dropped.");
    case Problem::malformed_room_key:
      return tr("A room key did not decode and was dropped.");
    case Problem::room_message_undecryptable:
      return tr("A room message could not be decrypted and was dropped.");
    case Problem::room_message_undecodable:
      return tr("A room message did not decode and was dropped.");
    case Problem::room_message_mismatch:
      return tr("A room message did not match what the relay recorded and was dropped.");
    case Problem::room_message_key_timeout:
      return tr("A room message waited too long for its sender's key and was dropped.");
    case Problem::room_message_bad_sender:
      return tr("A room message with a malformed sender was dropped.");
    case Problem::internal:
      return tr("Something went wrong inside the client.");
  }
  return tr("Something went wrong inside the client.");
}

std::string sentence(Problem problem) {
  return sentence(engine::failure(problem));
}

Error error_of(const engine::Failure& failure) {
  return {failure.code, sentence(failure)};
}

std::string sentence(client_net::UrlProblem problem) {
  using client_net::UrlProblem;
  switch (problem) {
    case UrlProblem::scheme:
      return tr("The relay address must start with ws:// or wss://.");
    case UrlProblem::user_name:
      return tr("The relay address must not carry a user name.");
    case UrlProblem::unclosed_bracket:
      return tr("The relay address has an unclosed '['.");
    case UrlProblem::junk_after_host:
      return tr("The relay address has something unexpected after its host.");
    case UrlProblem::empty_port:
      return tr("The relay address has an empty port.");
    case UrlProblem::ipv6_host:
      return tr("The relay address has a malformed IPv6 host.");
    case UrlProblem::no_host:
      return tr("The relay address has no host.");
    case UrlProblem::host:
      return tr("The relay address has a malformed host.");
    case UrlProblem::port:
      return tr("The relay address has a malformed port.");
    case UrlProblem::port_range:
      return tr("The relay port must be between 1 and 65535.");
    case UrlProblem::path:
      return tr("The relay address has a malformed path.");
  }
  return tr("The relay address is not usable.");
}

std::string connection_sentence(Errc code, std::string_view where) {
  switch (code) {
    case Errc::unavailable:
    case Errc::io:
      return tr("The relay at {1} cannot be reached. Check the address and the connection.", where);
    case Errc::timeout:
      return tr("The relay at {1} did not answer in time.", where);
    case Errc::crypto:
      return tr(
          "The relay at {1} could not prove who it is: its certificate is not trusted. Pass the "
          "relay's CA certificate with --ca FILE.",
          where);
    case Errc::protocol:
    case Errc::corrupt:
      return tr("The relay at {1} sent something this program does not accept.", where);
    case Errc::invalid_argument:
    case Errc::not_found:
    case Errc::permission:
      return tr("The certificate file given for the relay cannot be used.");
    case Errc::already_exists:
    case Errc::wrong_passphrase:
    case Errc::internal:
      break;
  }
  return tr("The connection to the relay at {1} failed.", where);
}

std::string profile_sentence(Errc code, std::string_view home) {
  switch (code) {
    case Errc::not_found:
      return tr("There is no profile in {1}; create one with relais register.", home);
    case Errc::wrong_passphrase:
      return tr("Wrong passphrase for the profile in {1}.", home);
    case Errc::corrupt:
      return tr("The profile in {1} is damaged.", home);
    case Errc::permission:
      return tr("The profile in {1} is open in another program; close it first.", home);
    case Errc::already_exists:
      return tr("There is already a profile in {1}.", home);
    case Errc::io:
      return tr("The disk refused to write the profile in {1} (it may be full or read-only).",
                home);
    default:
      return tr("The profile in {1} cannot be used.", home);
  }
}

std::string disk_sentence(Errc code) {
  switch (code) {
    case Errc::permission:
      return tr("this device does not allow writing there");
    case Errc::not_found:
      return tr("the folder is missing");
    case Errc::corrupt:
      return tr("the file is damaged");
    case Errc::io:
      return tr("the disk refused (it may be full or read-only)");
    default:
      return tr("the disk refused");
  }
}

}  // namespace relais::cli

#include "core/engine/failure.h"

#include "core/wire/contract.h"

namespace relais::engine {

Errc code_of(Problem p) {
  switch (p) {
    case Problem::not_connected:
    case Problem::rate_limited:
    case Problem::store_failure:
    case Problem::shutting_down:
    case Problem::overloaded:
    case Problem::queue_full:
    case Problem::quota_exceeded:
    case Problem::relay_out_of_space:
    case Problem::room_full:
    case Problem::permanence_closed:
    case Problem::ticket_not_taken:
    case Problem::member_away:
    case Problem::report_undelivered:
    case Problem::message_undelivered:
      return Errc::unavailable;
    case Problem::not_registered:
    case Problem::invite_required:
    case Problem::proof_of_work_refused:
    case Problem::forbidden:
    case Problem::not_a_member:
    case Problem::banned:
    case Problem::muted:
    case Problem::room_needs_approval:
    case Problem::room_needs_invite:
    case Problem::not_on_duty:
    case Problem::ticket_handed_off:
    case Problem::colleague_not_on_duty:
    case Problem::too_much_work:
    case Problem::identity_changed:
      return Errc::permission;
    case Problem::unknown_account:
    case Problem::account_reset:
    case Problem::no_such_room:
    case Problem::no_such_message:
    case Problem::no_such_org:
    case Problem::no_such_ticket:
    case Problem::no_held_message:
    case Problem::no_ticket_conversation:
    case Problem::no_org_message:
    case Problem::no_held_report:
    case Problem::no_moderator:
    case Problem::no_worker:
    case Problem::no_session:
    case Problem::no_safety_number:
      return Errc::not_found;
    case Problem::already_member:
    case Problem::already_exists:
    case Problem::ticket_taken:
      return Errc::already_exists;
    case Problem::invalid_request:
    case Problem::empty_text:
    case Problem::text_too_long:
    case Problem::comment_too_long:
    case Problem::needs_other_account:
    case Problem::name_empty:
    case Problem::name_too_long:
    case Problem::name_control_character:
    case Problem::name_edge_space:
      return Errc::invalid_argument;
    case Problem::contact_id_taken:
      return Errc::already_exists;
    case Problem::bad_signature:
    case Problem::keys_do_not_verify:
    case Problem::cannot_sign:
    case Problem::crypto:
    case Problem::undecryptable:
    case Problem::room_message_undecryptable:
      return Errc::crypto;
    case Problem::relay_malformed:
    case Problem::relay_unknown_request:
    case Problem::relay_frame_too_large:
    case Problem::relay_not_authenticated:
    case Problem::relay_already_authenticated:
    case Problem::relay_refused:
    case Problem::protocol_version:
    case Problem::malformed_challenge:
    case Problem::second_challenge:
    case Problem::malformed_account_id:
    case Problem::wrong_answer:
    case Problem::wrong_key_bundle:
    case Problem::stray_answer:
    case Problem::unreadable_message:
    case Problem::unknown_frame:
    case Problem::unhandled_frame:
    case Problem::envelope_before_login:
    case Problem::room_entry_before_login:
    case Problem::malformed_room_entry:
    case Problem::malformed_room_answer:
    case Problem::malformed_notice:
    case Problem::damaged_resources:
    case Problem::unsealable:
    case Problem::sender_unproven:
    case Problem::malformed_sender:
    case Problem::unknown_message_type:
    case Problem::malformed_org_message:
    case Problem::stray_ticket_message:
    case Problem::malformed_report:
    case Problem::malformed_room_key:
    case Problem::room_message_bad_sender:
      return Errc::protocol;
    case Problem::undecodable:
    case Problem::room_message_undecodable:
    case Problem::room_message_mismatch:
    case Problem::room_message_key_timeout:
      return Errc::corrupt;
    case Problem::internal:
      return Errc::internal;
  }
  return Errc::internal;
}

Failure invalid(const wire::Violation& v) {
  Failure f = failure(Problem::invalid_request);
  f.field = v.field();
  f.rule = v.rule();
  f.limit = v.limit();
  return f;
}

std::string describe(const Failure& f) {
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
      if (f.why == wire::LIMIT_NETWORK_ROOM_POSTS)
        return "Many accounts of your network posted in rooms just now; try again in a moment.";
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
      switch (f.why) {
        case wire::LIMIT_SENDER_SHARE:
          return "Too many of your messages are waiting for this recipient on the relay; nothing "
                 "was sent. Try again once they have read them.";
        case wire::LIMIT_NETWORK_SHARE:
          return "Too many messages from your network are waiting for this recipient on the "
                 "relay; nothing was sent. Try again later.";
        case wire::LIMIT_NEW_ACCOUNTS_SHARE:
          return "Too many messages from new accounts of your network are waiting for this "
                 "recipient on the relay; nothing was sent. Try again later.";
        default:
          return "The recipient has too many messages waiting on the relay; nothing was sent. "
                 "Try again later.";
      }
    case Problem::quota_exceeded:
      return "You have sent as much as the relay allows in a day; try again later.";
    case Problem::relay_out_of_space:
      return "The relay is short of disk space and takes no new messages for now; try again later.";
    case Problem::invalid_request:
      if (f.field == wire::FIELD_UNSPECIFIED) return "The relay refused a malformed request.";
      return wire::describe(wire::violation(f.field, f.rule, f.limit));
    case Problem::relay_refused:
      return f.detail.empty() ? "The relay refused a request." : f.detail;
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
      return f.detail.empty() ? "There is no such message in this room." : f.detail;
    case Problem::already_exists:
      return f.detail.empty() ? "It exists already." : f.detail;
    case Problem::no_such_org:
      return "There is no such organisation.";
    case Problem::no_such_ticket:
      return "There is no such ticket (it may have ended).";
    case Problem::ticket_taken:
      return "Another worker took that ticket first.";
    case Problem::not_on_duty:
      return "You are not on duty for this organisation; go on duty first.";
    case Problem::permanence_closed:
      return "The permanence is closed.";
    case Problem::ticket_handed_off:
      return "This conversation was handed to a colleague; you can no longer write in it.";
    case Problem::colleague_not_on_duty:
      return "That colleague is not on duty for this organisation now.";
    case Problem::member_away:
      return "The person has not come back since the relay restarted; write once she is back.";
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
      return "A name must be at most " + std::to_string(f.limit) + " bytes long.";
    case Problem::name_control_character:
      return "A name must not contain control characters.";
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
             "number and verify them, or accept the new key.";
    case Problem::no_org_message:
      return "This device holds no message left with that id.";
    case Problem::no_held_report:
      return "This device holds no report with that id.";
    case Problem::no_moderator:
      return "This room has no moderator to send the report to.";
    case Problem::report_undelivered:
      return "The report could not reach any moderator.";
    case Problem::no_worker:
      return "This organisation has no worker to read it yet.";
    case Problem::message_undelivered:
      if (f.because == Problem::queue_full) {
        return f.why == wire::LIMIT_NETWORK_SHARE || f.why == wire::LIMIT_NEW_ACCOUNTS_SHARE
                   ? "The message could not reach any worker: too many messages from your "
                     "network are waiting for them on the relay. Nothing was sent; try again "
                     "later."
                   : "The message could not reach any worker: they have too many messages "
                     "waiting on the relay. Nothing was sent; try again later.";
      }
      return "The message could not reach any worker.";
    case Problem::keys_do_not_verify:
      return "The recipient's keys do not verify; nothing was sent.";
    case Problem::cannot_sign:
      return "This device could not sign its keys.";
    case Problem::crypto:
      return f.detail.empty() ? "A cryptographic operation failed." : f.detail;
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
    case Problem::stray_ticket_message:
      return "A message for a permanence conversation this device does not hold was dropped.";
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
      return f.detail.empty() ? "Something went wrong inside the client." : f.detail;
  }
  return "Something went wrong inside the client.";
}

}  // namespace relais::engine

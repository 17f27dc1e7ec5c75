// The command line of `relais`: global options, one command, its options and arguments.
//
//   relais [--home DIR] [--json] COMMAND [ARGS...]
//
// --home and --json may also follow the command. `--` ends the options, so a text may start
// with a dash: relais send bob -- "-5 degrees tonight".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace relais::cli {

enum class Command {
  help,  // --help, alone or after a command (help_text says what to print)
  register_account,
  whoami,
  contact_add,
  contacts,
  send,
  sync,
  safety_number,
  verify,      // verify NAME: the safety number was compared and matched
  accept_key,  // accept-key NAME: take a changed identity key without comparing
  version,     // --version
  chat,
  rooms,
  join,
  leave,
  members,
  say,
  admin_grant,
  admin_revoke,
  admin_room_create,
  admin_invite,
  mod_requests,
  mod_action,  // approve, refuse, kick, ban, unban, mute, remove, unpin (mod_word says which)
  mod_pin,
  mod_log,
  report,
  reports,
  admin_org_create,
  permanence_add,
  permanence_remove,
  permanence_cancel,
  permanences,
  knock,
  ticket,         // status
  ticket_leave,
  ticket_say,
  ticket_answer,  // accept / decline a handoff (mod_word says which)
  leave_message,
  staff,          // open, close, queue, take, handoff, end, say, tickets, inbox, handled, stats
  resources,
};

struct Invocation {
  Command command = Command::help;
  std::string home;  // as given; empty: $RELAIS_HOME, then ~/.relais
  bool json = false;

  // register
  std::string server;
  std::string name;
  std::string invite;
  std::string ca;
  // contact add, send, safety-number
  std::string contact;
  std::string id;
  std::string text;
  // join, leave, members, say
  std::string room;
  // sync
  uint32_t wait_seconds = 0;
  // join --invite (the code is in `invite`)
  // admin grant/revoke: role, target (`id`), scope
  std::string role;
  std::string scope;
  // admin room create
  std::string name_fr;
  std::string name_nl;
  std::string policy = "open";
  uint64_t retention_s = 0;
  uint64_t lifetime_s = 0;
  uint32_t max_members = 0;
  std::string region;
  // admin invite
  uint32_t uses = 1;
  uint64_t valid_s = 0;
  std::string grant;  // ROLE or ROLE:SCOPE
  // mod: the action word, the member (`id`), a message number, a duration (--for)
  std::string mod_word;
  uint64_t seq = 0;
  uint64_t duration_s = 0;
  // report
  std::string reason;
  std::string comment;
  // organisations and permanences (the staff action is in mod_word)
  std::string org;
  std::string description;
  std::string languages;  // "fr,en"
  std::string org_contact;
  std::string weekday;
  std::string date;
  std::string start;
  std::string end;
  uint64_t slot_id = 0;
  std::string ticket;
  bool anyway = false;  // knock --anyway
  bool all = false;     // reports --all: the handled ones too
  std::string message_id;
  std::string period;  // "2026", "2026-11", "2026-W47"
  std::string city;

  std::string help_text;  // for Command::help
};

inline constexpr uint32_t kMaxWaitSeconds = 24 * 3600;

// "90s", "30m", "1h", "3d", "2w" or a number of seconds; at most a year.
Result<uint64_t> parse_duration(std::string_view text);

// Errc::invalid_argument with one sentence for anything malformed.
Result<Invocation> parse_command_line(const std::vector<std::string>& args);

// The overview printed by `relais --help` and after a usage error.
std::string usage();

}  // namespace relais::cli

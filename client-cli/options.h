// The command line of `relais`: global options, one command, its options and arguments.
//
//   relais [--home DIR] [--json] COMMAND [ARGS...]
//
// --home and --json may also follow the command. `--` ends the options, so a text may start
// with a dash: relais send bob -- "-5 degrees tonight".
#pragma once

#include <cstdint>
#include <string>
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
  chat,
  rooms,
  join,
  leave,
  members,
  say,
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

  std::string help_text;  // for Command::help
};

inline constexpr uint32_t kMaxWaitSeconds = 24 * 3600;

// Errc::invalid_argument with one sentence for anything malformed.
Result<Invocation> parse_command_line(const std::vector<std::string>& args);

// The overview printed by `relais --help` and after a usage error.
std::string usage();

}  // namespace relais::cli

// `relais`, the terminal client: everything but main() lives here so that tests can drive it.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "client-cli/options.h"
#include "core/base/result.h"

namespace relais::cli {

// Exit codes.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the command could not be done (one sentence on stderr)
inline constexpr int kExitUsage = 2;    // the command line is malformed

// Runs one command line (without the program name); errors go to `err` as one sentence.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// The commands, for a parsed invocation and a resolved profile folder.
Status register_account(const Invocation& inv, const std::string& home, std::ostream& out,
                        std::ostream& err);
Status whoami(const Invocation& inv, const std::string& home, std::ostream& out);
Status add_contact(const Invocation& inv, const std::string& home, std::ostream& out);
Status list_contacts(const Invocation& inv, const std::string& home, std::ostream& out);
Status send(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err);
Status sync(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err);
Status safety_number(const Invocation& inv, const std::string& home, std::ostream& out,
                     std::ostream& err);
// verify NAME / accept-key NAME.
Status verify(const Invocation& inv, const std::string& home, std::ostream& out,
              std::ostream& err);
Status list_rooms(const Invocation& inv, const std::string& home, std::ostream& out,
                  std::ostream& err);
Status join_room(const Invocation& inv, const std::string& home, std::ostream& out,
                 std::ostream& err);
Status leave_room(const Invocation& inv, const std::string& home, std::ostream& out,
                  std::ostream& err);
Status list_members(const Invocation& inv, const std::string& home, std::ostream& out,
                    std::ostream& err);
Status say(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err);
Status admin_role(const Invocation& inv, const std::string& home, std::ostream& out,
                  std::ostream& err);
Status admin_room_create(const Invocation& inv, const std::string& home, std::ostream& out,
                         std::ostream& err);
Status admin_invite(const Invocation& inv, const std::string& home, std::ostream& out,
                    std::ostream& err);
Status mod_requests(const Invocation& inv, const std::string& home, std::ostream& out,
                    std::ostream& err);
Status mod_action(const Invocation& inv, const std::string& home, std::ostream& out,
                  std::ostream& err);
Status mod_pin(const Invocation& inv, const std::string& home, std::ostream& out,
               std::ostream& err);
Status mod_log(const Invocation& inv, const std::string& home, std::ostream& out,
               std::ostream& err);
Status report(const Invocation& inv, const std::string& home, std::ostream& out,
              std::ostream& err);
Status reports(const Invocation& inv, const std::string& home, std::ostream& out,
               std::ostream& err);
Status org_create(const Invocation& inv, const std::string& home, std::ostream& out,
                  std::ostream& err);
Status permanence_edit(const Invocation& inv, const std::string& home, std::ostream& out,
                       std::ostream& err);
Status permanences(const Invocation& inv, const std::string& home, std::ostream& out,
                   std::ostream& err);
Status knock(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err);
Status ticket(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err);
Status leave_message(const Invocation& inv, const std::string& home, std::ostream& out,
                     std::ostream& err);
Status staff(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err);
Status resources(const Invocation& inv, const std::string& home, std::ostream& out,
                 std::ostream& err);
Status chat(const Invocation& inv, const std::string& home, std::ostream& out, std::ostream& err);

}  // namespace relais::cli

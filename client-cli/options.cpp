#include "client-cli/options.h"

#include <boost/program_options.hpp>
#include <sstream>

namespace relais::cli {
namespace po = boost::program_options;

namespace {

Error usage_error(std::string sentence) {
  return Error{Errc::invalid_argument, std::move(sentence)};
}

// What each command takes, for its own --help and for the overview.
struct CommandSpec {
  const char* word;
  Command command;
  const char* synopsis;
  std::vector<const char*> positionals;  // names, in order; all required
};

const std::vector<CommandSpec>& specs() {
  static const std::vector<CommandSpec> all = {
      {"register",
       Command::register_account,
       "register --server ws://HOST:PORT --name PSEUDONYM [--invite CODE] [--ca FILE]",
       {}},
      {"whoami", Command::whoami, "whoami", {}},
      {"contact add", Command::contact_add, "contact add NAME ID", {"NAME", "ID"}},
      {"contacts", Command::contacts, "contacts", {}},
      {"send", Command::send, "send NAME TEXT", {"NAME", "TEXT"}},
      {"sync", Command::sync, "sync [--wait SECONDS]", {}},
      {"safety-number", Command::safety_number, "safety-number NAME", {"NAME"}},
      {"chat", Command::chat, "chat", {}},
      {"rooms", Command::rooms, "rooms", {}},
      {"join", Command::join, "join ROOM", {"ROOM"}},
      {"leave", Command::leave, "leave ROOM", {"ROOM"}},
      {"members", Command::members, "members ROOM", {"ROOM"}},
      {"say", Command::say, "say ROOM TEXT", {"ROOM", "TEXT"}},
  };
  return all;
}

void add_common(po::options_description& d, Invocation& inv) {
  d.add_options()("home", po::value(&inv.home),
                  "profile folder (default: $RELAIS_HOME, then ~/.relais)")(
      "json", po::bool_switch(&inv.json), "print one JSON object per line")("help,h",
                                                                            "show this help");
}

std::string option_name(const po::error_with_option_name& e) {
  std::string n = e.get_option_name();
  return n.empty() ? "an option" : n;
}

}  // namespace

std::string usage() {
  std::ostringstream out;
  out << "Usage: relais [--home DIR] [--json] COMMAND [ARGS...]\n\nCommands:\n";
  for (const auto& s : specs()) out << "  relais " << s.synopsis << "\n";
  out << "\nEvery command accepts --json (one JSON object per line) and --home DIR.\n"
         "\nEnvironment:\n"
         "  RELAIS_HOME             the profile folder when --home is not given (else ~/.relais)\n"
         "  RELAIS_PASSPHRASE       the profile's passphrase (else a prompt on a terminal)\n"
         "  RELAIS_VAULT_KDF_LOG2N  for tests only: scrypt cost (10..20) of a new profile,\n"
         "                          instead of 15; lower is faster and weaker\n";
  return out.str();
}

Result<Invocation> parse_command_line(const std::vector<std::string>& args) {
  // Find the command word: the first argument that is neither a global option nor its value.
  size_t i = 0;
  bool help = false;
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--home") {
      ++i;  // its value; checked by the full parse below
    } else if (a == "--json" || a.rfind("--home=", 0) == 0) {
    } else if (a == "--help" || a == "-h") {
      help = true;
    } else if (!a.empty() && a[0] == '-') {
      return usage_error("Unknown option " + a + "; see relais --help.");
    } else {
      break;
    }
  }
  if (i >= args.size()) {
    if (help) {
      Invocation inv;
      inv.help_text = usage();
      return inv;
    }
    return usage_error("No command given; see relais --help.");
  }

  std::string word = args[i];
  size_t rest = i + 1;
  if (word == "contact") {
    if (rest >= args.size() || args[rest] != "add") {
      return usage_error("The contact command is 'relais contact add NAME ID'.");
    }
    word = "contact add";
    ++rest;
  }
  const CommandSpec* spec = nullptr;
  for (const auto& s : specs()) {
    if (word == s.word) spec = &s;
  }
  if (!spec) return usage_error("Unknown command '" + word + "'; see relais --help.");

  Invocation inv;
  inv.command = spec->command;
  po::options_description opts("Options");
  add_common(opts, inv);
  int64_t wait = 0;
  if (spec->command == Command::register_account) {
    opts.add_options()("server", po::value(&inv.server)->required(),
                       "relay address, ws://HOST:PORT or wss://HOST:PORT")(
        "name", po::value(&inv.name)->required(),
        "your pseudonym, shown to the people you write to")(
        "invite", po::value(&inv.invite), "invite code, if the relay asks for one")(
        "ca", po::value(&inv.ca), "PEM file of the relay's certificate authority (wss://)");
  } else if (spec->command == Command::sync) {
    opts.add_options()("wait", po::value(&wait),
                       "after the backlog, keep listening for this many seconds");
  }
  po::options_description hidden;
  hidden.add_options()("positional", po::value<std::vector<std::string>>(), "");
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("positional", -1);

  // Global options before the command word count too.
  std::vector<std::string> argv(args.begin(), args.begin() + static_cast<long>(i));
  argv.insert(argv.end(), args.begin() + static_cast<long>(rest), args.end());
  po::variables_map vm;
  try {
    po::store(
        po::command_line_parser(argv)
            .options(all)
            .positional(pos)
            .style(po::command_line_style::unix_style ^ po::command_line_style::allow_guessing)
            .run(),
        vm);
    if (vm.count("help") || help) {
      std::ostringstream out;
      out << "Usage: relais " << spec->synopsis << "\n\n" << opts;
      inv.command = Command::help;
      inv.help_text = out.str();
      return inv;
    }
    po::notify(vm);
  } catch (const po::required_option& e) {
    return usage_error("relais " + std::string(spec->word) + " needs " + option_name(e) + ".");
  } catch (const po::unknown_option& e) {
    return usage_error("relais " + std::string(spec->word) + " has no option " + option_name(e) +
                       ".");
  } catch (const po::invalid_option_value& e) {
    return usage_error("The value of " + option_name(e) + " is not valid.");
  } catch (const po::multiple_occurrences& e) {
    return usage_error(option_name(e) + " is given more than once.");
  } catch (const po::error& e) {
    return usage_error(std::string("The command line is malformed: ") + e.what() + ".");
  }

  std::vector<std::string> positionals;
  if (vm.count("positional")) positionals = vm["positional"].as<std::vector<std::string>>();
  if (positionals.size() != spec->positionals.size()) {
    if (spec->positionals.empty()) {
      return usage_error("relais " + std::string(spec->word) + " takes no argument ('" +
                         positionals.front() + "' is one too many).");
    }
    std::string wanted;
    for (size_t k = 0; k < spec->positionals.size(); ++k) {
      wanted += (k ? " " : "") + std::string(spec->positionals[k]);
    }
    std::string hint =
        (spec->command == Command::send || spec->command == Command::say) && positionals.size() > 2
            ? " (put a text with spaces in quotes)"
            : "";
    return usage_error("relais " + std::string(spec->word) + " takes " + wanted + hint + ".");
  }
  switch (spec->command) {
    case Command::contact_add:
      inv.contact = positionals[0];
      inv.id = positionals[1];
      break;
    case Command::send:
      inv.contact = positionals[0];
      inv.text = positionals[1];
      if (inv.text.empty()) return usage_error("The text to send is empty.");
      break;
    case Command::safety_number:
      inv.contact = positionals[0];
      break;
    case Command::join:
    case Command::leave:
    case Command::members:
      inv.room = positionals[0];
      break;
    case Command::say:
      inv.room = positionals[0];
      inv.text = positionals[1];
      if (inv.text.empty()) return usage_error("The text to say is empty.");
      break;
    default:
      break;
  }
  if (vm.count("home") && inv.home.empty()) return usage_error("--home needs a folder.");
  if (spec->command == Command::sync) {
    if (wait < 0 || wait > kMaxWaitSeconds) {
      return usage_error("--wait takes a number of seconds from 0 to 86400.");
    }
    inv.wait_seconds = static_cast<uint32_t>(wait);
  }
  return inv;
}

}  // namespace relais::cli

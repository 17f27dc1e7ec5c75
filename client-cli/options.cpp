#include "client-cli/options.h"

#include <algorithm>
#include <boost/program_options.hpp>
#include <sstream>

#include "client-cli/i18n.h"
#include "core/engine/engine.h"
#include "core/engine/words.h"
#include "core/wire/contract.h"

namespace relais::cli {
namespace po = boost::program_options;

namespace {

Error usage_error(std::string sentence) {
  return Error{Errc::invalid_argument, std::move(sentence)};
}

// The names of the arguments, as the person reads them in a refusal ("relais send prend NOM
// TEXTE."); the table below keeps the English ones, which decide what is optional.
[[maybe_unused]] constexpr const char* kArgumentNames[] = {
    N_("NAME"),    N_("ID"),  N_("TEXT"), N_("ROOM"), N_("[ROOM]"), N_("SEQ"),        N_("ROLE"),
    N_("[SCOPE]"), N_("ORG"), N_("SLOT"), N_("DATE"), N_("TICKET"), N_("MESSAGE_ID"), N_("[CITY]"),
    N_("REPORT")};

// What each command takes, for its own --help and for the overview.
struct CommandSpec {
  const char* word;
  Command command;
  const char* synopsis;
  std::vector<const char*> positionals;  // names, in order; "[NAME]" ones may be left out
};

const std::vector<CommandSpec>& specs() {
  static const std::vector<CommandSpec> all = {
      {"register",
       Command::register_account,
       N_("register --server ws://HOST:PORT --name PSEUDONYM [--invite CODE] [--ca FILE]"),
       {}},
      {"whoami", Command::whoami, N_("whoami"), {}},
      {"contact add", Command::contact_add, N_("contact add NAME ID"), {"NAME", "ID"}},
      {"contacts", Command::contacts, N_("contacts"), {}},
      {"send", Command::send, N_("send NAME TEXT"), {"NAME", "TEXT"}},
      {"sync", Command::sync, N_("sync [--wait SECONDS]"), {}},
      {"safety-number", Command::safety_number, N_("safety-number NAME"), {"NAME"}},
      {"verify", Command::verify, N_("verify NAME  (after comparing the safety number)"), {"NAME"}},
      {"accept-key",
       Command::accept_key,
       N_("accept-key NAME  (a changed key, without comparing)"),
       {"NAME"}},
      {"chat", Command::chat, N_("chat"), {}},
      {"rooms", Command::rooms, N_("rooms"), {}},
      {"join", Command::join, N_("join ROOM [--invite CODE]"), {"ROOM"}},
      {"leave", Command::leave, N_("leave ROOM"), {"ROOM"}},
      {"members", Command::members, N_("members ROOM"), {"ROOM"}},
      {"say", Command::say, N_("say ROOM TEXT"), {"ROOM", "TEXT"}},
      {"report",
       Command::report,
       N_("report ROOM SEQ --reason harassment|doxing|exploitation|threat|spam|other "
          "[--comment TEXT]"),
       {"ROOM", "SEQ"}},
      {"reports", Command::reports, N_("reports [--all]"), {}},
      {"reports handled",
       Command::reports,
       N_("reports handled REPORT  (its first characters will do)"),
       {"REPORT"}},
      {"mod requests", Command::mod_requests, N_("mod requests ROOM"), {"ROOM"}},
      {"mod approve", Command::mod_action, N_("mod approve ROOM ID"), {"ROOM", "ID"}},
      {"mod refuse", Command::mod_action, N_("mod refuse ROOM ID"), {"ROOM", "ID"}},
      {"mod kick", Command::mod_action, N_("mod kick ROOM ID"), {"ROOM", "ID"}},
      {"mod ban", Command::mod_action, N_("mod ban ROOM ID"), {"ROOM", "ID"}},
      {"mod unban", Command::mod_action, N_("mod unban ROOM ID"), {"ROOM", "ID"}},
      {"mod mute",
       Command::mod_action,
       N_("mod mute ROOM ID --for 1h  (--for 0 lifts it)"),
       {"ROOM", "ID"}},
      {"mod remove", Command::mod_action, N_("mod remove ROOM SEQ"), {"ROOM", "SEQ"}},
      {"mod pin", Command::mod_pin, N_("mod pin ROOM TEXT --for 3d"), {"ROOM", "TEXT"}},
      {"mod unpin", Command::mod_action, N_("mod unpin ROOM SEQ"), {"ROOM", "SEQ"}},
      {"mod log", Command::mod_log, N_("mod log ROOM"), {"ROOM"}},
      {"admin grant",
       Command::admin_grant,
       N_("admin grant moderator ID ROOM | outreach ID ORG | admin ID"),
       {"ROLE", "ID", "[SCOPE]"}},
      {"admin revoke",
       Command::admin_revoke,
       N_("admin revoke moderator ID ROOM | outreach ID ORG | admin ID"),
       {"ROLE", "ID", "[SCOPE]"}},
      {"admin room create",
       Command::admin_room_create,
       N_("admin room create ROOM --name-fr NAME --name-nl NAME [--policy open|knock|invite] "
          "[--retention 7d] [--lifetime 1d] [--max-members N] [--region CITY]"),
       {"ROOM"}},
      {"admin invite",
       Command::admin_invite,
       N_("admin invite [ROOM] [--uses N] [--valid 7d] [--grant ROLE[:SCOPE]]"),
       {"[ROOM]"}},
      {"admin org create",
       Command::admin_org_create,
       N_("admin org create ORG --name NAME [--description TEXT] [--lang fr,nl] [--contact TEXT] "
          "[--region ROOM]"),
       {"ORG"}},
      {"permanence add",
       Command::permanence_add,
       N_("permanence add ORG --room ROOM (--weekday tue | --date YYYY-MM-DD) --start 14:00 "
          "--end 15:00 [--lang fr,en]"),
       {"ORG"}},
      {"permanence remove",
       Command::permanence_remove,
       N_("permanence remove ORG SLOT"),
       {"ORG", "SLOT"}},
      {"permanence cancel",
       Command::permanence_cancel,
       N_("permanence cancel ORG YYYY-MM-DD"),
       {"ORG", "DATE"}},
      {"permanences", Command::permanences, N_("permanences"), {}},
      {"knock", Command::knock, N_("knock ORG [--lang fr] [--anyway]"), {"ORG"}},
      {"ticket", Command::ticket, N_("ticket"), {}},
      {"ticket leave", Command::ticket_leave, N_("ticket leave"), {}},
      {"ticket say", Command::ticket_say, N_("ticket say TEXT"), {"TEXT"}},
      {"ticket accept", Command::ticket_answer, N_("ticket accept  (a proposed handoff)"), {}},
      {"ticket decline", Command::ticket_answer, N_("ticket decline"), {}},
      {"leave-message", Command::leave_message, N_("leave-message ORG TEXT"), {"ORG", "TEXT"}},
      {"staff open", Command::staff, N_("staff open ORG [--room ROOM]"), {"ORG"}},
      {"staff close", Command::staff, N_("staff close ORG"), {"ORG"}},
      {"staff queue", Command::staff, N_("staff queue ORG"), {"ORG"}},
      {"staff take", Command::staff, N_("staff take TICKET"), {"TICKET"}},
      {"staff handoff",
       Command::staff,
       N_("staff handoff TICKET COLLEAGUE  (a name or an id)"),
       {"TICKET", "COLLEAGUE"}},
      {"staff colleagues", Command::staff, N_("staff colleagues ORG  (those on duty)"), {"ORG"}},
      {"staff end", Command::staff, N_("staff end TICKET"), {"TICKET"}},
      {"staff say", Command::staff, N_("staff say TICKET TEXT"), {"TICKET", "TEXT"}},
      {"staff tickets", Command::staff, N_("staff tickets"), {}},
      {"staff inbox", Command::staff, N_("staff inbox ORG"), {"ORG"}},
      {"staff handled", Command::staff, N_("staff handled ORG MESSAGE_ID"), {"ORG", "MESSAGE_ID"}},
      {"staff reply",
       Command::staff,
       N_("staff reply ORG MESSAGE_ID TEXT  (answer a message left)"),
       {"ORG", "MESSAGE_ID", "TEXT"}},
      {"staff stats",
       Command::staff,
       N_("staff stats ORG [--year 2026 | --month 2026-11 | --week 2026-W47]"),
       {"ORG"}},
      {"resources", Command::resources, N_("resources [CITY]"), {"[CITY]"}},
  };
  return all;
}

void add_common(po::options_description& d, Invocation& inv) {
  d.add_options()("home", po::value(&inv.home),
                  tr("profile folder (default: $RELAIS_HOME, then ~/.relais)").c_str())(
      "json", po::bool_switch(&inv.json), tr("print one JSON object per line").c_str())(
      "help,h", tr("show this help").c_str());
}

std::string option_name(const po::error_with_option_name& e) {
  std::string n = e.get_option_name();
  return n.empty() ? tr("an option") : n;
}

Result<uint64_t> parse_seq(const std::string& text) {
  uint64_t seq = 0;
  if (text.empty() || text.size() > 19 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
      (seq = std::stoull(text)) == 0) {
    return usage_error(tr("A message number is a whole number from 1 (see relais sync --json)."));
  }
  return seq;
}

}  // namespace

Result<uint64_t> parse_duration(std::string_view text) {
  const Error bad =
      usage_error(tr("A duration is a number with s, m, h, d or w (90s, 30m, 1h, 3d, 2w)."));
  if (text.empty() || text.size() > 12) return bad;
  // A bare number is seconds.
  uint64_t unit = 1;
  std::string_view digits = text;
  if (const auto u = std::string_view("smhdw").find(text.back()); u != std::string_view::npos) {
    static constexpr uint64_t kUnits[] = {1, 60, 3600, 86400, 7 * 86400};
    unit = kUnits[u];
    digits.remove_suffix(1);
  }
  if (digits.empty() ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return bad;
  }
  const uint64_t n = std::stoull(std::string(digits));
  constexpr uint64_t kYear = 366 * 86400;
  if (n > kYear / unit) return usage_error(tr("A duration is at most a year."));
  return n * unit;
}

std::string usage() {
  std::ostringstream out;
  out << tr(
      "Usage: relais [--home DIR] [--json] COMMAND [ARGS...]\n"
      "       relais --version\n\nCommands:\n");
  for (const auto& s : specs()) out << "  relais " << tr(s.synopsis) << "\n";
  out << tr(
      "\nEvery command accepts --json (one JSON object per line) and --home DIR.\n"
      "NAME is a contact's name, a person's pseudonym with their mark when two share it\n"
      "(amira#k3fq, as relais members shows it), or an account id.\n"
      "\nEnvironment:\n"
      "  RELAIS_HOME             the profile folder when --home is not given (else "
      "~/.relais)\n"
      "  RELAIS_PASSPHRASE       the profile's passphrase (else a prompt on a terminal)\n"
      "  RELAIS_VAULT_KDF_LOG2N  for tests only: scrypt cost (10..20) of a new profile,\n"
      "                          instead of 15; lower is faster and weaker\n"
      "  LANG, LC_MESSAGES       the language: fr_BE.UTF-8 for French, nl_BE.UTF-8 for "
      "Dutch,\n"
      "                          else English (--json output is the same in every "
      "language)\n");
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
    } else if (a == "--version") {
      Invocation inv;
      inv.command = Command::version;
      return inv;
    } else if (!a.empty() && a[0] == '-') {
      return usage_error(tr("Unknown option {1}; see relais --help.", a));
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
    return usage_error(tr("No command given; see relais --help."));
  }

  // Commands are one to three words ("mod kick", "admin room create"): the longest that matches.
  const CommandSpec* spec = nullptr;
  size_t rest = i + 1;
  std::string word;
  for (size_t n = 1; n <= 3 && i + n <= args.size(); ++n) {
    std::string candidate = args[i];
    for (size_t k = 1; k < n; ++k) candidate += " " + args[i + k];
    for (const auto& s : specs()) {
      if (candidate == s.word) {
        spec = &s;
        rest = i + n;
        word = candidate;
      }
    }
  }
  if (!spec) {
    const std::string& first = args[i];
    if (first == "contact" || first == "mod" || first == "admin" || first == "staff" ||
        first == "permanence" || first == "ticket") {
      std::string choices;
      for (const auto& s : specs()) {
        if (std::string_view(s.word).rfind(first + " ", 0) == 0) {
          choices += std::string(choices.empty() ? "'relais " : "', 'relais ") + s.word;
        }
      }
      return usage_error(tr("The {1} commands are {2}'.", first, choices));
    }
    return usage_error(tr("Unknown command '{1}'; see relais --help.", first));
  }

  Invocation inv;
  inv.command = spec->command;
  po::options_description opts(tr("Options"));
  add_common(opts, inv);
  int64_t wait = 0;
  std::string for_text, retention_text, lifetime_text, valid_text;
  std::string year_text, month_text, week_text;
  if (spec->command == Command::register_account) {
    opts.add_options()("server", po::value(&inv.server)->required(),
                       tr("relay address, ws://HOST:PORT or wss://HOST:PORT").c_str())(
        "name", po::value(&inv.name)->required(),
        tr("your pseudonym, shown to the people you write to").c_str())(
        "invite", po::value(&inv.invite), tr("invite code, if the relay asks for one").c_str())(
        "ca", po::value(&inv.ca),
        tr("PEM file of the relay's certificate authority (wss://)").c_str());
  } else if (spec->command == Command::sync) {
    opts.add_options()("wait", po::value(&wait),
                       tr("after the backlog, keep listening for this many seconds").c_str());
  } else if (spec->command == Command::join) {
    opts.add_options()("invite", po::value(&inv.invite), tr("the room's invite code").c_str());
  } else if (spec->command == Command::report) {
    opts.add_options()("reason", po::value(&inv.reason)->required(),
                       tr("harassment, doxing, exploitation, threat, spam or other").c_str())(
        "comment", po::value(&inv.comment), tr("a few words for the moderators").c_str());
  } else if (word == "reports") {
    opts.add_options()("all", po::bool_switch(&inv.all),
                       tr("also the reports a moderator marked handled").c_str());
  } else if (word == "mod mute" || spec->command == Command::mod_pin) {
    opts.add_options()("for", po::value(&for_text)->required(),
                       tr("how long: 90s, 30m, 1h, 3d, 2w").c_str());
  } else if (spec->command == Command::admin_room_create) {
    opts.add_options()("name-fr", po::value(&inv.name_fr)->required(),
                       tr("name in French").c_str())("name-nl", po::value(&inv.name_nl)->required(),
                                                     tr("name in Dutch").c_str())(
        "policy", po::value(&inv.policy), tr("open (default), knock or invite").c_str())(
        "retention", po::value(&retention_text),
        tr("how long the relay keeps messages (7d)").c_str())(
        "lifetime", po::value(&lifetime_text),
        tr("disappearing messages after (default: kept)").c_str())(
        "max-members", po::value(&inv.max_members), tr("the most members at once").c_str())(
        "region", po::value(&inv.region), tr("the city, for the resources directory").c_str());
  } else if (spec->command == Command::admin_org_create) {
    opts.add_options()("name", po::value(&inv.name)->required(),
                       tr("the organisation's name").c_str())(
        "description", po::value(&inv.description), tr("what it offers").c_str())(
        "lang", po::value(&inv.languages), tr("languages spoken, e.g. fr,nl,en").c_str())(
        "contact", po::value(&inv.org_contact),
        tr("how to reach it, for the resources directory").c_str())(
        "region", po::value(&inv.region), tr("the room of its city").c_str());
  } else if (spec->command == Command::permanence_add) {
    opts.add_options()("room", po::value(&inv.room)->required(),
                       tr("the room it is announced in").c_str())(
        "weekday", po::value(&inv.weekday), tr("every week on this day: mon .. sun").c_str())(
        "date", po::value(&inv.date), tr("once, on this date (YYYY-MM-DD)").c_str())(
        "start", po::value(&inv.start)->required(), tr("HH:MM, Brussels time").c_str())(
        "end", po::value(&inv.end)->required(), tr("HH:MM, Brussels time").c_str())(
        "lang", po::value(&inv.languages), tr("languages, e.g. fr,en").c_str());
  } else if (spec->command == Command::knock) {
    opts.add_options()("lang", po::value(&inv.languages),
                       tr("the language you want to talk in").c_str())(
        "anyway", po::bool_switch(&inv.anyway),
        tr("knock even if the permanence does not list that language").c_str());
  } else if (word == "staff open") {
    opts.add_options()("room", po::value(&inv.room), tr("the room to announce it in").c_str());
  } else if (word == "staff stats") {
    opts.add_options()("year", po::value(&year_text), tr("a year: 2026").c_str())(
        "month", po::value(&month_text), tr("a month: 2026-11").c_str())(
        "week", po::value(&week_text), tr("an ISO week: 2026-W47").c_str());
  } else if (spec->command == Command::admin_invite) {
    opts.add_options()("uses", po::value(&inv.uses),
                       tr("how many times the code works (1)").c_str())(
        "valid", po::value(&valid_text), tr("how long the code works (7d)").c_str())(
        "grant", po::value(&inv.grant),
        tr("registering with it grants this role: admin, moderator:ROOM, outreach:ORG").c_str());
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
      out << tr("Usage: relais {1}", tr(spec->synopsis)) << "\n\n" << opts;
      inv.command = Command::help;
      inv.help_text = out.str();
      return inv;
    }
    po::notify(vm);
  } catch (const po::required_option& e) {
    return usage_error(tr("relais {1} needs {2}.", spec->word, option_name(e)));
  } catch (const po::unknown_option& e) {
    return usage_error(tr("relais {1} has no option {2}.", spec->word, option_name(e)));
  } catch (const po::invalid_option_value& e) {
    return usage_error(tr("The value of {1} is not valid.", option_name(e)));
  } catch (const po::multiple_occurrences& e) {
    return usage_error(tr("{1} is given more than once.", option_name(e)));
  } catch (const po::invalid_command_line_syntax& e) {
    // Boost's own text is English: each kind in the person's words, naming the option.
    switch (e.kind()) {
      case po::invalid_syntax::missing_parameter:
        return usage_error(tr("{1} needs a value.", option_name(e)));
      case po::invalid_syntax::extra_parameter:
        return usage_error(tr("{1} takes no value.", option_name(e)));
      default:
        return usage_error(
            tr("The command line is malformed at {1}; see relais --help.", option_name(e)));
    }
  } catch (const po::error_with_option_name& e) {
    return usage_error(
        tr("The command line is malformed at {1}; see relais --help.", option_name(e)));
  } catch (const po::error&) {
    return usage_error(tr("The command line is malformed; see relais --help."));
  }

  std::vector<std::string> positionals;
  if (vm.count("positional")) positionals = vm["positional"].as<std::vector<std::string>>();
  size_t required = 0;
  for (const char* name : spec->positionals) required += name[0] == '[' ? 0 : 1;
  if (positionals.size() < required || positionals.size() > spec->positionals.size()) {
    if (spec->positionals.empty()) {
      return usage_error(tr("relais {1} takes no argument ('{2}' is one too many).", spec->word,
                            positionals.front()));
    }
    std::string wanted;
    for (size_t k = 0; k < spec->positionals.size(); ++k) {
      wanted += (k ? " " : "") + tr(spec->positionals[k]);
    }
    if ((spec->command == Command::send || spec->command == Command::say) &&
        positionals.size() > 2) {
      return usage_error(
          tr("relais {1} takes {2} (put a text with spaces in quotes).", spec->word, wanted));
    }
    return usage_error(tr("relais {1} takes {2}.", spec->word, wanted));
  }
  switch (spec->command) {
    case Command::contact_add:
      inv.contact = positionals[0];
      inv.id = positionals[1];
      break;
    case Command::send:
      inv.contact = positionals[0];
      inv.text = positionals[1];
      if (inv.text.empty()) return usage_error(tr("The text to send is empty."));
      break;
    case Command::safety_number:
    case Command::verify:
    case Command::accept_key:
      inv.contact = positionals[0];
      break;
    case Command::join:
    case Command::leave:
    case Command::members:
      inv.room = positionals[0];
      break;
    case Command::say:
    case Command::mod_pin:
      inv.room = positionals[0];
      inv.text = positionals[1];
      if (inv.text.empty()) return usage_error(tr("The text to say is empty."));
      break;
    case Command::mod_requests:
    case Command::mod_log:
    case Command::admin_room_create:
      inv.room = positionals[0];
      break;
    case Command::admin_invite:
      if (!positionals.empty()) inv.room = positionals[0];
      break;
    case Command::admin_grant:
    case Command::admin_revoke:
      inv.role = positionals[0];
      inv.id = positionals[1];
      if (positionals.size() > 2) inv.scope = positionals[2];
      if (const auto role = engine::from_word<engine::Role>(inv.role);
          !role || *role == engine::Role::member) {
        return usage_error(tr("The role is moderator, outreach or admin."));
      }
      if ((inv.role == "admin") != inv.scope.empty()) {
        if (inv.role == "admin") {
          return usage_error(tr("The admin role is for the whole relay: give no room."));
        }
        return usage_error(inv.role == "moderator"
                               ? tr("The moderator role needs a room.")
                               : tr("The outreach role needs an organisation."));
      }
      break;
    case Command::mod_action: {
      inv.mod_word = word.substr(4);
      inv.room = positionals[0];
      // What follows the room is the row's to say: a message (SEQ), an account (ID), or nothing
      // for an action about the room itself.
      if (positionals.size() < 2) break;
      if (std::string_view(spec->positionals[1]) == "SEQ") {
        auto seq = parse_seq(positionals[1]);
        if (!seq) return std::move(seq).error();
        inv.seq = *seq;
      } else {
        inv.id = positionals[1];
      }
      break;
    }
    case Command::admin_org_create:
    case Command::permanence_add:
    case Command::knock:
      inv.org = positionals[0];
      break;
    case Command::permanence_remove: {
      inv.org = positionals[0];
      auto id = parse_seq(positionals[1]);
      if (!id) return usage_error(tr("A slot is the number relais permanences shows."));
      inv.slot_id = *id;
      break;
    }
    case Command::permanence_cancel:
      inv.org = positionals[0];
      inv.date = positionals[1];
      break;
    case Command::ticket_say:
      inv.text = positionals[0];
      if (inv.text.empty()) return usage_error(tr("The text to send is empty."));
      break;
    case Command::ticket_answer:
      inv.mod_word = word.substr(7);
      break;
    case Command::leave_message:
      inv.org = positionals[0];
      inv.text = positionals[1];
      if (inv.text.empty()) return usage_error(tr("The message is empty."));
      break;
    case Command::resources:
      if (!positionals.empty()) inv.city = positionals[0];
      break;
    case Command::staff: {
      inv.mod_word = word.substr(6);
      const std::string& w = inv.mod_word;
      if (w == "take" || w == "handoff" || w == "end" || w == "say") {
        inv.ticket = positionals[0];
        if (w == "handoff") inv.id = positionals[1];
        if (w == "say") inv.text = positionals[1];
        if (w == "say" && inv.text.empty()) return usage_error(tr("The text to send is empty."));
      } else if (w != "tickets") {
        inv.org = positionals[0];
        if (w == "handled" || w == "reply") inv.message_id = positionals[1];
        if (w == "reply") inv.text = positionals[2];
        if (w == "reply" && inv.text.empty()) return usage_error(tr("The answer is empty."));
      }
      const int periods = !year_text.empty() + !month_text.empty() + !week_text.empty();
      if (periods > 1) return usage_error(tr("Give one of --year, --month or --week."));
      inv.period = year_text + month_text + week_text;
      break;
    }
    case Command::reports:
      if (word == "reports handled") {
        inv.mod_word = "handled";
        inv.message_id = positionals[0];
      }
      break;
    case Command::report: {
      inv.room = positionals[0];
      auto seq = parse_seq(positionals[1]);
      if (!seq) return std::move(seq).error();
      inv.seq = *seq;
      if (!engine::from_word<engine::ReportReason>(inv.reason)) {
        return usage_error(
            tr("The reason is harassment, doxing, exploitation, threat, spam or other."));
      }
      if (inv.comment.size() > engine::kMaxCommentBytes) {
        return usage_error(tr("The comment is longer than {1} bytes.", engine::kMaxCommentBytes));
      }
      break;
    }
    default:
      break;
  }
  if (vm.count("home") && inv.home.empty()) return usage_error(tr("--home needs a folder."));
  auto duration = [](const std::string& text, uint64_t& out, bool zero_ok) -> Status {
    if (text.empty()) return ok_status();
    RELAIS_TRY_ASSIGN(out, parse_duration(text));
    if (out == 0 && !zero_ok) return usage_error(tr("A duration of 0 means nothing here."));
    return ok_status();
  };
  RELAIS_TRY(duration(for_text, inv.duration_s, word == "mod mute"));
  RELAIS_TRY(duration(retention_text, inv.retention_s, false));
  RELAIS_TRY(duration(lifetime_text, inv.lifetime_s, false));
  RELAIS_TRY(duration(valid_text, inv.valid_s, false));
  if (spec->command == Command::admin_room_create &&
      !engine::from_word<engine::JoinPolicy>(inv.policy)) {
    return usage_error(tr("--policy is open, knock or invite."));
  }
  if (spec->command == Command::permanence_add && inv.weekday.empty() == inv.date.empty()) {
    return usage_error(tr("Give --weekday for a weekly permanence or --date for a single one."));
  }
  if (spec->command == Command::admin_invite &&
      (inv.uses == 0 || inv.uses > wire::kMaxInviteUses)) {
    return usage_error(tr("--uses takes a number from 1 to {1}.", wire::kMaxInviteUses));
  }
  if (spec->command == Command::sync) {
    if (wait < 0 || wait > kMaxWaitSeconds) {
      return usage_error(tr("--wait takes a number of seconds from 0 to 86400."));
    }
    inv.wait_seconds = static_cast<uint32_t>(wait);
  }
  return inv;
}

}  // namespace relais::cli

#include "client-cli/options.h"

#include <gtest/gtest.h>

#include "client-cli/i18n.h"

namespace relais::cli {
namespace {

Result<Invocation> parse(std::vector<std::string> args) {
  return parse_command_line(args);
}

std::string error_of(std::vector<std::string> args) {
  auto r = parse(std::move(args));
  EXPECT_FALSE(r.ok());
  if (r.ok()) return {};
  EXPECT_EQ(r.error().code, Errc::invalid_argument);
  return r.error().message;
}

// Boost.ProgramOptions' own English never reaches a person: each syntax error is a sentence of
// relais's, in the person's language, naming the option.
TEST(Options, SyntaxErrorsNameTheOptionInThePersonsLanguage) {
  EXPECT_EQ(error_of({"knock", "espace-p", "--lang"}), "--lang needs a value.");
  EXPECT_EQ(error_of({"whoami", "--json=yes"}), "--json takes no value.");
  speak("fr");
  const std::string fr = error_of({"knock", "espace-p", "--lang"});
  speak("nl");
  const std::string nl = error_of({"knock", "espace-p", "--lang"});
  speak("en");
  EXPECT_EQ(fr, "--lang demande une valeur.");
  EXPECT_EQ(nl, "--lang heeft een waarde nodig.");
  EXPECT_EQ(fr.find("missing"), std::string::npos);
}

TEST(Options, Register) {
  auto r = parse({"--home", "/tmp/a", "register", "--server", "ws://127.0.0.1:9000", "--name",
                  "Zoë", "--invite", "abc", "--ca", "ca.pem", "--json"});
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->command, Command::register_account);
  EXPECT_EQ(r->home, "/tmp/a");
  EXPECT_TRUE(r->json);
  EXPECT_EQ(r->server, "ws://127.0.0.1:9000");
  EXPECT_EQ(r->name, "Zoë");
  EXPECT_EQ(r->invite, "abc");
  EXPECT_EQ(r->ca, "ca.pem");
}

TEST(Options, GlobalOptionsGoBeforeOrAfterTheCommand) {
  auto a = parse({"--json", "--home=/h", "whoami"});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->command, Command::whoami);
  EXPECT_TRUE(a->json);
  EXPECT_EQ(a->home, "/h");
  auto b = parse({"whoami", "--home", "/h", "--json"});
  ASSERT_TRUE(b.ok());
  EXPECT_TRUE(b->json);
  EXPECT_EQ(b->home, "/h");
  auto c = parse({"contacts"});
  ASSERT_TRUE(c.ok());
  EXPECT_FALSE(c->json);
  EXPECT_TRUE(c->home.empty());
}

TEST(Options, PositionalArguments) {
  auto add = parse({"contact", "add", "bob", "abcdefghijklmnopqrstuvwxyz"});
  ASSERT_TRUE(add.ok());
  EXPECT_EQ(add->command, Command::contact_add);
  EXPECT_EQ(add->contact, "bob");
  EXPECT_EQ(add->id, "abcdefghijklmnopqrstuvwxyz");
  auto send = parse({"send", "bob", "hello there", "--json"});
  ASSERT_TRUE(send.ok());
  EXPECT_EQ(send->command, Command::send);
  EXPECT_EQ(send->text, "hello there");
  auto dash = parse({"send", "bob", "--", "-5 degrees tonight"});
  ASSERT_TRUE(dash.ok()) << dash.error().message;
  EXPECT_EQ(dash->text, "-5 degrees tonight");
  auto sn = parse({"safety-number", "bob"});
  ASSERT_TRUE(sn.ok());
  EXPECT_EQ(sn->command, Command::safety_number);
  EXPECT_EQ(sn->contact, "bob");
  EXPECT_EQ(parse({"chat"})->command, Command::chat);
}

TEST(Options, RoomCommands) {
  auto say = parse({"say", "brussels", "bonjour tout le monde", "--json"});
  ASSERT_TRUE(say.ok()) << say.error().message;
  EXPECT_EQ(say->command, Command::say);
  EXPECT_EQ(say->room, "brussels");
  EXPECT_EQ(say->text, "bonjour tout le monde");
  for (const auto& [word, command] : std::vector<std::pair<std::string, Command>>{
           {"join", Command::join}, {"leave", Command::leave}, {"members", Command::members}}) {
    auto r = parse({word, "gent"});
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->command, command);
    EXPECT_EQ(r->room, "gent");
  }
  auto rooms = parse({"rooms"});
  ASSERT_TRUE(rooms.ok());
  EXPECT_EQ(rooms->command, Command::rooms);
  EXPECT_EQ(error_of({"join"}), "relais join takes ROOM.");
  EXPECT_EQ(error_of({"say", "gent"}), "relais say takes ROOM TEXT.");
  EXPECT_EQ(error_of({"say", "gent", ""}), "The text to say is empty.");
  EXPECT_NE(error_of({"say", "gent", "a", "b"}).find("quotes"), std::string::npos);
  EXPECT_EQ(error_of({"rooms", "extra"}),
            "relais rooms takes no argument ('extra' is one too many).");
}

TEST(Options, SyncWait) {
  EXPECT_EQ(parse({"sync"})->wait_seconds, 0u);
  EXPECT_EQ(parse({"sync", "--wait", "5"})->wait_seconds, 5u);
  EXPECT_EQ(parse({"sync", "--wait=86400"})->wait_seconds, 86400u);
  EXPECT_NE(error_of({"sync", "--wait", "86401"}).find("--wait"), std::string::npos);
  EXPECT_NE(error_of({"sync", "--wait", "soon"}).find("--wait"), std::string::npos);
  error_of({"sync", "--wait"});
  error_of({"sync", "--wait", "-3"});
}

TEST(Options, Help) {
  auto top = parse({"--help"});
  ASSERT_TRUE(top.ok());
  EXPECT_EQ(top->command, Command::help);
  EXPECT_NE(top->help_text.find("relais send NAME TEXT"), std::string::npos);
  auto sub = parse({"register", "--help"});
  ASSERT_TRUE(sub.ok());
  EXPECT_EQ(sub->command, Command::help);
  EXPECT_NE(sub->help_text.find("--invite"), std::string::npos);
  EXPECT_NE(usage().find("safety-number"), std::string::npos);
}

TEST(Options, ModerationCommands) {
  auto kick = parse({"mod", "kick", "brussels", "abc", "--json"});
  ASSERT_TRUE(kick.ok()) << kick.error().message;
  EXPECT_EQ(kick->command, Command::mod_action);
  EXPECT_EQ(kick->mod_word, "kick");
  EXPECT_EQ(kick->room, "brussels");
  EXPECT_EQ(kick->id, "abc");
  auto mute = parse({"mod", "mute", "gent", "abc", "--for", "90m"});
  ASSERT_TRUE(mute.ok()) << mute.error().message;
  EXPECT_EQ(mute->duration_s, 5400u);
  auto lift = parse({"mod", "mute", "gent", "abc", "--for", "0"});
  ASSERT_TRUE(lift.ok());
  EXPECT_EQ(lift->duration_s, 0u);
  auto remove = parse({"mod", "remove", "gent", "42"});
  ASSERT_TRUE(remove.ok());
  EXPECT_EQ(remove->seq, 42u);
  EXPECT_TRUE(remove->id.empty());
  auto pin = parse({"mod", "pin", "liege", "grey van, avoid", "--for", "3d"});
  ASSERT_TRUE(pin.ok());
  EXPECT_EQ(pin->command, Command::mod_pin);
  EXPECT_EQ(pin->text, "grey van, avoid");
  EXPECT_EQ(pin->duration_s, 3u * 86400);
  auto log = parse({"mod", "log", "liege"});
  ASSERT_TRUE(log.ok());
  EXPECT_EQ(log->command, Command::mod_log);
  auto report = parse({"report", "gent", "7", "--reason", "doxing", "--comment", "my name"});
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->seq, 7u);
  EXPECT_EQ(report->reason, "doxing");
  EXPECT_EQ(report->comment, "my name");
  auto grant = parse({"admin", "grant", "moderator", "abc", "gent"});
  ASSERT_TRUE(grant.ok());
  EXPECT_EQ(grant->command, Command::admin_grant);
  EXPECT_EQ(grant->role, "moderator");
  EXPECT_EQ(grant->scope, "gent");
  auto admin = parse({"admin", "revoke", "admin", "abc"});
  ASSERT_TRUE(admin.ok());
  EXPECT_TRUE(admin->scope.empty());
  auto create = parse({"admin", "room", "create", "night", "--name-fr", "Nuit", "--name-nl",
                       "Nacht", "--policy", "knock", "--retention", "2w", "--lifetime", "1d",
                       "--max-members", "50", "--region", "gent"});
  ASSERT_TRUE(create.ok()) << create.error().message;
  EXPECT_EQ(create->command, Command::admin_room_create);
  EXPECT_EQ(create->policy, "knock");
  EXPECT_EQ(create->retention_s, 14u * 86400);
  EXPECT_EQ(create->lifetime_s, 86400u);
  EXPECT_EQ(create->max_members, 50u);
  auto invite = parse({"admin", "invite"});
  ASSERT_TRUE(invite.ok());
  EXPECT_TRUE(invite->room.empty());
  EXPECT_EQ(invite->uses, 1u);
  auto room_invite = parse({"admin", "invite", "night", "--uses", "5", "--valid", "2d"});
  ASSERT_TRUE(room_invite.ok());
  EXPECT_EQ(room_invite->room, "night");
  EXPECT_EQ(room_invite->valid_s, 2u * 86400);
  auto join = parse({"join", "night", "--invite", "code"});
  ASSERT_TRUE(join.ok());
  EXPECT_EQ(join->invite, "code");
}

TEST(Options, Durations) {
  EXPECT_EQ(*parse_duration("45"), 45u);
  EXPECT_EQ(*parse_duration("45s"), 45u);
  EXPECT_EQ(*parse_duration("2h"), 7200u);
  EXPECT_EQ(*parse_duration("1w"), 7u * 86400);
  EXPECT_EQ(*parse_duration("366d"), 366u * 86400);
  for (const char* bad : {"", "h", "1y", "-1h", "1.5h", "1 h", "367d", "99999999999999s"}) {
    EXPECT_FALSE(parse_duration(bad).ok()) << bad;
  }
}

TEST(Options, MalformedModerationCommandLines) {
  EXPECT_NE(error_of({"mod"}).find("relais mod kick"), std::string::npos);
  EXPECT_NE(error_of({"mod", "smite", "gent", "x"}).find("relais mod ban"), std::string::npos);
  EXPECT_NE(error_of({"admin", "room"}).find("admin room create"), std::string::npos);
  EXPECT_NE(error_of({"mod", "mute", "gent", "abc"}).find("--for"), std::string::npos);
  EXPECT_NE(error_of({"mod", "pin", "gent", "alert", "--for", "0"}).find("0"), std::string::npos);
  EXPECT_NE(error_of({"mod", "remove", "gent", "x1"}).find("message number"), std::string::npos);
  EXPECT_NE(error_of({"mod", "remove", "gent", "0"}).find("message number"), std::string::npos);
  EXPECT_NE(error_of({"mod", "kick", "gent"}).find("ROOM ID"), std::string::npos);
  EXPECT_NE(error_of({"report", "gent", "3"}).find("--reason"), std::string::npos);
  EXPECT_NE(error_of({"report", "gent", "3", "--reason", "rude"}).find("harassment"),
            std::string::npos);
  EXPECT_NE(
      error_of({"report", "gent", "3", "--reason", "spam", "--comment", std::string(3000, 'x')})
          .find("2048 bytes"),
      std::string::npos);
  EXPECT_NE(error_of({"admin", "grant", "boss", "abc"}).find("moderator, outreach or admin"),
            std::string::npos);
  // A word of core's table that is not a role one can be given.
  EXPECT_NE(error_of({"admin", "grant", "member", "abc", "gent"}).find("moderator, outreach"),
            std::string::npos);
  EXPECT_NE(error_of({"admin", "grant", "moderator", "abc"}).find("needs a room"),
            std::string::npos);
  EXPECT_NE(error_of({"admin", "grant", "admin", "abc", "gent"}).find("no room"),
            std::string::npos);
  EXPECT_NE(error_of({"admin", "room", "create", "x", "--name-fr", "X"}).find("--name-nl"),
            std::string::npos);
  EXPECT_NE(error_of({"admin", "room", "create", "x", "--name-fr", "X", "--name-nl", "X",
                      "--policy", "secret"})
                .find("--policy"),
            std::string::npos);
  EXPECT_NE(error_of({"admin", "invite", "--uses", "0"}).find("--uses"), std::string::npos);
  EXPECT_NE(error_of({"admin", "invite", "--uses", "1001"}).find("from 1 to 1000"),
            std::string::npos);
  EXPECT_NE(error_of({"admin", "invite", "a", "b"}).size(), 0u);
}

TEST(Options, PermanenceCommands) {
  auto org = parse({"admin", "org", "create", "espace-p", "--name", "Espace P", "--lang", "fr,en",
                    "--contact", "see espacep.be", "--region", "brussels"});
  ASSERT_TRUE(org.ok()) << org.error().message;
  EXPECT_EQ(org->command, Command::admin_org_create);
  EXPECT_EQ(org->org, "espace-p");
  EXPECT_EQ(org->languages, "fr,en");
  EXPECT_EQ(org->org_contact, "see espacep.be");
  auto add = parse({"permanence", "add", "espace-p", "--room", "brussels", "--weekday", "tue",
                    "--start", "14:00", "--end", "15:00", "--lang", "fr"});
  ASSERT_TRUE(add.ok()) << add.error().message;
  EXPECT_EQ(add->weekday, "tue");
  EXPECT_EQ(add->start, "14:00");
  auto once = parse({"permanence", "add", "espace-p", "--room", "liege", "--date", "2026-12-02",
                     "--start", "16:00", "--end", "17:30"});
  ASSERT_TRUE(once.ok());
  EXPECT_EQ(once->date, "2026-12-02");
  auto remove = parse({"permanence", "remove", "espace-p", "3"});
  ASSERT_TRUE(remove.ok());
  EXPECT_EQ(remove->slot_id, 3u);
  auto cancel = parse({"permanence", "cancel", "espace-p", "2026-12-25"});
  ASSERT_TRUE(cancel.ok());
  EXPECT_EQ(cancel->date, "2026-12-25");
  auto knock = parse({"knock", "espace-p", "--lang", "nl"});
  ASSERT_TRUE(knock.ok());
  EXPECT_EQ(knock->languages, "nl");
  EXPECT_EQ(parse({"ticket"})->command, Command::ticket);
  EXPECT_EQ(parse({"ticket", "leave"})->command, Command::ticket_leave);
  auto say = parse({"ticket", "say", "hello"});
  ASSERT_TRUE(say.ok());
  EXPECT_EQ(say->text, "hello");
  auto accept = parse({"ticket", "accept"});
  ASSERT_TRUE(accept.ok());
  EXPECT_EQ(accept->mod_word, "accept");
  auto left = parse({"leave-message", "alias", "call me"});
  ASSERT_TRUE(left.ok());
  EXPECT_EQ(left->org, "alias");
  auto take = parse({"staff", "take", "ABCD2345"});
  ASSERT_TRUE(take.ok());
  EXPECT_EQ(take->mod_word, "take");
  EXPECT_EQ(take->ticket, "ABCD2345");
  auto handoff = parse({"staff", "handoff", "ABCD2345", "xyz"});
  ASSERT_TRUE(handoff.ok());
  EXPECT_EQ(handoff->id, "xyz");
  auto staff_say = parse({"staff", "say", "ABCD2345", "bonjour"});
  ASSERT_TRUE(staff_say.ok());
  EXPECT_EQ(staff_say->text, "bonjour");
  auto open = parse({"staff", "open", "espace-p", "--room", "liege"});
  ASSERT_TRUE(open.ok());
  EXPECT_EQ(open->room, "liege");
  auto handled = parse({"staff", "handled", "espace-p", "00ff"});
  ASSERT_TRUE(handled.ok());
  EXPECT_EQ(handled->message_id, "00ff");
  auto stats = parse({"staff", "stats", "espace-p", "--week", "2026-W47"});
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->period, "2026-W47");
  EXPECT_EQ(parse({"staff", "tickets"})->mod_word, "tickets");
  auto res = parse({"resources", "liege"});
  ASSERT_TRUE(res.ok());
  EXPECT_EQ(res->city, "liege");
  EXPECT_TRUE(parse({"resources"})->city.empty());
}

TEST(Options, MalformedPermanenceCommandLines) {
  EXPECT_NE(error_of({"staff"}).find("relais staff open"), std::string::npos);
  EXPECT_NE(error_of({"permanence", "add", "o", "--room", "r", "--start", "14:00", "--end",
                      "15:00"})
                .find("--weekday"),
            std::string::npos);
  EXPECT_NE(error_of({"permanence", "add", "o", "--room", "r", "--weekday", "tue", "--date",
                      "2026-12-01", "--start", "14:00", "--end", "15:00"})
                .find("--weekday"),
            std::string::npos);
  EXPECT_NE(error_of({"permanence", "add", "o", "--weekday", "tue", "--start", "14:00", "--end",
                      "15:00"})
                .find("--room"),
            std::string::npos);
  EXPECT_NE(error_of({"permanence", "remove", "o", "x"}).find("slot"), std::string::npos);
  EXPECT_NE(error_of({"staff", "stats", "o", "--year", "2026", "--month", "2026-11"})
                .find("one of"),
            std::string::npos);
  EXPECT_NE(error_of({"staff", "say", "T1", ""}).find("empty"), std::string::npos);
  EXPECT_NE(error_of({"leave-message", "o"}).find("ORG TEXT"), std::string::npos);
  EXPECT_NE(error_of({"admin", "org", "create", "o"}).find("--name"), std::string::npos);
  EXPECT_NE(error_of({"resources", "a", "b"}).size(), 0u);
}

TEST(Options, MalformedCommandLines) {
  EXPECT_NE(error_of({}).find("No command"), std::string::npos);
  EXPECT_NE(error_of({"fly"}).find("Unknown command 'fly'"), std::string::npos);
  EXPECT_NE(error_of({"--verbose", "whoami"}).find("--verbose"), std::string::npos);
  EXPECT_NE(error_of({"whoami", "--verbose"}).find("--verbose"), std::string::npos);
  EXPECT_NE(error_of({"register", "--name", "x"}).find("--server"), std::string::npos);
  EXPECT_NE(error_of({"register", "--server", "ws://h:1"}).find("--name"), std::string::npos);
  EXPECT_NE(error_of({"register", "--server"}).size(), 0u);
  EXPECT_NE(error_of({"contact"}).find("contact add"), std::string::npos);
  EXPECT_NE(error_of({"contact", "remove", "bob"}).find("contact add"), std::string::npos);
  EXPECT_NE(error_of({"contact", "add", "bob"}).find("NAME ID"), std::string::npos);
  EXPECT_NE(error_of({"send", "bob"}).find("NAME TEXT"), std::string::npos);
  EXPECT_NE(error_of({"send", "bob", "hello", "there"}).find("quotes"), std::string::npos);
  EXPECT_NE(error_of({"send", "bob", ""}).find("empty"), std::string::npos);
  EXPECT_NE(error_of({"whoami", "extra"}).find("no argument"), std::string::npos);
  EXPECT_NE(error_of({"safety-number"}).find("NAME"), std::string::npos);
  EXPECT_NE(error_of({"--home", "", "whoami"}).find("--home"), std::string::npos);
  error_of({"whoami", "--json", "--json"});
  error_of({"register", "--server", "a", "--server", "b", "--name", "x"});
}

}  // namespace
}  // namespace relais::cli

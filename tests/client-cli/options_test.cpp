#include "client-cli/options.h"

#include <gtest/gtest.h>

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
